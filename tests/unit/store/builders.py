"""Small record builders for store tests, with times relative to one fixed instant so tests are
deterministic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from colivingdesk.domain import Booking, Channel, Lead, Message, Money, Property, Thread

R = TypeVar("R")

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def prop(id: str, name: str = "", status: str = "APPROVED", **kw: Any) -> Property:
    return Property(id=id, name=name or f"House {id}", status=status, **kw)


def lead(id: str, minutes: int | None = 0, **kw: Any) -> Lead:
    kw.setdefault("property_id", "p1")
    kw.setdefault("guest_name", f"Guest {id}")
    return Lead(id=id, created_at=None if minutes is None else at(minutes), **kw)


def booking(id: str, checkin: str = "2026-05-01", version: str = "2026-04-01 10:00:00", **kw: Any) -> Booking:
    kw.setdefault("listing_id", "L1")
    kw.setdefault("room_type_id", "R1")
    kw.setdefault("status", "confirmed")
    kw.setdefault("checkout", "2026-06-01")
    return Booking(id=id, checkin=checkin, version=version, **kw)


def detailed(b: Booking, **kw: Any) -> Booking:
    values = {
        "guest_name": "Ana Silva",
        "guest_email": "ana@example.com",
        "guest_phone": "+351 900 000 000",
        "guest_country": "PT",
        "total": Money(Decimal("1234.50"), "EUR"),
        "security_deposit": Money(Decimal("300"), "EUR"),
        "notes": "Late arrival",
        "has_detail": True,
    }
    values.update(kw)
    for name, value in values.items():
        setattr(b, name, value)
    return b


def thread(external_id: str, channel: Channel = Channel.BMC, minutes: int | None = 0, **kw: Any) -> Thread:
    return Thread(
        channel=channel, external_id=external_id, last_activity=None if minutes is None else at(minutes), **kw
    )


def message(
    thread_id: str, external_id: str, minutes: int, text: str = "hello", sender: str = "guest", **kw: Any
) -> Message:
    kw.setdefault("channel", Channel.BMC)
    return Message(
        thread_external_id=thread_id,
        external_id=external_id,
        sender=sender,
        text=text,
        created_at=at(minutes),
        **kw,
    )


def walk(page: Callable[[Any, int], list[R]], key: Callable[[R], Any], size: int) -> list[R]:
    """Every row a keyset-paged reader gives, page by page of ``size``."""
    seen: list[R] = []
    after = None
    while True:
        rows = page(after, size)
        seen += rows
        if len(rows) < size:
            return seen
        after = key(rows[-1])
