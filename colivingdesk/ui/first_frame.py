"""The window's first frame, painted before the app loads asyncio and qasync and starts its loop.

Nothing the first frame shows needs the asyncio loop (lists read the cache synchronously, the Service comes
after the paint), yet loading asyncio and qasync before it costs a good share of the window's start-up. So the
app shows the window and runs Qt's own event loop until it has painted, loads the loop's modules on a worker
thread meanwhile (the window keeps answering), and only then starts the qasync loop.

User input waits during that short phase: an async slot started before the loop exists would have nowhere to
run. Qt queues the input and delivers it once the qasync loop runs, a few milliseconds after the paint.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

if TYPE_CHECKING:
    from threading import Thread

    from colivingdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: What the app's loop needs that the first frame does not.
LOOP_MODULES = ("asyncio", "qasync")


class _Loaded(QObject):
    """Tells the GUI thread (a queued signal) that the worker thread has loaded the loop's modules."""

    done = Signal()


def _load_loop_modules(loaded: _Loaded) -> None:
    """Import the loop's modules off the GUI thread (imports are thread-safe); never raises: a module that fails
    to load here fails visibly where the app imports it."""
    try:
        for name in LOOP_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:
                log.debug("not preloaded: %s", name, exc_info=True)
    finally:
        loaded.done.emit()


def paint_first(window: MainWindow, wait: float) -> bool:
    """Show ``window`` and run Qt's loop until it has painted and the loop's modules are loaded.

    A window that does not paint within ``wait`` seconds (opened minimized, on a hidden workspace) does not
    hold the app back longer. Returns whether the window was closed meanwhile.
    """
    painted, closed = window.firstPainted, window.closed
    loop = QEventLoop()
    loaded = _Loaded()
    loaded.done.connect(loop.quit)
    was_closed: list[bool] = []
    worker: list[Thread] = []

    def load() -> None:
        import threading  # after the paint, like everything the first frame does not need

        if not worker:
            worker.append(threading.Thread(target=_load_loop_modules, args=(loaded,), daemon=True))
            worker[0].start()

    def after_paint() -> None:
        # The window's own paint event comes first; its children (the lists, the sidebar) paint right after it
        # in the same pass. The worker starts once they have, so their painting does not share the interpreter
        # with its imports.
        QTimer.singleShot(0, load)

    def on_closed() -> None:
        was_closed.append(True)
        loop.quit()

    painted.connect(after_paint)
    closed.connect(on_closed)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(load)
    deadline.start(int(wait * 1000))
    window.show()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    deadline.stop()
    painted.disconnect(after_paint)
    closed.disconnect(on_closed)
    if worker:
        worker[0].join()  # done, or (closed early) soon: the app imports these modules next anyway
    return bool(was_closed)
