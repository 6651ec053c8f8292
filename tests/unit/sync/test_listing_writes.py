"""What saving a listing queues, and how a listing write's notes read back (no network, no store)."""

from __future__ import annotations

from colivingdesk.api.bmc import PropertyDraft
from colivingdesk.api.bmc.models import RoomOptionDraft
from colivingdesk.domain import Channel, OutboxItem, OutboxState, Photo, Property, RoomOption
from colivingdesk.sync.listing_writes import (
    follow_up_key,
    new_photos,
    reused_listing,
    save_plan,
    was_replayed,
)

ON_CHANNEL = ["https://img.example.com/1.jpg", "https://img.example.com/2.jpg"]


def cached() -> Property:
    return Property(
        id="prop_1", name="Sunny", status="APPROVED", city_id="city_lisbon", contact_email="h@example.com",
        room_options=[RoomOption(type="PRIVATE", price_monthly_cents=80000)],
        photos=[Photo(url=u) for u in ON_CHANNEL], external_id="pms-1",
    )


def test_new_photos_keep_the_wanted_order_once_each_without_those_held() -> None:
    wanted = ["https://img.example.com/3.jpg", ON_CHANNEL[0], "https://img.example.com/3.jpg", "", ON_CHANNEL[1]]
    assert new_photos(wanted, ON_CHANNEL) == ["https://img.example.com/3.jpg"]
    assert new_photos(ON_CHANNEL, ON_CHANNEL) == []


def test_a_create_carries_the_wanted_photos_for_its_follow_up_step() -> None:
    draft = PropertyDraft(
        name="New", city_id="city_lisbon", room_options=[RoomOptionDraft(price_monthly_cents=1)],
        external_id="pms-9", photos=ON_CHANNEL,
    )
    kind, target, payload = save_plan(draft, None, None)
    assert (kind, target) == ("property.create", "pms-9")
    assert payload["draft"]["photos"] == ON_CHANNEL and "photos" not in draft.to_body()


def test_only_new_photos_on_an_unchanged_listing_queue_just_the_photos_step() -> None:
    draft = PropertyDraft.from_property(cached())
    extra = "https://img.example.com/3.jpg"
    kind, target, payload = save_plan(draft.model_copy(update={"photos": [*ON_CHANNEL, extra]}), "prop_1", cached())
    assert (kind, target, payload) == ("property.photos", "prop_1", {"urls": [extra]})

    renamed = draft.model_copy(update={"name": "Sunnier", "photos": [*ON_CHANNEL, extra]})
    assert save_plan(renamed, "prop_1", cached())[0] == "property.replace"
    assert save_plan(draft, "prop_1", cached())[0] == "property.replace"  # nothing new: saved as it is
    assert save_plan(renamed, "prop_1", None)[0] == "property.replace"  # not cached: cannot tell


def test_the_photos_step_key_is_fixed_by_its_parent_and_differs_from_it() -> None:
    assert follow_up_key("k-1") == follow_up_key("k-1") != follow_up_key("k-2")
    assert follow_up_key("k-1") != "k-1"


def test_notes_on_an_item_read_back() -> None:
    note = {"property_id": "prop_1", "external_id": "pms-1", "name": "Sunny"}
    item = OutboxItem(1, Channel.BMC, "property.create", "pms-1", {"reused": note, "replayed": True}, "k",
                      OutboxState.FAILED)
    assert reused_listing(item) == note and was_replayed(item)
    plain = OutboxItem(2, Channel.BMC, "property.create", "pms-1", {"reused": "yes"}, "k2")
    assert reused_listing(plain) is None and not was_replayed(plain)
