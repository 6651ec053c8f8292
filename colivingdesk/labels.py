"""What a record is called, in one place per kind, so a booking reads the same in every list, search result,
notification and command-line line.

A Coliving.com booking has an id (``8858``) and, once its detail is fetched, the reference the guest and the
channel's back office use (``CO-8858``). Built in several places, the same stay appeared as "Booking 8858" in one
and "Booking CO-8858" in another, and an operator could not tell they were one booking. Every caller asks here
instead; the words change only when the cache learns more (the reference), and then everywhere at once.

Qt-free, so ``sync/`` (outbox previews for the command line) and ``ui/`` share it. The words are marked for
translation (:mod:`colivingdesk.translatable`): the window shows them in the user's language, the command line
in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from colivingdesk.domain import Booking, Lead, Message, Property, Thread
from colivingdesk.store.inbox import OWN_SENDERS
from colivingdesk.translatable import QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.store.records import Listing


def booking_label(booking: Booking | None, booking_id: str = "") -> str:
    """``Booking CO-8858`` once the reference is known, ``Booking 8858`` until then (or when the booking is not
    cached and only its id is)."""
    words = translated("Labels", QT_TRANSLATE_NOOP("Labels", "Booking {reference}"))
    if booking is not None:
        return words.format(reference=booking.reference or booking.id)
    return words.format(reference=booking_id)


def listing_label(listing: Listing | None, listing_id: str) -> str:
    """A Coliving.com listing: its name when the operator gave one, else ``Listing 5325``."""
    if listing is not None and listing.name:
        return listing.name
    return translated("Labels", QT_TRANSLATE_NOOP("Labels", "Listing {id}")).format(id=listing_id)


def property_label(prop: Property | None, property_id: str) -> str:
    """A BookMyColiving property: its name, else ``Property prop_1`` (not cached, or nameless)."""
    if prop is not None and prop.name:
        return prop.name
    return translated("Labels", QT_TRANSLATE_NOOP("Labels", "Property {id}")).format(id=property_id)


def guest_name(
    thread: Thread | None, booking: Booking | None, messages: Callable[[], Iterable[object]] | None = None
) -> str:
    """Who a conversation is with: the thread's own name, else its booking's guest (Coliving.com), else the
    first guest who wrote in it (``messages`` is only read when needed); "" when the cache does not know.

    The inbox title, the ``{guest_name}`` placeholder and the outbox list all ask here, so a reply greets the
    person named above it and the command line names the same person."""
    if thread is not None and thread.participant_name:
        return thread.participant_name
    if booking is not None and booking.guest_name:
        return booking.guest_name
    for message in messages() if messages is not None else ():
        if isinstance(message, Message) and message.sender.lower() not in OWN_SENDERS and message.sender_name:
            return message.sender_name
    return ""


def lead_label(lead: Lead) -> str:
    """A lead is known by the guest who asked."""
    return lead.guest_name or translated("Labels", QT_TRANSLATE_NOOP("Labels", "Unknown guest"))


def day_text(text: str | None) -> str:
    """A channel's ``YYYY-MM-DD`` as ``3 Mar 2026``; anything unparsable as sent, nothing as ""."""
    if not text:
        return ""
    try:
        d = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return f"{d.day} {d.strftime('%b %Y')}"


def stay_values(reader: Store, booking: Booking) -> dict[str, str | None]:
    """A booking's ``listing``, ``room_type``, ``checkin`` and ``checkout`` as a saved reply fills them (the
    composer and automations alike); None where the cache does not know."""
    listing = reader.get_listing(booking.listing_id)
    room = booking.room_type_name
    if not room and booking.room_type_id:
        room_type = reader.get_room_type(booking.room_type_id)
        room = room_type.name if room_type is not None else None
    return {
        "listing": listing.name if listing is not None and listing.name else None,
        "room_type": room or None,
        "checkin": day_text(booking.checkin) or None,
        "checkout": day_text(booking.checkout) or None,
    }
