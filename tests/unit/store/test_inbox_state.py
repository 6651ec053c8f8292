"""The inbox state the user sets: read for both channels, marked unread, archived, and the list's filters."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from colivingdesk.domain import Channel, Message
from colivingdesk.store import Store, ThreadFilter, open_store
from colivingdesk.store.migrations import _V_INBOX_STATE, MIGRATIONS, migrate

from .builders import booking, message, thread

COLIVING = Channel.COLIVING
INBOX = ThreadFilter(archived=False)


def _keys(store: Store, f: ThreadFilter) -> list[str]:
    return [t.key for t in store.page_threads(f)]


def test_coliving_guest_message_is_unread_until_read_here(store: Store) -> None:
    # Coliving.com flags its messages seen on its side; that does not mean the host read them here.
    store.upsert_messages(
        [
            message("b1", "m1", 1, "When is check-in?", channel=COLIVING, is_seen=True),
            message("b1", "m2", 2, "From 15:00", channel=COLIVING, sender="host", is_seen=True),
            message("b1", "m3", 3, "Can I bring a bike?", channel=COLIVING, is_seen=True),
        ]
    )
    t = store.get_thread(COLIVING, "b1")
    assert t is not None and t.unread_count == 1
    assert _keys(store, ThreadFilter(unread_only=True)) == ["coliving:b1"]
    assert store.attention_counts().unread_threads == 1

    assert store.mark_thread_read(COLIVING, "b1")
    assert store.get_thread(COLIVING, "b1").unread_count == 0  # type: ignore[union-attr]
    assert store.attention_counts().unread_threads == 0
    store.upsert_messages([message("b1", "m4", 4, "And a dog?", channel=COLIVING, is_seen=True)])
    assert store.get_thread(COLIVING, "b1").unread_count == 1  # type: ignore[union-attr]


def test_a_guest_message_in_the_same_second_as_the_one_read_is_unread(store: Store) -> None:
    # Channels stamp messages to the second: a second message of that second is still news.
    store.upsert_messages([message("b1", "m1", 1, "When is check-in?", channel=COLIVING)])
    assert store.mark_thread_read(COLIVING, "b1")
    store.upsert_messages([message("b1", "m2", 1, "And is there parking?", channel=COLIVING)])
    assert store.get_thread(COLIVING, "b1").unread_count == 1  # type: ignore[union-attr]


def test_mark_unread_counts_until_read_again(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1), message("u1", "m2", 2, sender="host")])
    assert store.get_thread("bmc", "u1").unread_count == 0  # type: ignore[union-attr]
    assert store.mark_thread_unread("bmc", "u1")
    assert not store.mark_thread_unread("bmc", "u1")
    assert store.get_thread("bmc", "u1").unread_count == 1  # type: ignore[union-attr]
    assert _keys(store, ThreadFilter(unread_only=True)) == ["bmc:u1"]
    assert (store.attention_counts().unread_threads, store.unread_total()) == (1, 1)
    assert store.mark_thread_read("bmc", "u1")
    assert store.get_thread("bmc", "u1").unread_count == 0  # type: ignore[union-attr]
    assert _keys(store, ThreadFilter(unread_only=True)) == []


def test_archived_thread_leaves_the_inbox_until_the_guest_writes_again(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1, "Hi"), message("u2", "m1", 2, "Hello")])
    assert store.archive_thread("bmc", "u1")
    assert _keys(store, INBOX) == ["bmc:u2"]
    assert _keys(store, ThreadFilter(archived=True)) == ["bmc:u1"]
    assert len(_keys(store, ThreadFilter())) == 2  # exports and search still see it
    assert store.get_thread("bmc", "u1").unread_count == 0  # type: ignore[union-attr]  # done means read

    store.upsert_messages([message("u1", "m2", 3, "Thanks, bye", sender="host")])
    assert _keys(store, INBOX) == ["bmc:u2"]  # our own reply does not bring it back
    changes = store.upsert_messages([message("u1", "m3", 4, "One more question")])
    assert changes.threads == ["bmc:u1"]
    assert _keys(store, INBOX) == ["bmc:u1", "bmc:u2"]
    assert store.get_thread("bmc", "u1").unread_count == 1  # type: ignore[union-attr]


def test_archived_summary_comes_back_with_newer_unread_activity(store: Store) -> None:
    store.upsert_threads([thread("u1", minutes=5, unread_count=1)])
    store.archive_thread("bmc", "u1")
    store.upsert_threads([thread("u1", minutes=5, unread_count=1)])
    assert _keys(store, INBOX) == []
    store.upsert_threads([thread("u1", minutes=9, unread_count=2, last_message="Still there?")])
    assert _keys(store, INBOX) == ["bmc:u1"]


def test_unarchive_puts_it_back(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1)])
    store.archive_thread("bmc", "u1")
    assert store.unarchive_thread("bmc", "u1")
    assert _keys(store, INBOX) == ["bmc:u1"]


def test_needs_reply_lists_threads_where_the_guest_wrote_last(store: Store) -> None:
    store.upsert_messages(
        [
            message("u1", "m1", 1, "Is it free?"),
            message("u2", "m1", 2, "Is it free?"),
            message("u2", "m2", 3, "Yes", sender="host"),
        ]
    )
    store.upsert_threads([thread("u3", minutes=4, unread_count=2), thread("u4", minutes=5)])
    assert _keys(store, ThreadFilter(needs_reply=True)) == ["bmc:u3", "bmc:u1"]
    store.upsert_messages([message("u1", "m2", 6, "It is", sender="host")])
    assert _keys(store, ThreadFilter(needs_reply=True)) == ["bmc:u3"]
    assert store.get_thread("bmc", "u1", ThreadFilter(needs_reply=True)) is None
    assert store.get_thread("bmc", "u3", ThreadFilter(needs_reply=True)) is not None


def test_property_and_listing_filters(store: Store) -> None:
    store.upsert_bookings([booking("b1", listing_id="L1"), booking("b2", listing_id="L2")])
    store.upsert_threads([thread("u1", property_id="p1"), thread("u2", property_id="p2")])
    store.upsert_messages(
        [
            message("b1", "m1", 1, channel=COLIVING),
            message("b2", "m1", 2, channel=COLIVING),
        ]
    )
    assert _keys(store, ThreadFilter(property_id="p1")) == ["bmc:u1"]
    assert _keys(store, ThreadFilter(listing_id="L2")) == ["coliving:b2"]


def test_channel_unread_count_seeds_the_read_marker(store: Store) -> None:
    # BookMyColiving lists the thread as read: its older messages, stored later, are not unread here.
    store.upsert_threads([thread("u1", minutes=10, unread_count=0, last_message="ok")])
    store.upsert_messages([message("u1", "m1", 10, "ok")])
    assert store.get_thread("bmc", "u1").unread_count == 0  # type: ignore[union-attr]
    store.upsert_messages([message("u1", "m2", 11, "new question")])
    assert store.get_thread("bmc", "u1").unread_count == 1  # type: ignore[union-attr]


def test_unsent_replies_are_counted(store: Store) -> None:
    queued = store.enqueue("bmc", "reply", "u1", {"text": "a"}, "k1")
    failed = store.enqueue("bmc", "reply", "u1", {"text": "b"}, "k2")
    sent = store.enqueue("bmc", "reply", "u2", {"text": "c"}, "k3")
    store.enqueue("bmc", "property.submit", "p1", {}, "k4")
    store.mark_sending(failed.id)
    store.mark_failed(failed.id, "refused")
    store.mark_sending(sent.id)
    store.mark_sent(sent.id, "m1")
    assert store.attention_counts().unsent_replies == 2
    latest = store.latest_unsent_reply("bmc", "u1")
    assert latest is not None and latest.outbox_id == failed.id
    assert store.latest_unsent_reply("bmc", "u2") is None
    assert [p.outbox_id for p in store.messages_for_thread("bmc", "u1") if hasattr(p, "outbox_id")] == [
        queued.id,
        failed.id,
    ]


def test_upgrade_fills_who_wrote_last(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=MIGRATIONS.index(_V_INBOX_STATE))  # the file as it was before the step
    conn.execute("INSERT INTO threads (channel, external_id) VALUES ('bmc', 'u1'), ('bmc', 'u2')")
    conn.execute(
        "INSERT INTO messages (channel, thread_external_id, external_id, sender, text, created_at) VALUES "
        "('bmc', 'u1', 'm1', 'guest', 'hi', '2026-04-01T09:00:00Z'),"
        "('bmc', 'u2', 'm1', 'guest', 'hi', '2026-04-01T09:00:00Z'),"
        "('bmc', 'u2', 'm2', 'host', 'hello', '2026-04-01T09:05:00Z')"
    )
    conn.close()
    with open_store(db_path) as store:
        assert _keys(store, ThreadFilter(needs_reply=True)) == ["bmc:u1"]
        assert _keys(store, INBOX) == ["bmc:u2", "bmc:u1"]


def test_coliving_messages_without_times_follow_the_marker_by_arrival(store: Store) -> None:
    # The documented Coliving.com message has no time: arrival order is all there is.
    def untimed(external_id: str, sender: str = "guest") -> Message:
        return Message(COLIVING, "b1", external_id, sender, f"text {external_id}", is_seen=True)

    store.upsert_messages([untimed("1"), untimed("2", "host"), untimed("3")])
    assert store.get_thread(COLIVING, "b1").unread_count == 1  # type: ignore[union-attr]
    assert _keys(store, ThreadFilter(needs_reply=True)) == ["coliving:b1"]
    store.archive_thread(COLIVING, "b1")
    assert _keys(store, INBOX) == []
    store.upsert_messages([untimed("4")])
    assert _keys(store, INBOX) == ["coliving:b1"]
    assert store.get_thread(COLIVING, "b1").unread_count == 1  # type: ignore[union-attr]


def test_newer_summary_makes_who_wrote_last_unknown_until_fetched(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1, "Hi"), message("u1", "m2", 2, "Hello", sender="host")])
    assert _keys(store, ThreadFilter(needs_reply=True)) == []
    store.upsert_threads([thread("u1", minutes=5, unread_count=1, last_message="Are you there?")])
    assert _keys(store, ThreadFilter(needs_reply=True)) == ["bmc:u1"]
    store.upsert_messages([message("u1", "m3", 5, "Are you there?"), message("u1", "m4", 6, "Yes", sender="host")])
    assert _keys(store, ThreadFilter(needs_reply=True)) == []
