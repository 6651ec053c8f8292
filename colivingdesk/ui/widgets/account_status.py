"""The status bar's account part: per channel, its sync state and the rate budgets that matter right now.

Operators hit the BookMyColiving reply cap (60 an hour) in busy weeks, and a long first sync runs into
Coliving.com's 60 requests a minute, so those two are always on screen ("BookMyColiving replies 57/60, resets
14:05"). A part the last sync could not refresh while the rest did is named on the chip ("properties not
refreshed"), the channel's reason in its tooltip. Read budgets such as BookMyColiving's 10,000 messages an
hour are never the constraint, so they are only in the tooltip. The words for each state live here so the
status bar, tooltips and tests agree.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QShowEvent, QTextDocumentFragment
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync import AccountStatus, BudgetView
from colivingdesk.translatable import translated
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.widgets.badges import StatusDotWidget


def state_text(channel: Channel, status: AccountStatus, *, by_worker: bool = False) -> str:
    """``by_worker``: the status is the team's sync worker's (a team desktop never talks to the channels), so
    "offline" is said as the worker's, not as if this computer had lost its connection."""
    name = channel.label
    at = formatting.clock(status.last_synced_at)
    state = status.state
    if state == "up_to_date" and status.stale:
        # The rest synced; say which part is old rather than claim everything is current.
        parts = functools.reduce(
            lambda first, second: QCoreApplication.translate("AccountStatusWidget", "{first} and {second}").format(
                first=first, second=second,
            ),
            [translated("Feeds", label) for label in status.stale],
        )
        return QCoreApplication.translate(
            "AccountStatusWidget", "{name}: synced at {time}, {parts} not refreshed",
        ).format(name=name, time=at, parts=parts)
    if state == "up_to_date":
        if at:
            return QCoreApplication.translate("AccountStatusWidget", "{name}: up to date at {time}").format(
                name=name, time=at,
            )
        return QCoreApplication.translate("AccountStatusWidget", "{name}: up to date").format(name=name)
    if state == "syncing":
        # A long first sync says how far it has got ("BookMyColiving: syncing, conversations: 300/4,000 threads").
        if status.progress:
            return QCoreApplication.translate("AccountStatusWidget", "{name}: syncing, {progress}").format(
                name=name, progress=status.progress.removeprefix(name + ' '),
            )
        return QCoreApplication.translate("AccountStatusWidget", "{name}: syncing…").format(name=name)
    if state == "offline" and by_worker:
        if at:
            return QCoreApplication.translate(
                "AccountStatusWidget", "{name}: the sync worker cannot reach it, last synced {time}",
            ).format(name=name, time=at)
        return QCoreApplication.translate("AccountStatusWidget", "{name}: the sync worker cannot reach it").format(
            name=name,
        )
    if state == "offline":
        if at:
            return QCoreApplication.translate("AccountStatusWidget", "{name}: offline, last synced {time}").format(
                name=name, time=at,
            )
        return QCoreApplication.translate("AccountStatusWidget", "{name}: offline").format(name=name)
    if state == "key_rejected":
        return QCoreApplication.translate("AccountStatusWidget", "{name}: key rejected, open Settings").format(
            name=name,
        )
    if state == "rate_limited":
        until = formatting.clock(status.waiting_until)
        if until:
            return QCoreApplication.translate(
                "AccountStatusWidget", "{name}: paused by rate limit until {time}",
            ).format(name=name, time=until)
        return QCoreApplication.translate("AccountStatusWidget", "{name}: paused by rate limit").format(name=name)
    if state == "no_worker":  # a team database with no sync worker running (the team label says more)
        return QCoreApplication.translate("AccountStatusWidget", "{name}: no sync worker").format(name=name)
    if state == "not_configured":
        # With a reason, the account exists but the Service found no usable key (its words go to the tooltip).
        if status.message:
            return QCoreApplication.translate("AccountStatusWidget", "{name}: key missing").format(name=name)
        return QCoreApplication.translate("AccountStatusWidget", "{name}: not connected").format(name=name)
    return QCoreApplication.translate("AccountStatusWidget", "{name}: waiting to sync").format(name=name)


def state_color(status: AccountStatus) -> QColor:
    accents = theme.accents()
    if status.state == "up_to_date" and status.stale:
        return accents.warn
    if status.state == "not_configured" and status.message:
        return accents.error
    return {
        "up_to_date": accents.ok, "syncing": accents.channel(Channel.BMC), "offline": accents.warn,
        "key_rejected": accents.error, "rate_limited": accents.warn, "no_worker": accents.warn,
        "not_configured": accents.error if status.message else accents.muted,
    }.get(status.state, accents.muted)


#: The sync layer's names for the budgets and periods the status bar shows, in the user's language; other
#: budgets (BookMyColiving's endpoint groups, only in the tooltip) keep the channel's own names.
_BUDGET_WORDS = {
    "replies": QT_TRANSLATE_NOOP("AccountStatusWidget", "replies"),
    "requests": QT_TRANSLATE_NOOP("AccountStatusWidget", "requests"),
    "hour": QT_TRANSLATE_NOOP("AccountStatusWidget", "hour"),
    "minute": QT_TRANSLATE_NOOP("AccountStatusWidget", "minute"),
}


def _budget_word(word: str) -> str:
    known = _BUDGET_WORDS.get(word)
    return QCoreApplication.translate("AccountStatusWidget", str(known)) if known is not None else word


def budget_text(channel: Channel, budget: BudgetView) -> str:
    """The channel's budget in words; its name and period, made by the sync layer, translated when known."""
    if budget.remaining is None or budget.limit is None:
        return QCoreApplication.translate("AccountStatusWidget", "{channel} {budget}: not used yet").format(
            channel=channel.label, budget=_budget_word(budget.label),
        )
    values = {
        "channel": channel.label, "budget": _budget_word(budget.label), "remaining": budget.remaining,
        "limit": budget.limit,
    }
    if budget.reset_at is not None:
        return QCoreApplication.translate(
            "AccountStatusWidget", "{channel} {budget} left: {remaining}/{limit}, resets {time}",
        ).format(time=formatting.clock(budget.reset_at), **values)
    if budget.per:
        return QCoreApplication.translate(
            "AccountStatusWidget", "{channel} {budget} left: {remaining}/{limit} this {period}",
        ).format(period=_budget_word(budget.per), **values)
    return QCoreApplication.translate(
        "AccountStatusWidget", "{channel} {budget} left: {remaining}/{limit}",
    ).format(**values)


def budget_color(budget: BudgetView) -> QColor | None:
    """Warn when a fifth or less is left, and in red when nothing is: replies will wait in the outbox."""
    if budget.remaining is None or not budget.limit:
        return None
    accents = theme.accents()
    if budget.remaining <= 0:
        return accents.error
    if budget.remaining <= budget.limit * 0.2:
        return accents.warn
    return None


class AccountStatusWidget(QWidget):
    """One dot+text per channel and a budgets line: beside the chips while the window has room for both,
    under them when it has not (a large font, a narrow window), so no part is ever cut off."""

    #: Of the window's width, what the states and budgets may take in one row; the rest is for the status
    #: bar's other parts (demo mode, notifications, the size grip).
    ONE_ROW_SHARE = 0.8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(12)
        self._layout.setVerticalSpacing(0)
        self.chips: dict[Channel, StatusDotWidget] = {}
        for column, channel in enumerate(Channel):
            chip = StatusDotWidget()
            chip.setObjectName(f"status_{channel.value}")
            self.chips[channel] = chip
            self._layout.addWidget(chip, 0, column)
        self.budgets = QLabel()
        self.budgets.setObjectName("budgets")
        self.budgets.setTextFormat(Qt.TextFormat.RichText)
        self.two_rows = False
        self._layout.addWidget(self.budgets, 0, len(self.chips))
        self._watched: QWidget | None = None
        #: Whether the states are the team's sync worker's (see :func:`state_text`).
        self.by_worker = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            self._watched = window
            window.installEventFilter(self)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def _arrange(self) -> None:
        """Budgets beside the chips if both fit in the window's share, else on a second row."""
        window = self._watched
        if window is None:
            return
        shown = [chip for chip in self.chips.values() if not chip.isHidden()]
        spacing = self._layout.horizontalSpacing()
        one_row = sum(chip.sizeHint().width() + spacing for chip in shown) + self.budgets.sizeHint().width()
        two_rows = one_row > window.width() * self.ONE_ROW_SHARE
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        self._layout.removeWidget(self.budgets)
        if two_rows:
            self._layout.addWidget(self.budgets, 1, 0, 1, len(self.chips))
        else:
            self._layout.addWidget(self.budgets, 0, len(self.chips))

    def update_status(self, statuses: dict[Channel, AccountStatus]) -> None:
        parts: list[str] = []
        tips: list[str] = []
        for channel, chip in self.chips.items():
            status = statuses.get(channel)
            if status is None:
                chip.hide()
                continue
            # Every channel keeps its chip, connected or not: a missing chip reads as "nothing to worry
            # about" when the account has lost its key or was never set up.
            chip.show()
            detail = status.message or ""
            chip.set_state(state_text(channel, status, by_worker=self.by_worker), state_color(status), detail)
            if status.headline is not None:
                from html import escape  # with the first budget shown: the first frame has none

                text = budget_text(channel, status.headline)
                color = budget_color(status.headline)
                parts.append(f'<span style="color: {color.name()};">{escape(text)}</span>' if color else escape(text))
                tips.append(text)
            tips.extend(
                budget_text(channel, b) for b in status.budgets
                if status.headline is None or b.label != status.headline.label
            )
        self.budgets.setText("&nbsp; · &nbsp;".join(parts))
        self.budgets.setToolTip("\n".join(tips) or self.tr("No requests made yet."))
        self._arrange()

    def texts(self) -> list[str]:
        """What is on screen, as plain text (the budgets line may carry colour markup)."""
        plain = QTextDocumentFragment.fromHtml(self.budgets.text()).toPlainText().replace("\xa0", " ")
        return [chip.text() for chip in self.chips.values() if chip.isVisible()] + [plain]
