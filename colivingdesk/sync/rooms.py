"""Coliving.com listings and room types in the cache, learnt from bookings and from what we pushed.

The channel has no endpoint that lists a host's listings or room types, yet the calendar needs both to offer a
picker, and availability and rates are set per room type. Every booking names its listing and room type (a
fetched detail also the room type's name), so the feed records them as bookings arrive; after an availability
or rates push is accepted, the values sent are written on the room type, which is how the calendar can say
"2 open" and show the rate without asking the channel (it has no endpoint to read them back either).

These functions run on the store thread (``FeedContext.write``) and return the ids of the room types they
changed, for the ``rooms`` change kind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Booking
from colivingdesk.store import BookingFilter, Listing, RoomType
from colivingdesk.sync.calendar import iso_day

if TYPE_CHECKING:
    from colivingdesk.store import Store

#: The calendar reads availability by day; a push for a longer range than this is recorded for its first
#: this-many days (the cache stays small and nobody plans further ahead in a month grid).
MAX_RECORDED_DAYS = 400
#: Days this far in the past are dropped from a room type's recorded availability when it is next written.
KEEP_PAST_DAYS = 62
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def remember_rooms(store: Store, bookings: Iterable[Booking]) -> list[str]:
    """Add the listings and room types these bookings name; fill in a room type's name once a detail has it.

    Never touches what was recorded for a room type (prices, availability) or a listing's name.
    """
    bookings = list(bookings)
    named = [b for b in bookings if b.listing_id]
    listing_ids = list(dict.fromkeys(b.listing_id for b in named))
    # What a page's rooms are now, read in two queries; a room type's full record (prices, availability) only
    # for the few whose name or listing this page changes.
    known_listings, known = store.known_rooms(listing_ids, list({b.room_type_id for b in named if b.room_type_id}))
    changed: dict[str, RoomType] = {}
    for booking in named:
        if not booking.room_type_id:
            continue
        room_id = booking.room_type_id
        name = booking.room_type_name or ""
        current = known.get(room_id)
        if current is None:
            room = RoomType(id=room_id, listing_id=booking.listing_id, name=name)
        elif (name and current[1] != name) or current[0] != booking.listing_id:
            stored = changed.get(room_id) or store.get_room_type(room_id)
            if stored is None:  # deleted since the lookup: recorded afresh
                stored = RoomType(id=room_id, listing_id=booking.listing_id, name=name)
            room = dataclasses.replace(stored, name=name or stored.name, listing_id=booking.listing_id)
        else:
            continue
        changed[room_id] = room
        known[room_id] = (room.listing_id, room.name)
    with store.transaction():
        new = [Listing(listing_id) for listing_id in listing_ids if listing_id not in known_listings]
        if new:
            store.upsert_listings(new)
        return store.upsert_room_types(list(changed.values())) if changed else []


def backfill_rooms(store: Store, page: int = 1000) -> list[str]:
    """Learn rooms from the bookings already cached, once, for a cache filled before rooms were recorded.

    The bookings feed only re-reads what changed, so without this a cache synced earlier would show an empty
    calendar until every booking happened to change. A cache that knows any room type is left alone.
    """
    if store.list_room_types():
        return []
    changed: list[str] = []
    after = None
    while True:
        rows = store.page_bookings(BookingFilter(), after, page)
        changed.extend(remember_rooms(store, rows))
        if len(rows) < page:
            return changed
        after = (rows[-1].checkin, rows[-1].id)


def record_availability(store: Store, rows: Sequence[Mapping[str, Any]], today: date) -> list[str]:
    """Write the free units an accepted availability push set, per day, on each room type.

    A row without both dates has no documented day range, so it is not recorded.
    """
    updates: dict[str, dict[str, int]] = {}
    owners: dict[str, str] = {}
    for row in rows:
        start, end = iso_day(row.get("start_date")), iso_day(row.get("end_date"))
        if start is None or end is None or end < start:
            continue
        room_id = str(row["room_type_id"])
        owners[room_id] = str(row["listing_id"])
        days = updates.setdefault(room_id, {})
        for offset in range(min((end - start).days + 1, MAX_RECORDED_DAYS)):
            days[(start + timedelta(days=offset)).isoformat()] = int(row["available"])
    if not updates:
        return []
    oldest = (today - timedelta(days=KEEP_PAST_DAYS)).isoformat()
    with store.transaction():
        changed = []
        for room_id, days in updates.items():
            room = _room(store, room_id, owners[room_id])
            kept = {k: v for k, v in room.available.items() if len(k) != 10 or k >= oldest}
            changed.append(dataclasses.replace(room, available={**kept, **days}))
        return store.upsert_room_types(changed)


def record_rates(store: Store, rows: Sequence[Mapping[str, Any]], today: date) -> list[str]:
    """Write an accepted rates push on each room type: base price, currency, and month overrides.

    The channel's ``price_jan``…``price_dec`` apply to that calendar month; they are recorded for its next
    occurrence (the twelve months from ``today``), as the cache keys month prices by ``YYYY-MM``.
    """
    changed: dict[str, RoomType] = {}
    with store.transaction():
        for row in rows:
            room_id = str(row["room_type_id"])
            room = changed.get(room_id) or _room(store, room_id, str(row["listing_id"]))
            months = dict(room.monthly_prices)
            for month_key, number in month_overrides(row, today):
                months[month_key] = number
            currency = row.get("currency") or room.currency
            changed[room_id] = dataclasses.replace(
                room, base_price=Decimal(str(row["base_price"])), currency=currency, monthly_prices=months
            )
        return store.upsert_room_types(list(changed.values()))


def _room(store: Store, room_id: str, listing_id: str) -> RoomType:
    """The cached room type, or a new one (a push may name a room type no booking has shown yet)."""
    room = store.get_room_type(room_id)
    if room is None:
        if store.get_listing(listing_id) is None:
            store.upsert_listings([Listing(listing_id)])
        room = RoomType(id=room_id, listing_id=listing_id)
    return room


def month_overrides(row: Mapping[str, Any], today: date) -> list[tuple[str, Decimal]]:
    """The ``price_jan``...``price_dec`` numbers of ``row`` as ("YYYY-MM", price) for their next occurrence."""
    found = []
    for offset in range(12):
        index = (today.month - 1 + offset) % 12
        year = today.year + (today.month - 1 + offset) // 12
        value = row.get(f"price_{MONTHS[index]}")
        if value is not None:
            found.append((f"{year:04d}-{index + 1:02d}", Decimal(str(value))))
    return found
