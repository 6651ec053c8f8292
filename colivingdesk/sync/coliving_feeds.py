"""Coliving.com feeds: bookings (with detail for current and upcoming stays) and per-booking messages.

The bookings cursor is copied verbatim from ``version`` values, never from a clock: ``version`` is
server-local time of an unstated zone. The document does not say whether ``updated_after`` is inclusive, so
the feed asks from the *previous* distinct version it saw (``floor``), not the newest: bookings at the newest
version are then always re-read, whether the server compares with ``>`` or ``>=``, and a booking changed later
in that same second is not lost. In a quiet cycle that is one request returning the handful of bookings of the
newest second, which the idempotent upsert turns into no change.

Each page of bookings also records the listings and room types it names (see :mod:`colivingdesk.sync.rooms`),
as the channel has no endpoint that lists them.

The channel allows 60 requests a minute for everything, and the client paces itself under that. Detail calls
and message polls are therefore bounded per cycle and spent deliberately: what the user has open first, then
bookings that just changed, then one booking in rotation over current and upcoming stays (the only way to
notice a new guest message, as the channel has no message feed).
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING

from colivingdesk.api.errors import Forbidden, NotFound
from colivingdesk.domain import Booking, Channel, Message
from colivingdesk.store import BookingFilter
from colivingdesk.sync.feeds import Changes, FeedContext, PageWriter, load_cursor, save_cursor
from colivingdesk.sync.rooms import backfill_rooms, remember_rooms

if TYPE_CHECKING:
    from colivingdesk.api.coliving import ColivingClient
    from colivingdesk.store import Store

PER_PAGE = 100


def _client(ctx: FeedContext) -> ColivingClient:
    from colivingdesk.api.coliving import ColivingClient

    client = ctx.account.client
    assert isinstance(client, ColivingClient)
    return client


def stay_floor(ctx: FeedContext) -> date:
    """Stays checking out after this day are "current or upcoming"; a day of slack covers zone differences."""
    return ctx.now().date() - timedelta(days=1)


def is_current(booking: Booking, floor: date) -> bool:
    return is_current_text(booking.checkout, floor)


class BookingsFeed:
    """``updated_after`` walk, then detail calls for new or changed current/upcoming bookings."""

    name = "coliving.bookings"
    label = "bookings"

    def __init__(self, max_details_per_cycle: int = 10) -> None:
        self.max_details_per_cycle = max_details_per_cycle
        #: Bookings changed in the last run, for the messages feed to look at first.
        self.recently_changed: list[str] = []
        self._rooms_backfilled = False

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        if not self._rooms_backfilled:
            changes.add("rooms", await ctx.write(backfill_rooms, ctx.store))
            self._rooms_backfilled = True
        client = _client(ctx)
        cursor = load_cursor(ctx.store, self.name)
        newest: str | None = cursor.get("version")
        floor: str | None = cursor.get("floor")
        versions: set[str] = set()
        changed: list[str] = []
        current_floor = stay_floor(ctx)

        def stored(result: tuple[list[str], list[str]], items: list[Booking]) -> None:
            ids, rooms = result
            changes.add("bookings", ids)
            changes.add("rooms", rooms)
            changed_set = set(ids)
            changed.extend(b.id for b in items if b.id in changed_set and is_current(b, current_floor))
            versions.update(b.version for b in items if b.version)

        writer = PageWriter(ctx, functools.partial(store_bookings, ctx.store), stored)
        try:
            async for items in client.iter_bookings(updated_after=floor or newest):
                await writer.put(items)
        finally:
            await writer.flush()
        new_cursor = advance_cursor(newest, floor, versions)
        if new_cursor != {k: v for k, v in cursor.items() if k in ("version", "floor")}:
            await ctx.write(save_cursor, ctx.store, self.name, new_cursor)
        self.recently_changed = changed
        changes.update_from(await self.fetch_details(ctx))
        return changes

    async def fetch_details(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        focused = ctx.focused("bookings")
        wanted = await ctx.write(
            missing_detail, ctx.store, stay_floor(ctx), self.max_details_per_cycle, focused
        )
        for booking_id in wanted:
            changes.update_from(await refresh_booking(ctx, booking_id))
        return changes


def advance_cursor(newest: str | None, floor: str | None, seen: set[str]) -> dict[str, str]:
    """The next cursor: the newest version seen, and the newest version strictly before it.

    Versions are fixed-width ``Y-m-d H:i:s`` text, so text order is time order; they are only compared and
    copied, never parsed.
    """
    candidates = set(seen)
    for value in (newest, floor):
        if value:
            candidates.add(value)
    if not candidates:
        return {}
    top = max(candidates)
    below = [v for v in candidates if v < top]
    result = {"version": top}
    if below:
        result["floor"] = max(below)
    return result


def missing_detail(store: Store, floor: date, limit: int, first: list[str]) -> list[str]:
    """Current or upcoming bookings without a fresh detail record, ``first`` ones ahead of the rest."""
    out: list[str] = []
    for booking_id in first:
        booking = store.get_booking(booking_id)
        if booking is not None and not booking.has_detail and booking_id not in out:
            out.append(booking_id)
    if len(out) >= limit:
        return out[:limit]
    candidates = store.bookings_missing_detail(max(limit * 20, 200))
    for booking_id in candidates:
        if len(out) >= limit:
            break
        booking = store.get_booking(booking_id)
        if booking is not None and is_current_text(booking.checkout, floor) and booking_id not in out:
            out.append(booking_id)
    return out


def is_current_text(checkout: str, floor: date) -> bool:
    return checkout > floor.isoformat()


async def refresh_booking(ctx: FeedContext, booking_id: str) -> Changes:
    changes = ctx.changes
    try:
        booking = await _client(ctx).get_booking(booking_id)
    except (NotFound, Forbidden):
        return changes
    ids, rooms = await ctx.write(store_bookings, ctx.store, [booking])
    changes.add("bookings", ids)
    changes.add("rooms", rooms)
    return changes


def store_bookings(store: Store, bookings: list[Booking]) -> tuple[list[str], list[str]]:
    """Upsert a page of bookings and the listings and room types they name; returns both changed id lists."""
    return store.upsert_bookings(bookings), remember_rooms(store, bookings)


class BookingMessagesFeed:
    """Messages of current and upcoming stays: focused, then just-changed bookings, then ``sweep`` in
    rotation.

    The rotation position is persisted (``coliving.messages.rotation``) so a restart continues where it was.
    """

    name = "coliving.messages"
    label = "booking messages"
    rotation_name = "coliving.messages.rotation"

    def __init__(self, bookings: BookingsFeed, max_per_cycle: int = 5, sweep: int = 1) -> None:
        self.bookings = bookings
        self.max_per_cycle = max_per_cycle
        self.sweep = sweep

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        first = [*ctx.focused("bookings"), *self._focused_threads(ctx), *self.bookings.recently_changed]
        order = list(dict.fromkeys(first))[: self.max_per_cycle]
        rotation = await ctx.write(self._next_in_rotation, ctx.store, stay_floor(ctx), self.sweep, set(order))
        order.extend(rotation)
        for booking_id in order:
            changes.update_from(await refresh_booking_messages(ctx, booking_id))
        return changes

    @staticmethod
    def _focused_threads(ctx: FeedContext) -> list[str]:
        prefix = f"{Channel.COLIVING.value}:"
        return [key[len(prefix):] for key in ctx.focused("threads") if key.startswith(prefix)]

    def _next_in_rotation(self, store: Store, floor: date, count: int, skip: set[str]) -> list[str]:
        if count <= 0:
            return []
        raw = load_cursor(store, self.rotation_name).get("after")
        after = (str(raw[0]), str(raw[1])) if isinstance(raw, list) and len(raw) == 2 else None
        picked: list[str] = []
        wrapped = False
        while len(picked) < count:
            page = store.page_bookings(
                BookingFilter(checkout_after=floor.isoformat()), after, count
            )
            if not page:
                if wrapped or after is None:
                    break
                after, wrapped = None, True
                continue
            for booking in page:
                after = (booking.checkin, booking.id)
                if booking.id not in skip and booking.id not in picked:
                    picked.append(booking.id)
                if len(picked) >= count:
                    break
        save_cursor(store, self.rotation_name, {"after": list(after) if after else None})
        return picked


async def refresh_booking_messages(ctx: FeedContext, booking_id: str) -> Changes:
    """Read a booking's messages from the page holding the newest one already stored (ordering is by time)."""
    changes = ctx.changes
    client = _client(ctx)
    known = await ctx.write(ctx.store.messages_for_thread, Channel.COLIVING, booking_id)
    stored = sum(1 for m in known if isinstance(m, Message))
    page = stored // PER_PAGE + 1
    collected = []
    try:
        while True:
            result = await client.list_messages(booking_id, page, PER_PAGE)
            collected.extend(result.items)
            if result.total is not None and result.total < stored and page > 1:
                page, stored = 1, 0  # the server has fewer than we hold: read it all again
                continue
            if not result.has_more:
                break
            page += 1
    except (NotFound, Forbidden):
        return changes
    if collected:
        outcome = await ctx.write(ctx.store.upsert_messages, collected)
        changes.add("threads", outcome.threads)
        if outcome.messages:
            changes.add("messages", [f"{Channel.COLIVING.value}:{booking_id}"])
    return changes
