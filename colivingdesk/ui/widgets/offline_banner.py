"""The banner that says a channel is offline, and keeps saying it until the channel answers again.

The Service retries an offline account on its own; while a retry runs, the account's state is "syncing", which
says nothing about whether the channel is back. A banner driven by the state alone would vanish at every retry
and come back seconds later, as if the problem had gone away. So an offline channel stays offline here until a
pass ends with an answer from it: up to date, a refused key or a rate limit (all answers), or the account being
removed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync import AccountStatus
from colivingdesk.ui.errors import Level, UserMessage
from colivingdesk.ui.widgets.banner import BannerWidget

#: What the banner says for the offline channels and every channel's current status.
Wording = Callable[[dict[Channel, AccountStatus], dict[Channel, AccountStatus]], UserMessage]

#: States that prove the channel answered (or that there is no account left to be offline).
_ANSWERED = frozenset({"up_to_date", "key_rejected", "rate_limited", "not_configured"})


def channel_names(channels: list[Channel]) -> str:
    """"BookMyColiving and Coliving.com" (there are two channels)."""
    names = channels[0].label
    for channel in channels[1:]:
        names = QCoreApplication.translate("OfflineBanner", "{first} and {second}").format(
            first=names, second=channel.label
        )
    return names


def offline_message(offline: dict[Channel, AccountStatus], current: dict[Channel, AccountStatus]) -> UserMessage:
    """What the banner says for the channels in ``offline`` (their last offline status); ``current`` tells
    which of them are being tried again right now."""
    channels = sorted(offline, key=list(Channel).index)
    names = channel_names(channels)
    reasons: list[str] = []
    for channel in channels:
        now = current.get(channel)
        if now is not None and now.state == "syncing":
            reasons.append(QCoreApplication.translate("OfflineBanner", "Trying {channel} again…").format(
                channel=channel.label
            ))
        else:
            unreached = QCoreApplication.translate("OfflineBanner", "Could not reach {channel}.")
            reasons.append(offline[channel].message or unreached.format(channel=channel.label))
    if len(channels) == 1:
        advice = QCoreApplication.translate(
            "OfflineBanner",
            "You can keep working from the cache: replies and changes wait in the outbox until {names} answers "
            "again. If this lasts, check the internet connection.",
        )
        title = QCoreApplication.translate("OfflineBanner", "{names} is offline")
    else:
        advice = QCoreApplication.translate(
            "OfflineBanner",
            "You can keep working from the cache: replies and changes wait in the outbox until {names} answer "
            "again. If this lasts, check the internet connection.",
        )
        title = QCoreApplication.translate("OfflineBanner", "{names} are offline")
    text = " ".join([*reasons, advice.format(names=names)])
    title = title.format(names=names)
    return UserMessage(title, text, level=Level.WARNING)


class OfflineBannerWidget(BannerWidget):
    """Fed every account status the status bar gets; shows while any channel has not answered since it went
    offline. Dismissing hides it until another channel goes offline or all come back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, name="offlineBanner", fades=False)
        self._offline: dict[Channel, AccountStatus] = {}
        self._dismissed: frozenset[Channel] = frozenset()
        self._updating = False
        self._wording: Wording = offline_message
        self.dismissed.connect(self._on_dismissed)

    def set_wording(self, wording: Wording) -> None:
        """Say it otherwise: on a team's database the channels are offline for the team's sync worker, not for
        this computer (see ``team_status.TeamStatusWidget.offline_message``)."""
        self._wording = wording

    def offline_channels(self) -> list[Channel]:
        return sorted(self._offline, key=list(Channel).index)

    def update_status(self, statuses: dict[Channel, AccountStatus]) -> None:
        for channel, status in statuses.items():
            if status.state == "offline":
                self._offline[channel] = status
            elif status.state in _ANSWERED:
                self._offline.pop(channel, None)
            # "syncing" and "idle" keep the last word: a retry is not an answer.
        if not self._offline:
            self._dismissed = frozenset()
            self._hide_quietly()
            return
        if frozenset(self._offline) <= self._dismissed:
            return
        self.show_message(self._wording(self._offline, statuses))

    def _hide_quietly(self) -> None:
        """Hide without counting it as the user's dismissal."""
        if self.isHidden() and self.message is None:
            return
        self._updating = True
        try:
            self.dismiss()
        finally:
            self._updating = False

    def _on_dismissed(self) -> None:
        if not self._updating:
            self._dismissed = frozenset(self._offline)
