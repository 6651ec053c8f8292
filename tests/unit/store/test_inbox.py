"""Threads follow their newest message, unread counts and local reads, and show the user's unsent replies."""

from __future__ import annotations

from colivingdesk.domain import Channel, Message, OutboxState
from colivingdesk.store import PendingMessage, Store

from .builders import at, lead, message, prop, thread


def test_messages_are_idempotent_and_create_the_thread(store: Store) -> None:
    msgs = [
        message("u1", "m1", 1, "Hi, is the room free?", sender_name="Ana"),
        message("u1", "m2", 2, "In May"),
    ]
    changes = store.upsert_messages(msgs)
    assert changes.messages == ["bmc:u1:m1", "bmc:u1:m2"]
    assert changes.threads == ["bmc:u1"]
    assert not store.upsert_messages(msgs)
    t = store.get_thread(Channel.BMC, "u1")
    assert t is not None
    assert (t.participant_name, t.last_message, t.last_activity, t.unread_count) == (
        "Ana",
        "In May",
        at(2),
        2,
    )


def test_coliving_message_thread_is_linked_to_its_booking(store: Store) -> None:
    store.upsert_messages([message("b9", "m1", 1, channel=Channel.COLIVING)])
    t = store.get_thread(Channel.COLIVING, "b9")
    assert t is not None and t.booking_id == "b9"


def test_newer_message_moves_thread_forward_and_older_does_not(store: Store) -> None:
    store.upsert_threads([thread("u1", minutes=10, last_message="latest", participant_name="Ana")])
    changes = store.upsert_messages([message("u1", "old", 5, "older one", is_seen=True)])
    assert changes.threads == []
    t = store.get_thread("bmc", "u1")
    assert t is not None and t.last_message == "latest" and t.last_activity == at(10)

    changes = store.upsert_messages([message("u1", "new", 20, "newest")])
    assert changes.threads == ["bmc:u1"]
    t = store.get_thread("bmc", "u1")
    assert t is not None and (t.last_message, t.last_activity, t.unread_count) == ("newest", at(20), 1)


def test_thread_feed_never_moves_activity_backwards(store: Store) -> None:
    store.upsert_threads([thread("u1", minutes=10, last_message="new")])
    assert store.upsert_threads([thread("u1", minutes=5, last_message="old")]) == []
    assert store.upsert_threads([thread("u1", minutes=10, last_message="new")]) == []
    t = store.get_thread("bmc", "u1")
    assert t is not None and t.last_message == "new"


def test_own_and_seen_messages_are_not_unread(store: Store) -> None:
    store.upsert_messages(
        [
            message("u1", "m1", 1, sender="guest", is_seen=True),
            message("u1", "m2", 2, sender="host"),
            message("u1", "m3", 3, sender="guest", is_seen=False),
        ]
    )
    assert store.unread_total() == 1


def test_mark_read_survives_a_sync_that_repeats_the_old_count(store: Store) -> None:
    store.upsert_threads([thread("u1", minutes=10, unread_count=3), thread("u2", minutes=5, unread_count=1)])
    assert store.unread_total() == 4
    assert store.mark_thread_read("bmc", "u1")
    assert not store.mark_thread_read("bmc", "u1")
    assert store.unread_total() == 1
    assert store.upsert_threads([thread("u1", minutes=10, unread_count=3)]) == []
    assert store.unread_total() == 1
    # a newer message brings it back
    store.upsert_threads([thread("u1", minutes=11, unread_count=4, last_message="again?")])
    assert store.get_thread("bmc", "u1").unread_count == 4  # type: ignore[union-attr]

    store.mark_thread_read("bmc", "u1")
    store.upsert_messages([message("u1", "m1", 10), message("u1", "m2", 11)])  # already read through 11
    assert store.get_thread("bmc", "u1").unread_count == 0  # type: ignore[union-attr]
    store.upsert_messages([message("u1", "m3", 12)])
    assert store.get_thread("bmc", "u1").unread_count == 1  # type: ignore[union-attr]
    assert not store.mark_thread_read("bmc", "missing")


def test_attention_counts(store: Store) -> None:
    store.upsert_threads([thread("u1", unread_count=2), thread("u2", unread_count=1), thread("u3")])
    store.upsert_leads([lead("l1", 1), lead("l2", 5), lead("l3", 9)])
    store.upsert_properties([prop("p1", status="REJECTED"), prop("p2"), prop("p3", status="REJECTED")])
    counts = store.attention_counts()
    assert (counts.unread_threads, counts.unread_messages, counts.new_leads, counts.rejected_properties) == (
        2,
        3,
        3,
        2,
    )
    store.mark_leads_seen(at(5))
    assert store.attention_counts().new_leads == 1
    assert store.leads_seen_at() == at(5)


def test_pending_replies_are_shown_after_the_thread_messages(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1, "Can I visit?"), message("u1", "m2", 3, "Tomorrow?")])
    sent = store.enqueue("bmc", "reply", "u1", {"text": "Yes, at 10", "propertyId": "p1"}, "k-sent")
    failed = store.enqueue(Channel.BMC, "reply", "u1", {"text": "Bring ID"}, "k-failed")
    queued = store.enqueue(Channel.BMC, "reply", "u1", {"text": "See you"}, "k-queued")
    store.enqueue(Channel.BMC, "reply", "u2", {"text": "other thread"}, "k-other")
    store.enqueue(Channel.COLIVING, "reply", "u1", {"text": "other channel"}, "k-chan")
    store.enqueue(Channel.BMC, "property.replace", "u1", {"name": "x"}, "k-kind")
    store.mark_sending(sent.id)
    store.mark_sent(sent.id, "m9")
    store.mark_sending(failed.id)
    store.mark_failed(failed.id, "409 conversation closed")

    items = store.messages_for_thread(Channel.BMC, "u1")
    assert [type(i).__name__ for i in items] == ["Message", "Message", "PendingMessage", "PendingMessage"]
    pending = [i for i in items if isinstance(i, PendingMessage)]
    assert [(p.outbox_id, p.text, p.state) for p in pending] == [
        (failed.id, "Bring ID", OutboxState.FAILED),
        (queued.id, "See you", OutboxState.QUEUED),
    ]
    assert pending[0].error == "409 conversation closed"
    assert [m.external_id for m in items if isinstance(m, Message)] == ["m1", "m2"]


def test_guest_messages_before_our_reply_are_not_unread(store: Store) -> None:
    store.upsert_messages(
        [
            message("u1", "m1", 1, "first question"),
            message("u1", "m2", 2, "second question"),
            message("u1", "m3", 3, "our answer", sender="host"),
            message("u1", "m4", 4, "thanks!"),
        ]
    )
    t = store.get_thread("bmc", "u1")
    assert t is not None and t.unread_count == 1 and t.last_message == "thanks!"


def test_messages_without_times_keep_order_last_message_and_unread(store: Store) -> None:
    def timeless(external_id: str, text: str, sender: str = "guest", seen: bool | None = False) -> Message:
        return Message(Channel.COLIVING, "b7", external_id, sender, text, sender_name="Ana Smith", is_seen=seen)

    store.upsert_messages([timeless("1059", "What time is check-in?"), timeless("1060", "And parking?")])
    t = store.get_thread(Channel.COLIVING, "b7")
    assert t is not None
    assert (t.participant_name, t.booking_id, t.last_message, t.unread_count) == (
        "Ana Smith",
        "b7",
        "And parking?",
        2,
    )

    assert store.mark_thread_read(Channel.COLIVING, "b7")
    assert store.upsert_messages([timeless("1059", "What time is check-in?")]).threads == []
    assert store.unread_total() == 0
    store.upsert_messages([timeless("1061", "Hello?")])
    assert store.unread_total() == 1
    texts = [m.text for m in store.messages_for_thread(Channel.COLIVING, "b7")]
    assert texts == ["What time is check-in?", "And parking?", "Hello?"]
