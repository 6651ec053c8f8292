"""Bookings from Coliving.com: upcoming stays first, a status filter, and the guest and pricing of the
selected one.

The default hides stays that already ended, because the question staff ask most is "who arrives next"; the
store sorts by check-in, so with past stays hidden the list starts at the next arrival.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from colivingdesk.domain import Booking, Channel
from colivingdesk.export import pages
from colivingdesk.labels import booking_label, listing_label
from colivingdesk.store import BookingFilter, BookingRow, Store, booking_key
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.keyboard import add_enter_action
from colivingdesk.ui.models.store_list_model import Column, StoreListModel
from colivingdesk.ui.views.record_table import RecordTableView, details_html
from colivingdesk.ui.widgets.house_choice import HouseChoice

KNOWN_STATUSES = ("pending", "confirmed", "cancelled")
#: A booking's status as the window names it; a status the channel adds later shows as it sends it.
STATUS_WORDS = {
    "pending": QT_TRANSLATE_NOOP("BookingStatus", "Pending"),
    "confirmed": QT_TRANSLATE_NOOP("BookingStatus", "Confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("BookingStatus", "Cancelled"),
}
#: Details are fetched a few bookings per sync, and only while Coliving.com answers: no promise of "next".
DETAIL_PENDING = QT_TRANSLATE_NOOP(
    "BookingsView", "Guest and price details are not fetched yet; syncs bring them a few bookings at a time."
)


def _status_color(booking: Booking | BookingRow) -> Any:
    accents = theme.accents()
    return {"confirmed": accents.ok, "pending": accents.warn, "cancelled": accents.muted}.get(booking.status)


def status_text(status: str) -> str:
    """"Confirmed": a booking's status in the window's language."""
    words = STATUS_WORDS.get(status)
    return QCoreApplication.translate("BookingStatus", words) if words else status.capitalize()


def _not_fetched() -> str:
    return QCoreApplication.translate("BookingsModel", "Not fetched yet")


def _detail_pending() -> str:
    return QCoreApplication.translate("BookingsView", DETAIL_PENDING)


class BookingsModel(StoreListModel):
    """Bookings by check-in date, filtered in SQL."""

    def __init__(self, reader: Store, listing_name: Any, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("BookingsModel", "Check-in"), lambda b: formatting.day(b.checkin)),
                Column(QCoreApplication.translate("BookingsModel", "Check-out"), lambda b: formatting.day(b.checkout)),
                Column(QCoreApplication.translate("BookingsModel", "Guest"), lambda b: b.guest_name or _not_fetched(),
                       tooltip=lambda b: None if b.guest_name else _detail_pending(),
                       foreground=lambda b: None if b.guest_name else theme.accents().muted),
                Column(QCoreApplication.translate("BookingsModel", "Listing / room"), lambda b: listing_name(b)),
                Column(QCoreApplication.translate("BookingsModel", "Status"), lambda b: status_text(b.status),
                       foreground=_status_color),
                Column(QCoreApplication.translate("BookingsModel", "Total"), lambda b: formatting.money(b.total)),
            ],
            self._page, self._count, key=booking_key, ident=lambda b: b.id, get=self._get,
            resolve=lambda row: self._reader.get_booking(row.id), parent=parent,
        )
        self._reader = reader
        self.filter = BookingFilter(checkout_after=date.today().isoformat())

    def set_filter(self, f: BookingFilter) -> None:
        if f != self.filter:
            self.filter = f
            self.refresh()

    def _page(self, after: Any, limit: int) -> list[BookingRow]:
        # Light rows: a list scrolled to the end keeps every one; the selected booking is read in full.
        return self._reader.page_booking_rows(self.filter, after, limit)

    def _count(self) -> int:
        return self._reader.count_bookings(self.filter)

    def _get(self, booking_id: str) -> BookingRow | None:
        b = self._reader.get_booking_row(booking_id)
        f = self.filter
        if b is None or f.text:
            return None
        if f.status is not None and b.status != f.status:
            return None
        if f.listing_id is not None and b.listing_id not in self._reader.house_listing_ids(f.listing_id):
            return None
        if f.property_id is not None and self._house_property(b.listing_id) != f.property_id:
            return None
        if f.checkout_after is not None and b.checkout <= f.checkout_after:
            return None
        return b

    def _house_property(self, listing_id: str) -> str | None:
        listing = self._reader.get_listing(listing_id)
        return None if listing is None else listing.bmc_property_id


class BookingsView(RecordTableView):
    """Status filter, "upcoming only" (default on), and a link to the booking's conversation."""

    #: Open the Coliving.com conversation of a booking (thread key "coliving:<booking id>").
    openThreadRequested = Signal(str)

    kind = "bookings"
    empty_text = QT_TRANSLATE_NOOP("BookingsView", "Select a booking to see the guest, dates and price.")
    export_title = QT_TRANSLATE_NOOP("BookingsView", "Export bookings as CSV")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, BookingsModel(ctx.reader, self.listing_label), parent)
        self._listing_names: dict[str, str] = {}
        self._room_names: dict[str, str] = {}  # learned from bookings whose detail names the room type
        self.search.setPlaceholderText(self.tr("Search guest, email, reference or booking id"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("bookingStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in KNOWN_STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.upcoming = QCheckBox(self.tr("Upcoming and current only"))
        self.upcoming.setChecked(True)
        self.filter_bar.addWidget(self.status_filter)
        self.filter_bar.addWidget(self.upcoming)
        self.house_filter = HouseChoice(ctx)
        self.filter_bar.addWidget(self.house_filter)
        self.house_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.upcoming.toggled.connect(lambda _b: self.apply_filter())
        self.messages_button = QPushButton(self.tr("Messages"))
        self.messages_button.setObjectName("bookingMessages")
        self.messages_button.setToolTip(self.tr("Open this booking's conversation in the Inbox"))
        self.messages_button.clicked.connect(self._open_messages)
        add_enter_action(self.table, self.tr("Open the selected booking's messages"), self._open_messages)
        self.action_bar.addWidget(self.messages_button)
        self.action_bar.addStretch(1)
        self.messages_button.hide()
        for column, width in enumerate((95, 95, 150, 190, 85)):
            self.table.setColumnWidth(column, width)
        self.model.refresh()
        self._name_controls()
        # Filters before the table they filter (they were added to the bar after the table was built).
        self.order_tabs(self.search, self.status_filter, self.upcoming, self.export_button, self.table, self.details,
                        self.messages_button)

    def _name_controls(self) -> None:
        """What a screen reader says for each control (the count of rows is the table's description)."""
        self.search.setAccessibleName(self.tr("Search bookings"))
        self.search.setAccessibleDescription(self.tr("Guest name, email, reference or booking id"))
        self.status_filter.setAccessibleName(self.tr("Booking status"))
        self.table.setAccessibleName(self.tr("Bookings"))
        self.details.setAccessibleName(self.tr("Booking details"))
        self.export_button.setAccessibleDescription(self.tr("Save the bookings the filter shows as a CSV file"))
        self.messages_button.setAccessibleName(self.tr("Open this booking's messages"))

    def count_text(self, n: int) -> str:
        return self.tr("%Ln bookings", "", n)

    def guests_text(self, b: Booking) -> str:
        """"2 guests · 1 room"; empty until the booking's detail says."""
        parts = []
        if b.guests is not None:
            parts.append(self.tr("%n guests", "", b.guests))
        if b.rooms is not None:
            parts.append(self.tr("%n rooms", "", b.rooms))
        return " · ".join(parts)

    def listing_label(self, b: Booking | BookingRow) -> str:
        if b.listing_id not in self._listing_names:
            self._listing_names[b.listing_id] = listing_label(self.ctx.reader.get_listing(b.listing_id), b.listing_id)
        if b.room_type_name:
            self._room_names[b.room_type_id] = b.room_type_name
        room = self._room_names.get(b.room_type_id) or self.tr("room {id}").format(id=b.room_type_id)
        return f"{self._listing_names[b.listing_id]} · {room}"

    def apply_filter(self) -> None:
        assert isinstance(self.model, BookingsModel)
        self.model.set_filter(BookingFilter(
            status=self.status_filter.currentData(),
            text=self.search.text().strip() or None,
            checkout_after=date.today().isoformat() if self.upcoming.isChecked() else None,
            **self.house_filter.filter_fields(),
        ))

    def export_records(self) -> Iterator[Booking]:
        assert isinstance(self.model, BookingsModel)
        return pages(self.ctx.reader.page_bookings, booking_key, self.model.filter)

    def render_details(self, b: Booking) -> str:
        nights = self.tr("%n nights", "", b.nights) if b.nights else ""
        return details_html(
            booking_label(b),
            [
                (self.tr("Guest"), b.guest_name or ""),
                (self.tr("Status"), status_text(b.status)),
                (self.tr("Check-in"), formatting.day(b.checkin)),
                (self.tr("Check-out"), formatting.day(b.checkout)),
                (self.tr("Length"), nights),
                (self.tr("Listing / room"), self.listing_label(b)),
                (self.tr("Email"), b.guest_email or ""),
                (self.tr("Phone"), b.guest_phone or ""),
                (self.tr("Country"), b.guest_country or ""),
                (self.tr("Guests"), self.guests_text(b)),
                (self.tr("Total"), formatting.money(b.total)),
                (self.tr("Local total"), formatting.number(b.total_local) if b.total_local is not None else ""),
                (self.tr("Security deposit"), formatting.money(b.security_deposit)),
                (self.tr("Reference"), b.reference or ""),
                (self.tr("Booking id"), b.id),
                ("", "" if b.has_detail else _detail_pending()),
            ],
            b.notes or "",
        )

    def update_actions(self, record: Any) -> None:
        self.messages_button.setVisible(isinstance(record, Booking))

    def _open_messages(self) -> None:
        record = self.current_record()
        if isinstance(record, Booking):
            self.openThreadRequested.emit(f"{Channel.COLIVING.value}:{record.id}")

    def _on_changes(self, changes: Any) -> None:
        if changes.get_ids("bookings"):
            self._listing_names.clear()
        super()._on_changes(changes)
