"""No cyclic garbage collection while the window starts; what start-up built is then set aside for good.

Starting the window allocates a few hundred thousand long-lived objects (modules, classes, Qt wrappers, the
sync engine's imports), and CPython's collector walks all of them again and again as they pile up: about 77
collections, some 26 ms, before the first paint, and then a full collection of 35-40 ms right after it, on
whichever thread triggered it, while every other thread (the window's included) waits for the interpreter
lock. Nearly nothing start-up allocates is garbage.

So the window's start pauses the collector (:func:`hold`) and, once the first frame is painted and the sync
engine is loaded, freezes everything allocated so far into the collector's permanent generation and resumes
it (:func:`release`): later collections only look at objects made after start-up, and are short. The price
is that the few reference cycles start-up left behind are never freed, a small fixed amount.

After start-up, full collections are made ten times rarer (:data:`FULL_EVERY`). A full collection walks every
object made since start-up, in whichever thread triggers it, with the interpreter lock held: during a first
sync of 100,000 bookings, the default rhythm ran five of 10-38 ms, each one a frame or two of the window lost
(measured with ``gc.callbacks`` in the ``sync_stalls`` benchmark's window, in runs alternating with runs at
:data:`FULL_EVERY`, which ran one). Young collections, which find nearly all of the garbage that reference
counting leaves, keep Python's default rhythm.

Qt-free: the command line calls :func:`hold` before it imports Qt.
"""

from __future__ import annotations

import gc

_held = False

#: Collections of the middle generation between two full collections once start-up is over (Python's default
#: is 10).
FULL_EVERY = 100


def hold() -> None:
    """Pause cyclic garbage collection until :func:`release` (no-op if the collector is already off)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up allocated and resume collection, with full collections made rarer (see the module
    docstring); only undoes :func:`hold` (safe to call twice)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, FULL_EVERY)
        gc.enable()


def holding() -> bool:
    """Whether :func:`hold` paused the collector and it has not been released yet."""
    return _held
