"""Helpers for the API client tests: the documents' samples, a fake clock, and a recording MockTransport.

A uniquely named module (not ``conftest``) so test files can import it without clashing with other conftests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
START = 1_800_000_000.0  # a fixed "now" (2027-01-15) so no test depends on the real clock

BMC_KEY = "bmc_secret_key_123"
COLIVING_KEY = "cl_secret_key_456"


def load_fixture(channel: str, name: str) -> dict[str, Any]:
    """The whole fixture file: ``{"section": ..., "sample": ...}``."""
    return json.loads((FIXTURES / channel / f"{name}.json").read_text(encoding="utf-8"))


def sample(channel: str, name: str) -> Any:
    """Just the document's JSON sample."""
    return load_fixture(channel, name)["sample"]


class FakeClock:
    """Epoch-seconds clock whose ``sleep`` advances time instantly and records every wait."""

    def __init__(self, now: float = START) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)


@dataclass
class Sent:
    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: bytes
    at: float

    @property
    def path(self) -> str:
        return self.url.path

    @property
    def query(self) -> dict[str, str]:
        return dict(self.url.params)

    def json(self) -> Any:
        return json.loads(self.body)


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A MockTransport that plays scripted replies in order (the last one repeats) and records what was
    sent.
    """

    clock: FakeClock
    replies: list[Reply] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(Sent(request.method, request.url, request.headers, request.read(), self.clock.now))
        index = min(len(self.sent) - 1, len(self.replies) - 1)
        reply = self.replies[index]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def respond(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None, content: bytes | None = None
) -> httpx.Response:
    if content is not None:
        return httpx.Response(status, content=content, headers=headers)
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def script(clock: FakeClock, *replies: Reply) -> Recorder:
    return Recorder(clock=clock, replies=list(replies))


def client_kwargs(clock: FakeClock, recorder: Recorder, **extra: Any) -> dict[str, Any]:
    """The injection every client test uses: no real sleeping, a fixed clock, no jitter randomness."""
    base: dict[str, Any] = {
        "transport": recorder.transport,
        "sleep": clock.sleep,
        "clock": clock,
        "rng": lambda: 1.0,
    }
    base.update(extra)
    return base


def paths(recorder: Recorder) -> list[str]:
    return [f"{s.method} {s.path}" for s in recorder.sent]


def all_text(items: Iterable[Any]) -> str:
    return " ".join(str(i) for i in items)
