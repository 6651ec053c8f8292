"""The outbox state machine, due items, crash-left sends, and JSON payloads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.store import OutboxNotFoundError, OutboxStateError, PendingMessage, Store, open_store

from .builders import at


def test_enqueue_is_idempotent_on_the_key(store: Store) -> None:
    a = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "key-1")
    b = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi again"}, "key-1")
    assert a.id == b.id and b.payload == {"text": "hi"}
    assert a.state is OutboxState.QUEUED and a.attempts == 0 and a.created_at is not None
    assert len(store.list_outbox()) == 1


def test_payload_is_json_with_decimals_as_strings(store: Store) -> None:
    item = store.enqueue(
        Channel.COLIVING, "rates", "R1", {"base_price": Decimal("850.10"), "months": ("2026-05",)}, "k"
    )
    assert item.payload == {"base_price": "850.10", "months": ["2026-05"]}
    assert store.get_outbox_item(item.id) == item


def test_happy_path_and_attempts(store: Store) -> None:
    item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "k")
    assert store.mark_sending(item.id).attempts == 1
    assert store.mark_failed(item.id, "timeout").state is OutboxState.FAILED
    assert store.requeue(item.id).error is None
    sending = store.mark_sending(item.id)
    assert sending.state is OutboxState.SENDING and sending.attempts == 2
    sent = store.mark_sent(item.id, "m-77")
    assert sent.state is OutboxState.SENT and store.outbox_result(item.id) == "m-77"
    with pytest.raises(OutboxStateError):
        store.mark_failed(item.id, "too late")
    with pytest.raises(OutboxStateError):
        store.mark_sending(item.id)
    with pytest.raises(OutboxNotFoundError):
        store.mark_sending(9999)


def test_next_due_respects_holds_channels_and_order(store: Store) -> None:
    a = store.enqueue(Channel.BMC, "reply", "u1", {"text": "a"}, "a")
    b = store.enqueue(Channel.BMC, "reply", "u2", {"text": "b"}, "b")
    c = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "c"}, "c")
    d = store.enqueue(Channel.BMC, "reply", "u3", {"text": "d"}, "d")
    store.mark_sending(a.id)
    held = store.hold(b.id, at(60), "60 replies per hour reached")
    assert held.state is OutboxState.HELD and held.error == "60 replies per hour reached"
    assert held.not_before == at(60)

    assert [i.id for i in store.next_due(at(0))] == [c.id, d.id]
    assert [i.id for i in store.next_due(at(0), channels=[Channel.BMC])] == [d.id]
    assert [i.id for i in store.next_due(at(60))] == [b.id, c.id, d.id]
    assert [i.id for i in store.next_due(at(60), limit=1)] == [b.id]
    assert store.next_due(at(60), channels=[]) == []
    assert store.mark_sending(b.id).attempts == 1  # a held item is picked up directly
    assert {i.id for i in store.list_outbox([OutboxState.SENDING])} == {a.id, b.id}


def test_crash_left_sending_stays_uncertain_after_reopen(db_path: Path) -> None:
    with open_store(db_path) as store:
        item = store.enqueue(Channel.BMC, "reply", "u1", {"text": "hi"}, "k")
        store.mark_sending(item.id)
        other = store.enqueue(Channel.BMC, "reply", "u1", {"text": "next"}, "k2")
    with open_store(db_path) as store:
        assert [i.id for i in store.uncertain_items()] == [item.id]
        assert store.get_outbox_item(item.id).state is OutboxState.SENDING  # type: ignore[union-attr]
        assert [i.id for i in store.next_due(at(10_000_000))] == [other.id]
        with pytest.raises(OutboxStateError):
            store.cancel_outbox_item(item.id)
        assert store.mark_sent(item.id, "found-on-server").state is OutboxState.SENT
        assert store.uncertain_items() == []
        assert store.cancel_outbox_item(other.id)
        assert store.get_outbox_item(other.id) is None


def test_a_stale_claim_is_taken_over_only_while_it_is_unchanged(store: Store) -> None:
    item = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "hi"}, "k")
    store.claim_outbox_item(item.id, "host:1:dead", at(0))
    [stale] = store.outbox_claims(Channel.COLIVING)
    assert store.take_over_claim(stale, "interrupted", at(20))
    requeued = store.get_outbox_item(item.id)
    assert requeued.state is OutboxState.QUEUED and requeued.attempts == 1 and requeued.error == "interrupted"
    # Someone claimed it again meanwhile: the old snapshot no longer matches, the new claim stands.
    store.claim_outbox_item(item.id, "host:2:live", at(21))
    assert not store.take_over_claim(stale, "interrupted", at(22))
    assert store.get_outbox_item(item.id).state is OutboxState.SENDING
    assert store.finish_outbox_item(item.id, "host:1:dead", OutboxState.SENT) is None


def test_a_waiting_item_keeps_its_reason_and_is_not_claimed_before_its_time(store: Store) -> None:
    item = store.enqueue(Channel.COLIVING, "reply", "b1", {"text": "hi"}, "k")
    store.claim_outbox_item(item.id, "me", at(0))
    waiting = store.finish_outbox_item(item.id, "me", OutboxState.QUEUED, error="offline", not_before=at(5))
    assert waiting is not None and (waiting.state, waiting.error, waiting.not_before) == (
        OutboxState.QUEUED,
        "offline",
        at(5),
    )
    assert store.claim_outbox_item(item.id, "me", at(4)) is None
    again = store.claim_outbox_item(item.id, "me", at(5))
    assert again is not None and again.error == "offline" and again.attempts == 2
    [pending] = store.messages_for_thread(Channel.COLIVING, "b1")
    assert isinstance(pending, PendingMessage)
    assert (pending.state, pending.error, pending.attempts) == (OutboxState.SENDING, "offline", 2)
