"""Waiting for a wake-up (an ``asyncio.Event``) or a timeout, whichever comes first, in a task that can be stopped.

The background tasks that sleep until they are woken or their next poll is due (each account's sync loop, a
team desktop's watch on the worker, the worker's lock watchdog) are stopped by cancelling them and awaiting
the task. ``asyncio.wait_for(event.wait(), seconds)`` cannot be used for that on Python 3.11: when the event
is set in the same turn of the loop as the cancellation arrives (a colleague's reply is heard as the window
closes, a desktop's write wakes the worker as it is told to stop), ``wait_for`` sees the inner wait finished
and returns its result instead of raising ``CancelledError``. The cancellation is lost, the task goes round
its loop again, and whoever awaited it waits for ever. :func:`wait_woken` waits inside ``asyncio.timeout``,
in the calling task itself, so a cancellation always ends the wait.
"""

from __future__ import annotations

import asyncio


async def wait_woken(event: asyncio.Event, seconds: float | None) -> bool:
    """Wait until ``event`` is set or ``seconds`` have passed (None: no limit); True when it was set.

    A cancellation of the calling task always raises ``CancelledError`` here, even when the event is set in
    the same turn of the loop (see the module docstring). The event is not cleared.
    """
    if seconds is None:
        await event.wait()
        return True
    try:
        async with asyncio.timeout(max(0.0, seconds)):
            await event.wait()
    except TimeoutError:
        return event.is_set()
    return True
