"""When each Coliving.com booking's conversation was last read, and which ones to read next.

The channel has no "messages since" feed: a new guest message is only seen by reading that booking's
conversation, one request each. Sync therefore sweeps the conversations that can still be written to, and the
order it reads them in lives here, next to the data it is computed from:

* never read first, then the longest unread (the sweep is a fair round: nothing is read twice before everything
  else has been read once, so a conversation waits at most ``ceil(open / reads per minute)`` minutes);
* among equally stale ones (a cycle stamps all its reads with one time), the conversation with the most recent
  message first, then the stay whose check-in is nearest to today, before or after.

Bookings that just changed may be put ahead of that order (``first``). A cycle asks only for as many as it can
read, so a large account costs a bounded sort over an index, not a list of every open booking.

A booking is open while its status is not one of the caller's closed statuses and its check-out is after the
caller's floor. Stays that ended lately are asked for separately, so a long history is never walked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from colivingdesk.domain import Channel
from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database
from colivingdesk.store.dialect import POSTGRES

_READS = "LEFT JOIN conversation_reads r ON r.booking_id = b.id"
_ACTIVITY = "LEFT JOIN threads t ON t.channel = ? AND t.external_id = b.id"


def _not_closed(closed: Sequence[str]) -> tuple[str, list[str]]:
    if not closed:
        return "", []
    return f" AND b.status NOT IN ({', '.join('?' for _ in closed)})", list(closed)


class ConversationReadRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def mark_read(self, booking_ids: Sequence[str], at: datetime) -> None:
        stamp = dt_to_text(at)
        self._db.executemany(
            "INSERT INTO conversation_reads (booking_id, read_at) VALUES (?, ?) "
            "ON CONFLICT (booking_id) DO UPDATE SET read_at = excluded.read_at",
            [(booking_id, stamp) for booking_id in booking_ids],
        )

    def last_read(self, booking_id: str) -> datetime | None:
        return text_to_dt(
            self._db.scalar("SELECT read_at FROM conversation_reads WHERE booking_id = ?", (booking_id,))
        )

    def open_in_sweep_order(
        self,
        checkout_after: str,
        closed: Sequence[str],
        today: str,
        first: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[str]:
        """Open bookings' ids in the order their conversations are due (see the module docstring), the open
        ones among ``first`` ahead of the rest; at most ``limit``."""
        status, params = _not_closed(closed)
        first_ids: list[str] | str
        no_limit: int | None
        if self._db.dialect is POSTGRES:
            # The same order in PostgreSQL's words: ids bound as an array, days between dates, no limit as NULL.
            in_first, first_ids, no_limit = "b.id = ANY(?::text[])", list(first), None
            distance = "abs(b.checkin::date - ?::date)"
        else:
            in_first, first_ids, no_limit = "b.id IN (SELECT value FROM json_each(?))", json.dumps(list(first)), -1
            distance = "abs(julianday(b.checkin) - julianday(?))"
        ids: list[str] = self._db.column(
            f"SELECT b.id FROM bookings b {_READS} {_ACTIVITY} WHERE b.checkout > ?{status} "
            f"ORDER BY {in_first} DESC, r.read_at IS NOT NULL, r.read_at, "
            f"coalesce(t.last_activity, '') DESC, {distance}, b.id LIMIT ?",
            [Channel.COLIVING.value, checkout_after, *params, first_ids, today,
             no_limit if limit is None else limit],
        )
        return ids

    def ended_due(
        self,
        ended_after: str,
        ended_by: str,
        closed: Sequence[str],
        read_before: datetime,
        limit: int,
    ) -> list[str]:
        """Bookings that checked out in ``(ended_after, ended_by]`` and were not read since ``read_before``:
        never read first, then the longest unread, then the latest check-out."""
        status, params = _not_closed(closed)
        ids: list[str] = self._db.column(
            f"SELECT b.id FROM bookings b {_READS} WHERE b.checkout > ? AND b.checkout <= ?{status} "
            "AND (r.read_at IS NULL OR r.read_at < ?) "
            "ORDER BY r.read_at IS NOT NULL, r.read_at, b.checkout DESC, b.id LIMIT ?",
            [ended_after, ended_by, *params, dt_to_text(read_before), limit],
        )
        return ids

    def coverage(self, checkout_after: str, closed: Sequence[str], since: datetime) -> tuple[int, int]:
        """(conversations read since ``since``, open conversations not read since then)."""
        stamp = dt_to_text(since)
        read = self._db.scalar("SELECT count(*) FROM conversation_reads WHERE read_at >= ?", (stamp,))
        status, params = _not_closed(closed)
        waiting = self._db.scalar(
            f"SELECT count(*) FROM bookings b {_READS} WHERE b.checkout > ?{status} "
            "AND (r.read_at IS NULL OR r.read_at < ?)",
            [checkout_after, *params, stamp],
        )
        return int(read), int(waiting)
