"""Waits learnt by one Service bind the next one on the same profile (the window and a cron job, or two cron
runs), with fake channels on a MockTransport and a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fake_channels import FakeBmc, FakeColiving, booking

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock

BMC_URL = "http://bmc.test/api/v1"
COL_URL = "http://col.test/v1"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def bmc(clock: FakeClock) -> FakeBmc:
    return FakeBmc(clock)


@pytest.fixture
def coliving() -> FakeColiving:
    channel = FakeColiving()
    channel.bookings[1] = booking(1, "2026-04-12 15:30:00")
    return channel


@pytest.fixture
async def build(
    tmp_path: Path, clock: FakeClock, bmc: FakeBmc, coliving: FakeColiving
) -> AsyncIterator[Callable[[Channel], tuple[Service, Store]]]:
    """Each call is another process on the same profile file."""
    made: list[tuple[Service, Store]] = []
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", "bmc_key")
    secrets.set("coliving", "api_key", "col_key")
    transport = httpx.MockTransport(
        lambda request: bmc.handle(request) if request.url.host == "bmc.test" else coliving.handle(request)
    )
    accounts = {
        Channel.BMC: AccountSettings(Channel.BMC, BMC_URL),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, COL_URL),
    }

    def make(channel: Channel) -> tuple[Service, Store]:
        store = open_store(tmp_path / "cache.sqlite3")
        service = Service(
            store, secrets, {channel: accounts[channel]}, clock=clock, transport=transport,
            coliving_requests_per_minute=None,
        )
        made.append((service, store))
        return service, store

    yield make
    for service, store in made:
        await service.aclose()
        store.close()


def paths(requests: list[httpx.Request]) -> list[str]:
    return [r.url.path for r in requests]


async def test_a_long_429_binds_the_next_service_until_it_ends(build, coliving: FakeColiving, clock: FakeClock):
    first, _ = build(Channel.COLIVING)
    coliving.status_override, coliving.retry_after = 429, 600
    report = await first.sync_once()
    assert "coliving" in report.errors and len(coliving.requests) == 1
    until = clock.now() + timedelta(seconds=600)
    assert report.waits["coliving"].until == until

    coliving.status_override = None  # the channel would answer now: only the saved wait can keep us away
    clock.advance(2)
    second, _ = build(Channel.COLIVING)
    report = await second.sync_once()
    assert len(coliving.requests) == 1
    assert "coliving" in report.errors and report.requests == {"coliving": 0}
    wait = report.waits["coliving"]
    assert wait.until == until and list(wait.groups) == ["api"] and "429" in wait.reason
    status = second.status(Channel.COLIVING)
    assert status.state == "rate_limited" and status.waiting_until == until

    clock.advance(600)
    report = await second.sync_once()
    assert report.ok and report.waits == {} and len(coliving.requests) > 1
    assert second.status(Channel.COLIVING).state == "up_to_date"


async def test_outbox_delivery_respects_a_wait_learnt_elsewhere(build, coliving: FakeColiving, clock: FakeClock):
    first, _ = build(Channel.COLIVING)
    coliving.status_override, coliving.retry_after = 429, 900
    await first.sync_once()
    coliving.status_override = None
    sent_before = len(coliving.requests)

    second, store = build(Channel.COLIVING)
    item = second.enqueue_reply(Channel.COLIVING, "1", "See you on Monday")
    await second.send_pending()
    assert len(coliving.requests) == sent_before
    assert store.get_outbox_item(item.id).state is OutboxState.QUEUED


async def test_a_short_wait_is_waited_out_rather_than_skipped(build, coliving: FakeColiving, clock: FakeClock):
    first, _ = build(Channel.COLIVING)
    coliving.status_override, coliving.retry_after = 429, 30
    await first.sync_once()
    coliving.status_override = None
    learnt_at = clock.now()

    second, _ = build(Channel.COLIVING)
    report = await second.sync_once()
    assert report.ok and report.waits == {}
    assert clock.now() >= learnt_at + timedelta(seconds=30)  # slept (on the fake clock) before sending


async def test_one_bmc_group_waiting_skips_only_its_feed(build, bmc: FakeBmc, clock: FakeClock):
    first, _ = build(Channel.BMC)
    bmc.limited = {"/leads": 3000}
    report = await first.sync_once()
    assert "bmc" in report.errors
    assert paths(bmc.requests).count("/api/v1/leads") == 1

    bmc.limited = {}
    bmc.requests.clear()
    second, _ = build(Channel.BMC)
    report = await second.sync_once()
    assert report.ok, report.errors
    assert "/api/v1/leads" not in paths(bmc.requests)
    assert {"/api/v1/properties", "/api/v1/messages"} <= set(paths(bmc.requests))
    wait = report.waits["bmc"]
    assert list(wait.groups) == ["leads"] and wait.until > clock.now()
    status = second.status(Channel.BMC)
    assert status.state == "up_to_date" and "leads" in status.message

    clock.advance(3001)
    report = await second.sync_once()
    assert report.ok and report.waits == {}
    assert "/api/v1/leads" in paths(bmc.requests)


async def test_a_running_service_picks_up_a_wait_another_one_learnt(build, coliving: FakeColiving):
    window, _ = build(Channel.COLIVING)
    assert (await window.sync_once()).ok
    cron, _ = build(Channel.COLIVING)
    coliving.status_override, coliving.retry_after = 429, 600
    assert "coliving" in (await cron.sync_once()).errors
    coliving.status_override = None
    sent = len(coliving.requests)

    report = await window.sync_once()
    assert len(coliving.requests) == sent
    assert report.requests == {"coliving": 0} and "coliving" in report.waits
    assert window.status(Channel.COLIVING).state == "rate_limited"
