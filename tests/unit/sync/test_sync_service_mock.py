"""The Service against fake channels on a MockTransport with a fake clock: caps over hours, exclusive cursors,
account states, key checks and the scheduler, all without waiting."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fake_channels import FakeBmc, FakeColiving, booking

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import BudgetView, ChangeSet, Service
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
    return FakeColiving()


@pytest.fixture
def transport(bmc: FakeBmc, coliving: FakeColiving) -> httpx.MockTransport:
    def route(request: httpx.Request) -> httpx.Response:
        return bmc.handle(request) if request.url.host == "bmc.test" else coliving.handle(request)

    return httpx.MockTransport(route)


@pytest.fixture
def secrets() -> SecretStore:
    store = SecretStore(session_only=True, environ={})
    store.set("bmc", "api_key", "bmc_key")
    store.set("coliving", "api_key", "col_key")
    return store


@pytest.fixture
async def build(
    tmp_path: Path, clock: FakeClock, transport: httpx.MockTransport, secrets: SecretStore
) -> AsyncIterator[Callable[..., tuple[Service, Store]]]:
    made: list[tuple[Service, Store]] = []

    def make(*channels: Channel) -> tuple[Service, Store]:
        accounts = {
            Channel.BMC: AccountSettings(Channel.BMC, BMC_URL),
            Channel.COLIVING: AccountSettings(Channel.COLIVING, COL_URL),
        }
        store = open_store(tmp_path / "cache.sqlite3")
        service = Service(
            store, secrets, {c: accounts[c] for c in channels or accounts}, clock=clock, transport=transport,
            coliving_requests_per_minute=None,
        )
        made.append((service, store))
        return service, store

    yield make
    for service, store in made:
        await service.aclose()
        store.close()


async def test_65_replies_send_60_this_hour_and_5_when_the_window_reopens(build, bmc: FakeBmc, clock: FakeClock):
    service, store = build(Channel.BMC)
    items = [service.enqueue_reply(Channel.BMC, "usr_1", f"reply {n}", property_id="prop_1") for n in range(65)]
    await service.send_pending()
    assert len(bmc.replies) == 60
    states = [store.get_outbox_item(i.id).state for i in items]
    assert states == [OutboxState.SENT] * 60 + [OutboxState.HELD] * 5

    # A restart forgets the server's headers; the persisted reply log still holds the line.
    await service.aclose()
    store.close()
    service, store = build(Channel.BMC)
    clock.advance(1800)
    await service.send_pending()
    assert len(bmc.replies) == 60

    clock.advance(1801)
    await service.send_pending()
    assert [store.get_outbox_item(i.id).state for i in items] == [OutboxState.SENT] * 65
    assert sorted(r["content"] for r in bmc.replies) == sorted(f"reply {n}" for n in range(65))


async def test_another_desktop_on_the_same_key_is_respected(build, bmc: FakeBmc, clock: FakeClock):
    service, store = build(Channel.BMC)
    bmc.reply_times = [clock.now().timestamp()] * 59  # someone else used 59 of the 60
    first = await service.queue_reply(Channel.BMC, "usr_1", "one", property_id="prop_1")
    second = await service.queue_reply(Channel.BMC, "usr_1", "two", property_id="prop_1")
    await service.send_pending()
    assert store.get_outbox_item(first.id).state is OutboxState.SENT
    held = store.get_outbox_item(second.id)
    assert held.state is OutboxState.HELD and held.not_before is not None
    assert [r["content"] for r in bmc.replies] == ["one"]


async def test_same_second_update_survives_an_exclusive_server(build, coliving: FakeColiving):
    coliving.bookings = {1: booking(1, "2026-04-12 15:29:00"), 2: booking(2, "2026-04-12 15:30:00")}
    service, store = build(Channel.COLIVING)
    await service.sync_once()
    coliving.bookings[3] = booking(3, "2026-04-12 15:30:00")  # lands in the cursor's own second
    coliving.bookings[1] = booking(1, "2026-04-12 15:30:00", status="cancelled")
    await service.sync_once()
    assert store.get_booking("3") is not None
    assert store.get_booking("1").status == "cancelled"
    assert store.get_cursor("coliving.bookings") is not None


async def test_rejected_key_stops_the_account_until_reconfigured(build, secrets: SecretStore):
    service, _ = build(Channel.COLIVING)
    statuses: list[str] = []
    service.changes.subscribe(
        lambda c: statuses.append(service.status(Channel.COLIVING).state) if c.get_ids("status") else None
    )
    secrets.set("coliving", "api_key", "wrong")
    service.configure(Channel.COLIVING, AccountSettings(Channel.COLIVING, COL_URL))
    report = await service.sync_once()
    assert "coliving" in report.errors
    assert service.status(Channel.COLIVING).state == "key_rejected"
    assert statuses[-1] == "key_rejected"
    secrets.set("coliving", "api_key", "col_key")
    service.configure(Channel.COLIVING, AccountSettings(Channel.COLIVING, COL_URL))
    assert (await service.sync_once()).ok
    assert service.status(Channel.COLIVING).state == "up_to_date"


async def test_rate_limit_and_network_loss_set_state_and_backoff(build, coliving: FakeColiving, clock: FakeClock):
    service, _ = build(Channel.COLIVING)
    coliving.status_override = 429
    await service.sync_once()
    status = service.status(Channel.COLIVING)
    assert status.state == "rate_limited"
    coliving.status_override = None
    assert (await service.sync_once()).ok


async def test_not_configured_and_verify(build, tmp_path: Path):
    service, _ = build(Channel.COLIVING)
    assert service.status(Channel.BMC).state == "not_configured"
    good = await service.verify(Channel.COLIVING, AccountSettings(Channel.COLIVING, COL_URL), "col_key")
    assert good.ok and "Jane Cooper" in good.message
    bad = await service.verify(Channel.BMC, AccountSettings(Channel.BMC, BMC_URL), "nope")
    assert not bad.ok and "refused" in bad.message


async def test_scheduler_polls_and_delivers_writes_when_woken(build, bmc: FakeBmc):
    service, store = build(Channel.BMC)
    synced = asyncio.Event()
    sent = asyncio.Event()

    def on_change(changes: ChangeSet) -> None:
        if service.status(Channel.BMC).state == "up_to_date":
            synced.set()
        if bmc.replies:
            sent.set()

    service.changes.subscribe(on_change)
    await service.start()
    await asyncio.wait_for(synced.wait(), 10)
    item = await service.queue_reply(Channel.BMC, "usr_1", "woken", property_id="prop_1")
    await asyncio.wait_for(sent.wait(), 10)
    assert store.get_outbox_item(item.id).state is OutboxState.SENT


@contextmanager
def store_busy(store: Store) -> Iterator[threading.Event]:
    """Another thread holds the store's write transaction (as a sync page does) until the event is set."""
    release, held = threading.Event(), threading.Event()

    def write_page() -> None:
        with store.transaction():
            held.set()
            release.wait(10)

    writer = threading.Thread(target=write_page)
    writer.start()
    assert held.wait(5)
    try:
        yield release
    finally:
        release.set()
        writer.join(5)


async def test_queueing_a_reply_leaves_the_loop_free_while_the_store_is_busy(build):
    service, store = build(Channel.BMC)
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    with store_busy(store) as release:
        task = asyncio.create_task(service.queue_reply(Channel.BMC, "usr_1", "hello", property_id="prop_1"))
        await asyncio.sleep(0.2)  # the loop keeps turning while the write waits for the store
        assert not task.done() and not seen
        release.set()
        item = await asyncio.wait_for(task, 5)
    assert store.get_outbox_item(item.id).state is OutboxState.QUEUED
    assert [c.get_ids("outbox") for c in seen] == [{str(item.id)}]


async def test_a_write_whose_caller_went_away_is_still_announced(build):
    service, store = build(Channel.COLIVING)
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    row = {"listing_id": "7", "room_type_id": "70", "base_price": 800, "currency": "EUR"}
    with store_busy(store) as release:
        task = asyncio.create_task(service.push_rates([row]))
        await asyncio.sleep(0.05)
        task.cancel()  # the view that asked was closed
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
    for _ in range(100):
        if seen:
            break
        await asyncio.sleep(0.01)
    [item] = store.list_outbox()
    assert item.kind == "rates"
    assert [c.get_ids("outbox") for c in seen] == [{str(item.id)}]


async def test_retry_and_discard_are_awaited_and_announced(build):
    service, store = build(Channel.BMC)
    first = await service.queue_reply(Channel.BMC, "usr_1", "one", property_id="prop_1")
    second = await service.queue_reply(Channel.BMC, "usr_1", "two", property_id="prop_1")
    store.mark_failed(first.id, "refused")
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    await service.retry(first.id)
    await service.discard(second.id)
    assert store.get_outbox_item(first.id).state is OutboxState.QUEUED
    assert store.get_outbox_item(second.id) is None
    assert [c.get_ids("outbox") for c in seen] == [{str(first.id)}, {str(second.id)}]


async def test_headline_budgets_are_replies_and_requests_a_minute(build, bmc: FakeBmc, clock: FakeClock):
    service, store = build()
    start = clock.now()
    assert service.status(Channel.BMC).headline == BudgetView("replies", 60, 60, None, per="hour")
    await service.sync_once()
    coliving = service.status(Channel.COLIVING).headline
    used = service.requests_made(Channel.COLIVING)
    assert coliving == BudgetView("requests", 60, 60 - used, None, per="minute") and used > 0
    clock.advance(61)  # a minute later the Coliving.com window is whole again
    assert service.status(Channel.COLIVING).headline.remaining == 60

    # Replies sent before a restart: the new Service knows them from the persisted log, not from headers.
    for n in range(3):
        await service.queue_reply(Channel.BMC, "usr_1", f"reply {n}", property_id="prop_1")
    await service.send_pending()
    server = service.status(Channel.BMC).headline
    assert server is not None and (server.limit, server.remaining) == (60, 57)
    await service.aclose()
    store.close()
    service, store = build(Channel.BMC)
    await service.start()  # reads the log before the first (possibly long) sync cycle
    logged = service.status(Channel.BMC).headline
    assert logged == BudgetView("replies", 60, 57, start + timedelta(seconds=61, hours=1), per="hour")
    assert all(b.label != "replies" for b in service.status(Channel.BMC).budgets)  # no header seen here
