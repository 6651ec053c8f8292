"""Team-store benchmark: the first sync of the 100k profile into PostgreSQL and into SQLite, in one run.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.team_first_sync              # 100,000 bookings (several minutes)
    .venv/bin/python -m tests.benchmarks.team_first_sync --scale 0.05 # a twentieth, as a quick check

The sandbox is seeded as in ``initial_sync`` (100,000 bookings, 20,000 leads, 5,000 threads x 10 messages, times
``--scale``) and runs in this process with its rate limits off. The same first ``sync_once`` runs twice, each in
its own child process: into a new SQLite profile, and into a new database on a throwaway PostgreSQL server
(``tests/postgres_server.py``: initdb into a temporary folder, loopback socket, ``fsync=off`` as in the tests, so
it measures the store's statements rather than the disk). Booking details and Coliving.com conversation reads
are off on both sides, as in ``initial_sync``, so both fetch the same pages. Prints one JSON line per figure:

* ``first_sync_seconds_sqlite`` and ``first_sync_seconds_postgresql``: wall seconds of the sync, with what was
  stored (the two must match) and any account errors;
* ``first_sync_ratio``: PostgreSQL seconds over SQLite seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FULL = {"bookings": 100_000, "leads": 20_000, "threads": 5_000}


async def _sync(bmc_url: str, col_url: str, bmc_key: str, col_key: str, target: str) -> dict[str, Any]:
    from colivingdesk.accounts import AccountSettings
    from colivingdesk.domain import Channel
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import open_postgres_store, open_store
    from colivingdesk.sync import Service

    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", bmc_key)
    secrets.set("coliving", "api_key", col_key)
    accounts = {
        Channel.BMC: AccountSettings(Channel.BMC, bmc_url),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, col_url),
    }
    if target.startswith("postgresql://"):
        store = open_postgres_store(target)
    else:
        store = open_store(Path(target) / "cache.sqlite3")
    service = Service(
        store, secrets, accounts, coliving_requests_per_minute=None, max_threads_per_cycle=1_000_000,
        max_details_per_cycle=0, max_booking_messages_per_cycle=0,
    )
    try:
        started = time.perf_counter()
        report = await service.sync_once()
        seconds = time.perf_counter() - started
        counts = {"bookings": store.count_bookings(), "leads": store.count_leads(), "threads": store.count_threads()}
    finally:
        await service.aclose()
        store.close()
    return {"seconds": seconds, "errors": report.errors, "stored": counts}


def _run_child(urls: list[str], target: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.team_first_sync", "--child", *urls, target]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"sync into {target.split('?')[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the 100k profile (default 1)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(asyncio.run(_sync(*args.child))))
        return 0

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import postgres_server

    from colivingdesk.sandbox import SandboxConfig, SandboxServer

    reason = postgres_server.unavailable_reason()
    if reason is not None:
        raise SystemExit(f"no PostgreSQL for the benchmark: {reason}")
    sizes = {kind: max(1, int(n * args.scale)) for kind, n in FULL.items()}
    config = SandboxConfig(
        seed="scale", bookings=sizes["bookings"], leads=sizes["leads"], threads=sizes["threads"],
        messages_per_thread=10, limits_enabled=False,
    )
    database = postgres_server.start_server()
    try:
        with SandboxServer(config) as server, tempfile.TemporaryDirectory() as profile:
            urls = [server.bmc_base_url, server.coliving_base_url, config.bmc_key, config.coliving_key]
            sqlite = _run_child(urls, profile)
            postgresql = _run_child(urls, database.new_database())
    finally:
        database.stop()
    for name, result in (("sqlite", sqlite), ("postgresql", postgresql)):
        print(json.dumps({"figure": f"first_sync_seconds_{name}", "seconds": round(result["seconds"], 2),
                          "stored": result["stored"], "errors": result["errors"], "scale": args.scale}))
    print(json.dumps({"figure": "first_sync_ratio", "postgresql_over_sqlite":
                      round(postgresql["seconds"] / sqlite["seconds"], 2), "scale": args.scale,
                      "same_records": sqlite["stored"] == postgresql["stored"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
