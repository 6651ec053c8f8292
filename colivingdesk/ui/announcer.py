"""Announces the fate of replies and the channels' reachability, which otherwise only show as a colour, an icon
in a conversation or a banner somewhere the screen reader's focus is not.

It follows the change stream: a reply is announced once when the channel confirms it ("sent") and once each
time it ends up refused ("not sent"); a channel is announced when it goes offline and when it answers again.
Reading the state from the store (not from what the window did) keeps it true for replies sent by the
outbox's background worker, another window or ``sync --watch``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.sync import AccountStatus, ChangeSet
from colivingdesk.translatable import translated_reason
from colivingdesk.ui.accessibility import announce

#: States in which a channel has answered (the reverse of offline; "syncing" and "idle" prove nothing).
_ANSWERED = frozenset({"up_to_date", "key_rejected", "rate_limited"})


class StatusAnnouncer(QObject):
    """Owned by the window; fed the change stream and every account status poll."""

    def __init__(self, window: QWidget, get_item: Callable[[int], OutboxItem | None]) -> None:
        super().__init__(window)
        self._window = window
        self._get_item = get_item
        self._told: dict[int, OutboxState] = {}
        self._offline: set[Channel] = set()
        self._offline_words: Callable[[Channel], str] = lambda channel: self.tr(
            "{channel} is offline: changes wait in the outbox"
        ).format(channel=channel.label)

    def set_offline_words(self, words: Callable[[Channel], str]) -> None:
        """Say a channel going offline otherwise: on a team's database it is the team's sync worker that cannot
        reach it (see ``team_status``)."""
        self._offline_words = words

    def on_changes(self, changes: ChangeSet) -> None:
        for outbox_id in sorted(changes.get_ids("outbox")):
            if outbox_id.isdigit():
                self._reply(int(outbox_id))

    def _reply(self, outbox_id: int) -> None:
        item = self._get_item(outbox_id)
        if item is None or item.kind != "reply":
            return
        if item.state not in (OutboxState.SENT, OutboxState.FAILED):
            self._told.pop(outbox_id, None)  # retried: its next outcome is news again
            return
        if self._told.get(outbox_id) is item.state:
            return
        self._told[outbox_id] = item.state
        if item.state is OutboxState.SENT:
            announce(self._window, self.tr("Reply sent on {channel}").format(channel=item.channel.label))
        else:
            reason = translated_reason(item.error) or self.tr("the channel refused it")
            announce(
                self._window,
                self.tr("Reply not sent on {channel}: {reason}").format(channel=item.channel.label, reason=reason),
                assertive=True,
            )

    def on_status(self, statuses: Mapping[Channel, AccountStatus]) -> None:
        for channel, status in statuses.items():
            if status.state == "offline" and channel not in self._offline:
                self._offline.add(channel)
                announce(self._window, self._offline_words(channel), assertive=True)
            elif channel in self._offline and (status.state in _ANSWERED or status.state == "not_configured"):
                self._offline.discard(channel)
                if status.state != "not_configured":
                    announce(self._window, self.tr("{channel} is back online").format(channel=channel.label))
