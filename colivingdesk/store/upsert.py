"""Idempotent batch upserts that report exactly which rows changed.

Sync re-delivers records all the time (overlapping cursors, full refreshes, webhooks that hint at what polling
will also fetch). The store must neither duplicate them nor announce them as changes, or every cycle would
repaint the whole UI. So a batch reads the current rows for its keys, merges and compares in Python, and
writes only the rows that differ, as ``INSERT ... ON CONFLICT DO UPDATE`` inside the caller's transaction (one
``executemany`` on PostgreSQL; on SQLite see the last paragraph).

A batch's keys are looked up through a temporary table joined to the target table's key index. SQLite plans a
multi-column ``(a, b, c) IN (VALUES ...)`` as a scan of the whole target table, which made every batch of
messages cost as much as the messages already stored; the join costs one index probe per key however large
the table grows, and needs neither chunking nor one statement per key. PostgreSQL joins the keys bound as
arrays instead (``key_join``), which its planner probes through the key index the same way.

On SQLite, rows are written with multi-row ``VALUES`` statements (``insert_values``) rather than
``executemany``: the sqlite3 module lets go of the interpreter lock for every statement step and must win it
back before the next row, so a thousand-row ``executemany`` on the store thread waited up to a thread switch
interval per row while the event loop was busy (a first sync's bookings took 13 s of wall time for 5 s of
work). A multi-row statement is one step, with the lock let go for all its rows at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from colivingdesk.store.dialect import POSTGRES, dialect_of

Row = tuple[Any, ...]
Merge = Callable[[Row | None, Row], Row]


#: Rows per multi-row statement at most; a batch is cut into chunks whose sizes are powers of two up to this,
#: so a table needs only a few distinct statements (each prepared once and kept in the connection's statement
#: cache). Not more: SQLite binds a statement's parameters with the interpreter lock held, and binding 1,024
#: bookings (some 25,000 values) kept the window's event loop waiting about 5 ms each time.
VALUES_CHUNK = 256


def insert_values(conn: sqlite3.Connection, head: str, width: int, rows: Sequence[Row], tail: str = "") -> None:
    """Run ``{head} VALUES (...), ... {tail}`` over ``rows`` (tuples of ``width`` values), in order, the same as
    ``executemany`` of a one-row statement would, in a few multi-row statements (see the module docstring).

    Each value is bound as a parameter, as ``executemany`` binds it, so every value is stored with the same
    storage class; rows land in the order given (an ``INTEGER PRIMARY KEY`` is assigned in that order).
    """
    one = f"({', '.join('?' * width)})"
    done, total = 0, len(rows)
    while done < total:
        size = VALUES_CHUNK
        while size > total - done:
            size //= 2
        chunk = rows[done : done + size]
        conn.execute(f"{head} VALUES {', '.join([one] * size)}{tail}", [v for row in chunk for v in row])
        done += size


def _keys_json(keys: Sequence[Row]) -> str | None:
    """``keys`` as one JSON array of arrays for ``json_each``, when every value comes back from it exactly as
    it would be bound (text, and integers of 64 bits); None otherwise."""
    for key in keys:
        for value in key:
            if type(value) is not str and not (type(value) is int and -(1 << 63) <= value < 1 << 63):
                return None
    text = json.dumps(keys, ensure_ascii=False, separators=(",", ":"))
    return None if "\\u0000" in text else text


def _staging_table(width: int) -> str:
    return f"temp.upsert_keys_{width}"


def stage_keys(conn: sqlite3.Connection, width: int, keys: Sequence[Row]) -> str:
    """Load ``keys`` (tuples of ``width`` values) into a temporary table and return its name.

    The columns are declared without a type, so the values keep exactly the storage class they were bound
    with and compare with the target's key columns as bound parameters would. The table lives in the
    connection's temp schema and is emptied on every use, so it never holds another batch's keys.
    """
    name = _staging_table(width)
    columns = ", ".join(f"k{i}" for i in range(width))
    conn.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    conn.execute(f"DELETE FROM {name}")
    # Ids (text or integers) go in as one JSON parameter, one statement whatever the batch holds.
    text = _keys_json(keys)
    if text is None:
        insert_values(conn, f"INSERT INTO {name}", width, keys)
    else:
        values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(width))
        conn.execute(f"INSERT INTO {name} SELECT {values} FROM json_each(?)", (text,))
    return name


def staged_rowids(table: str, key_cols: Sequence[str], staged: str) -> str:
    """A subquery of the rowids of ``table``'s rows whose keys are in the ``staged`` table.

    ``CROSS JOIN`` fixes the staged keys as the outer loop, so each key is one probe of the target's key index
    (the planner has no statistics for the temp table and could otherwise choose to scan the target).
    """
    return f"SELECT t.rowid FROM {_join(table, key_cols, staged)}"


def _join(table: str, key_cols: Sequence[str], staged: str) -> str:
    on = " AND ".join(f"t.{col} = k.k{i}" for i, col in enumerate(key_cols))
    return f"{staged} AS k CROSS JOIN {table} AS t ON {on}"


def key_join(table: str, key_cols: Sequence[str], keys: Sequence[Row]) -> tuple[str, list[list[str]]]:
    """PostgreSQL's form of the staged-keys join: the keys as one text array per key column, unnested into
    rows and joined to ``table`` (as ``t``) through its key index, in one statement with no temporary table.

    Every key column of the cache is text, so the keys are bound as ``text[]``.
    """
    unnest = ", ".join("?::text[]" for _ in key_cols)
    names = ", ".join(f"k{i}" for i in range(len(key_cols)))
    on = " AND ".join(f"t.{col} = k.k{i}" for i, col in enumerate(key_cols))
    params = [[str(key[i]) for key in keys] for i in range(len(key_cols))]
    return f"unnest({unnest}) AS k({names}) JOIN {table} AS t ON {on}", params


def fetch_existing(
    conn: sqlite3.Connection, table: str, key_cols: Sequence[str], cols: Sequence[str], keys: Sequence[Row]
) -> dict[Row, Row]:
    """Current rows (as tuples in ``cols`` order) for ``keys``, by key."""
    found: dict[Row, Row] = {}
    if not keys:
        return found
    width = len(key_cols)
    select = ", ".join(f"t.{col}" for col in cols)
    if dialect_of(conn) is POSTGRES:
        sql, params = key_join(table, key_cols, keys)
        rows = conn.execute(f"SELECT {select} FROM {sql}", params)
    else:
        staged = stage_keys(conn, width, keys)
        rows = conn.execute(f"SELECT {select} FROM {_join(table, key_cols, staged)}")
    for row in rows:
        values = tuple(row)
        found[values[:width]] = values
    return found


def upsert_rows(
    conn: sqlite3.Connection,
    table: str,
    key_cols: Sequence[str],
    cols: Sequence[str],
    rows: Sequence[Row],
    merge: Merge | None = None,
) -> list[Row]:
    """Write ``rows`` (tuples in ``cols`` order, key columns first) and return the keys that changed.

    ``merge(existing, incoming)`` decides the row to store when one exists already (default: the incoming
    row). A key repeated within one batch is merged in order, so the last delivery wins, as it would one by
    one.
    """
    width = len(key_cols)
    if list(cols[:width]) != list(key_cols):
        raise ValueError("key columns must come first")
    keys = list(dict.fromkeys(r[:width] for r in rows))
    current = fetch_existing(conn, table, key_cols, cols, keys)
    changed: dict[Row, Row] = {}
    for row in rows:
        key = row[:width]
        existing = current.get(key)
        final = merge(existing, row) if merge is not None and existing is not None else row
        if final != existing:
            changed[key] = final
            current[key] = final
    if changed:
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols[width:])
        head = f"INSERT INTO {table} ({', '.join(cols)})"
        tail = f" ON CONFLICT ({', '.join(key_cols)}) DO UPDATE SET {updates}"
        if dialect_of(conn) is POSTGRES:
            conn.executemany(f"{head} VALUES ({', '.join('?' * len(cols))}){tail}", list(changed.values()))
        else:
            insert_values(conn, head, len(cols), list(changed.values()), tail)
    return list(changed)
