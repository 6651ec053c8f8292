"""Message automations as data: rules, their occurrences, and each account's house settings.

An *occurrence* is one message a rule owes one record (a booking, a lead, a guest message), named by a durable
key such as ``r3:booking:812:checkin``. Its row is written the first time the engine sees it and is never
deleted, so whatever happens later (a restart, the same booking in the next sync, the rule's text edited, a
second process) the key still says whether that message was already queued. It moves only forward:

    scheduled ──▶ queued (an outbox item exists: the outbox says sent, held or refused)
        │   └────▶ preview (a preview-only rule: the text it would have sent)
        └────────▶ skipped | cancelled | missed | failed (with the reason)

Only ``scheduled`` rows change (their time follows the booking's dates), and the move to ``queued`` and the
outbox item are one transaction whose outbox idempotency key is derived from the occurrence key, so of two
processes firing the same occurrence exactly one creates the message.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.store.codec import dt_to_text, from_json, text_to_dt, to_json
from colivingdesk.store.db import Database
from colivingdesk.store.inbox import OWN_SENDERS
from colivingdesk.store.outbox import REPLY_KIND, OutboxRepository

AUTOMATIONS_SQL = """
CREATE TABLE automation_rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    trigger TEXT NOT NULL,
    saved_reply_id INTEGER NOT NULL,
    timing TEXT NOT NULL DEFAULT '{}',
    filters TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    preview_only INTEGER NOT NULL DEFAULT 0,
    active_since TEXT NOT NULL,
    baselined INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE automation_occurrences (
    key TEXT PRIMARY KEY,
    rule_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    target TEXT NOT NULL,
    property_id TEXT,
    due_at TEXT NOT NULL,
    latest_at TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    text TEXT,
    outbox_id INTEGER,
    pinned INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX automation_occurrences_by_state ON automation_occurrences (state, channel, due_at);
CREATE INDEX automation_occurrences_by_rule ON automation_occurrences (rule_id, state);

-- An automated message the user discards from the outbox was not sent: its occurrence says so (and is never
-- queued again). A sent item pruned from the outbox leaves its occurrence ``queued``: it was sent.
CREATE TRIGGER automation_outbox_discarded AFTER DELETE ON outbox WHEN OLD.state != 'sent'
BEGIN
    UPDATE automation_occurrences SET state = 'skipped', reason = 'Discarded from the outbox before it was sent.',
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE outbox_id = OLD.id AND state = 'queued';
END;

CREATE TABLE automation_settings (
    channel TEXT PRIMARY KEY,
    settings TEXT NOT NULL DEFAULT '{}'
);
"""

#: The user's own text for one upcoming message ("edit this one"), and the name of a rule that was deleted, so
#: its history still says which rule sent what.
AUTOMATION_EDITS_SQL = """
ALTER TABLE automation_occurrences ADD COLUMN edited_text TEXT;
ALTER TABLE automation_occurrences ADD COLUMN rule_name TEXT;
"""

SCHEDULED, QUEUED, PREVIEW, SKIPPED, CANCELLED, MISSED, FAILED = (
    "scheduled", "queued", "preview", "skipped", "cancelled", "missed", "failed"
)
TURNED_OFF = "The rule was turned off."
DELETED = "The rule was deleted."
RETRIGGERED = "The rule was given another trigger."
#: Namespace of the outbox idempotency keys derived from occurrence keys (a UUID, as text: ``uuid`` and the
#: ``platform`` module it loads are not needed before the window's first paint, and load with the sync engine).
OCCURRENCE_NAMESPACE = "6f1c8a52-3a7e-4a59-9f55-2f4f1f3b0c1e"


def occurrence_idempotency_key(key: str) -> str:
    """The outbox key of an occurrence's message: the same for every process and every run, forever."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(OCCURRENCE_NAMESPACE), key))


@dataclass(slots=True)
class AutomationRule:
    """A trigger, a filter, a saved reply and a timing (see ``colivingdesk.sync.automations`` for meanings)."""

    name: str
    trigger: str
    saved_reply_id: int
    timing: dict[str, Any] = field(default_factory=dict)
    filters: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    preview_only: bool = False
    id: int | None = None
    #: When the rule was (last) turned on: records from before it never receive its messages.
    active_since: datetime | None = None
    #: Whether the bookings already confirmed or cancelled when it was turned on were set aside.
    baselined: bool = False
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PlannedOccurrence:
    """What the engine computed for one occurrence from the cache, before it is stored."""

    key: str
    rule_id: int
    channel: Channel
    record_kind: str  # "booking" | "lead" | "message"
    record_id: str
    target: str  # the conversation the message goes to ("" while a lead's conversation is unknown)
    due_at: datetime
    latest_at: datetime  # after this it is too late to send (an outage outlasted the message's use)
    property_id: str | None = None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One time an automation rule applies to one record, as the store tracks it."""
    key: str
    rule_id: int
    channel: Channel
    record_kind: str
    record_id: str
    target: str
    property_id: str | None
    due_at: datetime
    latest_at: datetime
    state: str
    reason: str | None
    text: str | None
    outbox_id: int | None
    created_at: datetime
    updated_at: datetime
    #: The outbox item's own state and error, for ``queued`` occurrences whose item is still stored.
    outbox_state: OutboxState | None = None
    outbox_error: str | None = None
    #: The user's text for this one message, sent instead of the saved reply filled in (None: not edited).
    edited_text: str | None = None
    #: The rule's name, kept once the rule itself is deleted.
    rule_name: str | None = None


def _rule_from(row: sqlite3.Row) -> AutomationRule:
    return AutomationRule(
        id=row["id"],
        name=row["name"],
        trigger=row["trigger"],
        saved_reply_id=row["saved_reply_id"],
        timing=from_json(row["timing"], {}),
        filters=from_json(row["filters"], {}),
        enabled=bool(row["enabled"]),
        preview_only=bool(row["preview_only"]),
        active_since=text_to_dt(row["active_since"]),
        baselined=bool(row["baselined"]),
        updated_at=text_to_dt(row["updated_at"]),
    )


def _occurrence_from(row: sqlite3.Row) -> Occurrence:
    keys = row.keys()
    state = row["outbox_state"] if "outbox_state" in keys else None
    return Occurrence(
        key=row["key"],
        rule_id=row["rule_id"],
        channel=Channel(row["channel"]),
        record_kind=row["record_kind"],
        record_id=row["record_id"],
        target=row["target"],
        property_id=row["property_id"],
        due_at=_dt(row["due_at"]),
        latest_at=_dt(row["latest_at"]),
        state=row["state"],
        reason=row["reason"],
        text=row["text"],
        outbox_id=row["outbox_id"],
        created_at=_dt(row["created_at"]),
        updated_at=_dt(row["updated_at"]),
        outbox_state=OutboxState(state) if state else None,
        outbox_error=row["outbox_error"] if "outbox_error" in keys else None,
        edited_text=row["edited_text"],
        rule_name=row["rule_name"],
    )


def _dt(text: str) -> datetime:
    value = text_to_dt(text)
    assert value is not None
    return value


_OCC_SELECT = (
    "SELECT a.*, o.state AS outbox_state, o.error AS outbox_error FROM automation_occurrences AS a"
    " LEFT JOIN outbox AS o ON o.id = a.outbox_id"
)


class AutomationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # rules

    def rules(self, enabled_only: bool = False) -> list[AutomationRule]:
        sql = "SELECT * FROM automation_rules" + (" WHERE enabled = 1" if enabled_only else "") + " ORDER BY id"
        return [_rule_from(r) for r in self._db.query(sql)]

    def get_rule(self, rule_id: int) -> AutomationRule | None:
        row = self._db.query_one("SELECT * FROM automation_rules WHERE id = ?", (rule_id,))
        return None if row is None else _rule_from(row)

    def save_rule(self, rule: AutomationRule, now: datetime | None = None) -> AutomationRule:
        """Insert (no id) or update a rule. Turning a rule on (or creating it on) starts its ``active_since``:
        nothing that happened while it was off is sent late. Giving it another trigger starts it afresh too:
        what the old trigger still owed is cancelled, and the records that already had the new trigger's event
        (bookings confirmed or cancelled before) are set aside, as for a new rule."""
        stamp = now or datetime.now(UTC)
        with self._db.transaction() as conn:
            old = None if rule.id is None else conn.execute(
                "SELECT enabled, active_since, baselined, trigger FROM automation_rules WHERE id = ?", (rule.id,)
            ).fetchone()
            retriggered = old is not None and old["trigger"] != rule.trigger
            turned_on = old is not None and rule.enabled and not old["enabled"]
            restart = old is None or retriggered or turned_on
            since = stamp if old is None or restart else text_to_dt(old["active_since"])
            baselined = False if old is None or restart else bool(old["baselined"])
            values = (
                rule.name.strip(), rule.trigger, rule.saved_reply_id, to_json(rule.timing), to_json(rule.filters),
                int(rule.enabled), int(rule.preview_only), dt_to_text(since), int(baselined), dt_to_text(stamp),
            )
            if old is None:
                # Occurrence keys start with the rule's id: a new rule never takes the id of a deleted one
                # whose occurrences are kept, or it would find "its" messages already sent.
                rule_id = int(conn.execute(
                    f"SELECT {self._db.dialect.greatest}(coalesce((SELECT max(id) FROM automation_rules), 0),"
                    " coalesce((SELECT max(rule_id) FROM automation_occurrences), 0)) + 1"
                ).fetchone()[0])
                conn.execute(
                    "INSERT INTO automation_rules (id, name, trigger, saved_reply_id, timing, filters, enabled,"
                    " preview_only, active_since, baselined, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rule_id, *values),
                )
            else:
                assert rule.id is not None
                conn.execute(
                    "UPDATE automation_rules SET name = ?, trigger = ?, saved_reply_id = ?, timing = ?, filters = ?,"
                    " enabled = ?, preview_only = ?, active_since = ?, baselined = ?, updated_at = ? WHERE id = ?",
                    (*values, rule.id),
                )
                rule_id = rule.id
            if retriggered:
                self._settle_where(conn, "rule_id = ?", [rule_id], CANCELLED, RETRIGGERED, stamp)
            if not rule.enabled:
                self._settle_where(conn, "rule_id = ?", [rule_id], CANCELLED, TURNED_OFF, stamp)
            elif turned_on and not retriggered:
                # Turned on again: what waited when it was turned off is owed again (the engine skips what
                # fell due while it was off, and cancels what the records no longer call for).
                conn.execute(
                    "UPDATE automation_occurrences SET state = ?, reason = NULL, updated_at = ?"
                    " WHERE rule_id = ? AND state = ? AND reason = ?",
                    (SCHEDULED, dt_to_text(stamp), rule_id, CANCELLED, TURNED_OFF),
                )
            row = conn.execute("SELECT * FROM automation_rules WHERE id = ?", (rule_id,)).fetchone()
        return _rule_from(row)

    def delete_rule(self, rule_id: int, now: datetime | None = None) -> bool:
        """Remove a rule; what it has not sent is cancelled, what it sent stays in the history under its name."""
        with self._db.transaction() as conn:
            self._settle_where(conn, "rule_id = ?", [rule_id], CANCELLED, DELETED, now)
            conn.execute(
                "UPDATE automation_occurrences SET rule_name = (SELECT name FROM automation_rules WHERE id = ?)"
                " WHERE rule_id = ?",
                (rule_id, rule_id),
            )
            return conn.execute("DELETE FROM automation_rules WHERE id = ?", (rule_id,)).rowcount > 0

    def mark_baselined(self, rule_id: int) -> None:
        self._db.execute("UPDATE automation_rules SET baselined = 1 WHERE id = ?", (rule_id,))

    # occurrences

    def add(self, planned: PlannedOccurrence, state: str = SCHEDULED, reason: str | None = None,
            now: datetime | None = None) -> bool:
        """Record an occurrence the first time it is seen; False when its key is already known (any state)."""
        stamp = dt_to_text(now or datetime.now(UTC))
        return self._db.execute(
            "INSERT INTO automation_occurrences (key, rule_id, channel, record_kind, record_id, target, property_id,"
            " due_at, latest_at, state, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO NOTHING",
            (planned.key, planned.rule_id, planned.channel.value, planned.record_kind, planned.record_id,
             planned.target, planned.property_id, dt_to_text(planned.due_at), dt_to_text(planned.latest_at),
             state, reason, stamp, stamp),
        ) > 0

    def reschedule(self, planned: PlannedOccurrence, now: datetime | None = None) -> bool:
        """Move a still-scheduled occurrence to the booking's new dates (or its newly known conversation)."""
        return self._db.execute(
            "UPDATE automation_occurrences SET due_at = ?, latest_at = ?, target = ?, property_id = ?, updated_at = ?"
            " WHERE key = ? AND state = ? AND pinned = 0"
            f" AND (due_at != ? OR latest_at != ? OR target != ? OR property_id {self._db.dialect.not_same} ?)",
            (dt_to_text(planned.due_at), dt_to_text(planned.latest_at), planned.target, planned.property_id,
             dt_to_text(now or datetime.now(UTC)), planned.key, SCHEDULED, dt_to_text(planned.due_at),
             dt_to_text(planned.latest_at), planned.target, planned.property_id),
        ) > 0

    def settle(self, key: str, state: str, reason: str | None, text: str | None = None,
               now: datetime | None = None) -> bool:
        """End a scheduled occurrence without a message (or with a preview text); False if it was not scheduled."""
        return self._db.execute(
            "UPDATE automation_occurrences SET state = ?, reason = ?, text = coalesce(?, text), updated_at = ?"
            " WHERE key = ? AND state = ?",
            (state, reason, text, dt_to_text(now or datetime.now(UTC)), key, SCHEDULED),
        ) > 0

    def send_now(self, key: str, now: datetime | None = None) -> bool:
        """Make a scheduled occurrence due at once (the user's Send now); a later date change does not move it
        back."""
        stamp = dt_to_text(now or datetime.now(UTC))
        return self._db.execute(
            "UPDATE automation_occurrences SET due_at = ?, pinned = 1, updated_at = ? WHERE key = ? AND state = ?",
            (stamp, stamp, key, SCHEDULED),
        ) > 0

    def edit_text(self, key: str, text: str | None, now: datetime | None = None) -> bool:
        """The user's own text for one upcoming message (None: back to the saved reply); False if it is no longer
        upcoming. It is stored with the occurrence, so it survives restarts and goes with that message only."""
        return self._db.execute(
            "UPDATE automation_occurrences SET edited_text = ?, updated_at = ? WHERE key = ? AND state = ?",
            (text, dt_to_text(now or datetime.now(UTC)), key, SCHEDULED),
        ) > 0

    def fire(self, key: str, channel: Channel, target: str, payload: dict[str, Any], text: str,
             now: datetime | None = None) -> OutboxItem | None:
        """Queue the occurrence's message: the state change and the outbox item commit together, so it is in
        the outbox exactly once or not at all; None when it was no longer scheduled (another process fired it,
        or it was cancelled meanwhile)."""
        stamp = now or datetime.now(UTC)
        with self._db.transaction() as conn:
            taken = conn.execute(
                "UPDATE automation_occurrences SET state = ?, text = ?, reason = NULL, updated_at = ?"
                " WHERE key = ? AND state = ?",
                (QUEUED, text, dt_to_text(stamp), key, SCHEDULED),
            ).rowcount
            if not taken:
                return None
            item = OutboxRepository(self._db).enqueue(
                channel, REPLY_KIND, target, payload, occurrence_idempotency_key(key), now=stamp
            )
            conn.execute("UPDATE automation_occurrences SET outbox_id = ? WHERE key = ?", (item.id, key))
        return item

    def get(self, key: str) -> Occurrence | None:
        row = self._db.query_one(f"{_OCC_SELECT} WHERE a.key = ?", (key,))
        return None if row is None else _occurrence_from(row)

    def scheduled(self, rule_id: int) -> list[Occurrence]:
        rows = self._db.query(f"{_OCC_SELECT} WHERE a.rule_id = ? AND a.state = ?", (rule_id, SCHEDULED))
        return [_occurrence_from(r) for r in rows]

    def due(self, channel: Channel, now: datetime) -> list[Occurrence]:
        rows = self._db.query(
            f"{_OCC_SELECT} WHERE a.state = ? AND a.channel = ? AND a.due_at <= ? ORDER BY a.due_at, a.key",
            (SCHEDULED, channel.value, dt_to_text(now)),
        )
        return [_occurrence_from(r) for r in rows]

    def next_due(self, channel: Channel, after: datetime) -> datetime | None:
        """When the next scheduled message of ``channel`` falls due after ``after`` (the scheduler's wake-up;
        one already due but waiting, e.g. for a lead's conversation, is looked at again by the next poll)."""
        return text_to_dt(self._db.scalar(
            "SELECT min(due_at) FROM automation_occurrences WHERE state = ? AND channel = ? AND due_at > ?",
            (SCHEDULED, channel.value, dt_to_text(after)),
        ))

    def listing(self, states: Iterable[str] | None = None, limit: int | None = None,
                newest_first: bool = False) -> list[Occurrence]:
        """Occurrences with their outbox item's state: the upcoming queue (``scheduled``) or the history."""
        sql, params = _OCC_SELECT, list[Any]()
        wanted = list(states or [])
        if wanted:
            sql += f" WHERE a.state IN ({', '.join('?' * len(wanted))})"
            params.extend(wanted)
        sql += " ORDER BY a.due_at DESC, a.key" if newest_first else " ORDER BY a.due_at, a.key"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_occurrence_from(r) for r in self._db.query(sql, params)]

    def _settle_where(self, conn: sqlite3.Connection, where: str, params: Sequence[Any], state: str,
                      reason: str, now: datetime | None) -> None:
        conn.execute(
            f"UPDATE automation_occurrences SET state = ?, reason = ?, updated_at = ? WHERE state = ? AND {where}",
            (state, reason, dt_to_text(now or datetime.now(UTC)), SCHEDULED, *params),
        )

    # the records rules look at (ids only: the Store reads the records themselves)

    def booking_ids(self, checkout_from: str) -> list[str]:
        """Bookings whose stay has not ended before ``checkout_from`` (YYYY-MM-DD)."""
        return self._db.column("SELECT id FROM bookings WHERE checkout >= ? ORDER BY checkin, id", (checkout_from,))

    def lead_ids(self, created_from: datetime) -> list[str]:
        return self._db.column(
            "SELECT id FROM leads WHERE created_at >= ? ORDER BY created_at, id", (dt_to_text(created_from),)
        )

    def awaiting_messages(self, channel: Channel, since: datetime) -> list[tuple[str, str, datetime]]:
        """(thread, message id, time) of each conversation whose newest message is the guest's, sent since
        ``since``: the guest is waiting for an answer."""
        own = sorted(OWN_SENDERS)
        marks = ", ".join("?" * len(own))
        rows = self._db.query(
            "SELECT m.thread_external_id, m.external_id, m.created_at FROM messages AS m"
            " WHERE m.channel = ? AND m.created_at >= ? AND lower(m.sender) NOT IN (" + marks + ")"
            " AND NOT EXISTS (SELECT 1 FROM messages AS n WHERE n.channel = m.channel"
            "  AND n.thread_external_id = m.thread_external_id"
            "  AND (n.created_at > m.created_at OR (n.created_at = m.created_at AND n.id > m.id)))"
            " ORDER BY m.created_at, m.id",
            (channel.value, dt_to_text(since), *own),
        )
        return [(r[0], r[1], _dt(r[2])) for r in rows]

    # settings

    def settings(self, channel: Channel) -> dict[str, Any]:
        value = from_json(self._db.scalar("SELECT settings FROM automation_settings WHERE channel = ?",
                                          (channel.value,)), {})
        return value if isinstance(value, dict) else {}

    def save_settings(self, channel: Channel, settings: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO automation_settings (channel, settings) VALUES (?, ?)"
            " ON CONFLICT (channel) DO UPDATE SET settings = excluded.settings",
            (channel.value, to_json(settings)),
        )
