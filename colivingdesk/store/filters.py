"""List filters and keyset-paging keys for the UI's lazy list models.

A filter is a small frozen value (hashable, so a model can tell "same query" cheaply). A page is asked for
with the key of the last row already shown, never an offset: offsets shift when sync inserts rows mid-scroll,
keys do not. The ``*_key`` functions give the key of a record in the same form the store compares, so a model
passes ``key(last_row)`` back as ``after``.
"""

from __future__ import annotations

from dataclasses import dataclass

from colivingdesk.domain import Booking, Channel, Lead, Property, Thread
from colivingdesk.store.codec import dt_to_text


@dataclass(frozen=True, slots=True)
class PropertyFilter:
    """What the Properties view narrows its list to; ``None`` means any."""
    status: str | None = None
    text: str | None = None  # substring of name, address or external id, case-insensitive
    needs_review: bool | None = None


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """What the Leads view narrows its list to; ``None`` means any."""
    status: str | None = None
    property_id: str | None = None
    text: str | None = None  # substring of guest name, email, phone or message


@dataclass(frozen=True, slots=True)
class BookingFilter:
    """What the Bookings view narrows its list to; ``None`` means any."""
    status: str | None = None
    listing_id: str | None = None
    text: str | None = None  # substring of guest name, email, reference or booking id
    checkout_after: str | None = None  # "YYYY-MM-DD": hide stays that ended on or before this day
    property_id: str | None = None  # bookings of the listings linked to this BookMyColiving property


@dataclass(frozen=True, slots=True)
class ThreadFilter:
    """What the inbox narrows its conversations to; ``None`` and ``False`` mean any."""
    channel: Channel | None = None
    property_id: str | None = None
    booking_id: str | None = None
    text: str | None = None  # substring of participant name or last message
    unread_only: bool = False  # unread messages, or marked unread by the user
    listing_id: str | None = None  # Coliving.com threads of bookings at this listing (and the rest of its house)
    needs_reply: bool = False  # the guest wrote last
    archived: bool | None = None  # None: both; False: the inbox (not archived); True: archived only
    reader: str | None = None  # whose read state: a person's key on a team's store; None: the threads' own
    assigned_to: str | None = None  # only conversations assigned to this person (key)


PropertyKey = tuple[str, str]  # (name, id), ascending, name compared case-insensitively
LeadKey = tuple[str, str]  # (created_at text or "", id), descending
BookingKey = tuple[str, str]  # (checkin, id), ascending
ThreadKey = tuple[str, str, str]  # (last_activity text or "", channel, external_id), descending


def property_key(record: Property) -> PropertyKey:
    return (record.name, record.id)


def lead_key(record: Lead) -> LeadKey:
    return (dt_to_text(record.created_at) or "", record.id)


def booking_key(record: Booking) -> BookingKey:
    return (record.checkin, record.id)


def thread_key(record: Thread) -> ThreadKey:
    return (dt_to_text(record.last_activity) or "", record.channel.value, record.external_id)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the user's own % and _ taken literally (ESCAPE
    '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
