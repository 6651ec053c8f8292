"""The receiver's own HTTP handling: it answers bad requests itself and hands only verified events on."""

from __future__ import annotations

import asyncio

import httpx

from colivingdesk.api.webhooks import WebhookEvent
from colivingdesk.sync.webhooks import MAX_BODY_BYTES, WebhookReceiver


async def test_receiver_answers_bad_requests_and_dispatches_accepted_events():
    received: list[WebhookEvent] = []
    arrived = asyncio.Event()

    def verify(raw: bytes, headers: dict[str, str]) -> WebhookEvent | tuple[int, str]:
        if headers.get("x-test") != "ok":
            return 401, "nope"
        return WebhookEvent("lead.created", "", {"id": raw.decode()})

    def on_event(event: WebhookEvent) -> None:
        received.append(event)
        arrived.set()

    receiver = WebhookReceiver(verify, on_event)
    port = await receiver.start()
    url = f"http://127.0.0.1:{port}/hook"
    try:
        async with httpx.AsyncClient() as client:
            assert (await client.post(url, content=b"x")).status_code == 401
            assert (await client.post(url, content=b"x" * (MAX_BODY_BYTES + 1))).status_code == 413
            assert (await client.put(url, content=b"x")).status_code == 405
            ok = await client.post(url, content=b"lead_1", headers={"X-Test": "ok"})
            assert ok.status_code == 200
        await asyncio.wait_for(arrived.wait(), 5)
        assert [e.data["id"] for e in received] == ["lead_1"]
    finally:
        await receiver.aclose()
    assert receiver.host == "127.0.0.1"
