"""Lenient field types for wire models.

The documents leave most response shapes unstated (BookMyColiving shows no response body at all), so the wire
models accept several plausible spellings and coerce ids and dates gently. A value that cannot be read becomes
``None``/empty rather than failing the record; a record that cannot be read at all is skipped by the caller,
never the whole page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, TypeVar

import pydantic
from pydantic import BaseModel, BeforeValidator, ConfigDict

log = logging.getLogger("colivingdesk.api")

T = TypeVar("T")


class WireModel(BaseModel):
    """Base for everything read off the wire: unknown fields are kept (``model_extra``), names are
    flexible.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, coerce_numbers_to_str=True)


def _to_str(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | Decimal | float):
        return str(value)
    if isinstance(value, dict):
        for key in ("id", "_id", "value", "slug"):
            if key in value and value[key] is not None:
                return str(value[key])
    return value


def _to_text(value: Any) -> Any:
    if value is None:
        return ""
    converted = _to_str(value)
    return converted if isinstance(converted, str) else str(converted)


def _to_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        seconds = float(value)
        if seconds > 1e11:  # milliseconds
            seconds /= 1000
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def _to_int(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    try:
        return int(Decimal(str(value)).to_integral_value())
    except (InvalidOperation, ValueError):
        return value


def _to_opt_int(value: Any) -> int | None:
    converted = _to_int(value)
    return converted if isinstance(converted, int) and not isinstance(converted, bool) else None


def _to_bool(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | Decimal):
        return value != 0
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "y"}
    return None


def _to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _to_str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        value = [value]
    out: list[str] = []
    for item in value:
        converted = _to_str(item)
        if isinstance(converted, dict):
            converted = converted.get("name")
        if isinstance(converted, str) and converted:
            out.append(converted)
    return out


StrId = Annotated[str, BeforeValidator(_to_str)]
OptStr = Annotated[str | None, BeforeValidator(_to_str)]
Text = Annotated[str, BeforeValidator(_to_text)]
LenientDatetime = Annotated[datetime | None, BeforeValidator(_to_datetime)]
LenientInt = Annotated[int, BeforeValidator(_to_int)]
OptInt = Annotated[int | None, BeforeValidator(_to_opt_int)]
OptBool = Annotated[bool | None, BeforeValidator(_to_bool)]
OptDecimal = Annotated[Decimal | None, BeforeValidator(_to_decimal)]
StrList = Annotated[list[str], BeforeValidator(_to_str_list)]


def parse_records(raw: Any, parse: Callable[[Any], T], *, what: str) -> tuple[list[T], tuple[Any, ...]]:
    """Parse each record on its own; return (good records, skipped raw records)."""
    items: list[T] = []
    skipped: list[Any] = []
    records: Iterable[Any] = raw if isinstance(raw, list) else []
    for record in records:
        try:
            items.append(parse(record))
        except (pydantic.ValidationError, TypeError, ValueError, KeyError) as err:
            log.warning("skipping an unreadable %s record: %s", what, _short(err))
            skipped.append(record)
    return items, tuple(skipped)


def records_in(body: Any, *names: str) -> list[Any] | None:
    """The records of a list answer, or ``None`` when there is no list to read.

    A bare array is the list itself. In an object the list is under ``data`` or under the resource's own
    plural name (``names``, e.g. ``leads``: an earlier form of BookMyColiving's pages answered ``{leads,
    pagination}``), or one level inside ``data`` under such a name (``{"data": {"cities": [...]}}``). Anything
    else (``{"data": {"not": "a list"}}``, ``{"data": null}``) is no list: the caller reports it instead of
    reading it as an empty one, which would look like every record had been deleted.
    """
    if isinstance(body, list):
        return body
    if not isinstance(body, dict):
        return None
    for key in ("data", *names):
        if isinstance(body.get(key), list):
            return list(body[key])
    inner = body.get("data")
    if isinstance(inner, dict):
        for key in names:
            if isinstance(inner.get(key), list):
                return list(inner[key])
    return None


def _short(err: Exception) -> str:
    return str(err).splitlines()[0][:200]


def iso_utc(value: datetime | date | str) -> str:
    """A datetime as ISO 8601 in UTC with ``Z`` (naive means UTC); a date as ``YYYY-MM-DD``; strings
    verbatim.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        text = aware.astimezone(UTC).isoformat()
        return text.replace("+00:00", "Z")
    return value.isoformat()
