"""Coliving.com listings and room types recorded from bookings and from accepted pushes, on a temp store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from colivingdesk.domain import Booking
from colivingdesk.store import Listing, RoomType, Store, open_store
from colivingdesk.sync.rooms import backfill_rooms, record_availability, record_rates, remember_rooms

TODAY = date(2026, 4, 25)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "cache.sqlite3")
    yield store
    store.close()


def booking(ident: str, listing: str = "7", room: str = "70", name: str | None = None) -> Booking:
    return Booking(ident, listing, room, "confirmed", "2026-05-01", "2026-06-01", "v1", room_type_name=name)


def test_bookings_add_listings_and_room_types_and_details_name_them(store: Store) -> None:
    assert sorted(remember_rooms(store, [booking("1"), booking("2", room="71"), booking("3", "8", "80")])) == [
        "70", "71", "80",
    ]
    assert [listing.id for listing in store.list_listings()] == ["7", "8"]
    assert remember_rooms(store, [booking("1")]) == []  # nothing new: no change announced
    assert remember_rooms(store, [booking("1", name="Private room")]) == ["70"]
    assert store.get_room_type("70") == RoomType("70", "7", "Private room")
    assert remember_rooms(store, [booking("4")]) == []  # a summary without a name keeps the known name
    assert store.get_room_type("70").name == "Private room"


def test_recorded_values_survive_later_bookings(store: Store) -> None:
    store.upsert_listings([Listing("7", "Mango Lisbon")])
    rows = [{"listing_id": "7", "room_type_id": "70", "available": 2,
             "start_date": "2026-05-01", "end_date": "2026-05-03"}]
    assert record_availability(store, rows, TODAY) == ["70"]
    assert record_rates(store, [{"listing_id": "7", "room_type_id": "70", "base_price": "850",
                                 "currency": "EUR", "price_aug": "990"}], TODAY) == ["70"]
    remember_rooms(store, [booking("1", name="Private room")])
    room = store.get_room_type("70")
    assert room is not None and room.name == "Private room"
    assert room.available == {"2026-05-01": 2, "2026-05-02": 2, "2026-05-03": 2}
    assert (room.base_price, room.currency) == (Decimal("850"), "EUR")
    assert room.monthly_prices == {"2026-08": Decimal("990")}
    assert store.get_listing("7") == Listing("7", "Mango Lisbon")  # a name entered here is kept


def test_availability_overwrites_days_keeps_others_and_forgets_the_old_past(store: Store) -> None:
    record_availability(store, [{"listing_id": "7", "room_type_id": "70", "available": 1,
                                 "start_date": "2026-01-01", "end_date": "2026-01-01"}], date(2026, 1, 1))
    record_availability(store, [{"listing_id": "7", "room_type_id": "70", "available": 3,
                                 "start_date": "2026-04-30", "end_date": "2026-05-01"}], TODAY)
    record_availability(store, [{"listing_id": "7", "room_type_id": "70", "available": 0,
                                 "start_date": "2026-05-01", "end_date": "2026-05-01"}], TODAY)
    assert record_availability(store, [{"listing_id": "7", "room_type_id": "70", "available": 5}], TODAY) == []
    room = store.get_room_type("70")
    assert room is not None and room.available == {"2026-04-30": 3, "2026-05-01": 0}
    assert store.get_listing("7") is not None  # a push may name a listing no booking showed yet


def test_backfill_learns_rooms_from_cached_bookings_once(store: Store) -> None:
    store.upsert_bookings([booking(str(n), room=str(70 + n % 3)) for n in range(10)])
    assert sorted(backfill_rooms(store, page=4)) == ["70", "71", "72"]
    assert backfill_rooms(store) == []
