"""The outbox: every user write is stored here before it is sent, then walks a small state machine.

    queued ──▶ sending ──▶ sent
      ▲ │         │  └────▶ failed ──▶ (requeue) queued
      │ ▼         ▼
      held ◀──────┘   (rate cap: wait until ``not_before``)

Nothing here retries or sleeps: the sender asks for ``next_due`` items and reports what happened. An item
found in ``sending`` after a restart was possibly delivered before the crash, so it is left as it is and
listed by ``uncertain_items`` for the sender to reconcile (look it up on the channel, or resend with the same
idempotency key).

Several processes may share one profile (the window, ``sync --watch``, cron ``sync --once``). A sender
therefore *claims* an item before sending it: one conditional ``UPDATE`` moves it from ``queued``/``held`` to
``sending`` and records the owner and the time, so of two processes racing for an item exactly one wins and
the other is told so (``claim`` returns ``None``) instead of failing. Only the owner settles its claim
(``finish``); a claim whose owner died is handed back to the queue by ``take_over`` once the sender judges it
stale, compare-and-swap on the exact claim it looked at, so a fresh claim made meanwhile is never disturbed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.store.codec import dt_to_text, from_json, text_to_dt, to_json
from colivingdesk.store.db import Database
from colivingdesk.store.people import stamp_authors
from colivingdesk.store.records import PendingMessage

Q, SENDING, SENT, FAILED, HELD = (
    OutboxState.QUEUED,
    OutboxState.SENDING,
    OutboxState.SENT,
    OutboxState.FAILED,
    OutboxState.HELD,
)

# The states each transition may start from.
_FROM: dict[str, frozenset[OutboxState]] = {
    "mark_sending": frozenset({Q, HELD}),
    "mark_sent": frozenset({SENDING, Q, HELD}),
    "mark_failed": frozenset({SENDING, Q, HELD}),
    # Not from SENDING: only the process that claimed an item settles it (``finish``), or one that takes a
    # stale claim over (``take_over``); a hold or a user's Retry must not pull an item from under a send.
    # Not a hold from FAILED either: a refused item found due a moment earlier must not go out again.
    "hold": frozenset({Q, HELD}),
    "requeue": frozenset({FAILED, HELD, Q}),
}

_COLS = (
    "id",
    "channel",
    "kind",
    "target",
    "payload",
    "idempotency_key",
    "state",
    "error",
    "attempts",
    "created_at",
    "updated_at",
    "not_before",
    "result_external_id",
    "author",
)
_SELECT = f"SELECT {', '.join(_COLS)} FROM outbox"

REPLY_KIND = "reply"


class OutboxStateError(ValueError):
    """A transition that the item's current state does not allow (e.g. marking a sent item failed)."""


class OutboxNotFoundError(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class Claim:
    """Who is sending an item and since when; ``owner``/``claimed_at`` are None for a row left in ``sending``
    by a release that did not record claims (treated as abandoned)."""

    item_id: int
    channel: Channel
    owner: str | None
    claimed_at: datetime | None


def _now() -> datetime:
    return datetime.now(UTC)


def item_from_row(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        channel=Channel(row["channel"]),
        kind=row["kind"],
        target=row["target"],
        payload=from_json(row["payload"], {}),
        idempotency_key=row["idempotency_key"],
        state=OutboxState(row["state"]),
        error=row["error"],
        attempts=row["attempts"],
        created_at=text_to_dt(row["created_at"]),
        updated_at=text_to_dt(row["updated_at"]),
        not_before=text_to_dt(row["not_before"]),
        author=row["author"],
    )


def reply_text(payload: dict[str, Any]) -> str:
    """The text of a reply payload: ``text`` by convention, ``content`` (BookMyColiving's word) accepted."""
    value = payload.get("text", payload.get("content", ""))
    return value if isinstance(value, str) else str(value)


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def enqueue(
        self,
        channel: Channel | str,
        kind: str,
        target: str,
        payload: dict[str, Any],
        idempotency_key: str,
        *,
        not_before: datetime | None = None,
        now: datetime | None = None,
        author: str | None = None,
    ) -> OutboxItem:
        """Store a write; enqueueing the same idempotency key again returns the item already stored.
        ``author`` is the key of the person who wrote it (see ``people``)."""
        at = dt_to_text(now or _now())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO outbox (channel, kind, target, payload, idempotency_key, state, attempts,"
                " created_at,"
                " updated_at, not_before, author) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"
                " ON CONFLICT (idempotency_key) DO NOTHING",
                (
                    Channel(channel).value,
                    kind,
                    target,
                    to_json(payload),
                    idempotency_key,
                    Q.value,
                    at,
                    at,
                    dt_to_text(not_before),
                    author,
                ),
            )
            row = conn.execute(f"{_SELECT} WHERE idempotency_key = ?", (idempotency_key,)).fetchone()
        return item_from_row(row)

    def get(self, item_id: int) -> OutboxItem | None:
        row = self._db.query_one(f"{_SELECT} WHERE id = ?", (item_id,))
        return None if row is None else item_from_row(row)

    def result_external_id(self, item_id: int) -> str | None:
        """The id the channel gave the created object (message id, property id), once sent."""
        return self._db.scalar("SELECT result_external_id FROM outbox WHERE id = ?", (item_id,))

    def list_items(self, states: Iterable[OutboxState | str] | None = None) -> list[OutboxItem]:
        if states is None:
            rows = self._db.query(f"{_SELECT} ORDER BY created_at, id")
        else:
            values = [OutboxState(s).value for s in states]
            if not values:
                return []
            rows = self._db.query(
                f"{_SELECT} WHERE state IN ({', '.join('?' * len(values))}) ORDER BY created_at, id", values
            )
        return [item_from_row(r) for r in rows]

    def next_due(
        self, now: datetime, channels: Iterable[Channel | str] | None = None, limit: int | None = None
    ) -> list[OutboxItem]:
        params: list[Any] = [Q.value, HELD.value, dt_to_text(now)]
        sql = f"{_SELECT} WHERE state IN (?, ?) AND (not_before IS NULL OR not_before <= ?)"
        if channels is not None:
            chans = [Channel(c).value for c in channels]
            if not chans:
                return []
            sql += f" AND channel IN ({', '.join('?' * len(chans))})"
            params += chans
        sql += " ORDER BY created_at, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [item_from_row(r) for r in self._db.query(sql, params)]

    def uncertain(self) -> list[OutboxItem]:
        return self.list_items([SENDING])

    def pending_replies(self, channel: Channel | str, thread_external_id: str) -> list[PendingMessage]:
        rows = self._db.query(
            f"{_SELECT} WHERE channel = ? AND kind = ? AND target = ? AND state != ? ORDER BY created_at, id",
            (Channel(channel).value, REPLY_KIND, thread_external_id, SENT.value),
        )
        out = []
        for r in rows:
            item = item_from_row(r)
            out.append(
                PendingMessage(
                    outbox_id=item.id,
                    channel=item.channel,
                    thread_external_id=item.target,
                    text=reply_text(item.payload),
                    state=item.state,
                    error=item.error,
                    created_at=item.created_at,
                    not_before=item.not_before,
                    attempts=item.attempts,
                    updated_at=item.updated_at,
                    author=item.author,
                )
            )
        return out

    def _transition(
        self, action: str, item_id: int, now: datetime | None, sets: dict[str, Any]
    ) -> OutboxItem:
        with self._db.transaction() as conn:
            row = conn.execute(
                f"SELECT state FROM outbox WHERE id = ?{self._db.dialect.for_update}", (item_id,)
            ).fetchone()
            if row is None:
                raise OutboxNotFoundError(item_id)
            state = OutboxState(row[0])
            if state not in _FROM[action]:
                raise OutboxStateError(f"cannot {action} outbox item {item_id} in state {state.value}")
            assignments = ", ".join(f"{k} = {v}" if k == "attempts" else f"{k} = ?" for k, v in sets.items())
            params = [v for k, v in sets.items() if k != "attempts"]
            conn.execute(
                f"UPDATE outbox SET {assignments}, updated_at = ? WHERE id = ?",
                [*params, dt_to_text(now or _now()), item_id],
            )
            updated = conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
        return item_from_row(updated)

    def mark_sending(self, item_id: int, now: datetime | None = None) -> OutboxItem:
        return self._transition(
            "mark_sending", item_id, now, {"state": SENDING.value, "attempts": "attempts + 1"}
        )

    def mark_sent(
        self, item_id: int, result_external_id: str | None = None, now: datetime | None = None
    ) -> OutboxItem:
        item = self._transition(
            "mark_sent",
            item_id,
            now,
            {
                "state": SENT.value,
                "error": None,
                "not_before": None,
                "result_external_id": result_external_id,
                "claimed_by": None,
                "claimed_at": None,
            },
        )
        if result_external_id is not None and item.author is not None:
            with self._db.transaction() as conn:
                stamp_authors(conn, item.channel.value, item.target)
        return item

    def mark_failed(self, item_id: int, error: str, now: datetime | None = None) -> OutboxItem:
        return self._transition(
            "mark_failed",
            item_id,
            now,
            {"state": FAILED.value, "error": error, "claimed_by": None, "claimed_at": None},
        )

    def hold(self, item_id: int, until: datetime, reason: str, now: datetime | None = None) -> OutboxItem:
        return self._transition(
            "hold",
            item_id,
            now,
            {
                "state": HELD.value,
                "not_before": dt_to_text(until),
                "error": reason,
            },
        )

    def requeue(self, item_id: int, now: datetime | None = None) -> OutboxItem:
        return self._transition(
            "requeue", item_id, now, {"state": Q.value, "error": None, "not_before": None}
        )

    def claim(self, item_id: int, owner: str, now: datetime | None = None) -> OutboxItem | None:
        """Take a due ``queued``/``held`` item for sending (counting the attempt), or None when another process
        has it, it was discarded, or it is no longer due. One statement, so two processes cannot both win."""
        at = dt_to_text(now or _now())
        with self._db.transaction() as conn:
            taken = conn.execute(
                "UPDATE outbox SET state = ?, claimed_by = ?, claimed_at = ?, attempts = attempts + 1,"
                " updated_at = ? WHERE id = ? AND state IN (?, ?) AND (not_before IS NULL OR not_before <= ?)",
                (SENDING.value, owner, at, at, item_id, Q.value, HELD.value, at),
            ).rowcount
            if not taken:
                return None
            row = conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
        return item_from_row(row)

    def finish(
        self,
        item_id: int,
        owner: str,
        state: OutboxState,
        *,
        error: str | None = None,
        not_before: datetime | None = None,
        result_external_id: str | None = None,
        now: datetime | None = None,
    ) -> OutboxItem | None:
        """Settle ``owner``'s claim: ``sent`` (with the channel's id), ``failed`` (with the reason), or back to
        ``queued``/``held`` with why it waits and until when. None when the claim is no longer ``owner``'s
        (another process took it over as stale), so nothing it decided is overwritten."""
        if state is SENDING:
            raise OutboxStateError(f"cannot finish outbox item {item_id} as {state.value}")
        sets: dict[str, Any] = {"state": state.value, "error": error, "not_before": dt_to_text(not_before)}
        if state is SENT:
            sets.update(error=None, not_before=None, result_external_id=result_external_id)
        assignments = ", ".join(f"{k} = ?" for k in sets)
        with self._db.transaction() as conn:
            done = conn.execute(
                f"UPDATE outbox SET {assignments}, claimed_by = NULL, claimed_at = NULL, updated_at = ?"
                " WHERE id = ? AND state = ? AND claimed_by = ?",
                [*sets.values(), dt_to_text(now or _now()), item_id, SENDING.value, owner],
            ).rowcount
            if not done:
                return None
            row = conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
            if state is SENT and row["author"] is not None:
                stamp_authors(conn, row["channel"], row["target"])
        return item_from_row(row)

    def claims(self, channel: Channel | str) -> list[Claim]:
        """Every item of ``channel`` in ``sending``, with its owner, oldest claim first."""
        rows = self._db.query(
            "SELECT id, channel, claimed_by, claimed_at FROM outbox WHERE state = ? AND channel = ?"
            " ORDER BY claimed_at, id",
            (SENDING.value, Channel(channel).value),
        )
        return [
            Claim(r["id"], Channel(r["channel"]), r["claimed_by"], text_to_dt(r["claimed_at"])) for r in rows
        ]

    def take_over(self, claim: Claim, reason: str, now: datetime | None = None) -> bool:
        """Put an abandoned claim back in the queue (``attempts`` kept, so the sender treats it as possibly
        delivered), if it is still exactly ``claim``. ``reason`` is shown as the item's ``error``."""
        same = self._db.dialect.same
        return (
            self._db.execute(
                "UPDATE outbox SET state = ?, error = ?, not_before = NULL, claimed_by = NULL, claimed_at = NULL,"
                f" updated_at = ? WHERE id = ? AND state = ? AND claimed_by {same} ? AND claimed_at {same} ?",
                (
                    Q.value,
                    reason,
                    dt_to_text(now or _now()),
                    claim.item_id,
                    SENDING.value,
                    claim.owner,
                    dt_to_text(claim.claimed_at),
                ),
            )
            > 0
        )

    def delete(self, item_id: int) -> bool:
        """Drop an item the user cancelled. An item in ``sending`` may already be delivered and is kept."""
        with self._db.transaction() as conn:
            row = conn.execute(
                f"SELECT state FROM outbox WHERE id = ?{self._db.dialect.for_update}", (item_id,)
            ).fetchone()
            if row is None:
                return False
            if row[0] == SENDING.value:
                raise OutboxStateError(f"outbox item {item_id} is being sent and cannot be cancelled")
            return conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,)).rowcount > 0

    def prune_sent(self, before: datetime) -> int:
        return self._db.execute(
            "DELETE FROM outbox WHERE state = ? AND updated_at < ?", (SENT.value, dt_to_text(before))
        )

    def annotate(self, item_id: int, notes: dict[str, Any]) -> OutboxItem:
        """Merge ``notes`` into an item's payload, whatever its state: what the channel said about the write
        (``replayed``, the listing an externalId already names) for the views and the command line to show.

        Only keys the sender never reads back as request fields are written here, so a resend is unchanged.
        """
        with self._db.transaction() as conn:
            row = conn.execute(
                f"SELECT payload FROM outbox WHERE id = ?{self._db.dialect.for_update}", (item_id,)
            ).fetchone()
            if row is None:
                raise OutboxNotFoundError(item_id)
            payload = {**from_json(row[0], {}), **notes}
            conn.execute("UPDATE outbox SET payload = ? WHERE id = ?", (to_json(payload), item_id))
            updated = conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
        return item_from_row(updated)
