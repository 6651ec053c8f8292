"""Accounts, saved replies, the lead-to-conversation link, case-insensitive orders and filters, and the
Coliving.com conversation sweep behave alike on both backends."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from colivingdesk.domain import Channel, Lead, Message, ReferenceItem, Thread
from colivingdesk.store import (
    Account,
    BookingFilter,
    LeadFilter,
    Listing,
    PropertyFilter,
    RoomType,
    SavedReply,
    SavedReplyError,
    Store,
    ThreadFilter,
    property_key,
)
from tests.unit.store.builders import at, booking, lead, message, prop, thread

from .test_records_contract import walk


def test_accounts_get_new_ids_and_update_in_place(store: Store) -> None:
    first = store.save_account(Account(Channel.COLIVING, "Mango Lisbon", "https://api.coliving.com/v1"))
    second = store.save_account(Account(Channel.BMC, "BMC", "https://bmc.test/api/v1", settings={"poll": 60}))
    assert (first.id, second.id) == (1, 2)
    first.label = "Mango Lisboa"
    store.save_account(first)
    assert store.get_account(1) == first
    assert [a.label for a in store.list_accounts()] == ["Mango Lisboa", "BMC"]
    assert store.delete_account(1) and store.list_accounts() == [second]


def test_saved_reply_titles_are_unique_ignoring_case_and_listed_ignoring_case(store: Store) -> None:
    welcome = store.save_saved_reply(SavedReply("welcome", "Hi {first_name}!"))
    store.save_saved_reply(SavedReply("Check-in", "See you on {checkin}."))
    store.save_saved_reply(SavedReply("Bye", "Bye"))
    assert welcome.id == 1
    assert [r.title for r in store.list_saved_replies()] == ["Bye", "Check-in", "welcome"]
    with pytest.raises(SavedReplyError, match="already called"):
        store.save_saved_reply(SavedReply("WELCOME", "Hello"))
    store.save_saved_reply(SavedReply("Welcome", "Hello", id=welcome.id))  # its own title, recased
    assert store.import_saved_replies([SavedReply("BYE", "Goodbye"), SavedReply("New", "x")]) == (1, 1)
    assert [(r.title, r.body) for r in store.list_saved_replies()] == [
        ("Bye", "Goodbye"),
        ("Check-in", "See you on {checkin}."),
        ("New", "x"),
        ("Welcome", "Hello"),
    ]


def test_a_lead_finds_its_guest_conversation_ignoring_case_preferring_its_property(store: Store) -> None:
    store.upsert_threads(
        [
            Thread(Channel.BMC, "usr_1", "Ana Lopez", property_id="p_other"),
            Thread(Channel.BMC, "usr_2", "ana lopez", property_id="p_1"),
            Thread(Channel.BMC, "usr_3", "", property_id="p_9"),
        ]
    )
    store.upsert_messages([Message(Channel.BMC, "usr_3", "m1", "guest", "hello", sender_name="Bo Chen")])
    found = store.thread_for_lead(Lead("l1", "p_1", "ANA LOPEZ"))
    assert found is not None and found.external_id == "usr_2"
    unnamed = store.thread_for_lead(Lead("l2", "p_9", "bo chen"))
    assert unnamed is not None and unnamed.external_id == "usr_3"
    assert store.thread_for_lead(Lead("l3", "p_1", "Nobody Here")) is None


def test_properties_page_by_name_ignoring_case_with_ties(store: Store) -> None:
    names = ["beta", "Alpha", "alpha", "Gamma", "alpha", "Beta", "delta"]
    store.upsert_properties([prop(f"p{i:02d}", n) for i, n in enumerate(names)])
    for size in (1, 2, 3, 50):
        rows = walk(lambda after, n: store.page_properties(after=after, limit=n), property_key, size)
        assert [(r.name.lower(), r.id) for r in rows] == sorted((n.lower(), f"p{i:02d}") for i, n in enumerate(names))


def test_text_filters_ignore_case_and_take_wildcards_literally(store: Store) -> None:
    store.upsert_properties([prop("p1", "Casa 100%", "REJECTED"), prop("p2", "Casa Azul"), prop("p3", "Loft_1")])
    assert [p.id for p in store.page_properties(PropertyFilter(text="100%"))] == ["p1"]
    assert [p.id for p in store.page_properties(PropertyFilter(text="t_"))] == ["p3"]
    assert [p.id for p in store.page_properties(PropertyFilter(text="CASA"))] == ["p1", "p2"]
    store.upsert_leads([lead("l1", status="new"), lead("l2", property_id="p2", message="pets allowed?")])
    assert [x.id for x in store.page_leads(LeadFilter(text="PETS"))] == ["l2"]
    store.upsert_bookings([booking("b1", guest_name="Ana"), booking("b2", reference="MB-77")])
    assert [b.id for b in store.page_bookings(BookingFilter(text="mb-7"))] == ["b2"]
    assert store.count_bookings(BookingFilter(text="ANA")) == 1
    store.upsert_threads([thread("u1", participant_name="Zoë Müller", last_message="Hello")])
    assert store.count_threads(ThreadFilter(text="hELLo")) == 1


def test_a_booking_conversation_the_host_started_is_found_by_the_guest_name_it_shows(store: Store) -> None:
    # The host wrote first: no guest message names the guest, so the inbox shows the booking's guest name.
    store.upsert_bookings([booking("b1", guest_name="Mateo García"), booking("b2", guest_name="Ana")])
    store.upsert_messages([message("b1", "m1", 10, channel=Channel.COLIVING, sender="host", text="Welcome!")])
    assert [t.external_id for t in store.page_threads(ThreadFilter(text="garc"))] == ["b1"]
    assert store.count_threads(ThreadFilter(text="GARC")) == 1
    assert store.count_threads(ThreadFilter(text="ana")) == 0  # b2 has no conversation


def test_the_conversation_sweep_reads_never_read_first_then_by_activity_and_nearest_checkin(store: Store) -> None:
    store.upsert_bookings(
        [
            booking("far", checkin="2026-09-01", checkout="2026-12-01"),
            booking("near", checkin="2026-04-03", checkout="2026-06-01"),
            booking("staying", checkin="2026-03-20", checkout="2026-05-01"),
            booking("busy", checkin="2026-08-01", checkout="2026-10-01"),
            booking("old_read", checkin="2026-04-02", checkout="2026-05-01"),
            booking("new_read", checkin="2026-04-02", checkout="2026-05-01"),
            booking("cancelled", status="cancelled", checkout="2026-06-01"),
        ]
    )
    store.upsert_messages([message("busy", "m1", 50, channel=Channel.COLIVING)])
    store.mark_conversations_read(["old_read"], at(10))
    store.mark_conversations_read(["new_read"], at(20))
    order = store.open_conversations_due("2026-03-31", ("cancelled",), "2026-04-01")
    assert order == ["busy", "near", "staying", "far", "old_read", "new_read"]
    assert store.open_conversations_due("2026-03-31", ("cancelled",), "2026-04-01", first=["far"], limit=2) == [
        "far",
        "busy",
    ]
    assert store.conversation_read_at("new_read") == at(20)
    assert store.conversation_coverage("2026-03-31", ("cancelled",), at(15)) == (1, 5)


def test_reference_lists_are_replaced_in_the_channel_order(store: Store) -> None:
    fetched = datetime(2026, 4, 1, tzinfo=UTC)
    items = [ReferenceItem("city", "c2", "Porto", "porto"), ReferenceItem("city", "c1", "Lisbon", "lisbon")]
    assert sorted(store.replace_reference("city", items, fetched)) == ["c1", "c2"]
    assert store.replace_reference("city", items, fetched) == []
    assert [i.name for i in store.reference_items("city")] == ["Porto", "Lisbon"]
    assert store.reference_fetched_at("city") == fetched
    assert store.replace_reference("city", items[1:], fetched) == ["c1", "c2"]
    assert [i.id for i in store.reference_items("city")] == ["c1"]


def test_listings_and_room_types_listed_by_name_ignoring_case(store: Store) -> None:
    store.upsert_listings([Listing("L2", "beta house"), Listing("L1", "Alpha House"), Listing("L3", "Gamma")])
    assert [x.id for x in store.list_listings()] == ["L1", "L2", "L3"]
    rooms = [
        RoomType("R1", "L1", "double", "private", "EUR", Decimal("850"), monthly_prices={"2026-05": Decimal("900.5")}),
        RoomType("R2", "L1", "Bunk", "shared", "EUR", Decimal("400"), available={"2026-05": 2}),
    ]
    assert store.upsert_room_types(rooms) == ["R1", "R2"] and store.upsert_room_types(rooms) == []
    assert [r.id for r in store.list_room_types("L1")] == ["R2", "R1"]
    got = store.get_room_type("R1")
    assert got is not None and got.monthly_prices == {"2026-05": Decimal("900.5")}
    assert store.delete_listing("L1") and store.list_room_types() == []
