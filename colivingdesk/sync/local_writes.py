"""The Service's writes that never reach a channel themselves: inbox marks, the listing register, and putting
an outbox item back in the queue or dropping it.

Each is a store write on the Service's store thread, announced on the change stream when it lands, like every
other write; they live apart from the Service's sync and delivery so that module stays about talking to the
channels.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.sync import calendar_data
from colivingdesk.sync.register import Register, import_register
from colivingdesk.sync.register_edits import ListingEdit, RoomEdit, save_edits

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.outbox import OutboxSender
    from colivingdesk.sync.scheduler import Scheduler

log = logging.getLogger(__name__)

T = TypeVar("T")


class LocalWrites:
    """Mixed into :class:`~colivingdesk.sync.service.Service`, which provides the attributes declared here."""

    store: Store
    _executor: ThreadPoolExecutor
    _senders: dict[Channel, OutboxSender]
    _scheduler: Scheduler

    if TYPE_CHECKING:

        def _emit(self, changes: Mapping[str, Iterable[str]]) -> None: ...

        async def _off_loop(self, write: Callable[[], T], then: Callable[[T], None]) -> T: ...

    # The listing register and the calendar (pure arithmetic in ``sync.calendar``, read in ``sync.calendar_data``).
    async def read_calendar(
        self, start: date, end: date, listing_id: str | None = None
    ) -> list[calendar_data.RoomCalendar]:
        """Every known room type's days from ``start`` to ``end``, read on the store thread."""
        loop = asyncio.get_running_loop()
        read = functools.partial(calendar_data.load_calendar, self.store, start, end, listing_id)
        return await loop.run_in_executor(self._executor, read)

    async def import_register(self, register: Register) -> dict[str, int]:
        """Write a parsed register file (``sync.register.parse_register``) and announce what it named."""
        named = {"listings": [li.id for li in register.listings], "rooms": [r.id for r in register.room_types]}
        return await self._off_loop(
            functools.partial(import_register, self.store, register), lambda _: self._emit(named)
        )

    async def save_register(self, listings: Sequence[ListingEdit], rooms: Sequence[RoomEdit]) -> None:
        """Save the register editor's fields (``sync.register_edits.save_edits``) and announce what changed."""
        await self._off_loop(functools.partial(save_edits, self.store, listings, rooms), self._emit)

    async def link_listing(self, listing_id: str, property_id: str | None) -> bool:
        """Link a Coliving.com listing to a BookMyColiving property id (None unlinks); False if unknown."""
        return await self._off_loop(
            functools.partial(self.store.link_listing_property, listing_id, property_id),
            lambda done: self._emit({"listings": [listing_id]} if done else {}),
        )

    async def retry(self, outbox_id: int) -> bool:
        """Put a failed, held or waiting item back in the queue now; False when it is being sent (by this or
        another process), already sent, or gone, which the item's own state then shows."""

        def requeued(item: OutboxItem | None) -> None:
            if item is None:
                return
            sender = self._senders.get(item.channel)
            if sender is not None:
                sender.forget(outbox_id)
            self._emit({"outbox": {str(outbox_id)}})
            self._scheduler.wake(item.channel)

        def requeue() -> OutboxItem | None:
            return _unless_sending(self.store.requeue, outbox_id)

        return await self._off_loop(requeue, requeued) is not None

    async def discard(self, outbox_id: int) -> bool:
        """Drop an unsent item; False when it is being sent (it may already have reached the channel) or gone."""

        def cancelled(done: bool) -> None:
            if done:
                self._emit({"outbox": {str(outbox_id)}})

        def drop() -> bool:
            return bool(_unless_sending(self.store.cancel_outbox_item, outbox_id))

        return await self._off_loop(drop, cancelled)

    # inbox marks
    async def mark_thread_read(self, channel: Channel, external_id: str, person: str | None = None) -> bool:
        """The user (``person``, on a team's store) read the thread here; returns whether its unread state
        changed."""
        return await self._thread_mark(functools.partial(self.store.mark_thread_read, person=person), channel,
                                       external_id)

    async def mark_thread_unread(self, channel: Channel, external_id: str, person: str | None = None) -> bool:
        return await self._thread_mark(functools.partial(self.store.mark_thread_unread, person=person), channel,
                                       external_id)

    async def archive_thread(self, channel: Channel, external_id: str, person: str | None = None) -> bool:
        """Done with it: read, and out of the inbox until the guest writes again."""
        return await self._thread_mark(functools.partial(self.store.archive_thread, person=person), channel,
                                       external_id)

    async def unarchive_thread(self, channel: Channel, external_id: str) -> bool:
        return await self._thread_mark(self.store.unarchive_thread, channel, external_id)

    async def _thread_mark(self, mark: Callable[[Channel, str], bool], channel: Channel, external_id: str) -> bool:
        """A store write on the store thread, announced as a thread change (lists and badges re-read it)."""

        def announce(changed: bool) -> None:
            if changed:
                self._emit({"threads": {f"{channel.value}:{external_id}"}})

        return await self._off_loop(functools.partial(mark, channel, external_id), announce)


def _unless_sending(change: Callable[[int], T], outbox_id: int) -> T | None:
    """A user's change to an outbox item, or None when the item is claimed by a send, sent, or gone: the
    state check and the change are one store transaction, so they cannot race a claim."""
    from colivingdesk.store import OutboxNotFoundError, OutboxStateError

    try:
        return change(outbox_id)
    except (OutboxStateError, OutboxNotFoundError):
        log.info("outbox item %d is being sent, sent or gone; left as it is", outbox_id)
        return None


