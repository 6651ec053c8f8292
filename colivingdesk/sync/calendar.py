"""Calendar arithmetic for Coliving.com room types: free units, what was pushed, problems, and push ranges.

Pure functions over records (``domain.Booking``, ``domain.OutboxItem``, plain numbers and dates): no store, no
network, no Qt, so the calendar window and ``colivingdesk calendar --json`` read the very same answers and the
rules can be tested day by day. Loading the records for a date range is :mod:`colivingdesk.sync.calendar_data`.

Rules, as the Coliving.com document and the front desk see them:

* A booking holds ``rooms`` units (one when the detail has not said) from its check-in day up to, but not
  including, its check-out day: the check-out day is free for the next guest. ``confirmed`` and ``pending``
  bookings hold units (a pending request is promised space); ``cancelled`` ones do not.
* Free units of a day are the room type's units minus the units booked, never below 0.
* The channel cannot be asked what availability it holds, so what was pushed is read from the outbox items of
  kind ``availability`` (newest item covering a day wins): ``pending`` while queued or sending, ``confirmed``
  once sent, ``failed`` with the channel's reason once refused. Values recorded on the room type after a sent
  push stand in for sent items the outbox has since pruned.
* Problems of a day: ``overbooked`` (more units booked than exist), ``drift`` (the channel holds, or is about
  to hold, more free units than are free: someone could book a room that is taken), ``sold_out`` (nothing free).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from colivingdesk.domain import Booking, OutboxItem, OutboxState

#: Booking statuses that hold units; anything else (``cancelled``) leaves them free.
HOLDING_STATUSES = frozenset({"confirmed", "pending"})
#: Outbox kind of an availability push (the same string as ``sync.outbox.AVAILABILITY``).
AVAILABILITY_KIND = "availability"

PENDING, CONFIRMED, FAILED = "pending", "confirmed", "failed"
OVERBOOKED, DRIFT, SOLD_OUT = "overbooked", "drift", "sold_out"

_PUSH_STATES = {
    OutboxState.QUEUED: PENDING,
    OutboxState.SENDING: PENDING,
    OutboxState.HELD: PENDING,
    OutboxState.SENT: CONFIRMED,
    OutboxState.FAILED: FAILED,
}


@dataclass(frozen=True, slots=True)
class DayRange:
    """Days ``start`` to ``end`` (both included, as the channel's ``start_date``/``end_date``) set to ``value``."""

    start: date
    end: date
    value: int

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class PushedDay:
    """What the pushes say about one day.

    ``available`` and ``state`` are the newest push covering the day (so a refused push shows as ``failed``
    with its ``reason``); ``holds`` is the newest value the channel has accepted or is about to be sent (a
    refused push changed nothing there), the value drift is judged by.
    """

    available: int
    state: str  # PENDING | CONFIRMED | FAILED
    reason: str | None = None
    outbox_id: int | None = None  # None: only recorded on the room type
    holds: int | None = None


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One room type on one day. ``units``/``free`` are None while the register does not give the unit count."""

    day: date
    units: int | None
    booked: int
    free: int | None
    pushed: int | None
    push_state: str | None
    reason: str | None
    holds: int | None
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoomCalendar:
    """The days of one room type, in date order."""

    listing_id: str
    room_type_id: str
    units: int | None
    days: tuple[CalendarDay, ...]
    listing_name: str = ""
    room_type_name: str = ""

    def day(self, when: date) -> CalendarDay | None:
        index = (when - self.days[0].day).days if self.days else -1
        return self.days[index] if 0 <= index < len(self.days) else None


def day_span(start: date, end: date) -> list[date]:
    """Every day from ``start`` to ``end``, both included (empty when ``end`` is before ``start``)."""
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def booking_units(booking: Booking) -> int:
    """Units one booking holds: its ``rooms`` when the detail said, else one."""
    return booking.rooms if booking.rooms and booking.rooms > 0 else 1


def booked_units(bookings: Iterable[Booking], room_type_id: str, start: date, end: date) -> dict[date, int]:
    """Units held per day of ``start``..``end`` by ``room_type_id``'s confirmed and pending bookings.

    A stay holds check-in up to the day before check-out. Bookings with unreadable dates are skipped.
    """
    counts = dict.fromkeys(day_span(start, end), 0)
    for booking in bookings:
        if booking.room_type_id != room_type_id or booking.status.lower() not in HOLDING_STATUSES:
            continue
        checkin, checkout = iso_day(booking.checkin), iso_day(booking.checkout)
        if checkin is None or checkout is None:
            continue
        for day in day_span(max(checkin, start), min(checkout - timedelta(days=1), end)):
            counts[day] += booking_units(booking)
    return counts


def free_units(units: int | None, booked: Mapping[date, int]) -> dict[date, int | None]:
    """Free units per day: ``units`` minus the booked ones, at least 0; None per day when ``units`` is unknown."""
    return {day: None if units is None else max(units - n, 0) for day, n in booked.items()}


def pushed_days(
    items: Iterable[OutboxItem],
    room_type_id: str,
    start: date,
    end: date,
    recorded: Mapping[str, int] | None = None,
) -> dict[date, PushedDay]:
    """The last pushed availability of ``room_type_id`` per day of ``start``..``end`` (days never pushed absent).

    ``items`` may hold any outbox items: only ``availability`` ones count, oldest first by id, each row of
    their payload ``updates`` covering its ``start_date``..``end_date``. ``recorded`` is the room type's
    ``available`` map ("YYYY-MM-DD" -> units), the base under the items.
    """
    found: dict[date, PushedDay] = {}
    for key, value in (recorded or {}).items():
        day = iso_day(key) if len(key) == 10 else None
        if day is not None and start <= day <= end:
            found[day] = PushedDay(int(value), CONFIRMED, holds=int(value))
    pushes = sorted((i for i in items if i.kind == AVAILABILITY_KIND), key=lambda i: i.id)
    for item in pushes:
        state = _PUSH_STATES.get(item.state, PENDING)
        reason = item.error if state == FAILED else None
        for row in item.payload.get("updates", []):
            if str(row.get("room_type_id")) != room_type_id:
                continue
            first, last = iso_day(row.get("start_date")), iso_day(row.get("end_date"))
            if first is None or last is None:
                continue
            value = int(row["available"])
            for day in day_span(max(first, start), min(last, end)):
                before = found.get(day)
                holds = value if state != FAILED else (before.holds if before is not None else None)
                found[day] = PushedDay(value, state, reason, item.id, holds)
    return found


def day_problems(units: int | None, booked: int, free: int | None, holds: int | None) -> tuple[str, ...]:
    """The problems of one day, in the order ``overbooked``, ``drift``, ``sold_out``."""
    problems = []
    if units is not None and booked > units:
        problems.append(OVERBOOKED)
    if free is not None and holds is not None and holds > free:
        problems.append(DRIFT)
    if free == 0:
        problems.append(SOLD_OUT)
    return tuple(problems)


def room_calendar(
    listing_id: str,
    room_type_id: str,
    units: int | None,
    bookings: Iterable[Booking],
    pushes: Iterable[OutboxItem],
    start: date,
    end: date,
    *,
    recorded: Mapping[str, int] | None = None,
    listing_name: str = "",
    room_type_name: str = "",
) -> RoomCalendar:
    """Everything the calendar shows for one room type over ``start``..``end``."""
    booked = booked_units(bookings, room_type_id, start, end)
    free = free_units(units, booked)
    pushed = pushed_days(pushes, room_type_id, start, end, recorded)
    days = []
    for day in day_span(start, end):
        push = pushed.get(day)
        holds = push.holds if push else None
        days.append(
            CalendarDay(
                day=day,
                units=units,
                booked=booked[day],
                free=free[day],
                pushed=push.available if push else None,
                push_state=push.state if push else None,
                reason=push.reason if push else None,
                holds=holds,
                problems=day_problems(units, booked[day], free[day], holds),
            )
        )
    return RoomCalendar(listing_id, room_type_id, units, tuple(days), listing_name, room_type_name)


def booking_lanes(bookings: Iterable[Booking]) -> list[list[Booking]]:
    """Bookings of one room type placed in lanes so that no two stays in a lane overlap, the fewest lanes
    possible (a stay's check-out day is free, so the next guest's bar may start on it).

    Lanes are filled in check-in order, each stay taking the lowest-numbered lane free on its check-in day, so
    each lane lists its stays in date order. Bookings with unreadable dates are left out. Heaps keep this
    ``O(n log n)`` however many stays overlap.
    """
    lanes: list[list[Booking]] = []
    busy: list[tuple[str, int]] = []  # (check-out day, lane) of the stay each busy lane ends with
    free: list[int] = []  # lanes whose last stay has checked out
    dated = [b for b in bookings if iso_day(b.checkin) is not None and iso_day(b.checkout) is not None]
    for booking in sorted(dated, key=lambda b: (b.checkin[:10], b.checkout[:10], b.id)):
        while busy and busy[0][0] <= booking.checkin[:10]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(lanes)
        if lane == len(lanes):
            lanes.append([])
        lanes[lane].append(booking)
        heapq.heappush(busy, (booking.checkout[:10], lane))
    return lanes


def coalesce(values: Mapping[date, int]) -> list[DayRange]:
    """Consecutive days with the same value as one range each: the fewest ranges that say the same thing.

    A day missing from ``values`` ends a range (nothing is said about it).
    """
    ranges: list[DayRange] = []
    for day in sorted(values):
        value = values[day]
        last = ranges[-1] if ranges else None
        if last is not None and last.value == value and last.end + timedelta(days=1) == day:
            ranges[-1] = DayRange(last.start, day, value)
        else:
            ranges.append(DayRange(day, day, value))
    return ranges


def fix_ranges(days: Sequence[CalendarDay]) -> list[DayRange]:
    """The push that ends the drift and overbooking among ``days``: those days set to their free units.

    Days without a known unit count cannot be fixed this way and are left out.
    """
    fixes = {
        d.day: d.free
        for d in days
        if d.free is not None and (DRIFT in d.problems or (OVERBOOKED in d.problems and d.holds != d.free))
    }
    return coalesce(fixes)


def availability_rows(listing_id: str, room_type_id: str, ranges: Sequence[DayRange]) -> list[dict[str, Any]]:
    """The channel's availability ``data`` rows for ``ranges`` (what ``Service.push_availability`` queues)."""
    return [
        {
            "listing_id": listing_id,
            "room_type_id": room_type_id,
            "available": r.value,
            "start_date": r.start.isoformat(),
            "end_date": r.end.isoformat(),
        }
        for r in ranges
    ]


def iso_day(value: Any) -> date | None:
    """The date a channel's ``YYYY-MM-DD`` (or longer timestamp) names; None when it names none."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
