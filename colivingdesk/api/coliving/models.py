"""Coliving.com wire models and write bodies.

The Bookings feed is read from the document's exact PascalCase keys (``data.Bookings``, ``data.Booking``) by
the client; these models read the records inside. Booking and message ids may be integers on the wire and
become strings in the domain. Money arrives as exact ``Decimal`` (the JSON layer never produces floats) and is
paired with the booking's currency. ``RateUpdate`` and ``AvailabilityUpdate`` write the document's body field
for field.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from ...domain import Booking, Channel, Message, Money
from .._tolerant import (
    LenientDatetime,
    OptBool,
    OptDecimal,
    OptInt,
    OptStr,
    StrId,
    Text,
    WireModel,
    _to_str,
    _to_text,
)

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class HostProfile(WireModel):
    """GET /v1/me: who the key belongs to."""

    name: Text = ""
    email: Text = ""
    created_at: LenientDatetime = None
    last_login_at: LenientDatetime = None


class BookingSummary(WireModel):
    """One entry of ``data.Bookings``."""

    booking_id: StrId
    listing_id: Text = ""
    room_type_id: Text = ""
    status: Text = ""
    checkin_at: Text = ""
    checkout_at: Text = ""
    version: Text = ""

    def to_domain(self) -> Booking:
        return Booking(
            id=self.booking_id,
            listing_id=self.listing_id,
            room_type_id=self.room_type_id,
            status=self.status,
            checkin=self.checkin_at,
            checkout=self.checkout_at,
            version=self.version,
        )


def booking_summary(raw: Any) -> Booking:
    """One entry of ``data.Bookings`` read exactly as :class:`BookingSummary` reads it, without building the
    model: a first sync reads 100,000 of them on the event loop, where validating each through pydantic cost
    about 8x this.

    Raises ``TypeError``/``ValueError``/``KeyError`` for a record the model would reject (not an object, no
    usable ``booking_id``), so the caller skips it the same way.
    """
    if not isinstance(raw, dict):
        raise TypeError(f"a booking record is an object, not {type(raw).__name__}")
    booking_id = _to_str(raw["booking_id"])
    if not isinstance(booking_id, str):
        raise ValueError(f"booking_id is not an id: {booking_id!r}")
    get = raw.get
    return Booking(
        id=booking_id,
        listing_id=_to_text(get("listing_id")),
        room_type_id=_to_text(get("room_type_id")),
        status=_to_text(get("status")),
        checkin=_to_text(get("checkin_at")),
        checkout=_to_text(get("checkout_at")),
        version=_to_text(get("version")),
    )


class _Guest(WireModel):
    name: OptStr = None
    email: OptStr = None
    phone: OptStr = None
    country: OptStr = None


class _Guests(WireModel):
    total: OptInt = None
    rooms: OptInt = None


class _Pricing(WireModel):
    currency: OptStr = None
    total: OptDecimal = None
    total_local: OptDecimal = None
    security_deposit: OptDecimal = None


class _BookingMeta(WireModel):
    version: OptStr = None
    created_at: LenientDatetime = None
    updated_at: LenientDatetime = None


def _dict_or_empty(value: Any) -> Any:
    return value if isinstance(value, dict) else {}


class BookingDetail(BookingSummary):
    """``data.Booking``: the summary plus guest, pricing and ``meta.version``; nullable fields may be null."""

    booking_reference: OptStr = None
    room_type_name: OptStr = None
    room_id: OptStr = None
    nights: OptInt = None
    guest: _Guest = Field(default_factory=_Guest)
    guests: _Guests = Field(default_factory=_Guests)
    pricing: _Pricing = Field(default_factory=_Pricing)
    notes: OptStr = None
    meta: _BookingMeta = Field(default_factory=_BookingMeta)

    _norm = field_validator("guest", "guests", "pricing", "meta", mode="before")(_dict_or_empty)

    def to_domain(self) -> Booking:
        booking = super().to_domain()
        booking.version = self.meta.version or self.version
        booking.reference = self.booking_reference
        booking.room_type_name = self.room_type_name
        booking.nights = self.nights
        booking.guest_name = self.guest.name
        booking.guest_email = self.guest.email
        booking.guest_phone = self.guest.phone
        booking.guest_country = self.guest.country
        currency = self.pricing.currency or ""
        if self.pricing.total is not None:
            booking.total = Money(self.pricing.total, currency)
        if self.pricing.security_deposit is not None:
            booking.security_deposit = Money(self.pricing.security_deposit, currency)
        booking.notes = self.notes
        booking.guests = self.guests.total
        booking.rooms = self.guests.rooms
        booking.total_local = self.pricing.total_local
        booking.has_detail = True
        return booking


class ColivingMessage(WireModel):
    id: StrId
    sender: Text = ""
    sender_name: Text = ""
    text: Text = ""
    is_seen: OptBool = None
    created_at: LenientDatetime = None

    def to_domain(self, booking_id: str) -> Message:
        return Message(
            channel=Channel.COLIVING,
            thread_external_id=booking_id,
            external_id=self.id,
            sender=self.sender.lower(),
            text=self.text,
            sender_name=self.sender_name,
            created_at=self.created_at,
            is_seen=self.is_seen,
        )


# ---------------------------------------------------------------- what we send


def _id_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _day(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()[:10]
    return value


def _exact(value: Any) -> Any:
    """Floats go through their shortest repr, so 0.1 becomes Decimal('0.1'), not 0.1000000000000000055..."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AvailabilityUpdate(BaseModel):
    """One entry of POST /integrations/{provider}/availability ``data``: rooms free from start to end date."""

    model_config = ConfigDict(frozen=True)

    listing_id: str = Field(min_length=1)
    room_type_id: str = Field(min_length=1)
    available: StrictInt = Field(ge=0)
    start_date: str | None = None
    end_date: str | None = None

    _ids = field_validator("listing_id", "room_type_id", mode="before")(_id_text)
    _days = field_validator("start_date", "end_date", mode="before")(_day)

    @field_validator("start_date", "end_date")
    @classmethod
    def _check_day(cls, value: str | None) -> str | None:
        if value is not None and not _DAY.match(value):
            raise ValueError("dates are YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> AvailabilityUpdate:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "listing_id": self.listing_id,
            "room_type_id": self.room_type_id,
            "available": self.available,
        }
        if self.start_date is not None:
            body["start_date"] = self.start_date
        if self.end_date is not None:
            body["end_date"] = self.end_date
        return body


class RateUpdate(BaseModel):
    """One entry of POST /integrations/{provider}/rates ``data``; overrides left ``None`` are not sent."""

    model_config = ConfigDict(frozen=True)

    listing_id: str = Field(min_length=1)
    room_type_id: str = Field(min_length=1)
    base_price: Decimal = Field(ge=0, allow_inf_nan=False)
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    price_jan: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_feb: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_mar: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_apr: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_may: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_jun: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_jul: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_aug: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_sep: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_oct: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_nov: Decimal | None = Field(None, ge=0, allow_inf_nan=False)
    price_dec: Decimal | None = Field(None, ge=0, allow_inf_nan=False)

    _ids = field_validator("listing_id", "room_type_id", mode="before")(_id_text)
    _prices = field_validator("base_price", *(f"price_{m}" for m in MONTHS), mode="before")(_exact)

    @field_validator("currency", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "listing_id": self.listing_id,
            "room_type_id": self.room_type_id,
            "base_price": self.base_price,
        }
        if self.currency is not None:
            body["currency"] = self.currency
        for month in MONTHS:
            value = getattr(self, f"price_{month}")
            if value is not None:
                body[f"price_{month}"] = value
        return body


class RatesAccepted(str):
    """The server's message for a rates update: a 200 means queued for background work, NOT applied yet."""

    request_id: str | None

    def __new__(cls, message: str, request_id: str | None = None) -> RatesAccepted:
        obj = super().__new__(cls, message)
        obj.request_id = request_id
        return obj
