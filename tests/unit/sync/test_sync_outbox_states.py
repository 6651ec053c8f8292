"""What a queued reply's state says is true: a channel's refusal fails it at once with the channel's words, a
reply that could not go out stays queued with why and until when, Retry sends it again, Discard drops it, and
neither touches a reply that is being sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock
from colivingdesk.sync.outbox import CLAIM_LEASE, clock_text

BMC_URL = "http://bmc.test/api/v1"
COL_URL = "http://col.test/v1"


@dataclass
class Channels:
    """Both channels' reply endpoints, answering what the test says; every request is kept."""

    clock: FakeClock
    answers: list[httpx.Response] = field(default_factory=list)
    offline: bool = False
    requests: list[httpx.Request] = field(default_factory=list)
    #: When set, the next POST is received and then left unanswered until this is set (a send in flight).
    hold_next_post: asyncio.Event | None = None
    post_received: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST" and self.hold_next_post is not None:
            gate, self.hold_next_post = self.hold_next_post, None
            self.post_received.set()
            await gate.wait()
        if self.offline:
            raise httpx.ConnectError("no route to host", request=request)
        if request.method == "GET":  # Coliving.com messages read back before a resend: none landed
            meta = {"request_id": "r", "pagination": {"current_page": 1, "per_page": 50, "total": 0,
                                                      "last_page": 1, "from": None, "to": None}}
            return httpx.Response(200, json={"data": {"messages": []}, "meta": meta})
        if self.answers:
            return self.answers.pop(0)
        if request.url.host == "bmc.test":
            return httpx.Response(201, json={"id": f"msg_{len(self.posts)}", "content": "ok",
                                             "senderType": "OPERATOR", "createdAt": self.clock.now().isoformat()})
        return httpx.Response(201, json={"data": {"message": {
            "id": len(self.posts), "sender": "host", "text": "ok", "created_at": self.clock.now().isoformat(),
        }}, "meta": {"request_id": "r"}})

    @property
    def posts(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST"]


def coliving_error(status: int, kind: str, message: str, errors: list[dict[str, str]] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": kind, "message": message, "request_id": "req_1",
                                                  "errors": errors or []}})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def channels(clock: FakeClock) -> Channels:
    return Channels(clock)


@pytest.fixture
async def build(tmp_path: Path, clock: FakeClock, channels: Channels) -> AsyncIterator[Callable[..., Any]]:
    made: list[tuple[Service, Store]] = []
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", "bmc_key")
    secrets.set("coliving", "api_key", "col_key")

    def make(channel: Channel) -> tuple[Service, Store]:
        url = BMC_URL if channel is Channel.BMC else COL_URL
        store = open_store(tmp_path / "cache.sqlite3")
        service = Service(store, secrets, {channel: AccountSettings(channel, url)}, clock=clock,
                          transport=httpx.MockTransport(channels.handle), coliving_requests_per_minute=None)
        made.append((service, store))
        return service, store

    yield make
    for service, store in made:
        await service.aclose()
        store.close()


async def queue(service: Service, channel: Channel, text: str = "Welcome!") -> int:
    if channel is Channel.BMC:
        return (await service.queue_reply(channel, "usr_1", text, property_id="prop_1")).id
    return (await service.queue_reply(channel, "8821", text)).id


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        # A 400 whose type names a server fault is still the channel refusing this message.
        (coliving_error(400, "internal_error", "The message could not be accepted."),
         "Coliving.com: The message could not be accepted."),
        (coliving_error(422, "validation_error", "Validation failed",
                        [{"path": "message.text", "code": "max", "message": "The text is too long."}]),
         "Coliving.com: Validation failed: The text is too long.\nmessage.text: The text is too long."),
        (coliving_error(409, "conflict", "This conversation is closed."), "Coliving.com: This conversation is closed."),
    ],
    ids=["400", "422", "409"],
)
async def test_coliving_refusal_fails_after_one_request_with_the_channels_words(
    build, channels: Channels, answer: httpx.Response, shown: str
):
    service, store = build(Channel.COLIVING)
    channels.answers.append(answer)
    item_id = await queue(service, Channel.COLIVING)
    await service.send_pending()
    await service.send_pending()
    item = store.get_outbox_item(item_id)
    assert item.state is OutboxState.FAILED and item.error == shown
    assert len(channels.requests) == 1


@pytest.mark.parametrize(
    ("status", "message"),
    [(400, "propertyId does not match this conversation"), (403, "This API key does not own that resource."),
     (404, "Conversation not found")],
)
async def test_bmc_refusal_fails_after_one_request_with_the_channels_words(
    build, channels: Channels, status: int, message: str
):
    service, store = build(Channel.BMC)
    channels.answers.append(httpx.Response(status, json={"error": message}))
    item_id = await queue(service, Channel.BMC)
    await service.send_pending()
    await service.send_pending()
    item = store.get_outbox_item(item_id)
    assert item.state is OutboxState.FAILED
    assert item.error.split("\n")[0] == f"BookMyColiving: {message}"
    assert len(channels.requests) == 1


async def test_offline_reply_stays_queued_with_the_reason_until_it_is_sent(
    build, channels: Channels, clock: FakeClock
):
    service, store = build(Channel.COLIVING)
    channels.offline = True
    item_id = await queue(service, Channel.COLIVING)
    await service.send_pending()
    waiting = store.get_outbox_item(item_id)
    next_try = clock.now() + timedelta(seconds=5)
    assert waiting.state is OutboxState.QUEUED and waiting.attempts == 1
    assert waiting.error == f"Could not reach Coliving.com; next try at {clock_text(next_try)}."
    assert waiting.not_before == next_try

    # Before its time nothing is tried and the reason stays; when it is tried again it still says why.
    await service.send_pending()
    assert store.get_outbox_item(item_id) == waiting
    clock.advance(5)
    await service.send_pending()
    again = store.get_outbox_item(item_id)
    assert again.state is OutboxState.QUEUED and again.error and again.error.startswith("Could not reach")
    assert again.not_before == clock.now() + timedelta(seconds=10)

    channels.offline = False
    clock.advance(10)
    await service.send_pending()
    sent = store.get_outbox_item(item_id)
    assert sent.state is OutboxState.SENT and sent.error is None
    # The second try stopped at reading the booking back (is the first one there?); only two sends went out.
    assert len(channels.posts) == 2


async def test_a_wait_the_channel_asks_for_is_shown_and_honoured(build, channels: Channels, clock: FakeClock):
    service, store = build(Channel.COLIVING)
    channels.answers.append(coliving_error(429, "rate_limit_error", "Rate limit exceeded.",
                                           [{"path": "retry_after", "code": "rate_limited", "message": "600"}]))
    item_id = await queue(service, Channel.COLIVING)
    await service.send_pending()
    until = clock.now() + timedelta(seconds=600)
    item = store.get_outbox_item(item_id)
    assert item.state is OutboxState.QUEUED and item.not_before == until
    assert item.error == f"Coliving.com asked to wait until {clock_text(until)}."
    clock.advance(600)
    await service.send_pending()
    assert store.get_outbox_item(item_id).state is OutboxState.SENT


async def test_retry_of_a_failed_reply_sends_it_once_more(build, channels: Channels):
    service, store = build(Channel.BMC)
    channels.answers.append(httpx.Response(404, json={"error": "Conversation not found"}))
    item_id = await queue(service, Channel.BMC)
    await service.send_pending()
    assert store.get_outbox_item(item_id).state is OutboxState.FAILED
    assert await service.retry(item_id)
    await service.send_pending()
    await service.send_pending()
    sent = store.get_outbox_item(item_id)
    assert sent.state is OutboxState.SENT and sent.error is None
    assert len(channels.posts) == 2


async def test_discard_drops_queued_failed_and_held_replies_but_not_one_being_sent(
    build, channels: Channels, tmp_path: Path
):
    service, store = build(Channel.BMC)
    channels.answers.append(httpx.Response(409, json={"error": "Conflict with existing data."}))
    failed = await queue(service, Channel.BMC, "one")
    await service.send_pending()
    assert store.get_outbox_item(failed).state is OutboxState.FAILED
    queued = await queue(service, Channel.BMC, "two")
    held = await queue(service, Channel.BMC, "three")
    store.hold(held, store.get_outbox_item(held).created_at + timedelta(hours=1), "cap")
    sending = await queue(service, Channel.BMC, "four")
    with open_store(tmp_path / "cache.sqlite3") as other_process:
        assert other_process.claim_outbox_item(sending, "elsewhere:1:abc") is not None

    for item_id in (failed, queued, held):
        assert await service.discard(item_id)
        assert store.get_outbox_item(item_id) is None
    assert not await service.discard(sending)
    assert not await service.retry(sending)
    assert store.get_outbox_item(sending).state is OutboxState.SENDING
    assert len(channels.posts) == 1


async def test_a_send_cancelled_mid_request_is_taken_back_and_resent_with_its_key(
    build, channels: Channels
):
    service, store = build(Channel.BMC)
    channels.hold_next_post = asyncio.Event()
    item_id = await queue(service, Channel.BMC)
    delivery = asyncio.create_task(service.send_pending())
    await asyncio.wait_for(channels.post_received.wait(), timeout=10)
    delivery.cancel()
    with pytest.raises(asyncio.CancelledError):
        await delivery
    assert store.get_outbox_item(item_id).state is OutboxState.SENDING

    await service.send_pending()
    sent = store.get_outbox_item(item_id)
    assert sent.state is OutboxState.SENT and sent.attempts == 2
    assert len(channels.posts) == 2
    assert {r.headers["idempotency-key"] for r in channels.posts} == {sent.idempotency_key}


async def test_another_process_claim_is_left_until_its_lease_ends(
    build, channels: Channels, clock: FakeClock, tmp_path: Path
):
    service, store = build(Channel.COLIVING)
    item_id = await queue(service, Channel.COLIVING)
    with open_store(tmp_path / "cache.sqlite3") as other_process:
        assert other_process.claim_outbox_item(item_id, "another-host:77:abc", clock.now()) is not None

    clock.advance((CLAIM_LEASE - timedelta(seconds=1)).total_seconds())
    await service.send_pending()
    assert store.get_outbox_item(item_id).state is OutboxState.SENDING
    assert channels.requests == []

    clock.advance(1)
    await service.send_pending()
    sent = store.get_outbox_item(item_id)
    assert sent.state is OutboxState.SENT and sent.attempts == 2
    # Read back first (did the other process's send land?), then sent once.
    assert [r.method for r in channels.requests] == ["GET", "POST"]
