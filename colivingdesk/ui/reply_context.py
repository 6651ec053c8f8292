"""What a saved reply's placeholders mean in the open conversation.

A BookMyColiving thread knows its guest and property; a Coliving.com thread is one booking, which knows the
guest, listing, room type and dates. The values are read from the cache (never the network) and formatted as
the rest of the window shows them, so "{checkin}" reads "1 May 2026" in a reply as it does in the Bookings
view. A value the cache does not have is left out, and the composer then shows that placeholder unfilled.
"""

from __future__ import annotations

from colivingdesk.domain import Thread
from colivingdesk.labels import guest_name, stay_values
from colivingdesk.store import Store
from colivingdesk.templates import first_name


def reply_values(reader: Store, thread: Thread | None) -> dict[str, str | None]:
    """Placeholder values for ``thread``; missing ones are None."""
    values: dict[str, str | None] = {"host_name": reader.host_name() or None}
    if thread is None:
        return values
    booking = reader.get_booking(thread.booking_id) if thread.booking_id else None
    # The same order as the conversation's title, so the reply greets the person named above it.
    guest = guest_name(thread, booking, lambda: reader.messages_for_thread(thread.channel, thread.external_id))
    values["guest_name"] = guest or None
    values["first_name"] = first_name(guest) if guest else None
    if thread.property_id:
        prop = reader.get_property(thread.property_id)
        values["property"] = prop.name if prop is not None else None
    if booking is not None:
        values.update(stay_values(reader, booking))
    return values
