"""Houses (a Coliving.com listing linked to a BookMyColiving property is one place), booking lanes for the
calendar's bars, and hand edits of the listing register."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from colivingdesk.domain import Booking, Channel, Thread
from colivingdesk.store import BookingFilter, Listing, RoomType, Store, ThreadFilter, open_store
from colivingdesk.sync.calendar import booking_lanes
from colivingdesk.sync.houses import houses
from colivingdesk.sync.register_edits import (
    FieldError,
    ListingEdit,
    RoomEdit,
    parse_amount,
    parse_count,
    parse_currency,
    save_edits,
)
from colivingdesk.ui.models.timeline_model import MAX_LANES, room_bars


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    try:
        yield s
    finally:
        s.close()


def stay(ident: str, checkin: str, checkout: str, listing: str = "22228", status: str = "confirmed") -> Booking:
    return Booking(id=ident, listing_id=listing, room_type_id="66713", status=status, checkin=checkin,
                   checkout=checkout, version="2026-03-01 10:00:00", guest_name=f"Guest {ident}")


# ---------------------------------------------------------------- booking lanes
def test_overlapping_stays_take_separate_lanes_and_a_check_out_day_is_reused() -> None:
    lanes = booking_lanes([
        stay("a", "2026-04-01", "2026-05-01"),
        stay("b", "2026-04-15", "2026-06-01"),  # overlaps a
        stay("c", "2026-05-01", "2026-05-20"),  # starts on a's check-out day: a's lane is free again
        stay("d", "2026-05-10", "2026-05-12"),  # overlaps b and c: a third lane
    ])
    assert [[b.id for b in lane] for lane in lanes] == [["a", "c"], ["b"], ["d"]]


def test_lanes_are_the_fewest_possible_and_undated_stays_are_left_out() -> None:
    lanes = booking_lanes([stay(str(n), f"2026-04-{n + 1:02d}", f"2026-04-{n + 2:02d}") for n in range(20)]
                          + [stay("x", "", "2026-04-03")])
    assert len(lanes) == 1 and len(lanes[0]) == 20


# ---------------------------------------------------------------- houses
def test_a_linked_listing_and_its_property_are_one_house_and_a_lone_listing_its_own() -> None:
    found = houses(
        [Listing("22228", "Maple Grove", registered=True, bmc_property_id="prop_0004"),
         Listing("5325", "Demo listing", registered=True),
         Listing("777")],
        {"prop_0004": "Sunny Shoreditch House"},
    )
    assert [(h.key, h.name, h.property_id, h.listing_ids) for h in found] == [
        ("bmc:prop_0004", "Sunny Shoreditch House = Maple Grove", "prop_0004", ("22228",)),
        ("coliving:5325", "Demo listing", None, ("5325",)),
        ("coliving:777", "unnamed, from bookings", None, ("777",)),
    ]


def test_the_inbox_filter_on_a_property_includes_the_linked_listing_s_conversations(store: Store) -> None:
    store.upsert_listings([Listing("22228", "Maple Grove", registered=True, bmc_property_id="prop_0004"),
                           Listing("5325", "Demo listing", registered=True)])
    store.upsert_bookings([stay("b1", "2026-04-01", "2026-05-01"),
                           stay("b2", "2026-04-01", "2026-05-01", listing="5325")])
    store.upsert_threads([
        Thread(Channel.BMC, "usr_1", "Lead guest", property_id="prop_0004"),
        Thread(Channel.BMC, "usr_2", "Other lead", property_id="prop_0001"),
        Thread(Channel.COLIVING, "b1", "Maple guest", booking_id="b1"),
        Thread(Channel.COLIVING, "b2", "Demo guest", booking_id="b2"),
    ])

    def keys(f: ThreadFilter) -> set[str]:
        return {t.key for t in store.page_threads(f, None, 50)}

    house = {"bmc:usr_1", "coliving:b1"}
    assert keys(ThreadFilter(property_id="prop_0004")) == house
    assert keys(ThreadFilter(listing_id="22228")) == house  # and the other way round
    assert keys(ThreadFilter(listing_id="5325")) == {"coliving:b2"}  # a listing of its own stays alone
    assert keys(ThreadFilter(property_id="prop_0001")) == {"bmc:usr_2"}


def test_the_bookings_filter_widens_a_listing_or_a_property_to_the_house(store: Store) -> None:
    store.upsert_listings([Listing("22228", "Maple Grove", registered=True, bmc_property_id="prop_0004"),
                           Listing("22229", "Maple Grove annex", registered=True, bmc_property_id="prop_0004"),
                           Listing("5325", "Demo listing", registered=True)])
    store.upsert_bookings([stay("b1", "2026-04-01", "2026-05-01"),
                           stay("b2", "2026-04-01", "2026-05-01", listing="22229"),
                           stay("b3", "2026-04-01", "2026-05-01", listing="5325")])

    def ids(f: BookingFilter) -> set[str]:
        return {b.id for b in store.page_bookings(f, None, 50)}

    assert ids(BookingFilter(property_id="prop_0004")) == {"b1", "b2"}
    assert ids(BookingFilter(listing_id="22228")) == {"b1", "b2"}
    assert store.count_bookings(BookingFilter(listing_id="5325")) == 1
    assert store.house_listing_ids("22229") == {"22228", "22229"}


# ---------------------------------------------------------------- register edits
@pytest.mark.parametrize(("check", "text", "words"), [
    (parse_count, "-1", "negative"),
    (parse_count, "two", "not a whole number"),
    (parse_currency, "XYZ", "not an ISO 4217"),
    (parse_amount, "-5", "negative"),
    (parse_amount, "cheap", "not a number"),
])
def test_a_wrong_field_says_why(check: object, text: str, words: str) -> None:
    with pytest.raises(FieldError, match=words):
        check(text)  # type: ignore[operator]


def test_fields_read_as_typed_and_empty_means_unknown() -> None:
    assert (parse_count(" 4 "), parse_currency("gbp"), parse_amount("1340.50")) == (4, "GBP", Decimal("1340.50"))
    assert (parse_count(""), parse_currency(" "), parse_amount("")) == (None, None, None)


def test_saving_edits_changes_only_the_edited_fields_and_names_a_listing_from_bookings(store: Store) -> None:
    store.upsert_listings([Listing("22228")])  # only seen on a booking
    store.upsert_room_types([RoomType(id="66713", listing_id="22228", available={"2026-04-01": 1},
                                      monthly_prices={"2026-04": Decimal("1410")})])
    written = save_edits(
        store,
        [ListingEdit("22228", "Maple Grove", 60, "prop_0004")],
        [RoomEdit("66713", "22228", "Queen Studio Room", 5, "GBP", Decimal("1340"))],
    )
    assert written == {"listings": ["22228"], "rooms": ["66713"]}
    assert store.get_listing("22228") == Listing("22228", "Maple Grove", registered=True, stay_min=60,
                                                 bmc_property_id="prop_0004")
    room = store.get_room_type("66713")
    assert room is not None
    assert (room.name, room.units, room.currency, room.base_price) == ("Queen Studio Room", 5, "GBP", Decimal("1340"))
    assert room.available == {"2026-04-01": 1}  # what pushes recorded stays
    assert room.monthly_prices == {"2026-04": Decimal("1410")}


def test_bars_draw_four_lanes_and_count_the_stays_left_over_per_day() -> None:
    many = [stay(str(n), "2026-04-01", "2026-04-10") for n in range(MAX_LANES + 2)]  # six stays at once
    bars = room_bars([*many, stay("late", "2026-04-10", "2026-04-12")], date(2026, 4, 1), date(2026, 4, 30))
    assert len(bars.lanes) == MAX_LANES and bars.more
    assert [n for n, _b in bars.on(date(2026, 4, 9))] == list(range(MAX_LANES))
    assert bars.more_on(date(2026, 4, 9)) == 2  # drawn four, two more counted
    assert [b.id for _n, b in bars.on(date(2026, 4, 10))] == ["late"]  # check-out day: the next stay's bar
    assert bars.more_on(date(2026, 4, 10)) == 0 and bars.on(date(2026, 4, 12)) == []


def test_a_stay_without_a_lane_of_its_own_is_drawn_in_the_lanes_that_empty_on_its_days() -> None:
    short = [stay(str(n), "2026-04-01", "2026-04-05") for n in range(MAX_LANES - 1)]  # three lanes empty on the 5th
    long = stay("long", "2026-04-01", "2026-04-20")
    late = stay("late", "2026-04-02", "2026-04-15")  # checks in with every drawn lane taken
    bars = room_bars([*short, long, late], date(2026, 4, 1), date(2026, 4, 30))
    assert bars.more_on(date(2026, 4, 3)) == 1  # four lanes taken: counted
    assert [b.id for _n, b in bars.on(date(2026, 4, 3))] == ["0", "1", "2", "long"]
    # From the 5th its bar goes on in the first lane that emptied, to its check-out, and nothing is counted.
    for day in (date(2026, 4, 5), date(2026, 4, 14)):
        assert bars.on(day) == [(0, late), (MAX_LANES - 1, long)] and bars.more_on(day) == 0
    assert bars.extent(0, late, date(2026, 4, 9)) == (date(2026, 4, 5), date(2026, 4, 14))
    assert bars.extent(MAX_LANES - 1, long, date(2026, 4, 9)) is None  # its own lane: the whole stay
    assert bars.on(date(2026, 4, 15)) == [(MAX_LANES - 1, long)]
