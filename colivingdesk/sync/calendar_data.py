"""Reads what :mod:`colivingdesk.sync.calendar` computes over: the register, bookings and availability pushes.

These run wherever the store may be read (the store thread for the window, the command itself for
``calendar --json``) and hand back the pure module's records, so both faces show the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from colivingdesk.domain import Booking, Channel, OutboxItem
from colivingdesk.store import BookingFilter
from colivingdesk.sync.calendar import AVAILABILITY_KIND, RoomCalendar, booked_units, free_units, room_calendar
from colivingdesk.sync.register import display_name

if TYPE_CHECKING:
    from colivingdesk.store import Store

_PAGE = 1000


def bookings_between(store: Store, start: date, end: date, listing_id: str | None = None) -> list[Booking]:
    """Cached bookings that may hold a unit on a day of ``start``..``end`` (any status; the calendar filters)."""
    # A stay that checks out on ``start`` holds none of its days; ``checkout_after`` hides exactly those.
    found: list[Booking] = []
    query = BookingFilter(listing_id=listing_id, checkout_after=start.isoformat())
    after = None
    while True:
        page = store.page_bookings(query, after, _PAGE)
        found.extend(b for b in page if b.checkin <= end.isoformat())
        if len(page) < _PAGE or page[-1].checkin > end.isoformat():  # in check-in order: the rest start later
            return found
        after = (page[-1].checkin, page[-1].id)


def availability_pushes(store: Store) -> list[OutboxItem]:
    """The Coliving.com availability items in the outbox, whatever their state."""
    return [i for i in store.list_outbox() if i.channel is Channel.COLIVING and i.kind == AVAILABILITY_KIND]


def load_calendar(
    store: Store, start: date, end: date, listing_id: str | None = None
) -> list[RoomCalendar]:
    """Every known room type (of ``listing_id``, or all) over ``start``..``end``: registered listings first, by
    name, then those only seen on bookings; room types by name within a listing."""
    listings = {item.id: item for item in store.list_listings()}
    rooms = store.list_room_types(listing_id)
    bookings = bookings_between(store, start, end, listing_id)
    pushes = availability_pushes(store)
    calendars = []
    for room in rooms:
        listing = listings.get(room.listing_id)
        calendars.append(
            room_calendar(
                room.listing_id,
                room.id,
                room.units,
                bookings,
                pushes,
                start,
                end,
                recorded=room.available,
                listing_name=display_name(listing) if listing else "",
                room_type_name=room.name,
            )
        )
    # Named listings first (by name, as the store lists them), then those only seen on bookings.
    ranked = sorted(listings.values(), key=lambda item: not item.registered)
    order = {item.id: n for n, item in enumerate(ranked)}
    calendars.sort(key=lambda c: order.get(c.listing_id, len(order)))
    return calendars


def free_by_day(
    store: Store, listing_id: str, room_type_id: str, units: int | None, start: date, end: date
) -> dict[date, int | None]:
    """Free units of one room type per day, from the cached bookings (for a ``free`` push)."""
    booked = booked_units(bookings_between(store, start, end, listing_id), room_type_id, start, end)
    return free_units(units, booked)


def listing_bookings(store: Store, listing_id: str) -> Sequence[Booking]:
    """Every cached booking of the listing (to learn the currency it is paid in)."""
    return bookings_between(store, date.min, date.max, listing_id)
