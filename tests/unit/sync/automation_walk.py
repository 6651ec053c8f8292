"""Sixty days of twenty Coliving.com bookings on a fake channel and a fake clock, for the automation tests.

Each booking is confirmed on its day; some have their dates moved, some are cancelled before anything was sent,
some are cancelled during the stay. Two rules run over them: check-in details two days before arrival at 10:00
and a check-out reminder the day before departure at 18:00, both in the house's zone (Lisbon). ``expected``
says which messages a guest must receive and when; the walk drives Services to each moment something happens
(a booking changes, a message falls due) and syncs there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fake_channels import FakeColiving

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.store import SavedReply, Store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations
from colivingdesk.sync.clock import FakeClock

START = datetime(2026, 4, 25, 10, 0, tzinfo=UTC)
END = START + timedelta(days=60)
HOUSE = ZoneInfo("Europe/Lisbon")
CHECKIN_TEXT = "Hi {first_name}, your check-in details for {checkin}: door code 4411."
CHECKOUT_TEXT = "Hi {first_name}, check-out is on {checkout} by 11:00."
NORMAL, MOVED, CANCELLED_EARLY, CANCELLED_DURING, PLAIN = range(5)


def day_text(d: date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


@dataclass
class Stay:
    ident: int
    kind: int
    appear: datetime
    checkin: date
    checkout: date

    @property
    def final(self) -> tuple[date, date]:
        shift = timedelta(days=3) if self.kind == MOVED else timedelta(0)
        return self.checkin + shift, self.checkout + shift


def stays() -> list[Stay]:
    out = []
    for i in range(20):
        checkin = START.date() + timedelta(days=2 * i + 5 + i % 4)
        out.append(Stay(7000 + i, i % 5, START + timedelta(days=2 * i, hours=i % 5), checkin,
                        checkin + timedelta(days=10 + i % 7)))
    return out


def expected() -> list[tuple[int, str, datetime]]:
    """(booking, text, UTC time) of every message the guests must receive by :data:`END`, in time order."""
    out = []
    for stay in stays():
        if stay.kind == CANCELLED_EARLY:
            continue
        checkin, checkout = stay.final
        at = datetime.combine(checkin - timedelta(days=2), time(10, 0), HOUSE).astimezone(UTC)
        out.append((stay.ident, CHECKIN_TEXT.format(first_name="Alex", checkin=day_text(checkin)), at))
        if stay.kind != CANCELLED_DURING:
            at = datetime.combine(checkout - timedelta(days=1), time(18, 0), HOUSE).astimezone(UTC)
            out.append((stay.ident, CHECKOUT_TEXT.format(first_name="Alex", checkout=day_text(checkout)), at))
    return sorted((m for m in out if m[2] <= END), key=lambda m: (m[2], m[0]))


def received(channel: FakeColiving) -> list[tuple[int, str, datetime]]:
    """Every host message the fake channel took, in time order."""
    out = [
        (booking_id, m["text"], datetime.fromisoformat(m["created_at"]))
        for booking_id, thread in channel.messages.items() for m in thread if m["sender"] == "host"
    ]
    return sorted(out, key=lambda m: (m[2], m[0]))


@dataclass
class Walk:
    """Applies the bookings' events to the fake channel as the clock reaches them."""

    channel: FakeColiving
    clock: FakeClock
    events: list[tuple[datetime, int, str]] = field(default_factory=list)
    version: int = 0

    def __post_init__(self) -> None:
        for stay in stays():
            self.events.append((stay.appear, stay.ident, "confirm"))
            if stay.kind == MOVED:
                self.events.append((stay.appear + timedelta(days=1), stay.ident, "move"))
            elif stay.kind == CANCELLED_EARLY:
                self.events.append((stay.appear + timedelta(days=1), stay.ident, "cancel"))
            elif stay.kind == CANCELLED_DURING:
                self.events.append((datetime.combine(stay.checkin, time(12, 0), UTC), stay.ident, "cancel"))
        self.events.sort()
        self._stays = {s.ident: s for s in stays()}

    def apply_due(self) -> None:
        while self.events and self.events[0][0] <= self.clock.now():
            _, ident, what = self.events.pop(0)
            stay = self._stays[ident]
            self.version += 1
            row = self.channel.bookings.get(ident) or {
                "booking_id": ident, "listing_id": 5325, "room_type_id": 38753, "status": "confirmed",
                "checkin_at": stay.checkin.isoformat(), "checkout_at": stay.checkout.isoformat(),
            }
            if what == "move":
                checkin, checkout = stay.final
                row.update(checkin_at=checkin.isoformat(), checkout_at=checkout.isoformat())
            elif what == "cancel":
                row["status"] = "cancelled"
            row["version"] = f"2026-01-01T00:00:00.{self.version:06d}Z"
            self.channel.bookings[ident] = row

    def next_event(self) -> datetime | None:
        return self.events[0][0] if self.events else None

    def move_to(self, when: datetime) -> None:
        self.clock.advance((when - self.clock.now()).total_seconds())


def add_rules(store: Store, now: datetime) -> tuple[AutomationRule, AutomationRule]:
    """The house's zone, and the two rules of the walk with their saved replies."""
    automations.save_settings(store, Channel.COLIVING, {"time_zone": "Europe/Lisbon"})
    checkin = store.save_saved_reply(SavedReply("Check-in details", CHECKIN_TEXT))
    checkout = store.save_saved_reply(SavedReply("Check-out reminder", CHECKOUT_TEXT))
    assert checkin.id is not None and checkout.id is not None
    first = automations.save_rule(store, AutomationRule(
        "Check-in details", "before_checkin", checkin.id, timing={"days": 2, "at": "10:00"}), now)
    second = automations.save_rule(store, AutomationRule(
        "Check-out reminder", "before_checkout", checkout.id, timing={"days": 1, "at": "18:00"}), now)
    return first, second


def next_wake(store: Store, now: datetime) -> datetime | None:
    """When a Service's scheduler would wake next for this account: an automation due, or an outbox wait."""
    times = [automations.next_due(store, Channel.COLIVING, now)]
    times += [i.not_before for i in store.list_outbox([OutboxState.QUEUED, OutboxState.HELD]) if i.not_before]
    present = [t for t in times if t is not None and t > now]
    return min(present) if present else None


async def drive(walk: Walk, store: Callable[[], Store], step: Callable[[int], Awaitable[None]]) -> int:
    """Move the clock from event to due message to event until :data:`END`, calling ``step`` at each moment."""
    steps = 0
    while True:
        walk.apply_due()
        await step(steps)
        steps += 1
        now = walk.clock.now()
        candidates = [t for t in (walk.next_event(), next_wake(store(), now)) if t is not None]
        if not candidates or min(candidates) > END:
            return steps
        walk.move_to(min(candidates))
        await asyncio.sleep(0)
