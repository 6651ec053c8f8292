"""Edits to the listing register made by hand: names, unit counts, stay minimum, currency and base price.

The window's register editor checks each field as it is typed with the functions here (the same rules as the
import: whole unit counts of at least 0, ISO 4217 currencies, prices of at least 0) and saves through
:meth:`colivingdesk.sync.service.Service.save_register`, which runs :func:`save_edits` on the store thread. Only
the edited fields change: the availability recorded from pushes and the monthly overrides stay as they are, so
an edit cannot undo a push that landed while the editor was open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from colivingdesk.store import Listing, RoomType
from colivingdesk.sync.currency import is_currency
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

if TYPE_CHECKING:
    from colivingdesk.store import Store


class FieldError(ValueError):
    """A value that cannot be saved; the message says why in words fit for the field it belongs to."""


def _say(source: str, **values: object) -> str:
    """A refusal marked under ``InputError``, in the window's language (English on the command line)."""
    return filled("InputError", source, **values)


@dataclass(frozen=True, slots=True)
class ListingEdit:
    id: str
    name: str
    stay_min: int | None
    bmc_property_id: str | None


@dataclass(frozen=True, slots=True)
class RoomEdit:
    id: str
    listing_id: str
    name: str
    units: int | None
    currency: str | None
    base_price: Decimal | None


def parse_count(text: str) -> int | None:
    """A whole number of at least 0 (unit counts, stay minimum); empty means not known."""
    text = text.strip()
    if not text:
        return None
    try:
        number = int(text)
    except ValueError:
        raise FieldError(_say(QT_TRANSLATE_NOOP(
            "InputError", "{text} is not a whole number"), text=repr(text))) from None
    if number < 0:
        raise FieldError(_say(QT_TRANSLATE_NOOP("InputError", "{number} is negative; give 0 or more"), number=number))
    return number


def parse_currency(text: str) -> str | None:
    """An ISO 4217 code (upper-cased); empty means not known."""
    code = text.strip().upper()
    if not code:
        return None
    if not is_currency(code):
        raise FieldError(_say(QT_TRANSLATE_NOOP("InputError", "{code} is not an ISO 4217 currency code"), code=code))
    return code


def parse_amount(text: str) -> Decimal | None:
    """A price of at least 0; empty means not known."""
    text = text.strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise FieldError(_say(QT_TRANSLATE_NOOP("InputError", "{text} is not a number"), text=repr(text))) from None
    if not number.is_finite():
        raise FieldError(_say(QT_TRANSLATE_NOOP("InputError", "{text} is not a number"), text=repr(text)))
    if number < 0:
        raise FieldError(_say(QT_TRANSLATE_NOOP(
            "InputError", "{number} is negative; prices are 0 or more"), number=number))
    return number


def save_edits(store: Store, listings: Sequence[ListingEdit], rooms: Sequence[RoomEdit]) -> dict[str, list[str]]:
    """Write the edited fields in one transaction; answers the ids written, as the change stream names them.

    A listing given a name by hand becomes part of the register (no longer "unnamed, from bookings").
    """
    with store.transaction():
        written_listings = []
        for edit in listings:
            known = store.get_listing(edit.id) or Listing(id=edit.id)
            written_listings.append(
                dataclasses.replace(
                    known,
                    name=edit.name.strip(),
                    stay_min=edit.stay_min,
                    bmc_property_id=edit.bmc_property_id or None,
                    registered=known.registered or bool(edit.name.strip()),
                )
            )
        written_rooms = []
        for room in rooms:
            current = store.get_room_type(room.id) or RoomType(id=room.id, listing_id=room.listing_id)
            written_rooms.append(
                dataclasses.replace(
                    current,
                    name=room.name.strip(),
                    units=room.units,
                    currency=room.currency,
                    base_price=room.base_price,
                )
            )
        store.upsert_listings(written_listings)
        store.upsert_room_types(written_rooms)
    return {"listings": [item.id for item in written_listings], "rooms": [r.id for r in written_rooms]}
