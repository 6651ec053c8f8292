"""Sync's own memory: feed cursors, the reply window, webhook deliveries already handled, and "seen up to"
marks.

All of these must survive a restart, or a restart would re-fetch everything (cursors), let a burst exceed the
channel's 60-replies-an-hour cap (reply log), or re-apply a replayed webhook (seen deliveries).
"""

from __future__ import annotations

from datetime import UTC, datetime

from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database


def _now() -> datetime:
    return datetime.now(UTC)


class BookkeepingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # cursors

    def get_cursor(self, feed: str) -> str | None:
        value: str | None = self._db.scalar("SELECT value FROM sync_cursors WHERE feed = ?", (feed,))
        return value

    def set_cursor(self, feed: str, value: str | None, now: datetime | None = None) -> None:
        self._db.execute(
            "INSERT INTO sync_cursors (feed, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (feed) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (feed, value, dt_to_text(now or _now())),
        )

    def cursor_updated_at(self, feed: str) -> datetime | None:
        return text_to_dt(self._db.scalar("SELECT updated_at FROM sync_cursors WHERE feed = ?", (feed,)))

    def clear_cursor(self, feed: str) -> None:
        self._db.execute("DELETE FROM sync_cursors WHERE feed = ?", (feed,))

    # reply window

    def record_reply(self, account_id: str, at: datetime) -> None:
        self._db.execute(
            "INSERT INTO reply_log (account_id, sent_at) VALUES (?, ?)", (account_id, dt_to_text(at))
        )

    def replies_since(self, account_id: str, since: datetime) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM reply_log WHERE account_id = ? AND sent_at >= ?",
                (account_id, dt_to_text(since)),
            )
        )

    def reply_times_since(self, account_id: str, since: datetime) -> list[datetime]:
        """Send times in the window, oldest first: the oldest tells when the window reopens."""
        rows = self._db.query(
            "SELECT sent_at FROM reply_log WHERE account_id = ? AND sent_at >= ? ORDER BY sent_at",
            (account_id, dt_to_text(since)),
        )
        return [dt for r in rows if (dt := text_to_dt(r[0])) is not None]

    def prune_replies(self, before: datetime) -> int:
        return self._db.execute("DELETE FROM reply_log WHERE sent_at < ?", (dt_to_text(before),))

    # webhook replay

    def seen_before(self, delivery_key: str, now: datetime | None = None) -> bool:
        """Record a delivery and say whether it had been recorded already, in one statement, so two receivers
        racing on the same delivery cannot both treat it as new."""
        inserted = self._db.execute(
            "INSERT INTO webhook_seen (delivery_key, seen_at) VALUES (?, ?) "
            "ON CONFLICT (delivery_key) DO NOTHING",
            (delivery_key, dt_to_text(now or _now())),
        )
        return inserted == 0

    def prune_webhooks(self, before: datetime) -> int:
        return self._db.execute("DELETE FROM webhook_seen WHERE seen_at < ?", (dt_to_text(before),))

    # marks

    def get_mark(self, name: str) -> str | None:
        value: str | None = self._db.scalar("SELECT value FROM marks WHERE name = ?", (name,))
        return value

    def set_mark(self, name: str, value: str | None) -> None:
        self._db.execute(
            "INSERT INTO marks (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )
