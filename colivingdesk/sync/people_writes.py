"""The Service's writes of a team's own rows (``store.people``): a person's name, who is writing where,
assignments, favourites and drafts, each announced on the change stream when it lands, so every view (and,
on a team's database, every desktop) re-reads what moved.

Presence and assignment times come from the Service's clock on a profile used alone, and from the database
server on a team's store, so two desktops' clocks never disagree about a banner.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from colivingdesk.store.people import Person
from colivingdesk.sync.clock import SystemClock

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.clock import Clock

T = TypeVar("T")


class PeopleWrites:
    """Mixed into :class:`~colivingdesk.sync.service.Service`, which provides the attributes declared here."""

    store: Store
    clock: Clock

    if TYPE_CHECKING:

        def _emit(self, changes: Mapping[str, Iterable[str]]) -> None: ...

        async def _off_loop(self, write: Callable[[], T], then: Callable[[T], None]) -> T: ...

    def people_now(self) -> datetime | None:
        """The time presence is written and read at: None for the database server's own on a team's store
        (unless the Service was given a clock of its own, as tests do), else the Service's clock."""
        return None if self.store.shared and isinstance(self.clock, SystemClock) else self.clock.now()

    async def note_person(self, person: Person) -> bool:
        """Make ``person`` (and their current name) known to the team."""
        write = functools.partial(self.store.people.note_person, person, self.people_now())
        return await self._off_loop(write, lambda changed: self._emit({"people": [person.key]} if changed else {}))

    async def touch_presence(self, person: str, thread: str) -> bool:
        """``person`` is writing in ``thread``; the others are told when it starts (or restarts after expiry)."""
        write = functools.partial(self.store.people.touch_presence, person, thread, self.people_now())
        return await self._off_loop(write, lambda new: self._emit({"presence": [thread]} if new else {}))

    async def clear_presence(self, person: str, thread: str | None = None) -> list[str]:
        """``person`` sent, left the conversation (``thread``) or closed the window (every conversation)."""
        write = functools.partial(self.store.people.clear_presence, person, thread)
        return await self._off_loop(write, lambda gone: self._emit({"presence": gone}))

    async def assign(self, thread: str, person: str | None, by: str | None) -> bool:
        """Give the conversation to ``person`` (None: to nobody)."""
        write = functools.partial(self.store.people.assign, thread, person, by, self.people_now())
        return await self._off_loop(
            write, lambda done: self._emit({"assignments": [thread], "threads": [thread]} if done else {})
        )

    async def set_favourite(self, person: str, reply_id: int, favourite: bool) -> bool:
        write = functools.partial(self.store.people.set_favourite, person, reply_id, favourite)
        return await self._off_loop(write, lambda done: self._emit({"favourites": [str(reply_id)]} if done else {}))

    async def save_draft(self, person: str, thread: str, text: str) -> bool:
        """Keep ``person``'s unsent text for ``thread`` in the store, where their other desktops find it."""
        write = functools.partial(self.store.people.save_draft, person, thread, text, self.people_now())
        return await self._off_loop(write, lambda done: self._emit({"drafts": [thread]} if done else {}))
