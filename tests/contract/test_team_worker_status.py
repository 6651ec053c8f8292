"""What each role may do with what the worker keeps for the desktops: the worker writes its account reports and a
desktop only reads them; a desktop may retry and discard outbox items (the window's buttons) but never settle a
claim."""

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


def test_a_desktop_may_retry_and_discard_outbox_items_but_never_settle_a_claim(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from colivingdesk.domain import Channel, OutboxState

    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0
    capsys.readouterr()
    worker = open_postgres_store(_login(postgres_url, WORKER_ROLE))
    desktop = open_postgres_store(_login(postgres_url, DESKTOP_ROLE))
    try:
        refused = desktop.enqueue(Channel.BMC, "reply", "usr_1", {"text": "Hello"}, "k1")
        claimed = worker.claim_outbox_item(refused.id, "worker-1")
        assert claimed is not None
        worker.finish_outbox_item(refused.id, "worker-1", OutboxState.FAILED, error="Property not found")
        assert desktop.requeue(refused.id).state is OutboxState.QUEUED  # Retry
        unsent = desktop.enqueue(Channel.BMC, "reply", "usr_1", {"text": "Oops"}, "k2")
        assert desktop.cancel_outbox_item(unsent.id)  # Discard
        assert worker.get_outbox_item(unsent.id) is None
        worker.claim_outbox_item(refused.id, "worker-1")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desktop.finish_outbox_item(refused.id, "worker-1", OutboxState.SENT)
    finally:
        worker.close()
        desktop.close()


def test_the_same_step_exists_in_a_single_computer_cache(tmp_path) -> None:
    with open_store(tmp_path / "cache.sqlite3") as store:
        assert store.worker_reports() == {}
