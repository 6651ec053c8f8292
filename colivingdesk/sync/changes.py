"""What changed in the cache, as ids per kind, so views refresh only the rows that moved.

Sync never pushes records to the UI: it writes the store, then says which ids changed. A view re-reads those
ids from its own read-only connection. Callbacks run on the event loop thread; one that raises is logged and
skipped, so a broken view cannot stop sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType

log = logging.getLogger(__name__)

#: Kinds a ChangeSet may carry. Thread ids are ``"channel:external_id"``; "messages" carries the keys of
#: the threads whose messages changed; "rooms" carries Coliving.com room type ids (new, renamed, or with
#: availability or rates recorded); "listings" Coliving.com listing ids whose register entry (name, stay
#: minimum, BookMyColiving link) changed. A team's own rows (``store.people``): "people" carries person keys
#: (a name set or changed), "presence" and "assignments" thread keys (someone started or stopped writing there;
#: it was given to someone), "favourites" saved-reply ids, "drafts" thread keys.
KINDS = (
    "properties", "leads", "bookings", "threads", "messages", "outbox", "reference", "accounts", "status",
    "rooms", "listings", "people", "presence", "assignments", "favourites", "drafts",
)

#: The id that stands for every record of its kind ("everything of this kind may have changed"): what a team
#: desktop hears when a change set was too large to name its ids, or after it missed notifications. A model
#: that does not know the id re-reads what it shows, which is what such a change asks for.
EVERY = "*"


class ChangeSet(Mapping[str, frozenset[str]]):
    """An immutable mapping kind -> ids that changed; missing kinds read as empty."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Iterable[str]] | None = None) -> None:
        cleaned = {kind: frozenset(ids) for kind, ids in (data or {}).items()}
        self._data = MappingProxyType({kind: ids for kind, ids in cleaned.items() if ids})

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self._data[kind]

    def get_ids(self, kind: str) -> frozenset[str]:
        return self._data.get(kind, frozenset())

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return bool(self._data)

    def whole(self, kind: str) -> bool:
        """Whether every record of ``kind`` may have changed (see :data:`EVERY`)."""
        return EVERY in self._data.get(kind, frozenset())

    def merge(self, other: Mapping[str, Iterable[str]]) -> ChangeSet:
        merged: dict[str, set[str]] = {kind: set(ids) for kind, ids in self._data.items()}
        for kind, ids in other.items():
            merged.setdefault(kind, set()).update(ids)
        return ChangeSet(merged)

    def counts(self) -> dict[str, int]:
        return {kind: len(ids) for kind, ids in self._data.items()}

    def __repr__(self) -> str:
        return f"ChangeSet({self.counts()})"


class ChangeStream:
    """Fan-out of ChangeSets to subscribers."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[ChangeSet], None]] = []

    def subscribe(self, callback: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Register ``callback``; returns a function that unsubscribes it (safe to call twice)."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def emit(self, changes: Mapping[str, Iterable[str]] | ChangeSet) -> None:
        change_set = changes if isinstance(changes, ChangeSet) else ChangeSet(changes)
        if not change_set:
            return
        for callback in list(self._subscribers):
            try:
                callback(change_set)
            except Exception:
                log.exception("a change subscriber failed")
