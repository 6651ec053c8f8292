"""A batch of thread summaries refreshed at once ends exactly as refreshing each thread alone would leave it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from colivingdesk.domain import Channel, Message
from colivingdesk.store import Store, open_store
from colivingdesk.store.inbox import _MESSAGE_COLS, OWN_SENDERS, _message_row
from colivingdesk.store.thread_refresh import refresh_threads
from colivingdesk.store.upsert import upsert_rows

from .builders import message, thread

BMC, COL = Channel.BMC, Channel.COLIVING


def _later_messages() -> list[Message]:
    """Messages stored after the summaries, whose threads the refresh must bring up to date."""
    return [
        message("new1", "n1", 1, sender="guest", sender_name="Ana"),
        message("new1", "n2", 2, sender="host", sender_name="Casa"),
        message("new1", "n3", 3, sender="guest", sender_name="Ana"),
        Message(channel=COL, thread_external_id="b7", external_id="c1", sender="guest", text="hola",
                sender_name="Bea"),
        Message(channel=COL, thread_external_id="b7", external_id="c2", sender="host", text="ok"),
        message("behind", "b1", 40),
        message("read", "r2", 10, text="twice in one second"),
        message("read", "r3", 12),
        message("seen", "s1", 30, text="summarised already"),
        message("seen", "s2", 31),
        message("arch", "a2", 6, text="back again"),
        message("arch_own", "o2", 6, sender="host"),
        message("replied", "p2", 21, sender="host"),
    ]


def _build(path: Path) -> Store:
    store = open_store(path)
    store.upsert_threads([
        thread("behind", minutes=50, unread_count=2), thread("read", minutes=10), thread("seen", minutes=30),
        thread("arch", minutes=5), thread("arch_own", minutes=5), thread("quiet", minutes=3),
        thread("replied", minutes=20, unread_count=1),
    ])
    store.upsert_messages([
        message("read", "r1", 10), message("arch", "a1", 5), message("arch_own", "o1", 5),
        message("quiet", "q1", 3), message("replied", "p1", 20),
    ])
    store.mark_thread_read(BMC, "read")
    store.mark_thread_read(BMC, "replied", person="pat")
    store.archive_thread(BMC, "arch")
    store.archive_thread(BMC, "arch_own")
    with store._db.transaction() as conn:  # stored without touching the summaries
        key = ("channel", "thread_external_id", "external_id")
        upsert_rows(conn, "messages", key, _MESSAGE_COLS, [_message_row(m) for m in _later_messages()])
    return store


def _state(store: Store) -> tuple[list[Any], list[Any]]:
    threads = store._db.query("SELECT * FROM threads ORDER BY channel, external_id")
    reads = store._db.query("SELECT * FROM person_reads ORDER BY person, channel, external_id")
    return [tuple(r) for r in threads], [tuple(r) for r in reads]


KEYS = [(BMC.value, t) for t in ("new1", "behind", "read", "seen", "arch", "arch_own", "quiet", "replied")]
KEYS.append((COL.value, "b7"))


def _one_by_one(store: Store) -> set[tuple[str, str]]:
    inbox = store._inbox
    with store._db.transaction() as conn:
        return {key for key in KEYS if inbox._refresh_thread(conn, *key)}


def _batched(store: Store) -> set[tuple[str, str]]:
    with store._db.transaction() as conn:
        return refresh_threads(conn, KEYS, OWN_SENDERS, store._inbox._count_past)


def test_batched_refresh_matches_the_per_thread_refresh(tmp_path: Path) -> None:
    alone, batched = _build(tmp_path / "a.sqlite3"), _build(tmp_path / "b.sqlite3")
    try:
        assert _state(alone) == _state(batched)
        changed = _one_by_one(alone)
        assert _batched(batched) == changed
        assert changed == set(KEYS) - {(BMC.value, "quiet")}
        assert _state(batched) == _state(alone)
        # What a user sees: the created threads, the unread rules and the archive all came out as meant.
        new = batched.get_thread(BMC, "new1")
        assert new is not None and new.participant_name == "Ana" and new.unread_count == 1
        assert new.last_message == "hello"
        read = batched.get_thread(BMC, "read")
        assert read is not None and read.unread_count == 2  # same second as the read mark, and a later one
        seen = batched.get_thread(BMC, "seen")
        assert seen is not None and seen.unread_count == 1  # the summarised message is not new
        booking = batched.get_thread(COL, "b7")
        assert booking is not None and booking.booking_id == "b7" and booking.last_message == "ok"
        archived = {t for t in ("arch", "arch_own") if batched._db.scalar(
            "SELECT archived_through_id FROM threads WHERE external_id = ?", (t,)) is not None}
        assert archived == {"arch_own"}
        # Nothing left to do: a second refresh changes no row, either way.
        assert _one_by_one(alone) == set() == _batched(batched)
        assert _state(batched) == _state(alone)
    finally:
        alone.close()
        batched.close()
