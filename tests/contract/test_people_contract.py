"""A team's people on one store, alike on both backends: each person's own read state, drafts and favourites;
shared presence (which expires), assignments and who queued each reply."""

from __future__ import annotations

from datetime import timedelta

from colivingdesk.domain import Channel
from colivingdesk.store import SavedReply, Store, ThreadFilter
from colivingdesk.store.people import PRESENCE_TTL, Person
from tests.unit.store.builders import at, message, thread

from .conftest import Opener

ANA, BEN = "name:ana", "name:ben"
KEY = "bmc:u1"


def _guest_wrote(store: Store, *ids: str, minutes: int = 1) -> None:
    store.upsert_messages([message("u1", i, minutes + n) for n, i in enumerate(ids)])


def _unread(store: Store, person: str | None) -> int:
    found = store.get_thread(Channel.BMC, "u1", ThreadFilter(reader=person))
    assert found is not None
    return found.unread_count


def test_each_person_reads_for_themselves(store: Store, open_another: Opener) -> None:
    _guest_wrote(store, "m1", "m2")
    assert _unread(store, ANA) == _unread(store, BEN) == 2
    assert store.mark_thread_read(Channel.BMC, "u1", person=ANA)
    assert not store.mark_thread_read(Channel.BMC, "u1", person=ANA)  # nothing new: no change
    other = open_another(read_only=True)
    assert _unread(other, ANA) == 0 and _unread(other, BEN) == 2
    assert other.count_threads(ThreadFilter(unread_only=True, reader=ANA)) == 0
    assert other.count_threads(ThreadFilter(unread_only=True, reader=BEN)) == 1
    assert other.attention_counts(ANA).unread_threads == 0 and other.attention_counts(BEN).unread_messages == 2
    # A new guest message is unread to both; only it, for Ana.
    _guest_wrote(store, "m3", minutes=5)
    assert _unread(other, ANA) == 1 and _unread(other, BEN) == 3
    # Marking unread is one person's too, and reading clears it.
    assert store.mark_thread_read(Channel.BMC, "u1", person=BEN)
    assert store.mark_thread_unread(Channel.BMC, "u1", person=BEN)
    assert _unread(other, BEN) == 1 and _unread(other, ANA) == 1
    assert [t.key for t in other.page_threads(ThreadFilter(unread_only=True, reader=BEN))] == [KEY]


def test_a_person_without_reads_sees_the_threads_own_state_and_the_same_second_rule_holds(store: Store) -> None:
    store.upsert_threads([thread("u1", minutes=1, unread_count=0)])  # the channel says it is read
    assert _unread(store, ANA) == 0
    store.upsert_messages([message("u1", "m1", 1)])  # the message that summary was about: not unread
    assert _unread(store, ANA) == 0
    store.mark_thread_read(Channel.BMC, "u1", person=ANA)
    store.upsert_messages([message("u1", "m2", 1)])  # stored after Ana read, same second: new
    assert _unread(store, ANA) == 1
    # The thread's own marker came from the summary alone: a message of that second may be the one it summarised.
    assert _unread(store, None) == 0


def test_drafts_and_favourites_follow_the_person(store: Store, open_another: Opener) -> None:
    reply = store.save_saved_reply(SavedReply(id=None, title="Wifi", body="The code is {x}"))
    assert reply.id is not None
    assert store.people.save_draft(ANA, KEY, "Hello Maria,", at(0))
    assert not store.people.save_draft(ANA, KEY, "Hello Maria,", at(1))
    assert store.people.set_favourite(ANA, reply.id, True)
    other = open_another()
    assert other.people.draft(ANA, KEY) == "Hello Maria," and other.people.draft(BEN, KEY) == ""
    assert other.people.favourite_replies(ANA) == {reply.id} and other.people.favourite_replies(BEN) == set()
    assert other.people.save_draft(ANA, KEY, "  ")
    assert store.people.drafts(ANA) == {}
    assert other.people.set_favourite(ANA, reply.id, False)
    assert store.people.favourite_replies(ANA) == set()


def test_presence_expires_unless_refreshed_and_goes_on_clear(store: Store, open_another: Opener) -> None:
    store.people.note_person(Person(ANA, "Ana"), at(0))
    assert store.people.touch_presence(ANA, KEY, at(0))
    assert not store.people.touch_presence(ANA, KEY, at(0) + timedelta(seconds=15))  # a refresh, not new
    other = open_another(read_only=True)
    [seen] = other.people.presence(KEY, at(1))
    assert seen.person == Person(ANA, "Ana") and seen.since == at(0) and seen.thread == KEY
    later = at(0) + timedelta(seconds=15) + PRESENCE_TTL
    assert other.people.presence(KEY, later) == []  # expired rows are ignored
    assert store.people.touch_presence(ANA, KEY, later)  # writing again after it expired is new again
    assert other.people.presence(KEY, later)[0].since == later
    assert store.people.clear_presence(ANA) == [KEY]
    assert other.people.presence(None, later) == []


def test_assignment_is_shared_and_filters_the_list(store: Store, open_another: Opener) -> None:
    store.upsert_threads([thread("u1", minutes=1), thread("u2", minutes=2)])
    store.people.note_person(Person(BEN, "Ben"), at(0))
    assert store.people.assign(KEY, BEN, ANA, at(3))
    assert not store.people.assign(KEY, BEN, ANA, at(4))
    other = open_another(read_only=True)
    found = other.people.assignment(KEY)
    assert found is not None and found.person == Person(BEN, "Ben") and found.assigned_by == ANA
    assert [t.key for t in other.page_threads(ThreadFilter(assigned_to=BEN))] == [KEY]
    assert other.count_threads(ThreadFilter(assigned_to=ANA)) == 0
    assert store.people.assign(KEY, None, ANA)
    assert other.people.assignments() == {}


def test_the_outbox_and_the_sent_message_carry_who_queued_the_reply(store: Store) -> None:
    store.people.note_person(Person(ANA, "Ana"), at(0))
    item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "Welcome!"}, "k1", author=ANA)
    assert item.author == ANA and store.list_outbox()[0].author == ANA
    [pending] = store.messages_for_thread(Channel.BMC, "u1")
    assert getattr(pending, "author", None) == ANA
    claimed = store.claim_outbox_item(item.id, "worker")
    assert claimed is not None
    from colivingdesk.domain import OutboxState

    store.finish_outbox_item(item.id, "worker", OutboxState.SENT, result_external_id="m9")
    store.upsert_messages([message("u1", "m9", 2, text="Welcome!", sender="host")])
    [sent] = store.messages_for_thread(Channel.BMC, "u1")
    assert sent.author == ANA
    # Stored before the outbox learnt its id: stamped when the send is settled.
    second = store.enqueue(Channel.BMC, "reply", "u1", {"text": "See you"}, "k2", author=BEN)
    store.upsert_messages([message("u1", "m10", 3, text="See you", sender="host")])
    store.mark_sending(second.id)
    store.mark_sent(second.id, "m10")
    assert [m.author for m in store.messages_for_thread(Channel.BMC, "u1")] == [ANA, BEN]
