"""The availability push as staff review it: choose free units or a number, see the exact rows, then queue them.

Nothing is chosen for the user: until "free units" or a number is picked there is nothing to review, so a push
can never close rooms by a default. The review table lists exactly the coalesced rows ``Service.push_availability``
queues (listing, room type, from, to, units), and the state line never promises a send that cannot happen: an
offline account or a missing key is said in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import OutboxItem, OutboxState
from colivingdesk.sync.pushes import FREE, AvailabilityPlan
from colivingdesk.translatable import translated_reason
from colivingdesk.ui import formatting, theme

#: Account states in which nothing can be sent until a key is given (or replaced).
NO_KEY_STATES = frozenset({"not_configured", "key_rejected"})


def review_columns() -> list[str]:
    return [
        QCoreApplication.translate("AvailabilityPanel", "Listing"),
        QCoreApplication.translate("AvailabilityPanel", "Room type"),
        QCoreApplication.translate("AvailabilityPanel", "From"),
        QCoreApplication.translate("AvailabilityPanel", "To"),
        QCoreApplication.translate("AvailabilityPanel", "Units"),
    ]


def queued_text(account_state: str) -> str:
    """What a freshly queued push can honestly say, given the Coliving.com account's state."""
    if account_state in NO_KEY_STATES:
        return QCoreApplication.translate(
            "AvailabilityPanel", "Queued: waiting for the Coliving.com key (add it in Settings).")
    if account_state == "offline":
        return QCoreApplication.translate(
            "AvailabilityPanel", "Queued: Coliving.com is offline; it is sent when the connection returns.")
    if account_state == "rate_limited":
        return QCoreApplication.translate(
            "AvailabilityPanel", "Queued: Coliving.com's rate limit is reached; it is sent when it reopens.")
    if account_state == "no_worker":
        return QCoreApplication.translate(
            "AvailabilityPanel", "Queued: no sync worker is running on the team database; it is sent when one runs.")
    return QCoreApplication.translate("AvailabilityPanel", "Queued: sending to Coliving.com.")


def outcome_text(item: OutboxItem | None, account_state: str, accepted: str) -> tuple[str, str] | None:
    """The state line for a tracked push once the outbox moved it: (text, accent name); None while unchanged."""
    if item is None or item.state is OutboxState.SENT:
        return accepted, "ok"
    if item.state is OutboxState.FAILED:
        reason = translated_reason(item.error) or QCoreApplication.translate("AvailabilityPanel", "no reason given")
        refused = QCoreApplication.translate("AvailabilityPanel", "Refused by Coliving.com: {reason}")
        return refused.format(reason=reason), "error"
    if item.state is OutboxState.HELD:
        waiting = QCoreApplication.translate("AvailabilityPanel", "Waiting: Coliving.com's rate limit reopens shortly.")
        return waiting, "warn"
    if item.state is OutboxState.SENDING:
        return QCoreApplication.translate("AvailabilityPanel", "Sending to Coliving.com…"), "muted"
    return queued_text(account_state), "muted"


def set_state(label: QLabel, text: str, accent: str) -> None:
    label.setText(text)
    theme.tint(label, accent)


class AvailabilityPanel(QGroupBox):
    """Value choice, review table of the coalesced rows, confirm button and the push state."""

    changed = Signal()  # the value choice changed: the view plans again
    confirmed = Signal()
    reviewStarted = Signal()  # rows not yet queued are under review: the last push's result is no longer shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Set availability"))
        self.plans: list[AvailabilityPlan] = []
        self.names: dict[tuple[str, str], tuple[str, str]] = {}
        layout = QVBoxLayout(self)
        self.selection = QLabel(self.hint())
        self.selection.setObjectName("availabilitySelection")
        self.selection.setWordWrap(True)
        layout.addWidget(self.selection)
        choice = QHBoxLayout()
        self.free_choice = QRadioButton(self.tr("Free units of each day"))
        self.free_choice.setObjectName("availabilityFree")
        self.number_choice = QRadioButton(self.tr("Set to"))
        self.number_choice.setObjectName("availabilityNumber")
        self.number = QLineEdit()
        self.number.setObjectName("availabilityUnits")
        self.number.setPlaceholderText(self.tr("units"))
        self.number.setAccessibleName(self.tr("Units to set"))
        self.number.setValidator(QIntValidator(0, 9999, self.number))
        self.number.setMaximumWidth(70)
        group = QButtonGroup(self)
        group.addButton(self.free_choice)
        group.addButton(self.number_choice)
        choice.addWidget(self.free_choice)
        choice.addWidget(self.number_choice)
        choice.addWidget(self.number)
        choice.addStretch(1)
        layout.addLayout(choice)
        self.error = QLabel()
        self.error.setObjectName("availabilityError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        columns = review_columns()
        self.review = QTableWidget(0, len(columns))
        self.review.setObjectName("availabilityReview")
        self.review.setAccessibleName(self.tr("Rows to send"))
        self.review.setHorizontalHeaderLabels(columns)
        self.review.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review.verticalHeader().hide()
        self.review.setWordWrap(True)
        self.review.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.review.horizontalHeader()
        for column in range(len(columns)):
            mode = QHeaderView.ResizeMode.Stretch if column < 2 else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)  # the dates and units always in full
        layout.addWidget(self.review, 1)
        self.confirm = QPushButton(self.tr("Queue these rows"))
        self.confirm.setObjectName("confirmAvailability")
        self.confirm.setEnabled(False)
        layout.addWidget(self.confirm)
        self.state = QLabel()
        self.state.setObjectName("availabilityState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.free_choice.toggled.connect(lambda _on: self.changed.emit())
        self.number_choice.toggled.connect(lambda _on: self.changed.emit())
        self.number.textEdited.connect(self._typed)
        self.confirm.clicked.connect(self.confirmed.emit)

    def _typed(self, _text: str) -> None:
        if not self.number_choice.isChecked():
            self.number_choice.setChecked(True)  # emits changed
        else:
            self.changed.emit()

    def show_fix(self, heading: str, plan: AvailabilityPlan) -> None:
        """Review a problem's fix: each day set to its free units, which the value choice then says, locked so
        that nothing typed replaces the prepared rows unseen (selecting days in the calendar unlocks it)."""
        self.selection.setText(heading)
        self.set_choice_locked(True)
        if not self.free_choice.isChecked():
            self.free_choice.setChecked(True)
        self.show_plans([plan])

    def set_choice_locked(self, locked: bool) -> None:
        for widget in (self.free_choice, self.number_choice, self.number):
            widget.setEnabled(not locked)

    def clear_review(self) -> None:
        """Nothing under review: the hint, no rows, the value choice open again."""
        self.set_choice_locked(False)
        self.selection.setText(self.hint())
        self.show_plans([])

    def hint(self) -> str:
        return self.tr("Select days of one or more room types in the calendar.")

    def value(self) -> int | str | None:
        """``"free"``, a number of units, or None while nothing (or no number) is chosen."""
        if self.free_choice.isChecked():
            return FREE
        if self.number_choice.isChecked() and self.number.text().strip():
            return int(self.number.text())
        return None

    def show_plans(self, plans: list[AvailabilityPlan], error: str | None = None) -> None:
        """Fill the review with exactly the rows that confirming queues (or say why there are none)."""
        self.plans = [] if error else plans
        rows = [row for plan in self.plans for row in plan.rows]
        if rows:
            set_state(self.state, "", "muted")
            self.reviewStarted.emit()
        self.review.setRowCount(len(rows))
        for n, row in enumerate(rows):
            listing, room = self.names.get((row["listing_id"], row["room_type_id"]), ("", ""))
            cells = (
                listing or str(row["listing_id"]),
                room or str(row["room_type_id"]),
                formatting.day(str(row["start_date"])),
                formatting.day(str(row["end_date"])),
                formatting.count(int(row["available"])),
            )
            # The exact dates sent stay one hover away: the review's promise is "these rows, as queued".
            tips = (self.tr("Listing {id}").format(id=row["listing_id"]),
                    self.tr("Room type {id}").format(id=row["room_type_id"]),
                    str(row["start_date"]), str(row["end_date"]), "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text} ({tips[column]})" if tips[column] else text)
                self.review.setItem(n, column, item)
        self.error.setText(error or "")
        theme.tint(self.error, "error")
        self.error.setVisible(bool(error))
        self.confirm.setEnabled(bool(rows))
        if len(rows) == 1:
            self.confirm.setText(self.tr("Queue this row"))
        else:
            self.confirm.setText(self.tr("Queue these %n rows", "", len(rows)) if rows else self.tr("Queue these rows"))

    def rows(self) -> list[dict[str, object]]:
        return [dict(row) for plan in self.plans for row in plan.rows]
