"""Stays that got no lane of their own, drawn in the lanes left empty on their days.

A stay keeps one lane from check-in to check-out, and only ``MAX_LANES`` lanes are drawn: a stay that checks in
while every drawn lane is taken gets a lane beyond them and would be counted ("+1") for its whole length, even on
the days, often months later, when drawn lanes stand empty. Each such stay is drawn instead in the drawn lanes
free on its days: a piece of bar per run of days, staying in one lane as long as that lane is free, so only the
days on which every drawn lane is taken still count it. Pure arithmetic on day offsets (store thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from colivingdesk.domain import Booking
from colivingdesk.sync.calendar import iso_day


@dataclass(frozen=True, slots=True)
class BarPiece:
    """Part of a stay's bar in a drawn lane: days ``first``..``end`` (exclusive) counted from the span's start."""

    lane: int
    first: int
    end: int
    booking: Booking


def _days(booking: Booking, start: date, days: int) -> tuple[int, int]:
    """The stay's first held day and its check-out day as offsets from ``start``, clipped to the span."""
    checkin, checkout = iso_day(booking.checkin), iso_day(booking.checkout)
    assert checkin is not None and checkout is not None  # booking_lanes keeps dated stays only
    return max((checkin - start).days, 0), min((checkout - start).days, days)


def bar_pieces(
    drawn: Sequence[Sequence[Booking]], overflow: Sequence[Booking], start: date, days: int
) -> tuple[BarPiece, ...]:
    """Pieces of the ``overflow`` stays (in check-in order) in the days each lane of ``drawn`` leaves free."""
    taken = [[False] * days for _ in drawn]
    for lane, stays in enumerate(drawn):
        for booking in stays:
            low, high = _days(booking, start, days)
            for day in range(low, high):
                taken[lane][day] = True
    pieces: list[BarPiece] = []
    for booking in overflow:
        low, high = _days(booking, start, days)
        lane, first = -1, low
        for day in range(low, high + 1):
            if lane >= 0 and day < high and not taken[lane][day]:
                continue  # the piece goes on in its lane
            if lane >= 0:
                pieces.append(BarPiece(lane, first, day, booking))
                for held in range(first, day):
                    taken[lane][held] = True
            lane = next((n for n in range(len(drawn)) if day < high and not taken[n][day]), -1)
            first = day
    return tuple(pieces)
