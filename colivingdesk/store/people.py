"""The people of a team on one store: who they are, who is writing to which guest, who looks after which
conversation, and each person's own saved-reply favourites and reply drafts.

Shared by the team: ``people`` (a stable key per person and the name they chose), ``presence`` (a person is
writing in a conversation now: a row that expires unless its writer refreshes it, so a crashed desktop leaves
no banner behind) and ``assignments`` (the one person a conversation is given to). Per person: favourites
and drafts. Read state per person lives in ``person_reads`` (see ``person_reads``).

A person is a key, not a name: renaming keeps everything the key owns. Times are the store's UTC ISO text; a
presence's expiry is written by whoever writes the row, so on PostgreSQL the server's clock (``now()``) is
used rather than the desktop's, which keeps desktops whose clocks differ from hiding or reviving each
other's banners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from colivingdesk.domain import Channel
from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.db import Database
from colivingdesk.store.dialect import dialect_of

#: How long a presence row counts without being refreshed.
PRESENCE_TTL = timedelta(seconds=60)


def people_sql(text: str = "TEXT", ident: str = "INTEGER") -> str:
    """The tables of this module and ``person_reads``, in either dialect's types."""
    return f"""
CREATE TABLE people (
    key {text} PRIMARY KEY,
    name {text} NOT NULL,
    seen_at {text} NOT NULL
);
CREATE TABLE person_reads (
    person {text} NOT NULL,
    channel {text} NOT NULL,
    external_id {text} NOT NULL,
    read_through {text},
    read_through_id {ident},
    unread_count INTEGER NOT NULL DEFAULT 0,
    marked_unread INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person, channel, external_id)
);
CREATE INDEX person_reads_by_thread ON person_reads (channel, external_id);
CREATE TABLE person_drafts (
    person {text} NOT NULL,
    thread_key {text} NOT NULL,
    text {text} NOT NULL,
    updated_at {text} NOT NULL,
    PRIMARY KEY (person, thread_key)
);
CREATE TABLE person_favourites (
    person {text} NOT NULL,
    reply_id {ident} NOT NULL,
    PRIMARY KEY (person, reply_id)
);
CREATE TABLE presence (
    person {text} NOT NULL,
    channel {text} NOT NULL,
    external_id {text} NOT NULL,
    since {text} NOT NULL,
    expires_at {text} NOT NULL,
    PRIMARY KEY (person, channel, external_id)
);
CREATE INDEX presence_by_thread ON presence (channel, external_id);
CREATE TABLE assignments (
    channel {text} NOT NULL,
    external_id {text} NOT NULL,
    person {text} NOT NULL,
    assigned_by {text},
    assigned_at {text} NOT NULL,
    PRIMARY KEY (channel, external_id)
);
CREATE INDEX assignments_by_person ON assignments (person);
ALTER TABLE outbox ADD COLUMN author {text};
ALTER TABLE messages ADD COLUMN author {text};
"""


#: Tables a desktop writes its own rows in (see ``pg_roles``).
PERSON_TABLES = ("people", "person_reads", "person_drafts", "person_favourites", "presence", "assignments")


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who uses the store: ``key`` never changes, ``name`` is what the others see."""

    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Presence:
    """``person`` has been writing in the conversation ``thread`` since ``since``."""

    person: Person
    thread: str
    since: datetime


@dataclass(frozen=True, slots=True)
class Assignment:
    """The conversation ``thread`` is ``person``'s to answer."""

    thread: str
    person: Person
    assigned_by: str | None
    assigned_at: datetime


def _thread_key(channel: str, external_id: str) -> str:
    return f"{channel}:{external_id}"


def _split(key: str) -> tuple[str, str]:
    channel, _, external_id = key.partition(":")
    return Channel(channel).value, external_id


class PeopleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _now(self, now: datetime | None) -> datetime:
        """``now`` when a caller (a test's clock) gives one, else the server's time on PostgreSQL, else ours."""
        if now is not None:
            return now
        if self._db.dialect.postgres:
            value = self._db.scalar("SELECT now()")
            if isinstance(value, datetime):
                return value.astimezone(UTC)
        return datetime.now(UTC)

    # people

    def note_person(self, person: Person, now: datetime | None = None) -> bool:
        """Record (or rename) a person; returns whether the store's list of people changed."""
        at = dt_to_text(self._now(now))
        with self._db.transaction() as conn:
            old = conn.execute("SELECT name FROM people WHERE key = ?", (person.key,)).fetchone()
            conn.execute(
                "INSERT INTO people (key, name, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
                (person.key, person.name, at),
            )
        return old is None or old[0] != person.name

    def people(self) -> list[Person]:
        rows = self._db.query(f"SELECT key, name FROM people ORDER BY {self._db.dialect.nocase('name')}, key")
        return [Person(r[0], r[1]) for r in rows]

    def name_of(self, key: str) -> str | None:
        value: str | None = self._db.scalar("SELECT name FROM people WHERE key = ?", (key,))
        return value

    # presence

    def touch_presence(self, person: str, thread: str, now: datetime | None = None) -> bool:
        """``person`` is writing in ``thread``: start or prolong their presence; returns whether it is new
        (there was none, or it had expired), which is when the others need to be told."""
        at = self._now(now)
        channel, external_id = _split(thread)
        with self._db.transaction() as conn:
            old = conn.execute(
                "SELECT expires_at FROM presence WHERE person = ? AND channel = ? AND external_id = ?",
                (person, channel, external_id),
            ).fetchone()
            fresh = old is not None and old[0] > dt_to_text(at)
            conn.execute(
                "INSERT INTO presence (person, channel, external_id, since, expires_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (person, channel, external_id) DO UPDATE SET expires_at = excluded.expires_at, "
                "since = CASE WHEN presence.expires_at > ? THEN presence.since ELSE excluded.since END",
                (person, channel, external_id, dt_to_text(at), dt_to_text(at + PRESENCE_TTL), dt_to_text(at)),
            )
        return not fresh

    def clear_presence(self, person: str, thread: str | None = None) -> list[str]:
        """``person`` stopped writing (in ``thread``, or anywhere); returns the threads whose presence went."""
        with self._db.transaction() as conn:
            if thread is None:
                rows = conn.execute(
                    "DELETE FROM presence WHERE person = ? RETURNING channel, external_id", (person,)
                ).fetchall()
            else:
                rows = conn.execute(
                    "DELETE FROM presence WHERE person = ? AND channel = ? AND external_id = ? "
                    "RETURNING channel, external_id",
                    (person, *_split(thread)),
                ).fetchall()
        return [_thread_key(r[0], r[1]) for r in rows]

    def presence(self, thread: str | None = None, now: datetime | None = None) -> list[Presence]:
        """Who is writing now (in ``thread``, or anywhere), oldest first; expired rows do not count."""
        sql = (
            "SELECT p.person, coalesce(n.name, p.person), p.channel, p.external_id, p.since FROM presence AS p "
            "LEFT JOIN people AS n ON n.key = p.person WHERE p.expires_at > ?"
        )
        params: list[Any] = [dt_to_text(self._now(now))]
        if thread is not None:
            sql += " AND p.channel = ? AND p.external_id = ?"
            params += list(_split(thread))
        rows = self._db.query(f"{sql} ORDER BY p.since, p.person", params)
        return [
            Presence(Person(r[0], r[1]), _thread_key(r[2], r[3]), text_to_dt(r[4]) or datetime.min.replace(tzinfo=UTC))
            for r in rows
        ]

    def prune_presence(self, now: datetime | None = None) -> int:
        return self._db.execute("DELETE FROM presence WHERE expires_at <= ?", (dt_to_text(self._now(now)),))

    # assignments

    def assign(self, thread: str, person: str | None, by: str | None, now: datetime | None = None) -> bool:
        """Give ``thread`` to ``person`` (None: to nobody); returns whether that changed anything."""
        channel, external_id = _split(thread)
        with self._db.transaction() as conn:
            if person is None:
                return bool(conn.execute(
                    "DELETE FROM assignments WHERE channel = ? AND external_id = ?", (channel, external_id)
                ).rowcount > 0)
            not_same = dialect_of(conn).not_same
            written = conn.execute(
                "INSERT INTO assignments (channel, external_id, person, assigned_by, assigned_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, external_id) DO UPDATE SET person = excluded.person, "
                "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at "
                f"WHERE assignments.person {not_same} excluded.person",
                (channel, external_id, person, by, dt_to_text(self._now(now))),
            ).rowcount
        return bool(written > 0)

    def assignment(self, thread: str) -> Assignment | None:
        found = self.assignments([thread])
        return found.get(thread)

    def assignments(self, threads: Sequence[str] | None = None) -> dict[str, Assignment]:
        """Every conversation's assignment, or those of ``threads``."""
        sql = (
            "SELECT a.channel, a.external_id, a.person, coalesce(n.name, a.person), a.assigned_by, a.assigned_at "
            "FROM assignments AS a LEFT JOIN people AS n ON n.key = a.person"
        )
        params: list[Any] = []
        if threads is not None:
            if not threads:
                return {}
            pairs = [_split(t) for t in threads]
            sql += " WHERE " + " OR ".join(["(a.channel = ? AND a.external_id = ?)"] * len(pairs))
            params = [v for pair in pairs for v in pair]
        out: dict[str, Assignment] = {}
        for r in self._db.query(sql, params):
            key = _thread_key(r[0], r[1])
            out[key] = Assignment(key, Person(r[2], r[3]), r[4], text_to_dt(r[5]) or datetime.min.replace(tzinfo=UTC))
        return out

    # favourites and drafts

    def favourite_replies(self, person: str) -> set[int]:
        return {int(r[0]) for r in self._db.query("SELECT reply_id FROM person_favourites WHERE person = ?", (person,))}

    def set_favourite(self, person: str, reply_id: int, favourite: bool) -> bool:
        if favourite:
            return self._db.execute(
                "INSERT INTO person_favourites (person, reply_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (person, reply_id),
            ) > 0
        return self._db.execute(
            "DELETE FROM person_favourites WHERE person = ? AND reply_id = ?", (person, reply_id)
        ) > 0

    def draft(self, person: str, thread: str) -> str:
        value = self._db.scalar("SELECT text FROM person_drafts WHERE person = ? AND thread_key = ?", (person, thread))
        return str(value) if value else ""

    def drafts(self, person: str) -> dict[str, str]:
        rows = self._db.query("SELECT thread_key, text FROM person_drafts WHERE person = ?", (person,))
        return {r[0]: r[1] for r in rows}

    def save_draft(self, person: str, thread: str, text: str, now: datetime | None = None) -> bool:
        """Keep ``person``'s unsent text for ``thread`` (blank text removes it); returns whether it changed."""
        if not text.strip():
            return self._db.execute(
                "DELETE FROM person_drafts WHERE person = ? AND thread_key = ?", (person, thread)
            ) > 0
        not_same = self._db.dialect.not_same
        return self._db.execute(
            "INSERT INTO person_drafts (person, thread_key, text, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (person, thread_key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at "
            f"WHERE person_drafts.text {not_same} excluded.text",
            (person, thread, text, dt_to_text(self._now(now))),
        ) > 0


def stamp_authors(conn: Any, channel: str, thread_external_id: str) -> None:
    """Carry who queued each sent reply (the outbox's ``author``) onto the channel's copy of it, matched by the
    id the channel gave it, whichever of the two was stored first; outbox rows are pruned, messages stay."""
    match = (
        "FROM outbox AS o WHERE o.channel = messages.channel AND o.kind = 'reply' "
        "AND o.target = messages.thread_external_id AND o.result_external_id = messages.external_id "
        "AND o.author IS NOT NULL"
    )
    conn.execute(
        f"UPDATE messages SET author = (SELECT o.author {match} LIMIT 1) WHERE channel = ? "
        f"AND thread_external_id = ? AND author IS NULL AND EXISTS (SELECT 1 {match})",
        (channel, thread_external_id),
    )
