"""What an account's feeds still have to fetch: the work a cut-short run leaves to the next one.

A complete ``sync --once`` ends early only on a rate-limit wait too long to sleep through (BookMyColiving's
hourly budget spent). It then says what is left, from the same persisted lists the next run starts from:
BookMyColiving's pending threads, Coliving.com's current and upcoming bookings without a detail record.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from colivingdesk.domain import Channel
from colivingdesk.sync import bmc_feeds, coliving_feeds

if TYPE_CHECKING:
    from colivingdesk.store import Store


def backlog(store: Store, channel: Channel, now: datetime) -> dict[str, int]:
    """Kind -> count of what the account's feeds have yet to fetch (store thread)."""
    if channel is Channel.BMC:
        pending = bmc_feeds.ConversationsFeed.pending_name
        return {"threads": len(bmc_feeds.load_pending(store, pending))}
    floor = coliving_feeds.open_floor(now)
    return {"details": len(coliving_feeds.missing_detail(store, floor, coliving_feeds.COMPLETE_DETAILS, []))}


def backlog_text(left: dict[str, int]) -> str:
    """E.g. ``412 conversations and 3 booking details``; empty when nothing is left."""
    words = {"threads": "conversation", "conversations": "conversation", "details": "booking detail"}
    parts = [f"{n:,} {words.get(kind, kind)}{'s' if n != 1 else ''}" for kind, n in left.items() if n]
    return " and ".join(parts)
