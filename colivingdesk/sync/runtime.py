"""One configured account while the app runs: its settings, its HTTP client, its health and its counters.

The client is created once per account and reused by every feed and every outbox send, so connection pooling,
rate budgets and cooldowns are shared; it is replaced only when the user reconfigures the account.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from colivingdesk.accounts import AccountSettings
from colivingdesk.api.ratelimit import Budgets
from colivingdesk.domain import Channel
from colivingdesk.sync.clock import Clock
from colivingdesk.sync.status import AccountState, AccountStatus, BudgetView

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient
    from colivingdesk.api.coliving import ColivingClient

#: Coliving.com: "60 requests per minute", one budget for the whole key.
COLIVING_REQUESTS_PER_MINUTE = 60
#: How far back the transport remembers send times (the Coliving.com window).
RECENT_WINDOW = 60.0


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every account's transport (httpx's defaults): building one loads the CA bundle,
    tens of milliseconds that each account otherwise paid again while the window was opening."""
    return httpx.create_ssl_context()


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts requests that actually go on the wire (retries included), for reports and the cost tests.

    It also remembers when the last minute's requests went out: Coliving.com meters 60 a minute but sends no
    rate-limit headers, so our own count is the only way to show how much of that minute is left.
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self._owned = inner is None
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport(verify=tls_context())
        self._clock = clock
        self._recent: deque[float] = deque()
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        now = self._clock()
        self._recent.append(now)
        self._forget_before(now - RECENT_WINDOW)
        return await self._inner.handle_async_request(request)

    def sent_within(self, seconds: float) -> int:
        """Requests sent in the last ``seconds`` (at most a minute back)."""
        since = self._clock() - min(seconds, RECENT_WINDOW)
        return sum(1 for at in self._recent if at > since)

    def _forget_before(self, cutoff: float) -> None:
        while self._recent and self._recent[0] <= cutoff:
            self._recent.popleft()

    async def aclose(self) -> None:
        # A transport handed in by the caller (tests, the in-process sandbox) may be shared: its owner
        # closes it.
        if self._owned:
            await self._inner.aclose()


def make_client(
    settings: AccountSettings,
    api_key: str,
    transport: httpx.AsyncBaseTransport,
    clock: Clock,
    *,
    requests_per_minute: int | None = COLIVING_REQUESTS_PER_MINUTE,
    timeout: float = 30.0,
) -> BmcClient | ColivingClient:
    """The api client for ``settings``, timed by ``clock`` so waits and budgets follow a fake clock in
    tests."""

    def epoch() -> float:
        return clock.now().timestamp()

    if settings.channel is Channel.BMC:
        from colivingdesk.api.bmc import BmcClient

        return BmcClient(
            settings.base_url, api_key, transport=transport, timeout=timeout, clock=epoch, sleep=clock.sleep
        )
    from colivingdesk.api.coliving import ColivingClient

    return ColivingClient(
        settings.base_url,
        api_key,
        provider=settings.provider,
        auth_style="bearer" if settings.auth_style == "bearer" else "x-api-key",
        transport=transport,
        requests_per_minute=requests_per_minute,
        timeout=timeout,
        clock=epoch,
        sleep=clock.sleep,
    )


@dataclass
class AccountRuntime:
    """Mutable state of one account; only the Service and the scheduler change it, on the event loop."""

    settings: AccountSettings
    client: BmcClient | ColivingClient
    transport: CountingTransport
    state: AccountState = "idle"
    message: str = ""
    last_synced_at: datetime | None = None
    failures: int = 0
    blocked_until: datetime | None = None
    key_rejected: bool = False
    focus: list[tuple[str, str]] = field(default_factory=list)
    #: Feeds the last completed pass could not refresh: label -> the channel's words.
    stale: dict[str, str] = field(default_factory=dict)

    @property
    def channel(self) -> Channel:
        return self.settings.channel

    @property
    def requests(self) -> int:
        return self.transport.count

    @property
    def budgets(self) -> Budgets:
        return self.client.budgets

    def requests_left(self, per_minute: int, now: datetime) -> int:
        """What is left of a per-minute request budget: the limit less our own sends of the last minute
        (Coliving.com sends no rate-limit headers), or nothing while a 429's cooldown lasts."""
        at = now.timestamp()
        if any(b.blocked_until(at) is not None for b in self.budgets.snapshot().values()):
            return 0
        return max(per_minute - self.transport.sent_within(RECENT_WINDOW), 0)

    def status(self) -> AccountStatus:
        views = [
            BudgetView(group, b.limit, b.remaining, b.reset_datetime)
            for group, b in sorted(self.budgets.snapshot().items())
        ]
        waiting = self.blocked_until if self.state == "rate_limited" else None
        return AccountStatus(
            self.state, self.last_synced_at, self.message, views, waiting_until=waiting, stale=dict(self.stale)
        )

    async def aclose(self) -> None:
        await self.client.aclose()
