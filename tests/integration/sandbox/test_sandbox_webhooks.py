"""Webhooks: signed deliveries to a tiny local receiver (moderation, leads, messages, /webhooks/test)."""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from colivingdesk.sandbox import SandboxServer

SECRET = "whsec_demo"
WAIT = 10.0


class Receiver:
    """Collects deliveries as (headers, raw body)."""

    def __init__(self) -> None:
        self.deliveries: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()
        received = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                received.put(({k.lower(): v for k, v in self.headers.items()}, raw))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def next_event(self, event: str) -> tuple[dict[str, str], bytes]:
        while True:
            headers, raw = self.deliveries.get(timeout=WAIT)
            if headers["x-bmc-event"] == event:
                return headers, raw


@pytest.fixture
def receiver(server: SandboxServer) -> Iterator[Receiver]:
    hook = Receiver()
    hook.thread.start()
    httpx.put(f"{server.base_url}/_control", json={"webhook_url": hook.url})
    yield hook
    hook.httpd.shutdown()
    hook.httpd.server_close()


def verify(headers: dict[str, str], raw: bytes) -> Any:
    timestamp = headers["x-bmc-timestamp"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", timestamp)
    age = datetime.now(UTC) - datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    assert abs(age.total_seconds()) < 300
    expected = hmac.new(SECRET.encode(), f"{timestamp}.".encode() + raw, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, headers["x-bmc-signature"])
    assert headers["user-agent"] == "BookMyColiving-Webhook/1.0"
    assert headers["content-type"] == "application/json"
    body = json.loads(raw)
    assert set(body) == {"event", "timestamp", "data"}
    assert body["event"] == headers["x-bmc-event"] and body["timestamp"] == timestamp
    return body


def test_moderation_events_are_signed(
    receiver: Receiver, bmc: httpx.Client, admin: httpx.Client, property_body: Callable[..., Any]
) -> None:
    pid = bmc.post("/properties", json=property_body(name="Webhook House")).json()["id"]
    created = verify(*receiver.next_event("property.created"))
    assert created["data"]["id"] == pid
    admin.post(f"/_admin/properties/{pid}/reject", json={"notes": "Needs more photos"})
    rejected = verify(*receiver.next_event("property.rejected"))
    assert rejected["data"]["adminNotes"] == "Needs more photos"
    bmc.post(f"/properties/{pid}/submit")
    verify(*receiver.next_event("property.updated"))
    admin.post(f"/_admin/properties/{pid}/approve")
    assert verify(*receiver.next_event("property.approved"))["data"]["status"] == "APPROVED"
    bmc.delete(f"/properties/{pid}")
    verify(*receiver.next_event("property.deleted"))


def test_lead_and_message_events(receiver: Receiver, admin: httpx.Client) -> None:
    lead = admin.post("/_admin/leads", json={}).json()
    body = verify(*receiver.next_event("lead.created"))
    assert body["data"]["id"] == lead["id"]
    assert {"propertyId", "guestName", "guestEmail"} <= set(body["data"])
    admin.post("/_admin/messages", json={"threadId": lead["threadId"], "content": "Still available?"})
    message = verify(*receiver.next_event("message.received"))
    assert message["data"]["content"] == "Still available?"


def test_webhooks_test_endpoint(receiver: Receiver, bmc: httpx.Client) -> None:
    result = bmc.post("/webhooks/test", json={"event": "property.approved"})
    assert result.status_code == 200
    assert result.json() == {"delivered": True, "status": 204, "event": "property.approved"}
    verify(*receiver.next_event("property.approved"))
    assert bmc.post("/webhooks/test", json={"event": "nope"}).status_code == 400
    assert bmc.post("/webhooks/test").json()["event"] == "lead.created"


def test_webhooks_test_without_url(bmc: httpx.Client) -> None:
    assert bmc.post("/webhooks/test", json={}).status_code == 400


def test_slow_receiver_never_stalls_api(
    server: SandboxServer, admin: httpx.Client, bmc: httpx.Client
) -> None:
    release = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            release.wait(WAIT)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    try:
        admin.put("/_control", json={"webhook_url": f"http://127.0.0.1:{httpd.server_address[1]}/"})
        # Both calls answer while the receiver is still holding the first delivery.
        assert admin.post("/_admin/leads", json={}).status_code == 200
        assert bmc.get("/leads").status_code == 200
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
