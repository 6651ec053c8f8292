"""The person at this window (``colivingdesk.people``) and whether the store keeps their state apart.

On a team's store (PostgreSQL) read state and drafts are each person's own; on a profile used alone they are
the profile's, exactly as before there were teams. Presence, assignments, favourites and who sent a reply
are the person's on both. Views ask :func:`seat_of` once and keep the answer; a name changed in Settings
is told to them with :func:`rename`.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from colivingdesk.people import current_person
from colivingdesk.store.people import Person
from colivingdesk.ui.context import AppContext


@dataclass(frozen=True, slots=True)
class Seat:
    person: Person
    #: Read state and drafts kept per person (a team's store) rather than per profile.
    own_state: bool

    @property
    def reader(self) -> str | None:
        """The key to read unread counts as, or None for the profile's shared state."""
        return self.person.key if self.own_state else None


_seats: weakref.WeakKeyDictionary[AppContext, Seat] = weakref.WeakKeyDictionary()


def seat_of(ctx: AppContext) -> Seat:
    """Who sits at the window built around ``ctx`` (worked out once per context)."""
    seat = _seats.get(ctx)
    if seat is None:
        seat = Seat(current_person(ctx.profile), ctx.reader.shared)
        _seats[ctx] = seat
    return seat


def rename(ctx: AppContext, person: Person) -> Seat:
    """The person set a new name in Settings (same key): views read it from here from now on."""
    seat = Seat(person, seat_of(ctx).own_state)
    _seats[ctx] = seat
    return seat
