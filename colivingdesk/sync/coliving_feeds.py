"""Coliving.com feeds: bookings (with detail for current and upcoming stays) and per-booking messages.

The bookings cursor is copied verbatim from ``version`` values, never from a clock: ``version`` is
server-local time of an unstated zone. The document does not say whether ``updated_after`` is inclusive, so
the feed asks from the *previous* distinct version it saw (``floor``), not the newest: bookings at the newest
version are then always re-read, whether the server compares with ``>`` or ``>=``, and a booking changed later
in that same second is not lost. In a quiet cycle that is one request returning the handful of bookings of the
newest second, which the idempotent upsert turns into no change.

Each page of bookings also records the listings and room types it names (see :mod:`colivingdesk.sync.rooms`),
as the channel has no endpoint that lists them.

The channel allows 60 requests a minute for everything, and the client paces itself under that. Background
work spends what the minute has left but ``HEADROOM`` requests, so what the user does next (open a booking, send
a reply) never waits behind a sync. Detail calls are also bounded per cycle. The channel has no message feed:
the only way to notice a new guest message is to read that booking's conversation, so every cycle reads as many
open conversations as the budget allows (see :class:`BookingMessagesFeed`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from colivingdesk.api.errors import Forbidden, NotFound
from colivingdesk.domain import Booking, Channel, Message
from colivingdesk.sync.feeds import Changes, FeedContext, PageWriter, load_cursor, save_cursor
from colivingdesk.sync.rooms import backfill_rooms, remember_rooms
from colivingdesk.sync.runtime import COLIVING_REQUESTS_PER_MINUTE
from colivingdesk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from colivingdesk.api.coliving import ColivingClient
    from colivingdesk.store import MessageChanges, Store

PER_PAGE = 100
#: Statuses whose conversation is closed. The document lists confirmed, cancelled and pending, and a cancelled
#: booking's conversation answers 409 to a new message. Any other status counts as open: a status the channel
#: adds later then costs a read, never a missed message.
CLOSED_STATUSES = ("cancelled",)
#: Requests of each minute that background reads leave free for what the user does (replies, opening a
#: conversation, a property write).
HEADROOM = 10
#: Stays that ended this many days ago or less are still read in the background, but only with budget to spare
#: and at most once per ``ENDED_INTERVAL``: guests write about deposits after leaving. Older history is read
#: when the user opens it.
ENDED_DAYS = 30
ENDED_INTERVAL = timedelta(hours=1)
#: Bookings stored per transaction while walking (several list pages; see ``feeds.PageWriter``). Each booking
#: lands at a random place in four indexes, so a commit writes back most of their pages whatever the batch
#: holds: at 1,000 a first sync's commits cost as much as its inserts, at 2,500 about 40% less.
WRITE_BATCH = 2500
#: Details asked for in a complete pass: in effect all of them.
COMPLETE_DETAILS = 1_000_000_000


def _client(ctx: FeedContext) -> ColivingClient:
    from colivingdesk.api.coliving import ColivingClient

    client = ctx.account.client
    assert isinstance(client, ColivingClient)
    return client


def stay_floor(ctx: FeedContext) -> date:
    """Stays checking out after this day are "current or upcoming"; a day of slack covers zone differences."""
    return open_floor(ctx.now())


def open_floor(now: datetime) -> date:
    """Check-outs after this day are still open: today's included, with a day of slack for time zones."""
    return now.date() - timedelta(days=1)


def is_current(booking: Booking, floor: date) -> bool:
    return is_current_text(booking.checkout, floor)


class BookingsFeed:
    """``updated_after`` walk, then detail calls for new or changed current/upcoming bookings: the one the user
    has open always, others while the minute's budget keeps ``HEADROOM`` requests free."""

    name = "coliving.bookings"
    label = QT_TRANSLATE_NOOP("Feeds", "bookings")

    def __init__(
        self, max_details_per_cycle: int = 10, requests_per_minute: int | None = COLIVING_REQUESTS_PER_MINUTE
    ) -> None:
        self.max_details_per_cycle = max_details_per_cycle
        self.requests_per_minute = requests_per_minute
        #: Bookings changed in the last run, for the messages feed to look at first.
        self.recently_changed: list[str] = []
        self._rooms_backfilled = False

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        if not self._rooms_backfilled:
            changes.add("rooms", await ctx.write(backfill_rooms, ctx.store))
            self._rooms_backfilled = True
        client = _client(ctx)
        cursor = await ctx.write(load_cursor, ctx.store, self.name)
        newest: str | None = cursor.get("version")
        floor: str | None = cursor.get("floor")
        versions = Versions(newest, floor)
        changed: list[str] = []
        current_floor = stay_floor(ctx)

        def stored(result: StoredBookings, items: list[Booking], pages: int) -> None:
            changes.add("bookings", result.ids)
            changes.add("rooms", result.rooms)
            changed.extend(result.current)
            versions.add(result.versions)
            ctx.advance(len(items), pages)

        ctx.begin(self.label, "bookings")
        write = functools.partial(store_booking_batch, ctx.store, current_floor)
        writer = PageWriter(ctx, write, stored, batch_rows=WRITE_BATCH)
        try:
            async for items in client.iter_bookings(updated_after=floor or newest):
                await writer.put(items)
        finally:
            await writer.flush()
        new_cursor = versions.cursor()
        if new_cursor != {k: v for k, v in cursor.items() if k in ("version", "floor")}:
            await ctx.write(save_cursor, ctx.store, self.name, new_cursor)
        self.recently_changed = changed
        changes.update_from(await self.fetch_details(ctx))
        return changes

    async def fetch_details(self, ctx: FeedContext) -> Changes:
        """Details of current and upcoming bookings that lack one: a share per cycle, or all of them in a
        complete pass (paced by the client's per-minute limiter, with no headroom: nobody else is waiting)."""
        changes = ctx.changes
        focused = ctx.focused("bookings")
        limit = COMPLETE_DETAILS if ctx.complete else self.max_details_per_cycle
        wanted = await ctx.write(missing_detail, ctx.store, stay_floor(ctx), limit, focused)
        ctx.begin("booking details", "bookings", total=len(wanted), per_minute=self.requests_per_minute)
        for booking_id in wanted:
            background = booking_id not in focused and not ctx.complete
            if background and background_room(ctx, self.requests_per_minute) == 0:
                break
            changes.update_from(await refresh_booking(ctx, booking_id))
            ctx.advance(1)
        return changes


def background_room(ctx: FeedContext, requests_per_minute: int | None, headroom: int = HEADROOM) -> int | None:
    """Background requests the minute can still afford with ``headroom`` left free for the user (none while a
    429's cooldown lasts); ``None`` when the client does not meter itself."""
    if requests_per_minute is None:
        return None
    return max(ctx.account.requests_left(requests_per_minute, ctx.now()) - headroom, 0)


class Versions:
    """The newest version seen and the newest one strictly before it, kept up to date as pages land.

    Versions are fixed-width ``Y-m-d H:i:s`` text, so text order is time order; they are only compared and
    copied, never parsed. Each stored batch adds only its own two newest (see :func:`store_booking_batch`):
    collecting a first sync's 100,000 versions and searching them once the walk ended held the event loop for
    tens of milliseconds.
    """

    def __init__(self, newest: str | None = None, floor: str | None = None) -> None:
        self._top: str | None = None
        self._below: str | None = None
        self.add((newest, floor))

    def add(self, values: Iterable[str | None]) -> None:
        for value in values:
            if not value:
                continue
            top = self._top
            if top is None or value > top:
                self._below, self._top = top, value
            elif value < top and (self._below is None or value > self._below):
                self._below = value

    def top_two(self) -> tuple[str | None, str | None]:
        """The newest version and the one before it: adding these elsewhere is the same as adding them all."""
        return self._top, self._below

    def cursor(self) -> dict[str, str]:
        """The next cursor: ``version`` the newest, ``floor`` the one before it (absent when none)."""
        if self._top is None:
            return {}
        return {"version": self._top} if self._below is None else {"version": self._top, "floor": self._below}


def advance_cursor(newest: str | None, floor: str | None, seen: Iterable[str]) -> dict[str, str]:
    """The next cursor from the current one and the versions a walk saw (see :class:`Versions`)."""
    versions = Versions(newest, floor)
    versions.add(seen)
    return versions.cursor()


def missing_detail(store: Store, floor: date, limit: int, first: list[str]) -> list[str]:
    """Current or upcoming bookings without a fresh detail record, ``first`` ones ahead of the rest."""
    # A dict keeps the order and answers "already listed?" in constant time: a complete pass (and the backlog
    # count) asks for every missing detail, tens of thousands of ids.
    out: dict[str, None] = {}
    for booking_id in first:
        booking = store.get_booking(booking_id)
        if booking is not None and not booking.has_detail:
            out.setdefault(booking_id)
    if len(out) >= limit:
        return list(out)[:limit]
    for booking_id in store.bookings_missing_detail(limit + len(out), floor.isoformat()):
        if len(out) >= limit:
            break
        out.setdefault(booking_id)
    return list(out)


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
    """Upsert bookings and the listings and room types they name, in one transaction; returns both changed id
    lists."""
    with store.transaction():
        return store.upsert_bookings(bookings), remember_rooms(store, bookings)


class StoredBookings(NamedTuple):
    """What a walk's batch changed: booking and room ids, the changed current or upcoming stays (in walk
    order), and the batch's two newest distinct versions (all :class:`Versions` needs of it)."""

    ids: list[str]
    rooms: list[str]
    current: list[str]
    versions: tuple[str | None, str | None]


def store_booking_batch(store: Store, floor: date, bookings: list[Booking]) -> StoredBookings:
    """:func:`store_bookings` for a walk's batch, with what the walk keeps of it worked out here, on the store
    thread: going over 2,500 bookings on the event loop after each write took 4-8 ms, more while this thread
    held the interpreter lock for the next write, and made frames of the window late."""
    ids, rooms = store_bookings(store, bookings)
    changed = set(ids)
    current = [b.id for b in bookings if b.id in changed and is_current(b, floor)]
    seen = Versions()
    seen.add(b.version for b in bookings)
    return StoredBookings(ids, rooms, current, seen.top_two())


class BookingMessagesFeed:
    """Conversations of open bookings, as many per cycle as the minute's budget allows beyond ``headroom``.

    Order: what the user has open (always, whatever the budget), bookings that just changed, then every open
    conversation in the store's sweep order (:mod:`colivingdesk.store.conversations`: never read, then longest
    unread, then most recent activity and nearest check-in). Each read is stamped in the store, so a restart
    or the next cron run carries on with the conversations that have waited longest. Only when every open
    conversation was read this cycle do the spare requests go to bookings that were just cancelled (once) and
    to stays that ended lately (at most hourly); older history is read only when the user opens it.

    ``requests_per_minute`` is the limit the client paces itself to (``None``: it does not, and neither does
    this feed); ``max_per_cycle`` optionally caps the background reads of one cycle.
    """

    name = "coliving.messages"
    label = QT_TRANSLATE_NOOP("Feeds", "booking messages")

    def __init__(
        self,
        bookings: BookingsFeed,
        requests_per_minute: int | None = COLIVING_REQUESTS_PER_MINUTE,
        *,
        max_per_cycle: int | None = None,
        headroom: int = HEADROOM,
    ) -> None:
        self.bookings = bookings
        self.requests_per_minute = requests_per_minute
        self.max_per_cycle = max_per_cycle
        self.headroom = headroom

    async def run(self, ctx: FeedContext) -> Changes:
        changes = ctx.changes
        started = ctx.now()
        done: set[str] = set()
        for booking_id in dict.fromkeys([*ctx.focused("bookings"), *self._focused_threads(ctx)]):
            await self._read(ctx, booking_id, started, done)
        # After a first sync these are a hundred thousand ids: every pass over them (removing repeats, the sets
        # below) runs on the store thread, as any on the event loop held the window for tens of milliseconds.
        changed = self.bookings.recently_changed
        room = self._room(ctx)
        limit = None if room is None else room + len(done) + 1
        due, due_set = await ctx.write(_sweep_order, ctx.store, ctx.now(), changed, limit)
        ctx.begin(self.label, "conversations", total=len(due_set) - len(done & due_set),
                  per_minute=self.requests_per_minute)
        background = 0
        for booking_id in due:
            if booking_id in done:
                continue
            if not self._may_read(ctx, background):
                return changes
            await self._read(ctx, booking_id, started, done)
            ctx.advance(1)
            background += 1
        if limit is not None and len(due) >= limit:
            return changes  # more open conversations than this cycle could afford: nothing is spare
        spare = await ctx.write(spare_conversations_due, ctx.store, ctx.now(), changed, due_set)
        for booking_id in spare:
            if booking_id in done:
                continue
            if not self._may_read(ctx, background, spare=True):
                break
            await self._read(ctx, booking_id, started, done)
            background += 1
        return changes

    def _room(self, ctx: FeedContext, background: int = 0, *, spare: bool = False) -> int | None:
        """Background reads the cycle can still afford: under the per-cycle cap, with ``headroom`` requests of
        the minute left free for the user (none while a 429's cooldown lasts). ``None``: no limit, as for open
        conversations in a complete pass, which reads every one and leaves the pacing to the client's limiter;
        the spare reads after them keep to what the minute has left, there too, so a complete pass never waits
        for a conversation that can no longer be written to."""
        if ctx.complete and not spare:
            return None
        rooms: list[int] = []
        if self.max_per_cycle is not None:
            rooms.append(self.max_per_cycle - background)
        budget = background_room(ctx, self.requests_per_minute, self.headroom)
        if budget is not None:
            rooms.append(budget)
        return max(min(rooms), 0) if rooms else None

    def _may_read(self, ctx: FeedContext, background: int, *, spare: bool = False) -> bool:
        room = self._room(ctx, background, spare=spare)
        return room is None or room > 0

    @staticmethod
    async def _read(ctx: FeedContext, booking_id: str, started: datetime, done: set[str]) -> None:
        done.add(booking_id)
        await refresh_booking_messages(ctx, booking_id, read_at=started)

    @staticmethod
    def _focused_threads(ctx: FeedContext) -> list[str]:
        prefix = f"{Channel.COLIVING.value}:"
        return [key[len(prefix):] for key in ctx.focused("threads") if key.startswith(prefix)]


def open_conversations_due(
    store: Store, now: datetime, first: list[str] | None = None, limit: int | None = None
) -> list[str]:
    """Conversations that can still be written to, in the order they are due (open ones of ``first`` ahead)."""
    return store.open_conversations_due(
        open_floor(now).isoformat(), CLOSED_STATUSES, now.date().isoformat(), first or [], limit
    )


def ended_conversations_due(store: Store, now: datetime, limit: int = COLIVING_REQUESTS_PER_MINUTE) -> list[str]:
    """Stays that ended within ``ENDED_DAYS`` and were not read for ``ENDED_INTERVAL``, never-read first."""
    ended_after = (now.date() - timedelta(days=ENDED_DAYS)).isoformat()
    return store.ended_conversations_due(
        ended_after, open_floor(now).isoformat(), CLOSED_STATUSES, now - ENDED_INTERVAL, limit
    )


def _sweep_order(
    store: Store, now: datetime, changed: list[str], limit: int | None
) -> tuple[list[str], set[str]]:
    """:func:`open_conversations_due` with the bookings ``changed`` this run first, and the same ids as a set
    (store thread: see ``BookingMessagesFeed.run``)."""
    due = open_conversations_due(store, now, _unique(changed), limit)
    return due, _as_set(due)


#: Ids per step when a hundred thousand are deduplicated or made a set: one C call over them all holds the
#: interpreter lock throughout (60 ms, and the window with it); between steps the window's thread may run.
_STEP = 5_000


def _unique(ids: list[str]) -> list[str]:
    """``ids`` without repeats, in their order (see ``_STEP``)."""
    seen: dict[str, None] = {}
    for start in range(0, len(ids), _STEP):
        seen.update(dict.fromkeys(ids[start:start + _STEP]))
    return list(seen)


def _as_set(ids: list[str]) -> set[str]:
    """``set(ids)`` in steps (see ``_STEP``)."""
    out: set[str] = set()
    for start in range(0, len(ids), _STEP):
        out.update(ids[start:start + _STEP])
    return out


def spare_conversations_due(store: Store, now: datetime, changed: list[str], due: set[str]) -> list[str]:
    """What budget to spare goes to: bookings ``changed`` this run that are not ``due`` (they just closed) and
    whose conversation was read before (the guest may have written just before cancelling), then stays that
    ended lately."""
    closed = sorted(b for b in _as_set(changed) - due if store.conversation_read_at(b) is not None)
    return [*closed, *ended_conversations_due(store, now)]


def conversation_coverage(store: Store, now: datetime, since: datetime) -> dict[str, int]:
    """``{"read": n, "waiting": m}``: conversations read since ``since``, open ones not read since then."""
    read, waiting = store.conversation_coverage(open_floor(now).isoformat(), CLOSED_STATUSES, since)
    return {"read": read, "waiting": waiting}


async def refresh_booking_messages(ctx: FeedContext, booking_id: str, read_at: datetime | None = None) -> Changes:
    """Read a booking's messages from the page holding the newest one already stored (ordering is by time),
    and stamp the conversation read (``read_at``, default now) for the sweep."""
    changes = ctx.changes
    client = _client(ctx)
    at = read_at or ctx.now()
    known = await ctx.write(ctx.store.messages_for_thread, Channel.COLIVING, booking_id)
    stored = sum(1 for m in known if isinstance(m, Message))
    page = stored // PER_PAGE + 1
    collected: list[Message] = []
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
        # Gone or not ours: stamped all the same, so the sweep does not ask for it first every cycle.
        await ctx.write(_store_read, ctx.store, booking_id, [], at)
        return changes
    outcome = await ctx.write(_store_read, ctx.store, booking_id, collected, at)
    if outcome is not None:
        changes.add("threads", outcome.threads)
        if outcome.messages:
            changes.add("messages", [f"{Channel.COLIVING.value}:{booking_id}"])
    return changes


def _store_read(store: Store, booking_id: str, messages: list[Message], at: datetime) -> MessageChanges | None:
    outcome = store.upsert_messages(messages) if messages else None
    store.mark_conversations_read([booking_id], at)
    return outcome
