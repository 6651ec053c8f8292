"""Conversions between domain values and SQLite columns.

SQLite has no datetime or decimal type. Times are stored as fixed-width UTC ISO text so that text order is
time order (keyset paging and "newer than" checks compare strings in SQL); money and prices are decimal
strings so no float ever touches an amount; free-form dicts are canonical JSON so an unchanged record encodes
to identical bytes and a re-sent record is recognised as "no change".
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from colivingdesk.domain import Money


def dt_to_text(value: datetime | None) -> str | None:
    """Fixed-width UTC text; a naive datetime is taken as UTC (the channels send UTC or offsets)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def text_to_dt(value: str | None) -> datetime | None:
    if value is None or value == "":
        return None
    return datetime.fromisoformat(value)


def decimal_to_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def text_to_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def money_parts(value: Money | None) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    return str(value.amount), value.currency


def parts_to_money(amount: str | None, currency: str | None) -> Money | None:
    if amount is None:
        return None
    return Money(Decimal(amount), currency or "")


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return dt_to_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json(value: Any) -> str:
    """Canonical JSON: sorted keys and no spaces, so equal values give equal text; Decimals become strings."""
    return json.dumps(value, default=_default, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def from_json(text: str | None, fallback: Any = None) -> Any:
    if text is None or text == "":
        return fallback
    return json.loads(text)


def to_bool(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def from_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)
