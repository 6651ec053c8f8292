"""Rates of one Coliving.com room type: base price, currency, the twelve monthly overrides and what each month costs.

Every number is checked where it is typed (a negative price is refused next to its field), a price of 0 is
only sent after the user confirms it, and the row queued is exactly :func:`colivingdesk.sync.pushes.plan_rates`'s.
The document gives no way to remove a monthly override (``price_jan...dec Optional / Monthly Overrides``: optional
numbers, with nothing said about ``null`` or leaving a month out), and the panel says so instead of pretending: a
stored override that is emptied is marked on its row with that reason and the push waits until it is given a price
again; "Set to base price" gives the month the base price, the nearest the document allows. Coliving.com accepts
rates "for background processing", so a sent push reads
"accepted, not yet applied".

Prices typed and not pushed yet are kept per room type and across restarts (:mod:`.rates_edits`), each marked
"not pushed" on its row, and the state line counts them: the outcome of an earlier push is only ever shown
as that, never as if it covered them.
"""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.store import Listing, RoomType
from colivingdesk.sync.pushes import ZERO_PRICE, PushInputError, RatesPlan, parse_price, plan_rates
from colivingdesk.sync.register import display_name
from colivingdesk.sync.rooms import MONTHS
from colivingdesk.ui import theme
from colivingdesk.ui.drafts import DraftStore
from colivingdesk.ui.views.rates_edits import RateEdits, Texts


def clear_note() -> str:
    return QCoreApplication.translate(
        "RatesPanel",
        "A monthly override cannot be removed: the Coliving.com document defines no way to do it. To change a "
        "month, set it to the price it should have (\"Set to base price\" gives it the base price)."
    )


def cleared_text() -> str:
    """What an emptied stored override says on its row."""
    return QCoreApplication.translate(
        "RatesPanel", "cannot be removed (the Coliving.com document defines no way); give it a price")


def accepted_text() -> str:
    return QCoreApplication.translate(
        "RatesPanel", "Sent: accepted, not yet applied (Coliving.com processes rates in the background).")


OVERRIDE, EFFECTIVE = 1, 2


def month_keys(today: date) -> list[tuple[str, str]]:
    """(``jan``..``dec``, "YYYY-MM" of its next occurrence from ``today``), from this month on."""
    keys = []
    for index, name in enumerate(MONTHS):
        year = today.year if index + 1 >= today.month else today.year + 1
        keys.append((name, f"{year:04d}-{index + 1:02d}"))
    return sorted(keys, key=lambda pair: pair[1])


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    theme.tint(label, "error")
    label.setVisible(bool(text))


class RatesPanel(QWidget):
    """Pick a room type, edit its prices, review the effective price per month, then push."""

    submit = Signal(object)  # a RatesPlan to queue

    def __init__(self, drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = RateEdits(drafts)
        self._push: tuple[str, str, str] | None = None  # room type id, state text and accent of the last push
        self._listings: dict[str, Listing] = {}
        self._rooms: list[RoomType] = []
        self._currencies: dict[str, str | None] = {}
        self._filling = False
        self._shown: RoomType | None = None  # the record the fields were filled from
        self._months = month_keys(date.today())
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.room = QComboBox()
        self.room.setObjectName("ratesRoomType")
        self.room.setAccessibleName(self.tr("Room type"))
        form.addRow(self.tr("Room type"), self.room)
        self.base_price = QLineEdit()
        self.base_price.setObjectName("basePrice")
        self.base_price.setPlaceholderText(self.tr("monthly price, e.g. 800"))
        self.base_price.setAccessibleName(self.tr("Base price"))
        self.base_error = _error_label("basePriceError")
        base_row = QHBoxLayout()
        base_row.addWidget(self.base_price)
        base_row.addWidget(self.base_error, 1)
        form.addRow(self.tr("Base price"), base_row)
        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setPlaceholderText(self.tr("ISO code, e.g. EUR"))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.currency_error = _error_label("currencyError")
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency)
        currency_row.addWidget(self.currency_error, 1)
        form.addRow(self.tr("Currency"), currency_row)
        layout.addLayout(form)

        self.table = QTableWidget(12, 3)
        self.table.setObjectName("monthRates")
        self.table.setAccessibleName(self.tr("Monthly prices"))
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Override"), self.tr("Effective price")])
        override_header = self.table.horizontalHeaderItem(OVERRIDE)
        if override_header is not None:
            override_header.setToolTip(clear_note())
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (_name, key) in enumerate(self._months):
            first = date.fromisoformat(key + "-01")
            month = QTableWidgetItem(self.tr("{month} {year}").format(
                month=QLocale().standaloneMonthName(first.month), year=first.year))
            month.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, month)
            self.table.setItem(row, OVERRIDE, QTableWidgetItem(""))
            effective = QTableWidgetItem("")
            effective.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, EFFECTIVE, effective)
        layout.addWidget(self.table, 1)
        self.month_error = _error_label("monthPriceError")
        layout.addWidget(self.month_error)

        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Selected months:")))
        self.bulk_value = QLineEdit()
        self.bulk_value.setObjectName("bulkValue")
        self.bulk_value.setPlaceholderText(self.tr("price or percent"))
        self.bulk_value.setAccessibleName(self.tr("Price or percent for the selected months"))
        self.bulk_value.setMaximumWidth(130)
        self.set_button = QPushButton(self.tr("Set price"))
        self.raise_button = QPushButton(self.tr("+ %"))
        self.raise_button.setAccessibleName(self.tr("Raise by percent"))
        self.lower_button = QPushButton(self.tr("− %"))
        self.lower_button.setAccessibleName(self.tr("Lower by percent"))
        self.base_button = QPushButton(self.tr("Set to base price"))
        self.base_button.setObjectName("setToBase")
        self.base_button.setToolTip(clear_note())
        for w in (self.bulk_value, self.set_button, self.raise_button, self.lower_button, self.base_button):
            bulk.addWidget(w)
        bulk.addStretch(1)
        layout.addLayout(bulk)
        self.bulk_error = _error_label("bulkError")
        layout.addWidget(self.bulk_error)
        note = QLabel(clear_note())
        note.setObjectName("clearNote")
        note.setWordWrap(True)
        theme.tint(note, "muted")
        layout.addWidget(note)
        self.push_button = QPushButton(self.tr("Push rates"))
        self.push_button.setObjectName("pushRates")
        layout.addWidget(self.push_button)
        self.state = QLabel()
        self.state.setObjectName("ratesState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.room.currentIndexChanged.connect(lambda _i: self._fill())
        self.base_price.textChanged.connect(lambda _t: self._validate())
        self.currency.textChanged.connect(lambda _t: self._validate())
        self.table.itemChanged.connect(lambda _item: self._validate())
        self.set_button.clicked.connect(lambda: self._bulk("set"))
        self.raise_button.clicked.connect(lambda: self._bulk("up"))
        self.lower_button.clicked.connect(lambda: self._bulk("down"))
        self.base_button.clicked.connect(lambda: self._bulk("base"))
        self.push_button.clicked.connect(lambda: self.request_push(allow_zero=False))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is created in _build
        return item

    # ------------------------------------------------------------------ content
    def set_rooms(
        self, listings: dict[str, Listing], rooms: list[RoomType], currencies: dict[str, str | None]
    ) -> None:
        """Offer ``rooms``; ``currencies`` is what each listing's bookings are paid in (the fallback default)."""
        self._listings, self._rooms, self._currencies = listings, rooms, currencies
        current = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        for room in rooms:
            listing = listings.get(room.listing_id)
            name = display_name(listing) if listing else room.listing_id
            room_name = room.name or self.tr("Room type {id}").format(id=room.id)
            self.room.addItem(self.tr("{listing} · {room}").format(listing=name, room=room_name), room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(current)))
        self.room.blockSignals(False)
        if self.selected_room() != self._shown:
            self._fill()  # another room type, or its stored prices changed (an import, an accepted push)

    def selected_room(self) -> RoomType | None:
        return next((r for r in self._rooms if r.id == self.room.currentData()), None)

    def month_row(self, month: str) -> int:
        """The table row of ``jan``...``dec``."""
        return next(n for n, (name, _key) in enumerate(self._months) if name == month)

    def _stored(self, room: RoomType) -> Texts:
        """The field texts the cache gives ``room``, keyed as :class:`RateEdits` keys them."""
        texts = {
            "base_price": "" if room.base_price is None else f"{room.base_price:f}",
            "currency": room.currency or self._currencies.get(room.listing_id) or "",
        }
        for _name, key in self._months:
            price = room.monthly_prices.get(key)
            texts[key] = "" if price is None else f"{price:f}"
        return texts

    def _typed(self) -> Texts:
        """The field texts as they read now."""
        texts = {"base_price": self.base_price.text(), "currency": self.currency.text()}
        for row, (_name, key) in enumerate(self._months):
            texts[key] = self._cell(row, OVERRIDE).text()
        return texts

    def _fill(self) -> None:
        """Show the selected room type's stored prices with its edits not pushed yet laid over them."""
        room = self.selected_room()
        self._shown = room
        shown = {} if room is None else self.edits.shown(room.id, self._stored(room))
        self._filling = True
        try:
            self.base_price.setText(shown.get("base_price", ""))
            self.currency.setText(shown.get("currency", ""))
            for row, (_name, key) in enumerate(self._months):
                self._cell(row, OVERRIDE).setText(shown.get(key, ""))
        finally:
            self._filling = False
        self._validate()

    # ------------------------------------------------------------------ checks
    def _base(self) -> Decimal | None:
        text = self.base_price.text().strip()
        return parse_price(text, "base_price") if text else None

    def _overrides(self) -> tuple[dict[str, Decimal], list[str]]:
        """Months with a price typed, and months whose stored override was emptied (a removal)."""
        room = self.selected_room()
        months: dict[str, Decimal] = {}
        cleared: list[str] = []
        for row, (name, key) in enumerate(self._months):
            text = self._cell(row, OVERRIDE).text().strip()
            if text:
                months[name] = parse_price(text, f"price_{name}")
            elif room is not None and key in room.monthly_prices:
                cleared.append(name)
        return months, cleared

    def _validate(self) -> bool:
        """Check every field where it is typed and refresh the effective prices; True when all are valid."""
        if self._filling:
            return False
        ok = True
        try:
            base = self._base()
            _show(self.base_error, None)
        except PushInputError as err:
            base, ok = None, False
            _show(self.base_error, err.message)
        code = self.currency.text().strip().upper()
        from colivingdesk.sync.currency import is_currency

        if code and not is_currency(code):
            _show(self.currency_error, self.tr("{code} is not an ISO 4217 currency code").format(code=code))
            ok = False
        else:
            _show(self.currency_error, None)
        room = self.selected_room()
        unpushed = {} if room is None else self.edits.update(room.id, self._stored(room), self._typed())
        self._filling = True
        try:
            problems = []
            for row, (name, key) in enumerate(self._months):
                text = self._cell(row, OVERRIDE).text().strip()
                month = self._cell(row, 0).text()
                price: Decimal | None = None
                try:
                    price = parse_price(text, f"price_{name}") if text else base
                except PushInputError as err:
                    problems.append(self.tr("{month}: {problem}").format(month=month, problem=err.message))
                if not text and room is not None and key in room.monthly_prices:
                    # An emptied stored override: refused at its row, in words (see the module docstring).
                    problems.append(self.tr("{month}: {problem}").format(month=month, problem=cleared_text()))
                    shown = self.tr("{price} (override kept: cannot be removed)").format(
                        price=f"{room.monthly_prices[key]:f}")
                elif price is None:
                    shown = ""
                elif text and key in unpushed:
                    shown = self.tr("{price} (not pushed)").format(price=f"{price:f}")
                elif text:
                    shown = self.tr("{price} (override)").format(price=f"{price:f}")
                elif "base_price" in unpushed:
                    shown = self.tr("{price} (base, not pushed)").format(price=f"{price:f}")
                else:
                    shown = self.tr("{price} (base)").format(price=f"{price:f}")
                self._cell(row, EFFECTIVE).setText(shown)
        finally:
            self._filling = False
        _show(self.month_error, "; ".join(problems) or None)
        ok = ok and not problems
        self.push_button.setEnabled(ok and self.selected_room() is not None)
        self._show_state(unpushed)
        return ok

    # ------------------------------------------------------------------ state line
    def _show_state(self, unpushed: Texts) -> None:
        """Count the edits not pushed yet; the last push's state only for its room type, named as earlier."""
        room = self.selected_room()
        push = self._push if room is not None and self._push is not None and self._push[0] == room.id else None
        if not unpushed:
            self.state.setText(push[1] if push else "")
            theme.tint(self.state, push[2] if push else "muted")
            return
        names = [label for key, label in (("base_price", self.tr("Base price")), ("currency", self.tr("Currency")))
                 if key in unpushed]
        names += [self._cell(row, 0).text() for row, (_name, key) in enumerate(self._months) if key in unpushed]
        text = self.tr("%n changes not pushed yet: {fields}.", "", len(unpushed)).format(fields=", ".join(names))
        if push:
            text += "\n" + self.tr("Earlier push: {state}").format(state=push[1])
        self.state.setText(text)
        theme.tint(self.state, "warn")

    def queued(self, plan: RatesPlan, text: str) -> None:
        """``plan`` is in the outbox: its values are no longer unpushed; ``text`` says where it stands."""
        keys = {"base_price": "base_price", "currency": "currency"}
        keys.update((f"price_{name}", key) for name, key in self._months)
        sent = {keys[field]: value for field, value in plan.fields().items() if field in keys}
        self.edits.sent(plan.room_type_id, sent)
        self._push = (plan.room_type_id, text, "muted")
        self._validate()

    def push_state(self, text: str, accent: str) -> None:
        """The outbox moved the last push queued: ``accent`` "error" means its values were not applied."""
        if self._push is None:
            return
        room_id = self._push[0]
        self._push = (room_id, text, accent)
        if accent == "error":
            self.edits.failed(room_id)
        self._validate()

    # ------------------------------------------------------------------ bulk edits
    def _bulk(self, how: str) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            _show(self.bulk_error, self.tr("Select the months to change first."))
            return
        if how == "base":
            try:
                base_price = self._base()
            except PushInputError as err:
                _show(self.bulk_error, err.message)
                return
            if base_price is None:
                _show(self.bulk_error, self.tr("Give the base price first."))
                return
            _show(self.bulk_error, None)
            for row in rows:
                self._cell(row, OVERRIDE).setText(f"{base_price:f}")
            return
        try:
            number = parse_price(self.bulk_value.text(), "price" if how == "set" else "percent")
        except PushInputError as err:
            _show(self.bulk_error, err.message)
            return
        _show(self.bulk_error, None)
        base = None
        with contextlib.suppress(PushInputError):
            base = self._base()
        for row in rows:
            item = self._cell(row, OVERRIDE)
            if how == "set":
                item.setText(f"{number:f}")
                continue
            text = item.text().strip()
            current = Decimal(text) if text else base
            if current is None:
                continue
            factor = 1 + number / 100 if how == "up" else 1 - number / 100
            item.setText(f"{max(current * factor, Decimal(0)).quantize(Decimal('0.01')):f}")

    # ------------------------------------------------------------------ push
    def request_push(self, *, allow_zero: bool) -> None:
        """Plan the row; a 0 price first asks; a refusal lands next to its field."""
        room = self.selected_room()
        if room is None or not self._validate():
            return
        months, cleared = self._overrides()
        try:
            plan = plan_rates(
                self._listings.get(room.listing_id),
                room,
                room.listing_id,
                room.id,
                base=self._base(),
                currency=self.currency.text().strip() or None,
                months=months,
                clear=cleared,
                allow_zero=allow_zero,
                booking_currency=self._currencies.get(room.listing_id),
            )
        except PushInputError as err:
            if not allow_zero and err.code == ZERO_PRICE:
                self._ask_zero(err.field)
                return
            self._place(err)
            return
        self.submit.emit(plan)

    def _ask_zero(self, field: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Offer for free?"),
            self.tr("{field} is 0: the room would be offered for free on Coliving.com. Send 0 anyway?").format(
                field=self.field_name(field)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("zeroPriceQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(box, button))
        box.finished.connect(lambda _r: box.deleteLater())
        self.zero_question = box
        box.open()

    def _answered(self, box: QMessageBox, button: Any) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.request_push(allow_zero=True)

    def _place(self, err: PushInputError) -> None:
        self.place_error(err.field, err.message)

    def place_error(self, field: str, message: str) -> None:
        """Show a refusal next to the field it concerns (``base_price``, ``currency``, ``price_jan``...)."""
        if field == "base_price":
            _show(self.base_error, message)
        elif field == "currency":
            _show(self.currency_error, message)
        else:
            _show(self.month_error, self.tr("{field}: {message}").format(field=self.field_name(field), message=message))

    def field_name(self, field: str) -> str:
        """The words for a field the sync layer names by its key: "The base price", "January 2027"."""
        if field == "base_price":
            return self.tr("The base price")
        if field == "currency":
            return self.tr("The currency")
        month = field.removeprefix("price_")
        if any(name == month for name, _key in self._months):
            item = self.table.item(self.month_row(month), 0)
            if item is not None:
                return item.text()
        return field


__all__ = ["RatesPanel", "RatesPlan", "accepted_text", "clear_note"]
