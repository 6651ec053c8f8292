"""Help → Keyboard shortcuts: every shortcut the window has registered, read from its actions and shortcuts.

The list is built from the ``QAction``/``QShortcut`` objects themselves (their keys and their text or
``whatsThis``) rather than from a table kept by hand, so a shortcut added, changed or removed anywhere in the
window shows up here as it is, and the list cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui.sizing import fit_text


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    keys: str  # as the platform writes them ("Ctrl+K"), several joined by " or " (translated)
    action: str
    where: str


def _either(keys: list[str]) -> str:
    """Several key combinations doing one thing, in the window's language ("Ctrl+K or Ctrl+F")."""
    return QCoreApplication.translate("ShortcutsDialog", " or ", "between two key combinations").join(keys)


def _keys(sequences: list[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()]
    return _either(list(dict.fromkeys(texts)))


def collect_shortcuts(root: QWidget, where: Callable[[QObject | None], str]) -> list[ShortcutRow]:
    """Every action or shortcut under ``root`` that has keys, with what it does and where it works.

    ``where`` names the part of the window an object belongs to (the window itself: anywhere).
    """
    found: list[tuple[str, str, str]] = []  # (keys, action, where)
    for action in root.findChildren(QAction):
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
        found.append((_keys(action.shortcuts()), text, where(action.parent())))
    for shortcut in root.findChildren(QShortcut):
        found.append((_keys(shortcut.keys()), shortcut.whatsThis(), where(shortcut.parent())))
    # Several objects doing one thing in one place (Ctrl+/ and Ctrl+Shift+R) make one row.
    keys_of: dict[tuple[str, str], list[str]] = {}
    for keys, text, place in found:
        if keys and text:
            listed = keys_of.setdefault((text, place), [])
            if keys not in listed:
                listed.append(keys)
    rows = {k: ShortcutRow(_either(v), k[0], k[1]) for k, v in keys_of.items()}
    return sorted(rows.values(), key=lambda r: (r.where != "", r.where, r.action.casefold()))


class ShortcutsDialog(QDialog):
    """A read-only table: keys, what they do, where they work. Non-modal, so it can stay open beside work."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Tab and Shift+Tab move between controls; arrow keys move within lists and tables; "
            "Enter or Space activates the focused button."
        ))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab reaches Close
        anywhere = self.tr("Anywhere")
        for number, row in enumerate(rows):
            for column, text in enumerate((row.keys, row.action, row.where or anywhere)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(number, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_text(self, 100, 30)  # in the user's font, within the screen (see ui.sizing)
        self._name_controls()

    def _name_controls(self) -> None:
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("%n shortcuts: keys, action and where it works", "",
                                                    self.table.rowCount()))

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table lists, row by row (keys, action, where)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]
