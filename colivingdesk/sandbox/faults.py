"""Fault injection for the partner APIs (never for ``/_admin`` or ``/_control``).

Spec format (``--faults`` and ``PUT /_control {"faults": "..."}``)::

    spec   := rule (";" rule)*
    rule   := "seed=" INT  |  KIND [":" option ("," option)*]
    option := count=N | rate=P | method=GET|POST|... | path=/prefix | seconds=S | status=NNN

Kinds:

``error``      answer ``status`` (default 500) with the channel's own error body; nothing is processed.
``latency``    wait ``seconds`` (default 1.0), then carry on (stacks with one other fault).
``timeout``    hang for ``seconds`` (default 60) or until the client gives up, then answer 504 if anyone is
               still listening; nothing is processed.
``drop``       close the TCP connection without any response; nothing is processed.
``malformed``  answer 200 with ``Content-Type: application/json`` and a truncated, unparsable body;
               nothing is processed.
``ratelimit``  answer 429 in the channel's shape with a wait of ``seconds`` (default 30): ``Retry-After``
               header on both channels, ``retry_after`` error entry on Coliving.com, ``X-RateLimit-*`` with
               remaining 0 on BookMyColiving.
``after``      process the request for real, discard its response and answer ``status`` (default 500):
               proves that an ``Idempotency-Key`` retry replays instead of duplicating.

Selection: ``path`` is a prefix of the full sandbox path (``/bmc/api/v1/properties``, ``/coliving/v1/me``),
``method`` matches exactly. ``count=N`` makes the rule fire on the next N matching requests and then retire
(deterministic, for tests); ``rate=P`` fires with probability P using a RNG seeded by ``seed=`` (default 0),
so a given spec replays the same fault sequence. With both, each matching request fires with probability P
until N have fired; with neither, the rule fires on every matching request. Rules are evaluated in order:
every firing ``latency`` rule adds its delay, then the first other rule that fires decides the fault.

``GET /_control`` shows the active rules (``count`` counts down as rules fire) and ``fired``, how many times
each kind fired since start.

Example: ``error:count=2,method=POST,path=/bmc/api/v1/properties; latency:seconds=0.2,rate=0.1; seed=7``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
import time
from dataclasses import asdict, dataclass
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

KINDS = ("error", "latency", "timeout", "drop", "malformed", "ratelimit", "after")
PARTNER_PREFIXES = ("/bmc/", "/coliving/")
DEFAULT_SECONDS = {"latency": 1.0, "timeout": 60.0, "ratelimit": 30.0}


class FaultSpecError(ValueError):
    """The spec string could not be parsed."""


@dataclass
class FaultRule:
    kind: str
    count: int | None = None
    rate: float | None = None
    method: str | None = None
    path: str | None = None
    seconds: float | None = None
    status: int | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.path is None or path.startswith(self.path)

    @property
    def wait(self) -> float:
        return self.seconds if self.seconds is not None else DEFAULT_SECONDS.get(self.kind, 0.0)

    def describe(self) -> str:
        options = [
            f"{name}={value}" for name, value in asdict(self).items() if name != "kind" and value is not None
        ]
        return self.kind + (":" + ",".join(options) if options else "")


def parse_spec(spec: str) -> tuple[list[FaultRule], int]:
    """Rules and RNG seed of a spec string; raises :class:`FaultSpecError` on anything unknown."""
    rules: list[FaultRule] = []
    seed = 0
    for raw in spec.split(";"):
        part = raw.strip()
        if not part:
            continue
        if part.startswith("seed="):
            try:
                seed = int(part[5:])
            except ValueError as exc:
                raise FaultSpecError(f"bad seed in {part!r}") from exc
            continue
        kind, _, options = part.partition(":")
        kind = kind.strip()
        if kind not in KINDS:
            raise FaultSpecError(f"unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        rule = FaultRule(kind)
        for option in filter(None, (o.strip() for o in options.split(","))):
            name, sep, value = option.partition("=")
            if not sep:
                raise FaultSpecError(f"option {option!r} needs a value")
            try:
                if name == "count":
                    rule.count = int(value)
                elif name == "rate":
                    rule.rate = float(value)
                elif name == "method":
                    rule.method = value.upper()
                elif name == "path":
                    rule.path = value
                elif name == "seconds":
                    rule.seconds = float(value)
                elif name == "status":
                    rule.status = int(value)
                else:
                    raise FaultSpecError(f"unknown option {name!r}")
            except ValueError as exc:
                if isinstance(exc, FaultSpecError):
                    raise
                raise FaultSpecError(f"bad value in {option!r}") from exc
        rules.append(rule)
    return rules, seed


class FaultInjector:
    """Holds the active rules; shared by the middleware and the ``/_control`` route."""

    def __init__(self, spec: str = "") -> None:
        self._lock = threading.Lock()
        self.rules: list[FaultRule] = []
        self.seed = 0
        self.rng = random.Random(0)
        self.fired: dict[str, int] = {}
        self.configure(spec)

    def configure(self, spec: str) -> None:
        rules, seed = parse_spec(spec)
        with self._lock:
            self.rules, self.seed, self.rng = rules, seed, random.Random(seed)

    @property
    def spec(self) -> str:
        with self._lock:
            return self._describe()

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "faults": self._describe(),
                "rules": [asdict(r) for r in self.rules],
                "fired": dict(self.fired),
            }

    def _describe(self) -> str:
        parts = [rule.describe() for rule in self.rules]
        if self.seed:
            parts.append(f"seed={self.seed}")
        return "; ".join(parts)

    def pick(self, method: str, path: str) -> tuple[float, FaultRule | None]:
        """Total injected latency and the terminal fault (if any) for one request."""
        delay = 0.0
        chosen: FaultRule | None = None
        with self._lock:
            for rule in list(self.rules):
                if not rule.matches(method, path):
                    continue
                if rule.kind != "latency" and chosen is not None:
                    continue
                if rule.rate is not None and self.rng.random() >= rule.rate:
                    continue
                if rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self.rules.remove(rule)
                self.fired[rule.kind] = self.fired.get(rule.kind, 0) + 1
                if rule.kind == "latency":
                    delay += rule.wait
                else:
                    chosen = rule
        return delay, chosen


def _error_body(path: str, status: int, *, retry_after: int | None = None) -> bytes:
    """The channel's own error envelope, so a client's error parsing is exercised too."""
    if path.startswith("/coliving/"):
        kinds = {429: ("rate_limit_error", "Rate limit exceeded."), 404: ("not_found", "Not found.")}
        kind, message = kinds.get(status, ("internal_error", "An unexpected error occurred."))
        errors = (
            []
            if retry_after is None
            else [{"path": "retry_after", "code": "rate_limited", "message": str(retry_after)}]
        )
        payload: dict[str, Any] = {
            "error": {"type": kind, "message": message, "request_id": "req_fault", "errors": errors}
        }
    else:
        # The status's own words: an injected 422 saying "Internal server error" would make a client that
        # shows the channel's reason look wrong when it is right.
        text = "Rate limit exceeded" if status == 429 else "Internal server error" if status >= 500 else _phrase(status)
        payload = {"error": text}
    return json.dumps(payload).encode()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"Error {status}"


async def _respond(send: Send, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    """Abort the TCP connection under the running request without writing a byte.

    uvicorn's per-request ``send`` is a bound method of its cycle object, which holds the transport; aborting
    it and flagging the cycle disconnected stops uvicorn from writing its own 500. Without uvicorn (an
    in-process test client) the closest thing is an exception.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault: drop")
    transport.abort()
    cycle.disconnected = True  # type: ignore[union-attr]


async def _hang(receive: Receive, seconds: float) -> None:
    """Wait until the client disconnects or ``seconds`` pass, whichever is first."""

    async def until_disconnect() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(until_disconnect(), timeout=seconds)


class FaultMiddleware:
    """Raw ASGI middleware so ``drop`` and ``malformed`` can misbehave below HTTP framework level."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(PARTNER_PREFIXES):
            await self.app(scope, receive, send)
            return
        delay, rule = self.injector.pick(scope["method"], path)
        if delay:
            await asyncio.sleep(delay)
        if rule is None or rule.kind == "latency":
            await self.app(scope, receive, send)
            return
        if rule.kind == "error":
            await _respond(send, rule.status or 500, _error_body(path, rule.status or 500))
        elif rule.kind == "timeout":
            await _hang(receive, rule.wait)
            await _respond(send, 504, _error_body(path, 500))
        elif rule.kind == "drop":
            await _drop(send)
        elif rule.kind == "malformed":
            await _respond(send, 200, b'{"data": [{"id": "trunc')
        elif rule.kind == "ratelimit":
            wait = max(1, round(rule.wait))
            headers = {"Retry-After": str(wait)}
            if path.startswith("/bmc/"):
                headers |= {
                    "X-RateLimit-Limit": "0",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(int(time.time()) + wait),
                }
            await _respond(send, 429, _error_body(path, 429, retry_after=wait), headers)
        elif rule.kind == "after":

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            await _respond(send, rule.status or 500, _error_body(path, rule.status or 500))
