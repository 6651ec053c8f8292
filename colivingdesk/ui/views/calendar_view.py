"""Occupancy by night for a Coliving.com listing or room type, and a form to push availability and rates.

The grid is computed from cached bookings, so staff can answer "is a room free from the 12th?" offline. The
listings and room types come from the cache, where sync records them as bookings arrive, together with the
availability and rate last accepted by the channel, which the grid and the summary show. Pushing goes through
the outbox like every write: the form shows "queued", then "sent" or the channel's refusal next to the field
it concerns, and what was typed stays in the form until it is accepted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.errors import ValidationError
from colivingdesk.domain import Money, OutboxItem, OutboxState
from colivingdesk.store import RoomType
from colivingdesk.sync import ChangeSet
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.errors import UserMessage, describe
from colivingdesk.ui.models.month_model import (
    KnownRooms,
    MonthOccupancyModel,
    known_rooms,
    read_month_bookings,
)

CURRENCIES = ("EUR", "USD", "GBP", "CHF")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def month_rate(rt: RoomType, year: int, month: int) -> Money | None:
    """The monthly price last sent for ``rt`` that applies to a month: its override, else the base price."""
    price = rt.monthly_prices.get(f"{year:04d}-{month:02d}", rt.base_price)
    return None if price is None else Money(price, rt.currency or "")


class FieldErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.hide()

    def set_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setStyleSheet(f"color: {theme.accents().error.name()};")
        self.setVisible(bool(text))


class CalendarView(QWidget):
    """Listing/room picker, month grid with navigation, and the push form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.month_model = MonthOccupancyModel(self)
        self._room_types: list[RoomType] = []
        self._known = KnownRooms()
        self._pending: dict[str, int] = {}  # "availability"/"rates" -> outbox id of the last push
        self._generation = 0
        self._build()
        self._fill_listings()
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        left = QVBoxLayout()
        pickers = QHBoxLayout()
        self.listing = QComboBox()
        self.listing.setObjectName("calendarListing")
        self.listing.setMinimumContentsLength(20)
        self.room_type = QComboBox()
        self.room_type.setObjectName("calendarRoomType")
        self.room_type.setMinimumContentsLength(16)
        pickers.addWidget(QLabel("Listing"))
        pickers.addWidget(self.listing, 1)
        pickers.addWidget(QLabel("Room type"))
        pickers.addWidget(self.room_type, 1)
        left.addLayout(pickers)

        nav = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip("Previous month")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip("Next month")
        self.today_button = QPushButton("Today")
        self.month_title = QLabel()
        self.month_title.setObjectName("calendarTitle")
        font = self.month_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.month_title.setFont(font)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_title)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.today_button)
        left.addLayout(nav)

        self.grid = QTableView()
        self.grid.setObjectName("calendarGrid")
        self.grid.setModel(self.month_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        left.addWidget(self.grid, 1)
        self.summary = QLabel()
        self.summary.setStyleSheet(f"color: {theme.accents().muted.name()};")
        left.addWidget(self.summary)
        self.no_listing = QLabel(
            "No Coliving.com listings are cached yet. Connect Coliving.com in Settings: your listings and "
            "room types appear here as their bookings sync."
        )
        self.no_listing.setWordWrap(True)
        self.no_listing.hide()
        left.addWidget(self.no_listing)
        outer.addLayout(left, 3)

        outer.addWidget(self._build_form(), 2)

        self.listing.currentIndexChanged.connect(lambda _i: self._fill_room_types())
        self.room_type.currentIndexChanged.connect(lambda _i: self._on_room_type())
        self.prev_button.clicked.connect(lambda: self._shift_month(-1))
        self.next_button.clicked.connect(lambda: self._shift_month(1))
        self.today_button.clicked.connect(self._go_today)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._selection_to_form())

    def _build_form(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)

        avail = QGroupBox("Availability")
        af = QFormLayout(avail)
        today = date.today()
        self.start_date = QDateEdit(_qdate(today))
        self.start_date.setObjectName("availabilityStart")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("d MMM yyyy")
        self.end_date = QDateEdit(_qdate(today + timedelta(days=30)))
        self.end_date.setObjectName("availabilityEnd")
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("d MMM yyyy")
        self.available = QSpinBox()
        self.available.setObjectName("availabilityUnits")
        self.available.setRange(0, 999)
        self.available.setSuffix(" rooms free")
        self.start_error = FieldErrorLabel("startDateError")
        self.end_error = FieldErrorLabel("endDateError")
        self.available_error = FieldErrorLabel("availableError")
        af.addRow("From", self.start_date)
        af.addRow("", self.start_error)
        af.addRow("To", self.end_date)
        af.addRow("", self.end_error)
        af.addRow("Free", self.available)
        af.addRow("", self.available_error)
        self.push_availability_button = QPushButton("Push availability")
        self.push_availability_button.setObjectName("pushAvailability")
        self.availability_state = QLabel()
        self.availability_state.setObjectName("availabilityState")
        self.availability_state.setWordWrap(True)
        af.addRow(self.push_availability_button)
        af.addRow(self.availability_state)
        v.addWidget(avail)

        rates = QGroupBox("Rates")
        rf = QFormLayout(rates)
        self.base_price = QLineEdit()
        self.base_price.setObjectName("basePrice")
        self.base_price.setPlaceholderText("e.g. 800")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.price_error = FieldErrorLabel("basePriceError")
        self.currency_error = FieldErrorLabel("currencyError")
        rf.addRow("Monthly base price", self.base_price)
        rf.addRow("", self.price_error)
        rf.addRow("Currency", self.currency)
        rf.addRow("", self.currency_error)
        self.push_rates_button = QPushButton("Push rates")
        self.push_rates_button.setObjectName("pushRates")
        self.rates_state = QLabel()
        self.rates_state.setObjectName("ratesState")
        self.rates_state.setWordWrap(True)
        rf.addRow(self.push_rates_button)
        rf.addRow(self.rates_state)
        v.addWidget(rates)
        v.addStretch(1)

        self.push_availability_button.clicked.connect(self._push_availability)
        self.push_rates_button.clicked.connect(self._push_rates)
        return box

    # ------------------------------------------------------------------ pickers
    def _fill_listings(self) -> None:
        self._discover()

    @async_slot()
    async def _discover(self) -> None:
        """Read which listings and room types exist (off the UI thread), then fill the pickers."""
        self._known = await in_executor(known_rooms, self.ctx.reader)
        current = self.listing.currentData()
        self.listing.blockSignals(True)
        self.listing.clear()
        for listing_id, name in sorted(self._known.listings.items(), key=lambda kv: (kv[1] or kv[0]).lower()):
            self.listing.addItem(name or f"Listing {listing_id}", listing_id)
        self.listing.setCurrentIndex(max(0, self.listing.findData(current)))
        self.listing.blockSignals(False)
        has = self.listing.count() > 0
        self.no_listing.setVisible(not has)
        for w in (self.push_availability_button, self.push_rates_button):
            w.setEnabled(has)
        self._fill_room_types()

    def _fill_room_types(self) -> None:
        listing_id = self.listing.currentData()
        current = self.room_type.currentData()
        self._room_types = list(self._known.room_types.get(listing_id, [])) if listing_id else []
        self.room_type.blockSignals(True)
        self.room_type.clear()
        self.room_type.addItem("All room types", None)
        for rt in self._room_types:
            self.room_type.addItem(rt.name or rt.room_type or f"Room type {rt.id}", rt.id)
        self.room_type.setCurrentIndex(max(0, self.room_type.findData(current)))
        self.room_type.blockSignals(False)
        self._on_room_type()

    def selected_room_type(self) -> RoomType | None:
        rid = self.room_type.currentData()
        return next((rt for rt in self._room_types if rt.id == rid), None)

    def _on_room_type(self) -> None:
        rt = self.selected_room_type()
        if rt is not None:
            if rt.base_price is not None and not self.base_price.text():
                self.base_price.setText(f"{rt.base_price:f}")
            if rt.currency:
                self.currency.setCurrentText(rt.currency)
            sent = rt.available.get(_pydate(self.start_date.date()).isoformat())
            if sent is not None and self.available.value() == 0:
                self.available.setValue(sent)  # start from what the channel holds for that day
        self.reload_month()

    # ------------------------------------------------------------------ month
    def _shift_month(self, delta: int) -> None:
        m = self.month_model.month - 1 + delta
        self._load(self.month_model.year + m // 12, m % 12 + 1)

    def _go_today(self) -> None:
        today = date.today()
        self._load(today.year, today.month)

    def reload_month(self) -> None:
        self._load(self.month_model.year, self.month_model.month)

    def _load(self, year: int, month: int) -> None:
        self._generation += 1
        self._load_month(year, month, self._generation)

    @async_slot()
    async def _load_month(self, year: int, month: int, generation: int) -> None:
        listing_id = self.listing.currentData()
        rt = self.selected_room_type()
        self.month_title.setText(f"{date(year, month, 1):%B %Y}")
        if not listing_id:
            self.month_model.set_month(year, month, [], {})
            self.summary.setText("")
            return
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        bookings = await in_executor(
            read_month_bookings, self.ctx.reader, listing_id, rt.id if rt else None, first, last
        )
        if generation != self._generation:
            return  # the user moved on while this month was read
        self.month_model.set_month(year, month, bookings, dict(rt.available) if rt else {})
        nights = sum(
            1 for r in range(6) for c in range(7)
            if (cell := self.month_model.cell(r, c)) is not None and cell.in_month and cell.booked
        )
        text = f"{len(bookings)} bookings this month; {nights} of {last.day} nights have at least one guest."
        rate = month_rate(rt, year, month) if rt else None
        if rate is not None:
            text += f" Rate sent: {formatting.money(rate)} a month."
        self.summary.setText(text)

    def _selection_to_form(self) -> None:
        days = sorted(
            str(i.data(Qt.ItemDataRole.UserRole + 1)) for i in self.grid.selectionModel().selectedIndexes()
        )
        if days:
            self.start_date.setDate(_qdate(date.fromisoformat(days[0])))
            self.end_date.setDate(_qdate(date.fromisoformat(days[-1])))

    # ------------------------------------------------------------------ pushing
    def set_busy(self, busy: bool) -> None:
        for w in (self.push_availability_button, self.push_rates_button):
            w.setEnabled(not busy and self.listing.count() > 0)

    def _clear_errors(self) -> None:
        for label in (self.start_error, self.end_error, self.available_error, self.price_error,
                      self.currency_error):
            label.set_error(None)

    def _target(self) -> tuple[str, str] | None:
        listing_id = self.listing.currentData()
        rt = self.selected_room_type()
        if not listing_id:
            return None
        if rt is None:
            self.notifier.show(UserMessage(
                "Choose a room type", "Availability and rates are set per room type. Pick one above the grid."
            ))
            return None
        return str(listing_id), rt.id

    def _push_availability(self) -> None:
        self._clear_errors()
        target = self._target()
        if target is None:
            return
        start, end = _pydate(self.start_date.date()), _pydate(self.end_date.date())
        if end < start:
            self.end_error.set_error("The end date is before the start date.")
            return
        row = {
            "listing_id": target[0], "room_type_id": target[1], "available": self.available.value(),
            "start_date": start.isoformat(), "end_date": end.isoformat(),
        }
        self._queue("availability", lambda: self.ctx.service.push_availability([row]))

    def _push_rates(self) -> None:
        self._clear_errors()
        target = self._target()
        if target is None:
            return
        text = self.base_price.text().strip().replace(",", "")
        try:
            price = Decimal(text)
        except InvalidOperation:
            self.price_error.set_error("Enter the price as a number, e.g. 800 or 799.50.")
            return
        if price < 0:
            self.price_error.set_error("The price must be at least 0.")
            return
        currency = self.currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            self.currency_error.set_error("Use a three-letter currency code such as EUR.")
            return
        number: int | float = int(price) if price == price.to_integral_value() else float(price)
        row = {"listing_id": target[0], "room_type_id": target[1], "base_price": number, "currency": currency}
        self._queue("rates", lambda: self.ctx.service.push_rates([row]))

    @async_slot()
    async def _queue(self, what: str, enqueue: Callable[[], Awaitable[OutboxItem]]) -> None:
        state = self.availability_state if what == "availability" else self.rates_state
        try:
            item = await enqueue()
        except ValidationError as err:
            self.show_field_errors(describe(err))
            return
        self._pending[what] = item.id
        state.setText("Queued: will be sent to Coliving.com shortly.")
        state.setStyleSheet(f"color: {theme.accents().muted.name()};")

    def show_field_errors(self, message: UserMessage) -> None:
        """Put each refused field's message under its field; anything unplaced goes to the banner."""
        placed = False
        for label, paths in (
            (self.start_error, ("start_date",)), (self.end_error, ("end_date",)),
            (self.available_error, ("available",)), (self.price_error, ("base_price",)),
            (self.currency_error, ("currency",)),
        ):
            text = message.field_error(*paths)
            if text:
                label.set_error(text)
                placed = True
        if not placed:
            self.notifier.show(message)

    def _update_push_states(self) -> None:
        for what, outbox_id in list(self._pending.items()):
            state = self.availability_state if what == "availability" else self.rates_state
            item = self.ctx.reader.get_outbox_item(outbox_id)
            accents = theme.accents()
            if item is None or item.state == OutboxState.SENT:
                state.setText("Sent: Coliving.com accepted the update.")
                state.setStyleSheet(f"color: {accents.ok.name()};")
                del self._pending[what]
            elif item.state == OutboxState.FAILED:
                state.setText(f"Refused: {item.error or 'Coliving.com did not accept it'}")
                state.setStyleSheet(f"color: {accents.error.name()};")
                del self._pending[what]
            elif item.state == OutboxState.HELD:
                state.setText("Waiting: the channel's rate limit reopens shortly.")
                state.setStyleSheet(f"color: {accents.warn.name()};")
            elif item.state == OutboxState.SENDING:
                state.setText("Sending…")

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("outbox") and self._pending:
            self._update_push_states()
        if changes.get_ids("rooms") or changes.get_ids("accounts"):
            self._fill_listings()  # re-reads the room types (and their recorded values), then the month
        elif changes.get_ids("bookings"):
            self.reload_month()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill_listings()
