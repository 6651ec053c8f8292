"""Automations end to end: sixty days of twenty bookings through the Service and a fake Coliving.com, with a
fake clock. Every guest receives exactly the messages the rules owe, once, at their time, whatever happens to
the processes running them (restarts, a process killed after queueing, two Services on one profile)."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
from automation_walk import (
    CANCELLED_DURING,
    CANCELLED_EARLY,
    MOVED,
    START,
    Walk,
    add_rules,
    drive,
    expected,
    received,
    stays,
)
from fake_channels import FakeColiving

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service, automations
from colivingdesk.sync.clock import FakeClock

COL_URL = "http://col.test/v1"

Build = Callable[[], tuple[Service, Store]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def coliving(clock: FakeClock) -> FakeColiving:
    return FakeColiving(clock=clock)


@pytest.fixture
async def build(tmp_path: Path, clock: FakeClock, coliving: FakeColiving) -> AsyncIterator[Build]:
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("coliving", "api_key", "col_key")
    transport = httpx.MockTransport(coliving.handle)
    made: list[tuple[Service, Store]] = []

    def make() -> tuple[Service, Store]:
        store = open_store(tmp_path / "cache.sqlite3")
        service = Service(store, secrets, {Channel.COLIVING: AccountSettings(Channel.COLIVING, COL_URL)},
                          clock=clock, transport=transport, coliving_requests_per_minute=None)
        made.append((service, store))
        return service, store

    yield make
    for service, store in made:
        await service.aclose()
        store.close()


async def close(service: Service, store: Store) -> None:
    await service.aclose()
    store.close()


async def test_sixty_days_of_twenty_bookings_send_each_owed_message_once_at_its_time(
    build: Build, clock: FakeClock, coliving: FakeColiving
):
    service, store = build()
    add_rules(store, clock.now())
    walk = Walk(coliving, clock)

    async def step(_: int) -> None:
        await service.sync_once()

    await drive(walk, lambda: store, step)

    assert received(coliving) == expected()
    assert len(expected()) > 25  # the walk reaches check-ins and check-outs of most bookings
    history = {o.key: o for o in store.automations.listing()}
    for stay in stays():
        checkin = history.get(f"r1:booking:{stay.ident}:checkin")
        checkout = history.get(f"r2:booking:{stay.ident}:checkout")
        if stay.kind == CANCELLED_EARLY:
            # Scheduled when confirmed, cancelled with the booking: nothing went, the reason is kept.
            assert checkin is not None and checkin.state == "cancelled"
            assert checkin.reason == automations.GONE_CANCELLED
        elif stay.kind == CANCELLED_DURING:
            assert checkin is not None and checkin.state == "queued"
            assert checkin.outbox_state is OutboxState.SENT
            assert checkout is not None and checkout.state == "cancelled"
            assert checkout.reason == automations.GONE_CANCELLED


async def test_a_moved_booking_gets_its_messages_at_the_new_dates_only(
    build: Build, clock: FakeClock, coliving: FakeColiving
):
    service, store = build()
    add_rules(store, clock.now())
    walk = Walk(coliving, clock)

    async def step(_: int) -> None:
        await service.sync_once()

    await drive(walk, lambda: store, step)
    moved = [s for s in stays() if s.kind == MOVED]
    for stay in moved:
        texts = [text for ident, text, _ in received(coliving) if ident == stay.ident]
        new_checkin = stay.final[0]
        assert len([t for t in texts if "check-in details" in t]) == 1
        assert f"{new_checkin.day} {new_checkin.strftime('%b %Y')}" in texts[0]


async def test_restarts_at_random_moments_and_a_process_killed_after_queueing_change_nothing(
    build: Build, clock: FakeClock, coliving: FakeColiving
):
    rng = random.Random(20260425)
    current = list(build())
    add_rules(current[1], clock.now())
    walk = Walk(coliving, clock)

    async def step(_: int) -> None:
        roll = rng.random()
        if roll < 0.25:
            # A new process on the same profile.
            await close(*current)
            current[:] = build()
        if roll > 0.85:
            # Killed right after the engine queued what was due, before anything was delivered: the next
            # process finds the items in the outbox (never queued again), and sends them once.
            automations.run(current[1], Channel.COLIVING, clock.now())
            await close(*current)
            current[:] = build()
        await current[0].sync_once()

    await drive(walk, lambda: current[1], step)
    assert received(coliving) == expected()


async def test_two_services_on_one_profile_running_at_once_send_each_message_once(
    build: Build, clock: FakeClock, coliving: FakeColiving
):
    first, store = build()
    second, _ = build()
    add_rules(store, clock.now())
    walk = Walk(coliving, clock)

    async def step(_: int) -> None:
        await asyncio.gather(first.sync_once(), second.sync_once())

    await drive(walk, lambda: store, step)
    assert received(coliving) == expected()


async def test_editing_a_rule_after_it_fired_does_not_send_again(
    build: Build, clock: FakeClock, coliving: FakeColiving
):
    service, store = build()
    checkin_rule, _ = add_rules(store, clock.now())
    walk = Walk(coliving, clock)
    edited = False

    async def step(_: int) -> None:
        nonlocal edited
        await service.sync_once()
        if not edited and received(coliving):
            # New text, new time of day: the messages already sent are not owed again.
            reply = store.get_saved_reply(checkin_rule.saved_reply_id)
            assert reply is not None
            reply.body = "Welcome {first_name}! Check-in on {checkin}."
            store.save_saved_reply(reply)
            checkin_rule.timing = {"days": 2, "at": "10:00"}
            checkin_rule.name = "Check-in details (new wording)"
            automations.save_rule(store, checkin_rule, clock.now())
            edited = True

    await drive(walk, lambda: store, step)
    per_booking: dict[int, int] = {}
    for ident, text, _ in received(coliving):
        if "Check-in on" in text or "check-in details" in text:
            per_booking[ident] = per_booking.get(ident, 0) + 1
    assert per_booking and set(per_booking.values()) == {1}
    assert len(received(coliving)) == len(expected())
