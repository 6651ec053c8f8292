"""Full-text search over messages, leads, booking guests and property names (SQLite FTS5).

One FTS5 table indexes four kinds. Each entry's rowid is derived from its source row's rowid
(``rowid * 4 + code``), so an entry is found and replaced by key, never by scanning the index. Repositories
call ``reindex`` for the rows a batch changed, in the same transaction: the keys are loaded once into a
temporary table joined to the source's key index (see ``upsert.stage_keys``), then two statements per batch. (Triggers
would be simpler, but FTS5 flushes its pending terms at every statement inside a trigger, which made bulk
writes three times slower.)

The user's text is never passed to FTS5 as query syntax: each word becomes a quoted string with a prefix star,
so quotes, colons, parentheses or a lone ``AND`` are searched for as text instead of raising, and words match
as you type.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from colivingdesk.domain import Channel
from colivingdesk.store.db import Database
from colivingdesk.store.records import SearchHit
from colivingdesk.store.upsert import Row, stage_keys, staged_rowids

SEARCH_TABLE_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, ref UNINDEXED, channel UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2');"
)


@dataclass(frozen=True, slots=True)
class _Source:
    """How one table feeds the index: SQL expressions over its columns."""

    kind: str
    table: str
    code: int
    key_cols: tuple[str, ...]
    channel: str
    ref: str  # what a hit opens: the record id, or for a message its thread's external id
    title: str
    body: str

    def select(self) -> str:
        return (
            f"SELECT rowid * 4 + {self.code}, '{self.kind}', {self.channel}, {self.ref}, "
            f"coalesce({self.title}, ''), coalesce({self.body}, '') FROM {self.table}"
        )


_SOURCE_LIST = (
    _Source("property", "properties", 0, ("id",), "'bmc'", "id", "name", "address"),
    _Source(
        "lead",
        "leads",
        1,
        ("id",),
        "'bmc'",
        "id",
        "guest_name",
        "coalesce(guest_email, '') || ' ' || coalesce(message, '')",
    ),
    _Source(
        "booking",
        "bookings",
        2,
        ("id",),
        "'coliving'",
        "id",
        "coalesce(guest_name, reference, id)",
        "coalesce(reference, '') || ' ' || coalesce(guest_email, '')",
    ),
    _Source(
        "message",
        "messages",
        3,
        ("channel", "thread_external_id", "external_id"),
        "channel",
        "thread_external_id",
        "sender_name",
        "text",
    ),
)
SOURCES: dict[str, _Source] = {source.kind: source for source in _SOURCE_LIST}

_INSERT = "INSERT INTO search_index (rowid, kind, channel, ref, title, body) "


def backfill_sql() -> str:
    """Index every existing row (used when the index is created)."""
    return "\n".join(f"{_INSERT}{source.select()};" for source in SOURCES.values())


def reindex(conn: sqlite3.Connection, kind: str, keys: Sequence[Row]) -> None:
    """Replace the index entries of the rows with ``keys`` in ``kind``'s table (missing rows are just
    dropped)."""
    if not keys:
        return
    source = SOURCES[kind]
    rowids = _rowids(conn, source, keys)
    _drop(conn, source, rowids)
    conn.execute(f"{_INSERT}{source.select()} WHERE rowid IN ({rowids})")


def unindex(conn: sqlite3.Connection, kind: str, keys: Sequence[Row]) -> None:
    """Drop the entries of rows about to be deleted (call before the delete: it needs their rowids)."""
    if not keys:
        return
    source = SOURCES[kind]
    _drop(conn, source, _rowids(conn, source, keys))


def _rowids(conn: sqlite3.Connection, source: _Source, keys: Sequence[Row]) -> str:
    """A subquery of the source rowids for ``keys``, found through the source table's key index."""
    return staged_rowids(source.table, source.key_cols, stage_keys(conn, len(source.key_cols), keys))


def _drop(conn: sqlite3.Connection, source: _Source, rowids: str) -> None:
    conn.execute(
        f"DELETE FROM search_index WHERE rowid IN "
        f"(SELECT rowid * 4 + {source.code} FROM {source.table} WHERE rowid IN ({rowids}))"
    )


_WORDS = re.compile(r"\w+", re.UNICODE)

SNIPPET_START = "\x02"  # marks around matched terms in snippets; views turn them into highlighting
SNIPPET_END = "\x03"


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding rows that contain every word of ``text``, each as a word prefix (for
    type-ahead); None when there is nothing searchable."""
    words = _WORDS.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class SearchIndex:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[SearchHit]:
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        sql = (
            "SELECT kind, ref, channel, title, snippet(search_index, -1, ?, ?, '…', 12) "
            "FROM search_index WHERE search_index MATCH ?"
        )
        params: list[object] = [SNIPPET_START, SNIPPET_END, match]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += list(kinds)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        rows = self._db.query(sql, params)
        return [SearchHit(kind=r[0], id=r[1], title=r[3], snippet=r[4], channel=Channel(r[2])) for r in rows]
