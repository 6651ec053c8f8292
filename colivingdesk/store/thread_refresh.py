"""Thread summaries brought in line with their stored messages, for a whole batch of threads at once (SQLite).

``InboxRepository._refresh_thread`` is the rule, one thread at a time: about a dozen statements per thread,
which a first sync paid five thousand times, each one a hand-off of the interpreter lock between the store
thread and the event loop. Here the same facts are read for every thread of a batch in one statement (the
summary row, the newest message, the operator's last reply, whether a guest wrote since the thread was
archived, and the unread count past the read marker with its same-second rule), the same decisions are taken
in Python, and the rows that changed are written in one multi-row upsert. The result is the same row, column
for column, and the same set of changed threads (``tests/unit/store/test_thread_refresh.py`` compares them).

Two per-thread steps stay per thread, and only run when they can matter: carrying reply authors from the
outbox (only while the outbox holds a sent reply with an author) and each person's unread count on a team's
store (only when someone has a read marker).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from typing import Any

from colivingdesk.domain import Channel
from colivingdesk.store.people import stamp_authors
from colivingdesk.store.person_reads import CountUnread, refresh_person_reads
from colivingdesk.store.upsert import insert_values, stage_keys

ThreadKey = tuple[str, str]

_UPSERT_HEAD = (
    "INSERT INTO threads (channel, external_id, participant_name, booking_id, last_message, last_activity, "
    "unread_count, last_inbound, archived_through_id, archived_activity)"
)
_UPSERT_TAIL = (
    " ON CONFLICT (channel, external_id) DO UPDATE SET last_message = excluded.last_message, "
    "last_activity = excluded.last_activity, unread_count = excluded.unread_count, "
    "last_inbound = excluded.last_inbound, archived_through_id = excluded.archived_through_id, "
    "archived_activity = excluded.archived_activity"
)
_WIDTH = 10


def _facts_sql(staged: str, own: Collection[str]) -> str:
    """One row per staged thread key: its summary (NULLs when not stored), the newest message, the first guest
    name (for a thread created here), whether a guest wrote after the archive mark, and the unread count."""
    senders = ", ".join(f"'{s}'" for s in sorted(own))
    of_thread = "channel = k.k0 AND thread_external_id = k.k1"
    newest = "ORDER BY coalesce(created_at, '') DESC, id DESC LIMIT 1"
    return (
        "SELECT k.k0, k.k1, t.rowid IS NULL, t.last_message, t.last_activity, t.unread_count, "
        "t.archived_through_id, t.archived_activity, t.last_inbound, "
        f"n.text, n.created_at, n.id IS NOT NULL, n.sender NOT IN ({senders}), "
        f"CASE WHEN t.rowid IS NULL THEN (SELECT sender_name FROM messages WHERE {of_thread} "
        f"AND sender_name != '' AND sender NOT IN ({senders}) ORDER BY created_at, id LIMIT 1) END, "
        f"t.archived_through_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages WHERE {of_thread} "
        f"AND sender NOT IN ({senders}) AND id > t.archived_through_id), "
        # _count_unread: guest messages after our last reply and past the read marker; at the marker's own
        # second only when a message of that second was already stored when the marker was set.
        f"(SELECT count(*) FROM messages AS m WHERE m.channel = k.k0 AND m.thread_external_id = k.k1 "
        f"AND m.sender NOT IN ({senders}) "
        "AND (coalesce(m.created_at, ''), m.id) > (coalesce(o.created_at, ''), coalesce(o.id, 0)) "
        "AND m.id > coalesce(t.read_through_id, 0) "
        "AND (m.created_at IS NULL OR m.created_at > coalesce(t.read_through, '') "
        "OR (m.created_at = t.read_through AND EXISTS (SELECT 1 FROM messages AS s WHERE s.channel = k.k0 "
        "AND s.thread_external_id = k.k1 AND s.id <= coalesce(t.read_through_id, 0) "
        "AND s.created_at = t.read_through)))) "
        f"FROM {staged} AS k "
        "LEFT JOIN threads AS t ON t.channel = k.k0 AND t.external_id = k.k1 "
        f"LEFT JOIN messages AS n ON n.id = (SELECT id FROM messages WHERE {of_thread} {newest}) "
        f"LEFT JOIN messages AS o ON o.id = (SELECT id FROM messages WHERE {of_thread} "
        f"AND sender IN ({senders}) {newest})"
    )


def _summary(facts: Sequence[Any]) -> tuple[bool, tuple[Any, ...]]:
    """Whether the thread changed, and its row for the upsert (``_UPSERT_HEAD``'s columns), from its facts;
    the decisions of ``_refresh_thread`` and ``_refresh_state``."""
    (channel, external_id, created, last_message, last_at, unread, archived, archived_activity, inbound_before,
     newest_text, newest_at, has_newest, newest_inbound, guest, guest_since_archive, count) = facts
    if created:
        last_message, unread = "", 0
    new_message, new_at = last_message, last_at
    if has_newest and newest_at is not None:
        if last_at is None or newest_at >= last_at:
            new_at, new_message = newest_at, newest_text
    elif has_newest and last_at is None:
        new_message = newest_text  # no message times (Coliving.com's samples): the newest is the last stored
    # Who wrote last is unknown while the newest stored message is older than the activity the summary reports.
    behind = has_newest and newest_at is not None and last_at is not None and newest_at < last_at
    inbound = None if not has_newest or behind else int(newest_inbound)
    new_archived = None if guest_since_archive else archived
    state_changed = inbound != inbound_before or new_archived != archived
    changed = bool(created) or state_changed or (new_message, new_at, count) != (last_message, last_at, unread)
    booking_id = external_id if channel == Channel.COLIVING.value else None
    row = (
        channel, external_id, guest or "", booking_id, new_message, new_at, count, inbound, new_archived,
        None if new_archived is None else archived_activity,
    )
    return changed, row


def refresh_threads(
    conn: sqlite3.Connection, threads: Sequence[ThreadKey], own: Collection[str], count_past: CountUnread
) -> set[ThreadKey]:
    """Bring the summaries of ``threads`` in line with their stored messages, as ``_refresh_thread`` does for
    each; returns the keys whose row changed (or was created)."""
    if not threads:
        return set()
    staged = stage_keys(conn, 2, threads)
    facts = conn.execute(_facts_sql(staged, own)).fetchall()
    changed: set[ThreadKey] = set()
    rows: list[tuple[Any, ...]] = []
    for fact in facts:
        differs, row = _summary(tuple(fact))
        if differs:
            changed.add((row[0], row[1]))
            rows.append(row)
    if rows:
        insert_values(conn, _UPSERT_HEAD, _WIDTH, rows, _UPSERT_TAIL)
    _per_thread(conn, threads, "SELECT 1 FROM outbox WHERE kind = 'reply' AND author IS NOT NULL "
                "AND result_external_id IS NOT NULL LIMIT 1", stamp_authors)
    _per_thread(conn, threads, "SELECT 1 FROM person_reads LIMIT 1",
                lambda c, ch, ext: refresh_person_reads(c, ch, ext, count_past))
    return changed


def _per_thread(
    conn: sqlite3.Connection, threads: Sequence[ThreadKey], needed: str, step: Callable[[Any, str, str], None]
) -> None:
    """Run a per-thread ``step`` over ``threads`` when the ``needed`` query finds anything it could act on."""
    if conn.execute(needed).fetchone() is None:
        return
    for channel, external_id in threads:
        step(conn, channel, external_id)
