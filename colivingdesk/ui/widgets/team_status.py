"""The status bar's word on the team database: which one the window works on, and whether a worker syncs it.

In team mode the accounts' chips show what the team's sync worker last reported; this label says what they
rest on: the database (its label, never a password), who runs the worker and when it last finished a pass, or
that none runs (replies then wait in the outbox), or that the database cannot be reached right now. State is
carried by the words, not by colour alone.

It also gives the offline banner its words on a team desktop: a channel "offline" there is one the team's sync
worker cannot reach, while this computer works on the team database as usual, so the banner names the worker's
computer and its reason, and says replies stay queued until the worker reaches the channel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.sync.status import AccountStatus
from colivingdesk.ui.errors import Level, UserMessage
from colivingdesk.ui.formatting import long_time, short_time
from colivingdesk.ui.widgets.offline_banner import OfflineBannerWidget, channel_names

if TYPE_CHECKING:
    from colivingdesk.sync.team_desktop import TeamState
    from colivingdesk.ui.context import AppContext
    from colivingdesk.ui.widgets.account_status import AccountStatusWidget


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

    def offline_message(
        self, offline: dict[Channel, AccountStatus], current: dict[Channel, AccountStatus]
    ) -> UserMessage:
        """The offline banner's words on a team desktop: the worker cannot reach the channels in ``offline``
        (their last offline status, with the worker's reason); ``current`` says which it is trying again."""
        channels = sorted(offline, key=list(Channel).index)
        names = channel_names(channels)
        state = self._state()
        host = state.holder.host if state is not None and state.holder is not None else ""
        reasons: list[str] = []
        for channel in channels:
            now = current.get(channel)
            if now is not None and now.state == "syncing":
                reasons.append(self.tr("The sync worker is trying {channel} again…").format(channel=channel.label))
            elif offline[channel].message:
                reason = offline[channel].message.rstrip(" .")  # the sentence's own full stop follows
                reasons.append(self.tr("The sync worker says: {reason}.").format(reason=reason))
        if host:
            title = self.tr("The team's sync worker on {host} cannot reach {names}").format(host=host, names=names)
            fine = self.tr(
                "This computer is fine: it works on the team database, and only the sync worker on {host} talks "
                "to the channels."
            ).format(host=host)
        else:
            title = self.tr("The team's sync worker cannot reach {names}").format(names=names)
            fine = self.tr(
                "This computer is fine: it works on the team database, and only the team's sync worker talks to "
                "the channels."
            )
        queued = self.tr(
            "Replies and changes made here stay queued until the worker reaches {names} again."
        ).format(names=names)
        return UserMessage(title, " ".join([*reasons, fine, queued]), level=Level.WARNING)

    def offline_announcement(self, channel: Channel) -> str:
        """What a screen reader hears when the worker reports ``channel`` offline (see :meth:`offline_message`)."""
        return self.tr(
            "The team's sync worker cannot reach {channel}; this computer is fine, and replies stay queued until "
            "the worker reaches it"
        ).format(channel=channel.label)

    def _state(self) -> TeamState | None:
        if not self.ctx.has_service:
            return None
        read = getattr(self.ctx.service, "team_state", None)
        return read() if callable(read) else None


def install_team_status(
    status_bar: QStatusBar, ctx: AppContext, offline_banner: OfflineBannerWidget | None = None,
    account_status: AccountStatusWidget | None = None,
) -> TeamStatusWidget | None:
    """Put the team label in ``status_bar`` when the window works on a team database, and give
    ``offline_banner`` and ``account_status`` the team's words; None (and nothing changed) otherwise."""
    if ctx.team_label is None:
        return None
    widget = TeamStatusWidget(ctx, status_bar)
    status_bar.addWidget(widget)
    if offline_banner is not None:
        offline_banner.set_wording(widget.offline_message)
    if account_status is not None:
        account_status.by_worker = True
    return widget
