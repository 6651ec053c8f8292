"""Batch key lookups probe the key index, so a batch costs the same however many rows are stored."""

from __future__ import annotations

import sqlite3

from colivingdesk.store import Store
from colivingdesk.store.search import SOURCES
from colivingdesk.store.upsert import fetch_existing, stage_keys, staged_rowids

from .builders import message

_MESSAGE_KEY = ("channel", "thread_external_id", "external_id")


def _plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]


def test_staged_keys_are_looked_up_through_the_key_index(store: Store) -> None:
    conn = store._db.conn
    staged = stage_keys(conn, 3, [("bmc", "t1", "m1")])
    plan = _plan(conn, staged_rowids("messages", _MESSAGE_KEY, staged))
    assert not any(step.startswith("SCAN messages") for step in plan), plan
    assert any("INDEX" in step and step.startswith("SEARCH t") for step in plan), plan


def test_fetch_existing_reads_only_the_requested_rows(store: Store) -> None:
    store.upsert_messages([message(f"t{n % 7}", f"m{n}", n) for n in range(50)])
    conn = store._db.conn
    cols = (*_MESSAGE_KEY, "text")
    found = fetch_existing(conn, "messages", _MESSAGE_KEY, cols, [("bmc", "t3", "m3"), ("bmc", "t3", "m4")])
    assert list(found) == [("bmc", "t3", "m3")]
    assert fetch_existing(conn, "messages", _MESSAGE_KEY, cols, []) == {}
    # a second lookup of the same width never sees the first one's keys
    again = fetch_existing(conn, "messages", _MESSAGE_KEY, cols, [("bmc", "t4", "m4")])
    assert list(again) == [("bmc", "t4", "m4")]


def test_reindex_replaces_entries_by_key_without_scanning(store: Store) -> None:
    store.upsert_messages([message("t1", "m1", 1, text="alpha"), message("t2", "m2", 2, text="alpha")])
    store.upsert_messages([message("t1", "m1", 1, text="bravo")])
    assert [h.id for h in store.search("alpha")] == ["t2"]
    assert [h.id for h in store.search("bravo")] == ["t1"]
    source = SOURCES["message"]
    conn = store._db.conn
    rowids = staged_rowids(source.table, source.key_cols, stage_keys(conn, 3, [("bmc", "t1", "m1")]))
    plan = _plan(conn, f"{source.select()} WHERE rowid IN ({rowids})")
    assert not any(step.startswith("SCAN messages") for step in plan), plan
