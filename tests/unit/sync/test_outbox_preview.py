"""Outbox items in words: the reply's text or a preview of the write, and the person it goes to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from colivingdesk.domain import Booking, Channel, Property, Thread
from colivingdesk.store import Store, open_store
from colivingdesk.sync.outbox import (
    AVAILABILITY,
    PROPERTY_CREATE,
    PROPERTY_PHOTOS,
    PROPERTY_SUBMIT,
    RATES,
    REPLY,
)
from colivingdesk.sync.outbox_preview import item_name, item_text


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    s.upsert_properties([Property(id="prop_1", name="Casa Sol", status="APPROVED")])
    s.upsert_threads([Thread(Channel.BMC, "usr_1", participant_name="Ana Lima")])
    s.upsert_bookings([Booking("77", "22228", "38753", "confirmed", "2099-01-01", "2099-02-01", "v1",
                               guest_name="Tom Berg")])
    yield s
    s.close()


def queued(store: Store, channel: Channel, kind: str, target: str, payload: dict[str, Any]) -> Any:
    return store.enqueue(channel, kind, target, payload, f"key-{kind}-{target}")


def rows(count: int, listing: str = "22228") -> dict[str, Any]:
    return {"updates": [{"listing_id": listing, "room_type_id": "1", "available": 1}] * count}


@pytest.mark.parametrize(
    ("channel", "kind", "target", "payload", "text"),
    [
        (Channel.BMC, REPLY, "usr_1", {"text": "Yes, it is free.", "property_id": "prop_1"}, "Yes, it is free."),
        (Channel.BMC, PROPERTY_CREATE, "", {"draft": {"name": "Casa Sol"}}, "Create listing 'Casa Sol'"),
        (Channel.BMC, PROPERTY_SUBMIT, "prop_1", {}, "Submit listing 'Casa Sol' for review"),
        (Channel.BMC, PROPERTY_SUBMIT, "prop_9", {}, "Submit listing prop_9 for review"),
        (Channel.BMC, PROPERTY_PHOTOS, "prop_1", {"urls": ["https://x/1.jpg"]}, "Add 1 photo to listing 'Casa Sol'"),
        (Channel.COLIVING, AVAILABILITY, "22228", rows(3), "Availability for listing 22228 (3 rows)"),
        (Channel.COLIVING, RATES, "22228,5325", rows(2), "Rates for listings 22228, 5325 (2 rows)"),
    ],
)
def test_text_is_the_reply_or_a_preview(
    store: Store, channel: Channel, kind: str, target: str, payload: dict[str, Any], text: str
) -> None:
    assert item_text(queued(store, channel, kind, target, payload), store) == text


def test_name_is_the_person_replied_to_when_the_cache_knows_it(store: Store) -> None:
    assert item_name(queued(store, Channel.BMC, REPLY, "usr_1", {"text": "Hi"}), store) == "Ana Lima"
    assert item_name(queued(store, Channel.COLIVING, REPLY, "77", {"text": "Hi"}), store) == "Tom Berg"
    assert item_name(queued(store, Channel.BMC, REPLY, "usr_unknown", {"text": "Hi"}), store) is None
    assert item_name(queued(store, Channel.BMC, PROPERTY_SUBMIT, "prop_1", {}), store) is None
