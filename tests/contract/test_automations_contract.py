"""Message automations' occurrences behave alike on both backends: recorded once, moved only when something
changed, fired into the outbox exactly once, and marked skipped when their message is discarded unsent."""

from __future__ import annotations

from dataclasses import replace

from colivingdesk.domain import Channel
from colivingdesk.store import SavedReply, Store
from colivingdesk.store.automations import QUEUED, SCHEDULED, AutomationRule, PlannedOccurrence
from tests.unit.store.builders import at

from .conftest import Opener


def _planned(store: Store) -> PlannedOccurrence:
    reply = store.save_saved_reply(SavedReply("Welcome", "Hi"))
    assert reply.id is not None
    rule = store.automations.save_rule(AutomationRule("Check-in", "before_checkin", reply.id), at(0))
    assert rule.id == 1
    return PlannedOccurrence(
        key="r1:booking:b1:checkin",
        rule_id=1,
        channel=Channel.COLIVING,
        record_kind="booking",
        record_id="b1",
        target="b1",
        due_at=at(60),
        latest_at=at(120),
    )


def test_an_occurrence_is_recorded_once_and_moved_only_when_it_changed(store: Store) -> None:
    planned = _planned(store)
    assert store.automations.add(planned, now=at(0))
    assert not store.automations.add(planned, now=at(1))
    assert not store.automations.reschedule(planned, at(2))
    assert store.automations.reschedule(replace(planned, property_id="p1"), at(3))
    assert not store.automations.reschedule(replace(planned, property_id="p1"), at(4))
    assert store.automations.reschedule(replace(planned, due_at=at(90)), at(5))  # and back to no property
    got = store.automations.get(planned.key)
    assert got is not None and (got.state, got.due_at, got.property_id) == (SCHEDULED, at(90), None)


def test_an_occurrence_fires_once_and_a_discarded_message_says_so(store: Store, open_another: Opener) -> None:
    planned = _planned(store)
    store.automations.add(planned, now=at(0))
    other = open_another()
    item = store.automations.fire(planned.key, Channel.COLIVING, "b1", {"text": "Hi"}, "Hi", at(60))
    assert item is not None
    assert other.automations.fire(planned.key, Channel.COLIVING, "b1", {"text": "Hi"}, "Hi", at(60)) is None
    fired = other.automations.get(planned.key)
    assert fired is not None and (fired.state, fired.outbox_id) == (QUEUED, item.id)
    assert other.cancel_outbox_item(item.id)
    discarded = store.automations.get(planned.key)
    assert discarded is not None and discarded.state == "skipped"
    assert discarded.reason == "Discarded from the outbox before it was sent."
    assert discarded.updated_at is not None and discarded.updated_at > at(60)
