"""Every sandbox fault kind through the real clients: what is retried, what is raised, and what reached the server.

Requests that arrive are counted by the sandbox itself (a zero-second latency rule that fires on every match,
read back from ``/_control``), so "not retried" and "nothing sent during the cooldown" are checked on the
server's side of the wire, not inferred from the client.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from clients_support import Control, Counter, bmc_client, coliving_client, draft, unique

from colivingdesk.api import (
    AvailabilityUpdate,
    BmcClient,
    ColivingClient,
    NetworkError,
    NotFound,
    RateLimited,
    ServerError,
    Timeout,
    UnexpectedResponse,
)
from colivingdesk.domain import Property
from colivingdesk.sandbox import SandboxConfig, SandboxServer

BMC = "/bmc/api/v1"
COLIVING = "/coliving/v1"
SHORT_TIMEOUT = 0.3


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(limits_enabled=False)) as running:
        yield running


class RecordingSleep:
    """Really sleeps, and remembers what the client asked for, so a wait can be checked without a clock."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(seconds)


async def named(client: BmcClient, name: str) -> list[Property]:
    return [p async for page in client.iter_properties() for p in page if p.name == name]


def new_booking(control: Control) -> int:
    return int(control.admin("POST", "/_admin/coliving/bookings", json={})["booking_id"])


# ------------------------------------------------------------------ 500s


async def test_read_500_is_retried_and_the_result_is_right(
    bmc: BmcClient, coliving: ColivingClient, control: Control
) -> None:
    expected = [lead.id for lead in (await bmc.list_leads()).items]
    counter = Counter(control, f"{BMC}/leads")
    counter.start(f"error:count=1,method=GET,path={BMC}/leads")
    assert [lead.id for lead in (await bmc.list_leads()).items] == expected
    assert counter.seen == 2

    counter = Counter(control, f"{COLIVING}/me")
    counter.start(f"error:count=2,status=503,path={COLIVING}/me")
    assert (await coliving.me()).name == "Demo Host"
    assert counter.seen == 3


async def test_read_500_every_time_is_a_server_error_after_the_retries(server: SandboxServer, control: Control) -> None:
    counter = Counter(control, f"{BMC}/properties")
    counter.start(f"error:path={BMC}/properties")
    async with bmc_client(server, max_attempts=3) as bmc:
        with pytest.raises(ServerError) as failed:
            await bmc.get_property("prop_0001")
    assert failed.value.status == 500
    assert failed.value.message == "BookMyColiving: Internal server error"
    assert counter.seen == 3


async def test_after_fault_on_a_keyed_bmc_write_leaves_exactly_one_record(bmc: BmcClient, control: Control) -> None:
    """The server created the listing, then answered 500: the retry with the same key replays the creation."""
    body = draft()  # no externalId: only the Idempotency-Key stands between a retry and a duplicate
    counter = Counter(control, f"{BMC}/properties")
    counter.start(f"after:count=1,method=POST,path={BMC}/properties")
    created = await bmc.create_property(body, idempotency_key="outbox-item-41")

    assert counter.seen == 2
    assert created.replayed is True and created.reused is False
    assert created.idempotency_key == "outbox-item-41"
    assert created.property.status == "PENDING_REVIEW" and created.property.name == body.name
    assert [p.id for p in await named(bmc, body.name)] == [created.property.id]
    assert (await bmc.get_property(created.property.id)).name == body.name


async def test_after_fault_on_a_bmc_reply_sends_it_once(bmc: BmcClient, control: Control) -> None:
    lead = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0001"})
    control.faults(f"after:count=1,method=POST,path={BMC}/messages/")
    sent = await bmc.reply(lead["threadId"], "Sent once, answered twice.", "prop_0001")
    thread = await bmc.get_thread(lead["threadId"])
    assert [m.text for m in thread].count("Sent once, answered twice.") == 1
    assert thread[-1].external_id == sent.external_id


async def test_after_fault_on_add_photos_appends_once(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft())).property
    path = f"{BMC}/properties/{created.id}/photos"
    counter = Counter(control, path)
    counter.start(f"after:count=1,method=POST,path={path}")
    updated = await bmc.add_photos(created.id, ["https://img.example.com/once.jpg"])
    assert counter.seen == 2
    assert [p.url for p in updated.photos] == ["https://img.example.com/once.jpg"]
    assert [p.url for p in (await bmc.get_property(created.id)).photos] == ["https://img.example.com/once.jpg"]


async def test_after_fault_on_delete_is_replayed_not_a_404(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft())).property
    path = f"{BMC}/properties/{created.id}"
    counter = Counter(control, path)
    counter.start(f"after:count=1,method=DELETE,path={path}")
    assert await bmc.delete_property(created.id) is None
    assert counter.seen == 2
    with pytest.raises(NotFound):
        await bmc.get_property(created.id)


async def test_coliving_create_message_500_is_raised_not_retried(coliving: ColivingClient, control: Control) -> None:
    booking_id = new_booking(control)
    before = [m.external_id for m in (await coliving.list_messages(booking_id)).items]
    path = f"{COLIVING}/bookings/{booking_id}/messages"
    counter = Counter(control, path)
    counter.start(f"error:count=3,method=POST,path={path}")
    with pytest.raises(ServerError) as failed:
        await coliving.create_message(booking_id, "Is the 500 retried?")
    assert failed.value.status == 500
    assert failed.value.error_type == "internal_error"
    assert failed.value.message == "Coliving.com: An unexpected error occurred."
    assert counter.seen == 1
    assert [m.external_id for m in (await coliving.list_messages(booking_id)).items] == before


async def test_coliving_write_that_was_applied_then_failed_is_not_sent_twice(
    coliving: ColivingClient, control: Control
) -> None:
    booking_id = new_booking(control)
    path = f"{COLIVING}/bookings/{booking_id}/messages"
    counter = Counter(control, path)
    counter.start(f"after:count=1,method=POST,path={path}")
    with pytest.raises(ServerError):
        await coliving.create_message(booking_id, "Applied but answered 500.")
    assert counter.seen == 1
    texts = [m.text for m in (await coliving.list_messages(booking_id)).items]
    assert texts.count("Applied but answered 500.") == 1  # the caller reconciles by reading back


# ------------------------------------------------------------------ timeouts


async def test_timeout_on_a_write_without_key_is_raised(server: SandboxServer, control: Control) -> None:
    booking_id = new_booking(control)
    path = f"{COLIVING}/bookings/{booking_id}/messages"
    counter = Counter(control, path)
    counter.start(f"timeout:count=2,seconds=5,method=POST,path={path}")
    async with coliving_client(server, timeout=SHORT_TIMEOUT) as coliving:
        with pytest.raises(Timeout) as timed_out:
            await coliving.create_message(booking_id, "Hello?")
        assert isinstance(timed_out.value, NetworkError)
        assert timed_out.value.message == "Coliving.com did not answer in time."
        assert counter.seen == 1
        assert "Hello?" not in [m.text for m in (await coliving.list_messages(booking_id)).items]


async def test_timeout_on_a_read_is_retried(server: SandboxServer, control: Control) -> None:
    counter = Counter(control, f"{BMC}/properties/prop_0001")
    counter.start(f"timeout:count=1,seconds=5,path={BMC}/properties/prop_0001")
    async with bmc_client(server, timeout=SHORT_TIMEOUT) as bmc:
        prop = await bmc.get_property("prop_0001")
    assert prop.name == "Sunny Coliving Lisbon"
    assert counter.seen == 2


async def test_timeout_on_a_keyed_bmc_write_is_retried_without_duplicate(
    server: SandboxServer, control: Control
) -> None:
    body = draft()
    control.faults(f"timeout:count=1,seconds=5,method=POST,path={BMC}/properties")
    async with bmc_client(server, timeout=SHORT_TIMEOUT) as bmc:
        created = await bmc.create_property(body)
        assert created.replayed is False  # a timed-out request was never processed
        assert [p.id for p in await named(bmc, body.name)] == [created.property.id]


# ------------------------------------------------------------------ dropped connections


async def test_drop_on_a_write_without_key_is_a_network_error(coliving: ColivingClient, control: Control) -> None:
    before = control.admin("GET", "/_admin/coliving/listings")
    counter = Counter(control, f"{COLIVING}/integrations/")
    counter.start(f"drop:count=2,method=POST,path={COLIVING}/integrations/")
    with pytest.raises(NetworkError) as dropped:
        await coliving.update_availability([AvailabilityUpdate(listing_id="5325", room_type_id="38753", available=4)])
    assert not isinstance(dropped.value, Timeout)
    assert dropped.value.message == "Could not reach Coliving.com."
    assert counter.seen == 1
    assert control.admin("GET", "/_admin/coliving/listings") == before


async def test_drop_on_a_read_is_retried(bmc: BmcClient, coliving: ColivingClient, control: Control) -> None:
    counter = Counter(control, f"{COLIVING}/integrations/mangobeds/bookings")
    counter.start(f"drop:count=1,path={COLIVING}/integrations/mangobeds/bookings")
    page = await coliving.list_bookings(per_page=5)
    assert len(page.items) == 5 and page.total is not None and page.total >= 40
    assert counter.seen == 2

    control.faults(f"drop:count=1,path={BMC}/cities")
    assert len(await bmc.list_cities()) == 7


# ------------------------------------------------------------------ malformed bodies


async def test_malformed_every_time_is_an_unexpected_response(server: SandboxServer, control: Control) -> None:
    counter = Counter(control, f"{BMC}/cities")
    counter.start(f"malformed:path={BMC}/cities")
    async with bmc_client(server, max_attempts=3) as bmc:
        with pytest.raises(UnexpectedResponse) as garbled:
            await bmc.list_cities()
    assert garbled.value.message == "BookMyColiving sent a reply that is not valid JSON (HTTP 200)."
    assert counter.seen == 3


async def test_one_malformed_answer_then_success(bmc: BmcClient, coliving: ColivingClient, control: Control) -> None:
    counter = Counter(control, f"{BMC}/amenities")
    counter.start(f"malformed:count=1,path={BMC}/amenities")
    assert [a.id for a in await bmc.list_amenities()] == [a["id"] for a in control.server.state.amenities]
    assert counter.seen == 2

    control.faults(f"malformed:count=1,path={COLIVING}/me")
    assert (await coliving.me()).email == "demohost@palmesus.no"


async def test_malformed_answer_to_a_write_is_not_retried(coliving: ColivingClient, control: Control) -> None:
    booking_id = new_booking(control)
    path = f"{COLIVING}/bookings/{booking_id}/messages"
    counter = Counter(control, path)
    counter.start(f"malformed:count=1,method=POST,path={path}")
    with pytest.raises(UnexpectedResponse):
        await coliving.create_message(booking_id, "Garbled?")
    assert counter.seen == 1


# ------------------------------------------------------------------ 429s


async def test_short_forced_429_is_waited_out(server: SandboxServer, control: Control) -> None:
    sleep = RecordingSleep()
    counter = Counter(control, f"{BMC}/leads")
    counter.start(f"ratelimit:count=1,seconds=1,path={BMC}/leads")
    async with bmc_client(server, sleep=sleep) as bmc:
        page = await bmc.list_leads(limit=3)
        budget = bmc.budgets.get("leads")
    assert len(page.items) == 3
    assert counter.seen == 2
    assert len(sleep.calls) == 1 and 0 < sleep.calls[0] <= 1.0
    assert budget is not None and budget.remaining is not None and budget.remaining > 0

    sleep = RecordingSleep()
    counter = Counter(control, f"{COLIVING}/me")
    counter.start(f"ratelimit:count=1,seconds=1,path={COLIVING}/me")
    async with coliving_client(server, sleep=sleep) as coliving:
        assert (await coliving.me()).name == "Demo Host"
    assert counter.seen == 2
    assert len(sleep.calls) == 1 and 0 < sleep.calls[0] <= 1.0


async def test_long_forced_429_raises_and_nothing_is_sent_during_the_cooldown(bmc: BmcClient, control: Control) -> None:
    counter = Counter(control, f"{BMC}/leads")
    counter.start(f"ratelimit:count=1,seconds=600,path={BMC}/leads")
    with pytest.raises(RateLimited) as limited:
        await bmc.list_leads()
    assert limited.value.status == 429
    assert limited.value.message == "BookMyColiving: Rate limit exceeded"
    assert 590 < limited.value.retry_after <= 600
    assert counter.seen == 1
    cooldown = bmc.budgets.get("leads")
    assert cooldown is not None and cooldown.remaining == 0 and cooldown.cooldown_until is not None

    # The fault has retired, so anything sent now would succeed: only the client's cooldown stops it.
    assert [rule["kind"] for rule in control.rules()] == ["latency"]
    with pytest.raises(RateLimited) as still:
        await bmc.list_leads(page=2)
    assert 0 < still.value.retry_after <= limited.value.retry_after
    assert "try again in" in still.value.message
    assert counter.seen == 1

    assert len(await bmc.list_cities()) == 7  # other endpoint groups keep working


async def test_long_forced_429_on_coliving_blocks_the_whole_account(coliving: ColivingClient, control: Control) -> None:
    counter = Counter(control, f"{COLIVING}/")
    counter.start(f"ratelimit:count=1,seconds=600,path={COLIVING}/me")
    with pytest.raises(RateLimited) as limited:
        await coliving.me()
    assert limited.value.status == 429 and limited.value.error_type == "rate_limit_error"
    assert limited.value.message == "Coliving.com: Rate limit exceeded. Try again in 600 s."
    assert 590 < limited.value.retry_after <= 600
    assert counter.seen == 1

    with pytest.raises(RateLimited):
        await coliving.list_bookings()  # one budget for every endpoint
    with pytest.raises(RateLimited):
        await coliving.create_message(8821, unique("never sent"))
    assert counter.seen == 1


async def test_short_429_on_a_coliving_write_is_raised_then_the_next_call_waits(
    server: SandboxServer, control: Control
) -> None:
    """A keyless write is sent once even on a 429; the cooldown it records still paces the next call."""
    booking_id = new_booking(control)
    path = f"{COLIVING}/bookings/{booking_id}/messages"
    sleep = RecordingSleep()
    counter = Counter(control, path)
    counter.start(f"ratelimit:count=1,seconds=1,method=POST,path={path}")
    async with coliving_client(server, sleep=sleep) as coliving:
        with pytest.raises(RateLimited) as limited:
            await coliving.create_message(booking_id, "First try")
        assert 0 < limited.value.retry_after <= 1.0
        assert counter.seen == 1 and sleep.calls == []
        sent = await coliving.create_message(booking_id, "Second try")
        assert counter.seen == 2
        texts = [m.text for m in (await coliving.list_messages(booking_id)).items]
    assert len(sleep.calls) == 1 and 0 < sleep.calls[0] <= 1.0
    assert sent.text == "Second try" and "First try" not in texts and texts.count("Second try") == 1
