"""Read state per person: on a team's store each person reads, and marks unread, for themselves.

The thread row keeps the read marker the channel's summaries seed (and the one person's reads on a profile
used alone); ``person_reads`` keeps each person's own marker beside it, with that person's unread count
worked out when messages are stored, as the thread's is (``InboxRepository._count_unread``, with its
"after our last reply" and same-second rules). A person has read what either marker covers: what the channel
says was read, and what they read here. A person without a row for a conversation sees the thread's own
state, so a new colleague starts from what the channel says, not from every message unread.

Only the person's rows are written when they read or mark unread, so a desktop needs no right to change the
cached threads, and a colleague's unread stays until they read it themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from colivingdesk.store.dialect import Dialect, dialect_of

#: ``count(conn, channel, external_id, read_through, read_through_id)``: guest messages unread past a marker.
CountUnread = Callable[[sqlite3.Connection, str, str, Any, Any], int]


def effective_unread(dialect: Dialect) -> str:
    """The unread count a person (the statement's first parameter) sees for ``threads``' current row."""
    greatest = dialect.greatest
    return (
        f"coalesce((SELECT {greatest}(pr.unread_count, pr.marked_unread) FROM person_reads AS pr "
        "WHERE pr.person = ? AND pr.channel = threads.channel AND pr.external_id = threads.external_id), "
        f"{greatest}(unread_count, marked_unread))"
    )


def _later(a: Any, b: Any) -> Any:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def refresh_person_reads(conn: sqlite3.Connection, channel: str, external_id: str, count: CountUnread) -> None:
    """Bring every person's unread count for one thread in line with its stored messages and summary."""
    rows = conn.execute(
        "SELECT person, read_through, read_through_id, unread_count FROM person_reads "
        "WHERE channel = ? AND external_id = ?",
        (channel, external_id),
    ).fetchall()
    if not rows:
        return
    thread = conn.execute(
        "SELECT read_through, read_through_id, unread_count, last_activity, last_inbound FROM threads "
        "WHERE channel = ? AND external_id = ?",
        (channel, external_id),
    ).fetchone()
    if thread is None:
        return
    for person, read_at, read_id, old in rows:
        unread = count(conn, channel, external_id, _later(read_at, thread[0]), _later(read_id, thread[1]))
        # Activity the summary reports beyond every stored message: the channel's count stands until they come.
        if thread[4] is None and thread[3] is not None and (read_at or "") < thread[3]:
            unread = max(unread, int(thread[2]))
        if unread != old:
            conn.execute(
                "UPDATE person_reads SET unread_count = ? WHERE person = ? AND channel = ? AND external_id = ?",
                (unread, person, channel, external_id),
            )


def mark_read(conn: sqlite3.Connection, person: str, channel: str, external_id: str) -> bool:
    """``person`` has read the thread up to its newest message; returns whether their state changed."""
    thread = conn.execute(
        "SELECT last_activity FROM threads WHERE channel = ? AND external_id = ?", (channel, external_id)
    ).fetchone()
    if thread is None:
        return False
    newest = conn.execute(
        "SELECT max(coalesce(created_at, '')), max(id) FROM messages WHERE channel = ? AND thread_external_id = ?",
        (channel, external_id),
    ).fetchone()
    read_at = max(thread[0] or "", newest[0] or "")
    old = conn.execute(
        "SELECT read_through, read_through_id, unread_count, marked_unread FROM person_reads "
        "WHERE person = ? AND channel = ? AND external_id = ?",
        (person, channel, external_id),
    ).fetchone()
    read_id = newest[1] if newest[1] is not None else (old[1] if old is not None else None)
    if old is not None and tuple(old) == (read_at, read_id, 0, 0):
        return False
    conn.execute(
        "INSERT INTO person_reads (person, channel, external_id, read_through, read_through_id, unread_count, "
        "marked_unread) VALUES (?, ?, ?, ?, ?, 0, 0) ON CONFLICT (person, channel, external_id) DO UPDATE SET "
        "read_through = excluded.read_through, read_through_id = excluded.read_through_id, unread_count = 0, "
        "marked_unread = 0",
        (person, channel, external_id, read_at, read_id),
    )
    return True


def mark_unread(conn: sqlite3.Connection, person: str, channel: str, external_id: str) -> bool:
    """Show the thread as unread to ``person`` until they next read it; returns whether that changed."""
    thread = conn.execute(
        "SELECT read_through, read_through_id, unread_count, marked_unread FROM threads "
        "WHERE channel = ? AND external_id = ?",
        (channel, external_id),
    ).fetchone()
    if thread is None:
        return False
    old = conn.execute(
        "SELECT marked_unread FROM person_reads WHERE person = ? AND channel = ? AND external_id = ?",
        (person, channel, external_id),
    ).fetchone()
    if old is not None:
        return bool(conn.execute(
            "UPDATE person_reads SET marked_unread = 1 WHERE person = ? AND channel = ? AND external_id = ? "
            "AND marked_unread = 0",
            (person, channel, external_id),
        ).rowcount > 0)
    # First mark of this person on this thread: start from the thread's own state, as they saw it.
    conn.execute(
        "INSERT INTO person_reads (person, channel, external_id, read_through, read_through_id, unread_count, "
        "marked_unread) VALUES (?, ?, ?, ?, ?, ?, 1)",
        (person, channel, external_id, thread[0], thread[1], thread[2]),
    )
    return not thread[3]


def unread_totals(conn: Any, person: str) -> tuple[int, int]:
    """(conversations unread, unread messages) as ``person`` sees them."""
    expr = effective_unread(dialect_of(conn))
    row = conn.execute(
        f"SELECT coalesce(sum(CASE WHEN {expr} > 0 THEN 1 ELSE 0 END), 0), coalesce(sum({expr}), 0) FROM threads",
        (person, person),
    ).fetchone()
    return int(row[0]), int(row[1])
