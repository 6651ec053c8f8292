"""Rate-limit waits and budgets shared with every other process on the profile.

The api layer keeps each account's ``Budgets`` in memory and honours them for one process. A cron
``sync --once`` started two seconds after a 429 asked for 200 seconds, or the window running next to it, is
another process: without the store it would send straight into that wait. So:

* before each cycle, :meth:`WaitKeeper.load` merges what the store knows into the account's client (a wait
  another process learnt counts as if this one had heard it), and says which endpoint groups are refused;
* a feed whose groups are all refused is skipped, so a BookMyColiving account with one exhausted group still
  syncs the others; when every feed is refused the cycle stops before sending anything, as a ``RateLimited``
  the Service already knows how to report;
* what the client learns is saved: a new wait or an exhausted budget at once (another process may be about to
  start), the rest of the counters at the end of the cycle.

"Refused" means what the client itself would refuse without sending: a wait longer than it sleeps through
inside a call (``RetryPolicy.max_cooldown_wait``). Shorter waits are slept through, as within one process.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from colivingdesk.api.errors import RateLimited
from colivingdesk.api.ratelimit import RateBudget
from colivingdesk.domain import Channel
from colivingdesk.sync.budgets import COLIVING_GROUP
from colivingdesk.sync.clock import Clock
from colivingdesk.sync.runtime import AccountRuntime
from colivingdesk.sync.status import ChannelWait
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

if TYPE_CHECKING:
    from colivingdesk.store import ChannelLimit, Store

log = logging.getLogger(__name__)

#: The BookMyColiving endpoint group each feed calls (the client's names). Coliving.com meters everything as one.
BMC_FEED_GROUPS: dict[str, tuple[str, ...]] = {
    "bmc.properties": ("properties",),
    "bmc.reference": ("reference",),
    "bmc.leads": ("leads",),
    "bmc.conversations": ("messages",),
}

COOLDOWN_REASON = "rate limit reached (HTTP 429)"
EXHAUSTED_REASON = "request budget used up (X-RateLimit-Remaining: 0)"


class _Named(Protocol):
    name: str


F = TypeVar("F", bound=_Named)


def feed_groups(channel: Channel, feed_name: str) -> tuple[str, ...]:
    """Endpoint groups a feed calls; empty when not known (the feed then always runs)."""
    if channel is Channel.COLIVING:
        return (COLIVING_GROUP,)
    return BMC_FEED_GROUPS.get(feed_name, ())


def account_key(runtime: AccountRuntime) -> str:
    """Budgets belong to a key on one server: the sandbox's waits never hold back the real channel."""
    return f"{runtime.settings.account_id}@{runtime.settings.base_url.rstrip('/')}"


@dataclass(frozen=True, slots=True)
class Waiting:
    """The endpoint groups of one account refused at the start of a cycle, with when each frees."""

    channel: Channel
    refused: dict[str, datetime]
    now: datetime

    def runnable(self, feeds: Sequence[F]) -> list[F]:
        """The feeds that may run; raises ``RateLimited`` (nothing sent) when feeds exist and none may."""
        free = [f for f in feeds if not self._refuses(feed_groups(self.channel, f.name))]
        if feeds and not free:
            until = min(self.refused.values())
            seconds = (until - self.now).total_seconds()
            raise RateLimited(
                filled("AccountStatus", QT_TRANSLATE_NOOP(
                    "AccountStatus", "{channel} rate limit reached; try again in {seconds} s."),
                    channel=self.channel.label, seconds=math.ceil(seconds)),
                retry_after=max(seconds, 0.0),
                status=429,
                channel=self.channel.label,
            )
        return free

    def note(self) -> str:
        """One line for the account's status when some feeds were skipped, else empty."""
        skipped = sorted(self.refused)
        if not skipped:
            return ""
        until = min(self.refused.values())
        return filled("AccountStatus", QT_TRANSLATE_NOOP("AccountStatus", "Rate limit: {groups} wait until {time}."),
                      groups=", ".join(skipped), time=f"{until.astimezone():%H:%M:%S}")

    def _refuses(self, groups: tuple[str, ...]) -> bool:
        return bool(groups) and all(g in self.refused for g in groups)


class WaitKeeper:
    """Loads and saves every account's waits and budgets for one Service (see the module docstring)."""

    def __init__(self, store: Store, clock: Clock, executor: Executor) -> None:
        self._store = store
        self._clock = clock
        self._executor = executor
        self._dirty: dict[tuple[str, str], RateBudget] = {}
        self._loading = False
        self._tasks: set[asyncio.Task[None]] = set()

    def attach(self, runtime: AccountRuntime) -> None:
        """Watch the account's budgets so what its client learns is saved."""
        runtime.budgets.add_listener(partial(self._learnt, account_key(runtime)))

    async def load(self, runtime: AccountRuntime) -> Waiting:
        """Merge the stored waits into the client; return the groups refused now."""
        now = self._clock.now()
        key = account_key(runtime)
        loop = asyncio.get_running_loop()
        rows = await loop.run_in_executor(self._executor, self._store.channel_limits, key, now)
        self._loading = True
        try:
            for row in rows:
                runtime.budgets.merge(row.group, _budget(row))
        finally:
            self._loading = False
        return Waiting(runtime.channel, refused_groups(runtime), now)

    async def flush(self) -> None:
        """Write everything learnt since the last write (the end of a cycle, or a new wait)."""
        while self._dirty:
            rows = [_limit(account, group, budget) for (account, group), budget in self._dirty.items()]
            self._dirty.clear()
            loop = asyncio.get_running_loop()
            try:
                await loop.run_in_executor(self._executor, _save, self._store, rows, self._clock.now())
            except Exception:  # a failed save costs at most one unneeded 429 later; never a failed cycle
                log.exception("could not save rate-limit state")
                return

    async def aclose(self) -> None:
        """Wait for saves in flight and write what is left (before the store's executor stops)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.flush()

    def _learnt(self, key: str, group: str, budget: RateBudget) -> None:
        if self._loading:
            return
        self._dirty[(key, group)] = budget
        if budget.blocked_until(self._clock.now().timestamp()) is None:
            return  # an ordinary counter update: saved with the rest at the end of the cycle
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self.flush())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def refused_groups(runtime: AccountRuntime) -> dict[str, datetime]:
    """Groups the account's client would refuse to call now, with when each may be called again (UTC)."""
    refused: dict[str, datetime] = {}
    for group in runtime.budgets.snapshot():
        until = runtime.client.refuses_until(group)
        if until is not None:
            refused[group] = datetime.fromtimestamp(until, UTC)
    return refused


def channel_wait(runtime: AccountRuntime, at: datetime) -> ChannelWait | None:
    """The account's waits for a report: refused groups and why, or ``None`` when nothing waits."""
    refused = refused_groups(runtime)
    if not refused:
        return None
    now = at.timestamp()
    reasons: list[str] = []
    for group in sorted(refused):
        budget = runtime.budgets.get(group)
        if budget is None:
            continue
        if budget.cooldown_until is not None and budget.cooldown_until > now:
            reasons.append(COOLDOWN_REASON)
        if budget.remaining == 0 and budget.reset_at is not None and budget.reset_at > now:
            reasons.append(EXHAUSTED_REASON)
    return ChannelWait(refused, "; ".join(dict.fromkeys(reasons)))


def channel_waits(runtimes: Iterable[AccountRuntime], at: datetime) -> dict[str, ChannelWait]:
    """:func:`channel_wait` of each account that has one, by channel value."""
    found = {runtime.channel.value: channel_wait(runtime, at) for runtime in runtimes}
    return {channel: wait for channel, wait in found.items() if wait is not None}


def _save(store: Store, rows: list[ChannelLimit], now: datetime) -> None:
    store.save_channel_limits(rows)
    store.prune_channel_limits(now)


def _when(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def _epoch(when: datetime | None) -> float | None:
    return None if when is None else when.timestamp()


def _limit(account: str, group: str, budget: RateBudget) -> ChannelLimit:
    from colivingdesk.store import ChannelLimit

    return ChannelLimit(
        account=account,
        group=group,
        limit=budget.limit,
        remaining=budget.remaining,
        reset_at=_when(budget.reset_at),
        cooldown_until=_when(budget.cooldown_until),
        updated_at=_when(budget.updated_at),
    )


def _budget(row: ChannelLimit) -> RateBudget:
    return RateBudget(
        limit=row.limit,
        remaining=row.remaining,
        reset_at=_epoch(row.reset_at),
        cooldown_until=_epoch(row.cooldown_until),
        updated_at=_epoch(row.updated_at),
    )
