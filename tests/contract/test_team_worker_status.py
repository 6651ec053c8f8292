"""The worker's account reports on a team database: the worker role writes them, a desktop only reads them."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import psycopg
import pytest

from colivingdesk.cli import main
from colivingdesk.store import open_postgres_store, open_store
from colivingdesk.store.pg_roles import DESKTOP_ROLE, WORKER_ROLE
from colivingdesk.store.worker_status import WorkerReport

_logins = itertools.count(1)


def _login(postgres_url: str, role: str) -> str:
    name = f"status_{next(_logins)}_{role.removeprefix('colivingdesk_')}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE "{role}"')
    return postgres_url.replace("postgresql://postgres@", f"postgresql://{name}@", 1)


def _report(state: str, at: datetime) -> WorkerReport:
    return WorkerReport(
        channel="bmc", host="worker-1", pid=4242, state=state, updated_at=at, message="",
        last_synced_at=at, budget={"label": "replies", "limit": 60, "remaining": 59, "reset_at": None, "per": "hour"},
    )


def test_the_worker_writes_its_reports_and_a_desktop_reads_but_cannot_write_them(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0
    capsys.readouterr()
    worker = open_postgres_store(_login(postgres_url, WORKER_ROLE))
    desktop = open_postgres_store(_login(postgres_url, DESKTOP_ROLE))
    try:
        first = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        worker.save_worker_report(_report("syncing", first))
        worker.save_worker_report(_report("up_to_date", first.replace(minute=1)))  # replaces the row
        [(channel, seen)] = desktop.worker_reports().items()
        assert channel == "bmc" and seen.state == "up_to_date" and seen.pid == 4242
        assert seen.last_synced_at == first.replace(minute=1) and seen.budget["remaining"] == 59
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desktop.save_worker_report(_report("offline", first))
    finally:
        worker.close()
        desktop.close()


def test_the_same_step_exists_in_a_single_computer_cache(tmp_path) -> None:
    with open_store(tmp_path / "cache.sqlite3") as store:
        assert store.worker_reports() == {}
