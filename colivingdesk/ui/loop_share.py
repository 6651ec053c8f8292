"""How the GUI thread keeps the interpreter while the store and search threads work.

The window's event loop shares one interpreter lock with the Service's store thread and the executor that runs
slow reads. CPython hands the lock to a waiting thread only every ``sys.getswitchinterval()`` (5 ms by
default), and the GUI thread waits for it after every socket call and before every timer or paint slot: during
a large first sync that made a third of a 5 ms timer's ticks arrive more than a frame late. At 1 ms the loop
waits a fifth as long each time; the threads lose little, as their heavy work runs in SQLite without the lock.

The cyclic garbage collector stops every thread while it runs, and its oldest generation walks every tracked
object the process holds: the modules, Qt wrappers and models of the open window, about 80,000 objects. A
large first sync allocates enough to run it every few seconds, each time holding the window for 60 to 100 ms.
What exists once the window is up lives as long as the process, so it is moved out of the collector's reach
(``gc.freeze()``); later collections walk only what was made since.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QTimer

#: Seconds a thread may hold the interpreter lock while another waits for it.
SWITCH_INTERVAL = 0.001


def favour_event_loop() -> None:
    """Let the GUI thread's event loop get the interpreter back within ``SWITCH_INTERVAL`` (process-wide),
    and once the loop first runs (the window is built by then) keep the start-up heap out of collections."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    QTimer.singleShot(0, freeze_start_up_heap)


def freeze_start_up_heap() -> None:
    """Exempt every object alive now from later collections (see the module's docstring).

    No collection runs first: it would itself hold the window as long as the pauses this avoids. The
    few unreachable cycles left at this moment stay in memory for the life of the process.
    """
    gc.freeze()
