"""Coliving.com booking detail: guests, rooms and the local-currency total, from the wire to the cache."""

from __future__ import annotations

from decimal import Decimal

from colivingdesk.api.coliving.models import BookingDetail
from colivingdesk.domain import Booking
from colivingdesk.store import Store

DETAIL = {
    "booking_id": 8821,
    "booking_reference": "CO-1002",
    "listing_id": 441,
    "room_type_id": 902,
    "room_type_name": "Studio",
    "status": "confirmed",
    "checkin_at": "2026-05-01",
    "checkout_at": "2026-05-31",
    "nights": 30,
    "guests": {"total": 2, "rooms": 1},
    "guest": {"name": "Alex Rivera", "email": "alex@example.com"},
    "pricing": {"currency": "EUR", "total": 1250.0, "total_local": 1375.5, "security_deposit": 250.0},
    "meta": {"version": "2026-04-12 15:30:00"},
}


def test_detail_carries_guests_rooms_and_local_total() -> None:
    booking = BookingDetail.model_validate(DETAIL).to_domain()
    assert (booking.guests, booking.rooms, booking.total_local) == (2, 1, Decimal("1375.5"))
    bare = BookingDetail.model_validate({**DETAIL, "guests": None, "pricing": {"total_local": None}}).to_domain()
    assert (bare.guests, bare.rooms, bare.total_local) == (None, None, None)


def test_a_summary_keeps_the_detail_guests_and_local_total(store: Store) -> None:
    store.upsert_bookings([BookingDetail.model_validate(DETAIL).to_domain()])
    store.upsert_bookings(
        [Booking("8821", "441", "902", "confirmed", "2026-05-01", "2026-05-31", "2026-04-12 15:30:00")]
    )
    cached = store.get_booking("8821")
    assert cached is not None
    assert (cached.guests, cached.rooms, cached.total_local) == (2, 1, Decimal("1375.5"))
