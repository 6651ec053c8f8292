"""Initial-sync benchmark: the Service against a scale-seeded sandbox, beside a bare httpx baseline.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.initial_sync

That is 100,000 bookings, 20,000 leads and 5,000 threads x 10 messages (about two and a half minutes);
``--small`` runs a tenth of that as a quick check.

The sandbox runs in this process with rate limits off; the measured side and the baseline each run in a child
process, and each reports its own peak resident memory (the sandbox's data is not counted). The baseline
fetches the same list pages and thread conversations with plain ``httpx`` and decodes them without storing; it
is the floor any client pays for the network and JSON. Coliving.com booking conversations are left out on both
sides (``conversation_coverage`` measures those). Prints one JSON line per figure:

* ``initial_sync_seconds``: Service time, baseline time, and their ratio; also the CPU seconds each child's
  process spent over the same span (all its threads; the sandbox's own work is in neither), steadier than
  wall time on a shared machine;
* ``requests``: requests the Service made against the minimum (one per list page, one per thread);
* ``peak_rss_mb``: peak resident memory of each child;
* ``no_change_cycle_requests``: requests of a second cycle with nothing new, per channel.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PER_PAGE = 100


def _sizes(small: bool) -> dict[str, int]:
    scale = 10 if small else 1
    return {"bookings": 100_000 // scale, "leads": 20_000 // scale, "threads": 5_000 // scale}


# ------------------------------------------------------------------------------------------ children


async def _baseline(bmc_url: str, col_url: str, bmc_key: str, col_key: str) -> dict[str, Any]:
    import httpx

    requests = 0

    async def walk(client: httpx.AsyncClient, path: str, params: dict[str, Any], bmc: bool, key: str = "") -> list[Any]:
        """Every page of a list; returns each item's ``key`` field (or None), so only what later requests need
        is kept and the baseline's memory is the cost of one page, like a client that stores as it goes."""
        nonlocal requests
        items: list[Any] = []
        page = 1
        while True:
            response = await client.get(path, params={**params, "page": page})
            requests += 1
            body = response.json()
            data = body["data"] if bmc else next(v for v in body["data"].values() if isinstance(v, list))
            items.extend(item.get(key) if key else None for item in data)
            last = body["pagination"]["totalPages"] if bmc else body["meta"]["pagination"]["last_page"]
            if page >= last or not data:
                return items
            page += 1

    started, cpu = time.perf_counter(), time.process_time()
    async with httpx.AsyncClient(base_url=bmc_url + "/", headers={"x-api-key": bmc_key}) as bmc:
        await walk(bmc, "properties", {"limit": PER_PAGE}, True)
        for ref in ("cities", "coliving-types", "amenities"):
            await walk(bmc, ref, {"limit": PER_PAGE}, True)
        leads = await walk(bmc, "leads", {"limit": PER_PAGE}, True)
        threads = await walk(bmc, "messages", {"limit": PER_PAGE}, True, key="threadId")
        for thread_id in threads:
            (await bmc.get(f"messages/{thread_id}")).json()
            requests += 1
    async with httpx.AsyncClient(base_url=col_url + "/", headers={"X-API-Key": col_key}) as col:
        bookings = await walk(col, "integrations/mangobeds/bookings", {"per_page": PER_PAGE}, False, "booking_id")
    counts = {"bookings": len(bookings), "leads": len(leads), "threads": len(threads)}
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "requests": requests,
            "counts": counts}


async def _service(bmc_url: str, col_url: str, bmc_key: str, col_key: str, profile: str) -> dict[str, Any]:
    from colivingdesk.accounts import AccountSettings
    from colivingdesk.domain import Channel
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import open_store
    from colivingdesk.sync import Service

    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", bmc_key)
    secrets.set("coliving", "api_key", col_key)
    accounts = {
        Channel.BMC: AccountSettings(Channel.BMC, bmc_url),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, col_url),
    }
    store = open_store(Path(profile) / "cache.sqlite3")
    # Detail calls and booking-conversation reads are spent from the per-minute budget over many cycles;
    # they are switched off here so both sides fetch the same pages and a quiet cycle is measured as such.
    service = Service(
        store, secrets, accounts, coliving_requests_per_minute=None, max_threads_per_cycle=1_000_000,
        max_details_per_cycle=0, max_booking_messages_per_cycle=0,
    )
    try:
        started, cpu = time.perf_counter(), time.process_time()
        first = await service.sync_once()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        quiet = await service.sync_once()
        counts = {
            "bookings": store.count_bookings(),
            "leads": store.count_leads(),
            "threads": store.count_threads(),
        }
    finally:
        await service.aclose()
        store.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "requests": first.requests, "errors": first.errors,
            "quiet_requests": quiet.requests, "counts": counts}


def _peak_rss_kb() -> int:
    """This process's own peak resident memory, in KiB.

    On Linux ``ru_maxrss`` survives ``fork`` and ``exec``: a child started from the parent (which holds the
    sandbox's data) reports the parent's peak until it outgrows it, so both children showed the same figure.
    ``VmHWM`` belongs to the child's own address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _child(args: argparse.Namespace) -> None:
    if args.child == "baseline":
        result = asyncio.run(_baseline(args.bmc_url, args.col_url, args.bmc_key, args.col_key))
    else:
        result = asyncio.run(_service(args.bmc_url, args.col_url, args.bmc_key, args.col_key, args.profile))
    result["max_rss_kb"] = _peak_rss_kb()
    print(json.dumps(result))


def _run_child(kind: str, urls: list[str], profile: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.initial_sync", "--child", kind, *urls, "--profile", profile]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ------------------------------------------------------------------------------------------ parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="a tenth of the full size")
    parser.add_argument("--child", choices=("baseline", "service"), help=argparse.SUPPRESS)
    parser.add_argument("bmc_url", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("col_url", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("bmc_key", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("col_key", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--profile", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args)
        return 0

    from colivingdesk.sandbox import SandboxConfig, SandboxServer

    sizes = _sizes(args.small)
    config = SandboxConfig(
        seed="scale", bookings=sizes["bookings"], leads=sizes["leads"], threads=sizes["threads"],
        messages_per_thread=10, limits_enabled=False,
    )
    with SandboxServer(config) as server, tempfile.TemporaryDirectory() as profile:
        urls = [server.bmc_base_url, server.coliving_base_url, config.bmc_key, config.coliving_key]
        baseline = _run_child("baseline", urls, profile)
        service = _run_child("service", urls, profile)

    minimum = baseline["requests"]
    made = sum(service["requests"].values())
    lines = [
        {"figure": "initial_sync_seconds", "service": round(service["seconds"], 2),
         "baseline": round(baseline["seconds"], 2), "ratio": round(service["seconds"] / baseline["seconds"], 2),
         "cpu_seconds": round(service["cpu_seconds"], 2), "baseline_cpu_seconds": round(baseline["cpu_seconds"], 2),
         "cpu_ratio": round(service["cpu_seconds"] / baseline["cpu_seconds"], 2),
         "fetched_by_baseline": baseline["counts"], "stored": service["counts"], "errors": service["errors"]},
        {"figure": "requests", "service": made, "minimum": minimum,
         "per_channel": service["requests"]},
        {"figure": "peak_rss_mb", "service": round(service["max_rss_kb"] / 1024, 1),
         "baseline": round(baseline["max_rss_kb"] / 1024, 1)},
        {"figure": "no_change_cycle_requests", "per_channel": service["quiet_requests"],
         "feeds": {"bmc": 4, "coliving": 2},
         "note": "bmc reference data is fresh for an hour, so 3 of its 4 feeds cost a request; "
                 "coliving: one bookings page (conversation reads are off here)"},
    ]
    for line in lines:
        print(json.dumps(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

