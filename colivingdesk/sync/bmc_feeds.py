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
from typing import TYPE_CHECKING

from colivingdesk.api.errors import Forbidden, NotFound
from colivingdesk.domain import Channel, Lead, Property, Thread
from colivingdesk.store.codec import dt_to_text
from colivingdesk.sync.feeds import HOURLY, Changes, FeedContext, PageWriter, load_cursor, parse_time, save_cursor

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient
    from colivingdesk.store import Store

OVERLAP = timedelta(minutes=1)
#: Conversations opened at once: enough to hide latency, few enough to stay polite to the read budget.
THREAD_FETCHES_IN_FLIGHT = 4
REFERENCE_KINDS = ("city", "coliving_type", "amenity")


def _client(ctx: FeedContext) -> BmcClient:
    from colivingdesk.api.bmc import BmcClient

    client = ctx.account.client
    assert isinstance(client, BmcClient)
    return client


class PropertiesFeed:
    """The full property list; properties missing from a completed walk were deleted on the channel."""

    name = "bmc.properties"

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        client = _client(ctx)
        seen: set[str] = set()
        async for items in client.iter_properties():
            seen.update(p.id for p in items)
            changes.add("properties", await ctx.write(ctx.store.upsert_properties, items))
        gone = await ctx.write(_delete_missing_properties, ctx.store, seen)
        changes.add("properties", gone)
        await ctx.write(save_cursor, ctx.store, self.name, {"count": len(seen)})
        return changes


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
            fetched = ctx.store.reference_fetched_at(kind)
            if fetched is not None and now - fetched < HOURLY:
                continue
            items = await fetchers[kind]()
            changed = await ctx.write(ctx.store.replace_reference, kind, items, now)
            changes.add("reference", (f"{kind}:{ident}" for ident in changed))
        return changes


class LeadsFeed:
    """Leads ``since`` the newest ``createdAt`` seen, minus the overlap."""

    name = "bmc.leads"

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        cursor = load_cursor(ctx.store, self.name)
        newest = parse_time(cursor.get("newest"))
        since = None if newest is None else newest - OVERLAP
        newest_seen: list[datetime | None] = [newest]

        def stored(ids: list[str], items: list[Lead]) -> None:
            changes.add("leads", ids)
            newest_seen[0] = _newest(newest_seen[0], items)

        writer = PageWriter(ctx, ctx.store.upsert_leads, stored)
        try:
            async for items in _client(ctx).iter_leads(since=since):
                await writer.put(items)
        finally:
            await writer.flush()
        best = newest_seen[0]
        if best is not None and best != newest:
            await ctx.write(save_cursor, ctx.store, self.name, {"newest": dt_to_text(best)})
        return changes


def _newest(current: datetime | None, leads: list[Lead]) -> datetime | None:
    for lead in leads:
        if lead.created_at is not None and (current is None or lead.created_at > current):
            current = lead.created_at
    return current


class ConversationsFeed:
    """Conversation summaries, then the messages of threads whose last activity moved (bounded per cycle).

    Threads to open are persisted (``bmc.threads.pending``) before their summaries are stored, so a crash
    between the two cannot leave a moved thread that no later cycle knows to open.
    """

    name = "bmc.conversations"
    pending_name = "bmc.threads.pending"

    def __init__(self, max_threads_per_cycle: int = 50) -> None:
        self.max_threads_per_cycle = max_threads_per_cycle

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        client = _client(ctx)
        cursor = load_cursor(ctx.store, self.name)
        newest = parse_time(cursor.get("newest"))
        full_at = parse_time(cursor.get("full_at"))
        now = ctx.now()
        full = newest is None or full_at is None or now - full_at >= HOURLY
        date_from = None if full or newest is None else newest - OVERLAP
        best = newest
        async for threads in client.iter_conversations(date_from=date_from):
            changed = await ctx.write(_store_threads, ctx.store, self.pending_name, threads)
            changes.add("threads", changed)
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
        """Fetch the messages of pending threads, focused ones first, at most ``max_threads_per_cycle``."""
        changes = ctx.changes
        pending = _load_pending(ctx.store, self.pending_name)
        focused = [key.partition(":")[2] for key in ctx.focused("threads") if key.startswith("bmc:")]
        waiting = set(pending)
        order = list(dict.fromkeys([*(t for t in focused if t in waiting), *pending]))
        done: list[str] = []
        queue = collections.deque(order[: self.max_threads_per_cycle])

        async def worker() -> None:
            while queue:
                thread_id = queue.popleft()
                await refresh_thread(ctx, thread_id)
                done.append(thread_id)

        try:
            async with asyncio.TaskGroup() as group:
                for _ in range(min(THREAD_FETCHES_IN_FLIGHT, len(queue))):
                    group.create_task(worker())
        except BaseExceptionGroup as failed:
            raise failed.exceptions[0] from None
        finally:
            if done:
                await ctx.write(_drop_pending, ctx.store, self.pending_name, done)
        return changes


async def refresh_thread(ctx: FeedContext, thread_id: str) -> Changes:
    changes = ctx.changes
    try:
        messages = await _client(ctx).get_thread(thread_id)
    except (NotFound, Forbidden):
        return changes
    result = await ctx.write(ctx.store.upsert_messages, messages)
    changes.add("threads", result.threads)
    if result.messages:
        changes.add("messages", [f"{Channel.BMC.value}:{thread_id}"])
    return changes


def _load_pending(store: Store, name: str) -> list[str]:
    ids = load_cursor(store, name).get("ids")
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _store_threads(store: Store, pending_name: str, threads: list[Thread]) -> list[str]:
    """Mark threads whose activity moved as pending, then store the summaries; returns changed thread keys."""
    moved: list[str] = []
    for thread in threads:
        stored = store.get_thread(Channel.BMC, thread.external_id)
        if stored is None or (
            thread.last_activity is not None
            and (stored.last_activity is None or thread.last_activity > stored.last_activity)
        ):
            moved.append(thread.external_id)
    if moved:
        pending = _load_pending(store, pending_name)
        known = set(pending)
        pending.extend(t for t in moved if t not in known)
        save_cursor(store, pending_name, {"ids": pending})
    return store.upsert_threads(threads)


def _drop_pending(store: Store, name: str, done: list[str]) -> None:
    finished = set(done)
    save_cursor(store, name, {"ids": [t for t in _load_pending(store, name) if t not in finished]})
