"""First-sync benchmark: one complete ``sync_once`` from a fresh profile, against the floor the rate limits set.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.first_sync

The sandbox is scale-seeded (``--bookings``, ``--threads``, ``--leads``; the defaults give a Coliving.com floor
of about two minutes) and runs in this process behind ``httpx.ASGITransport`` with its rate limits on: 60
requests a minute for Coliving.com, the default hourly budgets for BookMyColiving. The Service syncs both
accounts with ``sync_once(complete=True)``, as ``colivingdesk sync --once`` does. Prints one JSON line per
figure:

* ``first_sync``: simulated seconds of the run against the floor: the fewest Coliving.com requests a complete
  sync needs (one per bookings page, one detail per current or upcoming booking, one page per open
  conversation, all counted from the sandbox's own data in the same run), sent at 60 a minute in a sliding
  window: ``floor((N - 1) / 60) * 60`` seconds, as the first 60 may go at once. ``ratio`` is simulated / floor;
  ``ratio_with_work`` adds the run's real wall time to the simulated time, an upper bound for a real run in
  which no store or parsing work overlapped a rate-limit wait. Also: what was fetched against what the
  sandbox holds, requests made against the minimum, and 429 answers (should be 0);
* ``resume_after_hourly_budget``: the same fresh sync with BookMyColiving's hourly read budget set below what
  it needs; the first run ends on the wait, the clock jumps past the reset, the second run finishes. Thread
  fetches over both runs against the number of threads (refetched should be 0).

How time is simulated: a ``FakeClock`` drives the Service, its clients (the Coliving.com limiter, cooldowns)
and the sandbox's rate limiters (their ``check`` is handed the fake time). Requests and store writes take no
simulated time; every wait the rate limits impose moves the clock by the time waited. So the simulated time is
the sum of the rate-limit waits, which is what the floor measures; ``wall_seconds`` is the real time the run
took on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, Message
from colivingdesk.sandbox import SandboxConfig
from colivingdesk.sandbox.app import Sandbox, create_app
from colivingdesk.sandbox.ratelimit import SlidingWindowLimiter, Verdict
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock
from colivingdesk.sync.coliving_feeds import open_floor

PER_MINUTE = 60
PER_PAGE = 100
BASE = "http://sandbox.test"


def _on_clock(limiter: SlidingWindowLimiter, clock: FakeClock, rejected: list[int]) -> None:
    """Meter the sandbox's limiter on the fake clock, counting the 429s it answers."""
    original = limiter.check

    def check(key: str, group: str, limit: int, now: float | None = None) -> Verdict:
        verdict = original(key, group, limit, clock.now().timestamp())
        if not verdict.allowed:
            rejected.append(1)
        return verdict

    limiter.check = check  # type: ignore[method-assign]


def _minimum(sandbox: Sandbox, config: SandboxConfig, now: datetime) -> dict[str, int]:
    """The fewest requests a complete sync needs, from the sandbox's data (``now`` decides what is current)."""
    host = sandbox.state.host_by_key[config.coliving_key].id
    ours = [b for b in sandbox.state.bookings.values() if b.host_id == host]
    floor = open_floor(now)
    current = [b for b in ours if b.checkout > floor]
    conversations = sum(
        max(1, math.ceil(len(sandbox.state.booking_messages(b)) / PER_PAGE))
        for b in current if b.status != "cancelled"
    )
    operator = sandbox.state.operator_by_key[config.bmc_key].id
    threads = [t for (owner, _), t in sandbox.state.threads.items() if owner == operator]
    return {
        "coliving": math.ceil(len(ours) / PER_PAGE) + len(current) + conversations,
        "coliving_bookings": len(ours),
        "coliving_current": len(current),
        "bmc_threads": len(threads),
        "bmc_messages": sum(len(t.messages) for t in threads),
    }


def _service(store: Store, config: SandboxConfig, clock: FakeClock, transport: httpx.AsyncBaseTransport) -> Service:
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", config.bmc_key)
    secrets.set("coliving", "api_key", config.coliving_key)
    accounts = {
        Channel.BMC: AccountSettings(Channel.BMC, f"{BASE}/bmc/api/v1"),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, f"{BASE}/coliving/v1"),
    }
    return Service(store, secrets, accounts, clock=clock, transport=transport, coliving_requests_per_minute=PER_MINUTE)


def _stored_messages(store: Store, channel: Channel, ids: list[str]) -> int:
    return sum(
        sum(1 for m in store.messages_for_thread(channel, thread) if isinstance(m, Message)) for thread in ids
    )


async def _first_sync(config: SandboxConfig, profile: Path) -> dict[str, Any]:
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    app = create_app(config)
    sandbox: Sandbox = app.state.sandbox
    rejected: list[int] = []
    for limiter in (sandbox.bmc_limiter, sandbox.coliving_limiter):
        _on_clock(limiter, clock, rejected)
    minimum = _minimum(sandbox, config, clock.now())
    floor = max(minimum["coliving"] - 1, 0) // PER_MINUTE * 60
    store = open_store(profile / "first.sqlite3")
    transport = httpx.ASGITransport(app=app)
    service = _service(store, config, clock, transport)
    try:
        started, wall = clock.now(), time.perf_counter()
        report = await service.sync_once(complete=True)
        seconds = (clock.now() - started).total_seconds()
        wall_seconds = time.perf_counter() - wall
        threads = [t.thread_id for (owner, _), t in sandbox.state.threads.items()
                   if owner == sandbox.state.operator_by_key[config.bmc_key].id]
        stored = {
            "bmc_threads": sum(1 for t in threads if store.get_thread(Channel.BMC, t) is not None),
            "bmc_messages": _stored_messages(store, Channel.BMC, threads),
            "coliving_bookings": store.count_bookings(),
            "coliving_details_missing": report.backlog["coliving"]["details"],
            "coliving_conversations_waiting": report.backlog["coliving"]["conversations"],
        }
    finally:
        await service.aclose()
        await transport.aclose()
        store.close()
    return {
        "figure": "first_sync", "ok": report.ok, "errors": report.errors,
        "simulated_seconds": round(seconds, 1), "floor_seconds": floor,
        "ratio": round(seconds / floor, 3) if floor else None,
        "ratio_with_work": round((seconds + wall_seconds) / floor, 3) if floor else None,
        "wall_seconds": round(wall_seconds, 2),
        "requests": report.requests, "minimum_requests": {"coliving": minimum["coliving"]},
        "sandbox": minimum, "stored": stored, "rate_limited": len(rejected),
    }


async def _resume(config: SandboxConfig, profile: Path, reads: int) -> dict[str, Any]:
    config = SandboxConfig(**{**config.__dict__, "rate_limits": {"reads": reads}})
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    app = create_app(config)
    sandbox: Sandbox = app.state.sandbox
    rejected: list[int] = []
    for limiter in (sandbox.bmc_limiter, sandbox.coliving_limiter):
        _on_clock(limiter, clock, rejected)
    fetched: list[str] = []

    def count(request: httpx.Request) -> None:
        if request.method == "GET" and request.url.path.startswith("/bmc/api/v1/messages/"):
            fetched.append(request.url.path)

    class Counting(httpx.ASGITransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            count(request)
            return await super().handle_async_request(request)

    transport = Counting(app=app)
    store = open_store(profile / "resume.sqlite3")
    runs: list[dict[str, Any]] = []
    try:
        for _ in range(2):
            service = _service(store, config, clock, transport)
            try:
                before = len(fetched)
                report = await service.sync_once(complete=True)
                wait = report.waits.get("bmc")
                runs.append({"ok": report.ok, "thread_fetches": len(fetched) - before,
                             "threads_left": report.backlog["bmc"]["threads"],
                             "resume_at_seconds": round((wait.until - clock.now()).total_seconds()) if wait else None})
            finally:
                await service.aclose()
            if wait is not None:
                clock.advance((wait.until - clock.now()).total_seconds() + 1)
            else:
                break
        operator = sandbox.state.operator_by_key[config.bmc_key].id
        threads = sum(1 for owner, _ in sandbox.state.threads if owner == operator)
    finally:
        await transport.aclose()
        store.close()
    successful = len(set(fetched))
    return {"figure": "resume_after_hourly_budget", "hourly_reads": reads, "runs": runs, "threads": threads,
            "thread_fetches": len(fetched), "distinct_threads_fetched": successful,
            "refetched": len(fetched) - successful,
            "rate_limited": len(rejected)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bookings", type=int, default=40, help="scale bookings (on top of the demo's)")
    parser.add_argument("--threads", type=int, default=400, help="scale BookMyColiving threads")
    parser.add_argument("--leads", type=int, default=200, help="scale BookMyColiving leads")
    parser.add_argument("--hourly-reads", type=int, default=300, help="BookMyColiving reads budget of the resume run")
    args = parser.parse_args(argv)
    config = SandboxConfig(seed="scale", bookings=args.bookings, threads=args.threads, leads=args.leads,
                           messages_per_thread=10)
    with tempfile.TemporaryDirectory() as profile:
        print(json.dumps(asyncio.run(_first_sync(config, Path(profile)))))
        print(json.dumps(asyncio.run(_resume(config, Path(profile), args.hourly_reads))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

