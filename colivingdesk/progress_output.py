"""The progress of a headless ``sync --once`` on stderr, and what a run cut short leaves for the next.

A complete first sync can take many minutes (Coliving.com allows 60 requests a minute), so the command says
how far it has got: on a terminal one line rewritten in place; into a file or a pipe (cron, CI logs) plain
lines, at most one every ``PLAIN_EVERY`` seconds, so a log holds a readable trace rather than thousands of
updates. With ``--json`` nothing is printed here: stderr then carries only errors, for scripts that treat
any stderr output as a failure.
"""

from __future__ import annotations

import math
import shutil
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from colivingdesk.domain import Channel
from colivingdesk.sync.progress import FeedProgress

if TYPE_CHECKING:
    from colivingdesk.sync import SyncReport

#: Seconds between two plain lines when stderr is not a terminal.
PLAIN_EVERY = 5.0
SEPARATOR = " · "


class ProgressPrinter:
    """Subscribe :meth:`on_changes` to the Service's change stream; call :meth:`finish` when the run ends."""

    def __init__(
        self,
        progress: Callable[[Channel], FeedProgress | None],
        stream: TextIO,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._progress = progress
        self._stream = stream
        self._monotonic = monotonic
        self._tty = stream.isatty()
        self._lines: dict[Channel, str] = {}
        self._last_plain: float | None = None
        self._drawn = False

    def on_changes(self, changes: Mapping[str, Iterable[str]]) -> None:
        moved = False
        for value in changes.get("status", ()):
            channel = Channel(value)
            progress = self._progress(channel)
            if progress is not None and not (progress.done or progress.pages or progress.total):
                continue  # nothing to tell yet: a run that fails at once prints only its error
            if progress is None:
                moved = self._lines.pop(channel, None) is not None or moved
            else:
                self._lines[channel] = progress.line()
                moved = True
        if moved and self._lines:
            self._show(SEPARATOR.join(self._lines[c] for c in Channel if c in self._lines))

    def finish(self) -> None:
        """End the in-place line, so what follows starts on a line of its own."""
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False

    def _show(self, text: str) -> None:
        if self._tty:
            width = shutil.get_terminal_size((100, 24)).columns - 1
            if len(text) > width:
                text = text[: max(width - 1, 0)] + "…"
            self._stream.write("\r" + text + "\x1b[K")
            self._stream.flush()
            self._drawn = True
            return
        now = self._monotonic()
        if self._last_plain is not None and now - self._last_plain < PLAIN_EVERY:
            return
        self._last_plain = now
        self._stream.write(text + "\n")
        self._stream.flush()


def print_resume(report: SyncReport, waiting: str, stream: TextIO) -> None:
    """For each account a long rate-limit wait stopped with work left: what is left, and when to run again
    (not when nothing was sent at all: the ``waiting`` line already says until when)."""
    from colivingdesk.sync.backlog import backlog_text

    if waiting:
        return
    now = datetime.now(UTC)
    for channel, wait in sorted(report.waits.items()):
        left = backlog_text(report.backlog.get(channel, {}))
        if channel not in report.errors or not left:
            continue
        seconds = max(math.ceil((wait.until - now).total_seconds()), 0)
        stream.write(
            f"{Channel(channel).label}: {left} left; `colivingdesk sync --once` can go on from "
            f"{local_time(wait.until, now)} (in {seconds} s)\n"
        )


def local_time(when: datetime, now: datetime) -> str:
    """``when`` in local time: the time of day, with the date when it is not today."""
    local = when.astimezone()
    return f"{local:%H:%M:%S}" if local.date() == now.astimezone().date() else f"{local:%Y-%m-%d %H:%M:%S}"
