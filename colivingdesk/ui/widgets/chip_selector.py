"""Checkable chips for short reference lists (amenities, coliving types), wrapped like words in a paragraph.

Amenities and coliving types are a dozen items an operator scans at a glance and toggles several of; a row of
chips shows every choice and its state at once, where a multi-select list hides most of them behind a scroll
bar. The lists are short and fixed by the channel's reference data, so a button per item is cheaper than a
model and view.

A selected id the reference data does not (or no longer) contain is kept as its own chip, marked as unknown,
so opening and saving a listing never silently drops a value someone else set.

The chips are one stop for Tab, as a group of options is on every desktop (roving focus): Tab enters on the
chip last used (the first at the start), the arrow keys, Home and End move between chips, Space toggles the
one with the focus, and Tab leaves the group. Twenty amenities are not twenty Tab presses. Each chip keeps its
own accessible name and checked state, so a screen reader says which chip it is on and whether it is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

from colivingdesk.ui import theme

CHIP_STYLE = """
QToolButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; background: palette(base);
}
QToolButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QToolButton[chip="true"][unknown="true"] { font-style: italic; }
QToolButton[chip="true"]:focus {
    border: 2px solid palette(text); padding: 1px 9px; text-decoration: underline;
}
"""
# The focus rule: this style sheet replaces the style's own focus frame, so without it Tab through the amenities
# showed nowhere; a thicker frame in the text colour (never the highlight, which marks a chosen chip) and an
# underline tell the focused chip from a chosen one in every theme.


class FlowLayout(QLayout):
    """Lays children left to right and wraps them onto new lines, like text; Qt ships no such layout."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


#: Keys that move the focus between chips, and by how much (None: to the first or the last).
_MOVES: dict[Qt.Key, int | None] = {
    Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1,
    Qt.Key.Key_Home: None, Qt.Key.Key_End: None,
}


class ChipSelectorWidget(QWidget):
    """A set of checkable chips; :meth:`selected` returns ids in reference order, unknown ids last."""

    selectionChanged = Signal()
    #: Chips were added or replaced (a form puts them back in its Tab order: new widgets go last).
    chipsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._chips: dict[str, QToolButton] = {}
        self._known: list[str] = []
        self._stop: str | None = None  # the chip Tab enters the group on (the one last focused)
        theme.follow(self, CHIP_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the offered choices (``(id, label)`` pairs), keeping what was selected."""
        keep = self.selected()
        for chip in self._chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        self._known = [ident for ident, _ in items]
        for ident, label in items:
            self._add_chip(ident, label, unknown=False)
        self.set_selected(keep, notify=False)
        self._set_stop(self._stop if self._stop in self._chips else None)

    def _add_chip(self, ident: str, label: str, *, unknown: bool) -> QToolButton:
        chip = QToolButton(self)
        chip.setText(label)
        chip.setCheckable(True)
        chip.setObjectName(f"chip-{ident}")
        chip.setProperty("chip", True)
        chip.setProperty("unknown", unknown)
        chip.setAccessibleName(label)
        chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stops on one chip only: see ``_set_stop``
        chip.installEventFilter(self)
        if unknown:
            chip.setToolTip(self.tr("Not in BookMyColiving's current list; kept as it was."))
        chip.toggled.connect(self._on_toggled)
        self._layout.addWidget(chip)
        self._chips[ident] = chip
        if self._stop is None:
            self._set_stop(ident)
        self.chipsChanged.emit()
        return chip

    def _set_stop(self, ident: str | None) -> None:
        """Make ``ident`` (None: the first chip) the group's one Tab stop."""
        if ident is None:
            ident = next(iter(self._chips), None)
        self._stop = ident
        for key, chip in self._chips.items():
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus if key == ident else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QToolButton) or watched not in self._chips.values():
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._set_stop(next(k for k, c in self._chips.items() if c is watched))
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Shift+Tab, Ctrl+...: not a move within the group
            key = Qt.Key(event.key())
            if key in _MOVES:
                self._move(watched, key)
                return True
        return False

    def _move(self, chip: QToolButton, key: Qt.Key) -> None:
        chips = self.chips()
        step = _MOVES[key]
        if step is None:
            target = chips[0] if key == Qt.Key.Key_Home else chips[-1]
        else:
            target = chips[max(0, min(len(chips) - 1, chips.index(chip) + step))]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def chips(self) -> list[QToolButton]:
        """The chips in the order they are shown (the order for Tab: only one of them takes it)."""
        return list(self._chips.values())

    def _on_toggled(self, _checked: bool) -> None:
        self.selectionChanged.emit()

    def set_selected(self, ids: Iterable[str], *, notify: bool = True) -> None:
        wanted = list(dict.fromkeys(ids))
        for ident in wanted:
            if ident not in self._chips:
                self._add_chip(ident, ident, unknown=True)
        for ident, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(ident in wanted)
            chip.blockSignals(False)
        self.updateGeometry()
        if notify:
            self.selectionChanged.emit()

    def selected(self) -> list[str]:
        chosen = [ident for ident in self._known if self._chips[ident].isChecked()]
        chosen += [i for i, chip in self._chips.items() if i not in self._known and chip.isChecked()]
        return chosen

    def chip(self, ident: str) -> QToolButton | None:
        return self._chips.get(ident)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 360)
        return QSize(width, self._layout.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

