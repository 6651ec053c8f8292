"""What each channel last said about its rate limits, shared by every process on the profile.

The window and a cron job may run on the same profile at once, or one right after the other. A 429 that asked
for 200 seconds, or an endpoint group whose ``X-RateLimit-Remaining`` reached 0 until its reset, binds every
process that uses the same key, so the facts are kept here rather than only in the memory of the process that
heard them. Each row is one (account, endpoint group).

Two processes may save at the same time, so a save merges with the row already on disk inside one write
transaction that holds the row's key (see ``dialect.lock``): the later cooldown wins (a promise not to call
before then), and the newer reading of the server's counter (limit, remaining, reset) wins as a whole. Rows
whose cooldown and reset have both passed say nothing any more; they are left out of reads and pruned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database

CHANNEL_STATE_SQL = """
CREATE TABLE channel_state (
    account TEXT NOT NULL,
    endpoint_group TEXT NOT NULL,
    budget_limit INTEGER,
    remaining INTEGER,
    reset_at TEXT,
    cooldown_until TEXT,
    updated_at TEXT,
    PRIMARY KEY (account, endpoint_group)
);
"""

_COLUMNS = "account, endpoint_group, budget_limit, remaining, reset_at, cooldown_until, updated_at"


@dataclass(frozen=True, slots=True)
class ChannelLimit:
    """One endpoint group's budget and wait for one account; times are UTC, ``None`` when not known.

    ``updated_at`` is when the server last reported the counter (``limit``, ``remaining``, ``reset_at``); a
    cooldown (from a 429) is independent of it.
    """

    account: str
    group: str
    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None
    cooldown_until: datetime | None = None
    updated_at: datetime | None = None

    def live(self, now: datetime) -> bool:
        """Whether the row still tells anything at ``now``: a cooldown or a counter window not yet over."""
        return any(t is not None and t > now for t in (self.cooldown_until, self.reset_at))

    def merged(self, newer: ChannelLimit) -> ChannelLimit:
        """This row updated with ``newer``: the later cooldown, and the more recent counter reading."""
        out = self
        if newer.updated_at is not None and (self.updated_at is None or newer.updated_at >= self.updated_at):
            out = replace(
                out,
                limit=newer.limit,
                remaining=newer.remaining,
                reset_at=newer.reset_at,
                updated_at=newer.updated_at,
            )
        if newer.cooldown_until is not None and (
            out.cooldown_until is None or newer.cooldown_until > out.cooldown_until
        ):
            out = replace(out, cooldown_until=newer.cooldown_until)
        return out


class ChannelStateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, limits: Sequence[ChannelLimit]) -> None:
        """Merge ``limits`` into what is stored, in one transaction (see the module docstring)."""
        if not limits:
            return
        with self._db.transaction() as conn:
            for limit in limits:
                # The row may not exist yet, so there is nothing to lock FOR UPDATE: lock its key instead.
                self._db.dialect.lock(conn, f"channel_state:{limit.account}:{limit.group}")
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM channel_state WHERE account = ? AND endpoint_group = ?",
                    (limit.account, limit.group),
                ).fetchone()
                merged = limit if row is None else _from_row(row).merged(limit)
                conn.execute(
                    f"INSERT INTO channel_state ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (account, endpoint_group) DO UPDATE SET budget_limit = excluded.budget_limit,"
                    " remaining = excluded.remaining, reset_at = excluded.reset_at,"
                    " cooldown_until = excluded.cooldown_until, updated_at = excluded.updated_at",
                    (
                        merged.account,
                        merged.group,
                        merged.limit,
                        merged.remaining,
                        dt_to_text(merged.reset_at),
                        dt_to_text(merged.cooldown_until),
                        dt_to_text(merged.updated_at),
                    ),
                )

    def load(self, account: str, now: datetime) -> list[ChannelLimit]:
        """The account's rows that still matter at ``now``, by group."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM channel_state WHERE account = ? ORDER BY endpoint_group", (account,)
        )
        return [limit for limit in map(_from_row, rows) if limit.live(now)]

    def prune(self, now: datetime) -> int:
        """Drop rows whose cooldown and reset have both passed; returns how many."""
        text = dt_to_text(now)
        return self._db.execute(
            "DELETE FROM channel_state WHERE (cooldown_until IS NULL OR cooldown_until <= ?) "
            "AND (reset_at IS NULL OR reset_at <= ?)",
            (text, text),
        )


def _from_row(row: Sequence[object]) -> ChannelLimit:
    account, group, limit, remaining, reset_at, cooldown_until, updated_at = row
    return ChannelLimit(
        account=str(account),
        group=str(group),
        limit=None if limit is None else int(str(limit)),
        remaining=None if remaining is None else int(str(remaining)),
        reset_at=text_to_dt(_text(reset_at)),
        cooldown_until=text_to_dt(_text(cooldown_until)),
        updated_at=text_to_dt(_text(updated_at)),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
