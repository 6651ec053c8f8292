"""Idempotent batch upserts that report exactly which rows changed.

Sync re-delivers records all the time (overlapping cursors, full refreshes, webhooks that hint at what polling
will also fetch). The store must neither duplicate them nor announce them as changes, or every cycle would
repaint the whole UI. So a batch reads the current rows for its keys, merges and compares in Python, and
writes only the rows that differ, with one ``executemany`` of ``INSERT ... ON CONFLICT DO UPDATE`` inside the
caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

Row = tuple[Any, ...]
Merge = Callable[[Row | None, Row], Row]

# Well under SQLite's host-parameter limit even for three-column keys.
LOOKUP_CHUNK = 300


def key_filter(key_cols: Sequence[str], keys: Sequence[Row]) -> tuple[str, list[Any]]:
    """A WHERE condition matching exactly ``keys`` (at most ``LOOKUP_CHUNK`` of them), and its parameters."""
    if len(key_cols) == 1:
        return f"{key_cols[0]} IN ({', '.join('?' * len(keys))})", [k[0] for k in keys]
    one = "(" + ", ".join("?" * len(key_cols)) + ")"
    where = f"({', '.join(key_cols)}) IN (VALUES {', '.join([one] * len(keys))})"
    return where, [v for k in keys for v in k]


def chunks(keys: Sequence[Row]) -> list[Sequence[Row]]:
    return [keys[i : i + LOOKUP_CHUNK] for i in range(0, len(keys), LOOKUP_CHUNK)]


def fetch_existing(
    conn: sqlite3.Connection, table: str, key_cols: Sequence[str], cols: Sequence[str], keys: Sequence[Row]
) -> dict[Row, Row]:
    """Current rows (as tuples in ``cols`` order) for ``keys``, by key."""
    found: dict[Row, Row] = {}
    width = len(key_cols)
    for chunk in chunks(keys):
        where, params = key_filter(key_cols, chunk)
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {where}", params):
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
        sql = (
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT ({', '.join(key_cols)}) DO UPDATE SET {updates}"
        )
        conn.executemany(sql, list(changed.values()))
    return list(changed)
