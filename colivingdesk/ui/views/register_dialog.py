"""The listing register edited in the window: names, unit counts, stay minimum, currency, base price and the
BookMyColiving property each Coliving.com listing is.

Coliving.com cannot be asked for a host's listings, so what staff type here is what the calendar counts free units
with. Every field is checked as it is typed, by the same rules as the import (:mod:`colivingdesk.sync.register_edits`):
a wrong value is marked on its cell and spelt out under its table, and the mark goes as soon as the value is
fixed. Saving runs on the Service's store thread; the calendar re-reads from the change it announces.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Property
from colivingdesk.store import Listing, RoomType, Store
from colivingdesk.sync.register_edits import (
    FieldError,
    ListingEdit,
    RoomEdit,
    parse_amount,
    parse_count,
    parse_currency,
)
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext

_PROPERTIES_LIMIT = 500
# Listing table columns
L_ID, L_NAME, L_STAY, L_PROPERTY = range(4)
# Room type table columns
R_LISTING, R_ID, R_NAME, R_UNITS, R_CURRENCY, R_PRICE = range(6)


@dataclass(frozen=True, slots=True)
class RegisterRecords:
    """What the editor starts from (read on the store thread)."""

    listings: list[Listing]
    rooms: list[RoomType]
    properties: list[Property]


def read_register(reader: Store) -> RegisterRecords:
    return RegisterRecords(
        reader.list_listings(), reader.list_room_types(), reader.page_properties(None, None, _PROPERTIES_LIMIT)
    )


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class RegisterDialog(QDialog):
    """Two tables (listings, room types), an error line under each, Save and Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setObjectName("registerEditor")
        self.setWindowTitle(self.tr("Listings and room types"))
        self.resize(900, 560)
        self.records = RegisterRecords([], [], [])
        self.errors: dict[tuple[str, int, int], str] = {}  # (table, row, column) -> message
        self._filling = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Coliving.com cannot tell us your listings: name them here, give each room type its number of rooms "
            "(units) and link a listing to the BookMyColiving property it is, so both show as one house."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.listings = QTableWidget(0, 4)
        self.listings.setObjectName("registerListings")
        self.listings.setAccessibleName(self.tr("Listings"))
        self.listings.setHorizontalHeaderLabels(
            [self.tr("Listing"), self.tr("Name"), self.tr("Stay minimum (nights)"), self.tr("BookMyColiving property")]
        )
        layout.addWidget(self.listings, 2)
        self.listing_error = self._error_label("registerListingError")
        layout.addWidget(self.listing_error)
        self.rooms = QTableWidget(0, 6)
        self.rooms.setObjectName("registerRooms")
        self.rooms.setAccessibleName(self.tr("Room types"))
        self.rooms.setHorizontalHeaderLabels([
            self.tr("Listing"), self.tr("Room type"), self.tr("Name"), self.tr("Units"), self.tr("Currency"),
            self.tr("Base price"),
        ])
        layout.addWidget(self.rooms, 3)
        self.room_error = self._error_label("registerRoomError")
        layout.addWidget(self.room_error)
        for table in (self.listings, self.rooms):
            table.verticalHeader().hide()
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.itemChanged.connect(lambda _item: self.validate())
        self.state = QLabel()
        self.state.setObjectName("registerState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("registerSave")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {theme.accents().error.name()};")
        label.hide()
        return label

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and not self.errors and self.listings.rowCount() > 0)

    # ------------------------------------------------------------------ content
    @async_slot()
    async def load(self) -> None:
        """Read the register off the UI thread and fill both tables."""
        self.fill(await in_executor(read_register, self.ctx.reader))

    def fill(self, records: RegisterRecords) -> None:
        self.records = records
        self._filling = True
        try:
            self.listings.setRowCount(len(records.listings))
            for row, listing in enumerate(records.listings):
                shown = listing.id if listing.registered else self.tr("{id} (unnamed, from bookings)").format(
                    id=listing.id
                )
                ident = _fixed(shown)
                ident.setData(Qt.ItemDataRole.UserRole, listing.id)
                self.listings.setItem(row, L_ID, ident)
                self.listings.setItem(row, L_NAME, QTableWidgetItem(listing.name))
                stay = "" if listing.stay_min is None else str(listing.stay_min)
                self.listings.setItem(row, L_STAY, QTableWidgetItem(stay))
                combo = QComboBox()
                combo.setAccessibleName(self.tr("BookMyColiving property of listing {id}").format(id=listing.id))
                combo.addItem(self.tr("Not linked"), None)
                for prop in records.properties:
                    combo.addItem(self.tr("{name} ({id})").format(name=prop.name or prop.id, id=prop.id), prop.id)
                if listing.bmc_property_id and combo.findData(listing.bmc_property_id) < 0:
                    combo.addItem(listing.bmc_property_id, listing.bmc_property_id)  # not (yet) in the cache
                combo.setCurrentIndex(max(0, combo.findData(listing.bmc_property_id)))
                self.listings.setCellWidget(row, L_PROPERTY, combo)
            names = {item.id: item.name or item.id for item in records.listings}
            self.rooms.setRowCount(len(records.rooms))
            for row, room in enumerate(records.rooms):
                self.rooms.setItem(row, R_LISTING, _fixed(names.get(room.listing_id, room.listing_id)))
                ident = _fixed(room.id)
                ident.setData(Qt.ItemDataRole.UserRole, room.listing_id)
                self.rooms.setItem(row, R_ID, ident)
                self.rooms.setItem(row, R_NAME, QTableWidgetItem(room.name))
                self.rooms.setItem(row, R_UNITS, QTableWidgetItem("" if room.units is None else str(room.units)))
                self.rooms.setItem(row, R_CURRENCY, QTableWidgetItem(room.currency or ""))
                price = "" if room.base_price is None else f"{room.base_price:f}"
                self.rooms.setItem(row, R_PRICE, QTableWidgetItem(price))
        finally:
            self._filling = False
        self.validate()

    def row_of_room(self, room_type_id: str) -> int:
        return next((r for r in range(self.rooms.rowCount()) if self._text(self.rooms, r, R_ID) == room_type_id), -1)

    def row_of_listing(self, listing_id: str) -> int:
        return next(
            (r for r in range(self.listings.rowCount())
             if self._item(self.listings, r, L_ID).data(Qt.ItemDataRole.UserRole) == listing_id),
            -1,
        )

    def property_choice(self, row: int) -> QComboBox:
        combo = self.listings.cellWidget(row, L_PROPERTY)
        assert isinstance(combo, QComboBox)
        return combo

    @staticmethod
    def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None  # every cell is created in fill
        return item

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        return self._item(table, row, column).text()

    # ------------------------------------------------------------------ checks
    def validate(self) -> bool:
        """Check every editable cell; mark the wrong ones and say why under their table. True when all are fine."""
        if self._filling:
            return False
        self.errors = {}
        checks = {
            ("listings", L_STAY): (parse_count, self.tr("Stay minimum")),
            ("rooms", R_UNITS): (parse_count, self.tr("Units")),
            ("rooms", R_CURRENCY): (parse_currency, self.tr("Currency")),
            ("rooms", R_PRICE): (parse_amount, self.tr("Base price")),
        }
        self._filling = True
        try:
            for (which, column), (check, label) in checks.items():
                table = self.listings if which == "listings" else self.rooms
                for row in range(table.rowCount()):
                    item = self._item(table, row, column)
                    try:
                        check(item.text())
                    except FieldError as err:
                        who = self._text(table, row, R_ID if which == "rooms" else L_ID)
                        self.errors[(which, row, column)] = self.tr("{field} of {who}: {problem}").format(
                            field=label, who=who, problem=str(err)
                        )
                    self._mark(item, self.errors.get((which, row, column)))
        finally:
            self._filling = False
        for which, line in (("listings", self.listing_error), ("rooms", self.room_error)):
            messages = [text for (table, _r, _c), text in sorted(self.errors.items()) if table == which]
            line.setText("\n".join(messages))
            line.setVisible(bool(messages))
        self.save_button.setEnabled(not self.errors and self.listings.rowCount() > 0)
        return not self.errors

    @staticmethod
    def _mark(item: QTableWidgetItem, error: str | None) -> None:
        if error:
            colour = QColor(theme.accents().error)
            colour.setAlpha(70)
            item.setBackground(QBrush(colour))
        else:
            item.setBackground(QBrush())
        item.setToolTip(error or "")

    # ------------------------------------------------------------------ save
    def edits(self) -> tuple[list[ListingEdit], list[RoomEdit]]:
        listings = [
            ListingEdit(
                id=str(self._item(self.listings, row, L_ID).data(Qt.ItemDataRole.UserRole)),
                name=self._text(self.listings, row, L_NAME),
                stay_min=parse_count(self._text(self.listings, row, L_STAY)),
                bmc_property_id=self.property_choice(row).currentData(),
            )
            for row in range(self.listings.rowCount())
        ]
        rooms = [
            RoomEdit(
                id=self._text(self.rooms, row, R_ID),
                listing_id=str(self._item(self.rooms, row, R_ID).data(Qt.ItemDataRole.UserRole)),
                name=self._text(self.rooms, row, R_NAME),
                units=parse_count(self._text(self.rooms, row, R_UNITS)),
                currency=parse_currency(self._text(self.rooms, row, R_CURRENCY)),
                base_price=parse_amount(self._text(self.rooms, row, R_PRICE)),
            )
            for row in range(self.rooms.rowCount())
        ]
        return listings, rooms

    @async_slot()
    async def save(self) -> None:
        if not self.validate():
            return
        listings, rooms = self.edits()
        self.state.setText(self.tr("Saving…"))
        await self.ctx.service.save_register(listings, rooms)
        self.state.setText(self.tr("Saved."))
        self.accept()
