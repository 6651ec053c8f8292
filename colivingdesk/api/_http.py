"""All transport behaviour for both channels: one long-lived client, retries, waits, budgets, redaction.

Why one module: the rules for "may this be sent again?" and "may anything be sent now?" must be the same for
every call, or one endpoint ends up double-posting a reply or hammering a channel during a cooldown.

- Reads (GET) are retried on timeouts, connection errors, 500/502/503/504 and 429, with exponential backoff
  (0.5 s doubling to 8 s, full jitter) up to ``RetryPolicy.max_attempts`` sends in total.
- A write is retried only when it carries an ``Idempotency-Key`` (the server replays the first answer).
  Without a key a write is sent exactly once; a timeout, a connection error or a 5xx is raised and the caller
  reconciles.
- A 429 records a cooldown for the endpoint group (from ``Retry-After`` seconds or HTTP date, the channel's
  own retry hint, or ``X-RateLimit-Reset``); no request to that group is sent until it ends. Callers either
  wait (``RetryPolicy.wait_for_cooldown``, bounded by ``max_cooldown_wait``) or get ``RateLimited`` at once.
- A 2xx with a body that is not JSON raises ``UnexpectedResponse``. For reads it is retried first, like a
  network fault (a truncated body is the usual cause); for writes it is not, because the write was applied.
- No httpx exception leaves this module: they become ``NetworkError``/``Timeout`` raised ``from`` the
  original.
- The API key lives only in the auth hook; reprs, log lines and error messages never contain it.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._jsonio import dumps, loads
from .errors import ApiStatusError, NetworkError, RateLimited, Timeout, UnexpectedResponse
from .ratelimit import Budgets, Clock, RateBudget, Sleep, SlidingWindowLimiter

__all__ = [
    "Budgets",
    "HttpCore",
    "HttpResult",
    "RateBudget",
    "RetryPolicy",
    "SlidingWindowLimiter",
    "redact_headers",
]

log = logging.getLogger("colivingdesk.api")

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
SECRET_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie"})
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# (status, headers, parsed JSON body or None, raw text) -> the error to raise; one per channel envelope.
ErrorParser = Callable[[int, Mapping[str, str], Any, str], ApiStatusError]


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` fit for a log line or a repr."""
    return {k: ("[redacted]" if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    wait_for_cooldown: bool = True
    # A cooldown longer than this is not slept through inside a call (60 replies/hour can mean ~an hour):
    # the call raises RateLimited(retry_after) and the scheduler/outbox decides when to come back.
    max_cooldown_wait: float = 120.0

    def backoff(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(max_delay, base_delay * 2**(attempt-1))]."""
        cap = min(self.max_delay, self.base_delay * (2 ** max(attempt - 1, 0)))
        return rng() * cap


@dataclass(frozen=True, slots=True)
class HttpResult:
    """A successful (2xx) answer with its JSON already decoded (``None`` for an empty body)."""

    status: int
    headers: httpx.Headers
    body: Any
    attempts: int = 1
    idempotency_key: str | None = field(default=None, repr=False)

    @property
    def replayed(self) -> bool:
        """True when the server says this answer is the cached reply to an earlier call with the same key."""
        return self.headers.get("idempotent-replayed", "").strip().lower() == "true"

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-request-id")


class _HeaderAuth(httpx.Auth):
    """Adds the secret header at send time, so it sits in no default-header dict that could be printed."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def __repr__(self) -> str:
        return f"<auth {self._header}: [redacted]>"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request


def _release(response: httpx.Response) -> None:
    """Let a read answer go as soon as its caller drops it, rather than at the next garbage collection.

    httpx ties a response and its finished body stream to each other (and through the stream to the
    connection pool's bookkeeping for the request), about 35 objects and the body in a reference cycle per
    request. Only the cyclic collector frees those, and it stops every thread while it does: during a large
    first sync that was thousands of objects per collection and pauses of 5 to 30 ms in the window's loop. The
    body has been read and the stream closed by now: putting back the transport's own stream, which does not
    point at the response, breaks the cycle (and leaves a test transport's reused response as it was).
    """
    inner = getattr(response.stream, "_stream", None)  # httpx's BoundAsyncStream wraps the transport's stream
    if isinstance(inner, httpx.AsyncByteStream):
        response.stream = inner


def parse_retry_after(value: str | None, now: float) -> float | None:
    """``Retry-After`` in seconds from ``now`` (delta-seconds or HTTP date); ``None`` if absent/garbled."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when is None:
            return None
        return max(when.timestamp() - now, 0.0)
    return max(seconds, 0.0) if math.isfinite(seconds) else None


class HttpCore:
    """One channel account's HTTP session. Create once, reuse for every call, ``aclose()`` on quit."""

    def __init__(
        self,
        base_url: str,
        *,
        channel: str,
        auth_header: str,
        auth_value: str,
        error_parser: ErrorParser,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        budgets: Budgets | None = None,
        requests_per_minute: int | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: Callable[[], float] | None = None,
        user_agent: str = "colivingdesk/0.1",
    ) -> None:
        # ``None``: the real one (tests pass fakes; the clients pass through whatever they were given).
        sleep = asyncio.sleep if sleep is None else sleep
        clock = time.time if clock is None else clock
        self.channel = channel
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.budgets = budgets or Budgets()
        self._parse_error = error_parser
        self._sleep = sleep
        self._clock = clock
        self._rng = random.random if rng is None else rng
        self.limiter = (
            SlidingWindowLimiter(requests_per_minute, 60.0, clock=clock, sleep=sleep)
            if requests_per_minute
            else None
        )
        self._client = httpx.AsyncClient(
            base_url=self.base_url + "/",
            transport=transport,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            auth=_HeaderAuth(auth_header, auth_value),
            headers={"Accept": "application/json", "User-Agent": user_agent},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"HttpCore(channel={self.channel!r}, base_url={self.base_url!r})"

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    async def aclose(self) -> None:
        await self._client.aclose()

    def now(self) -> float:
        return self._clock()

    async def request(
        self,
        method: str,
        path: str,
        *,
        group: str,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
    ) -> HttpResult:
        """Send with the retry, cooldown and limiter rules above; return a 2xx or raise a ``ChannelError``."""
        method = method.upper()
        is_read = method in READ_METHODS
        may_retry = is_read or idempotency_key is not None
        headers: dict[str, str] = {}
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        content: bytes | None = None
        if json is not None:
            content = dumps(json)
            headers["Content-Type"] = "application/json"
        query = {k: _query_value(v) for k, v in (params or {}).items() if v is not None}
        max_attempts = max(self.retry.max_attempts, 1)
        attempt = 0
        while True:
            attempt += 1
            can_retry = may_retry and attempt < max_attempts
            await self._respect_cooldown(group)
            if self.limiter is not None:
                await self.limiter.acquire()
            try:
                response = await self._client.request(
                    method, path.lstrip("/"), params=query, content=content, headers=headers
                )
            except httpx.TimeoutException as err:
                log.info("%s %s/%s timed out (attempt %d)", method, self.base_url, path.lstrip("/"), attempt)
                if can_retry:
                    await self._sleep(self.retry.backoff(attempt, self._rng))
                    continue
                raise Timeout(f"{self.channel} did not answer in time.", channel=self.channel) from err
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as err:
                log.info(
                    "%s %s/%s failed: %s (attempt %d)",
                    method,
                    self.base_url,
                    path.lstrip("/"),
                    type(err).__name__,
                    attempt,
                )
                if can_retry:
                    await self._sleep(self.retry.backoff(attempt, self._rng))
                    continue
                # The exception's class goes to the log above; the message is read by people.
                raise NetworkError(f"Could not reach {self.channel}.", channel=self.channel) from err

            now = self._clock()
            self.budgets.update_from_headers(group, response.headers, now)
            status = response.status_code
            log.debug("%s %s -> %d (attempt %d)", method, response.request.url, status, attempt)

            if 200 <= status < 300:
                try:
                    body = loads(response.content) if response.content.strip() else None
                except ValueError as err:
                    if is_read and can_retry:
                        await self._sleep(self.retry.backoff(attempt, self._rng))
                        continue
                    raise UnexpectedResponse(
                        f"{self.channel} sent a reply that is not valid JSON (HTTP {status}).",
                        channel=self.channel,
                    ) from err
                _release(response)
                return HttpResult(status, response.headers, body, attempt, idempotency_key)

            exc = self._error_from(response)
            if status == 429:
                wait = self._rate_limit_wait(response.headers, exc, now, attempt)
                self.budgets.set_cooldown(group, now + wait)
                if isinstance(exc, RateLimited):
                    exc.retry_after = wait
                will_wait = self.retry.wait_for_cooldown and wait <= self.retry.max_cooldown_wait
                if can_retry and will_wait:
                    continue  # the cooldown check at the top of the loop does the waiting
                raise exc  # the server's own error, with its request id and the wait to honour
            if status in RETRYABLE_STATUSES and can_retry:
                hinted = parse_retry_after(response.headers.get("retry-after"), now)
                delay = self.retry.backoff(attempt, self._rng)
                if hinted is not None:
                    delay = min(max(delay, hinted), self.retry.max_cooldown_wait)
                await self._sleep(delay)
                continue
            raise exc

    def _error_from(self, response: httpx.Response) -> ApiStatusError:
        text = response.text
        try:
            body = loads(response.content) if response.content.strip() else None
        except ValueError:
            body = None
        return self._parse_error(response.status_code, response.headers, body, text)

    def _rate_limit_wait(
        self, headers: Mapping[str, str], exc: ApiStatusError, now: float, attempt: int
    ) -> float:
        """A 429's wait: the longest explicit hint, else the window reset, else backoff (at least 1 s)."""
        hints = []
        header_wait = parse_retry_after(headers.get("retry-after"), now)
        if header_wait is not None:
            hints.append(header_wait)
        body_wait = getattr(exc, "retry_after", None)
        if isinstance(body_wait, int | float) and body_wait > 0:
            hints.append(float(body_wait))
        if hints:
            return max(hints)
        reset = headers.get("x-ratelimit-reset")
        if reset is not None:
            try:
                value = float(reset)
            except ValueError:
                value = None
            if value is not None:
                wait = value - now if value >= 1_000_000_000 else value
                if wait > 0:
                    return wait
        return max(1.0, self.retry.base_delay * (2 ** (attempt - 1)))

    def refuses_until(self, group: str) -> float | None:
        """When a request to ``group`` refused now (``RateLimited`` without sending) could go, else ``None``.

        A wait short enough to be slept through inside a call is not a refusal; this is the rule
        ``_respect_cooldown`` applies, for callers that would rather skip the work than be refused.
        """
        now = self._clock()
        remaining = self.budgets.blocked_for(group, now)
        if remaining <= 0.001:
            return None
        if self.retry.wait_for_cooldown and remaining <= self.retry.max_cooldown_wait:
            return None
        return now + remaining

    async def _respect_cooldown(self, group: str) -> None:
        """Never send into a live cooldown or an exhausted window: wait it out, or raise ``RateLimited``."""
        while True:
            remaining = self.budgets.blocked_for(group, self._clock())
            if remaining <= 0.001:
                return
            if not self.retry.wait_for_cooldown or remaining > self.retry.max_cooldown_wait:
                raise RateLimited(
                    f"{self.channel} rate limit reached; try again in {math.ceil(remaining)} s.",
                    retry_after=remaining,
                    status=429,
                    channel=self.channel,
                )
            log.info("%s: waiting %.1f s for the %r rate limit", self.channel, remaining, group)
            await self._sleep(remaining)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
