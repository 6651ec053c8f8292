"""The PostgreSQL backend: the same ``Database`` interface as SQLite's, over one psycopg 3 connection.

A team shares one PostgreSQL database (team mode); one person keeps the embedded SQLite file. Both sit beneath
the same ``Store``, whose repositories write each statement once, with ``?`` placeholders and the SQL the two
engines share; ``dialect`` names the few places where the text must differ. This module makes a psycopg
connection answer like the sqlite3 one the repositories were written against:

* ``?`` and ``?N`` placeholders become psycopg's ``%s`` (and a literal ``%`` becomes ``%%``), outside quoted
  text;
* rows can be read by position and by column name, like ``sqlite3.Row``;
* the connection runs in autocommit, so a statement outside ``transaction()`` commits on its own as with
  sqlite3's ``isolation_level=None``, and ``transaction()`` issues ``BEGIN``/``SAVEPOINT`` itself.

psycopg is imported only when a PostgreSQL store is opened: it is an optional dependency (the ``team`` extra).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from colivingdesk.store.db import Database
from colivingdesk.store.dialect import POSTGRES, Dialect

if TYPE_CHECKING:
    import psycopg

    from colivingdesk.store.store import Store

#: The application name the server lists for our connections (``pg_stat_activity``).
APPLICATION_NAME = "colivingdesk"


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """``sql`` with its ``?`` placeholders as ``%s`` and every literal ``%`` doubled, as psycopg expects.

    SQLite's numbered ``?N`` (the N-th parameter, usable twice) has no psycopg form with positional
    parameters, so each becomes ``%s`` too and the second value says which parameter fills each placeholder
    (None when the statement has only plain ``?``). A ``?`` inside quoted text is text and stays as it is.
    """
    out: list[str] = []
    order: list[int] = []
    numbered = False
    quote: str | None = None
    i = 0
    while i < len(sql):
        char = sql[i]
        i += 1
        if char == "%":
            out.append("%%")
            continue
        if quote is not None:
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            digits = ""
            while i < len(sql) and sql[i].isdigit():
                digits += sql[i]
                i += 1
            if digits:
                numbered = True
                order.append(int(digits) - 1)
            else:
                order.append(len(order) if not numbered else max(order, default=-1) + 1)
            out.append("%s")
            continue
        out.append(char)
    return "".join(out), tuple(order) if numbered else None


def _bind(sql: str, params: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    text, order = to_pyformat(sql)
    values = tuple(params)
    return text, values if order is None else tuple(values[i] for i in order)


class Row(Sequence[Any]):
    """One result row, readable by position and by column name, as ``sqlite3.Row`` is."""

    __slots__ = ("_names", "_values")

    def __init__(self, values: Sequence[Any], names: dict[str, int]) -> None:
        self._values = tuple(values)
        self._names = names

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._values[self._names[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values, strict=True))!r})"


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    names = {} if description is None else {column.name: i for i, column in enumerate(description)}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, names)

    return make


class PostgresConnection:
    """A psycopg connection with the calls of ``sqlite3.Connection`` the repositories use."""

    dialect: Dialect = POSTGRES

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(*_bind(sql, params))

    def executemany(self, sql: str, rows: Any) -> Any:
        cursor = self.raw.cursor()
        text, order = to_pyformat(sql)
        values = [tuple(r) if order is None else tuple(r[i] for i in order) for r in rows]
        cursor.executemany(text, values)
        return cursor

    def close(self) -> None:
        self.raw.close()


class PostgresDatabase(Database):
    """``Database`` over PostgreSQL: the same lock, nested transactions as savepoints, and queries.

    The repositories are typed against ``sqlite3.Connection``; ``conn`` is a ``PostgresConnection``, which
    answers the subset of that interface they call (``execute``, ``executemany``, cursors with ``fetchone``,
    ``fetchall`` and ``rowcount``). ``lastrowid`` is the exception: PostgreSQL has none, and a repository that
    needs a new row's id asks for it with ``RETURNING``.
    """

    dialect: Dialect = POSTGRES

    def __init__(self, conn: PostgresConnection, *, read_only: bool = False) -> None:
        super().__init__(cast(sqlite3.Connection, conn), read_only=read_only)
        self.pg = conn

    def schema_version(self) -> int:
        from colivingdesk.store.pg_migrations import schema_version

        with self.lock:
            return schema_version(self.pg.raw)


def connect_postgres(url: str, *, read_only: bool = False) -> PostgresConnection:
    """Open ``url`` (a libpq connection string or ``postgresql://`` URL) in autocommit, rows by name.

    A read-only connection is read-only on the server too, so a write that slipped past ``ReadOnlyStoreError``
    still cannot change the team's data.
    """
    import psycopg

    raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, application_name=APPLICATION_NAME)
    if read_only:
        raw.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    return PostgresConnection(raw)


def open_postgres_store(url: str, *, read_only: bool = False) -> Store:
    """Open the shared store at ``url`` and bring its schema up to date (see ``open_store`` for SQLite).

    A read-only store expects the schema to be current already, as the SQLite reader does.
    """
    from colivingdesk.store.migrations import SCHEMA_VERSION, SchemaTooNewError
    from colivingdesk.store.pg_migrations import migrate, schema_version
    from colivingdesk.store.store import Store

    conn = connect_postgres(url, read_only=read_only)
    try:
        if read_only:
            version = schema_version(conn.raw)
            if version != SCHEMA_VERSION:
                raise SchemaTooNewError(
                    f"database schema is {version}, this release reads {SCHEMA_VERSION}; open it read-write first"
                )
        else:
            migrate(conn.raw)
    except BaseException:
        conn.close()
        raise
    return Store(PostgresDatabase(conn, read_only=read_only))
