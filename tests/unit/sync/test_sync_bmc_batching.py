"""BookMyColiving thread messages are stored in batches: few transactions, same changes, nothing lost.

Opening thousands of threads on a first sync used to commit once per thread; these tests hold the batched walk
to the same outcome as thread-by-thread writes (changes reported, pending list) while counting the writes, and
check that a failure part-way leaves every thread whose messages are not on disk pending for the next cycle.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from store_trace import count_transactions

from colivingdesk.api.bmc import BmcClient
from colivingdesk.api.errors import Forbidden, NotFound, ServerError
from colivingdesk.domain import Channel, Message
from colivingdesk.store import Store, open_store
from colivingdesk.sync import bmc_feeds
from colivingdesk.sync.bmc_feeds import THREAD_BACKLOG, THREAD_FETCHES_IN_FLIGHT, THREAD_WRITE_BATCH, ConversationsFeed
from colivingdesk.sync.clock import FakeClock
from colivingdesk.sync.feeds import FeedContext, load_cursor, save_cursor

PENDING = ConversationsFeed.pending_name
START = datetime(2026, 4, 25, 9, 0, tzinfo=UTC)


class ScriptedBmc(BmcClient):
    """Answers ``get_thread`` from memory, yielding to the loop once per call as a real request would."""

    def __init__(self, *, per_thread: int = 3, gone: frozenset[str] = frozenset(), fail: str | None = None) -> None:
        super().__init__(api_key="test-key")
        self.per_thread = per_thread
        self.gone = gone
        self.fail = fail
        self.fetched: list[str] = []

    async def get_thread(self, thread_id: str) -> list[Message]:
        await asyncio.sleep(0)
        self.fetched.append(thread_id)
        if thread_id in self.gone:
            raise (NotFound if thread_id.endswith("0") else Forbidden)("gone", status=404)
        if thread_id == self.fail:
            raise ServerError("the channel failed", status=503)
        return [
            Message(
                channel=Channel.BMC,
                thread_external_id=thread_id,
                external_id=f"{thread_id}-m{i}",
                sender="guest",
                text=f"message {i} of {thread_id}",
                sender_name="Ana",
                created_at=START + timedelta(minutes=i),
            )
            for i in range(self.per_thread)
        ]


class CountingExecutor(ThreadPoolExecutor):
    """The feeds' single store thread, counting the calls handed to it."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.calls = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.calls += 1
        return super().submit(fn, *args, **kwargs)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.sqlite3") as opened:
        yield opened


@pytest.fixture
async def executor() -> AsyncIterator[CountingExecutor]:
    pool = CountingExecutor()
    yield pool
    pool.shutdown(wait=True)


def _context(store: Store, client: BmcClient, executor: CountingExecutor, **kwargs: Any) -> FeedContext:
    return FeedContext(store, FakeClock(), SimpleNamespace(client=client), executor, **kwargs)  # type: ignore[arg-type]


def _threads(count: int) -> list[str]:
    return [f"u{i:03d}" for i in range(count)]


def _with_messages(store: Store, threads: list[str]) -> set[str]:
    return {t for t in threads if store.messages_for_thread(Channel.BMC, t)}


async def test_a_walk_of_many_threads_takes_a_few_transactions_and_reports_what_one_by_one_would(
    tmp_path: Path, store: Store, executor: CountingExecutor
) -> None:
    threads = _threads(4 * THREAD_WRITE_BATCH + 7)
    gone = frozenset({"u010", "u031"})
    save_cursor(store, PENDING, {"ids": threads})
    client = ScriptedBmc(gone=gone)
    ctx = _context(store, client, executor)
    transactions = count_transactions(store)
    try:
        changes = await ConversationsFeed(max_threads_per_cycle=len(threads)).open_pending(ctx)
    finally:
        await client.aclose()

    opened = [t for t in threads if t not in gone]
    assert sorted(client.fetched) == threads
    assert _with_messages(store, threads) == set(opened)
    assert load_cursor(store, PENDING) == {"ids": []}  # the gone threads are dropped too: nothing to open
    # One transaction per batch rather than per thread, and the executor sees the batches, the pending list and
    # no more.
    batches = -(-len(opened) // THREAD_WRITE_BATCH)
    assert transactions[0] <= batches + 1 < len(opened) // 10
    assert executor.calls <= batches + 3 < len(opened) // 10

    # The same threads written one by one give the same changes.
    with open_store(tmp_path / "alone.sqlite3") as alone:
        client = ScriptedBmc(gone=gone)
        one_ctx = _context(alone, client, executor)
        try:
            for thread_id in threads:
                await bmc_feeds.refresh_thread(one_ctx, thread_id)
        finally:
            await client.aclose()
    assert changes == one_ctx.changes
    assert changes["messages"] == {f"bmc:{t}" for t in opened}
    assert changes["threads"] == {f"bmc:{t}" for t in opened}


async def test_a_second_walk_over_the_same_messages_reports_nothing(store: Store, executor: CountingExecutor) -> None:
    threads = _threads(THREAD_WRITE_BATCH + 3)
    for _ in range(2):
        save_cursor(store, PENDING, {"ids": threads})
        client = ScriptedBmc()
        ctx = _context(store, client, executor)
        try:
            changes = await ConversationsFeed(max_threads_per_cycle=len(threads)).open_pending(ctx)
        finally:
            await client.aclose()
    assert dict(changes) == {}
    assert load_cursor(store, PENDING) == {"ids": []}


async def test_a_store_slower_than_the_network_pauses_fetching_instead_of_queueing_the_walk(
    store: Store, executor: CountingExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _threads(12 * THREAD_WRITE_BATCH)
    save_cursor(store, PENDING, {"ids": threads})
    write = store.upsert_message_groups
    sizes: list[int] = []

    def slow_write(groups: list[list[Message]]) -> Any:
        time.sleep(0.02)
        sizes.append(len(groups))
        return write(groups)

    monkeypatch.setattr(store, "upsert_message_groups", slow_write)
    client = ScriptedBmc()
    ctx = _context(store, client, executor)
    try:
        await ConversationsFeed(max_threads_per_cycle=len(threads)).open_pending(ctx)
    finally:
        await client.aclose()
    assert sum(sizes) == len(threads) and _with_messages(store, threads) == set(threads)
    assert max(sizes) <= THREAD_BACKLOG + THREAD_FETCHES_IN_FLIGHT
    assert load_cursor(store, PENDING) == {"ids": []}


async def test_a_failed_fetch_mid_walk_keeps_every_unstored_thread_pending(
    store: Store, executor: CountingExecutor
) -> None:
    threads = _threads(3 * THREAD_WRITE_BATCH)
    failing = threads[2 * THREAD_WRITE_BATCH - 5]
    save_cursor(store, PENDING, {"ids": threads})
    client = ScriptedBmc(fail=failing, gone=frozenset({"u020"}))
    ctx = _context(store, client, executor)
    try:
        with pytest.raises(ServerError):
            await ConversationsFeed(max_threads_per_cycle=len(threads)).open_pending(ctx)
    finally:
        await client.aclose()

    stored = _with_messages(store, threads)
    still_pending = load_cursor(store, PENDING)["ids"]
    # Every thread is either on disk or still pending (the one the channel no longer shows is neither), in the
    # order it was queued; the failed one and those never fetched wait for the next cycle.
    assert [t for t in threads if t not in stored and t != "u020"] == still_pending
    assert failing in still_pending and threads[-1] in still_pending
    # What was fetched before the failure was stored, and reported.
    assert {t for t in client.fetched if t not in (failing, "u020")} <= stored
    assert len(stored) >= THREAD_WRITE_BATCH
    assert ctx.changes["messages"] == {f"bmc:{t}" for t in stored}


async def test_a_failed_batch_write_rolls_back_whole_and_stays_pending(
    store: Store, executor: CountingExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _threads(3 * THREAD_WRITE_BATCH)
    doomed = threads[THREAD_WRITE_BATCH + 3]
    save_cursor(store, PENDING, {"ids": threads})
    inbox = store._inbox
    refresh = inbox._refresh_threads

    def refresh_or_fail(conn: Any, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
        # Fails inside the batch's transaction, after its rows went in: the whole batch must be undone.
        if any(external_id == doomed for _, external_id in keys):
            raise OSError("disk full")
        return refresh(conn, keys)

    monkeypatch.setattr(inbox, "_refresh_threads", refresh_or_fail)
    client = ScriptedBmc()
    ctx = _context(store, client, executor)
    try:
        with pytest.raises(OSError, match="disk full"):
            await ConversationsFeed(max_threads_per_cycle=len(threads)).open_pending(ctx)
    finally:
        await client.aclose()

    stored = _with_messages(store, threads)
    still_pending = load_cursor(store, PENDING)["ids"]
    assert doomed in still_pending
    assert [t for t in threads if t not in stored] == still_pending
    # The batch holding the failed thread (at least THREAD_WRITE_BATCH threads) was undone as a whole, and the
    # walk stopped there.
    assert 0 < len(stored) < len(threads) - THREAD_WRITE_BATCH + 1
    assert ctx.changes["messages"] == {f"bmc:{t}" for t in stored}


async def test_focused_threads_are_fetched_first_and_counted_in_the_cycle_limit(
    store: Store, executor: CountingExecutor
) -> None:
    threads = _threads(40)
    save_cursor(store, PENDING, {"ids": threads})
    client = ScriptedBmc()
    ctx = _context(store, client, executor, focus=[("threads", "bmc:u033"), ("threads", "coliving:u001")])
    try:
        await ConversationsFeed(max_threads_per_cycle=5).open_pending(ctx)
    finally:
        await client.aclose()
    assert client.fetched[0] == "u033"
    assert set(client.fetched) == {"u033", "u000", "u001", "u002", "u003"}
    assert load_cursor(store, PENDING)["ids"] == [t for t in threads if t not in client.fetched]


async def test_refresh_thread_stays_a_single_thread_write(store: Store, executor: CountingExecutor) -> None:
    client = ScriptedBmc()
    ctx = _context(store, client, executor)
    transactions = count_transactions(store)
    try:
        await bmc_feeds.refresh_thread(ctx, "u007")
    finally:
        await client.aclose()
    assert (transactions[0], executor.calls) == (1, 1)
    assert ctx.changes == {"threads": {"bmc:u007"}, "messages": {"bmc:u007"}}


def test_storing_groups_at_once_reports_what_each_group_alone_would(tmp_path: Path) -> None:
    def thread(thread_id: str, texts: list[str], sender: str = "guest") -> list[Message]:
        return [
            Message(Channel.BMC, thread_id, f"{thread_id}-m{i}", sender, text, "Ana", START + timedelta(minutes=i))
            for i, text in enumerate(texts)
        ]

    first = [thread("a", ["hi", "room?"]), thread("b", ["hello"]), thread("c", ["x", "y"], sender="host")]
    # The second delivery: "a" unchanged, "b" has a new message, "c" an edited one, "d" is new and repeats a
    # message within its own group (the last delivery wins, as in one call).
    second = [
        thread("a", ["hi", "room?"]),
        thread("b", ["hello", "still free?"]),
        thread("c", ["x", "y!"], sender="host"),
        [*thread("d", ["first"]), *thread("d", ["first, edited"])],
    ]
    with open_store(tmp_path / "groups.sqlite3") as grouped, open_store(tmp_path / "alone.sqlite3") as alone:
        for delivery in (first, second):
            at_once = grouped.upsert_message_groups(delivery)
            one_by_one = [alone.upsert_messages(group) for group in delivery]
            assert at_once == one_by_one
        assert [r.messages for r in at_once] == [[], ["bmc:b:b-m1"], ["bmc:c:c-m1"], ["bmc:d:d-m0"]]
        assert grouped.page_threads() == alone.page_threads()
        assert grouped.messages_for_thread(Channel.BMC, "d") == alone.messages_for_thread(Channel.BMC, "d")
        assert grouped.upsert_message_groups([]) == []
