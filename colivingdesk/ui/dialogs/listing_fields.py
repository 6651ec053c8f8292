"""What the listing editor edits, without widgets: the payload shape, money text, local checks, error paths.

Kept apart from the dialog so the rules that decide what is sent (exact cents, unknown values kept, which
field an error belongs to) are plain functions that tests can call directly, and the dialog only moves values
in and out of widgets.

The payload uses BookMyColiving's own field names (``cityId``, ``roomOptions[].priceMonthly``), because that
is what ``Service.save_property`` queues and what the server's errors name, so an error path maps to a field
with no translation table per screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from colivingdesk.api.bmc.envelope import field_path_in
from colivingdesk.api.bmc.models import PropertyDraft, RoomOptionDraft
from colivingdesk.domain import Money, OutboxItem, Property, ReferenceItem
from colivingdesk.sync.changes import ChangeStream
from colivingdesk.ui import formatting

#: Room option types the document shows. Others from the server are kept and offered back, never dropped.
KNOWN_ROOM_TYPES = ("PRIVATE",)

#: Editor fields, in the order they appear on screen; error paths resolve to one of these.
FIELDS = (
    "name", "cityId", "address", "description", "contactEmail", "colivingTypeIds", "amenities", "roomOptions",
    "photos", "externalId",
)

MAX_NAME = 200
MAX_PRICE_CENTS = 100_000_000  # $1,000,000.00 a month: anything above is a typo, not a room

_MONEY = re.compile(
    r"^\$?\s*(?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d{0,2}))?\s*(?:USD)?$", re.IGNORECASE
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_CAMEL_BOUNDARY = re.compile(r"_([a-z])")


class MoneyError(ValueError):
    """The text is not an amount in dollars and cents."""


def parse_dollars(text: str) -> int:
    """Dollars as typed (``"800"``, ``"1,234.5"``, ``"$800.00"``) to integer cents, exactly.

    Integer arithmetic on the digits, never ``float``: ``float("0.29") * 100`` is 28.999..., and a listing
    priced one cent off is a real support ticket.
    """
    cleaned = _english_separators(text.strip())
    match = _MONEY.match(cleaned)
    if not cleaned or match is None or (match["whole"] is None and not match["frac"]):
        if cleaned.startswith("-"):
            raise MoneyError(QCoreApplication.translate(
                "ListingFields", "A price cannot be negative: enter the monthly price in dollars, like 800",
            ))
        raise MoneyError(QCoreApplication.translate(
            "ListingFields", "Enter a monthly price in dollars, like 800 or 1,250.50",
        ))
    whole = int((match["whole"] or "0").replace(",", ""))
    cents = (match["frac"] or "").ljust(2, "0")
    return whole * 100 + int(cents)


def _english_separators(text: str) -> str:
    """An amount typed the local way ("1.234,56" in German, "1 234,56" in French) written with English
    separators, so one exact parser reads them all; unchanged where the locale already writes "1,234.56"."""
    locale = formatting.ui_locale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point == ".":
        return text
    if group.isspace():  # a typed space stands for the locale's (non-breaking) one
        text = text.replace(" ", group)
    return text.replace(group, "\0").replace(point, ".").replace("\0", ",")


def format_dollars(cents: int) -> str:
    """Integer cents as ``1,234.56`` (``1.234,56`` in German...) for an edit field; the exact inverse of
    :func:`parse_dollars` for what it prints."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    locale = formatting.ui_locale()
    return f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{frac:02d}"


def price_text(cents: int) -> str:
    """A monthly price as shown (not edited): in dollars, written the user's way ("US$1,500.00",
    "1.500,00 US$")."""
    return formatting.money(Money.from_cents(cents))


#: The words for the room types the document shows; the codes stay what is stored and sent.
ROOM_TYPE_LABELS = {"PRIVATE": str(QT_TRANSLATE_NOOP("ListingFields", "Private room"))}


def room_type_label(code: str) -> str:
    """A room type in the operator's words (``PRIVATE`` -> "Private room"); a type this app does not know is
    shown from its code ("SHARED_DORM" -> "Shared dorm"), as the listing status does, and kept as sent."""
    label = ROOM_TYPE_LABELS.get(code)
    return QCoreApplication.translate("ListingFields", label) if label else code.replace("_", " ").capitalize()


def room_type_choices(current: Iterable[str]) -> list[str]:
    """The known types, then any other type this listing already uses (so an unknown value is never lost)."""
    choices = list(KNOWN_ROOM_TYPES)
    for value in current:
        if value and value not in choices:
            choices.append(value)
    return choices


def payload_from_property(prop: Property) -> dict[str, Any]:
    """A cached listing as an editor payload. Unknown room option keys (``extra``) ride along untouched."""
    return {
        "name": prop.name,
        "description": prop.description,
        "cityId": prop.city_id or "",
        "address": prop.address,
        "amenities": list(prop.amenities),
        "contactEmail": prop.contact_email,
        "colivingTypeIds": list(prop.coliving_type_ids),
        "roomOptions": [
            {**option.extra, "type": option.type, "priceMonthly": option.price_monthly_cents}
            for option in prop.room_options
        ],
        "photos": [{"url": photo.url} for photo in prop.photos],
        "externalId": prop.external_id or "",
    }


def empty_payload(contact_email: str = "") -> dict[str, Any]:
    return {
        "name": "", "description": "", "cityId": "", "address": "", "amenities": [],
        "contactEmail": contact_email,
        "colivingTypeIds": [], "roomOptions": [{"type": KNOWN_ROOM_TYPES[0], "priceMonthly": None}],
        "photos": [], "externalId": "",
    }


def request_body(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The body to queue: trimmed text, no empty optional fields, prices as integers.

    ``externalId`` is left out when blank rather than sent empty, because the server matches on it to avoid
    duplicates and an empty string would make every blank listing "the same" one.
    """
    body: dict[str, Any] = {
        "name": str(payload.get("name", "")).strip(),
        "description": str(payload.get("description", "")).strip(),
        "cityId": payload.get("cityId") or None,
        "address": str(payload.get("address", "")).strip(),
        "amenities": list(payload.get("amenities", [])),
        "contactEmail": str(payload.get("contactEmail", "")).strip(),
        "colivingTypeIds": list(payload.get("colivingTypeIds", [])),
        "roomOptions": [
            {**option, "priceMonthly": int(option["priceMonthly"])}
            for option in payload.get("roomOptions", [])
            if option.get("priceMonthly") is not None
        ],
        "photos": [{"url": photo["url"]} for photo in payload.get("photos", [])],
    }
    external = str(payload.get("externalId") or "").strip()
    if external:
        body["externalId"] = external
    return body


#: Fields that are sets on the channel: the chips list them in reference order, the cache in its own.
_UNORDERED = ("amenities", "colivingTypeIds")


def comparable(payload: Mapping[str, Any]) -> dict[str, Any]:
    """What decides whether two payloads are the same listing: the request body, with set-like fields sorted
    and room options kept even while a price is still missing (an added, unpriced room is an edit too)."""
    body = request_body(payload)
    for field in _UNORDERED:
        body[field] = sorted(str(v) for v in body[field])
    body["roomOptions"] = [dict(option) for option in payload.get("roomOptions", [])]
    body.setdefault("externalId", "")
    return body


def differing_fields(first: Mapping[str, Any], second: Mapping[str, Any]) -> list[str]:
    """The editor fields (in screen order) whose values differ between two payloads."""
    a, b = comparable(first), comparable(second)
    return [field for field in FIELDS if a.get(field) != b.get(field)]


def to_draft(payload: Mapping[str, Any]) -> PropertyDraft:
    """The checked payload as the ``PropertyDraft`` the Service queues (call :func:`validate` first)."""
    body = request_body(payload)
    return PropertyDraft(
        name=body["name"],
        description=body["description"],
        city_id=body["cityId"] or "",
        address=body["address"],
        amenities=body["amenities"],
        contact_email=body["contactEmail"],
        coliving_type_ids=body["colivingTypeIds"],
        room_options=[
            RoomOptionDraft(type=str(o["type"]), price_monthly_cents=int(o["priceMonthly"]))
            for o in body["roomOptions"]
        ],
        external_id=body.get("externalId"),
        photos=[p["url"] for p in body["photos"]],
    )


def validate(payload: Mapping[str, Any]) -> dict[str, str]:
    """Problems found before sending, as ``{field: message}``; empty when the payload may be queued.

    Only what the document makes certain is checked here (ids from reference data, a reachable contact
    address, a price per room); anything subtler is the server's call and comes back through
    :func:`field_for_path`.
    """
    problems: dict[str, str] = {}
    name = str(payload.get("name", "")).strip()
    if not name:
        problems["name"] = QCoreApplication.translate("ListingFields", "Give the listing a name.")
    elif len(name) > MAX_NAME:
        problems["name"] = QCoreApplication.translate(
            "ListingFields", "Keep the name under {count} characters.",
        ).format(count=MAX_NAME)
    if not payload.get("cityId"):
        problems["cityId"] = QCoreApplication.translate("ListingFields", "Choose the city from the list.")
    email = str(payload.get("contactEmail", "")).strip()
    if not email:
        problems["contactEmail"] = QCoreApplication.translate(
            "ListingFields", "Add the address guests' questions should reach.",
        )
    elif not _EMAIL.match(email):
        problems["contactEmail"] = QCoreApplication.translate(
            "ListingFields", "This does not look like an email address.",
        )
    options = list(payload.get("roomOptions", []))
    if not options:
        problems["roomOptions"] = QCoreApplication.translate(
            "ListingFields", "Add at least one room option with its monthly price.",
        )
    for index, option in enumerate(options, start=1):
        cents = option.get("priceMonthly")
        if cents is None:
            problems["roomOptions"] = QCoreApplication.translate(
                "ListingFields", "Room option {index}: enter its monthly price.",
            ).format(index=index)
            break
        if cents <= 0 or cents > MAX_PRICE_CENTS:
            problems["roomOptions"] = QCoreApplication.translate("ListingFields",
                "Room option {index}: the price must be between $0.01 and $1,000,000.",
            ).format(index=index)
            break
        if not option.get("type"):
            problems["roomOptions"] = QCoreApplication.translate(
                "ListingFields", "Room option {index}: choose a room type.",
            ).format(index=index)
            break
    for photo in payload.get("photos", []):
        problem = photo_problem(str(photo.get("url", "")))
        if problem:
            problems["photos"] = problem
            break
    return problems


def photo_problem(url: str) -> str | None:
    """Why ``url`` cannot be a listing photo, or ``None``. Asked when a photo is added, so a wrong address is
    refused while it is still in the field, and again before saving (a draft may hold one from before):
    photos are sent after the listing exists, too late to stop the save."""
    if not url.startswith(("https://", "http://")):
        return QCoreApplication.translate("ListingFields", "Photo addresses must start with https://")
    if any(ch.isspace() for ch in url):
        return QCoreApplication.translate("ListingFields", "Photo addresses cannot contain spaces.")
    if not urlsplit(url).hostname:
        return QCoreApplication.translate(
            "ListingFields", "Enter the whole photo address, like https://example.com/photo.jpg",
        )
    return None


def _camel(segment: str) -> str:
    return _CAMEL_BOUNDARY.sub(lambda m: m.group(1).upper(), segment)


def field_for_path(path: str) -> str | None:
    """The editor field an API error path concerns (``roomOptions.0.priceMonthly`` -> ``roomOptions``).

    Paths may come wrapped (``data.``, ``body.``) or in snake case (``city_id``) depending on who reports
    them; both resolve to the same field. ``None`` means the error is about the listing as a whole.
    """
    segments = [s for s in re.split(r"[.\[\]/]", path) if s and not s.isdigit()]
    while segments and segments[0] in ("data", "body", "property"):
        segments.pop(0)
    if not segments:
        return None
    head = _camel(segments[0])
    aliases = {
        "city": "cityId", "email": "contactEmail", "price": "roomOptions", "priceMonthly": "roomOptions",
        "rooms": "roomOptions", "colivingTypes": "colivingTypeIds", "type": "roomOptions",
    }
    head = aliases.get(head, head)
    return head if head in FIELDS else None



def field_for_error_text(message: str) -> str | None:
    """The field a failed write's stored error sentence names, if any.

    A failed outbox item keeps only the server's sentence; BookMyColiving's errors carry no path, so the field
    is read back from the words with the same rule the client uses when it first parses the answer.
    """
    path = field_path_in(message)
    return field_for_path(path) if path else None


def place_errors(pairs: Iterable[tuple[str, str]], sentence: str) -> dict[str, str]:
    """``{editor field: message}`` from ``(path, message)`` pairs, else from the field the sentence names.

    The first message per field wins; a message no field owns is left to the caller's banner.
    """
    placed: dict[str, str] = {}
    for path, text in pairs:
        field = field_for_path(path)
        if field is not None and field not in placed:
            placed[field] = text.removeprefix("BookMyColiving: ")
    if not placed:
        field = field_for_error_text(sentence)
        if field is not None:
            placed[field] = sentence
    return placed


#: The form's label per API field, in English; :func:`field_label` gives the translated one.
FIELD_LABELS = {
    "name": str(QT_TRANSLATE_NOOP("ListingFields", "Name")),
    "cityId": str(QT_TRANSLATE_NOOP("ListingFields", "City")),
    "address": str(QT_TRANSLATE_NOOP("ListingFields", "Address")),
    "description": str(QT_TRANSLATE_NOOP("ListingFields", "Description")),
    "contactEmail": str(QT_TRANSLATE_NOOP("ListingFields", "Contact email")),
    "colivingTypeIds": str(QT_TRANSLATE_NOOP("ListingFields", "Community type")),
    "amenities": str(QT_TRANSLATE_NOOP("ListingFields", "Amenities")),
    "roomOptions": str(QT_TRANSLATE_NOOP("ListingFields", "Room options")),
    "photos": str(QT_TRANSLATE_NOOP("ListingFields", "Photos")),
    "externalId": str(QT_TRANSLATE_NOOP("ListingFields", "Your reference")),
}


def field_label(field: str) -> str:
    """The label of API field ``field`` in the user's language (the form, the differences, the errors)."""
    return QCoreApplication.translate("ListingFields", FIELD_LABELS[field])



class ListingReader(Protocol):
    """The reads the editor needs from the cache."""

    def get_property(self, property_id: str) -> Property | None: ...
    def reference_items(self, kind: str) -> list[ReferenceItem]: ...
    def get_outbox_item(self, item_id: int) -> OutboxItem | None: ...


class ListingWriter(Protocol):
    """The part of ``sync.Service`` the editor uses: queue a save, drop a failed one, hear what changed."""

    changes: ChangeStream

    async def save_property(self, draft: PropertyDraft, property_id: str | None) -> OutboxItem: ...
    async def discard(self, outbox_id: int) -> bool: ...
