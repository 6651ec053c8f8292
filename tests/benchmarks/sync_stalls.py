"""Event-loop stalls while a large first sync runs with the window open.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.sync_stalls

The sandbox (100,000 bookings, 20,000 leads, 5,000 threads x 10 messages, rate limits off; ``--small``: a
tenth) runs in this process; the window runs in a child process under ``QT_QPA_PLATFORM=offscreen`` on a qasync
loop, as the app does, over a fresh profile with both accounts pointed at the sandbox. A 5 ms precise
``QTimer`` records how late each of its ticks comes: a tick is late by as long as something held the GUI
thread (a slot, a model reset, a coroutine step, a store read on the loop). Figures, one JSON line each:

* ``sync_event_loop_stall_ms``: the longest lateness and its p99 and p50 while ``Service.sync_once()`` fetches
  and stores everything (detail calls and booking-conversation reads off, as in ``initial_sync``), beside the
  same timer over an idle window for a few seconds before the sync (the baseline: what the machine's
  scheduling alone costs). Target: none over 16 ms (one frame at 60 Hz), p99 under 8 ms;
* ``sync_event_loop_worst_ticks``: the ten longest stalls with the second of the sync they started in, to
  find what caused them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

TICK_MS = 5
IDLE_SECONDS = 3.0


def _sizes(small: bool) -> dict[str, int]:
    scale = 10 if small else 1
    return {"bookings": 100_000 // scale, "leads": 20_000 // scale, "threads": 5_000 // scale}


# ------------------------------------------------------------------------------------------ child


class LatenessProbe:
    """A precise timer that keeps how late each tick came, in ms (0 when on time)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late: list[float] = []
        self.at: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._started = 0.0

    def start(self) -> None:
        self.late, self.at = [], []
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self.at.append(self._last - self._started)
        self._last = now

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.late)
        if not ordered:
            return {"ticks": 0}
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return {"ticks": len(ordered), "max_ms": round(ordered[-1], 1), "p99_ms": round(p99, 2),
                "p50_ms": round(statistics.median(ordered), 2), "over_16ms": sum(1 for v in ordered if v > 16)}

    def worst(self, n: int = 10) -> list[dict[str, float]]:
        pairs = sorted(zip(self.late, self.at, strict=True), reverse=True)[:n]
        return [{"ms": round(ms, 1), "at_s": round(at, 2)} for ms, at in pairs]


def _child(bmc_url: str, col_url: str, bmc_key: str, col_key: str, folder: str) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from colivingdesk.accounts import AccountSettings
    from colivingdesk.domain import Channel
    from colivingdesk.profile import Profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.startup_gc import hold, release
    from colivingdesk.store import open_store
    from colivingdesk.sync import Service
    from colivingdesk.ui.app import load_sync_engine
    from colivingdesk.ui.context import AppContext
    from colivingdesk.ui.loop_share import favour_event_loop
    from colivingdesk.ui.main_window import MainWindow
    from colivingdesk.ui.qt_loop import EventLoop

    hold()  # as ``cli.gui`` does before the window is built
    app = QApplication([])
    favour_event_loop()  # as ``run_app`` does
    loop = EventLoop(app)  # the app's loop (``ui.qt_loop.run``)
    asyncio.set_event_loop(loop)
    profile = Profile(Path(folder)).ensure()
    store = open_store(profile.database)
    reader = open_store(profile.database, read_only=True)
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", bmc_key)
    secrets.set("coliving", "api_key", col_key)
    accounts = {
        Channel.BMC: AccountSettings(Channel.BMC, bmc_url),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, col_url),
    }
    load_sync_engine()  # as ``ui.app.main`` does on a worker thread before it builds the Service
    service = Service(
        store, secrets, accounts, coliving_requests_per_minute=None, max_threads_per_cycle=1_000_000,
        max_details_per_cycle=0, max_booking_messages_per_cycle=0,
    )
    ctx = AppContext(profile=profile, store=store, reader=reader, service=service, secrets=secrets)
    window = MainWindow(ctx, show_welcome=False)
    window.resize(1180, 760)
    window.show()
    probe = LatenessProbe()

    async def measure(work: Awaitable[Any] | None) -> tuple[dict[str, Any], float]:
        probe.start()
        started = time.perf_counter()
        if work is None:
            await asyncio.sleep(IDLE_SECONDS)
        else:
            await work
        seconds = time.perf_counter() - started
        probe.stop()
        return probe.summary(), seconds

    async def run() -> dict[str, Any]:
        await asyncio.sleep(1.0)  # the window's first paint and deferred start-up work
        release()  # as ``ui.app.main`` does once the window has painted and the sync engine is loaded
        idle, _ = await measure(None)
        during, seconds = await measure(service.sync_once())
        worst = probe.worst()
        await asyncio.sleep(0.5)  # the change stream's last updates reach the views
        await service.aclose()
        return {"idle": idle, "sync": during, "sync_seconds": round(seconds, 2), "worst": worst,
                "bookings": store.count_bookings(), "threads": store.count_threads()}

    with loop:
        result: dict[str, Any] = loop.run_until_complete(run())
    window.close()
    reader.close()
    store.close()
    return result


# ------------------------------------------------------------------------------------------ parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the full size")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0

    from colivingdesk.sandbox import SandboxConfig, SandboxServer

    sizes = _sizes(args.small)
    config = SandboxConfig(
        seed="scale", bookings=sizes["bookings"], leads=sizes["leads"], threads=sizes["threads"],
        messages_per_thread=10, limits_enabled=False,
    )
    with SandboxServer(config) as server, tempfile.TemporaryDirectory() as folder:
        urls = [server.bmc_base_url, server.coliving_base_url, config.bmc_key, config.coliving_key]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(Path(folder) / "config")}
        command = [sys.executable, "-m", "tests.benchmarks.sync_stalls", "--child", *urls, str(Path(folder) / "p")]
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"window child failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps({"figure": "sync_event_loop_stall_ms", **{f"sync_{k}": v for k, v in result["sync"].items()},
                      **{f"idle_{k}": v for k, v in result["idle"].items()}, "sync_seconds": result["sync_seconds"],
                      "stored": {"bookings": result["bookings"], "threads": result["threads"]},
                      "target": {"max_ms": 16, "p99_ms": 8}}))
    print(json.dumps({"figure": "sync_event_loop_worst_ticks", "ticks": result["worst"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
