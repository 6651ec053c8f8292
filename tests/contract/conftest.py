"""The store contract: every test here runs against each backend beneath ``Store`` and expects the same answers.

``backend`` is parametrized over SQLite (a temporary file) and PostgreSQL (a new database on the throwaway
server, see ``tests/postgres_server.py``). A test of a part PostgreSQL does not have yet is marked
``@pytest.mark.backends("sqlite")`` and runs on SQLite alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from postgres_server import PostgresServer

from colivingdesk.store import Store, open_postgres_store, open_store

BACKENDS = ("sqlite", "postgresql")

#: Opens one more connection (one more ``Store``, as another process would) on the test's database.
Opener = Callable[..., Store]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends(*names): the store backends a contract test runs against")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("backends")
        names = marker.args if marker is not None else BACKENDS
        metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture(scope="session")
def migrated_postgres(postgres: PostgresServer) -> str:
    """One database migrated once for the whole session (creating and migrating one per test takes a second)."""
    url = postgres.new_database()
    open_postgres_store(url).close()
    return url


@pytest.fixture
def contract_postgres_url(migrated_postgres: str) -> str:
    """The session's migrated database, emptied: every table truncated and every id counting from 1 again, as in
    a new SQLite file."""
    import psycopg

    with psycopg.connect(migrated_postgres, autocommit=True) as conn:
        # DELETE rather than TRUNCATE: on tables this small it is ten times faster.
        tables = conn.execute(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename <> 'schema_steps'"
        ).fetchall()
        identities = conn.execute(
            "SELECT pg_get_serial_sequence(quote_ident(table_name), column_name) FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND is_identity = 'YES'"
        ).fetchall()
        conn.execute(
            "; ".join(
                [f"DELETE FROM {t}" for (t,) in tables] + [f"ALTER SEQUENCE {q} RESTART WITH 1" for (q,) in identities]
            )
        )
    return migrated_postgres


@pytest.fixture
def open_another(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """A function opening a new ``Store`` on this test's database; every store it opened is closed after."""
    opened: list[Store] = []
    if backend == "postgresql":
        url: str = request.getfixturevalue("contract_postgres_url")

        def open_one(*, read_only: bool = False) -> Store:
            opened.append(open_postgres_store(url, read_only=read_only))
            return opened[-1]
    else:
        path = tmp_path / "profile" / "cache.sqlite3"

        def open_one(*, read_only: bool = False) -> Store:
            opened.append(open_store(path, read_only=read_only))
            return opened[-1]

    try:
        yield open_one
    finally:
        for store in opened:
            store.close()


@pytest.fixture
def store(open_another: Opener) -> Store:
    return open_another()


#: Returns once another connection is waiting for a lock this test's connection holds.
WaitForBlocked = Callable[[], None]


@pytest.fixture
def wait_for_blocked(backend: str, request: pytest.FixtureRequest) -> WaitForBlocked:
    """On PostgreSQL, block until ``pg_locks`` shows a connection waiting (so a race test really races).

    SQLite's waiting writer sits in its busy handler, which nothing outside that connection can see, so there it
    returns at once: the test then still checks the outcome, whichever order the two writers ran in.
    """
    if backend != "postgresql":
        return lambda: None
    import psycopg

    url: str = request.getfixturevalue("contract_postgres_url")

    def wait() -> None:
        deadline = time.monotonic() + 30
        with psycopg.connect(url, autocommit=True) as conn:
            while True:
                row = conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
                if row is not None and row[0] > 0:
                    return
                if time.monotonic() > deadline:
                    raise AssertionError("no connection ever waited for the lock")
                time.sleep(0.01)

    return wait
