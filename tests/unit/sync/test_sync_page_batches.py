"""List walks store several pages per transaction: every record lands, the cursor waits for the disk.

A first sync of Coliving.com bookings arrives as a thousand pages of 100; storing each page in its own
transaction made SQLite write each hot index page back once per page. These tests walk a scripted channel and
check the outcome a user sees (every booking stored, changes and progress reported, the next cycle's cursor)
together with the number of transactions, and that a walk failing part-way keeps what it fetched without
moving the cursor.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from store_trace import count_transactions

from colivingdesk.api.bmc import BmcClient
from colivingdesk.api.coliving import ColivingClient
from colivingdesk.api.errors import ServerError
from colivingdesk.domain import Booking, Channel, Lead
from colivingdesk.store import Store, open_store
from colivingdesk.sync.bmc_feeds import LEADS_WRITE_BATCH, OVERLAP, LeadsFeed
from colivingdesk.sync.clock import FakeClock
from colivingdesk.sync.coliving_feeds import WRITE_BATCH, BookingsFeed
from colivingdesk.sync.feeds import FeedContext, load_cursor
from colivingdesk.sync.progress import FeedProgress, ProgressBoard

PER_PAGE = 100
NOW = datetime(2026, 4, 25, 9, 0, tzinfo=UTC)


def _booking(index: int) -> Booking:
    return Booking(
        id=f"b{index:05d}", listing_id=f"l{index % 3}", room_type_id=f"r{index % 5}", status="confirmed",
        checkin="2026-03-01" if index % 7 == 0 else "2026-05-01",
        checkout="2026-04-01" if index % 7 == 0 else "2026-06-01",  # every seventh stay ended before NOW
        version=f"2026-04-{1 + index // 1000:02d} 10:00:{index % 60:02d}",
    )


class ScriptedColiving(ColivingClient):
    """Serves ``pages`` pages of bookings from memory, one loop turn per page as a request would take; raises
    on page ``fail_at`` (1-based) when given."""

    def __init__(self, pages: int, fail_at: int | None = None) -> None:
        super().__init__(api_key="test-key")
        self.pages = pages
        self.fail_at = fail_at

    async def iter_bookings(self, updated_after: str | None = None, *_: Any, **__: Any) -> AsyncIterator[list[Booking]]:
        for page in range(1, self.pages + 1):
            await asyncio.sleep(0)
            if page == self.fail_at:
                raise ServerError("the channel failed", status=503)
            yield [_booking((page - 1) * PER_PAGE + i) for i in range(PER_PAGE)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.sqlite3") as opened:
        yield opened


@pytest.fixture
async def executor() -> AsyncIterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=1)
    yield pool
    pool.shutdown(wait=True)


class WalkProgress(ProgressBoard):
    """Keeps the last progress of the list walk (the board moves on to the detail stage after it)."""

    walk: FeedProgress | None = None

    def advance(self, channel: Channel, *, done: int = 0, pages: int = 0, total: int | None = None) -> None:
        super().advance(channel, done=done, pages=pages, total=total)
        current = self.get(channel)
        if current is not None and current.label == BookingsFeed.label:
            self.walk = current


async def _walk(
    store: Store, executor: ThreadPoolExecutor, client: ColivingClient
) -> tuple[FeedContext, WalkProgress, BookingsFeed]:
    board = WalkProgress(lambda: NOW, lambda _channel: None)
    account = SimpleNamespace(client=client, channel=Channel.COLIVING)
    ctx = FeedContext(store, FakeClock(NOW), account, executor, progress=board)  # type: ignore[arg-type]
    feed = BookingsFeed(max_details_per_cycle=0, requests_per_minute=None)
    try:
        await feed.run(ctx)
    finally:
        await client.aclose()
    return ctx, board, feed


async def test_a_long_walk_stores_every_booking_in_a_few_transactions(
    store: Store, executor: ThreadPoolExecutor
) -> None:
    pages = 3 * WRITE_BATCH // PER_PAGE + 4  # three full batches and a partial one
    transactions = count_transactions(store)
    ctx, board, feed = await _walk(store, executor, ScriptedColiving(pages))

    total = pages * PER_PAGE
    assert store.count_bookings() == total
    assert len(ctx.changes["bookings"]) == total
    assert board.walk is not None and (board.walk.done, board.walk.pages) == (total, pages)
    versions = sorted({_booking(i).version for i in range(total)})
    assert load_cursor(store, BookingsFeed.name) == {"version": versions[-1], "floor": versions[-2]}
    # The stays still open that the walk changed, in walk order: the ones whose detail and messages come next.
    assert feed.recently_changed == [_booking(i).id for i in range(total) if i % 7]
    # A transaction per batch (plus a few for the cursor, rooms and the detail lookup), not one per page.
    assert transactions[0] <= -(-total // WRITE_BATCH) + 4 < pages


async def test_a_walk_failing_part_way_keeps_the_pages_it_fetched_and_leaves_the_cursor(
    store: Store, executor: ThreadPoolExecutor
) -> None:
    fail_at = WRITE_BATCH // PER_PAGE + 3  # one full batch written, three pages gathered for the next
    with pytest.raises(ServerError):
        await _walk(store, executor, ScriptedColiving(fail_at + 5, fail_at=fail_at))

    assert store.count_bookings() == (fail_at - 1) * PER_PAGE
    assert load_cursor(store, BookingsFeed.name) == {}  # the next cycle walks again from the start


class ScriptedLeads(BmcClient):
    """Serves ``count`` leads in pages of 100, their ``createdAt`` out of order (the newest in the middle of the
    walk), and keeps the ``since`` each walk asked from."""

    def __init__(self, count: int) -> None:
        super().__init__(api_key="test-key")
        self.count = count
        self.asked: list[datetime | str | None] = []

    @staticmethod
    def created(index: int) -> datetime:
        return NOW - timedelta(minutes=abs(index - 1500))

    async def iter_leads(self, property_id: str | None = None, since: datetime | str | None = None) -> Any:
        self.asked.append(since)
        for start in range(0, self.count, PER_PAGE):
            await asyncio.sleep(0)
            yield [
                Lead(id=f"lead{i}", property_id="p1", guest_name=f"Guest {i}", created_at=self.created(i))
                for i in range(start, min(start + PER_PAGE, self.count))
            ]


async def test_a_leads_walk_over_several_batches_asks_next_time_from_the_newest_lead_it_stored(
    store: Store, executor: ThreadPoolExecutor
) -> None:
    client = ScriptedLeads(2 * LEADS_WRITE_BATCH + 300)
    account = SimpleNamespace(client=client, channel=Channel.BMC)
    ctx = FeedContext(store, FakeClock(NOW), account, executor)  # type: ignore[arg-type]
    try:
        await LeadsFeed().run(ctx)
        await LeadsFeed().run(FeedContext(store, FakeClock(NOW), account, executor))  # type: ignore[arg-type]
    finally:
        await client.aclose()

    assert len(ctx.changes["leads"]) == client.count
    assert client.asked == [None, ScriptedLeads.created(1500) - OVERLAP]
