"""How far a sync has got, per account: the feed at work, records and pages so far, and the time left.

A first sync of a busy account is thousands of conversations; Coliving.com reads are paced at 60 requests a
minute, so a complete first sync can take many minutes, and a person watching ``sync --once`` or the window's
status bar needs to see it move and how long it will take. Feeds report as their pages and items land; only
the newest report per account is kept. Time left is given only where a rate limit sets the pace (a feed whose
remaining items each cost one request under a per-minute limit): elsewhere it depends on the network and is
not guessed.

Reports are announced at most once per ``ANNOUNCE_EVERY`` of the Service's clock per account (plus the first
of each feed), so a thread per millisecond does not flood the change stream the window listens to.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from colivingdesk.domain import Channel
from colivingdesk.translatable import QT_TRANSLATE_NOOP, Counted, filled, translated

#: Counted words of the progress line (English for one, when no translator is installed).
SyncProgress = Counted("SyncProgress", {"%Ln pages": "%Ln page"})
FeedUnits = Counted("FeedUnits", {
    "%Ln properties": "%Ln property", "%Ln leads": "%Ln lead", "%Ln threads listed": "%Ln thread listed",
    "%Ln threads": "%Ln thread", "%Ln bookings": "%Ln booking", "%Ln conversations": "%Ln conversation",
})
#: What a feed counts (the feeds name it in English), and its words for a count, in the window's language: one
#: literal call each, as ``pyside6-lupdate`` extracts only those.
UNITS: dict[str, Callable[[int], str]] = {
    "properties": lambda n: FeedUnits.tr("%Ln properties", "", n),
    "leads": lambda n: FeedUnits.tr("%Ln leads", "", n),
    "threads listed": lambda n: FeedUnits.tr("%Ln threads listed", "", n),
    "threads": lambda n: FeedUnits.tr("%Ln threads", "", n),
    "bookings": lambda n: FeedUnits.tr("%Ln bookings", "", n),
    "conversations": lambda n: FeedUnits.tr("%Ln conversations", "", n),
}
#: Feeds' names that only progress shows (the others are each feed's ``label``).
PROGRESS_FEEDS = (QT_TRANSLATE_NOOP("Feeds", "booking details"),)
#: At most one announcement per account this often (the Service's clock).
ANNOUNCE_EVERY = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class FeedProgress:
    """One feed's progress in the running pass.

    ``done``/``total`` count ``unit`` (``total`` is ``None`` when the channel does not say, e.g. a list walked
    page by page); ``pages`` counts list pages read. ``per_minute`` is the request rate that paces each
    remaining item (one request each), when one does. ``later`` counts items of the backlog this pass leaves to
    later ones (a background cycle takes a share of a long first sync).
    """

    channel: Channel
    label: str
    unit: str
    done: int = 0
    total: int | None = None
    pages: int = 0
    per_minute: int | None = None
    later: int = 0

    @property
    def left(self) -> int | None:
        return None if self.total is None else max(self.total - self.done, 0)

    def seconds_left(self) -> float | None:
        """Time the rate limit needs for what is left, when it sets the pace (one request per item)."""
        left = self.left
        if left is None or not self.per_minute:
            return None
        return left * 60.0 / self.per_minute

    def line(self) -> str:
        """E.g. ``Coliving.com booking messages: 120/340 conversations, about 4 min left at 60 requests a
        minute`` or ``BookMyColiving leads: 1,200 leads, 12 pages``: the channel's name, then the rest in the
        window's language (English on the command line)."""
        words = UNITS[self.unit]
        # "120/340 conversations" takes the total's form ("0/1 conversation"); a walk with no total, the count's.
        counted = words(self.done) if self.total is None else f"{self.done:,}/{words(self.total)}"
        parts = [_say(QT_TRANSLATE_NOOP("SyncProgress", "{feed}: {counted}"), feed=translated("Feeds", self.label),
                      counted=counted)]
        if self.pages:
            parts.append(SyncProgress.tr("%Ln pages", "", self.pages))
        if self.later:
            parts.append(_say(QT_TRANSLATE_NOOP("SyncProgress", "{count} more after this pass"),
                              count=f"{self.later:,}"))
        seconds = self.seconds_left()
        if seconds is not None and seconds >= 60:
            parts.append(_say(QT_TRANSLATE_NOOP("SyncProgress", "about {minutes} min left at {rate} requests a minute"),
                              minutes=f"{math.ceil(seconds / 60):,}", rate=self.per_minute))
        elif seconds is not None and self.left:
            parts.append(_say(QT_TRANSLATE_NOOP("SyncProgress", "under a minute left at {rate} requests a minute"),
                              rate=self.per_minute))
        return f"{self.channel.label} " + ", ".join(parts)


def _say(source: str, **values: object) -> str:
    """A part of a progress line marked under ``SyncProgress``, in the window's language."""
    return filled("SyncProgress", source, **values)


class ProgressBoard:
    """The newest progress of each account; ``announce(channel)`` is called (throttled) when it moves."""

    def __init__(self, now: Callable[[], datetime], announce: Callable[[Channel], None]) -> None:
        self._now = now
        self._announce = announce
        self._current: dict[Channel, FeedProgress] = {}
        self._announced: dict[Channel, tuple[datetime, str]] = {}

    def get(self, channel: Channel) -> FeedProgress | None:
        return self._current.get(channel)

    def begin(self, progress: FeedProgress) -> FeedProgress:
        """A feed starts (or starts a new stage); always announced."""
        self._current[progress.channel] = progress
        self._emit(progress.channel, force=True)
        return progress

    def advance(self, channel: Channel, *, done: int = 0, pages: int = 0, total: int | None = None) -> None:
        """Add ``done`` items and ``pages`` pages to the account's current feed (``total`` replaces)."""
        current = self._current.get(channel)
        if current is None:
            return
        self._current[channel] = replace(
            current,
            done=current.done + done,
            pages=current.pages + pages,
            total=current.total if total is None else total,
        )
        self._emit(channel)

    def clear(self, channel: Channel) -> None:
        """The pass is over: nothing is in progress for the account."""
        self._announced.pop(channel, None)
        if self._current.pop(channel, None) is not None:
            self._announce(channel)

    def _emit(self, channel: Channel, *, force: bool = False) -> None:
        now = self._now()
        last = self._announced.get(channel)
        label = self._current[channel].label
        if not force and last is not None and last[1] == label and now - last[0] < ANNOUNCE_EVERY:
            return
        self._announced[channel] = (now, label)
        self._announce(channel)
