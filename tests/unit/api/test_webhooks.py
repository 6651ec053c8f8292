"""BookMyColiving webhook signing and verification, following the document's Node example."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import pytest
from apitestkit import sample

from colivingdesk.api.errors import UnexpectedResponse
from colivingdesk.api.webhooks import WebhookEvent, parse_bmc_event, sign_bmc, verify_bmc

SECRET = "whsec_test_secret"
TS = "2026-04-25T10:00:00.000Z"
NOW = datetime(2026, 4, 25, 10, 1, tzinfo=UTC)
BODY = json.dumps(sample("bmc", "webhook_lead_created"), separators=(",", ":")).encode()


def headers(signature: str | None = None, timestamp: str | None = TS) -> dict[str, str]:
    out = {
        "Content-Type": "application/json",
        "X-BMC-Event": "lead.created",
        "User-Agent": "BookMyColiving-Webhook/1.0",
    }
    if timestamp is not None:
        out["X-BMC-Timestamp"] = timestamp
    out["X-BMC-Signature"] = signature if signature is not None else sign_bmc(SECRET, timestamp or TS, BODY)
    return out


def test_sign_matches_hmac_over_timestamp_dot_body() -> None:
    expected = hmac.new(SECRET.encode(), f"{TS}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign_bmc(SECRET, TS, BODY) == expected and len(expected) == 64


def test_good_signature_verifies() -> None:
    assert verify_bmc(BODY, headers(), SECRET, now=NOW) is True


def test_header_lookup_is_case_insensitive() -> None:
    lower = {k.lower(): v for k, v in headers().items()}
    upper = {k.upper(): v for k, v in headers().items()}
    assert verify_bmc(BODY, lower, SECRET, now=NOW) and verify_bmc(BODY, upper, SECRET, now=NOW.timestamp())


def test_bad_signature_is_rejected() -> None:
    assert not verify_bmc(BODY, headers(signature="0" * 64), SECRET, now=NOW)
    assert not verify_bmc(BODY, headers(signature="short"), SECRET, now=NOW)
    assert not verify_bmc(BODY, headers(signature="é" * 64), SECRET, now=NOW)
    assert not verify_bmc(BODY, headers(), "another-secret", now=NOW)


def test_tampered_body_is_rejected() -> None:
    tampered = BODY.replace(b"Jane Smith", b"Jane Smyth")
    assert not verify_bmc(tampered, headers(), SECRET, now=NOW)


def test_signature_over_a_different_timestamp_is_rejected() -> None:
    other = "2026-04-25T10:00:30.000Z"
    h = headers()
    h["X-BMC-Timestamp"] = other  # a replayed signature with a refreshed timestamp
    assert not verify_bmc(BODY, h, SECRET, now=NOW)


@pytest.mark.parametrize(
    ("offset", "ok"),
    [
        (timedelta(minutes=4, seconds=59), True),
        (timedelta(minutes=5), True),
        (timedelta(minutes=5, seconds=1), False),
        (timedelta(hours=2), False),
        (-timedelta(minutes=4), True),
        (-timedelta(minutes=5, seconds=1), False),  # from the future
    ],
)
def test_timestamp_window(offset: timedelta, ok: bool) -> None:
    now = datetime(2026, 4, 25, 10, 0, tzinfo=UTC) + offset
    assert verify_bmc(BODY, headers(), SECRET, now=now) is ok


def test_missing_or_garbled_headers_are_rejected() -> None:
    no_sig = headers()
    del no_sig["X-BMC-Signature"]
    assert not verify_bmc(BODY, no_sig, SECRET, now=NOW)
    assert not verify_bmc(BODY, headers(timestamp=None), SECRET, now=NOW)
    garbled = "yesterday-ish"
    assert not verify_bmc(
        BODY, headers(signature=sign_bmc(SECRET, garbled, BODY), timestamp=garbled), SECRET, now=NOW
    )
    assert not verify_bmc(BODY, headers(), "", now=NOW)


def test_parse_event() -> None:
    event = parse_bmc_event(BODY)
    assert event == WebhookEvent(
        event="lead.created", timestamp=TS, data=sample("bmc", "webhook_lead_created")["data"]
    )
    assert event.known


def test_parse_unknown_event_is_kept() -> None:
    event = parse_bmc_event(b'{"event": "booking.created", "timestamp": "x", "data": {"id": 1}}')
    assert event.event == "booking.created" and not event.known


@pytest.mark.parametrize("raw", [b"not json", b"[]", b'{"data": {}}'])
def test_parse_garbage(raw: bytes) -> None:
    with pytest.raises(UnexpectedResponse):
        parse_bmc_event(raw)
