"""What the calendar view reads and derives besides the timeline itself: the register as pushes need it, the
houses to choose from, the bookings drawn as bars, and the problems list.

The readers run on the store thread (``in_executor``); :func:`find_problems` is pure.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from colivingdesk.domain import Booking
from colivingdesk.store import Listing, RoomType, Store
from colivingdesk.sync.calendar import DRIFT, HOLDING_STATUSES, OVERBOOKED, RoomCalendar
from colivingdesk.sync.calendar_data import bookings_between, listing_bookings
from colivingdesk.sync.houses import House, houses
from colivingdesk.sync.pushes import booking_currency
from colivingdesk.sync.register import Register, RegisterError, parse_register
from colivingdesk.ui.models.timeline_model import (
    RoomBars,
    listing_title,
    locale_date,
    problem_name,
    room_bars,
    room_title,
)


@dataclass(frozen=True, slots=True)
class Records:
    """The register as the pushes need it: listings and room types by id, what bookings are paid in, and the
    houses the listings make up."""

    listings: dict[str, Listing]
    rooms: dict[str, RoomType]
    currencies: dict[str, str | None]
    houses: tuple[House, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """Consecutive days of one room type with the same problems."""

    calendar: RoomCalendar
    start: date
    end: date
    problems: tuple[str, ...]

    @property
    def fixable(self) -> bool:
        return DRIFT in self.problems or OVERBOOKED in self.problems

    def text(self) -> str:
        words = ", ".join(problem_name(p) for p in self.problems)
        first = locale_date(self.start)
        days = first if self.start == self.end else QCoreApplication.translate(
            "CalendarView", "{first} to {last}").format(first=first, last=locale_date(self.end))
        return QCoreApplication.translate("CalendarView", "{listing} · {room}: {problems}, {days}").format(
            listing=listing_title(self.calendar), room=room_title(self.calendar), problems=words, days=days)


def find_problems(calendars: list[RoomCalendar]) -> list[Problem]:
    """Runs of days with problems, drift and overbooking (what can be fixed) first, then sold-out spells."""
    found: list[Problem] = []
    for calendar in calendars:
        run: Problem | None = None
        for day in calendar.days:
            if run is not None and day.problems == run.problems and day.day == run.end + timedelta(days=1):
                run = Problem(calendar, run.start, day.day, run.problems)
                continue
            if run is not None:
                found.append(run)
            run = Problem(calendar, day.day, day.day, day.problems) if day.problems else None
        if run is not None:
            found.append(run)
    return sorted(found, key=lambda p: (not p.fixable, p.start))


def read_records(reader: Store) -> Records:
    """Listings, room types, each listing's booking currency and the houses (store thread)."""
    listings = {item.id: item for item in reader.list_listings()}
    rooms = {room.id: room for room in reader.list_room_types()}
    currencies: dict[str, str | None] = {}
    for room in rooms.values():
        if room.currency is None and room.listing_id not in currencies:
            currencies[room.listing_id] = booking_currency(
                listing_bookings(reader, room.listing_id), room.listing_id
            )
    property_names = {}
    for listing in listings.values():
        if listing.bmc_property_id and listing.bmc_property_id not in property_names:
            found = reader.get_property(listing.bmc_property_id)
            property_names[listing.bmc_property_id] = found.name if found is not None else ""
    return Records(listings, rooms, currencies, tuple(houses(listings.values(), property_names)))


def bars_between(reader: Store, start: date, end: date) -> dict[str, RoomBars]:
    """Confirmed and pending bookings holding a day of ``start``..``end`` as bars, by room type (store thread:
    placing many stays in lanes is work the UI thread should not do)."""
    found: dict[str, list[Booking]] = defaultdict(list)
    for booking in bookings_between(reader, start, end):
        if booking.room_type_id and booking.status.lower() in HOLDING_STATUSES:
            found[booking.room_type_id].append(booking)
    return {room: room_bars(stays, start, end) for room, stays in found.items()}


def bookings_on(reader: Store, calendar: RoomCalendar, day: date) -> list[Booking]:
    """The bookings holding a unit of ``calendar``'s room type on ``day`` (store thread)."""
    return [
        b for b in bookings_between(reader, day, day, calendar.listing_id)
        if b.room_type_id == calendar.room_type_id and b.status.lower() in HOLDING_STATUSES
        and b.checkin[:10] <= day.isoformat() < b.checkout[:10]
    ]


def read_register_file(path: str) -> Register:
    """Parse a register file (store thread: it may be large); ``RegisterError`` says what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RegisterError("(file)", QCoreApplication.translate(
            "CalendarView", "cannot be read as JSON: {error}").format(error=err)) from None
    return parse_register(data, date.today())
