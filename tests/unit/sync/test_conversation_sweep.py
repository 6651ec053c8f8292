"""Which Coliving.com conversations a cycle reads: every open one while the minute's budget lasts, a fair sweep
beyond it, headroom kept for the user, and ended stays only with budget to spare. Fake channel, fake clock."""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_channels import FakeColiving, booking

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock

COL_URL = "http://col.test/v1"
_MESSAGES = re.compile(r"/v1/bookings/(\d+)/messages")
#: The fake clock's day is 2026-04-25.
OPEN = {"checkin_at": "2026-04-20", "checkout_at": "2026-06-30"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def coliving() -> FakeColiving:
    return FakeColiving()


@pytest.fixture
async def build(
    tmp_path: Path, clock: FakeClock, coliving: FakeColiving
) -> AsyncIterator[Callable[..., tuple[Service, Store]]]:
    made: list[tuple[Service, Store]] = []
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("coliving", "api_key", "col_key")

    def make(**kwargs: Any) -> tuple[Service, Store]:
        kwargs.setdefault("coliving_requests_per_minute", 60)
        kwargs.setdefault("max_details_per_cycle", 0)
        store = open_store(tmp_path / "cache.sqlite3")
        service = Service(
            store, secrets, {Channel.COLIVING: AccountSettings(Channel.COLIVING, COL_URL)}, clock=clock,
            transport=httpx.MockTransport(coliving.handle), **kwargs,
        )
        made.append((service, store))
        return service, store

    yield make
    for service, store in made:
        await service.aclose()
        store.close()


def add_bookings(coliving: FakeColiving, first: int, count: int, **fields: str) -> list[int]:
    ids = list(range(first, first + count))
    for n in ids:
        coliving.bookings[n] = booking(n, "2026-04-01 10:00:00") | OPEN | fields
    return ids


def guest_writes(coliving: FakeColiving, booking_id: int, text: str) -> None:
    rows = coliving.messages.setdefault(booking_id, [])
    rows.append({"id": booking_id * 100 + len(rows), "sender": "guest", "sender_name": "Guest", "text": text,
                 "is_seen": False, "created_at": "2026-04-25T09:00:00+00:00"})


def reads_since(coliving: FakeColiving, start: int) -> list[int]:
    """Booking ids whose conversation was requested, in order, from request number ``start`` on."""
    return [int(m.group(1)) for r in coliving.requests[start:] if (m := _MESSAGES.fullmatch(r.url.path))]


async def test_every_open_conversation_is_read_each_cycle_while_it_fits(build, coliving, clock):
    open_ids = add_bookings(coliving, 1, 30)
    pending = add_bookings(coliving, 31, 2, status="pending")
    add_bookings(coliving, 40, 3, status="cancelled")
    add_bookings(coliving, 50, 3, checkin_at="2025-01-01", checkout_at="2025-02-01")  # long ended
    service, store = build()
    report = await service.sync_once()
    assert sorted(reads_since(coliving, 0)) == open_ids + pending
    assert report.conversations == {"coliving": {"read": 32, "waiting": 0}}

    for n in open_ids:
        guest_writes(coliving, n, f"question from {n}")
    clock.advance(60)
    report = await service.sync_once()
    assert report.changed["messages"] == 30
    for n in open_ids:
        assert [m.text for m in store.messages_for_thread(Channel.COLIVING, str(n))] == [f"question from {n}"]


async def test_beyond_the_budget_the_sweep_is_fair_and_survives_a_restart(build, coliving, clock):
    ids = add_bookings(coliving, 1, 120)
    per_cycle = 60 - 10 - 1  # the minute less the headroom and the bookings page
    rounds = math.ceil(len(ids) / per_cycle)
    service, _ = build()
    cycles: list[list[int]] = []
    for cycle in range(4 * rounds):
        if cycle == rounds + 1:  # a restart (or the next cron run) carries on where the sweep was
            await service.aclose()
            service, _ = build()
        start = len(coliving.requests)
        report = await service.sync_once()
        cycles.append(reads_since(coliving, start))
        assert len(cycles[-1]) == per_cycle
        assert report.conversations["coliving"]["waiting"] == len(ids) - per_cycle
        clock.advance(60)

    assert sorted({n for c in cycles[:rounds] for n in c}) == ids  # all read within the first round
    reads = [(number, n) for number, c in enumerate(cycles) for n in c]
    last: dict[int, tuple[int, int]] = {}
    for position, (number, n) in enumerate(reads):
        if n in last:
            seen_at, seen_cycle = last[n]
            # Between two reads of a conversation: the rest of its cycle, then every other one at most once...
            assert position - seen_at < len(ids) + per_cycle
            # ...so none waits longer than ceil(open / reads per minute) cycles.
            assert number - seen_cycle <= rounds
        last[n] = (position, number)


async def test_headroom_stays_free_for_the_user(build, coliving, clock):
    ids = add_bookings(coliving, 1, 80)
    service, _ = build()
    for n in ids[:30]:  # the user opened thirty conversations this minute
        await service.refresh_thread(Channel.COLIVING, str(n))
    clock.advance(1)
    start = len(coliving.requests)
    report = await service.sync_once()
    assert report.requests["coliving"] == 60 - 10 - 30
    assert report.conversations["coliving"] == {"read": 19, "waiting": 80 - 19}
    # The user's next ten requests go out at once: the sync left them free, the limiter does not wait.
    before = clock.now()
    for n in ids[-10:]:
        await service.refresh_thread(Channel.COLIVING, str(n))
    assert clock.now() == before
    assert len(coliving.requests) - start == 20 + 10


async def test_detail_calls_leave_the_headroom_too_but_not_for_what_the_user_opened(build, coliving, clock):
    ids = add_bookings(coliving, 1, 30)
    service, store = build(max_details_per_cycle=10)
    for n in [*ids[:16], *ids[:29]]:  # the user opened 45 conversations this minute...
        await service.refresh_thread(Channel.COLIVING, str(n))
    assert store.conversation_read_at("30") is None
    service.focus("bookings", "30")  # ...and is looking at booking 30
    report = await service.sync_once()
    # 45 used: the bookings page, booking 30's detail whatever the budget, then other detail calls while 10
    # requests stay free, then booking 30's conversation whatever the budget.
    assert report.requests["coliving"] == 1 + 1 + 3 + 1
    assert [b for b in map(str, ids) if store.get_booking(b).has_detail] == ["1", "10", "11", "30"]
    assert store.conversation_read_at("30") is not None


async def test_focused_and_changed_conversations_go_first_and_are_read_once(build, coliving, clock):
    add_bookings(coliving, 1, 100)
    service, _ = build()
    await service.sync_once()
    first_cycle = set(reads_since(coliving, 0))
    clock.advance(60)
    coliving.bookings[90] = coliving.bookings[90] | {"version": "2026-04-25 09:00:00", "status": "pending"}
    service.focus("threads", "coliving:95")
    start = len(coliving.requests)
    await service.sync_once()
    reads = reads_since(coliving, start)
    assert reads[:2] == [95, 90]
    assert len(reads) == len(set(reads))
    # The rest continue the sweep with those the first cycle did not reach.
    assert len(reads) == 49 and not set(reads[2:]) & first_cycle


async def test_ended_stays_only_with_budget_to_spare_and_old_history_never(build, coliving, clock):
    ended = add_bookings(coliving, 1, 1, checkin_at="2026-03-01", checkout_at="2026-04-20")
    add_bookings(coliving, 2, 1, checkin_at="2025-01-01", checkout_at="2025-02-01")
    add_bookings(coliving, 3, 1, status="cancelled")  # never read: its cancellation is no reason to
    busy = add_bookings(coliving, 10, 60)
    service, store = build()
    await service.sync_once()
    clock.advance(60)
    await service.sync_once()  # open conversations take the whole budget: the ended stay waits
    assert store.conversation_read_at("1") is None

    for n in busy:  # the busy stays move to last year, and one of them is cancelled
        coliving.bookings[n] |= {"checkin_at": "2025-01-01", "checkout_at": "2025-02-01",
                                 "version": "2026-04-25 09:00:00"}
    coliving.bookings[10] |= OPEN | {"status": "cancelled"}
    clock.advance(60)
    start = len(coliving.requests)
    await service.sync_once()
    assert reads_since(coliving, start) == [10, *ended]  # the just-cancelled one, then the ended stay

    clock.advance(60)
    start = len(coliving.requests)
    await service.sync_once()
    assert reads_since(coliving, start) == []  # read this hour already; year-old history never
    clock.advance(timedelta(hours=1).total_seconds())
    start = len(coliving.requests)
    await service.sync_once()
    assert reads_since(coliving, start) == ended


async def test_without_a_client_limit_every_open_conversation_is_read(build, coliving):
    ids = add_bookings(coliving, 1, 150)
    service, _ = build(coliving_requests_per_minute=None)
    report = await service.sync_once()
    assert sorted(reads_since(coliving, 0)) == ids
    assert report.conversations["coliving"] == {"read": 150, "waiting": 0}

