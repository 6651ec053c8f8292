"""The listing register: the operator's Coliving.com listings and room types, imported from a JSON file.

Coliving.com has no endpoint that lists a host's listings, so names, unit counts (``amount``), stay minimum and
prices come from the operator. The file has the shape of the document's own demo context
(``demo_context_v1.php``, its PHP arrays written as JSON)::

    {"host": {"id": 6368, "name": "Demo Host", ...},
     "listings": [{"id": 5325, "name": "Demo listing", "status": "published", "stay_min": 30,
                   "bmc_property_id": "prop_0003",            # optional: the same place on BookMyColiving
                   "room_types": [{"id": 38753, "name": "Full Bedroom", "room_type": "private", "amount": 6,
                                   "prices": {"currency": "USD", "base_price": 1000,
                                              "price_jan": 1100, "price_feb": null, ...}}]}]}

An ``apiKey`` in ``host`` is never read or kept. Importing again updates what the file names and keeps what it
does not: the availability recorded from pushes, a BookMyColiving link the file leaves out, listings only seen
on bookings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from colivingdesk.labels import listing_label
from colivingdesk.store import Listing, RoomType
from colivingdesk.sync.currency import is_currency
from colivingdesk.sync.rooms import MONTHS, month_overrides
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled, translated

if TYPE_CHECKING:
    from colivingdesk.store import Store

#: Shown for a listing known only because a booking named it.
UNNAMED = QT_TRANSLATE_NOOP("Labels", "unnamed, from bookings")
#: Listing fields kept in ``Listing.extra`` (the rest of the register is in columns).
_LISTING_EXTRA = ("status", "user_id")


def _say(source: str, **values: object) -> str:
    """A refusal marked under ``InputError``, in the window's language (English on the command line)."""
    return filled("InputError", source, **values)


class RegisterError(ValueError):
    """The file is not a register; ``path`` names the offending field (``listings.0.room_types.1.amount``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass(frozen=True, slots=True)
class Register:
    """A parsed register file, ready to be written."""

    listings: tuple[Listing, ...]
    room_types: tuple[RoomType, ...]


def display_name(listing: Listing) -> str:
    """The listing's name, or ``unnamed, from bookings`` for an id only a booking named."""
    if listing.name:
        return listing.name
    return listing_label(None, listing.id) if listing.registered else translated("Labels", UNNAMED)


def parse_register(data: Any, today: date) -> Register:
    """Read the demo-context shape; month prices are keyed "YYYY-MM" for their next occurrence from ``today``."""
    if not isinstance(data, Mapping):
        raise RegisterError("(file)", _say(QT_TRANSLATE_NOOP(
            "InputError", "expected an object with a 'listings' array")))
    raw_listings = data.get("listings")
    if not isinstance(raw_listings, list):
        raise RegisterError("listings", _say(QT_TRANSLATE_NOOP("InputError", "expected an array")))
    listings: list[Listing] = []
    rooms: list[RoomType] = []
    for n, raw in enumerate(raw_listings):
        path = f"listings.{n}"
        if not isinstance(raw, Mapping):
            raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected an object")))
        listing_id = _id(raw.get("id"), f"{path}.id")
        link = raw.get("bmc_property_id")
        listings.append(
            Listing(
                id=listing_id,
                name=_text(raw.get("name"), f"{path}.name"),
                extra={k: raw[k] for k in _LISTING_EXTRA if raw.get(k) is not None},
                registered=True,
                stay_min=_count(raw.get("stay_min"), f"{path}.stay_min", optional=True),
                bmc_property_id=None if link is None else _text(link, f"{path}.bmc_property_id"),
            )
        )
        raw_rooms = raw.get("room_types", [])
        if not isinstance(raw_rooms, list):
            raise RegisterError(f"{path}.room_types", _say(QT_TRANSLATE_NOOP("InputError", "expected an array")))
        for m, room in enumerate(raw_rooms):
            rooms.append(_room(room, listing_id, f"{path}.room_types.{m}", today))
    return Register(tuple(listings), tuple(rooms))


def import_register(store: Store, register: Register) -> dict[str, int]:
    """Write ``register`` in one transaction; answers ``{"listings": n, "room_types": m}`` written."""
    with store.transaction():
        listings = []
        for listing in register.listings:
            known = store.get_listing(listing.id)
            if known is not None and listing.bmc_property_id is None:
                listing = dataclasses.replace(listing, bmc_property_id=known.bmc_property_id)
            listings.append(listing)
        rooms = []
        for room in register.room_types:
            known_room = store.get_room_type(room.id)
            if known_room is not None:
                room = dataclasses.replace(room, available=known_room.available)
            rooms.append(room)
        store.upsert_listings(listings)
        store.upsert_room_types(rooms)
    return {"listings": len(listings), "room_types": len(rooms)}


def _room(raw: Any, listing_id: str, path: str, today: date) -> RoomType:
    if not isinstance(raw, Mapping):
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected an object")))
    owner = raw.get("listing_id")
    if owner is not None and _id(owner, f"{path}.listing_id") != listing_id:
        raise RegisterError(f"{path}.listing_id", _say(QT_TRANSLATE_NOOP(
            "InputError", "names listing {owner}, not the listing {listing} it is in"),
            owner=owner, listing=listing_id))
    prices = raw.get("prices") or {}
    if not isinstance(prices, Mapping):
        raise RegisterError(f"{path}.prices", _say(QT_TRANSLATE_NOOP("InputError", "expected an object")))
    currency = prices.get("currency")
    if currency is not None and (not isinstance(currency, str) or not is_currency(currency)):
        raise RegisterError(f"{path}.prices.currency", _say(QT_TRANSLATE_NOOP(
            "InputError", "{code} is not an ISO 4217 currency code"), code=repr(currency)))
    base = _price(prices.get("base_price"), f"{path}.prices.base_price")
    months = {f"price_{m}": _price(prices.get(f"price_{m}"), f"{path}.prices.price_{m}") for m in MONTHS}
    return RoomType(
        id=_id(raw.get("id"), f"{path}.id"),
        listing_id=listing_id,
        name=_text(raw.get("name"), f"{path}.name"),
        room_type=None if raw.get("room_type") is None else _text(raw["room_type"], f"{path}.room_type"),
        currency=currency,
        base_price=base,
        monthly_prices=dict(month_overrides(months, today)),
        units=_count(raw.get("amount"), f"{path}.amount", optional=False),
    )


def _id(value: Any, path: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip():
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP(
            "InputError", "expected an id (a number or a non-empty text)")))
    return str(value).strip()


def _text(value: Any, path: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected a text")))
    return value.strip()


def _count(value: Any, path: str, *, optional: bool) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected a whole number of at least 0")))
    return value


def _price(value: Any, path: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected a number")))
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected a number"))) from None
    if not number.is_finite() or number < 0:
        raise RegisterError(path, _say(QT_TRANSLATE_NOOP("InputError", "expected a number of at least 0")))
    return number

