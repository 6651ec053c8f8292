"""The SQLite connection: pragmas, one lock, and transactions that nest.

One connection per ``Store``, shared by threads under a lock: sqlite3 connections are not safe to use from two
threads at once, and a single writer is what SQLite wants anyway. The UI does not share the writer's lock: it
opens a second, read-only ``Store`` on the same file, and WAL lets that connection read a consistent snapshot
while the sync connection holds a write transaction.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from colivingdesk.store.dialect import SQLITE, Dialect

BUSY_TIMEOUT_MS = 5000
WAL_CHECKPOINT_PAGES = 4096
WAL_SIZE_LIMIT = 32 * 1024 * 1024
#: The writer's page cache, in KiB (SQLite's default is 2,000). A sync stores a thousand rows per transaction,
#: touching a few thousand index pages; with the default cache they spilled to the log before the commit and
#: were written again by it.
WRITER_CACHE_KIB = 32 * 1024


class ReadOnlyStoreError(RuntimeError):
    """A write was attempted through a store opened read-only (the UI's reading connection)."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path`` with the pragmas every connection needs.

    ``isolation_level=None`` turns off the sqlite3 module's implicit transactions, so ``BEGIN``/``COMMIT``
    happen exactly where ``Database.transaction`` says and nowhere else.
    """
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    else:
        # WAL is a property of the file: set once by the writer, readers inherit it.
        _enter_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        # A sync writes thousands of small batches. At SQLite's default of a checkpoint every 1,000 WAL pages,
        # checkpoints (each copying back pages that later batches rewrite, and syncing the file) took half the
        # time of a first sync; every few thousand pages writes each hot page back once per checkpoint instead.
        # The size limit trims the WAL file back after a checkpoint so a burst does not leave it large.
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    return conn


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL. SQLite answers "locked" at once, without its busy handler, while another
    process holds the new file (two runs creating one profile), so this waits as ``busy_timeout`` would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


class Database:
    """A connection guarded by a re-entrant lock, with ``transaction()`` for atomic batches.

    This is the SQLite backend; ``store.postgres.PostgresDatabase`` is the same interface over PostgreSQL.
    """

    #: The SQL that differs between engines (see ``dialect``).
    dialect: Dialect = SQLITE

    def __init__(self, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.conn = conn
        self.read_only = read_only
        self.lock = threading.RLock()
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically; nested blocks become savepoints so an inner failure can be caught alone.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a batch never fails halfway with SQLITE_BUSY
        when it first writes after reading.
        """
        if self.read_only:
            raise ReadOnlyStoreError("this store was opened read-only")
        with self.lock:
            depth = self._depth
            if depth == 0:
                self.conn.execute(self.dialect.begin)
            else:
                self.conn.execute(f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute(f"ROLLBACK TO sp{depth}")
                    self.conn.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            if depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{depth}")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def column(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The first column of every row, taken row by row. A first sync's hundred thousand booking ids as
        rows would be as many objects alive at once, each one walked by Python's cyclic collector whenever it
        ran in the meantime, in any thread, with the interpreter lock (and so the window) held."""
        with self.lock:
            return [row[0] for row in self.conn.execute(sql, params)]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        with self.lock:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One write statement in its own transaction (or the caller's); returns the number of rows
        changed."""
        with self.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.transaction() as conn:
            conn.executemany(sql, rows)

    def schema_version(self) -> int:
        """How many of the schema's steps this database has run (see ``migrations``)."""
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        with self.lock:
            self.conn.close()
