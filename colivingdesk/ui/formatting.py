"""Dates, money and counts as the operator reads them: local time, short forms for today, never a raw ISO
string.

All views format through here so "14:02", "Mon 14:02" and "3 Mar" mean the same everywhere, and a change of
style is one edit.
"""

from __future__ import annotations

from datetime import UTC, datetime

from colivingdesk.domain import Money
from colivingdesk.labels import day_text


def local(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def short_time(value: datetime | None, now: datetime | None = None) -> str:
    """``14:02`` today, ``Mon 14:02`` this week, ``3 Mar`` this year, ``3 Mar 2025`` otherwise."""
    if value is None:
        return ""
    when = local(value)
    today = local(now or datetime.now(UTC))
    if when.date() == today.date():
        return when.strftime("%H:%M")
    days = (today.date() - when.date()).days
    if 0 < days < 7:
        return when.strftime("%a %H:%M")
    if when.year == today.year:
        return f"{when.day} {when.strftime('%b')}"
    return f"{when.day} {when.strftime('%b %Y')}"


def long_time(value: datetime | None) -> str:
    if value is None:
        return ""
    when = local(value)
    return f"{when.strftime('%a')} {when.day} {when.strftime('%b %Y, %H:%M')}"


def clock(value: datetime | None) -> str:
    return "" if value is None else local(value).strftime("%H:%M")


def day(text: str | None) -> str:
    """A channel's ``YYYY-MM-DD`` as ``3 Mar 2026``; anything unparsable is shown as sent."""
    return day_text(text)


def money(value: Money | None) -> str:
    return "" if value is None else str(value)


def count(n: int) -> str:
    return f"{n:,}"


def one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
