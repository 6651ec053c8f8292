"""The unified inbox: threads from both channels and their messages.

A thread row is a summary (who, last message, when, how many unread) so the inbox list never scans messages.
It is kept right from both directions: the channel's conversation list (``upsert_threads``) and the messages
themselves (``upsert_messages``), which move the summary forward when a newer message arrives and create the
thread if the message came first (a webhook, or a Coliving.com booking's messages).

Reading is local, and the same for both channels: ``mark_thread_read`` records ``read_through`` (the newest
activity the user has seen) and ``read_through_id`` (the newest message stored then); a guest message stored
after that marker is unread, whichever channel it came from. A later sync that still reports BookMyColiving's
old ``unreadCount`` for the same activity does not bring the badge back; the channel's count only seeds a
thread whose messages are not stored yet. Channels' own "seen" flags are not used: Coliving.com's ``is_seen``
says whether the other side saw a message on the channel, not whether the host read it here.

The user's own marks live beside the read marker: "Mark unread" (``marked_unread``, cleared by reading) and
"Archive" (``archived_through_id``: hidden from the default list until a guest writes again).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from colivingdesk.domain import Channel, Message, OutboxState, Thread
from colivingdesk.store.codec import dt_to_text, from_bool, text_to_dt, to_bool
from colivingdesk.store.db import Database
from colivingdesk.store.dialect import POSTGRES, dialect_of
from colivingdesk.store.filters import ThreadFilter, ThreadKey, like_pattern
from colivingdesk.store.listings import HOUSE_OF_LISTING, LISTINGS_OF_PROPERTY
from colivingdesk.store.outbox import REPLY_KIND
from colivingdesk.store.people import stamp_authors
from colivingdesk.store.person_reads import effective_unread, refresh_person_reads, unread_totals
from colivingdesk.store.person_reads import mark_read as person_mark_read
from colivingdesk.store.person_reads import mark_unread as person_mark_unread
from colivingdesk.store.records import MessageChanges
from colivingdesk.store.search import reindex
from colivingdesk.store.thread_refresh import refresh_threads
from colivingdesk.store.upsert import Row, upsert_rows

# Senders whose messages are the operator's own; everything else counts towards unread.
OWN_SENDERS = frozenset({"host", "operator", "owner"})

_THREAD_COLS = (
    "channel",
    "external_id",
    "participant_name",
    "property_id",
    "booking_id",
    "last_message",
    "last_activity",
    "unread_count",
    "read_through",
    "read_through_id",
)
_T = {name: i for i, name in enumerate(_THREAD_COLS)}
_THREAD_SELECT = f"SELECT {', '.join(_THREAD_COLS)} FROM threads"
# What readers see: a thread the user marked unread counts as one unread message until it is read.
_THREAD_READ = _THREAD_SELECT.replace("unread_count,", "max(unread_count, marked_unread) AS unread_count,", 1)
_UNREAD = "(unread_count > 0 OR marked_unread != 0)"
_INBOUND = f"sender NOT IN ({', '.join(repr(s) for s in sorted(OWN_SENDERS))})"
#: Outbox states of a reply the channel has not taken yet (what the sidebar counts as "not sent").
UNSENT_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.HELD, OutboxState.FAILED)
_THREAD_SORT = "coalesce(last_activity, '')"

_MESSAGE_COLS = (
    "channel",
    "thread_external_id",
    "external_id",
    "sender",
    "sender_name",
    "text",
    "created_at",
    "is_seen",
)
_MESSAGE_SELECT = f"SELECT {', '.join(_MESSAGE_COLS)}, author FROM messages"


def thread_key_text(channel: str, external_id: str) -> str:
    return f"{channel}:{external_id}"


def _thread_row(t: Thread) -> tuple[Any, ...]:
    return (
        t.channel.value,
        t.external_id,
        t.participant_name,
        t.property_id,
        t.booking_id,
        t.last_message,
        dt_to_text(t.last_activity),
        t.unread_count,
        None,
        None,
    )


def _thread_from(row: sqlite3.Row) -> Thread:
    return Thread(
        channel=Channel(row["channel"]),
        external_id=row["external_id"],
        participant_name=row["participant_name"],
        property_id=row["property_id"],
        booking_id=row["booking_id"],
        last_message=row["last_message"],
        last_activity=text_to_dt(row["last_activity"]),
        unread_count=row["unread_count"],
    )


def merge_thread(existing: Row | None, incoming: Row) -> Row:
    """Keep what the incoming summary does not say, never move last activity backwards, honour local reads."""
    if existing is None:
        return incoming
    row = list(existing)
    if incoming[_T["participant_name"]]:
        row[_T["participant_name"]] = incoming[_T["participant_name"]]
    for name in ("property_id", "booking_id"):
        if incoming[_T[name]] is not None:
            row[_T[name]] = incoming[_T[name]]
    new_at, old_at = incoming[_T["last_activity"]], existing[_T["last_activity"]]
    if new_at is not None and (old_at is None or new_at >= old_at):
        row[_T["last_activity"]] = new_at
        if incoming[_T["last_message"]] or new_at != old_at:
            row[_T["last_message"]] = incoming[_T["last_message"]]
    read_through = existing[_T["read_through"]]
    seen_all = read_through is not None and (row[_T["last_activity"]] or "") <= read_through
    row[_T["unread_count"]] = 0 if seen_all else incoming[_T["unread_count"]]
    return tuple(row)


def _message_row(m: Message) -> tuple[Any, ...]:
    return (
        m.channel.value,
        m.thread_external_id,
        m.external_id,
        m.sender,
        m.sender_name,
        m.text,
        dt_to_text(m.created_at),
        to_bool(m.is_seen),
    )


def message_from_row(row: sqlite3.Row) -> Message:
    return Message(
        channel=Channel(row["channel"]),
        thread_external_id=row["thread_external_id"],
        external_id=row["external_id"],
        sender=row["sender"],
        text=row["text"],
        sender_name=row["sender_name"],
        created_at=text_to_dt(row["created_at"]),
        is_seen=from_bool(row["is_seen"]),
        author=row["author"],
    )


def _merge_message(existing: Row | None, incoming: Row) -> Row:
    """A re-delivery that omits the time or the seen flag keeps the ones already stored."""
    if existing is None:
        return incoming
    return tuple(new if new is not None else old for old, new in zip(existing, incoming, strict=True))


def _where(f: ThreadFilter, like: str = "LIKE", unread: str = _UNREAD) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.channel is not None:
        clauses.append("channel = ?")
        params.append(Channel(f.channel).value)
    if f.property_id is not None:  # the whole house: the property's threads and its linked listings' bookings'
        clauses.append(f"(property_id = ? OR booking_id IN (SELECT id FROM bookings WHERE listing_id IN "
                       f"({LISTINGS_OF_PROPERTY})))")
        params += [f.property_id, f.property_id]
    if f.booking_id is not None:
        clauses.append("booking_id = ?")
        params.append(f.booking_id)
    if f.listing_id is not None:
        clauses.append(f"(booking_id IN (SELECT id FROM bookings WHERE listing_id IN ({HOUSE_OF_LISTING})) "
                       "OR property_id = (SELECT bmc_property_id FROM listings WHERE id = ?))")
        params += [f.listing_id, f.listing_id, f.listing_id]
    if f.unread_only:
        if f.reader is None:
            clauses.append(_UNREAD)
        else:
            clauses.append(f"{unread} > 0")
            params.append(f.reader)
    if f.assigned_to is not None:
        clauses.append("EXISTS (SELECT 1 FROM assignments AS a WHERE a.channel = threads.channel "
                       "AND a.external_id = threads.external_id AND a.person = ?)")
        params.append(f.assigned_to)
    if f.needs_reply:
        # The newest stored message is the guest's; before any is stored, the channel's unread count says so.
        clauses.append("coalesce(last_inbound, CASE WHEN unread_count > 0 THEN 1 ELSE 0 END) = 1")
    if f.archived is not None:
        clauses.append("archived_through_id IS NOT NULL" if f.archived else "archived_through_id IS NULL")
    if f.text:
        # The name the inbox shows: the thread's own, else (a conversation the host started) the booking's guest.
        clauses.append(
            f"(participant_name {like} ? ESCAPE '\\' OR last_message {like} ? ESCAPE '\\' OR (participant_name = '' "
            f"AND EXISTS (SELECT 1 FROM bookings AS b WHERE b.id = threads.booking_id AND b.guest_name {like} ? "
            "ESCAPE '\\')))"
        )
        params += [like_pattern(f.text)] * 3
    return clauses, params


class InboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        greatest = db.dialect.greatest
        self._thread_read = _THREAD_READ.replace("max(", f"{greatest}(", 1)
        self._unread_total = f"SELECT coalesce(sum({greatest}(unread_count, marked_unread)), 0) FROM threads"
        self._person_unread = effective_unread(db.dialect)
        self._person_read = _THREAD_SELECT.replace("unread_count,", f"{self._person_unread} AS unread_count,", 1)

    def _filtered(self, f: ThreadFilter | None) -> tuple[str, list[Any], list[str], list[Any]]:
        """The thread select for ``f``'s reader (its parameters come first), and ``f``'s clauses."""
        if f is None:
            return self._thread_read, [], [], []
        clauses, params = _where(f, self._db.dialect.like, self._person_unread)
        if f.reader is None:
            return self._thread_read, [], clauses, params
        return self._person_read, [f.reader], clauses, params

    # threads

    def upsert_threads(self, threads: Sequence[Thread]) -> list[str]:
        with self._db.transaction() as conn:
            keys = upsert_rows(
                conn,
                "threads",
                ("channel", "external_id"),
                _THREAD_COLS,
                [_thread_row(t) for t in threads],
                merge_thread,
            )
            for key in keys:
                # The channel says everything up to this activity is read (read elsewhere, or old): seed the
                # read marker with it, so the messages stored later for that activity are not unread here.
                conn.execute(
                    "UPDATE threads SET read_through = last_activity WHERE channel = ? AND external_id = ? "
                    "AND unread_count = 0 AND last_activity IS NOT NULL "
                    "AND coalesce(read_through, '') < last_activity",
                    key,
                )
                # Activity newer than every stored message: who wrote last is unknown until they are fetched.
                conn.execute(
                    "UPDATE threads SET last_inbound = NULL WHERE channel = ?1 AND external_id = ?2 "
                    "AND last_inbound IS NOT NULL AND last_activity > coalesce((SELECT max(created_at) "
                    "FROM messages WHERE channel = ?1 AND thread_external_id = ?2), '')",
                    key,
                )
                # A summary with newer unread activity than when the thread was archived brings it back.
                conn.execute(
                    "UPDATE threads SET archived_through_id = NULL, archived_activity = NULL "
                    "WHERE channel = ? AND external_id = ? AND archived_through_id IS NOT NULL "
                    "AND unread_count > 0 AND coalesce(last_activity, '') > coalesce(archived_activity, '')",
                    key,
                )
                refresh_person_reads(conn, key[0], key[1], self._count_past)
        return [thread_key_text(*k) for k in keys]

    def get_thread(
        self, channel: Channel | str, external_id: str, f: ThreadFilter | None = None
    ) -> Thread | None:
        """The thread, or None if it is not stored or (with ``f``) does not match the filter."""
        select, first, clauses, params = self._filtered(f)
        clauses = ["channel = ?", "external_id = ?", *clauses]
        row = self._db.query_one(
            f"{select} WHERE {' AND '.join(clauses)}", [*first, Channel(channel).value, external_id, *params]
        )
        return None if row is None else _thread_from(row)

    def count_threads(self, f: ThreadFilter) -> int:
        _, _, clauses, params = self._filtered(f)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(self._db.scalar(f"SELECT count(*) FROM threads{where}", params))

    def page_threads(self, f: ThreadFilter, after: ThreadKey | None, limit: int) -> list[Thread]:
        select, first, clauses, params = self._filtered(f)
        if after is not None:
            clauses.append(f"({_THREAD_SORT}, channel, external_id) < (?, ?, ?)")
            params += list(after)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(
            f"{select}{where} ORDER BY {_THREAD_SORT} DESC, channel DESC, external_id DESC LIMIT ?",
            [*first, *params, limit],
        )
        return [_thread_from(r) for r in rows]

    def mark_thread_read(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        """Zero the unread count and remember how far the user (``person``, on a team's store) has read;
        returns whether anything changed."""
        with self._db.transaction() as conn:
            if person is not None:
                return person_mark_read(conn, person, Channel(channel).value, external_id)
            return self._mark_read(conn, Channel(channel).value, external_id)

    @staticmethod
    def _mark_read(conn: sqlite3.Connection, ch: str, external_id: str) -> bool:
        newest = conn.execute(
            "SELECT max(coalesce(created_at, '')), max(id) FROM messages "
            "WHERE channel = ? AND thread_external_id = ?",
            (ch, external_id),
        ).fetchone()
        dialect = dialect_of(conn)
        greatest, not_same = dialect.greatest, dialect.not_same
        cur = conn.execute(
            "UPDATE threads SET unread_count = 0, marked_unread = 0, "
            f"read_through = {greatest}(coalesce(last_activity, ''), coalesce(?, '')), "
            "read_through_id = coalesce(?, read_through_id) "
            "WHERE channel = ? AND external_id = ? AND (unread_count != 0 OR marked_unread != 0 "
            f"OR read_through {not_same} {greatest}(coalesce(last_activity, ''), coalesce(?, '')) "
            f"OR read_through_id {not_same} coalesce(?, read_through_id))",
            (newest[0], newest[1], ch, external_id, newest[0], newest[1]),
        )
        return cur.rowcount > 0

    def mark_thread_unread(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        """Show the thread as unread again until it is next read; returns whether anything changed."""
        if person is not None:
            with self._db.transaction() as conn:
                return person_mark_unread(conn, person, Channel(channel).value, external_id)
        return self._db.execute(
            "UPDATE threads SET marked_unread = 1 WHERE channel = ? AND external_id = ? AND marked_unread = 0",
            (Channel(channel).value, external_id),
        ) > 0

    def archive_thread(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        """Done with this thread: read, and out of the default list until a guest writes again."""
        ch = Channel(channel).value
        with self._db.transaction() as conn:
            if person is not None:
                read = person_mark_read(conn, person, ch, external_id)
            else:
                read = self._mark_read(conn, ch, external_id)
            cur = conn.execute(
                "UPDATE threads SET archived_through_id = coalesce((SELECT max(id) FROM messages "
                "WHERE channel = ? AND thread_external_id = ?), 0), archived_activity = last_activity "
                "WHERE channel = ? AND external_id = ? AND archived_through_id IS NULL",
                (ch, external_id, ch, external_id),
            )
            return read or cur.rowcount > 0

    def unarchive_thread(self, channel: Channel | str, external_id: str) -> bool:
        return self._db.execute(
            "UPDATE threads SET archived_through_id = NULL, archived_activity = NULL "
            "WHERE channel = ? AND external_id = ? AND archived_through_id IS NOT NULL",
            (Channel(channel).value, external_id),
        ) > 0

    def unread_total(self, person: str | None = None) -> int:
        if person is not None:
            with self._db.lock:
                return unread_totals(self._db.conn, person)[1]
        return int(self._db.scalar(self._unread_total))

    def unread_threads(self, person: str | None = None) -> int:
        if person is not None:
            with self._db.lock:
                return unread_totals(self._db.conn, person)[0]
        return int(self._db.scalar(f"SELECT count(*) FROM threads WHERE {_UNREAD}"))

    def unsent_replies(self) -> int:
        """Replies the channel has not taken yet: queued, being sent, held by a cap, or refused."""
        states = [s.value for s in UNSENT_STATES]
        return int(self._db.scalar(
            f"SELECT count(*) FROM outbox WHERE kind = ? AND state IN ({', '.join('?' * len(states))})",
            [REPLY_KIND, *states],
        ))

    # messages

    def upsert_messages(self, messages: Sequence[Message]) -> MessageChanges:
        key_cols = ("channel", "thread_external_id", "external_id")
        with self._db.transaction() as conn:
            keys = upsert_rows(
                conn, "messages", key_cols, _MESSAGE_COLS, [_message_row(m) for m in messages], _merge_message
            )
            reindex(conn, "message", keys)
            threads = list(dict.fromkeys((k[0], k[1]) for k in keys))
            refreshed = self._refresh_threads(conn, threads)
            changed_threads = [t for t in threads if t in refreshed]
        return MessageChanges(
            messages=[":".join(k) for k in keys],
            threads=[thread_key_text(*t) for t in changed_threads],
        )

    def upsert_message_groups(self, groups: Sequence[Sequence[Message]]) -> list[MessageChanges]:
        """``upsert_messages`` for several groups (each one thread's messages) in one transaction; one result
        per group, as that group's own call would report it.

        The rows of all groups go through one set of statements (one lookup, one insert, one reindex), which
        costs about half as much as a call per group: how a sync stores the threads of a whole batch at once.
        Groups are meant to hold different threads, as one walk's threads do; a message key in two groups is
        stored once and reported with each.
        """
        key_cols = ("channel", "thread_external_id", "external_id")
        width = len(key_cols)
        grouped = [[_message_row(m) for m in group] for group in groups]
        with self._db.transaction() as conn:
            keys = upsert_rows(
                conn, "messages", key_cols, _MESSAGE_COLS, [row for rows in grouped for row in rows], _merge_message
            )
            reindex(conn, "message", keys)
            threads = list(dict.fromkeys((k[0], k[1]) for k in keys))
            changed_threads = self._refresh_threads(conn, threads)
        owners: dict[Row, list[int]] = {}
        for index, rows in enumerate(grouped):
            for row in rows:
                indexes = owners.setdefault(row[:width], [])
                if not indexes or indexes[-1] != index:
                    indexes.append(index)
        mine: list[list[Row]] = [[] for _ in grouped]
        for key in keys:
            for index in owners[key]:
                mine[index].append(key)
        return [
            MessageChanges(
                messages=[":".join(k) for k in own],
                threads=[
                    thread_key_text(*t) for t in dict.fromkeys((k[0], k[1]) for k in own) if t in changed_threads
                ],
            )
            for own in mine
        ]

    def _refresh_threads(self, conn: sqlite3.Connection, threads: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """``_refresh_thread`` for each of ``threads``; returns those whose row changed. On SQLite a whole batch
        is refreshed with a few statements (``thread_refresh``)."""
        if dialect_of(conn) is not POSTGRES:
            return refresh_threads(conn, threads, OWN_SENDERS, self._count_past)
        return {t for t in threads if self._refresh_thread(conn, *t)}

    def _refresh_thread(self, conn: sqlite3.Connection, channel: str, external_id: str) -> bool:
        """Bring a thread's summary in line with its stored messages; returns whether the row changed.

        Once a thread's messages are cached they are the best account of what is unread: inbound messages
        newer than what the user has read here.
        """
        before = conn.execute(
            f"{_THREAD_SELECT} WHERE channel = ? AND external_id = ?", (channel, external_id)
        ).fetchone()
        created = before is None
        if before is None:
            guest = conn.execute(
                "SELECT sender_name FROM messages WHERE channel = ? AND thread_external_id = ? "
                "AND sender_name != ''"
                f" AND sender NOT IN ({', '.join('?' * len(OWN_SENDERS))}) ORDER BY created_at, id LIMIT 1",
                (channel, external_id, *sorted(OWN_SENDERS)),
            ).fetchone()
            booking_id = external_id if channel == Channel.COLIVING.value else None
            conn.execute(
                "INSERT INTO threads (channel, external_id, participant_name, booking_id) "
                "VALUES (?, ?, ?, ?)",
                (channel, external_id, guest[0] if guest else "", booking_id),
            )
            before = conn.execute(
                f"{_THREAD_SELECT} WHERE channel = ? AND external_id = ?", (channel, external_id)
            ).fetchone()
        row = list(before)
        newest = conn.execute(
            "SELECT text, created_at FROM messages WHERE channel = ? AND thread_external_id = ? "
            "ORDER BY coalesce(created_at, '') DESC, id DESC LIMIT 1",
            (channel, external_id),
        ).fetchone()
        last_at = row[_T["last_activity"]]
        if newest is not None and newest["created_at"] is not None:
            if last_at is None or newest["created_at"] >= last_at:
                row[_T["last_activity"]] = newest["created_at"]
                row[_T["last_message"]] = newest["text"]
        elif newest is not None and last_at is None:
            # a channel that sends no message times (Coliving.com's samples): the newest is the last stored
            row[_T["last_message"]] = newest["text"]
        row[_T["unread_count"]] = self._count_unread(conn, channel, external_id, row)
        state_changed = self._refresh_state(conn, channel, external_id)
        stamp_authors(conn, channel, external_id)
        if tuple(row) == tuple(before):
            refresh_person_reads(conn, channel, external_id, self._count_past)
            return created or state_changed
        conn.execute(
            "UPDATE threads SET last_message = ?, last_activity = ?, unread_count = ? "
            "WHERE channel = ? AND external_id = ?",
            (
                row[_T["last_message"]],
                row[_T["last_activity"]],
                row[_T["unread_count"]],
                channel,
                external_id,
            ),
        )
        refresh_person_reads(conn, channel, external_id, self._count_past)
        return True

    @staticmethod
    def _refresh_state(conn: sqlite3.Connection, channel: str, external_id: str) -> bool:
        """Who wrote last (for "Needs reply"), and bring an archived thread back when a guest wrote since;
        returns whether either changed."""
        key = (channel, external_id)
        archived, activity = conn.execute(
            "SELECT archived_through_id, last_activity FROM threads WHERE channel = ? AND external_id = ?", key
        ).fetchone()
        last = conn.execute(
            f"SELECT {_INBOUND}, created_at FROM messages WHERE channel = ? AND thread_external_id = ? "
            "ORDER BY coalesce(created_at, '') DESC, id DESC LIMIT 1",
            key,
        ).fetchone()
        # Unknown while the newest stored message is older than the activity the channel's summary reports.
        behind = last is not None and last[1] is not None and activity is not None and last[1] < activity
        inbound = None if last is None or behind else int(last[0])
        if archived is not None and conn.execute(
            f"SELECT 1 FROM messages WHERE channel = ? AND thread_external_id = ? AND {_INBOUND} AND id > ? "
            "LIMIT 1",
            (*key, archived),
        ).fetchone():
            archived = None
        not_same = dialect_of(conn).not_same
        changed = conn.execute(
            "UPDATE threads SET last_inbound = ?, archived_through_id = ?, "
            "archived_activity = CASE WHEN CAST(? AS BIGINT) IS NULL THEN NULL ELSE archived_activity END "
            f"WHERE channel = ? AND external_id = ? AND (last_inbound {not_same} ? "
            f"OR archived_through_id {not_same} ?)",
            (inbound, archived, archived, *key, inbound, archived),
        ).rowcount
        return bool(changed > 0)

    @classmethod
    def _count_past(cls, conn: sqlite3.Connection, channel: str, external_id: str, read_at: Any, read_id: Any) -> int:
        """``_count_unread`` past a given read marker (a person's, see ``person_reads``)."""
        row: list[Any] = [None] * len(_THREAD_COLS)
        row[_T["read_through"]], row[_T["read_through_id"]] = read_at, read_id
        return cls._count_unread(conn, channel, external_id, row)

    @staticmethod
    def _count_unread(conn: sqlite3.Connection, channel: str, external_id: str, row: list[Any]) -> int:
        """Inbound messages after the operator's own last message (answering a guest means having read them)
        and stored after the user last read the thread here.

        Without the "after our last reply" rule, a first sync of a long BookMyColiving conversation (whose
        messages carry no seen flag) would show every old guest message as unread.
        """
        own = sorted(OWN_SENDERS)
        marks = ", ".join("?" * len(own))
        last_own = conn.execute(
            "SELECT coalesce(created_at, ''), id FROM messages WHERE channel = ? AND thread_external_id = ? "
            f"AND sender IN ({marks}) ORDER BY coalesce(created_at, '') DESC, id DESC LIMIT 1",
            (channel, external_id, *own),
        ).fetchone()
        after = (last_own[0], last_own[1]) if last_own is not None else ("", 0)
        read_id, read_at = row[_T["read_through_id"]], row[_T["read_through"]]
        # Channels stamp messages to the second. When the read marker's time is that of a message already
        # stored, a later-stored message of the same second is new (the guest wrote twice in one second);
        # when it only came from a conversation summary, the message it summarised may arrive later with that
        # same time and was seen in the list, so only strictly newer ones count.
        stored_at_mark = read_at is not None and conn.execute(
            "SELECT 1 FROM messages WHERE channel = ? AND thread_external_id = ? AND id <= coalesce(?, 0) "
            "AND created_at = ?",
            (channel, external_id, read_id, read_at),
        ).fetchone() is not None
        newer = ">=" if stored_at_mark else ">"
        count: int = conn.execute(
            "SELECT count(*) FROM messages WHERE channel = ? AND thread_external_id = ? "
            f"AND sender NOT IN ({marks}) "
            "AND (coalesce(created_at, ''), id) > (?, ?) "
            f"AND id > coalesce(?, 0) AND (created_at IS NULL OR created_at {newer} coalesce(?, ''))",
            (channel, external_id, *own, *after, read_id, read_at),
        ).fetchone()[0]
        return count

    def messages(self, channel: Channel | str, thread_external_id: str) -> list[Message]:
        rows = self._db.query(
            f"{_MESSAGE_SELECT} WHERE channel = ? AND thread_external_id = ? "
            "ORDER BY coalesce(created_at, ''), id",
            (Channel(channel).value, thread_external_id),
        )
        return [message_from_row(r) for r in rows]
