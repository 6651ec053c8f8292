"""Saved replies: the operator's reusable texts, kept in the profile's cache so every window and the headless
commands share them.

Titles are unique (case-insensitive): they are what the composer's type-ahead matches and what an import uses
to recognise a reply it already has, so importing the same file twice updates instead of duplicating. The JSON
shape (``{"saved_replies": [{"title", "body"}]}``) is the one export writes and import reads, stable so a file
moves between profiles and machines.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database
from colivingdesk.translatable import QT_TRANSLATE_NOOP, translated

EXPORT_KEY = "saved_replies"
MAX_TITLE_CHARS = 120


@dataclass(slots=True)
class SavedReply:
    """A reply text the operator saved to reuse, with its title."""
    title: str
    body: str
    id: int | None = None  # assigned by the store on first save
    updated_at: datetime | None = None


class SavedReplyError(ValueError):
    """A saved reply or an import file the store cannot accept; the message says why, for the user."""


_NO_TITLE = QT_TRANSLATE_NOOP("SavedReplyError", "A saved reply needs a title.")
_LONG_TITLE = QT_TRANSLATE_NOOP("SavedReplyError", "Titles are at most {limit} characters.")
_NO_BODY = QT_TRANSLATE_NOOP("SavedReplyError", "A saved reply needs some text.")
_TAKEN_TITLE = QT_TRANSLATE_NOOP("SavedReplyError", "Another saved reply is already called “{title}”.")
_DELETED = QT_TRANSLATE_NOOP("SavedReplyError", "This saved reply was deleted meanwhile.")


def _refusal(text: str, **values: object) -> SavedReplyError:
    """The error for a marked sentence, in the window's language there (English on the command line)."""
    return SavedReplyError(translated("SavedReplyError", text).format(**values))


def _from_row(row: sqlite3.Row) -> SavedReply:
    return SavedReply(
        id=row["id"], title=row["title"], body=row["body"], updated_at=text_to_dt(row["updated_at"])
    )


def _check(reply: SavedReply) -> tuple[str, str]:
    title = reply.title.strip()
    if not title:
        raise _refusal(_NO_TITLE)
    if len(title) > MAX_TITLE_CHARS:
        raise _refusal(_LONG_TITLE, limit=MAX_TITLE_CHARS)
    if not reply.body.strip():
        raise _refusal(_NO_BODY)
    return title, reply.body


def export_data(replies: Sequence[SavedReply]) -> dict[str, Any]:
    """The JSON document for ``replies`` (titles and texts only: ids belong to one profile)."""
    return {EXPORT_KEY: [{"title": r.title, "body": r.body} for r in replies]}


def parse_export(data: Any) -> list[SavedReply]:
    """Read a document written by :func:`export_data`; ``SavedReplyError`` names the first thing wrong."""
    items = data.get(EXPORT_KEY) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise SavedReplyError(f'Not a saved replies file: expected {{"{EXPORT_KEY}": [...]}}.')
    replies: list[SavedReply] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not isinstance(
            item.get("body"), str
        ):
            raise SavedReplyError(f"Entry {number} needs a text \"title\" and a text \"body\".")
        reply = SavedReply(title=item["title"], body=item["body"])
        try:
            _check(reply)
        except SavedReplyError as err:
            raise SavedReplyError(f"Entry {number}: {err}") from None
        replies.append(reply)
    return replies


class SavedReplyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[SavedReply]:
        rows = self._db.query(f"SELECT * FROM saved_replies ORDER BY {self._db.dialect.nocase('title')}, id")
        return [_from_row(r) for r in rows]

    def get(self, reply_id: int) -> SavedReply | None:
        row = self._db.query_one("SELECT * FROM saved_replies WHERE id = ?", (reply_id,))
        return None if row is None else _from_row(row)

    def save(self, reply: SavedReply, now: datetime | None = None) -> SavedReply:
        """Insert (no id) or update (id) one reply; a title another reply already has is refused."""
        title, body = _check(reply)
        stamp = dt_to_text(now or datetime.now(UTC))
        with self._db.transaction() as conn:
            dialect = self._db.dialect
            clash = conn.execute(
                f"SELECT id FROM saved_replies WHERE {dialect.nocase_cmp('title', '=', '?')}"
                f" AND id {dialect.not_same} ?",
                (title, reply.id),
            ).fetchone()
            if clash is not None:
                raise _refusal(_TAKEN_TITLE, title=title)
            if reply.id is None:
                reply_id = dialect.insert_id(
                    conn,
                    "INSERT INTO saved_replies (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (title, body, stamp, stamp),
                )
            else:
                cursor = conn.execute(
                    "UPDATE saved_replies SET title = ?, body = ?, updated_at = ? WHERE id = ?",
                    (title, body, stamp, reply.id),
                )
                if cursor.rowcount == 0:
                    raise _refusal(_DELETED)
                reply_id = reply.id
        return SavedReply(title=title, body=body, id=reply_id, updated_at=text_to_dt(stamp))

    def delete(self, reply_id: int) -> bool:
        return self._db.execute("DELETE FROM saved_replies WHERE id = ?", (reply_id,)) > 0

    def import_replies(self, replies: Sequence[SavedReply], now: datetime | None = None) -> tuple[int, int]:
        """Add replies with new titles and update the text of those whose title exists, all or nothing;
        returns (added, updated)."""
        stamp = dt_to_text(now or datetime.now(UTC))
        added = updated = 0
        with self._db.transaction() as conn:
            for reply in replies:
                title, body = _check(reply)
                row = conn.execute(
                    f"SELECT id, body FROM saved_replies WHERE {self._db.dialect.nocase_cmp('title', '=', '?')}",
                    (title,),
                ).fetchone()
                if row is None:
                    conn.execute(
                        "INSERT INTO saved_replies (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
                        (title, body, stamp, stamp),
                    )
                    added += 1
                elif row["body"] != body:
                    conn.execute(
                        "UPDATE saved_replies SET body = ?, updated_at = ? WHERE id = ?", (body, stamp, row["id"])
                    )
                    updated += 1
        return added, updated
