"""When each account syncs: on a poll interval, at once when woken, never into a backoff or a rejected key.

One task per account, so a slow or offline channel never delays the other. The task sleeps until the earliest
of: the next poll, the next outbox retry or held reply, or a wake-up (the user focused something, queued a
write, a webhook arrived, or the account was reconfigured). What a cycle does and how its errors change the
account's state is the Service's business (``run_cycle``); the scheduler only reads the outcome recorded on
the runtime: ``blocked_until`` (a server wait from ``RateLimited``, or the capped exponential backoff after
network failures) and ``key_rejected`` (polling stops until the account is reconfigured). Both clear by
themselves: the blocked time passes, or a new key arrives.

Rate budgets are respected below this level: the api layer waits out short cooldowns and the Coliving.com
60-a-minute limiter, and raises ``RateLimited`` for long ones, which lands here as ``blocked_until``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from colivingdesk.domain import Channel
from colivingdesk.sync.clock import Clock
from colivingdesk.sync.runtime import AccountRuntime
from colivingdesk.sync.wakeup import wait_woken

log = logging.getLogger(__name__)

#: (account, full) -> None. ``full`` runs every feed; otherwise only focused items and the outbox.
CycleRunner = Callable[[AccountRuntime, bool], Awaitable[None]]
#: account -> the earliest time the outbox has something to retry or release, if any (it reads the store, so it
#: is awaited: the loop it runs on is the window's).
OutboxWake = Callable[[AccountRuntime], Awaitable[datetime | None]]


class _Slot:
    def __init__(self, runtime: AccountRuntime) -> None:
        self.runtime = runtime
        self.wake = asyncio.Event()
        self.full_requested = True
        self.task: asyncio.Task[None] | None = None


class Scheduler:
    def __init__(
        self,
        run_cycle: CycleRunner,
        clock: Clock,
        poll_interval: float,
        outbox_wake: OutboxWake | None = None,
    ) -> None:
        self._run_cycle = run_cycle
        self._clock = clock
        self.poll_interval = poll_interval
        self._outbox_wake = outbox_wake
        self._slots: dict[Channel, _Slot] = {}
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, runtimes: list[AccountRuntime]) -> None:
        self._running = True
        for runtime in runtimes:
            self.add(runtime)

    def add(self, runtime: AccountRuntime) -> None:
        """Start (or restart, after reconfiguration) the loop of ``runtime``'s account."""
        self.remove(runtime.channel)
        slot = _Slot(runtime)
        self._slots[runtime.channel] = slot
        if self._running:
            slot.task = asyncio.get_running_loop().create_task(
                self._loop(slot), name=f"colivingdesk-sync-{runtime.channel.value}"
            )

    def remove(self, channel: Channel) -> None:
        slot = self._slots.pop(channel, None)
        if slot is not None and slot.task is not None:
            slot.task.cancel()

    def wake(self, channel: Channel | None = None, *, full: bool = False) -> None:
        """Run the account's loop now (``full``: a whole cycle, else focused items and the outbox)."""
        for ch, slot in self._slots.items():
            if channel is None or ch is channel:
                slot.full_requested = slot.full_requested or full
                slot.wake.set()

    async def aclose(self) -> None:
        self._running = False
        tasks = [slot.task for slot in self._slots.values() if slot.task is not None]
        self._slots.clear()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _loop(self, slot: _Slot) -> None:
        runtime = slot.runtime
        next_poll = self._clock.now()
        while True:
            now = self._clock.now()
            if runtime.key_rejected:
                await self._wait(slot, None)
                continue
            if runtime.blocked_until is not None and runtime.blocked_until > now:
                await self._wait(slot, runtime.blocked_until)
                if runtime.blocked_until is not None and runtime.blocked_until > self._clock.now():
                    continue  # woken early: focus and writes wait for the backoff like everything else
            full = slot.full_requested or self._clock.now() >= next_poll
            slot.full_requested = False
            try:
                await self._run_cycle(runtime, full)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("sync cycle of %s failed unexpectedly", runtime.channel.value)
            if full:
                next_poll = self._clock.now() + timedelta(seconds=self.poll_interval)
            deadline = next_poll
            extra = await self._outbox_wake(runtime) if self._outbox_wake is not None else None
            if extra is not None and extra < deadline:
                deadline = extra
            if runtime.blocked_until is not None and runtime.blocked_until > deadline:
                deadline = runtime.blocked_until
            await self._wait(slot, deadline)

    async def _wait(self, slot: _Slot, until: datetime | None) -> None:
        timeout = None if until is None else max(0.0, (until - self._clock.now()).total_seconds())
        if timeout is None or timeout > 0:
            await wait_woken(slot.wake, timeout)  # not wait_for: a stop must never be lost (see sync.wakeup)
        slot.wake.clear()
