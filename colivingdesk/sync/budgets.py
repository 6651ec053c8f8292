"""The one rate budget per account that the status bar puts on screen.

An operator runs into BookMyColiving's 60 replies an hour (replies then wait in the outbox) and Coliving.com's
60 requests a minute (sync slows down); BookMyColiving's read budgets are far from ever binding. The values
come from what is already in memory, so the window can ask every couple of seconds without touching the store.
"""

from __future__ import annotations

from datetime import UTC, datetime

from colivingdesk.domain import Channel
from colivingdesk.sync.outbox import OutboxSender
from colivingdesk.sync.runtime import AccountRuntime
from colivingdesk.sync.status import BudgetView

#: Endpoint groups as the api clients name them.
REPLIES_GROUP = "replies"
COLIVING_GROUP = "api"


def headline(runtime: AccountRuntime, sender: OutboxSender, now: datetime, requests_per_minute: int) -> BudgetView:
    """BookMyColiving: replies, from the server's last headers on the reply endpoint while their window is
    current, else from the reply log the outbox last read (as the outbox itself decides). Coliving.com: its
    one budget of requests a minute, counted from our own sends (it sends no rate-limit headers); a 429's
    cooldown empties it until the channel accepts requests again.
    """
    if runtime.channel is Channel.BMC:
        server = runtime.budgets.get(REPLIES_GROUP)
        cap, left, frees = sender.window.budget(now, sender.reply_times, server)
        return BudgetView("replies", cap, left, frees, per="hour")
    budget = runtime.budgets.get(COLIVING_GROUP)
    blocked = budget.blocked_until(now.timestamp()) if budget is not None else None
    if blocked is not None:
        return BudgetView("requests", requests_per_minute, 0, datetime.fromtimestamp(blocked, UTC), per="minute")
    left = runtime.requests_left(requests_per_minute, now)
    return BudgetView("requests", requests_per_minute, left, None, per="minute")
