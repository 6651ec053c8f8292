"""How the GUI thread keeps the interpreter while the store and search threads work.

The window's event loop shares one interpreter lock with the Service's store thread and the executor that runs
slow reads. CPython hands the lock to a waiting thread only every ``sys.getswitchinterval()`` (5 ms by
default), and the GUI thread waits for it after every socket call and before every timer or paint slot: during
a large first sync that made a third of a 5 ms timer's ticks arrive more than a frame late. At 1 ms the loop
waits a fifth as long each time; the threads lose little, as their heavy work runs in SQLite without the lock.

(The other interpreter-wide pause, the cyclic collector walking the start-up heap, is kept short by
:mod:`colivingdesk.startup_gc`.)
"""

from __future__ import annotations

import sys

#: Seconds a thread may hold the interpreter lock while another waits for it.
SWITCH_INTERVAL = 0.001


def favour_event_loop() -> None:
    """Let the GUI thread's event loop get the interpreter back within ``SWITCH_INTERVAL`` (process-wide)."""
    sys.setswitchinterval(SWITCH_INTERVAL)

