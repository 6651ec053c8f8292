"""Sixty days of twenty Coliving.com bookings on the sandbox, over HTTP, with a fake clock: each booking is
confirmed on its day, some have their dates moved, some are cancelled before anything was sent, some during
the stay. Two rules run over them (check-in details two days before arrival at 10:00, a check-out reminder the
day before departure at 18:00, in Lisbon). Each guest receives exactly the messages owed, once, at their time;
also when the Service is replaced by a new one (a restart) at random moments.

The clock is the Service's: it moves from one moment something happens (the test changes a booking on the
sandbox, or a message falls due) to the next, and the Service syncs there. The sandbox keeps its own real
time for its records, as a real channel would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import SavedReply, Store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import Service, automations
from colivingdesk.sync.clock import FakeClock

HOUSE = ZoneInfo("Europe/Lisbon")
CHECKIN_TEXT = "Hi {first_name}, your check-in details for {checkin}: door code 4411."
CHECKOUT_TEXT = "Hi {first_name}, check-out is on {checkout} by 11:00."
#: The walk's stays are shorter than any of the demo's, so the rules (limited to them) leave the demo alone.
SHORT_STAY = 20
NORMAL, MOVED, CANCELLED_EARLY, CANCELLED_DURING, PLAIN = range(5)
Build = Callable[..., tuple[Service, Store]]


def _day(d: date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


@dataclass
class Stay:
    number: int
    kind: int
    appear: datetime
    checkin: date
    checkout: date

    @property
    def final(self) -> tuple[date, date]:
        shift = timedelta(days=3) if self.kind == MOVED else timedelta(0)
        return self.checkin + shift, self.checkout + shift


class SandboxWalk:
    """The twenty stays, and their events applied to the sandbox's back office as the clock reaches them."""

    def __init__(self, server: SandboxServer, clock: FakeClock) -> None:
        self.server = server
        self.clock = clock
        self.start = clock.now()
        self.end = self.start + timedelta(days=60)
        self.stays = []
        for i in range(20):
            checkin = self.start.date() + timedelta(days=2 * i + 5 + i % 4)
            self.stays.append(Stay(i, i % 5, self.start + timedelta(days=2 * i, hours=i % 5), checkin,
                                   checkin + timedelta(days=10 + i % 7)))
        self.events: list[tuple[datetime, int, str]] = []
        for stay in self.stays:
            self.events.append((stay.appear, stay.number, "confirm"))
            if stay.kind == MOVED:
                self.events.append((stay.appear + timedelta(days=1), stay.number, "move"))
            elif stay.kind == CANCELLED_EARLY:
                self.events.append((stay.appear + timedelta(days=1), stay.number, "cancel"))
            elif stay.kind == CANCELLED_DURING:
                self.events.append((datetime.combine(stay.checkin, time(12, 0), UTC), stay.number, "cancel"))
        self.events.sort()
        #: stay number -> the sandbox's booking id
        self.ids: dict[int, int] = {}
        #: (stay, text, the fake time the guest had it) in the order they arrived
        self.received: list[tuple[int, str, datetime]] = []
        self._seen: set[int] = set()

    def apply_due(self) -> None:
        admin = self.server.sandbox.admin
        while self.events and self.events[0][0] <= self.clock.now():
            _, number, what = self.events.pop(0)
            stay = self.stays[number]
            if what == "confirm":
                booking = admin.add_booking()
                self.ids[number] = booking.booking_id
                admin.change_booking(booking.booking_id, checkin=stay.checkin, checkout=stay.checkout,
                                     guest_name="Alex Lima", status="confirmed")
            elif what == "move":
                admin.change_booking(self.ids[number], checkin=stay.final[0], checkout=stay.final[1])
            else:
                admin.change_booking(self.ids[number], status="cancelled")

    def collect(self) -> None:
        """Note the host messages that arrived on the walk's bookings since the last look, at the clock's time."""
        for number, booking_id in self.ids.items():
            booking = self.server.state.bookings[booking_id]
            for message in self.server.state.booking_messages(booking):
                fresh = message.id not in self._seen
                self._seen.add(message.id)
                if fresh and message.sender == "host" and message.text.startswith("Hi Alex"):
                    self.received.append((number, message.text, self.clock.now()))

    def expected(self) -> list[tuple[int, str, datetime]]:
        out = []
        for stay in self.stays:
            if stay.kind == CANCELLED_EARLY:
                continue
            checkin, checkout = stay.final
            at = datetime.combine(checkin - timedelta(days=2), time(10, 0), HOUSE).astimezone(UTC)
            out.append((stay.number, CHECKIN_TEXT.format(first_name="Alex", checkin=_day(checkin)), at))
            if stay.kind != CANCELLED_DURING:
                at = datetime.combine(checkout - timedelta(days=1), time(18, 0), HOUSE).astimezone(UTC)
                out.append((stay.number, CHECKOUT_TEXT.format(first_name="Alex", checkout=_day(checkout)), at))
        return sorted((m for m in out if m[2] <= self.end), key=lambda m: (m[2], m[0]))


def _add_rules(store: Store, now: datetime) -> None:
    automations.save_settings(store, Channel.COLIVING, {"time_zone": "Europe/Lisbon"})
    checkin = store.save_saved_reply(SavedReply("Check-in details", CHECKIN_TEXT))
    checkout = store.save_saved_reply(SavedReply("Check-out reminder", CHECKOUT_TEXT))
    assert checkin.id is not None and checkout.id is not None
    short = {"max_nights": SHORT_STAY}
    automations.save_rule(store, AutomationRule(
        "Check-in details", "before_checkin", checkin.id, timing={"days": 2, "at": "10:00"}, filters=short), now)
    automations.save_rule(store, AutomationRule(
        "Check-out reminder", "before_checkout", checkout.id, timing={"days": 1, "at": "18:00"}, filters=short), now)


def _next_wake(store: Store, now: datetime) -> datetime | None:
    """When the Service's scheduler would wake next: an automated message due, or an outbox wait."""
    times = [automations.next_due(store, Channel.COLIVING, now)]
    times += [i.not_before for i in store.list_outbox([OutboxState.QUEUED, OutboxState.HELD]) if i.not_before]
    present = [t for t in times if t is not None and t > now]
    return min(present) if present else None


async def _walk(server: SandboxServer, make_service: Build, restart: Callable[[], bool]) -> SandboxWalk:
    clock = FakeClock(datetime.now(UTC).replace(minute=0, second=0, microsecond=0))
    assert all((b.checkout - b.checkin).days > SHORT_STAY for b in server.state.bookings.values())
    walk = SandboxWalk(server, clock)
    service, store = make_service(channels=[Channel.COLIVING], clock=clock, max_booking_messages_per_cycle=20)
    _add_rules(store, clock.now())
    while True:
        walk.apply_due()
        if restart():
            await service.aclose()  # the old one's store is closed with the test's; a new process starts
            service, store = make_service(channels=[Channel.COLIVING], clock=clock,
                                          max_booking_messages_per_cycle=20)
        report = await service.sync_once()
        assert report.ok, report.errors
        walk.collect()
        now = clock.now()
        candidates = [t for t in (walk.events[0][0] if walk.events else None, _next_wake(store, now)) if t]
        if not candidates or min(candidates) > walk.end:
            return walk
        clock.advance((min(candidates) - now).total_seconds())


async def test_sixty_days_of_twenty_bookings_on_the_sandbox_each_owed_message_once_at_its_time(
    server: SandboxServer, make_service: Build
):
    walk = await _walk(server, make_service, lambda: False)
    assert len(walk.expected()) > 25
    assert walk.received == walk.expected()


@pytest.mark.parametrize("seed", [7])
async def test_the_same_walk_with_restarts_at_random_moments(server: SandboxServer, make_service: Build,
                                                              seed: int):
    rng = random.Random(seed)
    walk = await _walk(server, make_service, lambda: rng.random() < 0.3)
    assert walk.received == walk.expected()

