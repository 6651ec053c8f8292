"""Automations: the rules (on or off, tried on a booking), the messages they will send, and what they did.

The upcoming queue and the history are read from the cache the engine writes (see ``sync.automations``), so
the view shows the truth of each message: an upcoming one with its text as it would be filled now, a past one
with its outbox item's own state ("held" with the reason, "sent", "failed" with the channel's answer). Skip
and Send now change the occurrence on the store thread; Send now then asks the Service to run the account,
which queues and delivers it like any due message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel
from colivingdesk.labels import booking_label
from colivingdesk.store import Store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations
from colivingdesk.sync.automation_rules import TRIGGERS, AutomationError, rule_channel
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.ui import formatting
from colivingdesk.ui.asyncslots import async_slot, in_executor, spawn
from colivingdesk.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 200
STATE_WORDS = {
    "scheduled": "Upcoming", "queued": "Queued", "sending": "Sending", "sent": "Sent", "held": "Held",
    "failed": "Not sent", "preview": "Preview", "skipped": "Skipped", "cancelled": "Cancelled", "missed": "Missed",
}


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


def rule_cells(rule: AutomationRule) -> list[str]:
    kind = TRIGGERS.get(rule.trigger)
    timing = rule.timing
    if kind is not None and kind.timing == "days":
        when = f"{timing.get('days', 0)} days before, at {timing.get('at', '10:00')}"
    else:
        when = f"{timing.get('minutes', 0)} min after" + (" (outside working hours)"
                                                         if timing.get("outside_hours_only") else "")
    mode = "Preview only" if rule.preview_only else ("On" if rule.enabled else "Off")
    return [rule.name, kind.label if kind else rule.trigger, when, mode]


def occurrence_cells(row: dict[str, Any]) -> list[str]:
    state = STATE_WORDS.get(row["state"], row["state"])
    return [_when(row["due_at"]), row["rule"] or "", _record(row["record"]), state, row["reason"] or "",
            row["text"] or ""]


def _record(record: str) -> str:
    """"Booking 8856", not the engine's "booking:8856"."""
    kind, _, ident = record.partition(":")
    if kind == "booking":
        return booking_label(None, ident)
    return f"{kind.title()} {ident}" if ident else record


def _read(reader: Store) -> tuple[list[AutomationRule], list[dict[str, Any]], list[dict[str, Any]]]:
    upcoming, history = automations.listing(reader, HISTORY_LIMIT)
    return reader.automations.rules(), upcoming, history


class AutomationsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        layout = QVBoxLayout(self)

        self.rules = RowsModel(["Rule", "Trigger", "When", "State"], rule_cells, self)
        self.rules_table = self._table(self.rules)
        self.toggle_button = QPushButton("Turn on/off")
        self.toggle_button.clicked.connect(self.toggle_rule)
        self.booking_field = QLineEdit()
        self.booking_field.setPlaceholderText("Booking id")
        self.try_button = QPushButton("Test on booking")
        self.try_button.clicked.connect(self.try_rule)
        self.try_result = QLabel()
        self.try_result.setWordWrap(True)
        self.try_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._group("Rules", self.rules_table, [self.toggle_button, self.booking_field,
                                                                  self.try_button], self._new_rule_row()), 2)

        headers = ["Due", "Rule", "For", "State", "Why", "Text"]
        self.upcoming = RowsModel(headers, occurrence_cells, self)
        self.upcoming_table = self._table(self.upcoming)
        self.skip_button = QPushButton("Skip")
        self.skip_button.clicked.connect(self.skip)
        self.send_now_button = QPushButton("Send now")
        self.send_now_button.clicked.connect(self.send_now)
        layout.addWidget(self._group("Upcoming", self.upcoming_table, [self.skip_button, self.send_now_button]), 3)

        self.history = RowsModel(headers, occurrence_cells, self)
        self.history_table = self._table(self.history)
        layout.addWidget(self._group("History", self.history_table, []), 3)

        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.reload()
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for each control (placeholders vanish once typed into)."""
        self.rules_table.setAccessibleName(self.tr("Automation rules"))
        self.upcoming_table.setAccessibleName(self.tr("Upcoming automated messages"))
        self.history_table.setAccessibleName(self.tr("Automated messages history"))
        self.toggle_button.setAccessibleDescription(self.tr("Turn the selected rule on or off"))
        self.booking_field.setAccessibleName(self.tr("Booking id to test the rule on"))
        self.name_field.setAccessibleName(self.tr("New rule's name"))
        self.trigger_combo.setAccessibleName(self.tr("Trigger"))
        self.reply_combo.setAccessibleName(self.tr("Saved reply to send"))
        self.amount.setAccessibleName(self.tr("Days or minutes from the trigger"))
        self.at_field.setAccessibleName(self.tr("Time of day"))
        self.skip_button.setAccessibleDescription(self.tr("Skip the selected upcoming message"))
        self.send_now_button.setAccessibleDescription(self.tr("Send the selected upcoming message now"))

    def _new_rule_row(self) -> QWidget:
        """A new rule in one line: name, trigger, saved reply, days or minutes, time of day, preview only."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText("New rule's name")
        self.trigger_combo = QComboBox()
        for key, kind in TRIGGERS.items():
            self.trigger_combo.addItem(kind.label, key)
        self.reply_combo = QComboBox()
        self.amount = QSpinBox()
        self.amount.setRange(-1000, 20160)
        self.amount.setSuffix(" days / min")
        self.at_field = QLineEdit("10:00")
        self.at_field.setMaximumWidth(60)
        self.preview_box = QCheckBox("Preview only")
        self.add_button = QPushButton("Add rule")
        self.add_button.clicked.connect(self.add_rule)
        for widget in (self.name_field, self.trigger_combo, self.reply_combo, self.amount, self.at_field,
                       self.preview_box, self.add_button):
            row.addWidget(widget)
        column.addLayout(row)
        column.addWidget(self.try_result)
        return box

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        table.verticalHeader().hide()
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
        for button in (self.toggle_button, self.try_button, self.skip_button, self.send_now_button,
                       self.add_button):
            button.setEnabled(not busy)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("automations") or changes.get_ids("outbox"):
            self.reload()

    def reload(self) -> None:
        spawn(self._reload(), owner=self)

    async def _reload(self) -> None:
        rules, upcoming, history = await in_executor(_read, self.ctx.reader)
        replies = await in_executor(self.ctx.reader.list_saved_replies)
        chosen = self.reply_combo.currentData()
        self.reply_combo.clear()
        for reply in replies:
            self.reply_combo.addItem(reply.title, reply.id)
        if chosen is not None and self.reply_combo.findData(chosen) >= 0:
            self.reply_combo.setCurrentIndex(self.reply_combo.findData(chosen))
        self.rules.set_rows(rules)
        self.upcoming.set_rows(upcoming)
        self.history.set_rows(history)

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    @async_slot()
    async def toggle_rule(self) -> None:
        rule = self._selected(self.rules_table, self.rules)
        if rule is None:
            return
        rule.enabled = not rule.enabled
        try:
            await in_executor(automations.save_rule, self.ctx.store, rule)
        except AutomationError as err:
            self.try_result.setText(str(err))
        await self._reload()
        await self.ctx.service.send_pending([rule_channel(rule)])

    @async_slot()
    async def add_rule(self) -> None:
        """Save the new rule; a refused one shows its reason under the form and nothing is saved."""
        trigger = str(self.trigger_combo.currentData())
        reply_id = self.reply_combo.currentData()
        if reply_id is None:
            self.try_result.setText("Write a saved reply first (Inbox, Saved replies), then choose it here.")
            return
        days = TRIGGERS[trigger].timing == "days"
        timing: dict[str, Any] = {"days": self.amount.value(), "at": self.at_field.text().strip()} if days \
            else {"minutes": self.amount.value()}
        rule = AutomationRule(self.name_field.text(), trigger, int(reply_id), timing=timing,
                              preview_only=self.preview_box.isChecked())
        try:
            saved = await in_executor(automations.save_rule, self.ctx.store, rule, self.ctx.service.clock.now())
        except AutomationError as err:
            self.try_result.setText(f"Not saved: {err}")
            return
        self.try_result.setText(f"Saved “{saved.name}”.")
        self.name_field.clear()
        await self._reload()
        await self.ctx.service.send_pending([rule_channel(saved)])

    @async_slot()
    async def try_rule(self) -> None:
        rule = self._selected(self.rules_table, self.rules)
        booking_id = self.booking_field.text().strip()
        if rule is None or not booking_id:
            self.try_result.setText("Choose a rule and type a booking id.")
            return
        try:
            text = await in_executor(automations.try_rule, self.ctx.reader, rule, booking_id)
        except AutomationError as err:
            text = str(err)
        self.try_result.setText(text)

    @async_slot()
    async def skip(self) -> None:
        row = self._selected(self.upcoming_table, self.upcoming)
        if row is not None:
            await in_executor(automations.skip, self.ctx.store, row["key"], self.ctx.service.clock.now())
            await self._reload()

    @async_slot()
    async def send_now(self) -> None:
        row = self._selected(self.upcoming_table, self.upcoming)
        if row is None:
            return
        await in_executor(automations.send_now, self.ctx.store, row["key"], self.ctx.service.clock.now())
        await self._reload()
        await self.ctx.service.send_pending([Channel(row["channel"])])
