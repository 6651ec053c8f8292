"""The outbox behaves alike on both backends: idempotency keys, the state machine, and claims that exactly one
of several connections wins."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.store import OutboxNotFoundError, OutboxStateError, PendingMessage, Store
from tests.unit.store.builders import at

from .conftest import Opener


def test_enqueue_is_idempotent_on_the_key_across_connections(store: Store, open_another: Opener) -> None:
    other = open_another()
    a = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "key-1")
    b = other.enqueue(Channel.BMC, "reply", "u1", {"text": "hi again"}, "key-1")
    assert a.id == b.id and b.payload == {"text": "hi"}
    assert a.state is OutboxState.QUEUED and a.attempts == 0 and a.created_at is not None
    assert [i.id for i in other.list_outbox()] == [a.id]


def test_state_machine_and_attempts(store: Store) -> None:
    item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "k")
    assert store.mark_sending(item.id).attempts == 1
    assert store.mark_failed(item.id, "timeout").state is OutboxState.FAILED
    assert store.requeue(item.id).error is None
    assert store.mark_sending(item.id).attempts == 2
    sent = store.mark_sent(item.id, "m-77")
    assert sent.state is OutboxState.SENT and store.outbox_result(item.id) == "m-77"
    with pytest.raises(OutboxStateError):
        store.mark_failed(item.id, "too late")
    with pytest.raises(OutboxNotFoundError):
        store.mark_sending(9999)


def test_next_due_respects_holds_channels_and_order(store: Store) -> None:
    a = store.enqueue(Channel.BMC, "reply", "u1", {"text": "a"}, "a")
    b = store.enqueue(Channel.BMC, "reply", "u2", {"text": "b"}, "b")
    c = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "c"}, "c")
    d = store.enqueue(Channel.BMC, "reply", "u3", {"text": "d"}, "d")
    store.mark_sending(a.id)
    held = store.hold(b.id, at(60), "60 replies per hour reached")
    assert (held.state, held.error, held.not_before) == (OutboxState.HELD, "60 replies per hour reached", at(60))
    assert [i.id for i in store.next_due(at(0))] == [c.id, d.id]
    assert [i.id for i in store.next_due(at(0), channels=[Channel.BMC])] == [d.id]
    assert [i.id for i in store.next_due(at(61), limit=2)] == [b.id, c.id]
    assert [i.id for i in store.uncertain_items()] == [a.id]


def test_a_claim_is_won_by_one_connection_and_settled_only_by_its_owner(store: Store, open_another: Opener) -> None:
    second = open_another()
    item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "k")
    won = store.claim_outbox_item(item.id, "host:1:a")
    assert won is not None and won.state is OutboxState.SENDING and won.attempts == 1
    assert second.claim_outbox_item(item.id, "host:2:b") is None
    assert second.finish_outbox_item(item.id, "host:2:b", OutboxState.FAILED, error="no") is None
    with pytest.raises(OutboxStateError):
        second.requeue(item.id)
    with pytest.raises(OutboxStateError):
        second.cancel_outbox_item(item.id)
    [claim] = second.outbox_claims(Channel.BMC)
    assert (claim.item_id, claim.owner) == (item.id, "host:1:a") and claim.claimed_at is not None
    sent = store.finish_outbox_item(item.id, "host:1:a", OutboxState.SENT, result_external_id="m1")
    assert sent is not None and sent.state is OutboxState.SENT
    assert second.outbox_claims(Channel.BMC) == []
    # A sent reply is no longer shown as pending on the other connection.
    assert not any(isinstance(m, PendingMessage) for m in second.messages_for_thread(Channel.BMC, "u1"))


def test_racing_connections_claim_each_item_exactly_once(store: Store, open_another: Opener) -> None:
    items = [store.enqueue(Channel.BMC, "reply", f"u{n}", {"text": "hi"}, f"k{n}") for n in range(30)]
    senders = [open_another() for _ in range(3)]
    start = threading.Barrier(len(senders))
    won: Counter[int] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def send(number: int, sender: Store) -> None:
        try:
            start.wait(timeout=10)
            for item in sender.next_due(at(0)):
                if sender.claim_outbox_item(item.id, f"sender-{number}", at(0)) is not None:
                    with lock:
                        won[item.id] += 1
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=send, args=(n, s)) for n, s in enumerate(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert won == Counter({item.id: 1 for item in items})
    assert all(i.state is OutboxState.SENDING and i.attempts == 1 for i in store.list_outbox())


def test_a_stale_claim_is_taken_over_only_while_it_is_unchanged(store: Store, open_another: Opener) -> None:
    item = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "hi"}, "k")
    store.claim_outbox_item(item.id, "host:1:dead", at(0))
    standby = open_another()
    [stale] = standby.outbox_claims(Channel.COLIVING)
    assert standby.take_over_claim(stale, "interrupted", at(20))
    requeued = store.get_outbox_item(item.id)
    assert requeued is not None
    assert (requeued.state, requeued.attempts, requeued.error) == (OutboxState.QUEUED, 1, "interrupted")
    store.claim_outbox_item(item.id, "host:2:live", at(21))
    assert not standby.take_over_claim(stale, "interrupted", at(22))
    assert store.finish_outbox_item(item.id, "host:1:dead", OutboxState.SENT) is None


def test_a_legacy_claim_without_owner_is_taken_over(store: Store) -> None:
    item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "k")
    store.mark_sending(item.id)  # a send recorded without an owner, as older releases did
    [claim] = store.outbox_claims(Channel.BMC)
    assert (claim.owner, claim.claimed_at) == (None, None)
    assert store.take_over_claim(claim, "interrupted", at(1))
    assert store.get_outbox_item(item.id).state is OutboxState.QUEUED


def test_waiting_items_annotations_cancel_and_prune(store: Store) -> None:
    item = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "50% off?"}, "k")
    store.claim_outbox_item(item.id, "me", at(0))
    waiting = store.finish_outbox_item(item.id, "me", OutboxState.QUEUED, error="offline", not_before=at(5))
    assert waiting is not None and (waiting.error, waiting.not_before) == ("offline", at(5))
    assert store.claim_outbox_item(item.id, "me", at(4)) is None
    assert store.annotate_outbox_item(item.id, {"replayed": True}).payload == {"text": "50% off?", "replayed": True}
    [pending] = store.messages_for_thread(Channel.COLIVING, "b1")
    assert isinstance(pending, PendingMessage) and pending.text == "50% off?"
    assert store.cancel_outbox_item(item.id) and store.get_outbox_item(item.id) is None
    sent = store.enqueue(Channel.BMC, "reply", "u1", {"text": "x"}, "k2")
    store.mark_sent(sent.id, "m1")
    assert store.prune_sent_outbox(at(0)) == 0
    assert store.list_outbox([OutboxState.SENT]) != []
