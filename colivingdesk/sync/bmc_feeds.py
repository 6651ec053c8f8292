"""BookMyColiving feeds: properties, reference data, leads and conversations.

Costs in a cycle where nothing changed: one request for properties (a short full list, which also tells us
what was deleted), one for leads (``since`` the newest lead seen), one for conversations (``dateFrom`` the
newest activity seen), none for reference data (re-read at most hourly) and none for thread messages (only
threads whose last activity moved are opened). Overlaps are deliberate: ``since``/``dateFrom`` are sent a
minute before the newest value seen, so a record the server stored slightly out of order, or
inclusive-versus-exclusive filtering, loses nothing; upserts make the re-read rows no-ops.

The ``dateFrom`` filter is read as "last activity at or after" (the document gives only the parameter name),
so once an hour the conversation list is walked in full; if the server meant something else, that walk still
catches every thread.
"""

from __future__ import annotations

import asyncio
import collections
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from colivingdesk.api.errors import Forbidden, NotFound, UnexpectedResponse
from colivingdesk.domain import Channel, Lead, Message, Property, Thread
from colivingdesk.store.codec import dt_to_text
from colivingdesk.sync.feeds import HOURLY, Changes, FeedContext, PageWriter, load_cursor, parse_time, save_cursor
from colivingdesk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient
    from colivingdesk.store import MessageChanges, Store

OVERLAP = timedelta(minutes=1)
#: Conversations opened at once: enough to hide latency, few enough to stay polite to the read budget.
THREAD_FETCHES_IN_FLIGHT = 4
#: Fetched threads whose messages are stored together, in one store call and one transaction: a write per thread
#: (a hand-off to the store thread, a commit and a round of statements each) cost about twice the store time per
#: thread, which a first sync of thousands of threads paid in full; a commit writes back every index page it
#: touched, so a thousand messages per commit rewrite each far less often than 250 did.
THREAD_WRITE_BATCH = 100
#: Fetched threads left waiting for the store at most; fetching pauses beyond it, so a store slower than the
#: network holds a few batches in memory rather than a whole first sync.
THREAD_BACKLOG = 2 * THREAD_WRITE_BATCH
REFERENCE_KINDS = ("city", "coliving_type", "amenity")
#: Leads stored per transaction while walking (several list pages; see ``feeds.PageWriter``).
LEADS_WRITE_BATCH = 1000


def _client(ctx: FeedContext) -> BmcClient:
    from colivingdesk.api.bmc import BmcClient

    client = ctx.account.client
    assert isinstance(client, BmcClient)
    return client


class PropertiesFeed:
    """The full property list; properties missing from a completed walk were deleted on the channel."""

    name = "bmc.properties"
    label = QT_TRANSLATE_NOOP("Feeds", "properties")

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        client = _client(ctx)
        seen: set[str] = set()
        unreadable: list[Any] = []
        ctx.begin(self.label, "properties")
        async for items in client.iter_properties(skipped=unreadable):
            seen.update(p.id for p in items)
            changes.add("properties", await ctx.write(ctx.store.upsert_properties, items))
            ctx.advance(len(items), 1)
        # A record that could not be read is still on the channel: keep its cached copy. When one has no id
        # to go by, nothing is deleted this time rather than guessing.
        spared = [_raw_id(raw) for raw in unreadable]
        if all(spared):
            gone = await ctx.write(_delete_missing_properties, ctx.store, seen | {i for i in spared if i})
            changes.add("properties", gone)
        await ctx.write(save_cursor, ctx.store, self.name, {"count": len(seen)})
        return changes


def _raw_id(raw: Any) -> str | None:
    """The id of a raw property record the wire model could not read, if it has a usable one."""
    if isinstance(raw, dict):
        for key in ("id", "_id", "propertyId"):
            value = raw.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                return str(value)
    return None


def _delete_missing_properties(store: Store, keep: set[str]) -> list[str]:
    gone: list[str] = []
    after = None
    while True:
        page = store.page_properties(after=after, limit=500)
        if not page:
            break
        gone.extend(p.id for p in page if p.id not in keep)
        after = (page[-1].name, page[-1].id)
    with store.transaction():
        for property_id in gone:
            store.delete_property(property_id)
    return gone


async def refresh_property(ctx: FeedContext, property_id: str) -> Changes:
    """Re-read one property (after a write, a webhook, or because the user opened it)."""
    changes = ctx.changes
    try:
        prop: Property = await _client(ctx).get_property(property_id)
    except (NotFound, Forbidden):
        if await ctx.write(ctx.store.delete_property, property_id):
            changes.add("properties", [property_id])
        return changes
    changes.add("properties", await ctx.write(ctx.store.upsert_properties, [prop]))
    return changes


class ReferenceFeed:
    """Cities, coliving types and amenities: the document asks for at least an hour of caching."""

    name = "bmc.reference"
    label = QT_TRANSLATE_NOOP("Feeds", "reference data")

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        client = _client(ctx)
        fetchers = {
            "city": client.list_cities,
            "coliving_type": client.list_coliving_types,
            "amenity": client.list_amenities,
        }
        now = ctx.now()
        for kind in REFERENCE_KINDS:
            fetched = await ctx.write(ctx.store.reference_fetched_at, kind)
            if fetched is not None and now - fetched < HOURLY:
                continue
            items = await fetchers[kind]()
            changed = await ctx.write(ctx.store.replace_reference, kind, items, now)
            changes.add("reference", (f"{kind}:{ident}" for ident in changed))
        return changes


class LeadsFeed:
    """Leads ``since`` the newest ``createdAt`` seen, minus the overlap."""

    name = "bmc.leads"
    label = QT_TRANSLATE_NOOP("Feeds", "leads")

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        cursor = await ctx.write(load_cursor, ctx.store, self.name)
        newest = parse_time(cursor.get("newest"))
        since = None if newest is None else newest - OVERLAP
        newest_seen: list[datetime | None] = [newest]

        def stored(result: tuple[list[str], datetime | None], items: list[Lead], pages: int) -> None:
            ids, batch_newest = result
            changes.add("leads", ids)
            newest_seen[0] = _newest(newest_seen[0], batch_newest)
            ctx.advance(len(items), pages)

        ctx.begin(self.label, "leads")
        writer = PageWriter(ctx, partial(_store_lead_batch, ctx.store), stored, batch_rows=LEADS_WRITE_BATCH)
        try:
            async for items in _client(ctx).iter_leads(since=since):
                await writer.put(items)
        finally:
            await writer.flush()
        best = newest_seen[0]
        if best is not None and best != newest:
            await ctx.write(save_cursor, ctx.store, self.name, {"newest": dt_to_text(best)})
        return changes


def _store_lead_batch(store: Store, leads: list[Lead]) -> tuple[list[str], datetime | None]:
    """Upsert a walk's batch of leads; returns the changed ids and the batch's newest ``createdAt``, found here
    on the store thread rather than by going over the batch on the event loop."""
    newest: datetime | None = None
    for lead in leads:
        newest = _newest(newest, lead.created_at)
    return store.upsert_leads(leads), newest


def _newest(current: datetime | None, candidate: datetime | None) -> datetime | None:
    return candidate if candidate is not None and (current is None or candidate > current) else current


class ConversationsFeed:
    """Conversation summaries, then the messages of threads whose last activity moved (bounded per cycle).

    Threads to open are persisted (``bmc.threads.pending``) before their summaries are stored, so a crash
    between the two cannot leave a moved thread that no later cycle knows to open.
    """

    name = "bmc.conversations"
    label = QT_TRANSLATE_NOOP("Feeds", "conversations")
    pending_name = "bmc.threads.pending"

    def __init__(self, max_threads_per_cycle: int = 50) -> None:
        self.max_threads_per_cycle = max_threads_per_cycle

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        client = _client(ctx)
        cursor = await ctx.write(load_cursor, ctx.store, self.name)
        newest = parse_time(cursor.get("newest"))
        full_at = parse_time(cursor.get("full_at"))
        now = ctx.now()
        full = newest is None or full_at is None or now - full_at >= HOURLY
        date_from = None if full or newest is None else newest - OVERLAP
        best = newest
        ctx.begin(self.label, "threads listed")
        async for threads in client.iter_conversations(date_from=date_from):
            changed = await ctx.write(_store_threads, ctx.store, self.pending_name, threads)
            changes.add("threads", changed)
            ctx.advance(len(threads), 1)
            for thread in threads:
                if thread.last_activity is not None and (best is None or thread.last_activity > best):
                    best = thread.last_activity
        new_cursor = {
            "newest": dt_to_text(best) if best else None,
            "full_at": dt_to_text(now) if full else cursor.get("full_at"),
        }
        if new_cursor != cursor:
            await ctx.write(save_cursor, ctx.store, self.name, new_cursor)
        changes.update_from(await self.open_pending(ctx))
        return changes

    async def open_pending(self, ctx: FeedContext) -> Changes:
        """Fetch the messages of pending threads, focused ones first, at most ``max_threads_per_cycle`` (every
        one in a complete pass).

        Several fetches run at once; the threads they return are stored in batches, one transaction and one
        write in flight at a time (as :class:`PageWriter` stores list pages), while later fetches go on. A batch
        is written once it reaches ``THREAD_WRITE_BATCH`` threads or the fetches are over; fetching pauses while
        ``THREAD_BACKLOG`` threads wait for the store. A thread leaves the pending list only once its messages
        are on disk (or the channel says it is gone): each batch leaves the list in the transaction that stores
        it, so a failure, a long rate-limit wait or a crash mid-walk leaves exactly the unfinished threads to a
        later cycle. On a failed fetch the threads already fetched are still stored before the error
        propagates, as they were when each thread was written alone. A thread whose answer cannot be read is
        passed over (and stays pending) while the others are fetched; the feed then fails naming it.
        """
        changes = ctx.changes
        pending = await ctx.write(load_pending, ctx.store, self.pending_name)
        focused = [key.partition(":")[2] for key in ctx.focused("threads") if key.startswith("bmc:")]
        waiting = set(pending)
        order = list(dict.fromkeys([*(t for t in focused if t in waiting), *pending]))
        done: list[str] = []
        queue = collections.deque(order if ctx.complete else order[: self.max_threads_per_cycle])
        ctx.begin("conversations", "threads", total=len(queue), later=len(order) - len(queue))
        fetched: list[tuple[str, list[Message]]] = []
        errors: list[Exception] = []
        unreadable: list[str] = []
        wake = asyncio.Event()
        room = asyncio.Event()
        room.set()

        async def worker() -> None:
            """Fetch until the queue is empty; a failure is recorded (first one first) for the writer loop."""
            try:
                while True:
                    await room.wait()
                    if not queue:
                        break
                    thread_id = queue.popleft()
                    try:
                        messages = await _fetch_thread(ctx, thread_id)
                    except UnexpectedResponse:
                        unreadable.append(thread_id)  # stays pending; the others go on
                        continue
                    if messages is None:
                        done.append(thread_id)
                        ctx.advance(1)
                        continue
                    fetched.append((thread_id, messages))
                    if len(fetched) >= THREAD_WRITE_BATCH:
                        wake.set()
                    if len(fetched) >= THREAD_BACKLOG:
                        room.clear()
            except Exception as error:
                errors.append(error)
            finally:
                wake.set()

        def stored(results: list[MessageChanges], batch: list[tuple[str, list[Message]]], _pages: int) -> None:
            for (thread_id, _), result in zip(batch, results, strict=True):
                _add_thread_changes(changes, thread_id, result)
            ctx.advance(len(batch))

        def take() -> list[tuple[str, list[Message]]]:
            batch = fetched[:]
            fetched.clear()
            room.set()
            return batch

        writer = PageWriter(ctx, partial(_store_thread_messages, ctx.store, self.pending_name), stored)
        workers = [asyncio.create_task(worker()) for _ in range(min(THREAD_FETCHES_IN_FLIGHT, len(queue)))]
        try:
            while True:
                over = all(task.done() for task in workers)
                if errors:
                    raise errors[0]
                if fetched and (over or len(fetched) >= THREAD_WRITE_BATCH):
                    await writer.put(take())
                    continue
                if over:
                    break
                wake.clear()
                await wake.wait()
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            try:
                if errors and fetched:
                    await writer.put(take())
                await writer.flush()
            finally:
                if done:
                    await ctx.write(_drop_pending, ctx.store, self.pending_name, done)
        if unreadable:
            count = f"{len(unreadable)} conversation" + ("s" if len(unreadable) > 1 else "")
            shown = ", ".join(unreadable[:3]) + (", …" if len(unreadable) > 3 else "")
            raise UnexpectedResponse(
                f"BookMyColiving sent {count} that could not be read ({shown}).", channel=Channel.BMC.label
            )
        return changes


async def refresh_thread(ctx: FeedContext, thread_id: str) -> Changes:
    """Re-read one thread and store its messages at once (a targeted refresh or a webhook)."""
    changes = ctx.changes
    messages = await _fetch_thread(ctx, thread_id)
    if messages is not None:
        _add_thread_changes(changes, thread_id, await ctx.write(ctx.store.upsert_messages, messages))
    return changes


async def _fetch_thread(ctx: FeedContext, thread_id: str) -> list[Message] | None:
    """A thread's messages, or None when the channel no longer shows it to us (nothing to store)."""
    try:
        return await _client(ctx).get_thread(thread_id)
    except (NotFound, Forbidden):
        return None


def _add_thread_changes(changes: Changes, thread_id: str, result: MessageChanges) -> None:
    changes.add("threads", result.threads)
    if result.messages:
        changes.add("messages", [f"{Channel.BMC.value}:{thread_id}"])


def _store_thread_messages(
    store: Store, pending_name: str, batch: list[tuple[str, list[Message]]]
) -> list[MessageChanges]:
    """Store the messages of several threads and take them off the pending list, in one transaction; one
    result per thread, in ``batch`` order, the same as storing each thread alone would report (each fetched
    thread's messages carry its own id)."""
    with store.transaction():
        results = store.upsert_message_groups([messages for _, messages in batch])
        _drop_pending(store, pending_name, [thread_id for thread_id, _ in batch])
    return results


def load_pending(store: Store, name: str) -> list[str]:
    ids = load_cursor(store, name).get("ids")
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _store_threads(store: Store, pending_name: str, threads: list[Thread]) -> list[str]:
    """Mark threads whose activity moved as pending, then store the summaries; returns changed thread keys.

    One transaction: another process on the profile may add to or drop from the pending list at the same
    time, and a read-modify-write split over two transactions would lose its additions.
    """
    with store.transaction():
        moved: list[str] = []
        for thread in threads:
            stored = store.get_thread(Channel.BMC, thread.external_id)
            if stored is None or (
                thread.last_activity is not None
                and (stored.last_activity is None or thread.last_activity > stored.last_activity)
            ):
                moved.append(thread.external_id)
        if moved:
            pending = load_pending(store, pending_name)
            known = set(pending)
            pending.extend(t for t in moved if t not in known)
            save_cursor(store, pending_name, {"ids": pending})
        return store.upsert_threads(threads)


def _drop_pending(store: Store, name: str, done: list[str]) -> None:
    """Remove opened threads from the pending list, in one transaction for the reason above."""
    finished = set(done)
    with store.transaction():
        save_cursor(store, name, {"ids": [t for t in load_pending(store, name) if t not in finished]})
