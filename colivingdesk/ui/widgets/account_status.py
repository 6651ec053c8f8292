"""The status bar's account part: per channel, its sync state and the rate budgets that matter right now.

Operators hit the BookMyColiving reply cap (60 an hour) in busy weeks, so the budget with the least headroom
is always on screen ("BookMyColiving replies 57/60, resets 14:05"), and every budget is in the tooltip. The
words for each state live here so the status bar, tooltips and tests agree.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync import AccountStatus, BudgetView
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.widgets.badges import StatusDotWidget


def state_text(channel: Channel, status: AccountStatus) -> str:
    name = channel.label
    at = formatting.clock(status.last_synced_at)
    state = status.state
    if state == "up_to_date":
        return f"{name}: up to date at {at}" if at else f"{name}: up to date"
    if state == "syncing":
        return f"{name}: syncing…"
    if state == "offline":
        return f"{name}: offline" + (f", last synced {at}" if at else "")
    if state == "key_rejected":
        return f"{name}: key rejected, open Settings"
    if state == "rate_limited":
        return f"{name}: paused by rate limit"
    if state == "not_configured":
        return f"{name}: not connected"
    return f"{name}: waiting to sync"


def state_color(status: AccountStatus) -> QColor:
    accents = theme.accents()
    return {
        "up_to_date": accents.ok, "syncing": accents.channel(Channel.BMC), "offline": accents.warn,
        "key_rejected": accents.error, "rate_limited": accents.warn,
    }.get(status.state, accents.muted)


def budget_text(channel: Channel, budget: BudgetView) -> str:
    if budget.remaining is None or budget.limit is None:
        return f"{channel.label} {budget.label}: not used yet"
    text = f"{channel.label} {budget.label} {budget.remaining}/{budget.limit}"
    if budget.reset_at is not None:
        text += f", resets {formatting.clock(budget.reset_at)}"
    return text


def tightest(budgets: list[BudgetView]) -> BudgetView | None:
    """The budget with the least headroom, preferring replies when equal (the cap people actually hit)."""
    known = [b for b in budgets if b.remaining is not None and b.limit]
    if not known:
        return None
    return min(known, key=lambda b: ((b.remaining or 0) / (b.limit or 1), b.label != "replies"))


class AccountStatusWidget(QWidget):
    """One dot+text per channel and a budgets line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.chips: dict[Channel, StatusDotWidget] = {}
        for channel in Channel:
            chip = StatusDotWidget()
            chip.setObjectName(f"status_{channel.value}")
            self.chips[channel] = chip
            layout.addWidget(chip)
        self.budgets = QLabel()
        self.budgets.setObjectName("budgets")
        layout.addWidget(self.budgets)

    def update_status(self, statuses: dict[Channel, AccountStatus]) -> None:
        parts: list[str] = []
        tips: list[str] = []
        for channel, chip in self.chips.items():
            status = statuses.get(channel)
            if status is None:
                chip.hide()
                continue
            chip.setVisible(status.state != "not_configured" or not any(
                s.state != "not_configured" for s in statuses.values()
            ))
            detail = status.message or ""
            chip.set_state(state_text(channel, status), state_color(status), detail)
            pick = tightest(status.budgets)
            if pick is not None:
                parts.append(budget_text(channel, pick))
            tips.extend(budget_text(channel, b) for b in status.budgets)
        self.budgets.setText("  ·  ".join(parts))
        self.budgets.setToolTip("\n".join(tips) or "No requests made yet.")

    def texts(self) -> list[str]:
        return [chip.text() for chip in self.chips.values() if chip.isVisible()] + [self.budgets.text()]
