"""BookMyColiving webhook signatures, exactly as the document's Node example checks them.

Signature: hex HMAC-SHA256 with the webhook secret (not the API key) over ``f"{timestamp}.{raw_body}"``, where
the timestamp is the ``X-BMC-Timestamp`` header (ISO 8601). Deliveries more than 5 minutes away from now, in
either direction, are rejected (the Node example uses ``Math.abs``). The comparison is constant-time. Always
verify the raw bytes as received: re-serialised JSON would not match. A webhook is a hint; polling remains the
truth.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .errors import UnexpectedResponse

SIGNATURE_HEADER = "x-bmc-signature"
TIMESTAMP_HEADER = "x-bmc-timestamp"
EVENT_HEADER = "x-bmc-event"
TOLERANCE_SECONDS = 300.0

#: The document's webhook events, in its order (what ``POST /webhooks/test`` may be asked to fire).
EVENTS = (
    "lead.created",
    "message.received",
    "property.created",
    "property.updated",
    "property.approved",
    "property.rejected",
    "property.deleted",
)
KNOWN_EVENTS = frozenset(EVENTS)


def _key(secret: str | bytes) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def sign_bmc(secret: str | bytes, timestamp: str, raw_body: bytes) -> str:
    """The ``X-BMC-Signature`` value for a delivery (used by the sandbox-free tests and by ``verify_bmc``)."""
    message = timestamp.encode("utf-8") + b"." + raw_body
    return hmac.new(_key(secret), message, hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _timestamp_seconds(value: str) -> float | None:
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def verify_bmc(
    raw_body: bytes,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    now: float | datetime | None = None,
    tolerance: float = TOLERANCE_SECONDS,
) -> bool:
    """True only for a correctly signed, fresh delivery; any missing or garbled header is a rejection."""
    signature = _header(headers, SIGNATURE_HEADER)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    if not signature or not timestamp or not secret:
        return False
    sent_at = _timestamp_seconds(timestamp)
    if sent_at is None:
        return False
    if now is None:
        current = time.time()
    elif isinstance(now, datetime):
        current = (now if now.tzinfo else now.replace(tzinfo=UTC)).timestamp()
    else:
        current = float(now)
    if abs(current - sent_at) > tolerance:
        return False
    expected = sign_bmc(secret, timestamp, raw_body)
    try:
        given = signature.strip().encode("ascii")
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(expected.encode("ascii"), given)


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """``{event, timestamp, data}``; an ``event`` not in ``KNOWN_EVENTS`` is kept, not refused."""

    event: str
    timestamp: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.event in KNOWN_EVENTS


def parse_bmc_event(raw_body: bytes) -> WebhookEvent:
    """Read a (verified) delivery body; raises ``UnexpectedResponse`` when it is not an event object."""
    try:
        body = json.loads(raw_body)
    except ValueError as err:
        raise UnexpectedResponse(
            "BookMyColiving sent a webhook that is not JSON.", channel="BookMyColiving"
        ) from err
    if not isinstance(body, dict) or not isinstance(body.get("event"), str):
        raise UnexpectedResponse(
            "BookMyColiving sent a webhook without an event name.", channel="BookMyColiving"
        )
    data = body.get("data")
    timestamp = body.get("timestamp")
    return WebhookEvent(
        event=body["event"],
        timestamp=timestamp if isinstance(timestamp, str) else "",
        data=data if isinstance(data, dict) else {},
    )
