"""The bookings feed's records are read by a plain function; it must read them exactly as the wire model does."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pydantic
import pytest

from colivingdesk.api.coliving.models import BookingSummary, booking_summary

READABLE: list[Any] = [
    {"booking_id": "19", "listing_id": "5", "room_type_id": "7", "status": "confirmed",
     "checkin_at": "2026-05-01", "checkout_at": "2026-06-01", "version": "2026-04-01 10:00:00"},
    {"booking_id": 19, "listing_id": 5, "room_type_id": 7, "status": "pending", "checkin_at": "2026-05-01",
     "checkout_at": "2026-06-01", "version": "2026-04-01 10:00:00", "unknown": {"kept": True}},
    {"booking_id": {"id": 42}, "listing_id": {"id": "L"}, "room_type_id": None, "status": None},
    {"booking_id": True, "listing_id": Decimal("1.5"), "checkin_at": 20260501},
    {"booking_id": "only an id"},
]
UNREADABLE: list[Any] = [
    {"listing_id": "5"},
    {"booking_id": None},
    {"booking_id": [1, 2]},
    {"booking_id": {"name": "no id"}},
    "19",
    None,
]


@pytest.mark.parametrize("raw", READABLE)
def test_reads_a_booking_as_the_model_does(raw: Any) -> None:
    assert booking_summary(raw) == BookingSummary.model_validate(raw).to_domain()


@pytest.mark.parametrize("raw", UNREADABLE)
def test_rejects_what_the_model_rejects(raw: Any) -> None:
    with pytest.raises(pydantic.ValidationError):
        BookingSummary.model_validate(raw)
    with pytest.raises((TypeError, ValueError, KeyError)):
        booking_summary(raw)
