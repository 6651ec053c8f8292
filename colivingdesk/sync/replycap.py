"""BookMyColiving's 60 replies per hour per API key, decided before each reply is sent.

Two sources of truth, in order: the server's own ``X-RateLimit-Remaining``/``-Reset`` from the last reply
response (another desktop may share the key, so the server's count beats ours while its window is current),
then our persisted sliding log of replies (``reply_log``), which survives restarts and covers the time before
the server has told us anything. A reply that would exceed the cap is held until the earliest moment a slot
frees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from colivingdesk.api.ratelimit import RateBudget

REPLIES_PER_HOUR = 60
WINDOW = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class ReplyWindow:
    cap: int = REPLIES_PER_HOUR
    window: timedelta = WINDOW

    def next_slot(
        self, now: datetime, sent_times: Sequence[datetime], server: RateBudget | None = None, reserve: int = 0
    ) -> datetime | None:
        """``None`` if a reply may go now, else the time it may go.

        ``sent_times`` are our recorded sends (any order); only those inside the window count. ``reserve``
        replies of the window are left unused (automated replies keep the last ones for the host's own).
        """
        epoch = now.timestamp()
        if server is not None:
            if server.cooldown_until is not None and server.cooldown_until > epoch:
                return datetime.fromtimestamp(server.cooldown_until, now.tzinfo)
            if server.reset_at is not None and server.reset_at > epoch and server.remaining is not None:
                if server.remaining > reserve:
                    return None
                return datetime.fromtimestamp(server.reset_at, now.tzinfo)
        usable = max(self.cap - reserve, 1)
        recent = sorted(t for t in sent_times if t > now - self.window)
        if len(recent) < usable:
            return None
        return recent[len(recent) - usable] + self.window

    def budget(
        self, now: datetime, sent_times: Sequence[datetime], server: RateBudget | None = None
    ) -> tuple[int, int, datetime | None]:
        """(cap, replies left, when the next slot frees or the server's window resets) for the status bar.

        Same sources as :meth:`next_slot`: the server's count while its window is current, else our log.
        """
        epoch = now.timestamp()
        if server is not None and server.reset_at is not None and server.reset_at > epoch \
                and server.remaining is not None:
            cap = server.limit or self.cap
            return cap, server.remaining, datetime.fromtimestamp(server.reset_at, now.tzinfo)
        recent = sorted(t for t in sent_times if t > now - self.window)
        return self.cap, max(self.cap - len(recent), 0), (recent[0] + self.window if recent else None)
