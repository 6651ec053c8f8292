"""Manage saved replies: write, edit and delete them, set the name ``{host_name}`` stands for, and move them
between profiles as a JSON file.

The dialog is opened with ``open()`` (window-modal, no nested event loop) and writes through the read-write
store in the executor, as every UI write does; the list is re-read from the cache after each change, so what
it shows is what the composer will offer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.store import SavedReply, SavedReplyError
from colivingdesk.store.saved_replies import export_data, parse_export
from colivingdesk.templates import PLACEHOLDER_HELP, PLACEHOLDERS
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.seat import seat_of
from colivingdesk.ui.sizing import fit_text
from colivingdesk.ui.widgets.saved_replies import STAR, shown_title

ReplyRole = Qt.ItemDataRole.UserRole + 1


def _write_export(path: Path, replies: list[SavedReply]) -> None:
    path.write_text(json.dumps(export_data(replies), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _read_export(path: Path) -> list[SavedReply]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SavedReplyError(
            QCoreApplication.translate("SavedRepliesDialog", "{file} is not a JSON file ({problem}).").format(
                file=path.name, problem=err
            )
        ) from None
    return parse_export(data)


class SavedRepliesDialog(QDialog):
    """List on the left, the selected reply's title and text on the right, file and name settings below."""

    #: The saved replies changed (added, edited, deleted or imported).
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setObjectName("savedRepliesDialog")
        self.setWindowTitle(self.tr("Saved replies"))
        self._current_id: int | None = None
        self.file_dialog: QFileDialog | None = None
        self._build()
        fit_text(self, 125, 34)  # in the user's font, within the screen (see ui.sizing)
        self.reload()
        self.host_name.setText(ctx.reader.host_name())
        self.new_reply()
        self._name_controls()

    def _name_controls(self) -> None:
        self.list.setAccessibleName(self.tr("Saved replies"))
        self.body.setAccessibleName(self.tr("Reply text"))
        self.body.setAccessibleDescription(self.tr("Placeholders in braces are filled from the conversation"))
        self.insert_placeholder.setAccessibleName(self.tr("Insert placeholder"))
        self.host_name.setAccessibleName(self.tr("Your name for host_name"))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        left = QVBoxLayout()
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("savedRepliesList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new_reply)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("savedReplyDelete")
        self.delete_button.clicked.connect(self.delete_current)
        self.favourite_button = QPushButton()
        self.favourite_button.setObjectName("savedReplyFavourite")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolTip(self.tr("Your favourites come first in the saved replies menu"))
        self.favourite_button.clicked.connect(self.toggle_favourite)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.favourite_button)
        left.addLayout(buttons)
        top.addLayout(left, 2)

        right = QVBoxLayout()
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("savedReplyTitle")
        self.title.setPlaceholderText(self.tr("e.g. Check-in details"))
        form.addRow(self.tr("Title"), self.title)
        right.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setObjectName("savedReplyBody")
        self.body.setTabChangesFocus(True)  # Tab moves on: a reply is sent as plain text, a tab is no use
        self.body.setPlaceholderText(self.tr("Hi {first_name}, your {room_type} is ready from {checkin}…"))
        right.addWidget(self.body, 1)
        row = QHBoxLayout()
        self.insert_placeholder = QComboBox()
        self.insert_placeholder.setObjectName("savedReplyPlaceholder")
        self.insert_placeholder.addItem(self.tr("Insert placeholder…"), None)
        for name in PLACEHOLDERS:
            help_text = QCoreApplication.translate("Templates", PLACEHOLDER_HELP[name])
            self.insert_placeholder.addItem(f"{{{name}}}: {help_text}", name)
        self.insert_placeholder.activated.connect(self._insert_placeholder)
        row.addWidget(self.insert_placeholder, 1)
        self.save_button = QPushButton(self.tr("Save reply"))
        self.save_button.setObjectName("savedReplySave")
        self.save_button.clicked.connect(self.save_current)
        row.addWidget(self.save_button)
        right.addLayout(row)
        top.addLayout(right, 3)

        self.status = QLabel()
        self.status.setObjectName("savedRepliesStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Your name for {host_name}")))
        self.host_name = QLineEdit()
        self.host_name.setObjectName("savedRepliesHostName")
        self.host_name.setPlaceholderText(self.tr("Empty: the name of your Coliving.com profile"))
        bottom.addWidget(self.host_name, 1)
        self.host_button = QPushButton(self.tr("Save name"))
        self.host_button.clicked.connect(self.save_host_name)
        bottom.addWidget(self.host_button)
        bottom.addSpacing(12)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("savedRepliesImport")
        self.import_button.clicked.connect(lambda: self._choose_file(export=False))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("savedRepliesExport")
        self.export_button.clicked.connect(lambda: self._choose_file(export=True))
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        outer.addLayout(bottom)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

    # ------------------------------------------------------------------ state
    def set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.delete_button, self.import_button, self.export_button,
                       self.host_button, self.new_button):
            button.setEnabled(not busy)
        if not busy:
            self.delete_button.setEnabled(self._current_id is not None)

    def _say(self, text: str, ok: bool) -> None:
        theme.tint(self.status, "ok" if ok else "error")
        self.status.setText(text)

    def titles(self) -> list[str]:
        return [str(self.model.item(r).text()) for r in range(self.model.rowCount())]

    def _favourites(self) -> set[int]:
        return self.ctx.reader.people.favourite_replies(seat_of(self.ctx).person.key)

    def _show_favourite(self) -> None:
        on = self._current_id is not None and self._current_id in self._favourites()
        self.favourite_button.setEnabled(self._current_id is not None)
        self.favourite_button.setChecked(on)
        self.favourite_button.setText(f"{STAR} " + self.tr("Favourite") if on else self.tr("Add to favourites"))
        self.favourite_button.setAccessibleName(self.tr("Favourite (listed first for you)"))

    @async_slot()
    async def toggle_favourite(self) -> None:
        """Star or unstar the selected reply for this person alone."""
        reply_id = self._current_id
        if reply_id is None:
            return
        on = reply_id not in self._favourites()
        await self.ctx.service.set_favourite(seat_of(self.ctx).person.key, reply_id, on)
        self.reload(reply_id)
        self._show_favourite()
        self.changed.emit()

    def reload(self, select_id: int | None = None) -> None:
        replies = self.ctx.reader.list_saved_replies()
        favourites = self._favourites()
        self.list.selectionModel().blockSignals(True)
        self.model.clear()
        for reply in replies:
            item = QStandardItem(shown_title(reply, favourites))
            item.setData(reply, ReplyRole)
            item.setToolTip(reply.body)
            self.model.appendRow(item)
        self.list.selectionModel().blockSignals(False)
        if select_id is not None:
            self.select(select_id)

    def select(self, reply_id: int) -> bool:
        for row in range(self.model.rowCount()):
            reply = self.model.item(row).data(ReplyRole)
            if isinstance(reply, SavedReply) and reply.id == reply_id:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return True
        return False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reply = current.data(ReplyRole) if current.isValid() else None
        if isinstance(reply, SavedReply):
            self._current_id = reply.id
            self.title.setText(reply.title)
            self.body.setPlainText(reply.body)
            self.delete_button.setEnabled(True)
            self._show_favourite()

    def new_reply(self) -> None:
        self.list.selectionModel().clearCurrentIndex()
        self.list.clearSelection()
        self._current_id = None
        self.title.clear()
        self.body.clear()
        self.delete_button.setEnabled(False)
        self._show_favourite()
        self.title.setFocus()

    def _insert_placeholder(self, index: int) -> None:
        name = self.insert_placeholder.itemData(index)
        if name:
            self.body.insertPlainText(f"{{{name}}}")
            self.body.setFocus()
        self.insert_placeholder.setCurrentIndex(0)

    # ------------------------------------------------------------------ writes
    @async_slot()
    async def save_current(self) -> None:
        reply = SavedReply(self.title.text(), self.body.toPlainText(), id=self._current_id)
        try:
            saved = await in_executor(self.ctx.store.save_saved_reply, reply)
        except SavedReplyError as err:
            self._say(str(err), False)
            return
        self._current_id = saved.id
        self.reload(saved.id)
        self._say(self.tr("Saved “{title}”.").format(title=saved.title), True)
        self.changed.emit()

    @async_slot()
    async def delete_current(self) -> None:
        reply_id = self._current_id
        if reply_id is None:
            return
        title = self.title.text()
        await in_executor(self.ctx.store.delete_saved_reply, reply_id)
        self.reload()
        self.new_reply()
        self._say(self.tr("Deleted “{title}”.").format(title=title), True)
        self.changed.emit()

    @async_slot()
    async def save_host_name(self) -> None:
        await in_executor(self.ctx.store.set_host_name, self.host_name.text())
        shown = await in_executor(self.ctx.reader.host_name)
        self.host_name.setText(shown)
        if shown:
            self._say(self.tr("{host_name} is now “{name}”.").replace("{name}", shown), True)
        else:
            self._say(self.tr("{host_name} has no value yet."), False)

    def _choose_file(self, *, export: bool) -> None:
        """A file dialog shown with ``open()``: the event loop keeps running while it is up."""
        caption = self.tr("Export saved replies") if export else self.tr("Import saved replies")
        dialog = QFileDialog(self, caption, str(Path.home() / "saved-replies.json"), self.tr("JSON files (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if export else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if export else QFileDialog.FileMode.ExistingFile)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self.export_to if export else self.import_from)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    @async_slot(str)
    async def export_to(self, path: str) -> None:
        replies = await in_executor(self.ctx.reader.list_saved_replies)
        try:
            await in_executor(_write_export, Path(path), replies)
        except OSError as err:
            problem = err.strerror or str(err)
            self._say(self.tr("Could not write {path}: {problem}").format(path=path, problem=problem), False)
            return
        self._say(self.tr("Exported %n saved replies to {path}.", "", len(replies)).format(path=path), True)

    @async_slot(str)
    async def import_from(self, path: str) -> None:
        try:
            replies = await in_executor(_read_export, Path(path))
            added, updated = await in_executor(self.ctx.store.import_saved_replies, replies)
        except OSError as err:
            problem = err.strerror or str(err)
            self._say(self.tr("Could not read {path}: {problem}").format(path=path, problem=problem), False)
            return
        except SavedReplyError as err:
            self._say(str(err), False)
            return
        self.reload()
        done = self.tr("Saved replies imported: {added}, {updated}.").format(
            added=self.tr("%n new", "", added), updated=self.tr("%n updated", "", updated)
        )
        self._say(done, True)
        self.changed.emit()

    def current_reply(self) -> Any:
        return self.list.currentIndex().data(ReplyRole)
