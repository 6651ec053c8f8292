"""Bounded waits for the tests that drive several processes and threads: a wait that never ends fails the test
with every asyncio task's and every thread's stack printed, instead of hanging the whole run in silence.

A run that hangs shows nothing but an idle loop; the stacks say which await never completed and what each
thread was doing at that moment (they are printed before anything is cancelled, so they show the stuck state).
"""

from __future__ import annotations

import asyncio
import faulthandler
import sys
from collections.abc import Awaitable
from typing import TypeVar

import pytest

T = TypeVar("T")

#: Generous: long enough for any of these waits on a loaded two-core machine, short enough to end a stuck run.
BOUND_SECONDS = 60.0


def dump_stacks(loop: asyncio.AbstractEventLoop | None = None) -> None:
    """Print the stack of every unfinished task of ``loop`` (the running one by default), then every thread's."""
    err = sys.stderr
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    print(f"--- {len(tasks)} unfinished asyncio tasks ---", file=err)
    for task in tasks:
        print(f"task {task.get_name()}: {task.get_coro()!r}", file=err)
        task.print_stack(file=err)
    print("--- every thread ---", file=err, flush=True)
    faulthandler.dump_traceback(file=err, all_threads=True)


async def within(awaitable: Awaitable[T], what: str, seconds: float = BOUND_SECONDS) -> T:
    """Await ``awaitable`` for at most ``seconds``; past that, print every stack (see :func:`dump_stacks`),
    cancel it and fail the test saying ``what`` did not finish."""
    task = asyncio.ensure_future(awaitable)
    try:
        done, _ = await asyncio.wait({task}, timeout=seconds)
    except BaseException:
        task.cancel()
        raise
    if not done:
        dump_stacks()
        task.cancel()
        await asyncio.wait({task}, timeout=5)
        pytest.fail(f"{what} did not finish within {seconds:.0f} s (every task's and thread's stack is on stderr)")
    return task.result()
