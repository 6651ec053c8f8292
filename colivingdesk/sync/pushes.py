"""Availability and rate pushes planned for review and checked before anything is queued.

What a person types ("22228 66713 from 2026-03-01 to 2026-04-30: free") becomes the exact rows the channel
receives, so the window can show them for review and the command line can print them. Every refusal is a
:class:`PushInputError` naming the field, raised before anything reaches the outbox.

Rates follow the document's spelling: ``base_price`` (required on every row), ``currency`` (ISO 4217, optional)
and the monthly overrides ``price_jan`` ... ``price_dec`` (optional). The document gives no way to remove a
monthly override: a row without ``price_jan`` says nothing about January, and ``null`` appears only in the
demo context's stored prices, never as a documented request value. So clearing a month is refused with that
reason rather than sent in a form the channel never promised to understand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from colivingdesk.domain import Booking
from colivingdesk.store import Listing, RoomType
from colivingdesk.sync.calendar import DayRange, RoomCalendar, availability_rows, coalesce, day_span, fix_ranges
from colivingdesk.sync.currency import is_currency
from colivingdesk.sync.rooms import MONTHS
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

#: Longest availability range accepted in one push, in months from its first day.
MAX_RANGE_MONTHS = 18
FREE: Literal["free"] = "free"

CLEAR_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "InputError",
    "the Coliving.com document defines no way to remove a monthly override (price_jan...price_dec are optional "
    "numbers; it does not say that null or leaving one out removes one); set the month to the price it should "
    "have instead",
)
#: ``PushInputError.code`` of a price of 0 sent without confirming it (the window asks instead).
ZERO_PRICE = "zero_price"


class PushInputError(ValueError):
    """A push that must not be sent as typed; ``field`` names what to correct, ``code`` the refusals a caller
    answers otherwise than by showing the message (:data:`ZERO_PRICE`)."""

    def __init__(self, field: str, message: str, code: str = "") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.code = code


def _say(source: str, **values: object) -> str:
    """A refusal marked under ``InputError``, in the window's language (English on the command line)."""
    return filled("InputError", source, **values)


@dataclass(frozen=True, slots=True)
class AvailabilityPlan:
    """The reviewed availability push: ``ranges`` coalesced, ``rows`` exactly as queued."""

    listing_id: str
    room_type_id: str
    ranges: tuple[DayRange, ...]
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class RatesPlan:
    """The reviewed rates push: ``row`` exactly as queued (prices as ``Decimal``)."""

    listing_id: str
    room_type_id: str
    row: dict[str, Any]

    def fields(self) -> dict[str, str]:
        """The fields sent besides the ids, as text (``{"base_price": "1340", "currency": "GBP", ...}``)."""
        return {k: str(v) for k, v in self.row.items() if k not in ("listing_id", "room_type_id")}


def parse_day(text: str, field: str) -> date:
    """A ``YYYY-MM-DD`` day, or a :class:`PushInputError` on ``field``."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{text} is not a date (YYYY-MM-DD)"), text=repr(text))) from None


def parse_units(text: str | int, field: str = "available") -> int | Literal["free"]:
    """A whole number of units of at least 0, or ``free`` (the free units of each day)."""
    if isinstance(text, str) and text.strip().lower() == FREE:
        return FREE
    try:
        number = int(str(text).strip())
    except ValueError:
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{text} is not a whole number or 'free'"), text=repr(text))) from None
    if number < 0:
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{number} is negative; availability is 0 or more"), number=number))
    return number


def parse_price(text: str | int | Decimal, field: str) -> Decimal:
    """A price of at least 0 (0 is refused later unless confirmed)."""
    try:
        number = Decimal(str(text).strip())
    except InvalidOperation:
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{text} is not a number"), text=repr(text))) from None
    if not number.is_finite():
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{text} is not a number"), text=repr(text)))
    if number < 0:
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "{number} is negative; prices are 0 or more"), number=number))
    return number


def check_target(listing: Listing | None, room: RoomType | None, listing_id: str, room_type_id: str) -> None:
    """Refuse a listing or room type the cache does not know, or a room type of another listing."""
    if listing is None:
        raise PushInputError("listing_id", _say(QT_TRANSLATE_NOOP(
            "InputError", "listing {listing} is not known; import the register (`colivingdesk listings import`)"),
            listing=listing_id))
    if room is None or room.listing_id != listing_id:
        raise PushInputError("room_type_id", _say(QT_TRANSLATE_NOOP(
            "InputError", "room type {room_type} is not a room type of listing {listing}"),
            room_type=room_type_id, listing=listing_id))


def check_range(start: date, end: date) -> None:
    """Refuse an end before the start, and ranges longer than :data:`MAX_RANGE_MONTHS` months."""
    if end < start:
        raise PushInputError("end_date", _say(QT_TRANSLATE_NOOP(
            "InputError", "{end} is before the start {start}"), end=end.isoformat(), start=start.isoformat()))
    if end >= add_months(start, MAX_RANGE_MONTHS):
        raise PushInputError("end_date", _say(QT_TRANSLATE_NOOP(
            "InputError", "the range from {start} to {end} is over {months} months"),
            start=start.isoformat(), end=end.isoformat(), months=MAX_RANGE_MONTHS))


def plan_availability(
    listing: Listing | None,
    room: RoomType | None,
    listing_id: str,
    room_type_id: str,
    start: date,
    end: date,
    value: int | Literal["free"],
    free: Mapping[date, int | None] | None = None,
) -> AvailabilityPlan:
    """The coalesced rows that set ``start``..``end`` to ``value`` units, or to each day's ``free`` units.

    ``free`` (from :func:`colivingdesk.sync.calendar.free_units`) is needed only for ``"free"``; a room type
    whose unit count is unknown cannot be pushed as ``free``.
    """
    check_target(listing, room, listing_id, room_type_id)
    check_range(start, end)
    if value == FREE:
        values: dict[date, int] = {}
        for day in day_span(start, end):
            units = (free or {}).get(day)
            if units is None:
                raise PushInputError("available", _say(QT_TRANSLATE_NOOP(
                    "InputError",
                    "the unit count of room type {room_type} is not known, so its free units are not; "
                    "give it in the register (amount) or push a number"), room_type=room_type_id))
            values[day] = units
        ranges = coalesce(values)
    else:
        ranges = [DayRange(start, end, int(value))]
    rows = availability_rows(listing_id, room_type_id, ranges)
    return AvailabilityPlan(listing_id, room_type_id, tuple(ranges), tuple(rows))


def plan_fix(calendar: RoomCalendar, start: date | None = None, end: date | None = None) -> AvailabilityPlan:
    """The push that ends drift and overbooking on ``calendar``'s days (within ``start``..``end``): each such
    day set to its free units. Refused when there is nothing to fix."""
    days = [d for d in calendar.days if (start is None or d.day >= start) and (end is None or d.day <= end)]
    ranges = fix_ranges(days)
    if not ranges:
        raise PushInputError("available", _say(QT_TRANSLATE_NOOP(
            "InputError", "nothing to fix: no day with drift or overbooking and a known unit count")))
    rows = availability_rows(calendar.listing_id, calendar.room_type_id, ranges)
    return AvailabilityPlan(calendar.listing_id, calendar.room_type_id, tuple(ranges), tuple(rows))


def plan_rates(
    listing: Listing | None,
    room: RoomType | None,
    listing_id: str,
    room_type_id: str,
    *,
    base: Decimal | None = None,
    currency: str | None = None,
    months: Mapping[str, Decimal] | None = None,
    clear: Iterable[str] = (),
    allow_zero: bool = False,
    booking_currency: str | None = None,
) -> RatesPlan:
    """The rates row for one room type.

    ``base`` defaults to the register's base price (the document requires one on every row). ``currency``
    defaults to the register's, then to ``booking_currency`` (what the listing's bookings are paid in), and
    is otherwise left out: never a guess. ``months`` maps ``jan``...``dec`` to prices. A price of 0 needs
    ``allow_zero``. ``clear`` is refused (see the module docstring).
    """
    check_target(listing, room, listing_id, room_type_id)
    assert room is not None
    cleared = [_month(m) for m in clear]
    if cleared:
        raise PushInputError(f"price_{cleared[0]}", _say(CLEAR_UNSUPPORTED))
    if base is None:
        base = room.base_price
    if base is None:
        raise PushInputError("base_price", _say(QT_TRANSLATE_NOOP(
            "InputError", "required: the register has no base price for this room type; give --base")))
    row: dict[str, Any] = {"listing_id": listing_id, "room_type_id": room_type_id}
    row["base_price"] = _checked_price(base, "base_price", allow_zero)
    code = currency.strip().upper() if currency else room.currency or booking_currency
    if code is not None:
        if not is_currency(code):
            raise PushInputError("currency", _say(QT_TRANSLATE_NOOP(
                "InputError", "{code} is not an ISO 4217 currency code"), code=repr(code)))
        row["currency"] = code
    for name, price in sorted((months or {}).items(), key=lambda kv: MONTHS.index(_month(kv[0]))):
        field = f"price_{_month(name)}"
        row[field] = _checked_price(price, field, allow_zero)
    return RatesPlan(listing_id, room_type_id, row)


def parse_month_prices(items: Sequence[str]) -> dict[str, Decimal]:
    """``["jan=1320", "aug=1400"]`` as ``{"jan": Decimal("1320"), ...}``; a month given twice is refused."""
    found: dict[str, Decimal] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise PushInputError("month", _say(QT_TRANSLATE_NOOP(
                "InputError", "{item} is not MONTH=PRICE (for example jan=1320)"), item=repr(item)))
        month = _month(name)
        if month in found:
            raise PushInputError(f"price_{month}", _say(QT_TRANSLATE_NOOP("InputError", "given twice")))
        found[month] = parse_price(value, f"price_{month}")
    return found


def booking_currency(bookings: Iterable[Booking], listing_id: str) -> str | None:
    """The currency most of the listing's bookings are paid in, or None when none says."""
    counts = Counter(
        b.total.currency for b in bookings if b.listing_id == listing_id and b.total and b.total.currency
    )
    return counts.most_common(1)[0][0] if counts else None


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (the 31st becomes the month's last day when it has none)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def _month(name: str) -> str:
    key = name.strip().lower()[:3]
    if key not in MONTHS:
        raise PushInputError("month", _say(QT_TRANSLATE_NOOP(
            "InputError", "{name} is not a month (jan, feb, ... dec)"), name=repr(name)))
    return key


def _checked_price(value: Decimal, field: str, allow_zero: bool) -> Decimal:
    price = parse_price(value, field)
    if price == 0 and not allow_zero:
        raise PushInputError(field, _say(QT_TRANSLATE_NOOP(
            "InputError", "0 would offer the room for free; confirm it explicitly (--allow-zero)")), ZERO_PRICE)
    return price
