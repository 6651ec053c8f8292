"""Quick-search queries on a thread of their own, over a read-only connection of their own.

A search over a large cache can take several milliseconds, and a slow disk much more: on the GUI thread that
would stall typing. Here each query runs on one dedicated worker thread (queries never overlap, so a burst of
keystrokes cannot pile up work), on a connection that neither waits behind the views' reader nor behind a
sync batch, and that keeps its page cache warm between queries.

Every query gets a generation number; a query overtaken by a newer one stops between pages, and the caller
drops any page whose generation is not the latest, so results of an older text never replace newer ones.
Qt-free: results go to callbacks, which the popup turns into queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from colivingdesk.store import SearchHit, Store, open_store

log = logging.getLogger(__name__)

#: ``on_page(generation, hits, lines)``: one page of hits, best first, with each hit's extra line.
PageCallback = Callable[[int, list[SearchHit], list[str]], None]
#: ``on_done(generation, error)``: the query ran to its end (error text, or None), after its last page.
DoneCallback = Callable[[int, str | None], None]


class SearchRunner:
    """Runs ``store.search_pages`` for the latest text on the search thread; see the module docstring."""

    def __init__(
        self, database: Path | Callable[[], Store], describe: Callable[[Store, SearchHit], str], limit: int
    ) -> None:
        """``database``: the cache file, or a function opening a read-only store (a team database)."""
        self._database = database
        self._describe = describe
        self._limit = limit
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="colivingdesk-search")
        self._store: Store | None = None  # opened and used on the search thread only
        self._generation = 0
        self._lock = threading.Lock()
        self._closed = False

    @property
    def generation(self) -> int:
        """The number of the latest query; pages of any other are stale."""
        return self._generation

    def submit(self, text: str, on_page: PageCallback, on_done: DoneCallback) -> int:
        """Queue a search for ``text``; returns its generation. Older queries still queued are skipped."""
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._executor.submit(self._run, generation, text, on_page, on_done)
        return generation

    def cancel(self) -> None:
        """Make the query in flight (if any) stale without starting another."""
        with self._lock:
            self._generation += 1

    def close(self) -> None:
        """Stop taking queries and close the connection on its own thread once the current query ends."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._generation += 1  # anything still queued or running is now stale
        try:
            self._executor.submit(self._close_store)
        except RuntimeError:  # the interpreter is exiting: its search thread is gone, nothing else uses the store
            self._close_store()
        self._executor.shutdown(wait=False)

    # ------------------------------------------------------------------ search thread
    def _run(self, generation: int, text: str, on_page: PageCallback, on_done: DoneCallback) -> None:
        if generation != self._generation:
            return  # a newer text was typed before this one's turn came
        error: str | None = None
        try:
            store = self._open()
            for page in store.search_pages(text, self._limit):
                if generation != self._generation:
                    return
                on_page(generation, page, [self._describe(store, hit) for hit in page])
        except Exception as err:  # a broken or locked cache: say so in the popup rather than lose the thread
            log.warning("quick search failed", exc_info=True)
            error = str(err)
        on_done(generation, error)

    def _open(self) -> Store:
        if self._store is None:
            source = self._database
            self._store = open_store(source, read_only=True) if isinstance(source, Path) else source()
        return self._store

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
