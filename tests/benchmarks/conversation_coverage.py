"""Conversation-coverage benchmark: how soon every open Coliving.com conversation is in the cache.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.conversation_coverage

For 50, 200 and 1,000 open bookings (each with one guest message) the Service syncs a fresh profile at 60
requests a minute, with its default per-cycle limits, against a small in-memory Coliving.com behind
``httpx.MockTransport``. Prints one JSON line per figure and size:

* ``first_coverage``: cycles and simulated seconds until every open conversation is cached, from an empty
  profile;
* ``all_guests_write``: then every guest writes at once; cycles and simulated seconds until every new
  message is cached. Detail calls (10 a cycle by default) still share the budget at that point;
* ``all_guests_write_settled``: the same once every booking's detail has been fetched, when conversations
  have the whole minute but the headroom and the bookings page (``ceil(open / 49)`` cycles).

Each is set against the floor: the conversations alone at 60 requests a minute (one request each), i.e.
``conversations`` seconds. ``other_requests`` are the bookings pages and detail calls the same cycles made.

How time is simulated: a ``FakeClock`` drives the Service, its HTTP client's 60-a-minute limiter and the fake
server. A cycle is one ``sync_once`` followed by a jump of the poll interval (60 s), the way the scheduler
polls; requests take no simulated time, and should the client's limiter ever have to wait, its sleep moves the
fake clock instead. A cycle therefore spends one minute's budget, and ``seconds`` is ``cycles x 60``. The fake
server meters requests per sliding minute on the same clock and answers 429 beyond 60; ``rate_limited``
counts those answers (it should be 0: the client keeps 10 requests a minute free). The whole run takes a few
seconds of wall time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import re
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, Message
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock

SIZES = (50, 200, 1_000)
PER_MINUTE = 60
POLL_SECONDS = 60
BASE_URL = "http://col.test/v1"
KEY = "bench_key"
_DETAIL = re.compile(r"/v1/integrations/mangobeds/bookings/(\d+)")
_MESSAGES = re.compile(r"/v1/bookings/(\d+)/messages")


@dataclass
class FakeColiving:
    """Open bookings with their conversations, paged like the document says, metered at 60 a minute."""

    clock: FakeClock
    open_bookings: int
    messages: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    sent: deque[float] = field(default_factory=deque)
    requests: int = 0
    rate_limited: int = 0

    def booking(self, n: int) -> dict[str, Any]:
        return {"booking_id": n, "listing_id": 5325, "room_type_id": 38753, "status": "confirmed",
                "checkin_at": f"2026-{5 + n % 6:02d}-01", "checkout_at": "2026-12-31",
                "version": "2026-04-01 10:00:00"}

    def guest_writes(self, n: int, text: str) -> None:
        rows = self.messages.setdefault(n, [])
        rows.append({"id": n * 100 + len(rows), "sender": "guest", "sender_name": f"Guest {n}", "text": text,
                     "is_seen": False, "created_at": self.clock.now().isoformat()})

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        now = self.clock.now().timestamp()
        while self.sent and self.sent[0] <= now - 60:
            self.sent.popleft()
        if len(self.sent) >= PER_MINUTE:
            self.rate_limited += 1
            wait = str(math.ceil(self.sent[0] + 60 - now))
            body = {"error": {"type": "rate_limit_error", "message": "Too many requests.", "request_id": "r",
                              "errors": [{"path": "retry_after", "code": "rate_limited", "message": wait}]}}
            return httpx.Response(429, json=body)
        self.sent.append(now)
        path = request.url.path
        params = request.url.params
        if path == "/v1/integrations/mangobeds/bookings":
            ids = list(range(1, self.open_bookings + 1)) if params.get("updated_after") is None else []
            return _page("Bookings", [self.booking(n) for n in ids], params)
        if match := _DETAIL.fullmatch(path):
            detail = self.booking(int(match.group(1))) | {"guest": {"name": "Guest"}}
            return httpx.Response(200, json={"data": {"Booking": detail}, "meta": {"request_id": "r"}})
        if match := _MESSAGES.fullmatch(path):
            return _page("messages", self.messages.get(int(match.group(1)), []), params)
        return httpx.Response(404, json={"error": {"type": "not_found", "message": "Not found.", "request_id": "r",
                                                   "errors": []}})


def _page(key: str, rows: list[dict[str, Any]], params: httpx.QueryParams) -> httpx.Response:
    page, per_page = int(params.get("page", 1)), int(params.get("per_page", 50))
    last = max(1, math.ceil(len(rows) / per_page))
    chunk = rows[(page - 1) * per_page:page * per_page]
    pagination = {"current_page": page, "per_page": per_page, "total": len(rows), "last_page": last,
                  "from": (page - 1) * per_page + 1 if chunk else None,
                  "to": (page - 1) * per_page + len(chunk) if chunk else None}
    return httpx.Response(200, json={"data": {key: chunk}, "meta": {"request_id": "r", "pagination": pagination}})


def _cached(store: Store, texts: dict[int, str]) -> bool:
    """Whether every booking's latest guest message is in the cache."""
    for n, text in texts.items():
        stored = store.messages_for_thread(Channel.COLIVING, str(n))
        if not any(isinstance(m, Message) and m.text == text for m in stored):
            return False
    return True


async def _until_cached(
    service: Service, store: Store, server: FakeColiving, clock: FakeClock, texts: dict[int, str]
) -> dict[str, Any]:
    """Cycles (one ``sync_once`` per poll interval) until ``texts`` are all cached."""
    requests_before, conversations = server.requests, 0
    cycles = 0
    while True:
        report = await service.sync_once()
        if report.errors:
            raise SystemExit(f"sync failed: {report.errors}")
        conversations += report.conversations["coliving"]["read"]
        cycles += 1
        clock.advance(POLL_SECONDS)
        if _cached(store, texts):
            break
    made = server.requests - requests_before
    return {"cycles": cycles, "seconds": cycles * POLL_SECONDS, "conversation_reads": conversations,
            "other_requests": made - conversations}


async def _run(size: int, profile: Path) -> list[dict[str, Any]]:
    clock = FakeClock(datetime(2026, 4, 25, 10, 0, tzinfo=UTC))
    server = FakeColiving(clock, size)
    texts = {n: f"Hello from booking {n}" for n in range(1, size + 1)}
    for n, text in texts.items():
        server.guest_writes(n, text)
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("coliving", "api_key", KEY)
    store = open_store(profile / f"cache-{size}.sqlite3")

    def route(request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-api-key") != KEY:
            return httpx.Response(401, json={"error": {"type": "auth_error", "message": "Invalid API key",
                                                       "request_id": "r", "errors": []}})
        return server.handle(request)

    service = Service(
        store, secrets, {Channel.COLIVING: AccountSettings(Channel.COLIVING, BASE_URL)}, clock=clock,
        transport=httpx.MockTransport(route), coliving_requests_per_minute=PER_MINUTE,
    )
    lines = []
    try:
        started = time.perf_counter()
        first = await _until_cached(service, store, server, clock, texts)
        first_wall = time.perf_counter() - started
        results = [("first_coverage", first, first_wall)]
        for figure in ("all_guests_write", "all_guests_write_settled"):
            if figure == "all_guests_write_settled":
                while store.bookings_missing_detail(1):
                    await service.sync_once()
                    clock.advance(POLL_SECONDS)
            texts = {n: f"{figure} question from booking {n}" for n in texts}
            for n, text in texts.items():
                server.guest_writes(n, text)
            started = time.perf_counter()
            result = await _until_cached(service, store, server, clock, texts)
            results.append((figure, result, time.perf_counter() - started))
    finally:
        await service.aclose()
        store.close()
    for figure, result, wall in results:
        lines.append({
            "figure": figure, "open_bookings": size, "requests_per_minute": PER_MINUTE, **result,
            "floor_seconds": size * 60 // PER_MINUTE, "ratio": round(result["seconds"] / (size * 60 / PER_MINUTE), 2),
            "rate_limited": server.rate_limited, "wall_seconds": round(wall, 2),
        })
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="open bookings per run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as profile:
        for size in args.sizes:
            for line in asyncio.run(_run(size, Path(profile))):
                print(json.dumps(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
