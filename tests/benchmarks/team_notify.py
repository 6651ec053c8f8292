"""Team-mode benchmark: how soon a change committed by one process reaches another process's window.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.team_notify              # 200 samples of each
    .venv/bin/python -m tests.benchmarks.team_notify --samples 50

A throwaway PostgreSQL server (``tests/postgres_server.py``: initdb in a temporary folder, loopback, ``fsync=off``
as in the tests) and two processes on this machine. Two figures, measured in the same run:

* ``notify_round_trip_ms``, the baseline: a bare ``NOTIFY`` on one connection until a listening connection in the
  other process receives it (psycopg, nothing of ours);
* ``change_to_listener_ms``: from the moment this process has committed a guest message to the team store
  (``upsert_messages`` returned) until the change set naming it arrives, decoded, on the change stream of the
  other process, as a desktop's views receive it: ``TeamLink`` publishing from its thread and listening on its
  own connection, the payload encoded and decoded (``sync.team_changes``), handed to the event loop.

Each prints one JSON line with p50, p95 and max in milliseconds over the samples. Both processes read
``time.monotonic()``, which on Linux is one clock for the whole machine. Samples are spaced 10 ms apart so each
is measured alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SPACING = 0.01


def _figure(name: str, samples: list[float], baseline: list[float] | None = None) -> dict[str, Any]:
    ordered = sorted(samples)
    ms = [s * 1000 for s in ordered]
    figure: dict[str, Any] = {
        "figure": name, "samples": len(ms), "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 2), "max_ms": round(ms[-1], 2),
    }
    if baseline:
        figure["p50_over_baseline_ms"] = round(figure["p50_ms"] - statistics.median(baseline) * 1000, 2)
    return figure


# ---------------------------------------------------------------------- the listening process
def _listen_bare(url: str, count: int) -> dict[str, float]:
    from colivingdesk.store import notify

    arrived: dict[str, float] = {}
    with notify.connect(url) as conn:
        conn.execute("LISTEN bench_bare")
        print("ready", flush=True)
        while len(arrived) < count:
            for payload in notify.received(conn, 5.0):
                arrived[payload] = time.monotonic()
    return arrived


async def _listen_link(url: str, count: int) -> dict[str, float]:
    from colivingdesk.sync.changes import ChangeSet, ChangeStream
    from colivingdesk.sync.team_link import TeamLink

    arrived: dict[str, float] = {}
    done = asyncio.Event()
    changes = ChangeStream()

    def heard(change_set: ChangeSet) -> None:
        for key in change_set.get_ids("messages"):
            arrived.setdefault(key, time.monotonic())
        if len(arrived) >= count:
            done.set()

    changes.subscribe(heard)
    link = TeamLink(changes, url)
    link.start()
    while link.connected is not True:
        await asyncio.sleep(0.01)
    print("ready", flush=True)
    try:
        await asyncio.wait_for(done.wait(), 120)
    finally:
        await link.aclose()
    return arrived


# ---------------------------------------------------------------------- the committing process
def _child(mode: str, url: str, count: int) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.team_notify", "--child", mode, url, str(count)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        raise SystemExit(f"the listening process did not start ({mode})")
    return child


def _arrivals(child: subprocess.Popen[str]) -> dict[str, float]:
    out, _ = child.communicate(timeout=180)
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _bare(url: str, count: int) -> list[float]:
    from colivingdesk.store import notify

    child = _child("bare", url, count)
    sent: dict[str, float] = {}
    with notify.connect(url) as conn:
        for n in range(count):
            sent[str(n)] = time.monotonic()
            conn.execute("SELECT pg_notify('bench_bare', %s)", (str(n),))
            time.sleep(SPACING)
    arrived = _arrivals(child)
    return [arrived[key] - at for key, at in sent.items()]


async def _committed(url: str, count: int) -> list[float]:
    from colivingdesk.domain import Channel, Message, Thread
    from colivingdesk.store import open_postgres_store
    from colivingdesk.sync.changes import ChangeStream
    from colivingdesk.sync.team_link import TeamLink

    child = _child("link", url, count)
    store = open_postgres_store(url)
    changes = ChangeStream()
    link = TeamLink(changes, url)
    sent: dict[str, float] = {}
    try:
        for n in range(count):
            external = f"usr_bench_{n}"
            store.upsert_threads([Thread(Channel.BMC, external, participant_name=f"Guest {n}")])
            store.upsert_messages([Message(
                thread_external_id=external, external_id=f"m_{n}", sender="guest", text="Is the room free?",
                created_at=None, channel=Channel.BMC,
            )])
            key = f"bmc:{external}"
            sent[key] = time.monotonic()  # committed: each upsert is its own transaction
            changes.emit({"threads": {key}, "messages": {key}})
            await asyncio.sleep(SPACING)
        arrived = await asyncio.to_thread(_arrivals, child)
    finally:
        await link.aclose()
        store.close()
    return [arrived[key] - at for key, at in sent.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=200, help="samples of each figure (default 200)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, url, count = args.child[0], args.child[1], int(args.child[2])
        arrived = _listen_bare(url, count) if mode == "bare" else asyncio.run(_listen_link(url, count))
        print(json.dumps(arrived))
        return 0

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import postgres_server

    from colivingdesk.store import open_postgres_store

    reason = postgres_server.unavailable_reason()
    if reason is not None:
        raise SystemExit(f"no PostgreSQL for the benchmark: {reason}")
    server = postgres_server.start_server()
    try:
        url = server.new_database()
        open_postgres_store(url).close()  # the schema, before anything is timed
        baseline = _bare(url, args.samples)
        ours = asyncio.run(_committed(url, args.samples))
    finally:
        server.stop()
    print(json.dumps(_figure("notify_round_trip_ms", baseline)))
    print(json.dumps(_figure("change_to_listener_ms", ours, baseline)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
