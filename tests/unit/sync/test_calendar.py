"""Calendar arithmetic: free units, what was pushed and its state, problems, and the fewest push ranges."""

from __future__ import annotations

from datetime import date

import pytest

from colivingdesk.domain import Booking, Channel, OutboxItem, OutboxState
from colivingdesk.sync.calendar import (
    CONFIRMED,
    DRIFT,
    FAILED,
    OVERBOOKED,
    PENDING,
    SOLD_OUT,
    DayRange,
    availability_rows,
    booked_units,
    coalesce,
    fix_ranges,
    free_units,
    pushed_days,
    room_calendar,
)
from colivingdesk.sync.pushes import PushInputError, plan_fix

ROOM = "66713"


def d(day: int) -> date:
    return date(2026, 3, day)


def stay(ident: str, checkin: int, checkout: int, status: str = "confirmed", room: str = ROOM, **kw: object) -> Booking:
    return Booking(
        id=ident,
        listing_id="22228",
        room_type_id=room,
        status=status,
        checkin=d(checkin).isoformat(),
        checkout=d(checkout).isoformat(),
        version="2026-02-01 10:00:00",
        **kw,  # type: ignore[arg-type]
    )


def push(ident: int, state: OutboxState, rows: list[tuple[int, int, int]], error: str | None = None) -> OutboxItem:
    return OutboxItem(
        id=ident,
        channel=Channel.COLIVING,
        kind="availability",
        target="22228",
        payload={
            "updates": [
                {
                    "listing_id": "22228",
                    "room_type_id": ROOM,
                    "available": value,
                    "start_date": d(first).isoformat(),
                    "end_date": d(last).isoformat(),
                }
                for first, last, value in rows
            ]
        },
        idempotency_key=f"k{ident}",
        state=state,
        error=error,
    )


def test_free_units_count_confirmed_and_pending_stays_and_free_the_checkout_day():
    bookings = [
        stay("a", 1, 5),  # holds 1-4; the 5th is its check-out day, free for the next guest
        stay("b", 3, 7, status="pending"),  # a pending request holds units too
        stay("c", 2, 4, status="cancelled"),  # ignored
        stay("d", 1, 9, room="66714"),  # another room type
        stay("e", 6, 8, rooms=2),  # two rooms on one booking
    ]
    booked = booked_units(bookings, ROOM, d(1), d(8))
    assert [booked[d(n)] for n in range(1, 9)] == [1, 1, 2, 2, 1, 3, 2, 0]
    free = free_units(3, booked)
    assert [free[d(n)] for n in range(1, 9)] == [2, 2, 1, 1, 2, 0, 1, 3]


def test_free_units_never_go_below_zero_and_are_unknown_without_a_unit_count():
    booked = booked_units([stay("a", 1, 3), stay("b", 1, 2)], ROOM, d(1), d(2))
    assert free_units(1, booked) == {d(1): 0, d(2): 0}
    assert free_units(None, booked) == {d(1): None, d(2): None}


def test_a_stay_reaching_outside_the_range_counts_only_inside_it():
    booked = booked_units([stay("a", 1, 20)], ROOM, d(10), d(12))
    assert booked == {d(10): 1, d(11): 1, d(12): 1}


def test_coalesce_makes_the_fewest_ranges_and_a_gap_ends_a_range():
    values = {d(1): 1, d(2): 1, d(3): 1, d(4): 0, d(5): 0, d(6): 1, d(8): 1, d(9): 1}
    assert coalesce(values) == [
        DayRange(d(1), d(3), 1),
        DayRange(d(4), d(5), 0),
        DayRange(d(6), d(6), 1),
        DayRange(d(8), d(9), 1),
    ]
    assert coalesce({}) == []
    assert coalesce({d(n): 4 for n in range(1, 31)}) == [DayRange(d(1), d(30), 4)]


def test_pushed_days_take_the_newest_push_and_its_state():
    items = [
        push(1, OutboxState.SENT, [(1, 10, 2)]),
        push(2, OutboxState.QUEUED, [(3, 4, 1)]),
        push(3, OutboxState.FAILED, [(4, 6, 5)], error="Forbidden: Unauthorized access to listings (22228)"),
    ]
    pushed = pushed_days(items, ROOM, d(1), d(12))
    assert (pushed[d(1)].available, pushed[d(1)].state) == (2, CONFIRMED)
    assert (pushed[d(3)].available, pushed[d(3)].state) == (1, PENDING)
    day4 = pushed[d(4)]
    assert (day4.available, day4.state) == (5, FAILED) and "22228" in (day4.reason or "")
    # A refused push changed nothing on the channel: it still holds (or will hold) the value before it.
    assert day4.holds == 1 and pushed[d(6)].holds == 2
    assert d(11) not in pushed


def test_pushed_days_fall_back_on_values_recorded_from_pruned_pushes():
    recorded = {d(1).isoformat(): 3, d(2).isoformat(): 3, "2026-03": 9}
    pushed = pushed_days([push(1, OutboxState.SENT, [(2, 2, 1)])], ROOM, d(1), d(3), recorded)
    assert (pushed[d(1)].available, pushed[d(1)].state, pushed[d(1)].outbox_id) == (3, CONFIRMED, None)
    assert pushed[d(2)].available == 1 and d(3) not in pushed


def test_drift_overbooking_and_sold_out_are_found_per_day():
    bookings = [stay("a", 2, 4), stay("b", 3, 5)]
    items = [push(1, OutboxState.SENT, [(1, 5, 1)])]
    cal = room_calendar("22228", ROOM, 1, bookings, items, d(1), d(5))
    problems = {day.day.day: day.problems for day in cal.days}
    assert problems[1] == ()  # pushed 1, 1 free
    assert problems[2] == (DRIFT, SOLD_OUT)  # channel says 1 free, none is
    assert problems[3] == (OVERBOOKED, DRIFT, SOLD_OUT)  # two stays in one room
    assert problems[5] == ()  # both have checked out
    day3 = cal.day(d(3))
    assert day3 is not None and (day3.booked, day3.free, day3.pushed, day3.push_state) == (2, 0, 1, CONFIRMED)


def test_a_failed_push_alone_is_not_drift():
    items = [push(1, OutboxState.FAILED, [(1, 2, 5)], error="refused")]
    cal = room_calendar("22228", ROOM, 1, [], items, d(1), d(2))
    assert [day.problems for day in cal.days] == [(), ()]
    assert [day.push_state for day in cal.days] == [FAILED, FAILED]


def test_fix_ranges_set_the_drifting_days_to_their_free_units():
    bookings = [stay("a", 3, 6)]
    items = [push(1, OutboxState.SENT, [(1, 10, 2)])]
    cal = room_calendar("22228", ROOM, 2, bookings, items, d(1), d(10))
    assert fix_ranges(cal.days) == [DayRange(d(3), d(5), 1)]
    assert availability_rows("22228", ROOM, fix_ranges(cal.days)) == [
        {"listing_id": "22228", "room_type_id": ROOM, "available": 1, "start_date": "2026-03-03",
         "end_date": "2026-03-05"}
    ]
    # Once the fix is pushed, nothing is left to fix.
    items.append(push(2, OutboxState.SENT, [(3, 5, 1)]))
    fixed = room_calendar("22228", ROOM, 2, bookings, items, d(1), d(10))
    assert fix_ranges(fixed.days) == [] and not any(DRIFT in day.problems for day in fixed.days)


def test_plan_fix_is_the_reviewed_push_of_the_fix_within_the_chosen_days():
    bookings = [stay("a", 3, 6), stay("b", 8, 9)]
    cal = room_calendar("22228", ROOM, 2, bookings, [push(1, OutboxState.SENT, [(1, 10, 2)])], d(1), d(10))
    assert plan_fix(cal).ranges == (DayRange(d(3), d(5), 1), DayRange(d(8), d(8), 1))
    only = plan_fix(cal, d(8), d(10))
    assert only.rows == ({"listing_id": "22228", "room_type_id": ROOM, "available": 1, "start_date": "2026-03-08",
                          "end_date": "2026-03-08"},)
    with pytest.raises(PushInputError):
        plan_fix(cal, d(9), d(10))


def test_without_a_unit_count_nothing_is_free_or_judged():
    cal = room_calendar("22228", ROOM, None, [stay("a", 1, 3)], [], d(1), d(2))
    assert [(day.booked, day.free, day.problems) for day in cal.days] == [(1, None, ()), (1, None, ())]
