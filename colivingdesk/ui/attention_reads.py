"""The sidebar's attention counts, read off the event loop while change sets keep arriving.

Counting unread conversations, unread messages and new leads scans tables the store thread is writing to: during
a large sync one read took 30 ms and more, a stalled frame at every change set when it ran on the GUI thread.
Here reads run in the executor (``asyncslots.in_executor``), one at a time: change sets that arrive while a read
is in flight wait for it and share the next read, so a burst costs two reads rather than one per change set, and
answers are applied in the order their reads started. The counts shown therefore never go back to an older
answer once a newer one was shown, and each batch of change sets is told the counts before and after it (what
the "new messages" notifications compare).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from colivingdesk.store import AttentionCounts, Store
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.ui.asyncslots import in_executor, spawn

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

#: ``apply(before, after, changes)``: show ``after``; ``changes`` (with whether the window was active when each
#: arrived) are the change sets the read answered, ``before`` the counts shown until then (None at first).
Apply = Callable[[AttentionCounts | None, AttentionCounts, list[tuple[ChangeSet, bool]]], None]


class AttentionReads:
    """Reads ``reader.attention_counts`` in the executor for each :meth:`request`, coalescing requests made
    during a read; ``person`` (asked on the GUI thread) is whose unread is counted (see ``person_reads``)."""

    def __init__(self, reader: Store, person: Callable[[], str | None], apply: Apply, owner: QObject) -> None:
        self._reader = reader
        self._person = person
        self._apply = apply
        self._owner = owner
        self._wanted: list[tuple[ChangeSet, bool]] | None = None  # None: no read wanted
        self._running = False
        #: Bumped by :meth:`read_now`: a read in flight that started before it answers an older question.
        self._generation = 0
        self.counts: AttentionCounts | None = None

    @property
    def busy(self) -> bool:
        """Whether a read is in flight or wanted (tests wait for this to clear)."""
        return self._running or self._wanted is not None

    def read_now(self) -> AttentionCounts:
        """Read on the calling thread and show the answer (before the event loop runs: the first frame)."""
        self._generation += 1
        counts = self._reader.attention_counts(self._person())
        self._apply(self.counts, counts, [])
        self.counts = counts
        return counts

    def request(self, changes: ChangeSet | None = None, *, active: bool = False) -> None:
        """Have the counts read again; ``changes`` (when given) is handed to ``apply`` with the answer."""
        wanted = self._wanted if self._wanted is not None else []
        if changes is not None:
            wanted.append((changes, active))
        self._wanted = wanted
        if not self._running:
            self._running = True
            spawn(self._run(), owner=self._owner)

    async def _run(self) -> None:
        try:
            while self._wanted is not None:
                batch, self._wanted = self._wanted, None
                generation = self._generation
                try:
                    counts = await in_executor(self._reader.attention_counts, self._person())
                except Exception:  # a failed count must not stop later ones; the badges keep their last numbers
                    log.warning("attention counts could not be read", exc_info=True)
                    continue
                if generation != self._generation and self.counts is not None:
                    counts = self.counts  # read_now answered since this read started: its answer is newer
                before, self.counts = self.counts, counts
                self._apply(before, counts, batch)
        finally:
            self._running = False
