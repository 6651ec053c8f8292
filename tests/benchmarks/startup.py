"""Start-up benchmark: cold start to the first painted window, and ``colivingdesk --version``.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.startup

Builds a profile of 100,000 bookings and 50,000 messages (``--small``: a tenth) in a temporary folder, then
alternates runs of the measured side and its baseline, each a fresh interpreter, and prints one JSON line per
figure (median and best wall seconds, baseline, the ratio of medians; and the median CPU seconds of each side
with their ratio, steadier than wall time on a shared machine):

* ``cold_start_first_paint``: ``colivingdesk --profile DIR`` under ``QT_QPA_PLATFORM=offscreen`` until the main
  window receives its first paint event, against a bare PySide6 ``QMainWindow`` painted the same way. Both run
  under one small wrapper that installs an event filter on the ``QMainWindow`` before it is shown and ends the
  process at its first ``Paint``; the parent times from ``Popen`` to the process's exit, so interpreter
  start-up counts on both sides. Both accounts are configured (the inbox opens, not the welcome page),
  pointed at a closed local port. The filter sits on the window, not on the ``QApplication``: a Python filter
  there is handed every event of every object, and the first object of a class PySide6 does not expose (the
  gesture manager any scroll area creates) makes PySide6 load every QObject type it has not loaded yet, some
  25-30 ms the app does not spend when it runs without the probe and the bare window (no scroll area) never
  spends;
* ``longest_stall_after_first_paint``: the same two commands again, each kept running for 2 s after its first
  paint with a 1 ms precise timer on the GUI thread; the longest gap between two ticks (median and worst over
  the runs, in milliseconds) is how long the window could not answer the user while the app finished starting;
* ``version``: ``colivingdesk --version`` against ``python -c "import httpx, sqlite3, asyncio, argparse"``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.scale_profile import build_profile

# The wrapper both sides run: ``argv[1]`` is "app" or "bare", the rest the app's arguments. The app side
# imports nothing before the app does (import order matters to PySide6's import hook): the event filter is
# made with the QApplication ``colivingdesk.ui.app.make_application`` returns and installed on the window
# ``colivingdesk.ui.app.paint_window`` returns (before it is shown), both patched in as that module finishes
# loading.
_FIRST_PAINT = """
import importlib.abc, importlib.util, os, sys, time

STALL = os.environ.get("BENCH_STALL") == "1"

def probe_stalls():
    # A 1 ms precise timer on the GUI thread for 2 s after the first paint: the longest gap between two of its
    # ticks is the longest time the window could not have answered the user.
    from PySide6.QtCore import Qt, QTimer

    started = last = time.perf_counter()
    gaps = [0.0]

    def tick():
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        if now - started >= 2.0:
            sys.stdout.write("stall %.6f\\n" % max(gaps))
            sys.stdout.flush()
            os._exit(0)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(1)
    probe_stalls.timer = timer

def watch(app):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                sys.stdout.write(watched.windowTitle() + "\\n")
                sys.stdout.flush()
                if not STALL:
                    os._exit(0)
                watched.removeEventFilter(self)
                probe_stalls()
            return False

    app._first_paint = FirstPaint()
    return app

def watch_window(window):
    from PySide6.QtWidgets import QApplication

    window.installEventFilter(QApplication.instance()._first_paint)
    return window

class PatchApp(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "colivingdesk.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            make, paint = module.make_application, module.paint_window
            module.make_application = lambda *a, **k: watch(make(*a, **k))

            def paint_window(*a, **k):
                window, ctx = paint(*a, **k)
                return watch_window(window), ctx

            module.paint_window = paint_window

        spec.loader.exec_module = exec_module
        return spec

if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = watch(QApplication(sys.argv[:1]))
    window = watch_window(QMainWindow())
    window.setWindowTitle("bare")
    window.resize(1180, 760)
    window.show()
    app.exec()
else:
    sys.meta_path.insert(0, PatchApp())
    from colivingdesk.cli import main

    sys.exit(main(sys.argv[2:]))
"""


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _compare(name: str, measured: list[str], baseline: list[str], env: dict[str, str], runs: int) -> dict[str, object]:
    _timed(measured, env)  # warm the page cache and .pyc files for both sides alike
    _timed(baseline, env)
    ours: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for _ in range(runs):
        ours.append(_timed(measured, env))
        bare.append(_timed(baseline, env))
    median, base = statistics.median(w for w, _ in ours), statistics.median(w for w, _ in bare)
    cpu, base_cpu = statistics.median(c for _, c in ours), statistics.median(c for _, c in bare)
    return {
        "figure": name, "runs": runs, "seconds_median": round(median, 4), "seconds_best": round(min(ours)[0], 4),
        "baseline_median": round(base, 4), "baseline_best": round(min(bare)[0], 4), "ratio": round(median / base, 2),
        "cpu_seconds_median": round(cpu, 4), "baseline_cpu_median": round(base_cpu, 4),
        "cpu_ratio": round(cpu / base_cpu, 2),
    }


def _longest_stall(command: list[str], env: dict[str, str]) -> float:
    """Seconds of the longest GUI-thread stall in the first 2 s after the first paint, as the wrapper prints it."""
    done = subprocess.run(
        command, env={**env, "BENCH_STALL": "1"}, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("stall ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(lines[-1].split()[1])


def _compare_stalls(measured: list[str], baseline: list[str], env: dict[str, str], runs: int) -> dict[str, object]:
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        ours.append(_longest_stall(measured, env))
        bare.append(_longest_stall(baseline, env))
    return {
        "figure": "longest_stall_after_first_paint", "runs": runs,
        "ms_median": round(statistics.median(ours) * 1000, 1), "ms_worst": round(max(ours) * 1000, 1),
        "baseline_ms_median": round(statistics.median(bare) * 1000, 1),
        "baseline_ms_worst": round(max(bare) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the profile, as a quick check")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    python = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Bytecode as an installed copy has it (pip and the bundle compile it at install time). With
    # PYTHONDONTWRITEBYTECODE set, the warm-up run could not write the app's .pyc files and every measured run
    # would compile the whole app from source, a cost no installed copy pays and the bare side never has.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="colivingdesk-bench-") as tmp:
        profile = Path(tmp) / "profile"
        scale = 10 if args.small else 1
        build_profile(profile, bookings=100_000 // scale, threads=5_000 // scale)
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # fresh QSettings: the default view, no saved geometry
        # Both accounts configured (so the inbox opens, not the welcome page), pointed at a closed local port.
        for channel in ("BMC", "COLIVING"):
            env[f"COLIVINGDESK_{channel}_API_KEY"] = "bench_key"
            env[f"COLIVINGDESK_{channel}_BASE_URL"] = "http://127.0.0.1:9/v1"
        gui = _compare(
            "cold_start_first_paint",
            [python, "-c", _FIRST_PAINT, "app", "--profile", str(profile)],
            [python, "-c", _FIRST_PAINT, "bare"],
            env, args.runs,
        )
        gui["bookings"], gui["messages"] = 100_000 // scale, 50_000 // scale
        print(json.dumps(gui), flush=True)
        stall = _compare_stalls(
            [python, "-c", _FIRST_PAINT, "app", "--profile", str(profile)],
            [python, "-c", _FIRST_PAINT, "bare"],
            env, args.runs,
        )
        print(json.dumps(stall), flush=True)
        colivingdesk = str(Path(python).with_name("colivingdesk"))
        version = _compare(
            "version", [colivingdesk, "--version"], [python, "-c", "import httpx, sqlite3, asyncio, argparse"],
            env, args.runs,
        )
        print(json.dumps(version), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
