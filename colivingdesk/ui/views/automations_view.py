"""Automations: the rules (new, edited, deleted, on or off, tried on a booking), the messages they will send, and
what they did.

The upcoming queue and the history are read from the cache the engine writes (see ``sync.automations``), so
the view shows the truth of each message: an upcoming one with its text as it would be filled now (or as the
user edited it for that message), a past one with its outbox item's own state ("held" with the reason,
"sent", "failed" with the channel's answer). Every change (a rule, the settings, Skip, Send now, Edit this
one) is a Service write on its store thread; Send now then has the Service run the account, which queues and
delivers the message like any due one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel
from colivingdesk.labels import booking_label
from colivingdesk.store import Store
from colivingdesk.store.automations import DELETED, RETRIGGERED, TURNED_OFF, AutomationRule
from colivingdesk.sync import automations
from colivingdesk.sync.automation_rules import TRIGGERS, AutomationError, rule_channel
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.translatable import translated_reason
from colivingdesk.ui import formatting
from colivingdesk.ui.asyncslots import async_slot, in_executor, spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.automation_dialogs import AutomationRuleDialog, OccurrenceTextDialog, trigger_label
from colivingdesk.ui.dialogs.automation_settings_dialog import AutomationSettingsDialog
from colivingdesk.ui.keyboard import add_enter_action, add_shortcut

Index = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 200


def state_word(state: str) -> str:
    """An occurrence's state for the user, translated."""
    words = {
        "scheduled": QCoreApplication.translate("AutomationsView", "Upcoming"),
        "queued": QCoreApplication.translate("AutomationsView", "Queued"),
        "sending": QCoreApplication.translate("AutomationsView", "Sending"),
        "sent": QCoreApplication.translate("AutomationsView", "Sent"),
        "held": QCoreApplication.translate("AutomationsView", "Held"),
        "failed": QCoreApplication.translate("AutomationsView", "Not sent"),
        "preview": QCoreApplication.translate("AutomationsView", "Preview"),
        "skipped": QCoreApplication.translate("AutomationsView", "Skipped"),
        "cancelled": QCoreApplication.translate("AutomationsView", "Cancelled"),
        "missed": QCoreApplication.translate("AutomationsView", "Missed"),
    }
    return words.get(state, state)


class RowsModel(QAbstractTableModel):
    """A short list of plain rows (a few hundred at most: rules, the upcoming queue, recent history)."""

    def __init__(self, headers: list[str], cells: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells  # row -> list of display strings
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._cells(self.rows[index.row()])[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _when(iso: str | None) -> str:
    return formatting.short_time(datetime.fromisoformat(iso)) if iso else ""


def reason_text(reason: str | None) -> str:
    """Why an occurrence is where it is, translated when it is one of the engine's own sentences or a stored
    reason of ours (see ``translatable.reason_template``); a channel's answer is shown as it came."""
    if not reason:
        return ""
    known = {
        automations.GONE_CANCELLED: QCoreApplication.translate(
            "AutomationsView", "The booking was cancelled."),
        automations.GONE_ANSWERED: QCoreApplication.translate(
            "AutomationsView", "Answered before it was due."),
        automations.GONE_CHANGED: QCoreApplication.translate(
            "AutomationsView", "The booking no longer matches the rule (its dates, status or "
            "stay changed)."),
        automations.GONE_LEAD: QCoreApplication.translate(
            "AutomationsView", "The lead no longer matches the rule."),
        automations.BEFORE_RULE: QCoreApplication.translate(
            "AutomationsView", "Already there when the rule was turned on."),
        automations.EDITED: QCoreApplication.translate(
            "AutomationsView", "Edited by you: this text goes instead of the saved reply."),
        automations.OFF_WHEN_DUE: QCoreApplication.translate(
            "AutomationsView", "Its time came while the rule was off."),
        automations.TOO_LATE: QCoreApplication.translate(
            "AutomationsView", "Not sent: its time passed while nothing was syncing, and it would "
            "arrive too late to help."),
        automations.REPLY_DELETED: QCoreApplication.translate(
            "AutomationsView", "The rule's saved reply was deleted."),
        automations.PREVIEWED: QCoreApplication.translate(
            "AutomationsView", "Preview only: recorded, not sent."),
        automations.SKIPPED_BY_YOU: QCoreApplication.translate(
            "AutomationsView", "Skipped by you."),
        TURNED_OFF: QCoreApplication.translate(
            "AutomationsView", "The rule was turned off."),
        DELETED: QCoreApplication.translate(
            "AutomationsView", "The rule was deleted."),
        RETRIGGERED: QCoreApplication.translate(
            "AutomationsView", "The rule was given another trigger."),
    }
    return known.get(reason) or translated_reason(reason) or reason


def occurrence_cells(row: dict[str, Any]) -> list[str]:
    return [_when(row["due_at"]), row["rule"] or "", _record(row["record"]), state_word(row["state"]),
            reason_text(row["reason"]), row["text"] or ""]


def _record(record: str) -> str:
    """"Booking 8856", not the engine's "booking:8856"."""
    kind, _, ident = record.partition(":")
    if kind == "booking":
        return booking_label(None, ident)
    if kind == "lead":
        return QCoreApplication.translate("AutomationsView", "Lead {id}").format(id=ident)
    if kind == "message":
        return QCoreApplication.translate("AutomationsView", "Message {id}").format(id=ident.rpartition(":")[2])
    return record


def _read(reader: Store) -> tuple[list[AutomationRule], list[dict[str, Any]], list[dict[str, Any]]]:
    upcoming, history = automations.listing(reader, HISTORY_LIMIT)
    return reader.automations.rules(), upcoming, history


class AutomationsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.rule_dialog: AutomationRuleDialog | None = None
        self.text_dialog: OccurrenceTextDialog | None = None
        self.settings_dialog: AutomationSettingsDialog | None = None
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)

        self.rules = RowsModel([self.tr("Rule"), self.tr("Trigger"), self.tr("When"), self.tr("State")],
                               self.rule_cells, self)
        self.rules_table = self._table(self.rules, self.tr("Rules"))
        self.new_button = self._button(self.tr("New rule…"), self.new_rule)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_rule)
        self.delete_button = self._button(self.tr("Delete"), self.delete_rule)
        self.toggle_button = self._button(self.tr("Turn on/off"), self.toggle_rule)
        self.booking_field = QLineEdit()
        self.booking_field.setPlaceholderText(self.tr("Booking id"))
        self.booking_field.setAccessibleName(self.tr("Booking to test the rule on"))
        self.booking_field.setMaximumWidth(120)
        self.try_button = self._button(self.tr("Test on booking"), self.try_rule)
        self.settings_button = self._button(self.tr("Settings…"), self.open_settings)
        self.try_result = QLabel()
        self.try_result.setWordWrap(True)
        self.try_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._group(self.tr("Rules"), self.rules_table, [
            self.new_button, self.edit_button, self.delete_button, self.toggle_button, self.booking_field,
            self.try_button, self.settings_button], self.try_result), 3)

        headers = [self.tr("Due"), self.tr("Rule"), self.tr("For"), self.tr("State"), self.tr("Why"),
                   self.tr("Text")]
        self.upcoming = RowsModel(headers, occurrence_cells, self)
        self.upcoming_table = self._table(self.upcoming, self.tr("Upcoming messages"))
        self.skip_button = self._button(self.tr("Skip"), self.skip)
        self.send_now_button = self._button(self.tr("Send now"), self.send_now)
        self.edit_text_button = self._button(self.tr("Edit this one…"), self.edit_text)
        layout.addWidget(self._group(self.tr("Upcoming"), self.upcoming_table,
                                     [self.skip_button, self.send_now_button, self.edit_text_button]), 4)

        self.history = RowsModel(headers, occurrence_cells, self)
        self.history_table = self._table(self.history, self.tr("Automated messages history"))
        layout.addWidget(self._group(self.tr("History"), self.history_table, []), 3)

        add_enter_action(self.rules_table, self.tr("Edit the selected rule"), self.edit_rule)
        add_shortcut(self, self.tr("New rule"), [QKeySequence.StandardKey.New], self.new_rule)

        self._reload_wanted = False
        self._reloading = False
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.reload()
        self._name_controls()

    def rule_cells(self, rule: AutomationRule) -> list[str]:
        """A rule's row; a method so its counts are Qt plurals ("1 day before", "2 days before")."""
        kind = TRIGGERS.get(rule.trigger)
        timing = rule.timing
        if kind is not None and kind.timing == "days":
            days = int(timing.get("days", 0))
            when = self.tr("%n day(s) before, at {time}", "", days).format(time=timing.get("at", "10:00"))
        else:
            minutes = int(timing.get("minutes", 0))
            when = (self.tr("%n min after, outside working hours", "", minutes)
                    if timing.get("outside_hours_only") else self.tr("%n min after", "", minutes))
        if not rule.enabled:
            mode = self.tr("Off")
        elif rule.preview_only:
            mode = self.tr("Preview only")
        else:
            mode = self.tr("On")
        return [rule.name, trigger_label(rule.trigger), when, mode]

    def _name_controls(self) -> None:
        """What a screen reader says for each control (placeholders vanish once typed into)."""
        self.rules_table.setAccessibleName(self.tr("Automation rules"))
        self.upcoming_table.setAccessibleName(self.tr("Upcoming automated messages"))
        self.history_table.setAccessibleName(self.tr("Automated messages history"))
        self.toggle_button.setAccessibleDescription(self.tr("Turn the selected rule on or off"))
        self.booking_field.setAccessibleName(self.tr("Booking id to test the rule on"))
        self.skip_button.setAccessibleDescription(self.tr("Skip the selected upcoming message"))
        self.send_now_button.setAccessibleDescription(self.tr("Send the selected upcoming message now"))

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _table(self, model: RowsModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        table.verticalHeader().hide()
        table.setWordWrap(False)  # one line a row; the whole text is in the tooltip
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _group(self, title: str, table: QTableView, buttons: list[QWidget], below: QWidget | None = None
               ) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
        if below is not None:
            inner.addWidget(below)
        return box

    def set_busy(self, busy: bool) -> None:
        for button in (self.new_button, self.edit_button, self.delete_button, self.toggle_button,
                       self.try_button, self.skip_button, self.send_now_button, self.edit_text_button):
            button.setEnabled(not busy)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("automations") or changes.get_ids("outbox"):
            self.reload()

    def reload(self) -> None:
        """Read the rules and messages again. Saving a rule asks twice (the dialog, then the Service's change
        set): a reload asked for while one runs becomes one more read after it, so answers land in the order
        they were read and a late one never replaces a newer list."""
        self._reload_wanted = True
        if not self._reloading:
            self._reloading = True
            spawn(self._reload(), owner=self)

    async def _reload(self) -> None:
        try:
            while self._reload_wanted:
                self._reload_wanted = False
                rules, upcoming, history = await in_executor(_read, self.ctx.reader)
                current = self._selected(self.rules_table, self.rules)
                self.rules.set_rows(rules)
                self._keep_current_rule(current)
                self.upcoming.set_rows(upcoming)
                self.history.set_rows(history)
        finally:
            self._reloading = False

    @property
    def reloading(self) -> bool:
        """Whether a read of the lists is in flight or wanted (tests wait for this to clear)."""
        return self._reloading

    def _keep_current_rule(self, rule: AutomationRule | None) -> None:
        """The rule that was current before a reload is current after it (the user may be about to press Enter
        on it); the list's reset would otherwise leave no rule chosen."""
        if rule is None:
            return
        row = next((i for i, r in enumerate(self.rules.rows) if r.id == rule.id), None)
        if row is not None:
            self.rules_table.setCurrentIndex(self.rules.index(row, 0))

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    # ------------------------------------------------------------------ rules
    @async_slot()
    async def new_rule(self) -> None:
        await self._open_rule(None)

    @async_slot()
    async def edit_rule(self) -> None:
        rule = self._selected(self.rules_table, self.rules)
        if rule is None:
            self.try_result.setText(self.tr("Choose a rule first."))
            return
        await self._open_rule(rule)

    async def _open_rule(self, rule: AutomationRule | None) -> None:
        replies = await in_executor(self.ctx.reader.list_saved_replies)
        self.rule_dialog = AutomationRuleDialog(self.ctx, replies, rule, self)
        self.rule_dialog.saved.connect(self._rule_saved)
        self.rule_dialog.open()

    def _rule_saved(self, rule: AutomationRule) -> None:
        self.try_result.setText(self.tr("Saved “{name}”.").format(name=rule.name))
        self.reload()

    def delete_rule(self) -> None:
        """Ask first: what the rule has not sent yet is cancelled; what it sent stays in the history."""
        rule = self._selected(self.rules_table, self.rules)
        if rule is None:
            self.try_result.setText(self.tr("Choose a rule first."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete rule"),
            self.tr("Delete “{name}”? Its upcoming messages are cancelled; what it sent stays in the "
                    "history.").format(name=rule.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: self._deleted(rule, answer))
        self.confirm_box = box
        box.open()

    @async_slot(object, int)
    async def _deleted(self, rule: AutomationRule, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes.value or rule.id is None:
            return
        if await self.ctx.service.delete_automation_rule(rule.id):
            self.try_result.setText(self.tr("Deleted “{name}”.").format(name=rule.name))
        await self._reload()

    @async_slot()
    async def toggle_rule(self) -> None:
        rule = self._selected(self.rules_table, self.rules)
        if rule is None:
            self.try_result.setText(self.tr("Choose a rule first."))
            return
        rule.enabled = not rule.enabled
        try:
            await self.ctx.service.save_automation_rule(rule)
        except AutomationError as err:
            self.try_result.setText(self.tr("Not saved: {reason}").format(reason=str(err)))
        await self._reload()
        await self.ctx.service.send_pending([rule_channel(rule)])

    @async_slot()
    async def try_rule(self) -> None:
        rule = self._selected(self.rules_table, self.rules)
        booking_id = self.booking_field.text().strip()
        if rule is None or not booking_id:
            self.try_result.setText(self.tr("Choose a rule and type a booking id."))
            return
        try:
            text = await in_executor(automations.try_rule, self.ctx.reader, rule, booking_id)
        except AutomationError as err:
            text = str(err)
        self.try_result.setText(text)

    def open_settings(self) -> None:
        self.settings_dialog = AutomationSettingsDialog(self.ctx, self)
        self.settings_dialog.open()

    # ------------------------------------------------------------------ upcoming
    @async_slot()
    async def skip(self) -> None:
        row = self._selected(self.upcoming_table, self.upcoming)
        if row is not None:
            await self.ctx.service.skip_automation(row["key"])
            await self._reload()

    @async_slot()
    async def send_now(self) -> None:
        row = self._selected(self.upcoming_table, self.upcoming)
        if row is None:
            return
        channel = Channel(row["channel"])
        await self.ctx.service.send_automation_now(row["key"], channel)
        await self._reload()
        await self.ctx.service.send_pending([channel])

    def edit_text(self) -> None:
        """Change the text of the chosen upcoming message, for that message only."""
        row = self._selected(self.upcoming_table, self.upcoming)
        if row is None:
            return
        self.text_dialog = OccurrenceTextDialog(self.ctx, row["key"], row["text"] or "", bool(row.get("edited")),
                                                self)
        self.text_dialog.saved.connect(lambda *_: self.reload())
        self.text_dialog.open()
