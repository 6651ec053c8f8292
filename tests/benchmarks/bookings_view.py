"""Bookings view benchmark: memory and scroll-to-bottom over 100,000 bookings, beside a minimal lazy table.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.bookings_view

Builds a profile of 100,000 bookings (``--small``: a tenth) with :mod:`tests.benchmarks.scale_profile`, then
alternates runs (``--runs``, default 3) of the measured side and its baseline, each a fresh interpreter under
``QT_QPA_PLATFORM=offscreen`` showing one table at 1180 x 760:

* measured: the app's ``BookingsView`` (the Bookings tab as the window builds it, over a read-only store) with
  "Upcoming and current only" unticked, so every booking is listed;
* baseline: a bare ``QTableView`` over a ``QAbstractTableModel`` that reads the same six columns straight from
  SQLite, 200 rows per ``fetchMore`` by the same keyset (check-in, id), and keeps each row as the tuple
  ``sqlite3`` returns. It is the least a lazy table over these rows can hold.

Both sides scroll the same way: ``scrollToBottom()`` then ``processEvents()`` until every row is listed and
painted (each step lets the view ask its model for the next page, as dragging the scroll bar to the end does).
Prints one JSON line per figure, with the median of each side and the ratio of medians:

* ``bookings_view_scroll_to_bottom_seconds``: from the first scroll to the last row painted (also as CPU
  seconds of each side, steadier than wall time on a shared machine);
* ``bookings_view_rss_mb``: resident memory with every row listed (``VmRSS`` after the scroll);
* ``bookings_view_open_seconds``: building and first showing the table with its first page (the app's modules
  are imported before the clock starts).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.benchmarks.scale_profile import build_profile

PAGE = 200


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


# ------------------------------------------------------------------------------------------ children


def _bare_table(database: Path) -> tuple[Any, Any]:
    """The baseline: a lazy keyset-paged model over the bookings table and a plain QTableView."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    select = (
        "SELECT checkin, checkout, guest_name, listing_id || ' · ' || room_type_id, status, "
        "coalesce(total_amount || ' ' || total_currency, ''), id FROM bookings"
    )

    class Model(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[Any, ...]] = []
            self.done = False
            self.keys: tuple[str, str] | None = None

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 6

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
            return not parent.isValid() and not self.done

        def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
            if self.keys is None:
                page = conn.execute(f"{select} ORDER BY checkin, id LIMIT ?", (PAGE,)).fetchall()
            else:
                page = conn.execute(
                    f"{select} WHERE (checkin, id) > (?, ?) ORDER BY checkin, id LIMIT ?", (*self.keys, PAGE)
                ).fetchall()
            self.done = len(page) < PAGE
            if not page:
                return
            self.keys = (page[-1][0], page[-1][6])
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    model = Model()
    table = QTableView()
    table.setModel(model)
    return table, model


def _app_view(database: Path) -> tuple[Any, Any]:
    """The measured side: the Bookings tab over a read-only store, every booking listed."""
    from colivingdesk.profile import Profile
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import open_store
    from colivingdesk.sync import Service
    from colivingdesk.ui.context import AppContext
    from colivingdesk.ui.views.bookings_view import BookingsView

    store = open_store(database)
    reader = open_store(database, read_only=True)
    secrets = SecretStore(session_only=True, environ={})
    service = Service(store, secrets, {})
    ctx = AppContext(profile=Profile(database.parent), store=store, reader=reader, service=service, secrets=secrets)
    view = BookingsView(ctx)
    view.upcoming.setChecked(False)
    view.apply_filter()
    return view, view.model


def _child(kind: str, database: Path, expected: int) -> dict[str, Any]:
    import time

    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    if kind == "view":  # the app's modules load before the clock starts, as they have in the running app
        import colivingdesk.sync
        import colivingdesk.ui.views.bookings_view  # noqa: F401
    started = time.perf_counter()
    widget, model = (_app_view if kind == "view" else _bare_table)(database)
    widget.resize(1180, 760)
    widget.show()
    app.processEvents()
    opened = time.perf_counter() - started
    table = widget if isinstance(widget, QTableView) else widget.table
    started, cpu = time.perf_counter(), time.process_time()
    while model.rowCount() < expected:
        table.scrollToBottom()
        app.processEvents()
    table.scrollToBottom()
    app.processEvents()
    scrolled, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"open": opened, "scroll": scrolled, "scroll_cpu": cpu, "rss_mb": _rss_mb(), "rows": model.rowCount()}


def _run_child(kind: str, database: Path, expected: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.benchmarks.bookings_view", "--child", kind, str(database), str(expected)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ------------------------------------------------------------------------------------------ parent


def _figure(name: str, ours: list[float], bare: list[float], digits: int) -> dict[str, Any]:
    median, base = statistics.median(ours), statistics.median(bare)
    return {"figure": name, "runs": len(ours), "view_median": round(median, digits),
            "view_best": round(min(ours), digits), "baseline_median": round(base, digits),
            "baseline_best": round(min(bare), digits), "ratio": round(median / base, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the profile, as a quick check")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("view", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("database", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("expected", nargs="?", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, Path(args.database), args.expected)))
        return 0
    bookings = 100_000 // (10 if args.small else 1)
    with tempfile.TemporaryDirectory(prefix="colivingdesk-bench-") as tmp:
        database = build_profile(Path(tmp) / "profile", bookings=bookings, threads=0)
        ours: list[dict[str, Any]] = []
        bare: list[dict[str, Any]] = []
        for _ in range(args.runs):
            ours.append(_run_child("view", database, bookings))
            bare.append(_run_child("bare", database, bookings))
    for name, key, digits in (("bookings_view_scroll_to_bottom_seconds", "scroll", 3),
                              ("bookings_view_rss_mb", "rss_mb", 1),
                              ("bookings_view_open_seconds", "open", 3)):
        line = _figure(name, [r[key] for r in ours], [r[key] for r in bare], digits)
        line["rows"] = bookings
        if key == "scroll":  # CPU seconds too: steadier than wall time on a shared machine
            cpu = _figure(name, [r["scroll_cpu"] for r in ours], [r["scroll_cpu"] for r in bare], digits)
            line.update(cpu_median=cpu["view_median"], baseline_cpu_median=cpu["baseline_median"],
                        cpu_ratio=cpu["ratio"])
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
