"""Full-text search over messages, leads, booking guests and property names (SQLite FTS5).

One FTS5 table indexes four kinds. Each entry's rowid is derived from its source row's rowid
(``rowid * 4 + code``), so an entry is found and replaced by key, never by scanning the index. Repositories
call ``reindex`` for the rows a batch changed, in the same transaction: the keys are loaded once into a
temporary table joined to the source's key index (see ``upsert.stage_keys``), then two statements per batch. (Triggers
would be simpler, but FTS5 flushes its pending terms at every statement inside a trigger, which made bulk
writes three times slower.)

On PostgreSQL the index is a table with a generated ``tsvector`` (see ``pg_migrations``), keyed by kind and the
source row's key, and a word prefix is ``word:*`` in a ``tsquery``; the rest is the same code.

The user's text is never passed to FTS5 as query syntax: each word becomes a quoted string with a prefix star,
so quotes, colons, parentheses or a lone ``AND`` are searched for as text instead of raising, and words match
as you type.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from colivingdesk.domain import Channel
from colivingdesk.store.db import Database
from colivingdesk.store.dialect import POSTGRES, dialect_of
from colivingdesk.store.records import SearchHit
from colivingdesk.store.upsert import Row, key_join, stage_keys, staged_rowids

SEARCH_TABLE_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, ref UNINDEXED, channel UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2');"
)
#: The index as it is now: the same columns, plus prefix indexes for 2 and 3 characters, so a short prefix
#: typed in the quick search is one term lookup instead of a merge of every term it starts (9 ms against
#: 3 ms for "ma" over 150,000 entries).
SEARCH_TABLE_PREFIXED_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, ref UNINDEXED, channel UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
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
    if dialect_of(conn) is POSTGRES:
        _pg_drop(conn, source, keys)
        rows, params = key_join(source.table, source.key_cols, keys)
        conn.execute(
            f"INSERT INTO search_index (kind, source_key, ref, channel, title, body) SELECT '{source.kind}', "
            f"{_pg_source_key(source, 't.')}, {source.ref}, {source.channel}, coalesce({source.title}, ''), "
            f"coalesce({source.body}, '') FROM {rows}",
            params,
        )
        return
    rowids = _rowids(conn, source, keys)
    _drop(conn, source, rowids)
    conn.execute(f"{_INSERT}{source.select()} WHERE rowid IN ({rowids})")


def unindex(conn: sqlite3.Connection, kind: str, keys: Sequence[Row]) -> None:
    """Drop the entries of rows about to be deleted (call before the delete: it needs their rowids)."""
    if not keys:
        return
    source = SOURCES[kind]
    if dialect_of(conn) is POSTGRES:
        _pg_drop(conn, source, keys)
        return
    _drop(conn, source, _rowids(conn, source, keys))


def _rowids(conn: sqlite3.Connection, source: _Source, keys: Sequence[Row]) -> str:
    """A subquery of the source rowids for ``keys``, found through the source table's key index."""
    return staged_rowids(source.table, source.key_cols, stage_keys(conn, len(source.key_cols), keys))


def _drop(conn: sqlite3.Connection, source: _Source, rowids: str) -> None:
    conn.execute(
        f"DELETE FROM search_index WHERE rowid IN "
        f"(SELECT rowid * 4 + {source.code} FROM {source.table} WHERE rowid IN ({rowids}))"
    )


#: PostgreSQL's index row for a source row is keyed by its key columns joined with this separator.
PG_KEY_SEPARATOR = "\x1f"


def _pg_source_key(source: _Source, alias: str = "") -> str:
    """The SQL of a source row's ``source_key`` in PostgreSQL's index (see ``pg_migrations``)."""
    return " || chr(31) || ".join(f"{alias}{col}" for col in source.key_cols)


def _pg_drop(conn: sqlite3.Connection, source: _Source, keys: Sequence[Row]) -> None:
    conn.execute(
        "DELETE FROM search_index WHERE kind = ? AND source_key = ANY(?::text[])",
        (source.kind, [PG_KEY_SEPARATOR.join(str(v) for v in key) for key in keys]),
    )


_WORDS = re.compile(r"\w+", re.UNICODE)

SNIPPET_START = "\x02"  # marks around matched terms in snippets; views turn them into highlighting
SNIPPET_END = "\x03"
SNIPPET_WORDS = 12
#: Matches ranked per query at most: the newest ones by index rowid (each source's rowids grow as rows are
#: added). Ranking every match of a two-letter prefix (tens of thousands of rows) took 50 ms and more; a query
#: with fewer matches than this is ranked in full, exactly as before.
RANKED_CANDIDATES = 500
#: Hits per page of :meth:`SearchIndex.search_pages`: the first page is ready before the rest are written.
PAGE_SIZE = 10


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding rows that contain every word of ``text``, each as a word prefix (for
    type-ahead); None when there is nothing searchable."""
    words = _WORDS.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def pg_tsquery(text: str) -> str:
    """The PostgreSQL form of ``fts_query``: every word of ``text``, folded as the index folds it, as a prefix
    (``:*``), all required. Each word is ``\\w+`` only, so none can be read as tsquery syntax."""
    return " & ".join(f"{_fold(w)}:*" for w in _WORDS.findall(text))


def _fold(text: str) -> str:
    """Case and accents folded the way the index's ``unicode61 remove_diacritics 2`` tokenizer folds them."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def snippet(text: str, prefixes: Sequence[str], words: int = SNIPPET_WORDS) -> tuple[str, int]:
    """Up to ``words`` words of ``text`` around its first matching word, matches marked with
    ``SNIPPET_START``/``SNIPPET_END``, "…" where text was cut; and how many words matched.

    Written here rather than with FTS5's ``snippet()``: that re-reads and re-tokenizes every matching row the
    query visits, which cost more than the match itself; this runs only for the hits shown.
    """
    spans = [m.span() for m in _WORDS.finditer(text)]
    starts = tuple(prefixes)
    matched = [i for i, (a, b) in enumerate(spans) if _fold(text[a:b]).startswith(starts)]
    if not spans:
        return "", 0
    first = max(0, (matched[0] if matched else 0) - 2)
    first = max(0, min(first, len(spans) - words))
    last = min(len(spans), first + words)
    hits = set(matched)
    parts: list[str] = ["…" if first > 0 else text[: spans[0][0]]]
    for i in range(first, last):
        a, b = spans[i]
        word = text[a:b]
        parts.append(f"{SNIPPET_START}{word}{SNIPPET_END}" if i in hits else word)
        if i + 1 < last:
            parts.append(text[b : spans[i + 1][0]])
    parts.append("…" if last < len(spans) else text[spans[-1][1] :])
    return "".join(parts), len(matched)


class SearchIndex:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[SearchHit]:
        """The best ``limit`` hits for ``query``, best first (all pages of :meth:`search_pages`)."""
        return [hit for page in self.search_pages(query, limit, kinds) for hit in page]

    def search_pages(
        self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None, page_size: int = PAGE_SIZE
    ) -> Iterator[list[SearchHit]]:
        """Hits in rank order, ``page_size`` at a time, so a caller can show the best ones first.

        One bounded query ranks the newest :data:`RANKED_CANDIDATES` matches (bm25, best first); each page then
        reads its rows by rowid and builds their snippets.
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return
        postgres = self._db.dialect is POSTGRES
        if postgres:
            # Rank is ts_rank, higher is better; negated so both engines sort best first by ascending rank.
            sql = "SELECT seq, -ts_rank(words, q) FROM search_index, to_tsquery('simple', ?) AS q WHERE words @@ q"
            params: list[object] = [pg_tsquery(query)]
        else:
            sql = "SELECT rowid, rank FROM search_index WHERE search_index MATCH ?"
            params = [match]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += list(kinds)
        sql += f" ORDER BY {'seq' if postgres else 'rowid'} DESC LIMIT ?"
        params.append(RANKED_CANDIDATES)
        candidates = self._db.query(sql, params)
        best = [r[0] for r in sorted(candidates, key=lambda r: (r[1], -r[0]))[:limit]]
        prefixes = [_fold(w) for w in _WORDS.findall(query)]
        for start in range(0, len(best), max(1, page_size)):
            rowids = best[start : start + max(1, page_size)]
            rows = self._db.query(
                f"SELECT {'seq' if postgres else 'rowid'}, kind, ref, channel, title, body FROM search_index "
                f"WHERE {'seq' if postgres else 'rowid'} IN ({', '.join('?' * len(rowids))})",
                rowids,
            )
            by_rowid = {r[0]: r for r in rows}
            page: list[SearchHit] = []
            for rowid in rowids:
                row = by_rowid.get(rowid)
                if row is None:  # deleted between the two reads (a writer committed in between)
                    continue
                page.append(SearchHit(
                    kind=row[1], id=row[2], title=row[4], snippet=_best_snippet(row[4], row[5], prefixes),
                    channel=Channel(row[3]),
                ))
            if page:
                yield page


def _best_snippet(title: str, body: str, prefixes: Sequence[str]) -> str:
    """The snippet of whichever column matches more words (the title on a tie), like ``snippet(..., -1, ...)``."""
    title_snippet, in_title = snippet(title, prefixes)
    body_snippet, in_body = snippet(body, prefixes)
    return body_snippet if in_body > in_title else title_snippet
