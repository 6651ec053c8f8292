"""What every feed shares: the context it runs in, how it reports changes, and its persisted cursor.

A feed is one kind of record pulled from one account (bookings, leads, conversations...). Each keeps its own
cursor in the store and writes it only after a walk has completed, so a crash or a fault mid-walk means the
next cycle repeats the walk from the old cursor (upserts are idempotent) instead of skipping what was never
stored. Store writes go through :meth:`FeedContext.write`, a single-thread executor, so a page of 100 rows (or
a whole first sync) never stalls the event loop and SQLite sees one writer.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from colivingdesk.sync.clock import Clock
from colivingdesk.sync.progress import FeedProgress, ProgressBoard

# AccountRuntime is only an annotation here: importing it would load httpx into the window's first paint,
# which imports this module through the outbox.
if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.runtime import AccountRuntime

T = TypeVar("T")

#: Reference data and the full conversation list are re-read at most this often.
HOURLY = timedelta(hours=1)


class Changes(dict[str, set[str]]):
    """kind -> ids changed; merged into a ChangeSet by the Service."""

    def add(self, kind: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self.setdefault(kind, set()).update(ids)

    def update_from(self, other: dict[str, set[str]]) -> None:
        for kind, ids in other.items():
            self.add(kind, ids)


@dataclass
class FeedContext:
    store: Store
    clock: Clock
    account: AccountRuntime
    executor: Executor | None = None
    #: Items the user is looking at, as (kind, id), most recent first; feeds serve these before anything else.
    focus: list[tuple[str, str]] = field(default_factory=list)
    #: Everything this cycle changed so far; feeds add to it as each page lands, so a walk that fails halfway
    #: still reports the rows it did store.
    changes: Changes = field(default_factory=Changes)
    #: A complete pass (``sync --once``): feeds fetch their whole backlog, waiting for the rate limits as
    #: needed, instead of a per-cycle share that keeps the window responsive and budget free for the user.
    complete: bool = False
    #: Where feeds say how far they have got (see :mod:`colivingdesk.sync.progress`).
    progress: ProgressBoard | None = None

    async def write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a store call off the event loop: writes, and reads too, as a read waits for the store's lock
        while the store thread holds it for a batch (a cursor read on the loop held the window 70-100 ms)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, fn, *args)

    def now(self) -> datetime:
        return self.clock.now()

    def focused(self, kind: str) -> list[str]:
        return [ident for k, ident in self.focus if k == kind]

    def begin(
        self, label: str, unit: str, total: int | None = None, per_minute: int | None = None, later: int = 0
    ) -> None:
        """Say a feed (or a stage of one) starts: ``total`` items of ``unit``, paced at ``per_minute``; ``later``
        more are left to later passes."""
        if self.progress is not None:
            self.progress.begin(
                FeedProgress(self.account.channel, label, unit, total=total, per_minute=per_minute, later=later)
            )

    def advance(self, done: int = 0, pages: int = 0) -> None:
        """Say ``done`` more items (and ``pages`` more list pages) of the current stage are stored."""
        if self.progress is not None:
            self.progress.advance(self.account.channel, done=done, pages=pages)


class PageWriter(Generic[T]):
    """Stores pages while later ones are on the wire: one write in flight, applied in order.

    Pages are gathered until they hold ``batch_rows`` records (or the walk ends) and stored in one call, one
    transaction: SQLite writes every index page a transaction touched once per commit, so a first sync of
    100,000 bookings committed a page at a time wrote each hot index page back a thousand times (about 2 GB of
    log for 30 MB of rows). ``on_stored(result, items, pages)`` runs as each write completes, with the records
    of every page in it and how many pages those were. ``flush()`` must be awaited (also on failure) before the
    walk's cursor is saved, so a cursor never gets ahead of what is on disk.
    """

    def __init__(
        self,
        ctx: FeedContext,
        write: Callable[[list[Any]], T],
        on_stored: Callable[[T, list[Any], int], None],
        batch_rows: int = 1,
    ) -> None:
        self._ctx = ctx
        self._write = write
        self._on_stored = on_stored
        self._batch_rows = batch_rows
        self._gathered: list[Any] = []
        self._pages = 0
        self._pending: tuple[asyncio.Future[T], list[Any], int] | None = None

    async def put(self, items: list[Any]) -> None:
        self._gathered.extend(items)
        self._pages += 1
        if len(self._gathered) >= self._batch_rows:
            await self._submit()

    async def flush(self) -> None:
        if self._gathered:
            await self._submit()
        await self._settle()

    async def _submit(self) -> None:
        await self._settle()
        items, pages, self._gathered, self._pages = self._gathered, self._pages, [], 0
        loop = asyncio.get_running_loop()
        self._pending = (loop.run_in_executor(self._ctx.executor, self._write, items), items, pages)

    async def _settle(self) -> None:
        if self._pending is not None:
            future, items, pages = self._pending
            self._pending = None
            self._on_stored(await future, items, pages)


class Feed(Protocol):
    """``name`` keys the feed's cursor; ``label`` is what a person reads ("properties not refreshed")."""

    name: str
    label: str

    async def run(self, ctx: FeedContext) -> Changes: ...


def load_cursor(store: Store, name: str) -> dict[str, Any]:
    """A feed's cursor as a dict (stored as JSON text); empty before the first completed walk."""
    raw = store.get_cursor(name)
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def save_cursor(store: Store, name: str, value: dict[str, Any]) -> None:
    store.set_cursor(name, json.dumps(value, sort_keys=True, separators=(",", ":")))


def parse_time(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
