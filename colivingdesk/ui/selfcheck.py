"""``colivingdesk --self-check``: start the real window on a throwaway profile, check it painted, and quit.

A bundle can build cleanly and still fail on first start (a Qt plugin or a lazily imported module left out), and
a user cannot tell that from a crash on their data. The self-check runs exactly the start-up path users run
(``run_app``: the Qt application, the qasync loop, the cache, the Service, the main window) but on an empty
profile in a temporary folder, with session-only keys, no accounts and QSettings redirected into the same folder,
so it never reads or changes the user's data, keyring or window layout and never contacts a channel.

It passes when the main window received a paint event and a grab of it shows more than a blank fill; it fails with
one line on stderr and exit status 1 otherwise. Without a display (no ``DISPLAY``/``WAYLAND_DISPLAY`` on Linux,
e.g. a build server) it uses Qt's offscreen platform; with one, it uses the real platform plugin, which is the part
of a bundle most likely to be broken.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, MutableMapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from colivingdesk import __version__

#: How long start-up may take before the check gives up (generous: a cold start from a slow disk).
TIMEOUT_MS = 30_000
#: A window that drew its sidebar, labels and views shows far more colours than this; a blank fill shows one.
MIN_COLOURS = 3
_SAMPLES = 48


def use_offscreen_without_display(environ: MutableMapping[str, str] = os.environ) -> None:
    """On Linux with no X11 or Wayland display and no platform chosen by the user, render offscreen."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def distinct_colours(image: QImage, samples: int = _SAMPLES) -> int:
    """Colours seen on a ``samples`` x ``samples`` grid over the image (enough to tell drawn from blank)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return 0
    seen = {
        image.pixel(min(image.width() - 1, x * image.width() // samples),
                    min(image.height() - 1, y * image.height() // samples))
        for x in range(samples) for y in range(samples)
    }
    return len(seen)


def paint_problem(window: QWidget) -> str | None:
    """Why ``window`` does not count as painted, or None when it shows what it should."""
    if not window.isVisible():
        return "the main window is not visible"
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        return "the main window was never exposed by the window system"
    image = window.grab().toImage()
    colours = distinct_colours(image)
    if colours < MIN_COLOURS:
        return f"the main window painted blank ({colours} colour(s) in a {image.width()}x{image.height()} grab)"
    return None


class PaintWatcher(QObject):
    """Sees the main window's first paint (as an application-wide event filter) and then checks it.

    ``finish`` receives None on success or the reason for failure, exactly once; the caller then closes the
    window, which ends ``run_app`` through its normal shutdown.
    """

    def __init__(
        self, is_main_window: Callable[[QWidget], bool], finish: Callable[[QWidget | None, str | None], None]
    ) -> None:
        super().__init__()
        self._is_main_window = is_main_window
        self._finish = finish
        self.window: QWidget | None = None
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.done or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and self.window is None and self._is_main_window(watched):
            self.window = watched
        elif kind == QEvent.Type.Paint and self.window is not None and (
            watched is self.window or self.window.isAncestorOf(watched)
        ):
            self.done = True
            window = self.window
            # After the paint event is delivered, so the grab sees the finished frame.
            QTimer.singleShot(0, lambda: self._finish(window, paint_problem(window)))
        return False

    def give_up(self) -> None:
        if not self.done:
            self.done = True
            self._finish(self.window, f"the main window did not paint within {TIMEOUT_MS // 1000} s")


def run_self_check() -> int:
    """Open the window on a throwaway profile, check it painted, quit; 0 on success, 1 with one line on failure."""
    use_offscreen_without_display()
    from colivingdesk.secrets import ENV_VARS

    for name in ENV_VARS.values():  # environment keys would add accounts, and the check never syncs
        os.environ.pop(name, None)
    try:
        problem = _run_window_check()
    except Exception as err:  # anything that stops start-up is what the check is for; say it in one line
        problem = f"{type(err).__name__}: {err}".splitlines()[0]
    if problem is not None:
        print(f"self-check failed: {problem}", file=sys.stderr)
        return 1
    return 0


def _run_window_check() -> str | None:
    from colivingdesk.profile import Profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.ui.app import make_application, run_app
    from colivingdesk.ui.main_window import MainWindow

    outcome: list[str | None] = []
    with tempfile.TemporaryDirectory(prefix="colivingdesk-self-check-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        app = make_application()

        def finish(window: QWidget | None, problem: str | None) -> None:
            outcome.append(problem)
            if problem is None and window is not None:
                size = f"{window.width()}x{window.height()}"
                print(f"self-check passed: colivingdesk {__version__} painted its main window ({size}, "
                      f"Qt platform {QGuiApplication.platformName()})")
            if window is not None:
                window.close()
            else:
                app.quit()

        watcher = PaintWatcher(lambda obj: isinstance(obj, MainWindow), finish)
        app.installEventFilter(watcher)
        QTimer.singleShot(TIMEOUT_MS, watcher.give_up)
        try:
            run_app(Profile(Path(tmp) / "profile").ensure(), SecretStore(session_only=True, environ={}))
        finally:
            app.removeEventFilter(watcher)
    if not outcome:
        return "the window closed before it painted"
    return outcome[0]
