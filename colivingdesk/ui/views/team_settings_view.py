"""Settings on a team database: no API keys to enter here, and where they are instead.

In team mode the window never reads or asks for an API key: only the team's sync worker talks to the channels,
with the keys of the computer (or service) it runs on. This page says so, names the team database (its label,
never a password) and shows what the worker last reported for each account, so nobody pastes a key into a
window that would not use it. A team database chosen in Settings can be left here ("Leave team mode").
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.team import DATABASE_VARIABLE
from colivingdesk.team_choice import forget_database
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.widgets.account_status import state_text
from colivingdesk.ui.widgets.team_join import RestartOffer


class TeamSettingsView(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("teamSettings")
        title = QLabel(self.tr("<h2>Settings</h2>"))
        self.where = QLabel(self.tr(
            "This window works on the team database {database}. Everything you see is read from it, and what "
            "you write (replies, listing changes, rates and availability) goes to its shared outbox."
        ).format(database=ctx.team_label or ""))
        self.where.setObjectName("teamDatabase")
        self.keys = QLabel(self.tr(
            "API keys are not entered here. The team's sync worker talks to BookMyColiving and Coliving.com "
            "with the keys of the computer it runs on (its keyring, or COLIVINGDESK_BMC_API_KEY and "
            "COLIVINGDESK_COLIVING_API_KEY in its environment), and sends what everyone queues. Checking a key, "
            "webhooks and the provider key are set up there too."
        ))
        self.keys.setObjectName("keysLiveWithWorker")
        for label in (self.where, self.keys):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Accounts, as the worker last reported them"))
        rows = QVBoxLayout(box)
        self.states: dict[Channel, QLabel] = {}
        for channel in Channel:  # each line names its channel (``state_text``)
            state = QLabel()
            state.setWordWrap(True)
            state.setObjectName(f"teamState_{channel.value}")
            self.states[channel] = state
            rows.addWidget(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for widget in (title, self.where, self.keys, box, self._leave_box()):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._unsubscribe = ctx.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def _leave_box(self) -> QGroupBox:
        """"Leave team mode" when Settings chose this database; else how the command line or environment did."""
        box = QGroupBox(self.tr("Team mode"))
        rows = QVBoxLayout(box)
        self.leave_text = QLabel()
        self.leave_text.setObjectName("leaveTeamText")
        self.leave_text.setWordWrap(True)
        rows.addWidget(self.leave_text)
        self.leave_button = QPushButton(self.tr("Leave team mode"))
        self.leave_button.setObjectName("leaveTeamMode")
        self.leave_button.setAccessibleName(self.tr("Leave team mode"))
        self.leave_button.clicked.connect(self.leave)
        self.restart_offer = RestartOffer(box)
        if self.ctx.team_from_profile:
            self.leave_text.setText(self.tr(
                "This computer opens the team database because it was chosen in Settings. Leaving goes back to "
                "this computer's own cache at the next start; the team's data stays on the team database."
            ))
            rows.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.leave_button.hide()
            variable = os.environ.get(DATABASE_VARIABLE)
            self.leave_text.setText(
                self.tr(
                    "Opened with {variable}; start without it to use this computer's cache."
                ).format(variable=DATABASE_VARIABLE) if variable else self.tr(
                    "Opened with --database; start without it to use this computer's cache."
                )
            )
        rows.addWidget(self.restart_offer)
        return box

    def leave(self) -> None:
        """Forget the saved team database and offer to restart on this computer's cache."""
        forget_database(self.ctx.profile)
        self.leave_button.setEnabled(False)
        self.leave_text.setText(self.tr("Left: the window opens this computer's own cache from its next start."))
        self.restart_offer.offer(self.tr("Restart the window to go back to this computer's cache."))

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("status"):
            self.refresh()

    def refresh(self) -> None:
        for channel, label in self.states.items():
            if not self.ctx.has_service:
                label.setText(self.tr("Not known yet"))
                continue
            status = self.ctx.service.status(channel)
            words = state_text(channel, status)
            if status.message:
                words = self.tr("{state} — {detail}").format(state=words, detail=status.message)
            label.setText(words)
