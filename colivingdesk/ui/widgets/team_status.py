"""The status bar's word on the team database: which one the window works on, and whether a worker syncs it.

In team mode the accounts' chips show what the team's sync worker last reported; this label says what they
rest on: the database (its label, never a password), who runs the worker and when it last finished a pass, or
that none runs (replies then wait in the outbox), or that the database cannot be reached right now. State is
carried by the words, not by colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from colivingdesk.sync.changes import ChangeSet
from colivingdesk.ui.formatting import long_time, short_time

if TYPE_CHECKING:
    from colivingdesk.sync.team_desktop import TeamState
    from colivingdesk.ui.context import AppContext


class TeamStatusWidget(QLabel):
    """Re-reads the Service's team state whenever account states change (the Service re-reads it from the
    database every few seconds and on every notification that says the worker's state changed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("teamStatus")
        self.setAccessibleName(self.tr("Team database"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._unsubscribe = ctx.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("status"):
            self.refresh()

    def refresh(self) -> None:
        label = self.ctx.team_label or ""
        state = self._state()
        if state is None or state.reachable is None:
            text = self.tr("Team database {database}").format(database=label)
            tip = ""
        elif not state.reachable:
            text = self.tr("Team database {database}\ncannot be reached: reconnecting…").format(database=label)
            tip = self.tr("What is shown is what the window last read; replies you send wait until it is back.")
        elif state.holder is None:
            text = self.tr("Team database {database}\nno sync worker is running: replies stay queued").format(
                database=label
            )
            tip = self.tr("Start one with: colivingdesk sync --watch --database URL")
        else:
            host = state.holder.host or self.tr("an unknown computer")
            if state.last_cycle is not None:
                text = self.tr("Team database {database}\nsync worker on {host}, last pass {time}").format(
                    database=label, host=host, time=short_time(state.last_cycle)
                )
            else:
                text = self.tr("Team database {database}\nsync worker on {host}, first pass running").format(
                    database=label, host=host
                )
            tip = self.tr("Sync worker: {host}, process {pid}, running since {since}").format(
                host=host, pid=state.holder.pid, since=long_time(state.holder.since) or "?"
            )
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(text)

    def _state(self) -> TeamState | None:
        if not self.ctx.has_service:
            return None
        read = getattr(self.ctx.service, "team_state", None)
        return read() if callable(read) else None


def install_team_status(status_bar: QStatusBar, ctx: AppContext) -> TeamStatusWidget | None:
    """Put the team label in ``status_bar`` when the window works on a team database; None otherwise."""
    if ctx.team_label is None:
        return None
    widget = TeamStatusWidget(ctx, status_bar)
    status_bar.addWidget(widget)
    return widget
