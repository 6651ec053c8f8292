"""Each account's house settings for automations: its time zone, its working hours and how many of
BookMyColiving's 60 replies an hour stay for the host.

Every field is checked as it is edited, by the same check that refuses the settings when they are saved
(``automation_rules.settings_problems``): an unknown zone, working hours that never open, a reserve outside
0 to 59 show their reason next to the field, and the reason goes as soon as the field is fixed. Save stays
off while anything is wrong; it writes through the Service, off the UI thread.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel
from colivingdesk.sync.automation_rules import (
    DEFAULT_RESERVE,
    DEFAULT_WORK_DAYS,
    DEFAULT_WORK_END,
    DEFAULT_WORK_START,
    AutomationError,
    settings_problems,
)
from colivingdesk.ui.asyncslots import async_slot, in_executor, spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.automation_dialogs import error_label, show_error


def _clock(text: Any, default: str) -> QTime:
    value = QTime.fromString(str(text or default), "H:mm")
    return value if value.isValid() else QTime.fromString(default, "HH:mm")


class AutomationSettingsDialog(QDialog):
    """One account at a time (chosen at the top); its fields, each with its reason when it is wrong."""

    #: The account whose settings were saved.
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setObjectName("automationSettingsDialog")
        self.setWindowTitle(self.tr("Automation settings"))
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}

        self.account_combo = QComboBox()
        for channel in Channel:
            self.account_combo.addItem(channel.label, channel.value)
        form.addRow(self.tr("&Account"), self.account_combo)

        self.zone_field = QLineEdit()
        self.zone_field.setPlaceholderText(self.tr("The computer's zone; or e.g. Europe/Lisbon"))
        form.addRow(self.tr("House &time zone"), self._with_error("time_zone", self.zone_field))

        self.start_field = QTimeEdit()
        self.start_field.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Working hours &start"), self._with_error("work_start", self.start_field))
        self.end_field = QTimeEdit()
        self.end_field.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Working hours &end"), self._with_error("work_end", self.end_field))

        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        full = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        self.day_boxes: list[QCheckBox] = []
        for short, name in zip(names, full, strict=True):
            box = QCheckBox(short)
            box.setAccessibleName(self.tr("Working day: {day}").format(day=name))
            self.day_boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Working days"), self._with_error("work_days", days))

        self.reserve_field = QLineEdit()
        self.reserve_field.setMaximumWidth(80)
        self.reserve_field.setAccessibleName(self.tr("Replies an hour kept for you"))
        form.addRow(self.tr("&Replies an hour kept for you\n(BookMyColiving, of 60)"),
                    self._with_error("reserve", self.reserve_field))

        self.save_error = error_label()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.save_error)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)

        self.zone_field.textChanged.connect(self.check)
        self.start_field.timeChanged.connect(self.check)
        self.end_field.timeChanged.connect(self.check)
        self.reserve_field.textChanged.connect(self.check)
        for box in self.day_boxes:
            box.toggled.connect(self.check)
        self.account_combo.currentIndexChanged.connect(self.load)
        self._name_controls()
        self.load()
        spawn(self._complete_zones(), owner=self)

    def _name_controls(self) -> None:
        # The form's labels sit next to a box holding the field and its error line, so they name the box,
        # not the field: a screen reader would say only "edit" here without these.
        self.zone_field.setAccessibleName(self.tr("House time zone"))
        self.start_field.setAccessibleName(self.tr("Working hours start"))
        self.end_field.setAccessibleName(self.tr("Working hours end"))

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = error_label()
        label.setObjectName(f"error-{field}")
        column.addWidget(label)
        self.errors[field] = label
        return host

    async def _complete_zones(self) -> None:
        zones = await in_executor(lambda: sorted(available_timezones()))
        completer = QCompleter(zones, self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone_field.setCompleter(completer)

    @property
    def channel(self) -> Channel:
        return Channel(self.account_combo.currentData())

    def load(self) -> None:
        spawn(self._load(self.channel), owner=self)

    async def _load(self, channel: Channel) -> None:
        stored = await in_executor(self.ctx.reader.automations.settings, channel)
        if channel is not self.channel:
            return  # the user chose another account meanwhile
        self.zone_field.setText(str(stored.get("time_zone") or ""))
        self.start_field.setTime(_clock(stored.get("work_start"), DEFAULT_WORK_START))
        self.end_field.setTime(_clock(stored.get("work_end"), DEFAULT_WORK_END))
        days = {int(d) for d in stored.get("work_days", DEFAULT_WORK_DAYS)}
        for number, box in enumerate(self.day_boxes):
            box.setChecked(number in days)
        self.reserve_field.setText(str(stored.get("reserve", DEFAULT_RESERVE)))
        self.reserve_field.setEnabled(channel is Channel.BMC)  # only BookMyColiving caps replies an hour
        show_error(self.save_error, "")
        self.status.clear()
        self.check()

    def values(self) -> dict[str, Any]:
        """The settings as the form holds them (stored as they are when saved)."""
        reserve: Any = self.reserve_field.text().strip()
        if reserve.lstrip("-").isdigit():
            reserve = int(reserve)
        values: dict[str, Any] = {
            "work_start": self.start_field.time().toString("HH:mm"),
            "work_end": self.end_field.time().toString("HH:mm"),
            "work_days": [n for n, box in enumerate(self.day_boxes) if box.isChecked()],
            "reserve": reserve,
        }
        zone = self.zone_field.text().strip()
        if zone:
            values["time_zone"] = zone
        return values

    def check(self) -> dict[str, str]:
        """Show each field's problem next to it (and clear the fixed ones); Save only when there is none."""
        problems = settings_problems(self.values())
        shown = {field for field, label in self.errors.items() if not label.isHidden()}
        for field, label in self.errors.items():
            show_error(label, problems.get(field, ""))
        self.save_button.setEnabled(not problems)
        if set(problems) != shown:
            self.adjustSize()  # room for the reasons now shown (wrapped lines need a height for the width)
        return problems

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    @async_slot()
    async def save(self) -> None:
        if self.check():
            return
        channel = self.channel
        try:
            await self.ctx.service.save_automation_settings(channel, self.values())
        except AutomationError as err:
            show_error(self.save_error, self.tr("Not saved: {reason}").format(reason=str(err)))
            return
        show_error(self.save_error, "")
        self.status.setText(self.tr("Saved for {account}.").format(account=channel.label))
        self.check()
        self.saved.emit(channel)
