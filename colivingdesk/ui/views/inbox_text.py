"""How the inbox names a conversation: the guest, what it is about, when the stay is, and our unsent reply.

Channel feeds often list a conversation without naming the other side or the place, so the words come from
wherever the cache has them (the thread, its booking, its messages, the room types). They are read from the
store once per thread and cached until the change stream says the records behind them moved.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from colivingdesk.domain import Booking, Channel, Thread
from colivingdesk.labels import booking_label, guest_name, property_label
from colivingdesk.store import Store
from colivingdesk.ui import formatting


class ThreadWords:
    """Cached descriptions of threads, read from ``reader``."""

    def __init__(self, reader: Store) -> None:
        self._reader = reader
        self._subjects: dict[str, str] = {}
        self._participants: dict[str, str] = {}
        self._unsent: dict[str, str | None] = {}
        #: The booking behind each cached thread's words (see ``forget_bookings``).
        self._bookings: dict[str, str] = {}

    def forget(self, keys: Iterable[str]) -> None:
        if isinstance(keys, (set, frozenset)) and len(keys) > len(self._subjects) + len(self._participants):
            # A sync's change set names thousands of threads; the words cached are those of the rows painted.
            keys = [key for key in {*self._subjects, *self._participants} if key in keys]
        for key in keys:
            self._subjects.pop(key, None)
            self._participants.pop(key, None)
            self._bookings.pop(key, None)

    def forget_places(self) -> None:
        """Properties or room types changed: names and subjects may have too."""
        self._subjects.clear()
        self._participants.clear()
        self._bookings.clear()

    def forget_bookings(self, booking_ids: Iterable[str]) -> None:
        """These bookings changed: the words of their threads only (a sync changes a thousand bookings a batch,
        few of them behind the conversations on screen, which would otherwise all be read again at each)."""
        changed = booking_ids if isinstance(booking_ids, (set, frozenset)) else set(booking_ids)
        self.forget([key for key, booking_id in self._bookings.items() if booking_id in changed])

    def forget_unsent(self) -> None:
        self._unsent.clear()

    def participant(self, thread: Thread) -> str:
        """The guest's name: the thread's own, else the booking's guest (Coliving.com), else the first guest
        who wrote in it, else "Guest"."""
        if thread.participant_name:
            return thread.participant_name
        key = thread.key
        if key not in self._participants:
            reader = self._reader
            if thread.booking_id:  # a booking's detail may bring the guest's name
                self._bookings[key] = thread.booking_id
            name = guest_name(
                thread, self.booking(thread), lambda: reader.messages_for_thread(thread.channel, thread.external_id)
            )
            self._participants[key] = name or QCoreApplication.translate("ThreadWords", "Guest")
        return self._participants[key]

    def subject(self, thread: Thread) -> str:
        """"Sunny Loft" for a BookMyColiving thread, "Booking CO-12345 · Room A" for Coliving.com (see
        :mod:`colivingdesk.labels`)."""
        cache_key = thread.key
        if cache_key in self._subjects:
            return self._subjects[cache_key]
        subject = ""
        reader = self._reader
        if thread.property_id:
            subject = property_label(reader.get_property(thread.property_id), thread.property_id)
        if thread.booking_id:
            self._bookings[cache_key] = thread.booking_id
            booking = reader.get_booking(thread.booking_id)
            subject = booking_label(booking, thread.booking_id)
            room_name = booking.room_type_name if booking is not None else None
            if booking is not None and not room_name and booking.room_type_id:
                # Until this booking's detail is fetched, the room type's name is known from other bookings.
                room = reader.get_room_type(booking.room_type_id)
                room_name = room.name if room is not None else None
            if room_name:
                subject += f" · {room_name}"
        self._subjects[cache_key] = subject
        return subject

    def subtitle(self, channel: Channel, thread: Thread | None) -> str:
        """"Coliving.com · Booking 123 · Room A · 1 May 2026 – 1 Jun 2026": where and, for a stay, when."""
        parts = [channel.label]
        subject = self.subject(thread) if thread else ""
        if subject:
            parts.append(subject)
        booking = self.booking(thread)
        if booking is not None:
            parts.append(f"{formatting.day(booking.checkin)} – {formatting.day(booking.checkout)}")
        return " · ".join(parts)

    def unsent_preview(self, thread: Thread) -> str | None:
        """"You (not sent): ..." while our newest reply to the thread is queued, held or refused."""
        key = thread.key
        if key not in self._unsent:
            pending = self._reader.latest_unsent_reply(thread.channel, thread.external_id)
            self._unsent[key] = None if pending is None else (
                QCoreApplication.translate("ThreadWords", "You (not sent): {text}").format(
                    text=formatting.one_line(pending.text, 300)
                )
            )
        return self._unsent[key]

    def booking(self, thread: Thread | None) -> Booking | None:
        if thread is None or not thread.booking_id:
            return None
        return self._reader.get_booking(thread.booking_id)
