"""Room options of a listing: a type and a monthly price each, edited in a small table.

Prices are shown and typed in dollars but held as integer cents from the moment they are parsed
(:func:`~colivingdesk.ui.dialogs.listing_fields.parse_dollars`), so no float ever sits between what the user
typed and what is sent. The type column offers ``PRIVATE`` plus any other type the listing already had: the
document only shows ``PRIVATE``, and a type the channel added later must survive an edit made without knowing
it. Types are shown in words ("Private room"); the channel's code is what the row holds and sends.

A price that cannot be read (``-5``, ``12.345``) is never thrown away: the cell keeps showing what was typed,
marked in the error colour with the reason as its tooltip, and the row's price counts as missing, so the
editor refuses to save it and says why next to the table. The typed text lives in the row under a private key
that :meth:`RoomOptionsModel.options` strips, so it can never reach the channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui import theme
from colivingdesk.ui.dialogs.listing_fields import (
    KNOWN_ROOM_TYPES,
    MoneyError,
    format_dollars,
    parse_dollars,
    price_text,
    room_type_choices,
    room_type_label,
)

ModelIndex = QModelIndex | QPersistentModelIndex
TYPE_COLUMN, PRICE_COLUMN = 0, 1
CentsRole = Qt.ItemDataRole.UserRole + 1
#: Row keys the model keeps for itself: what was typed in the price cell and why it is not a price.
_TYPED, _PROBLEM = "colivingdesk:typed", "colivingdesk:problem"
_PRIVATE = (_TYPED, _PROBLEM)


class RoomOptionsModel(QAbstractTableModel):
    """Rows are room option dicts in API names: ``type``, ``priceMonthly`` (cents or None), unknown keys."""

    invalidInput = Signal(int, str)

    HEADERS = (
        str(QT_TRANSLATE_NOOP("RoomOptionsModel", "Room type")),
        str(QT_TRANSLATE_NOOP("RoomOptionsModel", "Monthly price (USD)")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def options(self) -> list[dict[str, Any]]:
        """The rows in API names; a price still being corrected is ``None`` (see :meth:`problems`)."""
        return [{k: v for k, v in row.items() if k not in _PRIVATE} for row in self._rows]

    def problems(self) -> list[tuple[int, str]]:
        """``(row, reason)`` for each price cell holding text that is not a price."""
        return [(n, str(row[_PROBLEM])) for n, row in enumerate(self._rows) if row.get(_PROBLEM)]

    def typed_prices(self) -> dict[int, str]:
        """``{row: text}`` for each price cell holding text that is not a price, for a draft to keep."""
        return {n: str(row[_TYPED]) for n, row in enumerate(self._rows) if row.get(_TYPED) is not None}

    def set_options(self, options: list[dict[str, Any]], typed_prices: Mapping[int, str] | None = None) -> None:
        """Show ``options``; ``typed_prices`` (from :meth:`typed_prices`) puts back text that was not a price,
        marked again with its reason, so a restored draft shows what was typed rather than an empty cell."""
        self.beginResetModel()
        self._rows = [dict(option) for option in options]
        for row, text in (typed_prices or {}).items():
            if 0 <= row < len(self._rows):
                self._read_price(self._rows[row], text)
        self.endResetModel()

    def type_choices(self) -> list[str]:
        return room_type_choices(str(row.get("type", "")) for row in self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == TYPE_COLUMN:
            value = str(row.get("type", ""))
            if role == Qt.ItemDataRole.DisplayRole:
                return room_type_label(value)
            if role == Qt.ItemDataRole.EditRole:  # the code: what is stored and sent
                return value
            if role == Qt.ItemDataRole.ToolTipRole and value not in KNOWN_ROOM_TYPES:
                return self.tr("A room type BookMyColiving sent that this app does not know; it is kept as it is.")
            return None
        cents = row.get("priceMonthly")
        typed = row.get(_TYPED)
        if typed is not None:
            return self._typed_data(str(typed), str(row.get(_PROBLEM, "")), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Enter a price") if cents is None else price_text(int(cents))
        if role == Qt.ItemDataRole.EditRole:
            return "" if cents is None else format_dollars(int(cents))
        if role == CentsRole:
            return cents
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _typed_data(typed: str, problem: str, role: int) -> object:
        """A price cell holding text that is not a price: the text as typed, in the error colour."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return typed
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.DecorationRole:  # still marked when the row is selected and recoloured
            app = QApplication.instance()
            return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) \
                if isinstance(app, QApplication) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.accents().error
        if role == Qt.ItemDataRole.BackgroundRole:
            error = QColor(theme.accents().error)
            error.setAlpha(40)
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if index.column() == TYPE_COLUMN:
            text = str(value).strip()
            if not text:
                return False
            row["type"] = text
        else:
            problem = self._read_price(row, value)
            if problem:
                self.dataChanged.emit(index, index)
                self.invalidInput.emit(index.row(), problem)
                return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    @staticmethod
    def _read_price(row: dict[str, Any], value: Any) -> str:
        """Put ``value`` (cents, or text as typed) in ``row``'s price; the reason when the text is not a price."""
        row.pop(_TYPED, None)
        row.pop(_PROBLEM, None)
        if isinstance(value, int) and not isinstance(value, bool):
            row["priceMonthly"] = value
        elif not str(value).strip():
            row["priceMonthly"] = None  # emptied: "Enter a price" again, and Save says a price is missing
        else:
            try:
                row["priceMonthly"] = parse_dollars(str(value))
            except MoneyError as err:
                # Kept as typed and marked; the old price is not silently put back in its place.
                row.update({"priceMonthly": None, _TYPED: str(value), _PROBLEM: str(err)})
                return str(err)
        return ""

    def add_option(self, room_type: str = KNOWN_ROOM_TYPES[0]) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"type": room_type, "priceMonthly": None})
        self.endInsertRows()
        return row

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True


class RoomOptionDelegate(QStyledItemDelegate):
    """A combo for the type (known plus this listing's own types) and a dollars field for the price."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        model = index.model()
        if index.column() == TYPE_COLUMN and isinstance(model, RoomOptionsModel):
            combo = QComboBox(parent)
            for code in model.type_choices():
                combo.addItem(room_type_label(code), code)
            return combo
        editor = QLineEdit(parent)
        editor.setPlaceholderText("800.00")
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(str(value))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RoomOptionsWidget(QWidget):
    """The table plus Add and Remove buttons; ``changed`` fires after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RoomOptionsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("roomOptions")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomOptionDelegate(self.view))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # arrows move between cells, F2 edits; Tab leaves the table
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed | QTableView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TYPE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.add_button = QPushButton(self.tr("Add room option"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.model.rowsRemoved.connect(lambda *_: self.changed.emit())
        self.model.rowsInserted.connect(lambda *_: self.changed.emit())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._fit_height)
        self._update_buttons()
        self._fit_height()
        self._name_controls()

    def _name_controls(self) -> None:
        self.view.setAccessibleName(self.tr("Room options"))
        self.view.setAccessibleDescription(self.tr("Room type and monthly price of each option; F2 edits a cell"))
        self.add_button.setAccessibleName(self.tr("Add room option"))
        self.remove_button.setAccessibleName(self.tr("Remove room option"))

    def options(self) -> list[dict[str, Any]]:
        return self.model.options()

    def _fit_height(self, *_args: object) -> None:
        """As tall as its rows (most listings have one to three), scrolling only past six."""
        rows = min(max(self.model.rowCount(), 1), 6)
        header = self.view.horizontalHeader().sizeHint().height()
        frame = self.view.frameWidth() * 2
        self.view.setFixedHeight(header + rows * self.view.verticalHeader().defaultSectionSize() + frame)

    def set_options(self, options: list[dict[str, Any]], typed_prices: Mapping[int, str] | None = None) -> None:
        self.model.set_options(options, typed_prices)

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def _add(self) -> None:
        row = self.model.add_option()
        index = self.model.index(row, PRICE_COLUMN)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.removeRow(row)
