"""Channel-neutral records shared by the store, sync and the UI.

The two channels describe the same world (places to live, people asking about them, stays, conversations) with
different words and shapes. Everything past ``api/`` speaks these records, so the cache, the inbox and the views
never branch on wire formats. Values the channels may extend (statuses, room types) stay plain strings so an unknown
value survives a round trip instead of failing a whole page.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


class Channel(enum.StrEnum):
    BMC = "bmc"
    COLIVING = "coliving"

    @property
    def label(self) -> str:
        return "BookMyColiving" if self is Channel.BMC else "Coliving.com"


class PropertyStatus(enum.StrEnum):
    """Known BookMyColiving moderation states; records keep the raw string, so others pass through."""

    DRAFT = "DRAFT"
    PENDING_REVIEW = "PENDING_REVIEW"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"


class OutboxState(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    HELD = "held"  # waiting for a rate cap (e.g. 60 replies per hour) to reopen


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in a currency; never a float."""

    amount: Decimal
    currency: str

    @classmethod
    def from_cents(cls, cents: int, currency: str = "USD") -> Money:
        return cls(Decimal(cents) / 100, currency)

    @property
    def cents(self) -> int:
        return int((self.amount * 100).to_integral_value())

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"


@dataclass(slots=True)
class RoomOption:
    """A room type a BookMyColiving listing offers, at its monthly price."""
    type: str
    price_monthly_cents: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def price(self) -> Money:
        return Money.from_cents(self.price_monthly_cents, "USD")


@dataclass(slots=True)
class Photo:
    """A listing photo; ``id`` is the channel's, once it has one."""
    url: str
    id: str | None = None


@dataclass(slots=True)
class Property:
    """A BookMyColiving listing."""

    id: str
    name: str
    status: str
    description: str = ""
    city_id: str | None = None
    address: str = ""
    amenities: list[str] = field(default_factory=list)
    contact_email: str = ""
    coliving_type_ids: list[str] = field(default_factory=list)
    room_options: list[RoomOption] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    external_id: str | None = None
    admin_notes: str | None = None
    needs_review: bool = False  # an APPROVED listing with edits awaiting re-review
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class ReferenceItem:
    """A city, coliving type or amenity from BookMyColiving's reference endpoints."""

    kind: str  # "city" | "coliving_type" | "amenity"
    id: str
    name: str
    slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Lead:
    """A guest's enquiry about a BookMyColiving property, before any booking."""
    id: str
    property_id: str | None
    guest_name: str
    guest_email: str | None = None
    guest_phone: str | None = None
    message: str | None = None
    status: str | None = None
    move_in: str | None = None
    created_at: datetime | None = None
    #: The conversation the enquiry opened (BookMyColiving's thread id, the partner user id), when the channel
    #: names it; the document's lead sample does not, so it may be unknown.
    thread_id: str | None = None


@dataclass(slots=True)
class Booking:
    """A Coliving.com reservation: the feed's summary, enriched by the detail call when fetched."""

    id: str
    listing_id: str
    room_type_id: str
    status: str
    checkin: str  # YYYY-MM-DD, as the channel sends it
    checkout: str
    version: str  # opaque server timestamp, copied verbatim into the next updated_after
    reference: str | None = None
    room_type_name: str | None = None
    nights: int | None = None
    guest_name: str | None = None
    guest_email: str | None = None
    guest_phone: str | None = None
    guest_country: str | None = None
    total: Money | None = None
    security_deposit: Money | None = None
    notes: str | None = None
    has_detail: bool = False
    guests: int | None = None  # people staying, from the detail's ``guests.total``
    rooms: int | None = None  # rooms booked, ``guests.rooms``
    total_local: Decimal | None = None  # ``pricing.total_local``: the total in the listing's local currency


@dataclass(slots=True)
class Thread:
    """One conversation in the unified inbox.

    BookMyColiving threads are keyed by the partner user id (optionally per property); Coliving.com threads are the
    messages of one booking.
    """

    channel: Channel
    external_id: str
    participant_name: str = ""
    property_id: str | None = None
    booking_id: str | None = None
    last_message: str = ""
    last_activity: datetime | None = None
    unread_count: int = 0

    @property
    def key(self) -> str:
        return f"{self.channel.value}:{self.external_id}"


@dataclass(slots=True)
class Message:
    """One message of a conversation on either channel, as the cache keeps it."""
    channel: Channel
    thread_external_id: str
    external_id: str
    sender: str  # "guest" | "host" | "admin" | raw channel value
    text: str
    sender_name: str = ""
    created_at: datetime | None = None
    is_seen: bool | None = None
    author: str | None = None  # the key of the team member who sent our reply, when it went through the outbox


@dataclass(slots=True)
class OutboxItem:
    """A user write, persisted before it is sent, so nothing the user did is lost to a crash or a cap."""

    id: int
    channel: Channel
    kind: str  # "reply", "property.create", "property.replace", "availability", "rates", ...
    target: str  # thread id, booking id or property id the write concerns
    payload: dict[str, Any]
    idempotency_key: str
    state: OutboxState = OutboxState.QUEUED
    error: str | None = None
    attempts: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    not_before: datetime | None = None
    author: str | None = None  # the key of the person who queued it (team mode); None for older items
