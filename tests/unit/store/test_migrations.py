"""Schema creation, reopening and upgrading an older file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from colivingdesk.store import SCHEMA_VERSION, SchemaTooNewError, open_store
from colivingdesk.store.db import connect
from colivingdesk.store.migrations import migrate, schema_version


def test_fresh_open_creates_parent_dirs_and_sets_pragmas(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        assert db_path.exists()
        assert store.schema_version == SCHEMA_VERSION
        conn = store._db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        store.close()


def test_reopen_is_idempotent_and_keeps_data(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.set_cursor("bookings", "2026-04-12 15:30:00")
    with open_store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get_cursor("bookings") == "2026-04-12 15:30:00"


def test_old_version_file_is_migrated_and_its_rows_become_searchable(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO properties (id, name, status) VALUES ('p1', 'Casa Lisboa', 'APPROVED')")
    conn.execute(
        "INSERT INTO messages (channel, thread_external_id, external_id, sender, text) "
        "VALUES ('bmc', 'u1', 'm1', 'guest', 'Is the rooftop open in winter?')"
    )
    conn.close()

    with open_store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [h.id for h in store.search("lisboa")] == ["p1"]
        assert [(h.kind, h.id) for h in store.search("rooftop")] == [("message", "u1")]
        store.upsert_properties([])  # the upgraded file is writable as usual


def test_newer_file_is_refused(db_path: Path) -> None:
    with open_store(db_path):
        pass
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError):
        open_store(db_path)


def test_failed_step_rolls_back_to_a_clean_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from colivingdesk.store import migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, "CREATE TABLE broken (;"])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    conn = connect(db_path)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert schema_version(conn) == SCHEMA_VERSION
    assert not conn.in_transaction
    conn.close()


def test_read_only_store_needs_a_current_schema(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    conn.close()
    with pytest.raises(SchemaTooNewError):
        open_store(db_path, read_only=True)


def test_a_step_another_process_ran_meanwhile_is_skipped(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs opening a new profile at once both read version 0; the later one must not fail on the tables
    the earlier one just created."""
    from colivingdesk.store import migrations

    with open_store(db_path):
        pass  # the other process, done first
    conn = connect(db_path)
    stale_reads = [0]
    real = migrations.schema_version
    monkeypatch.setattr(migrations, "schema_version", lambda c: stale_reads.pop() if stale_reads else real(c))
    assert migrations.migrate(conn) == SCHEMA_VERSION
    assert not conn.in_transaction
    conn.close()
