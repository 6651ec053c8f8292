"""Rate budgets as data, plus the client-side limiter for Coliving.com.

Both channels meter requests; BookMyColiving per endpoint group and per hour, Coliving.com at 60 a minute. The
scheduler, the outbox (60 replies an hour) and the status bar all need the same picture, so every response
writes its ``X-RateLimit-*`` headers into one ``Budgets`` registry per account, and every 429 records a
cooldown there that ``_http`` honours before sending anything else to that group.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime

log = logging.getLogger("colivingdesk.api")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
BudgetListener = Callable[[str, "RateBudget"], None]

# An X-RateLimit-Reset smaller than this cannot be an epoch (it would be 1970); read it as seconds from now.
_EPOCH_FLOOR = 1_000_000_000


@dataclass(frozen=True, slots=True)
class RateBudget:
    """What the server last said about one endpoint group, plus any cooldown a 429 imposed.

    ``reset_at`` and ``cooldown_until`` are epoch seconds (UTC). Fields are ``None`` until the server has
    said.
    """

    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None
    cooldown_until: float | None = None
    updated_at: float | None = None

    @property
    def used(self) -> int | None:
        if self.limit is None or self.remaining is None:
            return None
        return max(self.limit - self.remaining, 0)

    @property
    def reset_datetime(self) -> datetime | None:
        return None if self.reset_at is None else datetime.fromtimestamp(self.reset_at, UTC)

    def blocked_until(self, now: float) -> float | None:
        """When the next request may go out, if not now: a live cooldown, or an exhausted window."""
        until: float | None = None
        if self.cooldown_until is not None and self.cooldown_until > now:
            until = self.cooldown_until
        if self.remaining == 0 and self.reset_at is not None and self.reset_at > now:
            until = max(until or 0.0, self.reset_at)
        return until


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        return int(float(raw.strip()))
    except ValueError:
        return None


class Budgets:
    """Per-account registry of ``RateBudget`` by endpoint group; read it any time via ``snapshot()``."""

    def __init__(self) -> None:
        self._budgets: dict[str, RateBudget] = {}
        self._listeners: list[BudgetListener] = []

    def __repr__(self) -> str:
        return f"Budgets({self._budgets!r})"

    def get(self, group: str) -> RateBudget | None:
        return self._budgets.get(group)

    def snapshot(self) -> dict[str, RateBudget]:
        """A copy safe to hand to another thread or the UI; the values are immutable."""
        return dict(self._budgets)

    def add_listener(self, listener: BudgetListener) -> None:
        """Called with (group, budget) after every change, e.g. to refresh a status bar."""
        self._listeners.append(listener)

    def remove_listener(self, listener: BudgetListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def update_from_headers(self, group: str, headers: Mapping[str, str], now: float) -> RateBudget | None:
        """Record ``X-RateLimit-Limit/-Remaining/-Reset``; a response without them changes nothing."""
        limit = _header_int(headers, "x-ratelimit-limit")
        remaining = _header_int(headers, "x-ratelimit-remaining")
        reset = _header_int(headers, "x-ratelimit-reset")
        if limit is None and remaining is None and reset is None:
            return self._budgets.get(group)
        reset_at: float | None = None
        if reset is not None:
            reset_at = float(reset) if reset >= _EPOCH_FLOOR else now + reset
        old = self._budgets.get(group) or RateBudget()
        new = replace(
            old,
            limit=limit if limit is not None else old.limit,
            remaining=remaining if remaining is not None else old.remaining,
            reset_at=reset_at if reset_at is not None else old.reset_at,
            updated_at=now,
        )
        self._set(group, new)
        return new

    def set_cooldown(self, group: str, until: float) -> RateBudget:
        """Forbid requests to ``group`` until ``until`` (epoch seconds); an existing later cooldown wins."""
        old = self._budgets.get(group) or RateBudget()
        if old.cooldown_until is not None and old.cooldown_until >= until:
            return old
        new = replace(old, cooldown_until=until)
        self._set(group, new)
        return new

    def merge(self, group: str, known: RateBudget) -> RateBudget:
        """Take in what another process (or an earlier run) learnt about ``group``, as saved by ``sync``.

        A cooldown is a promise to the server, so the later of the two wins; limit, remaining and reset are one
        reading of the server's counter, so the more recent reading wins as a whole. Listeners hear of the
        change like any other, so a status bar shows a wait learnt elsewhere.
        """
        old = self._budgets.get(group) or RateBudget()
        new = old
        if known.updated_at is not None and (old.updated_at is None or known.updated_at > old.updated_at):
            new = replace(
                new,
                limit=known.limit,
                remaining=known.remaining,
                reset_at=known.reset_at,
                updated_at=known.updated_at,
            )
        if known.cooldown_until is not None and (
            new.cooldown_until is None or known.cooldown_until > new.cooldown_until
        ):
            new = replace(new, cooldown_until=known.cooldown_until)
        if new != old:
            self._set(group, new)
        return new

    def blocked_for(self, group: str, now: float) -> float:
        """Seconds to wait before a request to ``group`` may be sent; 0 when it may go now."""
        budget = self._budgets.get(group)
        if budget is None:
            return 0.0
        until = budget.blocked_until(now)
        return 0.0 if until is None else until - now

    def _set(self, group: str, budget: RateBudget) -> None:
        self._budgets[group] = budget
        for listener in list(self._listeners):
            try:
                listener(group, budget)
            except Exception:  # a broken status bar must not break a request
                log.exception("budget listener failed")


class SlidingWindowLimiter:
    """At most ``max_requests`` sends in any ``window`` seconds, waiting (never refusing) when full.

    Coliving.com allows 60 requests a minute and answers 429 beyond; pacing ourselves keeps a full sync from
    tripping it. Every actual send (retries included) takes a slot.
    """

    def __init__(self, max_requests: int, window: float = 60.0, *, clock: Clock, sleep: Sleep) -> None:
        if max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        self.max_requests = max_requests
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.max_requests}/{self.window:g}s)"

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                while self._sent and self._sent[0] <= now - self.window:
                    self._sent.popleft()
                if len(self._sent) < self.max_requests:
                    self._sent.append(now)
                    return
                await self._sleep(self._sent[0] + self.window - now)
