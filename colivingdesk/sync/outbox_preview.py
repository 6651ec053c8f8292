"""What a queued write says and whom it concerns, in words: for lists of the outbox (``outbox``, ``--json``).

An item's ``kind`` and ``target`` (``reply``, ``usr_0001``) do not tell an operator which message is stuck or
to whom; the reply's text and the person's name from the cache do. Non-reply writes get a short preview
("Create listing 'Casa Sol'", "Availability for listing 22228 (3 rows)").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.labels import guest_name
from colivingdesk.sync.outbox import (
    AVAILABILITY,
    PROPERTY_CREATE,
    PROPERTY_DELETE,
    PROPERTY_PHOTOS,
    PROPERTY_REPLACE,
    PROPERTY_SUBMIT,
    PROPERTY_UNPUBLISH,
    RATES,
    REPLY,
)

if TYPE_CHECKING:
    from colivingdesk.store import Store

_LISTING_ACTIONS = {
    PROPERTY_REPLACE: "Update listing {}",
    PROPERTY_SUBMIT: "Submit listing {} for review",
    PROPERTY_UNPUBLISH: "Unpublish listing {}",
    PROPERTY_DELETE: "Delete listing {}",
}


def item_text(item: OutboxItem, store: Store) -> str:
    """The reply's text, or a one-line preview of any other write."""
    payload = item.payload if isinstance(item.payload, dict) else {}
    if item.kind == REPLY:
        return str(payload.get("text", ""))
    if item.kind == PROPERTY_CREATE:
        return f"Create listing {_quoted(_draft_name(payload) or item.target)}"
    if item.kind in _LISTING_ACTIONS:
        return _LISTING_ACTIONS[item.kind].format(_listing(item.target, payload, store))
    if item.kind == PROPERTY_PHOTOS:
        urls = payload.get("urls")
        count = len(urls) if isinstance(urls, list) else 0
        return f"Add {_plural(count, 'photo')} to listing {_listing(item.target, payload, store)}"
    if item.kind in (AVAILABILITY, RATES):
        rows = payload.get("updates")
        count = len(rows) if isinstance(rows, list) else 0
        what = "Availability" if item.kind == AVAILABILITY else "Rates"
        listings = item.target.replace(",", ", ")
        noun = "listings" if "," in item.target else "listing"
        return f"{what} for {noun} {listings} ({_plural(count, 'row')})"
    return item.kind


def item_name(item: OutboxItem, store: Store) -> str | None:
    """The person a reply goes to, named as the inbox names them (see ``labels.guest_name``), else ``None``."""
    if item.kind != REPLY:
        return None
    booking = store.get_booking(item.target) if item.channel is Channel.COLIVING else None
    thread = store.get_thread(item.channel, item.target)
    messages = functools.partial(store.messages_for_thread, item.channel, item.target)
    return guest_name(thread, booking, messages) or None


def _draft_name(payload: dict[str, Any]) -> str:
    draft = payload.get("draft")
    name = draft.get("name") if isinstance(draft, dict) else None
    return name.strip() if isinstance(name, str) else ""


def _listing(property_id: str, payload: dict[str, Any], store: Store) -> str:
    """``'Casa Sol'`` when the draft or the cache knows the name, else the id."""
    name = _draft_name(payload)
    if not name:
        prop = store.get_property(property_id)
        name = prop.name if prop is not None else ""
    return _quoted(name) if name else property_id


def _quoted(text: str) -> str:
    return f"'{text}'"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
