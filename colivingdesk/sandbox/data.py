"""In-memory records of both fake channels and the rules that change them.

Records are slotted dataclasses rendered to JSON dicts on demand, so a scale seed of 100,000 bookings stays
compact and cheap to build. Every mutation goes through :class:`SandboxState` under one lock, because the API
runs on the server's event loop while tests and the admin helpers poke the same data from other threads.

Choices where the documents are silent (BookMyColiving):

* Ids are prefixed strings: ``prop_…``, ``lead_…``, ``msg_…``; the conversation id (``threadId``) is the
  partner user id ``usr_…`` as the document says.
* A property renders as ``id, name, slug, description, cityId, address, amenities, contactEmail,
  colivingTypeIds, roomOptions[{type, priceMonthly}], photos[{url, position, addedAt}], externalId, status,
  adminNotes, reReviewPending, createdAt, updatedAt``. ``reReviewPending`` is the flag set when an
  ``APPROVED`` listing is replaced with PUT: it stays ``APPROVED`` (live) until an admin approves or rejects
  the change.
* A lead renders as ``id, propertyId, threadId, guestName, guestEmail, guestPhone, message, moveInDate,
  stayMonths, budgetMonthly (USD cents), status ("NEW"), createdAt``. ``threadId`` links the lead to its
  conversation so a reply can be sent with POST /messages/:threadId.
* A conversation renders as ``threadId, propertyId, participant{id, name, email}, lastMessage, lastMessageAt,
  messageCount, unreadCount``; a message as ``id, threadId, propertyId, senderType (TENANT|OPERATOR|ADMIN),
  senderName, content, createdAt``.

Coliving.com: booking ids, listing ids and message ids are integers as in the samples; the server-local zone
behind ``version`` is fixed at UTC+01:00, which reproduces the sample's one-hour offset between ``version``
and ``meta.updated_at``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

#: Zone of Coliving.com's ``version`` strings (documented as server-local; the sample is one hour off UTC).
SERVER_LOCAL_TZ = timezone(timedelta(hours=1))

PROPERTY_STATUSES = ("DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED")


def utcnow() -> datetime:
    """Current UTC time truncated to milliseconds (the precision the BMC timestamps carry)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=(now.microsecond // 1000) * 1000)


def iso_ms(moment: datetime) -> str:
    """ISO 8601 with milliseconds and ``Z``, as in the BMC webhook sample ``2026-04-25T10:00:00.000Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def iso_offset(moment: datetime) -> str:
    """``2026-04-12T14:30:00+00:00`` as in Coliving.com's ``meta.created_at``."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def version_of(moment: datetime) -> str:
    """Coliving.com ``version``: ``Y-m-d H:i:s`` in server-local time."""
    return moment.astimezone(SERVER_LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S")


def slugify(text: str) -> str:
    """Lower-case dash slug used for property ``slug`` values."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "property"


# --------------------------------------------------------------------------------------------- BookMyColiving


@dataclass(slots=True)
class Operator:
    id: str
    name: str
    email: str
    api_key: str


@dataclass(slots=True)
class Property:
    id: str
    operator_id: str
    name: str
    slug: str
    description: str
    city_id: str
    address: str
    amenities: list[str]
    contact_email: str
    coliving_type_ids: list[str]
    room_options: list[dict[str, Any]]
    photos: list[dict[str, Any]]
    external_id: str | None
    status: str
    admin_notes: str | None
    re_review_pending: bool
    created_at: datetime
    updated_at: datetime

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "slug": self.slug,
            "description": self.description,
            "cityId": self.city_id,
            "address": self.address,
            "amenities": list(self.amenities),
            "contactEmail": self.contact_email,
            "colivingTypeIds": list(self.coliving_type_ids),
            "roomOptions": [dict(option) for option in self.room_options],
            "photos": [dict(photo) for photo in self.photos],
            "externalId": self.external_id,
            "status": self.status,
            "adminNotes": self.admin_notes,
            "reReviewPending": self.re_review_pending,
            "createdAt": iso_ms(self.created_at),
            "updatedAt": iso_ms(self.updated_at),
        }


@dataclass(slots=True)
class Lead:
    id: str
    property_id: str
    thread_id: str
    guest_name: str
    guest_email: str
    guest_phone: str | None
    message: str
    move_in_date: date
    stay_months: int
    budget_monthly: int
    created_at: datetime

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "propertyId": self.property_id,
            "threadId": self.thread_id,
            "guestName": self.guest_name,
            "guestEmail": self.guest_email,
            "guestPhone": self.guest_phone,
            "message": self.message,
            "moveInDate": self.move_in_date.isoformat(),
            "stayMonths": self.stay_months,
            "budgetMonthly": self.budget_monthly,
            "status": "NEW",
            "createdAt": iso_ms(self.created_at),
        }


@dataclass(slots=True)
class BmcMessage:
    id: str
    thread_id: str
    property_id: str
    sender_type: str
    sender_name: str
    content: str
    created_at: datetime

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "threadId": self.thread_id,
            "propertyId": self.property_id,
            "senderType": self.sender_type,
            "senderName": self.sender_name,
            "content": self.content,
            "createdAt": iso_ms(self.created_at),
        }


@dataclass(slots=True)
class Thread:
    thread_id: str
    operator_id: str
    property_id: str
    user_name: str
    user_email: str
    messages: list[BmcMessage] = field(default_factory=list)
    unread: int = 0

    @property
    def last_message_at(self) -> datetime:
        return self.messages[-1].created_at

    def render(self) -> dict[str, Any]:
        last = self.messages[-1] if self.messages else None
        return {
            "threadId": self.thread_id,
            "propertyId": self.property_id,
            "participant": {"id": self.thread_id, "name": self.user_name, "email": self.user_email},
            "lastMessage": last.render() if last else None,
            "lastMessageAt": iso_ms(last.created_at) if last else None,
            "messageCount": len(self.messages),
            "unreadCount": self.unread,
        }


# --------------------------------------------------------------------------------------------- Coliving.com


@dataclass(slots=True)
class Host:
    id: int
    name: str
    email: str
    api_key: str
    created_at: datetime
    last_login_at: datetime
    provider_key: str | None = None


@dataclass(slots=True)
class RoomType:
    id: int
    listing_id: int
    name: str
    attributes: dict[str, Any]
    prices: dict[str, Any]
    availability: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Listing:
    id: int
    user_id: int
    name: str
    status: str
    stay_min: int
    room_types: dict[int, RoomType]


@dataclass(slots=True)
class BookingMessage:
    id: int
    sender: str
    sender_name: str
    text: str
    is_seen: bool
    created_at: datetime

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sender": self.sender,
            "sender_name": self.sender_name,
            "text": self.text,
            "is_seen": self.is_seen,
            "created_at": iso_offset(self.created_at),
        }


@dataclass(slots=True)
class Booking:
    booking_id: int
    host_id: int
    listing_id: int
    room_type_id: int
    room_type_name: str
    status: str
    checkin: date
    checkout: date
    guest_name: str
    guest_email: str
    guest_phone: str | None
    guest_country: str | None
    currency: str
    total: float
    security_deposit: float | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    messages: list[BookingMessage] | None = None

    @property
    def reference(self) -> str:
        return f"CO-{self.booking_id}"

    @property
    def version(self) -> str:
        return version_of(self.updated_at)

    def summary(self) -> dict[str, Any]:
        return {
            "booking_id": self.booking_id,
            "listing_id": self.listing_id,
            "room_type_id": self.room_type_id,
            "status": self.status,
            "checkin_at": self.checkin.isoformat(),
            "checkout_at": self.checkout.isoformat(),
            "version": self.version,
        }

    def detail(self) -> dict[str, Any]:
        return {
            "booking_id": self.booking_id,
            "booking_reference": self.reference,
            "listing_id": self.listing_id,
            "room_type_id": self.room_type_id,
            "room_type_name": self.room_type_name,
            "room_id": None,
            "status": self.status,
            "checkin_at": self.checkin.isoformat(),
            "checkout_at": self.checkout.isoformat(),
            "nights": (self.checkout - self.checkin).days,
            "guests": {"total": 1, "rooms": 1},
            "guest": {
                "name": self.guest_name,
                "email": self.guest_email,
                "phone": self.guest_phone,
                "country": self.guest_country,
            },
            "pricing": {
                "currency": self.currency,
                "total": float(self.total),
                "total_local": None,
                "security_deposit": self.security_deposit,
            },
            "notes": self.notes,
            "meta": {
                "version": self.version,
                "created_at": iso_offset(self.created_at),
                "updated_at": iso_offset(self.updated_at),
            },
        }


@dataclass(slots=True)
class RateUpdate:
    id: int
    host_id: int
    items: list[dict[str, Any]]
    accepted_at: float
    status: str = "accepted"
    applied_at: float | None = None

    def render(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "host_id": self.host_id,
            "items": self.items,
            "status": self.status,
            "accepted_at": self.accepted_at,
            "applied_at": self.applied_at,
        }


EventSink = Callable[[str, str, dict[str, Any]], None]
"""Receives ``(operator_id, event, data)`` for every BookMyColiving webhook event."""


class SandboxState:
    """All records of both channels plus the counters that mint ids.

    ``lock`` guards every mutation; readers on the event loop take it too, cheaply, so a test thread never
    sees a half-applied change. ``on_event`` is wired to the webhook dispatcher by the app.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.on_event: EventSink = lambda operator_id, event, data: None
        # BookMyColiving
        self.operators: dict[str, Operator] = {}
        self.operator_by_key: dict[str, Operator] = {}
        self.cities: list[dict[str, Any]] = []
        self.coliving_types: list[dict[str, Any]] = []
        self.amenities: list[dict[str, Any]] = []
        self.properties: dict[str, Property] = {}
        self.leads: dict[str, Lead] = {}
        self.lead_order: list[Lead] = []
        self.threads: dict[tuple[str, str], Thread] = {}
        self.user_names: dict[str, tuple[str, str]] = {}
        self._counters: dict[str, int] = {}
        # Coliving.com
        self.hosts: dict[int, Host] = {}
        self.host_by_key: dict[str, Host] = {}
        self.listings: dict[int, Listing] = {}
        self.bookings: dict[int, Booking] = {}
        self.booking_generation = 0
        # The newest version issued by a live change; None until the first one (seeding never sets it).
        self._latest_version: datetime | None = None
        self.rate_updates: list[RateUpdate] = []
        self.message_factory: Callable[[Booking], list[BookingMessage]] = lambda booking: []
        self.next_booking_message_id = 1000
        self._feed_cache: dict[tuple[Any, ...], list[Booking]] = {}

    # ------------------------------------------------------------------ ids
    def next_id(self, prefix: str) -> str:
        """Sequential, readable ids (``prop_0007``) so seeded data is identical across runs."""
        with self.lock:
            value = self._counters.get(prefix, 0) + 1
            self._counters[prefix] = value
            return f"{prefix}_{value:04d}"

    def emit(self, operator_id: str, event: str, data: dict[str, Any]) -> None:
        self.on_event(operator_id, event, data)

    # ------------------------------------------------------------------ BMC helpers
    def add_operator(self, operator: Operator) -> None:
        self.operators[operator.id] = operator
        self.operator_by_key[operator.api_key] = operator

    def add_property(self, prop: Property) -> None:
        with self.lock:
            self.properties[prop.id] = prop

    def add_lead(self, lead: Lead, *, notify: bool = True) -> Lead:
        """Store a lead, open its conversation with the enquiry text, and fire ``lead.created``."""
        with self.lock:
            prop = self.properties[lead.property_id]
            self.leads[lead.id] = lead
            self.lead_order.append(lead)
            if len(self.lead_order) > 1 and lead.created_at < self.lead_order[-2].created_at:
                self.lead_order.sort(key=lambda item: (item.created_at, item.id))
            self.user_names.setdefault(lead.thread_id, (lead.guest_name, lead.guest_email))
            thread = self.threads.get((prop.operator_id, lead.thread_id))
            if thread is None:
                thread = Thread(lead.thread_id, prop.operator_id, prop.id, lead.guest_name, lead.guest_email)
                self.threads[(prop.operator_id, lead.thread_id)] = thread
            self._append_message(
                thread, prop.id, "TENANT", lead.guest_name, lead.message, lead.created_at, notify=False
            )
        if notify:
            self.emit(prop.operator_id, "lead.created", lead.render())
        return lead

    def _append_message(
        self,
        thread: Thread,
        property_id: str,
        sender_type: str,
        sender_name: str,
        content: str,
        created_at: datetime,
        *,
        notify: bool,
    ) -> BmcMessage:
        message = BmcMessage(
            self.next_id("msg"), thread.thread_id, property_id, sender_type, sender_name, content, created_at
        )
        thread.messages.append(message)
        thread.property_id = property_id
        if sender_type != "OPERATOR":
            thread.unread += 1
        if notify:
            self.emit(thread.operator_id, "message.received", message.render())
        return message

    def tenant_message(
        self,
        operator_id: str,
        thread_id: str,
        content: str,
        property_id: str | None = None,
        *,
        sender_type: str = "TENANT",
        notify: bool = True,
        created_at: datetime | None = None,
    ) -> BmcMessage:
        """A tenant (or admin) writes to the operator; opens the conversation if it is new."""
        with self.lock:
            thread = self.threads.get((operator_id, thread_id))
            if thread is None:
                if property_id is None:
                    raise KeyError(thread_id)
                name, email = self.user_names.get(
                    thread_id, (f"Guest {thread_id[-4:]}", f"{thread_id}@example.com")
                )
                thread = Thread(thread_id, operator_id, property_id, name, email)
                self.threads[(operator_id, thread_id)] = thread
            sender_name = thread.user_name if sender_type == "TENANT" else "BookMyColiving Support"
            return self._append_message(
                thread,
                property_id or thread.property_id,
                sender_type,
                sender_name,
                content,
                created_at or utcnow(),
                notify=notify,
            )

    def operator_reply(
        self, operator: Operator, thread: Thread, property_id: str, content: str
    ) -> BmcMessage:
        with self.lock:
            thread.unread = 0
            return self._append_message(
                thread, property_id, "OPERATOR", operator.name, content, utcnow(), notify=False
            )

    # ------------------------------------------------------------------ moderation
    def approve(self, prop: Property) -> Property:
        with self.lock:
            if prop.status != "PENDING_REVIEW" and not (prop.status == "APPROVED" and prop.re_review_pending):
                raise ValueError(f"Cannot approve a {prop.status} property")
            prop.status = "APPROVED"
            prop.re_review_pending = False
            prop.admin_notes = None
            prop.updated_at = utcnow()
        self.emit(prop.operator_id, "property.approved", prop.render())
        return prop

    def reject(self, prop: Property, notes: str) -> Property:
        with self.lock:
            if prop.status != "PENDING_REVIEW" and not (prop.status == "APPROVED" and prop.re_review_pending):
                raise ValueError(f"Cannot reject a {prop.status} property")
            prop.status = "REJECTED"
            prop.re_review_pending = False
            prop.admin_notes = notes
            prop.updated_at = utcnow()
        self.emit(prop.operator_id, "property.rejected", prop.render())
        return prop

    # ------------------------------------------------------------------ Coliving helpers
    def add_host(self, host: Host) -> None:
        self.hosts[host.id] = host
        self.host_by_key[host.api_key] = host

    def booking_messages(self, booking: Booking) -> list[BookingMessage]:
        """Messages of a booking, generated on first access so scale seeds stay cheap."""
        with self.lock:
            if booking.messages is None:
                booking.messages = self.message_factory(booking)
            return booking.messages

    def new_booking_message_id(self) -> int:
        with self.lock:
            self.next_booking_message_id += 1
            return self.next_booking_message_id

    def touch_booking(self, booking: Booking) -> None:
        """Bump ``updated_at`` (hence ``version``) by at least one second so every change is visible.

        Versions never go backwards across bookings either: a booking changed twice in one second gets a version
        ahead of the clock, and a change to another booking right after must not get an earlier one, or a client
        polling ``updated_after=<newest version seen>`` (inclusive) would never see it.
        """
        with self.lock:
            now = datetime.now(UTC).replace(microsecond=0)
            if self._latest_version is None:
                self._latest_version = max((b.updated_at for b in self.bookings.values()), default=now)
            booking.updated_at = max(now, booking.updated_at + timedelta(seconds=1), self._latest_version)
            self._latest_version = booking.updated_at
            self.booking_generation += 1
            self._feed_cache.clear()

    def change_booking(self, booking_id: int, **changes: Any) -> Booking:
        """Apply field changes (``status``, ``checkin``, ``checkout``, ``notes``...) and bump the version."""
        with self.lock:
            booking = self.bookings[booking_id]
            for name, value in changes.items():
                if name in ("checkin", "checkout") and isinstance(value, str):
                    value = date.fromisoformat(value)
                if not hasattr(booking, name) or name in ("booking_id", "messages", "updated_at"):
                    raise AttributeError(name)
                setattr(booking, name, value)
            self.touch_booking(booking)
            return booking

    def add_booking(self, booking: Booking) -> Booking:
        with self.lock:
            if self._latest_version is not None:  # a live addition after live changes: same ordering rule
                booking.updated_at = max(booking.updated_at, self._latest_version)
                self._latest_version = booking.updated_at
            self.bookings[booking.booking_id] = booking
            self.booking_generation += 1
            self._feed_cache.clear()
            return booking

    def feed(self, key: tuple[Any, ...], build: Callable[[], list[Booking]]) -> list[Booking]:
        """Filtered, ordered bookings for one feed query, cached until the next booking change.

        A client walking 2,000 pages of the same filter costs one filter pass, not 2,000.
        """
        with self.lock:
            cached = self._feed_cache.get(key)
            if cached is None:
                if len(self._feed_cache) > 64:
                    self._feed_cache.clear()
                cached = build()
                self._feed_cache[key] = cached
            return cached

    def apply_due_rates(self, older_than: float, now: float) -> int:
        """Apply accepted rate updates queued for at least ``older_than`` seconds; returns how many."""
        applied = 0
        with self.lock:
            for update in self.rate_updates:
                if update.status == "accepted" and now - update.accepted_at >= older_than:
                    for item in update.items:
                        listing = self.listings.get(int(item["listing_id"]))
                        room = listing.room_types.get(int(item["room_type_id"])) if listing else None
                        if room is None:
                            continue
                        for name, value in item.items():
                            if name == "base_price" or name == "currency" or name.startswith("price_"):
                                room.prices[name] = value
                    update.status = "applied"
                    update.applied_at = now
                    applied += 1
        return applied
