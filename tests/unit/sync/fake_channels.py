"""Tiny in-memory stand-ins for both channels behind ``httpx.MockTransport``, timed by a fake clock.

They implement only what the sync tests need, with the knobs the sandbox does not offer: exclusive
``updated_after`` comparison, and a reply window that follows the fake clock.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from colivingdesk.sync.clock import FakeClock


@dataclass
class FakeBmc:
    clock: FakeClock
    key: str = "bmc_key"
    reply_cap: int = 60
    replies: list[dict[str, Any]] = field(default_factory=list)
    reply_times: list[float] = field(default_factory=list)
    seen_keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    status_override: int | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    #: Endpoint paths (e.g. "/leads") answering 429 with this many seconds of Retry-After, and a budget at 0.
    limited: dict[str, int] = field(default_factory=dict)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        wait = self.limited.get(request.url.path.removeprefix("/api/v1"))
        if wait is not None:
            reset = str(math.ceil(self.clock.now().timestamp() + wait))
            headers = {"Retry-After": str(wait), "X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0",
                       "X-RateLimit-Reset": reset}
            return httpx.Response(429, json={"error": "Rate limit exceeded"}, headers=headers)
        if request.headers.get("x-api-key") != self.key:
            return httpx.Response(401, json={"error": "Invalid API key"})
        if self.status_override is not None:
            return httpx.Response(self.status_override, json={"error": "fault"}, headers={"Retry-After": "30"})
        path = request.url.path.removeprefix("/api/v1")
        match = re.fullmatch(r"/messages/([^/]+)", path)
        if request.method == "POST" and match:
            return self._reply(request, match.group(1))
        if request.method == "GET":
            return httpx.Response(
                200, json={"data": [], "pagination": {"page": 1, "limit": 100, "total": 0, "totalPages": 0}}
            )
        return httpx.Response(404, json={"error": "not found"})

    def _reply(self, request: httpx.Request, thread_id: str) -> httpx.Response:
        now = self.clock.now().timestamp()
        self.reply_times = [t for t in self.reply_times if t > now - 3600]
        key = request.headers.get("idempotency-key", "")
        reset = math.ceil((self.reply_times[0] if self.reply_times else now) + 3600)
        if key in self.seen_keys:
            return httpx.Response(201, json=self.seen_keys[key], headers={"Idempotent-Replayed": "true"})
        if len(self.reply_times) >= self.reply_cap:
            headers = {"X-RateLimit-Limit": str(self.reply_cap), "X-RateLimit-Remaining": "0",
                       "X-RateLimit-Reset": str(reset), "Retry-After": str(max(1, reset - int(now)))}
            return httpx.Response(429, json={"error": "Rate limit exceeded"}, headers=headers)
        self.reply_times.append(now)
        body = json.loads(request.content)
        message = {"id": f"msg_{len(self.replies) + 1}", "threadId": thread_id, "content": body["content"],
                   "senderType": "OPERATOR", "createdAt": self.clock.now().isoformat()}
        self.replies.append(message)
        self.seen_keys[key] = message
        headers = {"X-RateLimit-Limit": str(self.reply_cap),
                   "X-RateLimit-Remaining": str(self.reply_cap - len(self.reply_times)),
                   "X-RateLimit-Reset": str(math.ceil(self.reply_times[0] + 3600))}
        return httpx.Response(201, json=message, headers=headers)


@dataclass
class FakeColiving:
    """Bookings compared with ``version > updated_after`` (exclusive), the reading that loses data if a client
    re-requests from its newest version only."""

    key: str = "col_key"
    bookings: dict[int, dict[str, Any]] = field(default_factory=dict)
    messages: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    status_override: int | None = None
    retry_after: int = 30
    #: Times host messages are stamped with when sent (``POST /bookings/{id}/messages``); None refuses them.
    clock: FakeClock | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.headers.get("x-api-key") != self.key:
            return _col_error(401, "auth_error", "Invalid API key")
        posted = re.fullmatch(r"/v1/bookings/(\d+)/messages", request.url.path)
        if request.method == "POST" and posted and self.clock is not None:
            return self._post_message(int(posted.group(1)), json.loads(request.content)["message"]["text"])
        if self.status_override == 429:
            body = {"error": {"type": "rate_limit_error", "message": "Rate limit exceeded.", "errors": [
                {"path": "retry_after", "code": "rate_limited", "message": str(self.retry_after)}]}}
            return httpx.Response(429, json=body)
        path = request.url.path.removeprefix("/v1")
        if path == "/me":
            return httpx.Response(200, json={"data": {"name": "Jane Cooper"}, "meta": {"request_id": "r"}})
        if path == "/integrations/mangobeds/bookings":
            after = request.url.params.get("updated_after")
            rows = sorted(
                (b for b in self.bookings.values() if after is None or b["version"] > after),
                key=lambda b: (b["version"], b["booking_id"]),
            )
            return _page({"Bookings": rows}, len(rows))
        match = re.fullmatch(r"/integrations/mangobeds/bookings/(\d+)", path)
        if match:
            booking = dict(self.bookings[int(match.group(1))])
            booking["guest"] = {"name": "Alex"}
            return httpx.Response(200, json={"data": {"Booking": booking}, "meta": {"request_id": "r"}})
        match = re.fullmatch(r"/bookings/(\d+)/messages", path)
        if match:
            rows = self.messages.get(int(match.group(1)), [])
            return _page({"messages": rows}, len(rows))
        return _col_error(404, "not_found", "Not found")


    def _post_message(self, booking_id: int, text: str) -> httpx.Response:
        assert self.clock is not None
        thread = self.messages.setdefault(booking_id, [])
        message = {"id": f"m{booking_id}_{len(thread) + 1}", "sender": "host", "sender_name": "Host", "text": text,
                   "is_seen": False, "created_at": self.clock.now().isoformat()}
        thread.append(message)
        return httpx.Response(201, json={"data": {"message": message}, "meta": {"request_id": "r"}})


def _page(data: dict[str, Any], total: int) -> httpx.Response:
    meta = {"request_id": "r", "pagination": {"current_page": 1, "per_page": 100, "total": total,
                                              "last_page": 1, "from": 1 if total else None, "to": total or None}}
    return httpx.Response(200, json={"data": data, "meta": meta})


def _col_error(status: int, kind: str, message: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"type": kind, "message": message, "request_id": "r",
                                                  "errors": []}})


def booking(ident: int, version: str, status: str = "confirmed", checkout: str = "2099-01-31") -> dict[str, Any]:
    return {"booking_id": ident, "listing_id": 5325, "room_type_id": 38753, "status": status,
            "checkin_at": "2099-01-01", "checkout_at": checkout, "version": version}
