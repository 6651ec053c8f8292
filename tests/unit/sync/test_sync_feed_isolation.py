"""One BookMyColiving endpoint that answers badly no longer holds back the others: leads, tenant messages and
queued replies go through in the same cycle, and the report and the account status name the part left stale."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_channels import FakeBmc

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState, Property
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import FakeClock

BMC_URL = "http://bmc.test/api/v1"
PAGE = {"page": 1, "limit": 100, "total": 1, "totalPages": 1}
LEAD = {"id": "lead_1", "propertyId": "prop_1", "guestName": "Ana Lima", "createdAt": "2026-04-25T09:00:00Z"}
CONVERSATION = {"threadId": "usr_1", "participantName": "Ana Lima", "propertyId": "prop_1",
                "lastMessage": "Is the room free?", "lastMessageAt": "2026-04-25T09:30:00Z"}
MESSAGE = {"id": "msg_a", "content": "Is the room free?", "senderType": "TENANT", "createdAt": "2026-04-25T09:30:00Z"}
NOT_A_LIST = {"data": {"not": "a list"}}

Answer = dict[str, Any] | Callable[[httpx.Request], httpx.Response]


class ScriptedBmc:
    """FakeBmc for replies and auth, with a scripted answer per GET path (``/properties``, ``/leads``...)."""

    def __init__(self, clock: FakeClock) -> None:
        self.bmc = FakeBmc(clock)
        self.answers: dict[str, Answer] = {
            "/properties": {"data": [{"id": "prop_1", "name": "Casa Sol"}], "pagination": PAGE},
            "/leads": {"data": [LEAD], "pagination": PAGE},
            "/messages": {"data": [CONVERSATION], "pagination": PAGE},
            "/messages/usr_1": {"data": [MESSAGE], "pagination": PAGE},
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        answer = self.answers.get(path) if request.method == "GET" else None
        if answer is None or request.headers.get("x-api-key") != self.bmc.key:
            return self.bmc.handle(request)
        return answer(request) if callable(answer) else httpx.Response(200, json=answer)


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def status(code: int, text: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, json={"error": text})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def channel(clock: FakeClock) -> ScriptedBmc:
    return ScriptedBmc(clock)


@pytest.fixture
async def built(tmp_path: Path, clock: FakeClock, channel: ScriptedBmc) -> AsyncIterator[tuple[Service, Store]]:
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", "bmc_key")
    store = open_store(tmp_path / "cache.sqlite3")
    service = Service(
        store, secrets, {Channel.BMC: AccountSettings(Channel.BMC, BMC_URL)}, clock=clock,
        transport=httpx.MockTransport(channel.handle),
    )
    yield service, store
    await service.aclose()
    store.close()


async def test_a_properties_answer_that_is_not_a_list_holds_back_nothing_else(built, channel: ScriptedBmc):
    service, store = built
    store.upsert_properties([Property(id="prop_1", name="Casa Sol", status="APPROVED")])
    channel.answers["/properties"] = NOT_A_LIST
    for n in range(3):
        channel.answers["/leads"] = {"data": [{**LEAD, "id": f"lead_{n}"}], "pagination": PAGE}
        item = service.enqueue_reply(Channel.BMC, "usr_1", f"Yes, it is ({n})", property_id="prop_1")
        report = await service.sync_once()

        assert store.get_outbox_item(item.id).state is OutboxState.SENT
        assert f"lead_{n}" in {lead.id for lead in store.page_leads(None, None, 100)}
        assert report.feeds == {"bmc": {"properties": "BookMyColiving sent 'data' that is not a list."}}
        assert not report.ok and "Properties not refreshed" in report.errors["bmc"]
    messages = [m for m in store.messages_for_thread(Channel.BMC, "usr_1") if hasattr(m, "sender")]
    assert "msg_a" in {m.external_id for m in messages}, "the tenant's message arrived"
    assert store.get_property("prop_1") is not None, "a failed walk deletes no cached property"
    account = service.status(Channel.BMC)
    assert account.state == "up_to_date"
    assert account.stale == {"properties": "BookMyColiving sent 'data' that is not a list."}
    assert account.message == "Properties not refreshed: BookMyColiving sent 'data' that is not a list."
    assert report.to_json()["feeds"] == {"bmc": {"properties": "BookMyColiving sent 'data' that is not a list."}}

    channel.answers["/properties"] = {"data": [{"id": "prop_1", "name": "Casa Sol"}], "pagination": PAGE}
    report = await service.sync_once()
    assert report.ok and report.feeds == {} and report.to_json()["feeds"] == {}
    assert service.status(Channel.BMC).stale == {} and service.status(Channel.BMC).message == ""


async def test_a_5xx_on_leads_and_a_lost_connection_on_conversations_are_each_recorded(built, channel: ScriptedBmc):
    service, store = built
    channel.answers["/leads"] = status(500, "Internal server error")
    channel.answers["/messages"] = refuse
    item = service.enqueue_reply(Channel.BMC, "usr_1", "Hello", property_id="prop_1")
    report = await service.sync_once()
    assert report.feeds["bmc"] == {
        "leads": "BookMyColiving: Internal server error",
        "conversations": "Could not reach BookMyColiving.",
    }
    assert store.get_property("prop_1") is not None
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    message = service.status(Channel.BMC).message
    assert message.startswith("Leads not refreshed: BookMyColiving: Internal server error")
    assert "Conversations not refreshed: Could not reach BookMyColiving" in message


def connect_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectTimeout("no route", request=request)


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


@pytest.mark.parametrize(("fault", "words"), [(refuse, "Could not reach"), (connect_timeout, "did not answer")])
async def test_unreachable_from_the_first_request_is_offline_without_promising_a_retry(
    built, channel: ScriptedBmc, fault: Callable[[httpx.Request], httpx.Response], words: str
):
    service, _ = built
    for path in channel.answers:
        channel.answers[path] = fault
    report = await service.sync_once()
    assert report.feeds == {} and words in report.errors["bmc"]
    assert "Retrying" not in report.errors["bmc"], "this process makes no further attempt"
    assert service.status(Channel.BMC).state == "offline"


async def test_a_slow_first_endpoint_does_not_hold_back_the_others(built, channel: ScriptedBmc):
    service, store = built
    channel.answers["/properties"] = read_timeout
    report = await service.sync_once()
    assert report.feeds == {"bmc": {"properties": "BookMyColiving did not answer in time."}}
    assert [lead.id for lead in store.page_leads(None, None, 100)] == ["lead_1"]
    assert service.status(Channel.BMC).state == "up_to_date"


async def test_a_refused_key_on_a_later_feed_still_stops_the_account(built, channel: ScriptedBmc):
    service, _ = built
    channel.answers["/leads"] = status(401, "Invalid API key")
    report = await service.sync_once()
    assert service.status(Channel.BMC).state == "key_rejected"
    assert report.feeds == {} and "refused" in report.errors["bmc"]


async def test_leads_under_their_own_name_are_synced(built, channel: ScriptedBmc):
    service, store = built
    channel.answers["/leads"] = {"leads": [LEAD], "pagination": PAGE}
    report = await service.sync_once()
    assert report.ok, report.errors
    assert [lead.guest_name for lead in store.page_leads(None, None, 100)] == ["Ana Lima"]


async def test_an_unreadable_property_keeps_its_cached_copy(built, channel: ScriptedBmc):
    service, store = built
    store.upsert_properties([Property(id=p, name=p, status="APPROVED") for p in ("prop_1", "prop_2", "prop_3")])
    unreadable = {"id": "prop_2", "name": "Odd", "roomOptions": [{"type": "PRIVATE", "priceMonthly": "a lot"}]}
    channel.answers["/properties"] = {"data": [{"id": "prop_1", "name": "Casa Sol"}, unreadable], "pagination": PAGE}
    assert (await service.sync_once()).ok
    assert store.get_property("prop_2") is not None, "still on the channel, only unreadable this time"
    assert store.get_property("prop_3") is None, "gone from the channel"

    store.upsert_properties([Property(id="prop_3", name="prop_3", status="APPROVED")])
    channel.answers["/properties"] = {"data": [{"id": "prop_1"}, {"name": "no id"}], "pagination": PAGE}
    assert (await service.sync_once()).ok
    assert store.get_property("prop_3") is not None, "with an unreadable id nothing is taken for deleted"


async def test_an_unreadable_conversation_is_passed_over_and_named(built, channel: ScriptedBmc):
    service, store = built
    other = {**CONVERSATION, "threadId": "usr_2", "participantName": "Bo Chen"}
    channel.answers["/messages"] = {"data": [CONVERSATION, other], "pagination": {**PAGE, "total": 2}}
    channel.answers["/messages/usr_2"] = NOT_A_LIST
    report = await service.sync_once()
    reason = "BookMyColiving sent 1 conversation that could not be read (usr_2)."
    assert report.feeds == {"bmc": {"conversations": reason}}
    assert "msg_a" in {m.external_id for m in store.messages_for_thread(Channel.BMC, "usr_1") if hasattr(m, "sender")}

    channel.answers["/messages/usr_2"] = {"data": [{**MESSAGE, "id": "msg_b"}], "pagination": PAGE}
    assert (await service.sync_once()).ok
    assert "msg_b" in {m.external_id for m in store.messages_for_thread(Channel.BMC, "usr_2") if hasattr(m, "sender")}
