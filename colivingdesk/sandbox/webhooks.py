"""Outgoing BookMyColiving webhooks: signed, fire-and-forget, never retried.

Events are queued by the state and POSTed by one daemon thread, so a slow or dead receiver never stalls an API
response. Each delivery is signed as the document says: ``X-BMC-Signature`` is the hex HMAC-SHA256 of
``f"{timestamp}.{raw_body}"`` with the webhook secret, where ``timestamp`` is the ``X-BMC-Timestamp`` value
(ISO 8601, milliseconds, ``Z``) and also the body's ``timestamp``. The body is compact JSON
``{"event", "timestamp", "data"}``.

Only the operator that owns the configured keys (the one the desktop app signs in as) has a webhook URL;
events of the second seeded operator are recorded in the log as ``skipped``. Deliveries time out after 5
seconds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import threading
from collections import deque
from typing import Any

import httpx

from .data import iso_ms, utcnow

USER_AGENT = "BookMyColiving-Webhook/1.0"
EVENTS = (
    "lead.created",
    "message.received",
    "property.created",
    "property.updated",
    "property.approved",
    "property.rejected",
    "property.deleted",
)
DELIVERY_TIMEOUT = 5.0


def sign(secret: str, timestamp: str, raw_body: bytes) -> str:
    """Hex HMAC-SHA256 over ``{timestamp}.{raw_body}``."""
    message = timestamp.encode() + b"." + raw_body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class WebhookDispatcher:
    """Builds, signs and delivers webhook events; keeps a short log for tests and ``/_admin/webhooks``."""

    def __init__(self, url: str | None, secret: str, operator_id: str) -> None:
        self.url = url
        self.secret = secret
        self.operator_id = operator_id
        self.log: deque[dict[str, Any]] = deque(maxlen=500)
        self._queue: queue.Queue[tuple[str, bytes, dict[str, str]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def build(self, event: str, data: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        timestamp = iso_ms(utcnow())
        body = json.dumps(
            {"event": event, "timestamp": timestamp, "data": data}, separators=(",", ":")
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "X-BMC-Event": event,
            "X-BMC-Timestamp": timestamp,
            "X-BMC-Signature": sign(self.secret, timestamp, body),
            "User-Agent": USER_AGENT,
        }
        return body, headers

    def publish(self, operator_id: str, event: str, data: dict[str, Any]) -> None:
        """Queue one event (called from the state, under any thread)."""
        url = self.url
        if operator_id != self.operator_id or not url:
            self.log.append({"event": event, "url": url, "status": None, "result": "skipped"})
            return
        body, headers = self.build(event, data)
        self._ensure_thread()
        self._queue.put((url, body, headers))

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        with httpx.Client(timeout=DELIVERY_TIMEOUT) as client:
            while True:
                item = self._queue.get()
                if item is None:
                    return
                url, body, headers = item
                entry: dict[str, Any] = {"event": headers["X-BMC-Event"], "url": url, "status": None}
                try:
                    response = client.post(url, content=body, headers=headers)
                    entry |= {"status": response.status_code, "result": "delivered"}
                except httpx.HTTPError as exc:
                    entry |= {"result": "failed", "error": type(exc).__name__}
                self.log.append(entry)

    async def deliver_now(self, event: str, data: dict[str, Any]) -> dict[str, Any]:
        """Deliver synchronously for POST /webhooks/test and report what happened."""
        if not self.url:
            return {"delivered": False, "status": None, "event": event, "error": "No webhook URL configured"}
        body, headers = self.build(event, data)
        try:
            async with httpx.AsyncClient(timeout=DELIVERY_TIMEOUT) as client:
                response = await client.post(self.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self.log.append({"event": event, "url": self.url, "status": None, "result": "failed"})
            return {"delivered": False, "status": None, "event": event, "error": type(exc).__name__}
        self.log.append(
            {"event": event, "url": self.url, "status": response.status_code, "result": "delivered"}
        )
        return {
            "delivered": 200 <= response.status_code < 300,
            "status": response.status_code,
            "event": event,
        }

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=DELIVERY_TIMEOUT + 1)
