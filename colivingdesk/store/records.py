"""Records the store hands out that are not channel-neutral domain records.

Accounts, Coliving.com listings and room types, search hits and badge counts are shapes the cache needs but
``domain`` does not define; they live here so the rest of the app can import them without touching SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from colivingdesk.domain import Channel, Money, OutboxState


@dataclass(slots=True)
class Account:
    """A configured channel connection. Never holds a secret: keys live in the OS keyring, named by ``id``."""

    channel: Channel
    label: str
    base_url: str
    provider: str | None = None
    auth_style: str | None = None  # e.g. "x-api-key" | "bearer"; how to send the key, not the key
    settings: dict[str, Any] = field(default_factory=dict)
    id: int | None = None  # assigned by the store on first save


@dataclass(slots=True)
class Listing:
    """A Coliving.com listing id the operator manages (the channel has no endpoint that lists them).

    ``registered`` is true for listings from the operator's register (imported, named); a listing only seen on
    bookings has it false and usually no name. ``bmc_property_id`` links it to the same place on
    BookMyColiving, as the operator says (neither channel knows the other).
    """

    id: str
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    registered: bool = False
    stay_min: int | None = None  # nights, the channel's ``stay_min``
    bmc_property_id: str | None = None


@dataclass(slots=True)
class RoomType:
    """A Coliving.com room type with the prices and availability last sent or read for it.

    ``monthly_prices`` maps "YYYY-MM" to a price; ``available`` maps a date or month to the number of free
    units.
    """

    id: str
    listing_id: str
    name: str = ""
    room_type: str | None = None
    currency: str | None = None
    base_price: Decimal | None = None
    monthly_prices: dict[str, Decimal] = field(default_factory=dict)
    available: dict[str, int] = field(default_factory=dict)
    units: int | None = None  # rooms of this type (the channel's ``amount``); None until the register says


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``id`` is what to open: a property, lead or booking id, or for a message its
    thread's external id (with ``channel`` that names the thread)."""

    kind: str  # "property" | "lead" | "booking" | "message"
    id: str
    title: str
    snippet: str
    channel: Channel


@dataclass(frozen=True, slots=True)
class AttentionCounts:
    """Sidebar badges: what needs the operator's eyes."""

    unread_threads: int
    unread_messages: int
    new_leads: int
    rejected_properties: int
    unsent_replies: int = 0  # replies queued, being sent, held by a cap or refused


@dataclass(slots=True)
class PendingMessage:
    """A reply the user wrote that the channel has not confirmed yet, shown in its thread with its outbox
    state.

    What each state means, and what the thread shows for it:

    * ``failed``: the channel refused it (400, 403, 404, 409, 422); ``error`` is the channel's own message
      (field lines after the first, see ``sync.outbox.format_error``). Offer Retry and Discard.
    * ``held``: over BookMyColiving's 60 replies an hour; ``error`` says so and it goes by itself at
      ``not_before``.
    * ``sending``: a process (this one or another on the profile) has claimed it and is sending it now.
    * ``queued`` with no ``error``: not tried yet, it goes with the next delivery ("Sending...").
    * ``queued`` with an ``error``: tried and waiting; ``error`` says why and until when ("Could not reach
      Coliving.com; next try at 14:05.", "Coliving.com asked to wait until 14:10."), ``not_before`` is that
      time. The reason stays until the reply is sent or fails, also while a later try is under way.

    ``attempts`` counts claims (tries), including one that was interrupted.
    """

    outbox_id: int
    channel: Channel
    thread_external_id: str
    text: str
    state: OutboxState
    error: str | None = None
    created_at: datetime | None = None
    not_before: datetime | None = None
    attempts: int = 0
    updated_at: datetime | None = None
    author: str | None = None  # the key of the person who queued it (see ``store.people``)


@dataclass(frozen=True, slots=True)
class MessageChanges:
    """What ``upsert_messages`` changed: message keys ("channel:thread:external_id") and thread keys
    ("channel:external_id", as ``Thread.key``) whose summary or unread count moved."""

    messages: list[str]
    threads: list[str]

    def __bool__(self) -> bool:
        return bool(self.messages or self.threads)


class BookingRow(NamedTuple):
    """One line of the bookings list: the columns it shows and sorts by, nothing more.

    A list scrolled to its end holds every row it passed, so a row is a plain tuple of the strings SQLite
    returns (about a third of a :class:`~colivingdesk.domain.Booking` with its ``Money`` and ``Decimal``
    values); the full record is read by id when one is selected. Field names match ``Booking``'s, so the
    same column and key functions read either.
    """

    id: str
    checkin: str
    checkout: str
    listing_id: str
    room_type_id: str
    room_type_name: str | None
    status: str
    guest_name: str | None
    total_amount: str | None
    total_currency: str | None

    @property
    def total(self) -> Money | None:
        return None if self.total_amount is None else Money(Decimal(self.total_amount), self.total_currency or "")
