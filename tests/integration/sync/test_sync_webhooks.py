"""The local webhook receiver: signed deliveries trigger a targeted refresh; forgeries and replays do nothing."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import httpx
from sync_helpers import converge

from colivingdesk.api.webhooks import sign_bmc
from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.sync import ChangeSet


def _delivery(secret: str, event: str, data: dict, at: datetime | None = None) -> tuple[bytes, dict[str, str]]:
    moment = at or datetime.now(UTC)
    timestamp = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    body = json.dumps({"event": event, "timestamp": timestamp, "data": data}).encode()
    headers = {
        "Content-Type": "application/json",
        "X-BMC-Event": event,
        "X-BMC-Timestamp": timestamp,
        "X-BMC-Signature": sign_bmc(secret, timestamp, body),
    }
    return body, headers


async def _wait_for(kind: str, service, count: int = 1) -> asyncio.Event:
    """An event set once ``count`` change sets of ``kind`` were emitted."""
    seen = asyncio.Event()
    hits = []

    def on_change(changes: ChangeSet) -> None:
        if changes.get_ids(kind):
            hits.append(changes)
            if len(hits) >= count:
                seen.set()

    service.changes.subscribe(on_change)
    return seen


async def test_sandbox_delivery_refreshes_leads(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC])
    await converge(service)
    port = await service.start_webhooks()
    server.sandbox.webhooks.url = f"http://127.0.0.1:{port}/"
    leads_changed = await _wait_for("leads", service)
    lead = server.sandbox.admin.add_lead()
    await asyncio.wait_for(leads_changed.wait(), 10)
    assert store.get_lead(lead.id) is not None

    answer = await service.send_test_webhook("lead.created")
    assert answer.get("delivered") is True and answer.get("status") == 200


async def test_forged_stale_and_replayed_deliveries_are_dropped(
    make_service, server: SandboxServer, sandbox_config: SandboxConfig
):
    service, store = make_service(channels=[Channel.BMC])
    await converge(service)
    port = await service.start_webhooks()
    url = f"http://127.0.0.1:{port}/"
    thread = server.state.threads[("op_0001", "usr_0001")]
    server.state.tenant_message("op_0001", thread.thread_id, "Webhook hello", None)
    data = {"threadId": thread.thread_id, "propertyId": thread.property_id}
    secret = sandbox_config.webhook_secret
    async with httpx.AsyncClient() as client:
        body, headers = _delivery("not-the-secret", "message.received", data)
        assert (await client.post(url, content=body, headers=headers)).status_code == 401
        body, headers = _delivery(secret, "message.received", data, datetime.now(UTC) - timedelta(minutes=6))
        assert (await client.post(url, content=body, headers=headers)).status_code == 401
        assert "Webhook hello" not in [m.text for m in store.messages_for_thread(Channel.BMC, thread.thread_id)]

        messages_changed = await _wait_for("messages", service)
        body, headers = _delivery(secret, "message.received", data)
        first = await client.post(url, content=body, headers=headers)
        assert first.status_code == 200 and first.json() == {"status": "accepted"}
        await asyncio.wait_for(messages_changed.wait(), 10)
        assert "Webhook hello" in [m.text for m in store.messages_for_thread(Channel.BMC, thread.thread_id)]

        replay = await client.post(url, content=body, headers=headers)
        assert replay.status_code == 200 and replay.json() == {"status": "duplicate delivery ignored"}
        assert (await client.get(url)).status_code == 405
