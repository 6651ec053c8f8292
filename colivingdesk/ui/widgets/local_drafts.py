"""The "Drafts on this computer" strip: new listings kept in the profile and not sent to BookMyColiving.

A new listing kept as a draft exists nowhere on the channel, so the listings table (which shows the channel's
listings from the cache) cannot show it. Without a place of its own it would be findable only by pressing
"New listing" and hoping. This strip sits above the table while there is at least one such draft, names
each one with when it was last kept and, when a create was attempted, how that went, and offers to reopen
or delete it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui.keyboard import add_enter_action

KeyRole = Qt.ItemDataRole.UserRole + 1
DeletableRole = Qt.ItemDataRole.UserRole + 2
MAX_VISIBLE_ROWS = 4


@dataclass(frozen=True)
class LocalDraft:
    """One new-listing draft as the strip shows it."""

    key: str
    text: str
    #: False while its create is on its way to the channel (deleting the draft would not stop it).
    deletable: bool = True
    tooltip: str = ""


class LocalDraftsWidget(QFrame):
    """The list of new-listing drafts with Open and Delete; hidden while there are none."""

    openDraft = Signal(str)
    deleteDraft = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localDraftsBox")
        title = QLabel(self.tr("Drafts on this computer (not sent to BookMyColiving)"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("localDrafts")
        self.list.setAccessibleName(self.tr("Drafts on this computer"))
        self.open_button = QPushButton(self.tr("Open draft"), self)
        self.open_button.setObjectName("openLocalDraft")
        self.delete_button = QPushButton(self.tr("Delete draft…"), self)
        self.delete_button.setObjectName("deleteLocalDraft")
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 4)
        box.setSpacing(4)
        box.addWidget(title)
        box.addLayout(row)
        self.list.itemDoubleClicked.connect(lambda item: self.openDraft.emit(item.data(KeyRole)))
        add_enter_action(self.list, self.tr("Open the selected draft"), self._emit_open)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._emit_open)
        self.delete_button.clicked.connect(self._emit_delete)
        self._update_buttons()
        self.hide()

    def set_drafts(self, drafts: list[LocalDraft]) -> None:
        """Show ``drafts`` (keeping the current one selected if it is still there)."""
        current = self.current_key()
        self.list.clear()
        for draft in drafts:
            item = QListWidgetItem(draft.text)
            item.setData(KeyRole, draft.key)
            item.setData(DeletableRole, draft.deletable)
            item.setToolTip(draft.tooltip)
            self.list.addItem(item)
        keys = [d.key for d in drafts]
        self.list.setCurrentRow(keys.index(current) if current in keys else 0 if keys else -1)
        rows = min(max(len(drafts), 1), MAX_VISIBLE_ROWS)
        buttons = self.open_button.sizeHint().height() + self.delete_button.sizeHint().height() + 4
        height = rows * (self.list.fontMetrics().height() + 8) + 2 * self.list.frameWidth()
        self.list.setFixedHeight(max(height, buttons))
        self.setVisible(bool(drafts))
        self._update_buttons()

    def keys(self) -> list[str]:
        return [str(self.list.item(row).data(KeyRole)) for row in range(self.list.count())]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KeyRole)) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.list.currentItem()
        self.open_button.setEnabled(item is not None)
        deletable = item is not None and bool(item.data(DeletableRole))
        self.delete_button.setEnabled(deletable)
        self.delete_button.setToolTip(
            "" if deletable or item is None else self.tr("It is being created on BookMyColiving; wait for the answer.")
        )

    def _emit_open(self) -> None:
        key = self.current_key()
        if key is not None:
            self.openDraft.emit(key)

    def _emit_delete(self) -> None:
        key = self.current_key()
        if key is not None:
            self.deleteDraft.emit(key)
