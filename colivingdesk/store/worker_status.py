"""What the team's sync worker last said about each account, for the desktops' status bars.

Only the worker talks to the channels, so only it knows whether an account is up to date, offline, waiting out
a rate limit or short of budget. It writes one row per account here each time the account's state changes (a
cycle starting, a cycle ending, a refused key), and the desktops read the rows: their status bars show the
worker's truth, and when the worker last finished a cycle. Who runs the worker now is not kept here: the
worker lock answers that from the server itself (see ``store.worker_lock``), so a row never names a worker that
is gone. On SQLite nothing writes the table.

The desktop role may only read the table; the worker role writes it (see ``store.pg_roles``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database

WORKER_STATUS_SQL = """
CREATE TABLE worker_status (
    channel TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    state TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    last_synced_at TEXT,
    waiting_until TEXT,
    budget TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
"""

_COLUMNS = "channel, host, pid, state, message, last_synced_at, waiting_until, budget, updated_at"


@dataclass(frozen=True, slots=True)
class WorkerReport:
    """One account as the worker last reported it. ``budget`` is the headline budget's fields (``label``,
    ``limit``, ``remaining``, ``reset_at`` as ISO text, ``per``), empty when none is known."""

    channel: str
    host: str
    pid: int
    state: str
    updated_at: datetime
    message: str = ""
    last_synced_at: datetime | None = None
    waiting_until: datetime | None = None
    budget: dict[str, Any] = field(default_factory=dict)


def save_report(db: Database, report: WorkerReport) -> None:
    """Replace the account's row (the worker's connection; one statement, so it commits on its own)."""
    db.execute(
        f"INSERT INTO worker_status ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (channel) DO UPDATE SET host = excluded.host, pid = excluded.pid, state = excluded.state,"
        " message = excluded.message, last_synced_at = excluded.last_synced_at,"
        " waiting_until = excluded.waiting_until, budget = excluded.budget, updated_at = excluded.updated_at",
        (
            report.channel, report.host, report.pid, report.state, report.message,
            dt_to_text(report.last_synced_at), dt_to_text(report.waiting_until),
            json.dumps(report.budget, sort_keys=True), dt_to_text(report.updated_at),
        ),
    )


def load_reports(db: Database) -> dict[str, WorkerReport]:
    """Every account's last report, by channel value."""
    found: dict[str, WorkerReport] = {}
    for row in db.query(f"SELECT {_COLUMNS} FROM worker_status"):
        updated = text_to_dt(row["updated_at"])
        if updated is None:
            continue
        found[str(row["channel"])] = WorkerReport(
            channel=str(row["channel"]), host=str(row["host"]), pid=int(row["pid"]), state=str(row["state"]),
            updated_at=updated, message=str(row["message"] or ""),
            last_synced_at=text_to_dt(row["last_synced_at"]), waiting_until=text_to_dt(row["waiting_until"]),
            budget=json.loads(row["budget"] or "{}"),
        )
    return found
