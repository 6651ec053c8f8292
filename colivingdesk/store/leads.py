"""BookMyColiving leads, newest first."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from colivingdesk.domain import Lead
from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database
from colivingdesk.store.filters import LeadFilter, LeadKey, like_pattern
from colivingdesk.store.search import reindex
from colivingdesk.store.upsert import upsert_rows

_COLS = (
    "id",
    "property_id",
    "guest_name",
    "guest_email",
    "guest_phone",
    "message",
    "status",
    "move_in",
    "created_at",
    "thread_id",
)
_SELECT = f"SELECT {', '.join(_COLS)} FROM leads"
_SORT = "coalesce(created_at, '')"


def _to_row(lead: Lead) -> tuple[Any, ...]:
    return (
        lead.id,
        lead.property_id,
        lead.guest_name,
        lead.guest_email,
        lead.guest_phone,
        lead.message,
        lead.status,
        lead.move_in,
        dt_to_text(lead.created_at),
        lead.thread_id,
    )


def _from_row(row: sqlite3.Row) -> Lead:
    return Lead(
        id=row["id"],
        property_id=row["property_id"],
        guest_name=row["guest_name"],
        guest_email=row["guest_email"],
        guest_phone=row["guest_phone"],
        message=row["message"],
        status=row["status"],
        move_in=row["move_in"],
        created_at=text_to_dt(row["created_at"]),
        thread_id=row["thread_id"],
    )


def _where(f: LeadFilter, like: str = "LIKE") -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.status is not None:
        clauses.append("status = ?")
        params.append(f.status)
    if f.property_id is not None:
        clauses.append("property_id = ?")
        params.append(f.property_id)
    if f.text:
        cols = ("guest_name", "guest_email", "guest_phone", "message")
        clauses.append("(" + " OR ".join(f"coalesce({c}, '') {like} ? ESCAPE '\\'" for c in cols) + ")")
        params += [like_pattern(f.text)] * len(cols)
    return clauses, params


class LeadRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert(self, leads: Sequence[Lead]) -> list[str]:
        with self._db.transaction() as conn:
            keys = upsert_rows(conn, "leads", ("id",), _COLS, [_to_row(lead) for lead in leads])
            reindex(conn, "lead", keys)
        return [k[0] for k in keys]

    def get(self, lead_id: str) -> Lead | None:
        row = self._db.query_one(f"{_SELECT} WHERE id = ?", (lead_id,))
        return None if row is None else _from_row(row)

    def count(self, f: LeadFilter) -> int:
        clauses, params = _where(f, self._db.dialect.like)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(self._db.scalar(f"SELECT count(*) FROM leads{where}", params))

    def page(self, f: LeadFilter, after: LeadKey | None, limit: int) -> list[Lead]:
        clauses, params = _where(f, self._db.dialect.like)
        if after is not None:
            clauses.append(f"({_SORT}, id) < (?, ?)")
            params += [after[0], after[1]]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(f"{_SELECT}{where} ORDER BY {_SORT} DESC, id DESC LIMIT ?", [*params, limit])
        return [_from_row(r) for r in rows]

    def count_created_after(self, since: datetime | None) -> int:
        return int(
            self._db.scalar(f"SELECT count(*) FROM leads WHERE {_SORT} > ?", (dt_to_text(since) or "",))
        )

    def thread_for(self, lead: Lead) -> str | None:
        """The external id of the BookMyColiving conversation with the lead's guest, or None.

        The conversation the channel named on the lead wins once it is cached. The document's lead does not
        name one, so otherwise the guest is recognised by name: the thread's participant, or a sender in it
        when the feed left the participant unnamed. Several matches prefer the lead's property, then the most
        recent activity.
        """
        if lead.thread_id and self._db.scalar(
            "SELECT 1 FROM threads WHERE channel = 'bmc' AND external_id = ?", (lead.thread_id,)
        ):
            return lead.thread_id
        name = (lead.guest_name or "").strip()
        if not name:
            return None
        nocase_cmp = self._db.dialect.nocase_cmp
        row = self._db.query_one(
            "SELECT external_id FROM threads t WHERE t.channel = 'bmc' AND ("
            f"{nocase_cmp('t.participant_name', '=', '?')} OR (t.participant_name = '' AND EXISTS ("
            "SELECT 1 FROM messages m WHERE m.channel = 'bmc' AND m.thread_external_id = t.external_id "
            f"AND {nocase_cmp('m.sender_name', '=', '?')}))) "
            "ORDER BY coalesce(t.property_id, '') = ? DESC, coalesce(t.last_activity, '') DESC LIMIT 1",
            (name, name, lead.property_id or ""),
        )
        return None if row is None else str(row[0])
