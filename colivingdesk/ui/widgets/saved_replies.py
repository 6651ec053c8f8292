"""The composer's saved replies: a menu button, a type-ahead picker (Ctrl+/ or Ctrl+Shift+R) and the
highlighting of placeholders still to fill.

The list is read when the menu or picker opens (a few rows from the local cache), so a reply added in the
manager is there the next time without any signal plumbing. Choosing a reply only emits it: the composer
fills and inserts it, because only the composer knows where the cursor is and what blocks sending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.store import SavedReply
from colivingdesk.templates import spans
from colivingdesk.ui import formatting, theme

ReplyRole = Qt.ItemDataRole.UserRole + 1
SHORTCUTS = ("Ctrl+/", "Ctrl+Shift+R")
MENU_PREVIEW_CHARS = 60
#: Marks a favourite saved reply (a person's own choice, see ``store.people``).
STAR = "★"


def favourites_first(replies: Iterable[SavedReply], favourites: set[int]) -> list[SavedReply]:
    """The person's favourites first, each group in the store's order (by title)."""
    replies = list(replies)
    return [r for r in replies if r.id in favourites] + [r for r in replies if r.id not in favourites]


def shown_title(reply: SavedReply, favourites: set[int]) -> str:
    return f"{STAR} {reply.title}" if reply.id in favourites else reply.title


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks each ``{placeholder}`` that blocks sending, so the user sees exactly what to replace."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._names: frozenset[str] = frozenset()
        self._format = QTextCharFormat()
        warn = theme.accents().warn
        self._format.setBackground(QColor(warn.red(), warn.green(), warn.blue(), 70))
        self._format.setFontWeight(700)

    def set_names(self, names: Iterable[str]) -> None:
        names = frozenset(names)
        if names != self._names:
            self._names = names
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, end in spans(text, self._names):
            self.setFormat(start, end - start, self._format)


class SavedReplyPickerPopup(QFrame):
    """A filterable list of saved replies; Enter emits ``chosen(SavedReply)`` and hides the popup."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("savedReplyPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._anchor = parent
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 6, 6, 6)
        self.input = QLineEdit()
        self.input.setObjectName("savedReplyFilter")
        self.input.setPlaceholderText(self.tr("Type to find a saved reply"))
        self.input.setClearButtonEnabled(True)
        v.addWidget(self.input)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)  # title and text, so a word of the body finds it
        self.results = QListView()
        self.results.setObjectName("savedReplyResults")
        self.results.setModel(self.proxy)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.results, 1)
        self.hint = QLabel()
        theme.tint(self.hint, "muted")
        v.addWidget(self.hint)
        self.input.textChanged.connect(self._filter)
        self.input.returnPressed.connect(self.choose_current)
        self.input.installEventFilter(self)
        self.results.activated.connect(lambda index: self._choose(index.data(ReplyRole)))
        self._name_controls()

    def _name_controls(self) -> None:
        self.input.setAccessibleName(self.tr("Find a saved reply"))
        self.results.setAccessibleName(self.tr("Saved replies"))
        self.results.setAccessibleDescription(self.tr("Enter inserts the selected reply, Escape closes"))

    def set_replies(self, replies: list[SavedReply], favourites: set[int] | None = None) -> None:
        self.model.clear()
        for reply in replies:
            item = QStandardItem(shown_title(reply, favourites or set()))
            item.setData(f"{reply.title}\n{reply.body}", Qt.ItemDataRole.ToolTipRole)
            item.setData(reply, ReplyRole)
            self.model.appendRow(item)

    def popup(self, replies: list[SavedReply], favourites: set[int] | None = None) -> None:
        """Show above the anchor (the composer), filter cleared, first reply selected."""
        self.set_replies(replies, favourites)
        self.input.clear()
        self._filter("")
        anchor = self._anchor
        width = max(320, min(520, anchor.width()))
        self.resize(width, 280)
        top_left = anchor.mapToGlobal(anchor.rect().topLeft())
        self.move(top_left.x(), max(0, top_left.y() - self.height()))
        self.show()
        self.raise_()
        self.input.setFocus()

    def titles(self) -> list[str]:
        """The titles listed under the current filter (what the user sees)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.results.setCurrentIndex(self.proxy.index(0, 0))
            self.hint.setText(self.tr("Enter inserts the selected reply · Esc closes"))
        elif self.model.rowCount():
            self.hint.setText(self.tr("No saved reply matches."))
        else:
            self.hint.setText(self.tr("No saved replies yet: add some with Manage saved replies."))

    def choose_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._choose(index.data(ReplyRole))

    def _choose(self, reply: object) -> None:
        if isinstance(reply, SavedReply):
            self.hide()
            self.chosen.emit(reply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the filter move through the list, so the hands stay on the keyboard."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                row = self.results.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.proxy.rowCount() - 1, row))
                self.results.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)


class SavedRepliesButton(QToolButton):
    """"Saved replies ▾": one entry per reply, then "Manage saved replies…". Also owns the picker popup."""

    chosen = Signal(object)
    manageRequested = Signal()

    def __init__(self, anchor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedRepliesButton")
        self.setText(self.tr("Saved replies"))
        self.setToolTip(self.tr("Insert a saved reply ({first} or {second} to search them)").format(
            first=SHORTCUTS[0], second=SHORTCUTS[1]
        ))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._source: Callable[[], list[SavedReply]] = list
        self._favourites: Callable[[], set[int]] = set
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("savedRepliesMenu")
        self.menu_.aboutToShow.connect(self._fill_menu)
        self.setMenu(self.menu_)
        self.picker = SavedReplyPickerPopup(anchor)
        self.picker.chosen.connect(self.chosen)

    def set_source(self, source: Callable[[], list[SavedReply]]) -> None:
        self._source = source

    def set_favourites(self, source: Callable[[], set[int]]) -> None:
        """Where the person's favourite replies' ids come from: they are listed first, with a star."""
        self._favourites = source

    def _listed(self) -> tuple[list[SavedReply], set[int]]:
        favourites = self._favourites()
        return favourites_first(self._source(), favourites), favourites

    def open_picker(self) -> None:
        self.picker.popup(*self._listed())

    def _fill_menu(self) -> None:
        self.menu_.clear()
        replies, favourites = self._listed()
        for reply in replies:
            action = self.menu_.addAction(shown_title(reply, favourites))
            action.setToolTip(formatting.one_line(reply.body, MENU_PREVIEW_CHARS))
            action.triggered.connect(lambda _checked=False, r=reply: self.chosen.emit(r))
        if not replies:
            self.menu_.addAction(self.tr("No saved replies yet")).setEnabled(False)
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Search saved replies…"), self.open_picker)
        self.menu_.addAction(self.tr("Manage saved replies…"), self.manageRequested.emit)
