"""The listing register from the document's demo context, and pushes planned and refused before queuing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from colivingdesk.domain import Booking, Money
from colivingdesk.store import Listing, RoomType, Store, open_store
from colivingdesk.sync.calendar import DayRange
from colivingdesk.sync.pushes import (
    FREE,
    PushInputError,
    booking_currency,
    parse_month_prices,
    parse_price,
    parse_units,
    plan_availability,
    plan_rates,
)
from colivingdesk.sync.register import UNNAMED, RegisterError, display_name, import_register, parse_register
from colivingdesk.sync.rooms import remember_rooms

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "coliving" / "register" / "demo_context_v1.json"
TODAY = date(2026, 3, 10)


def demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "cache.sqlite3")
    try:
        yield s
    finally:
        s.close()


def booking(ident: str, listing: str, room: str, currency: str | None = None) -> Booking:
    return Booking(
        id=ident, listing_id=listing, room_type_id=room, status="confirmed", checkin="2026-04-01",
        checkout="2026-06-01", version="2026-03-01 10:00:00",
        total=Money(Decimal("2000"), currency) if currency else None,
    )


def test_demo_context_import_names_listings_and_room_types_with_units_and_prices(store: Store):
    assert import_register(store, parse_register(demo(), TODAY)) == {"listings": 2, "room_types": 3}
    maple = store.get_listing("22228")
    assert maple is not None and maple.registered
    assert (display_name(maple), maple.stay_min, maple.extra["status"]) == (
        "Maple Grove Commons Coliving 3333", 60, "pending"
    )
    queen = store.get_room_type("66713")
    assert queen is not None and (queen.name, queen.listing_id, queen.units) == ("Queen Studio Room", "22228", 1)
    assert (queen.currency, queen.base_price) == ("GBP", Decimal("1340"))
    # From 10 March 2026 the next March is this one and the next January is 2027's.
    assert queen.monthly_prices["2026-03"] == Decimal("1380")
    assert queen.monthly_prices["2027-01"] == Decimal("1320") and len(queen.monthly_prices) == 12
    full = store.get_room_type("38753")
    assert full is not None and full.units == 6 and full.currency == "USD"
    # Months left null in the demo context are no override at all.
    assert full.monthly_prices == {"2027-01": Decimal("1100"), "2026-08": Decimal("1700")}


def test_ids_seen_only_on_bookings_read_unnamed_and_the_register_names_them(store: Store):
    remember_rooms(store, [booking("b1", "22228", "66713")])
    learnt = store.get_listing("22228")
    assert learnt is not None and not learnt.registered and display_name(learnt) == UNNAMED
    store.upsert_room_types([RoomType(id="66713", listing_id="22228", available={"2026-04-02": 1})])
    assert store.link_listing_property("22228", "prop_0003")
    import_register(store, parse_register(demo(), TODAY))
    named = store.get_listing("22228")
    assert named is not None and display_name(named) == "Maple Grove Commons Coliving 3333"
    # Importing again keeps what the file does not say: the link, and availability recorded from pushes.
    assert named.bmc_property_id == "prop_0003"
    room = store.get_room_type("66713")
    assert room is not None and room.available == {"2026-04-02": 1} and room.units == 1
    assert store.link_listing_property("22228", None) and store.get_listing("22228").bmc_property_id is None  # type: ignore[union-attr]
    assert not store.link_listing_property("999", "prop_0001")


def test_a_link_in_the_file_is_imported(store: Store):
    data = demo()
    data["listings"][0]["bmc_property_id"] = "prop_0007"
    import_register(store, parse_register(data, TODAY))
    assert store.get_listing("5325").bmc_property_id == "prop_0007"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["listings"][1]["room_types"][0].pop("amount"), "listings.1.room_types.0.amount"),
        (lambda d: d["listings"][0]["room_types"][0]["prices"].update(currency="EURO"),
         "listings.0.room_types.0.prices.currency"),
        (lambda d: d["listings"][0]["room_types"][0]["prices"].update(price_may="cheap"),
         "listings.0.room_types.0.prices.price_may"),
        (lambda d: d["listings"][1].update(id=None), "listings.1.id"),
        (lambda d: d.pop("listings"), "listings"),
    ],
)
def test_a_bad_register_names_the_field(change: Any, path: str):
    data = demo()
    change(data)
    with pytest.raises(RegisterError) as caught:
        parse_register(data, TODAY)
    assert caught.value.path == path


# ---------------------------------------------------------------------------------------------- pushes

MAPLE = Listing("22228", "Maple Grove Commons Coliving 3333", registered=True)
QUEEN = RoomType(id="66713", listing_id="22228", name="Queen Studio Room", currency="GBP",
                 base_price=Decimal("1340"), units=1)


def test_a_free_push_sends_the_coalesced_free_units():
    free = {date(2026, 4, n): (0 if 5 <= n <= 9 else 1) for n in range(1, 16)}
    plan = plan_availability(MAPLE, QUEEN, "22228", "66713", date(2026, 4, 1), date(2026, 4, 15), FREE, free)
    assert plan.ranges == (
        DayRange(date(2026, 4, 1), date(2026, 4, 4), 1),
        DayRange(date(2026, 4, 5), date(2026, 4, 9), 0),
        DayRange(date(2026, 4, 10), date(2026, 4, 15), 1),
    )
    assert plan.rows[1] == {"listing_id": "22228", "room_type_id": "66713", "available": 0,
                            "start_date": "2026-04-05", "end_date": "2026-04-09"}
    fixed = plan_availability(MAPLE, QUEEN, "22228", "66713", date(2026, 4, 1), date(2026, 4, 15), 3)
    assert fixed.ranges == (DayRange(date(2026, 4, 1), date(2026, 4, 15), 3),)


def test_a_free_push_without_a_unit_count_is_refused():
    unknown = RoomType(id="66713", listing_id="22228")
    with pytest.raises(PushInputError) as caught:
        plan_availability(MAPLE, unknown, "22228", "66713", date(2026, 4, 1), date(2026, 4, 2), FREE,
                          {date(2026, 4, 1): None, date(2026, 4, 2): None})
    assert caught.value.field == "available"


@pytest.mark.parametrize(
    ("listing", "room", "start", "end", "field"),
    [
        (MAPLE, QUEEN, date(2026, 4, 2), date(2026, 4, 1), "end_date"),
        (MAPLE, QUEEN, date(2026, 4, 1), date(2027, 10, 1), "end_date"),  # 18 months and a day
        (None, QUEEN, date(2026, 4, 1), date(2026, 4, 2), "listing_id"),
        (MAPLE, None, date(2026, 4, 1), date(2026, 4, 2), "room_type_id"),
        (MAPLE, RoomType(id="66713", listing_id="5325"), date(2026, 4, 1), date(2026, 4, 2), "room_type_id"),
    ],
)
def test_availability_refusals_name_the_field(listing, room, start, end, field):
    with pytest.raises(PushInputError) as caught:
        plan_availability(listing, room, "22228", "66713", start, end, 1)
    assert caught.value.field == field


def test_the_longest_range_is_eighteen_months():
    plan = plan_availability(MAPLE, QUEEN, "22228", "66713", date(2026, 4, 1), date(2027, 9, 30), 1)
    assert plan.ranges[0].days == 548


@pytest.mark.parametrize("text", ["-1", "two", "1.5", ""])
def test_units_must_be_whole_and_not_negative(text: str):
    with pytest.raises(PushInputError) as caught:
        parse_units(text)
    assert caught.value.field == "available"


def test_units_read_numbers_and_free():
    assert (parse_units("3"), parse_units("FREE"), parse_units("0")) == (3, FREE, 0)


def test_rates_default_to_the_register_and_send_the_months_given():
    plan = plan_rates(MAPLE, QUEEN, "22228", "66713", months=parse_month_prices(["aug=1400", "Jan=1320"]))
    assert plan.row == {"listing_id": "22228", "room_type_id": "66713", "base_price": Decimal("1340"),
                        "currency": "GBP", "price_jan": Decimal("1320"), "price_aug": Decimal("1400")}
    assert list(plan.fields()) == ["base_price", "currency", "price_jan", "price_aug"]


def test_the_currency_comes_from_the_bookings_never_a_default_euro():
    bare = RoomType(id="66713", listing_id="22228", base_price=Decimal("1340"))
    paid_in = booking_currency(
        [booking("1", "22228", "66713", "GBP"), booking("2", "22228", "66713", "GBP"),
         booking("3", "5325", "38753", "EUR")],
        "22228",
    )
    assert paid_in == "GBP"
    assert plan_rates(MAPLE, bare, "22228", "66713", booking_currency=paid_in).row["currency"] == "GBP"
    assert "currency" not in plan_rates(MAPLE, bare, "22228", "66713").row
    assert plan_rates(MAPLE, bare, "22228", "66713", currency="chf").row["currency"] == "CHF"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"currency": "XYZ"}, "currency"),
        ({"base": Decimal("0")}, "base_price"),
        ({"months": {"feb": Decimal("0")}}, "price_feb"),
        ({"clear": ["mar"]}, "price_mar"),
    ],
)
def test_rate_refusals_name_the_field(kwargs: dict[str, Any], field: str):
    with pytest.raises(PushInputError) as caught:
        plan_rates(MAPLE, QUEEN, "22228", "66713", **kwargs)
    assert caught.value.field == field


def test_a_zero_price_needs_confirmation_and_a_missing_base_is_refused():
    plan = plan_rates(MAPLE, QUEEN, "22228", "66713", base=Decimal("0"), allow_zero=True)
    assert plan.row["base_price"] == Decimal("0")
    with pytest.raises(PushInputError) as caught:
        plan_rates(MAPLE, RoomType(id="66713", listing_id="22228"), "22228", "66713")
    assert caught.value.field == "base_price"


@pytest.mark.parametrize(("items", "field"), [(["jan=-5"], "price_jan"), (["jan=abc"], "price_jan"),
                                              (["january"], "month"), (["smarch=5"], "month"),
                                              (["jan=1", "jan=2"], "price_jan")])
def test_month_prices_are_checked(items: list[str], field: str):
    with pytest.raises(PushInputError) as caught:
        parse_month_prices(items)
    assert caught.value.field == field


def test_negative_and_non_numeric_prices_are_refused():
    for text in ("-1", "NaN", "ten"):
        with pytest.raises(PushInputError):
            parse_price(text, "base_price")
