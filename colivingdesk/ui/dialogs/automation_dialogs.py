"""The Automations view's editors: one rule (new or changed), and the text of one upcoming message.

Both are opened with ``open()`` (no nested event loop) and save through the Service, which writes on its store
thread and announces the change; the view re-reads what it shows from the cache. A rule the engine would
refuse (a placeholder its trigger cannot fill, a timing before its event, hours that never open) is refused
here by the same check, with the reason shown in the dialog, which stays open so the rule can be fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.errors import ValidationError
from colivingdesk.domain import Channel
from colivingdesk.store import SavedReply
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync.automation_rules import (
    BEFORE_CHECKIN,
    BEFORE_CHECKOUT,
    CANCELLED,
    CONFIRMED,
    MAX_DAYS,
    MAX_MINUTES,
    NEW_LEAD,
    TRIGGERS,
    UNANSWERED,
    AutomationError,
)
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.context import AppContext

#: Booking states a "days before" rule can be limited to (Coliving.com's own words).
BOOKING_STATES = ("confirmed", "pending")
#: The stay-length fields' "no limit" value (shown as "Any").
ANY_NIGHTS = -1


def trigger_label(trigger: str) -> str:
    """A trigger's name for the user, translated."""
    labels = {
        CONFIRMED: QCoreApplication.translate("AutomationRuleDialog", "Booking confirmed"),
        BEFORE_CHECKIN: QCoreApplication.translate("AutomationRuleDialog", "Days before check-in"),
        BEFORE_CHECKOUT: QCoreApplication.translate("AutomationRuleDialog", "Days before check-out"),
        CANCELLED: QCoreApplication.translate("AutomationRuleDialog", "Booking cancelled"),
        NEW_LEAD: QCoreApplication.translate("AutomationRuleDialog", "New lead"),
        UNANSWERED: QCoreApplication.translate("AutomationRuleDialog", "Guest message unanswered"),
    }
    return labels.get(trigger, trigger)


def channel_label(channel: Channel) -> str:
    return channel.label  # a brand name: not translated


def error_label() -> QLabel:
    """A line for a refusal's reason: red, and worded as a refusal, so colour is not all that says it."""
    label = QLabel()
    label.setWordWrap(True)
    theme.tint(label, "error")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class AutomationRuleDialog(QDialog):
    """Name, trigger and its timing, filters, saved reply, preview-only: one rule, new (``rule=None``) or
    changed. Editing never makes a rule owe again what it already sent (occurrences are keyed by the rule's id
    and the record, not by its text)."""

    #: The rule as saved.
    saved = Signal(object)

    def __init__(self, ctx: AppContext, replies: list[SavedReply], rule: AutomationRule | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.rule = rule
        self._wanted_channel: str | None = None
        self.setObjectName("automationRuleDialog")
        self.setWindowTitle(self.tr("New rule") if rule is None else self.tr("Edit rule"))
        form = QFormLayout()

        self.name_field = QLineEdit()
        form.addRow(self.tr("&Name"), self.name_field)
        self.trigger_combo = QComboBox()
        for key in TRIGGERS:
            self.trigger_combo.addItem(trigger_label(key), key)
        form.addRow(self.tr("&Trigger"), self.trigger_combo)

        self.amount = QSpinBox()
        self.amount.setRange(-MAX_DAYS, MAX_MINUTES)  # a negative timing is refused with its reason, not clamped
        self.amount_label = QLabel()
        self.amount_label.setBuddy(self.amount)
        form.addRow(self.amount_label, self.amount)
        self.at_field = QTimeEdit(QTime(10, 0))
        self.at_field.setDisplayFormat("HH:mm")
        self.at_label = QLabel(self.tr("At (house time)"))
        self.at_label.setBuddy(self.at_field)
        form.addRow(self.at_label, self.at_field)
        self.outside_hours = QCheckBox(self.tr("Only outside working hours"))
        form.addRow("", self.outside_hours)

        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        form.addRow(self.tr("&Channel"), self.channel_combo)
        self.places_field = QLineEdit()
        self.places_label = QLabel()
        self.places_label.setBuddy(self.places_field)
        form.addRow(self.places_label, self.places_field)
        self.states_row = states = QWidget()
        row = QHBoxLayout(states)
        row.setContentsMargins(0, 0, 0, 0)
        self.state_boxes: dict[str, QCheckBox] = {}
        for state in BOOKING_STATES:
            box = QCheckBox({"confirmed": self.tr("Confirmed"), "pending": self.tr("Pending")}[state])
            box.setAccessibleName(self.tr("Booking status: {state}").format(state=box.text()))
            self.state_boxes[state] = box
            row.addWidget(box)
        row.addStretch(1)
        self.states_label = QLabel(self.tr("Booking status"))
        form.addRow(self.states_label, states)
        self.min_nights = self._nights_box(self.tr("Shortest stay (nights)"))
        self.max_nights = self._nights_box(self.tr("Longest stay (nights)"))
        self.nights_label = QLabel(self.tr("Stay length"))
        self.nights_row = nights = QWidget()
        row = QHBoxLayout(nights)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.min_nights)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.max_nights)
        row.addStretch(1)
        form.addRow(self.nights_label, nights)

        self.reply_combo = QComboBox()
        for reply in replies:
            self.reply_combo.addItem(reply.title, reply.id)
        form.addRow(self.tr("Saved &reply"), self.reply_combo)
        self.preview_box = QCheckBox(self.tr("Preview only (record the text, send nothing)"))
        self.enabled_box = QCheckBox(self.tr("On"))
        self.enabled_box.setChecked(True)
        form.addRow("", self.preview_box)
        form.addRow("", self.enabled_box)

        self.error = error_label()
        self.error.setObjectName("ruleError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

        self.trigger_combo.currentIndexChanged.connect(self._trigger_changed)
        if rule is not None:
            self._load(rule)
        else:
            self.state_boxes["confirmed"].setChecked(True)
        self._trigger_changed()
        if not replies:
            show_error(self.error, self.tr("Write a saved reply first (Inbox, Saved replies), then choose it "
                                           "here."))

    def _nights_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(ANY_NIGHTS, 3650)
        box.setSpecialValueText(self.tr("Any"))
        box.setValue(ANY_NIGHTS)
        box.setAccessibleName(name)
        return box

    def _load(self, rule: AutomationRule) -> None:
        self.name_field.setText(rule.name)
        self.trigger_combo.setCurrentIndex(max(0, self.trigger_combo.findData(rule.trigger)))
        kind = TRIGGERS.get(rule.trigger)
        if kind is not None and kind.timing == "days":
            self.amount.setValue(int(rule.timing.get("days", 0)))
            at = QTime.fromString(str(rule.timing.get("at", "10:00")), "H:mm")
            self.at_field.setTime(at if at.isValid() else QTime(10, 0))
        else:
            self.amount.setValue(int(rule.timing.get("minutes", 0)))
        self.outside_hours.setChecked(bool(rule.timing.get("outside_hours_only")))
        places = [*(rule.filters.get("listings") or []), *(rule.filters.get("properties") or [])]
        self.places_field.setText(", ".join(str(p) for p in places))
        wanted = {str(s).lower() for s in rule.filters.get("statuses") or ["confirmed"]}
        for state, state_box in self.state_boxes.items():
            state_box.setChecked(state in wanted)
        for field, nights_box in (("min_nights", self.min_nights), ("max_nights", self.max_nights)):
            value = rule.filters.get(field)
            nights_box.setValue(ANY_NIGHTS if value is None else int(value))
        index = self.reply_combo.findData(rule.saved_reply_id)
        if index >= 0:
            self.reply_combo.setCurrentIndex(index)
        self.preview_box.setChecked(rule.preview_only)
        self.enabled_box.setChecked(rule.enabled)
        self._wanted_channel = rule.filters.get("channel")

    def _trigger_changed(self) -> None:
        """Show the timing and filters the chosen trigger has, and only the channels it happens on."""
        trigger = str(self.trigger_combo.currentData())
        kind = TRIGGERS[trigger]
        days = kind.timing == "days"
        # Alt+D / Alt+M reach the timing as Alt+N, Alt+T, Alt+C and Alt+R reach the other fields.
        self.amount_label.setText(self.tr("&Days before") if days else self.tr("&Minutes after"))
        self.amount.setAccessibleName(self.amount_label.text().replace("&", ""))
        self.at_label.setVisible(days)
        self.at_field.setVisible(days)
        self.outside_hours.setVisible(trigger == UNANSWERED)
        bookings = trigger in (CONFIRMED, BEFORE_CHECKIN, BEFORE_CHECKOUT, CANCELLED)
        self.places_label.setText(self.tr("Listings (ids)") if bookings else self.tr("Properties or listings "
                                                                                     "(ids)"))
        self.places_field.setAccessibleName(self.places_label.text())
        self.places_field.setPlaceholderText(self.tr("Any; or ids separated by commas"))
        self.states_label.setVisible(days)
        self.states_row.setVisible(days)
        self.nights_label.setVisible(bookings)
        self.nights_row.setVisible(bookings)
        wanted = self.channel_combo.currentData() if self.channel_combo.count() else self._wanted_channel
        self.channel_combo.clear()
        if len(kind.channels) > 1:
            self.channel_combo.addItem(self.tr("Any"), None)
        for channel in kind.channels:
            self.channel_combo.addItem(channel_label(channel), channel.value)
        index = self.channel_combo.findData(wanted)
        self.channel_combo.setCurrentIndex(max(0, index))

    def current_rule(self) -> AutomationRule | None:
        """The rule the form describes (None without a saved reply to send)."""
        reply_id = self.reply_combo.currentData()
        if reply_id is None:
            return None
        trigger = str(self.trigger_combo.currentData())
        kind = TRIGGERS[trigger]
        timing: dict[str, Any]
        if kind.timing == "days":
            timing = {"days": self.amount.value(), "at": self.at_field.time().toString("HH:mm")}
        else:
            timing = {"minutes": self.amount.value()}
            if trigger == UNANSWERED and self.outside_hours.isChecked():
                timing["outside_hours_only"] = True
        filters: dict[str, Any] = {}
        if self.channel_combo.currentData():
            filters["channel"] = self.channel_combo.currentData()
        places = _ids(self.places_field.text())
        if places:
            bookings = trigger in (CONFIRMED, BEFORE_CHECKIN, BEFORE_CHECKOUT, CANCELLED)
            filters["listings" if bookings else "properties"] = places
        if kind.timing == "days":
            states = [s for s, box in self.state_boxes.items() if box.isChecked()]
            if states != ["confirmed"]:
                filters["statuses"] = states
        if trigger in (CONFIRMED, BEFORE_CHECKIN, BEFORE_CHECKOUT, CANCELLED):
            for field, box in (("min_nights", self.min_nights), ("max_nights", self.max_nights)):
                if box.value() != ANY_NIGHTS:
                    filters[field] = box.value()
        old = self.rule
        return AutomationRule(
            self.name_field.text(), trigger, int(reply_id), timing=timing, filters=filters,
            enabled=self.enabled_box.isChecked(), preview_only=self.preview_box.isChecked(),
            id=None if old is None else old.id,
        )

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    @async_slot()
    async def save(self) -> None:
        """Save through the Service; a refused rule keeps the dialog open with the reason."""
        rule = self.current_rule()
        if rule is None:
            show_error(self.error, self.tr("Write a saved reply first (Inbox, Saved replies), then choose it "
                                           "here."))
            return
        if TRIGGERS[rule.trigger].timing == "days" and rule.filters.get("statuses") == []:
            show_error(self.error, self.tr("Not saved: choose at least one booking status."))
            return
        try:
            saved = await self.ctx.service.save_automation_rule(rule)
        except AutomationError as err:
            show_error(self.error, self.tr("Not saved: {reason}").format(reason=str(err)))
            return
        show_error(self.error, "")
        self.rule = saved
        self.saved.emit(saved)
        self.accept()


class OccurrenceTextDialog(QDialog):
    """"Edit this one": the text one upcoming message will carry, changed for that message only."""

    #: (occurrence key, the new text or None for the saved reply again), once stored.
    saved = Signal(str, object)

    def __init__(self, ctx: AppContext, key: str, text: str, edited: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.key = key
        self.setObjectName("occurrenceTextDialog")
        self.setWindowTitle(self.tr("Edit this message"))
        outer = QVBoxLayout(self)
        note = QLabel(self.tr("This text goes to this guest, this time only; the rule's saved reply is not "
                              "changed."))
        note.setWordWrap(True)
        outer.addWidget(note)
        self.text_field = QPlainTextEdit(text)
        self.text_field.setAccessibleName(self.tr("Message text"))
        self.text_field.setTabChangesFocus(True)
        outer.addWidget(self.text_field)
        self.error = error_label()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("Use the saved reply"))
        self.reset_button.setEnabled(edited)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        outer.addWidget(self.buttons)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    @async_slot()
    async def save(self) -> None:
        await self._store(self.text_field.toPlainText())

    @async_slot()
    async def reset(self) -> None:
        await self._store(None)

    async def _store(self, text: str | None) -> None:
        try:
            done = await self.ctx.service.edit_automation_text(self.key, text)
        except ValidationError as err:
            show_error(self.error, self.tr("Not saved: {reason}").format(reason=err.message))
            return
        if not done:
            show_error(self.error, self.tr("Not saved: this message is no longer upcoming (sent, skipped or "
                                           "cancelled meanwhile)."))
            return
        self.saved.emit(self.key, text)
        self.accept()
