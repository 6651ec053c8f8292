"""The PostgreSQL schema is the SQLite schema in another dialect: the same steps under the same names, the same
tables and columns, migrated once however many processes open a new database at once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest

from colivingdesk.store import ReadOnlyStoreError, SchemaTooNewError, Store, migrations, open_postgres_store, open_store
from colivingdesk.store.pg_migrations import PG_MIGRATIONS, MissingPostgresStepError, sqlite_step_names

#: Tables whose shape differs by design: FTS5's virtual table against a tsvector table, and the step record
#: PostgreSQL keeps where SQLite has ``PRAGMA user_version``.
_DIFFERENT_BY_DESIGN = {"search_index", "schema_steps"}


def test_every_schema_step_has_a_postgresql_form_under_the_same_name() -> None:
    assert [name for name, _ in PG_MIGRATIONS] == sqlite_step_names()
    assert len(PG_MIGRATIONS) == migrations.SCHEMA_VERSION


def _sqlite_columns(path: Path) -> dict[str, list[str]]:
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
            for t in tables
            if not t.startswith(("sqlite_", "search_index"))
        }
    finally:
        conn.close()


def _postgres_columns(url: str) -> dict[str, list[str]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " ORDER BY table_name, ordinal_position"
        ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def test_a_new_postgresql_database_has_the_sqlite_tables_and_columns(postgres_url: str, tmp_path: Path) -> None:
    with open_postgres_store(postgres_url) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
    pg = {t: cols for t, cols in _postgres_columns(postgres_url).items() if t not in _DIFFERENT_BY_DESIGN}
    assert pg == _sqlite_columns(tmp_path / "cache.sqlite3")
    with psycopg.connect(postgres_url) as conn:
        steps = conn.execute("SELECT name FROM schema_steps ORDER BY position").fetchall()
    assert [s[0] for s in steps] == sqlite_step_names()


def test_processes_opening_a_new_database_at_once_run_each_step_once(postgres_url: str) -> None:
    opened: list[Store] = []
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def open_one() -> None:
        try:
            start.wait(timeout=10)
            opened.append(open_postgres_store(postgres_url))
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    try:
        assert errors == []
        assert [s.schema_version for s in opened] == [migrations.SCHEMA_VERSION] * 3
    finally:
        for store in opened:
            store.close()
    with psycopg.connect(postgres_url) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT name) FROM schema_steps").fetchone()
    assert row == (migrations.SCHEMA_VERSION, migrations.SCHEMA_VERSION)


def test_a_read_only_store_refuses_writes_and_a_schema_it_does_not_know(postgres_url: str) -> None:
    with pytest.raises(SchemaTooNewError):
        open_postgres_store(postgres_url, read_only=True)
    with open_postgres_store(postgres_url) as writer:
        writer.set_cursor("leads", "c1")
    with open_postgres_store(postgres_url, read_only=True) as reader:
        assert reader.read_only and reader.get_cursor("leads") == "c1"
        with pytest.raises(ReadOnlyStoreError):
            reader.set_cursor("leads", "c2")


def test_a_release_with_a_step_postgresql_lacks_refuses_to_migrate(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "_V_SOMETHING_NEW", "CREATE TABLE something_new (id INTEGER);", raising=False)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migrations._V_SOMETHING_NEW])
    with pytest.raises(MissingPostgresStepError, match="_V_SOMETHING_NEW"):
        open_postgres_store(postgres_url)
