"""What differs between the two SQL engines beneath ``Store``, named once so repositories stay one code path.

The repositories write their statements once, with ``?`` placeholders and the SQL both engines share
(``INSERT ... ON CONFLICT``, ``RETURNING``, ``LIMIT ?``). Where the engines differ in a way the statement text
must show, a repository asks the connection's dialect:

* ``begin``: SQLite's ``BEGIN IMMEDIATE`` takes the single write lock up front, so every write transaction runs
  alone and a read-then-write inside it cannot race. PostgreSQL lets writers run side by side (``READ
  COMMITTED``), so a read whose answer decides a write locks what it read: ``for_update`` on a row that exists,
  ``lock`` (a transaction-scoped advisory lock on a key) when the row may not exist yet.
* ``same``/``not_same``: null-safe (in)equality. SQLite's ``IS`` compares any two values; PostgreSQL's ``IS``
  only takes NULL, TRUE or FALSE and spells it ``IS NOT DISTINCT FROM``.
* ``like``: SQLite's ``LIKE`` ignores ASCII case, PostgreSQL's does not and ``ILIKE`` does (over ``"C"``
  text, ASCII case only, as SQLite). ``nocase`` and ``nocase_cmp`` are SQLite's ``COLLATE NOCASE``, which is
  ``lower()`` on both sides on PostgreSQL (over ``"C"`` text ``lower`` folds ASCII only, as NOCASE does).
* ``insert_id``: the id of a new row. SQLite's cursor has ``lastrowid``; PostgreSQL returns it
  (``RETURNING id``).
* ``greatest``: the larger of several values. SQLite's ``max`` with two arguments is PostgreSQL's ``greatest``
  (``max`` there is only the aggregate).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class _Executes(Protocol):
    def execute(self, sql: str, params: Any = ...) -> Any: ...


#: The first key of every advisory lock the store takes, so they never collide with other users of the server.
ADVISORY_NAMESPACE = 0x436F6C69  # "Coli"


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    begin: str
    for_update: str
    same: str
    not_same: str
    greatest: str
    like: str
    #: PostgreSQL's spellings in the methods below (``lock`` takes an advisory lock only there).
    postgres: bool

    def nocase(self, expr: str) -> str:
        """``expr`` ordered and compared ignoring ASCII case."""
        return f"lower({expr})" if self.postgres else f"{expr} COLLATE NOCASE"

    def nocase_cmp(self, left: str, op: str, right: str) -> str:
        """``left op right`` ignoring ASCII case (SQLite puts the collation on the right-hand side)."""
        if self.postgres:
            return f"lower({left}) {op} lower({right})"
        return f"{left} {op} {right} COLLATE NOCASE"

    def insert_id(self, conn: _Executes, sql: str, params: Any) -> int:
        """Run an ``INSERT`` of one row into a table with an ``id`` key and return the new row's id."""
        if self.postgres:
            return int(conn.execute(f"{sql} RETURNING id", params).fetchone()[0])
        return int(conn.execute(sql, params).lastrowid or 0)

    def lock(self, conn: _Executes, key: str) -> None:
        """Serialise this transaction with every other one that locks ``key``, until it ends.

        Under SQLite the write transaction already excludes every other writer, so there is nothing to do.
        """
        if self.postgres:
            conn.execute("SELECT pg_advisory_xact_lock(?, hashtext(?))", (ADVISORY_NAMESPACE, key))


def dialect_of(conn: object) -> Dialect:
    """The dialect of a connection a repository holds: ``PostgresConnection`` says so, sqlite3's does not."""
    found = getattr(conn, "dialect", SQLITE)
    return found if isinstance(found, Dialect) else SQLITE


SQLITE = Dialect(
    name="sqlite",
    begin="BEGIN IMMEDIATE",
    for_update="",
    same="IS",
    not_same="IS NOT",
    greatest="max",
    like="LIKE",
    postgres=False,
)
POSTGRES = Dialect(
    name="postgresql",
    begin="BEGIN",
    for_update=" FOR UPDATE",
    same="IS NOT DISTINCT FROM",
    not_same="IS DISTINCT FROM",
    greatest="greatest",
    like="ILIKE",
    postgres=True,
)
