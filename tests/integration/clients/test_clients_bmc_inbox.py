"""BmcClient's leads, conversations, replies and webhook test against a real sandbox over HTTP.

The sandbox carries a small "scale" seed on top of the demo data so leads and conversations span three pages
of 100: a walk that stopped after page one would silently lose enquiries, which no single-page fixture shows.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from clients_support import OTHER_BMC_KEY, WEBHOOK_SECRET, Control, Counter, bmc_client

from colivingdesk.api import BmcClient, Forbidden, NotFound, ValidationError, parse_bmc_event, verify_bmc
from colivingdesk.domain import Lead, Thread
from colivingdesk.sandbox import SandboxConfig, SandboxServer


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    config = SandboxConfig(
        seed="scale", leads=230, threads=210, messages_per_thread=3, bookings=0, limits_enabled=False
    )
    with SandboxServer(config) as running:
        yield running


async def walk_leads(client: BmcClient, **filters: Any) -> tuple[list[Lead], int]:
    leads: list[Lead] = []
    pages = 0
    async for items in client.iter_leads(**filters):
        leads.extend(items)
        pages += 1
    return leads, pages


async def walk_threads(client: BmcClient, **filters: Any) -> tuple[list[Thread], int]:
    threads: list[Thread] = []
    pages = 0
    async for items in client.iter_conversations(**filters):
        threads.extend(items)
        pages += 1
    return threads, pages


async def test_iter_leads_walks_every_page(bmc: BmcClient, server: SandboxServer) -> None:
    leads, pages = await walk_leads(bmc)
    owned = {p.id for p in server.state.properties.values() if p.operator_id == "op_0001"}
    expected = [lead.id for lead in server.state.lead_order if lead.property_id in owned]
    assert pages == 3
    assert [lead.id for lead in leads] == expected  # oldest first, nobody lost or repeated
    assert (await bmc.list_leads(limit=1)).total == len(expected)
    assert all(lead.created_at is not None for lead in leads)


async def test_leads_filtered_by_property(bmc: BmcClient) -> None:
    everything, _ = await walk_leads(bmc)
    mine, _ = await walk_leads(bmc, property_id="prop_0002")
    assert mine and {lead.property_id for lead in mine} == {"prop_0002"}
    assert [lead.id for lead in mine] == [lead.id for lead in everything if lead.property_id == "prop_0002"]
    with pytest.raises(Forbidden):
        await bmc.list_leads(property_id="prop_0007")


async def test_leads_since_is_inclusive_and_reads_forward(bmc: BmcClient, control: Control) -> None:
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0003"})
    since_text = arrived["createdAt"]
    page = await bmc.list_leads(since=since_text)
    assert arrived["id"] in [lead.id for lead in page.items]
    cutoff = datetime.fromisoformat(since_text.replace("Z", "+00:00"))
    assert all(lead.created_at is not None and lead.created_at >= cutoff for lead in page.items)

    newer, _ = await walk_leads(bmc, since=cutoff, property_id="prop_0003")
    assert newer[-1].id == arrived["id"]
    assert newer[-1].guest_name == arrived["guestName"]
    assert newer[-1].message == arrived["message"]


async def test_get_lead_and_another_operators_lead(bmc: BmcClient, server: SandboxServer, control: Control) -> None:
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0001"})
    lead = await bmc.get_lead(arrived["id"])
    assert (lead.id, lead.property_id, lead.guest_name, lead.guest_email, lead.status) == (
        arrived["id"],
        "prop_0001",
        arrived["guestName"],
        arrived["guestEmail"],
        "NEW",
    )
    assert lead.move_in == arrived["moveInDate"]

    async with bmc_client(server, key=OTHER_BMC_KEY) as other:
        theirs = (await other.list_leads(limit=1)).items[0]
    with pytest.raises(Forbidden) as forbidden:
        await bmc.get_lead(theirs.id)
    assert forbidden.value.status == 403
    assert forbidden.value.message == "BookMyColiving: API key doesn't own this lead's property"
    with pytest.raises(NotFound):
        await bmc.get_lead("lead_missing")


async def test_iter_conversations_walks_every_page(bmc: BmcClient, server: SandboxServer) -> None:
    threads, pages = await walk_threads(bmc)
    expected = [t for t in server.state.threads.values() if t.operator_id == "op_0001" and t.messages]
    assert pages == 3
    assert len(threads) == len(expected) == (await bmc.list_conversations(limit=1)).total
    assert len({t.external_id for t in threads}) == len(threads)
    activity = [t.last_activity for t in threads]
    assert all(a is not None for a in activity)
    assert activity == sorted(activity, reverse=True)  # type: ignore[type-var]
    by_id = {t.thread_id: t for t in expected}
    sample = threads[0]
    assert sample.participant_name == by_id[sample.external_id].user_name
    assert sample.last_message == by_id[sample.external_id].messages[-1].content

    lisbon, _ = await walk_threads(bmc, property_id="prop_0001")
    assert lisbon and {t.property_id for t in lisbon} == {"prop_0001"}


async def test_get_thread_then_reply_is_visible(bmc: BmcClient, control: Control, server: SandboxServer) -> None:
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0002"})
    thread_id = arrived["threadId"]
    before = await bmc.get_thread(thread_id)
    assert [(m.sender, m.text) for m in before] == [("guest", arrived["message"])]

    sent = await bmc.reply(thread_id, "Yes, the room is free from June. Shall we call?", "prop_0002")
    assert sent.sender == "host"
    assert sent.text == "Yes, the room is free from June. Shall we call?"
    assert sent.thread_external_id == thread_id
    assert sent.external_id.startswith("msg_")

    after = await bmc.get_thread(thread_id)
    assert [m.external_id for m in after] == [before[0].external_id, sent.external_id]
    assert after[-1].text == sent.text and after[-1].sender_name == "Sunny Coliving Co"
    assert bmc.replies_budget.limit == 60

    threads = [t for t in (await bmc.list_conversations(property_id="prop_0002")).items if t.external_id == thread_id]
    assert threads and threads[0].unread_count == 0 and threads[0].last_message == sent.text


async def test_reply_at_the_limit_is_sent_and_over_it_is_refused_locally(bmc: BmcClient, control: Control) -> None:
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0001"})
    thread_id = arrived["threadId"]
    counter = Counter(control, "/bmc/api/v1/messages")
    counter.start()
    with pytest.raises(ValidationError) as too_long:
        await bmc.reply(thread_id, "x" * 5001, "prop_0001")
    assert too_long.value.status == 0
    assert [fe.path for fe in too_long.value.field_errors] == ["content"]
    assert "5,000" in too_long.value.message
    assert counter.seen == 0  # nothing spent from the 60-an-hour budget

    exact = await bmc.reply(thread_id, "y" * 5000, "prop_0001")
    assert len(exact.text) == 5000
    assert counter.seen == 1
    assert [m.external_id for m in await bmc.get_thread(thread_id)][-1] == exact.external_id


async def test_thread_of_another_operator(bmc: BmcClient, server: SandboxServer) -> None:
    async with bmc_client(server, key=OTHER_BMC_KEY) as other:
        theirs = (await other.list_conversations(limit=1)).items[0]
    with pytest.raises(Forbidden):
        await bmc.get_thread(theirs.external_id)
    with pytest.raises(Forbidden) as refused:
        await bmc.reply(theirs.external_id, "Hello", "prop_0001")
    assert refused.value.message == "BookMyColiving: API key doesn't own this conversation"
    with pytest.raises(NotFound):
        await bmc.get_thread("usr_missing")


class _Receiver:
    """A tiny local webhook endpoint that keeps the raw bytes and headers of every delivery."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[bytes, dict[str, str]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.deliveries.append((raw, dict(self.headers.items())))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/hooks/bmc"

    def __enter__(self) -> _Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


async def test_send_test_webhook_is_delivered_signed(bmc: BmcClient, control: Control) -> None:
    with _Receiver() as receiver:
        control.configure(webhook_url=receiver.url)
        answer = await bmc.send_test_webhook("message.received")
        control.configure(webhook_url=None)
    assert answer == {"delivered": True, "status": 200, "event": "message.received"}

    tests = [(raw, headers) for raw, headers in receiver.deliveries if json.loads(raw).get("data", {}).get("test")]
    assert len(tests) == 1
    raw, headers = tests[0]
    assert verify_bmc(raw, headers, WEBHOOK_SECRET)
    assert not verify_bmc(raw, headers, "whsec_wrong")
    assert not verify_bmc(raw + b" ", headers, WEBHOOK_SECRET)
    event = parse_bmc_event(raw)
    assert event.event == "message.received" and event.known
    assert event.timestamp == headers["X-BMC-Timestamp"]
    assert event.data["threadId"] == "usr_test" and event.data["content"] == "Hello!"


async def test_send_test_webhook_refusals(bmc: BmcClient) -> None:
    with pytest.raises(ValidationError) as no_url:
        await bmc.send_test_webhook()
    assert no_url.value.message == "BookMyColiving: No webhook URL configured for this operator"
    with pytest.raises(ValidationError) as unknown:
        await bmc.send_test_webhook("booking.teleported")
    assert unknown.value.status == 400
    assert unknown.value.message.startswith("BookMyColiving: event must be one of lead.created")
    assert [fe.path for fe in unknown.value.field_errors] == ["event"]


async def test_get_thread_longer_than_one_page_is_read_whole(bmc: BmcClient, control: Control) -> None:
    """A conversation past 100 messages: the newest ones live on page two and must not be dropped."""
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0004"})
    thread_id = arrived["threadId"]
    texts = [f"Follow-up {n:03d}" for n in range(104)]
    for text in texts:
        control.admin("POST", "/_admin/messages", json={"content": text, "threadId": thread_id})
    thread = await bmc.get_thread(thread_id)
    assert [m.text for m in thread] == [arrived["message"], *texts]
    assert len({m.external_id for m in thread}) == 105
    assert {m.sender for m in thread} == {"guest"}


async def test_conversations_between_dates(bmc: BmcClient, server: SandboxServer) -> None:
    everything, _ = await walk_threads(bmc)
    middle = everything[len(everything) // 2].last_activity
    assert middle is not None
    day = middle.date()
    same_day, _ = await walk_threads(bmc, date_from=day, date_to=day)
    expected = [t.external_id for t in everything if t.last_activity is not None and t.last_activity.date() == day]
    assert same_day and [t.external_id for t in same_day] == expected

    since_middle, _ = await walk_threads(bmc, date_from=middle)
    assert [t.external_id for t in since_middle] == [
        t.external_id for t in everything if t.last_activity is not None and t.last_activity >= middle
    ]


async def test_non_ascii_reply_round_trips(bmc: BmcClient, control: Control) -> None:
    arrived = control.admin("POST", "/_admin/leads", json={"propertyId": "prop_0002"})
    text = "¡Hola! La habitación en Gràcia está libre — 🚲 bienvenida"
    sent = await bmc.reply(arrived["threadId"], text, "prop_0002")
    assert sent.text == text
    assert (await bmc.get_thread(arrived["threadId"]))[-1].text == text
    assert (await bmc.get_property("prop_0002")).name == "Sunny Coliving Gràcia"
