"""The window's asyncio loop: qasync's, with delayed calls that are dropped as soon as they are cancelled.

qasync turns every ``call_later``/``call_at`` into a Qt timer and keeps the handle until that timer fires, even
when the handle was cancelled long before. Each HTTP request arms several such calls for its timeouts (30 s by
default) and cancels them when the answer comes, so during a large first sync about 13,000 cancelled handles,
their contexts and what they refer to stayed alive at any moment, each also a Qt timer the GUI thread's
dispatcher kept sorted. The collector walked all of it on each full collection, and every new timer was
inserted among them. Here a cancelled call kills its timer and is forgotten at once.

Imported where the loop starts (``ui.app``), not with the window's first modules: qasync loads asyncio.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from contextvars import Context
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QObject, QTimerEvent
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


class _DelayedCalls(QObject):
    """One Qt timer per pending delayed call, killed when the call runs or is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, asyncio.TimerHandle] = {}
        self._timers: dict[int, int] = {}  # id(handle) -> timer id

    def __len__(self) -> int:
        return len(self._handles)

    def add(self, handle: asyncio.TimerHandle, delay: float) -> None:
        # Milliseconds rounded down, as qasync schedules its own calls.
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self._handles[timer_id] = handle
        self._timers[id(handle)] = timer_id

    def drop(self, handle: asyncio.TimerHandle) -> None:
        timer_id = self._timers.pop(id(handle), None)
        if timer_id is not None:
            self.killTimer(timer_id)
            del self._handles[timer_id]

    def clear(self) -> None:
        for timer_id in self._handles:
            self.killTimer(timer_id)
        self._handles.clear()
        self._timers.clear()

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self._handles.pop(timer_id, None)
        if handle is None:
            return
        del self._timers[id(handle)]
        if not handle.cancelled():
            handle._run()


class EventLoop(qasync.QEventLoop):
    """qasync's event loop whose cancelled ``call_later``/``call_at`` calls release their timer at once.

    Calls due now (``call_soon``, a delay of zero or less) are left to qasync, which runs them on the next
    iteration.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._delayed = _DelayedCalls()

    def call_later(
        self, delay: float, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        if delay <= 0:
            handle: asyncio.Handle = super().call_later(delay, callback, *args, context=context)
            return handle
        timer = asyncio.TimerHandle(self.time() + delay, callback, args, self, context)
        self._delayed.add(timer, delay)
        return timer

    def _timer_handle_cancelled(self, handle: asyncio.TimerHandle) -> None:
        """asyncio's hook, called by ``TimerHandle.cancel()`` before the handle is marked cancelled."""
        self._delayed.drop(handle)

    def pending_delayed_calls(self) -> int:
        """Delayed calls still waiting for their time (cancelled ones are not counted: they are gone)."""
        return len(self._delayed)

    def close(self) -> None:
        super().close()
        self._delayed.clear()


class _Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        return EventLoop(QApplication.instance())


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` to completion on a new :class:`EventLoop` over the running ``QApplication``, as
    ``qasync.run`` does with its own loop."""
    previous = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(_Policy())
    try:
        return asyncio.run(main)
    finally:
        asyncio.set_event_loop_policy(previous)
