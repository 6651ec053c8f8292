"""Coliving.com: both auth styles, envelopes, validation paths, ownership, feed paging, versions, messages."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from colivingdesk.sandbox import SandboxConfig, SandboxServer

COLIVING_KEY = "your_api_key_here"
OTHER_COLIVING_KEY = "coliving_other_key"


def error_of(response: httpx.Response) -> Any:
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"type", "message", "request_id", "errors"}
    return error


def test_both_auth_styles_and_401(server: SandboxServer) -> None:
    url = f"{server.coliving_base_url}/me"
    for headers in ({"X-API-Key": COLIVING_KEY}, {"Authorization": f"Bearer {COLIVING_KEY}"}):
        response = httpx.get(url, headers=headers)
        assert response.status_code == 200
        assert response.json()["data"]["email"] == "demohost@palmesus.no"
        assert response.json()["meta"]["request_id"].startswith("req_")
    for headers in (
        {},
        {"X-API-Key": "bad"},
        {"Authorization": "Bearer bad"},
        {"Authorization": COLIVING_KEY},
    ):
        response = httpx.get(url, headers=headers)
        assert response.status_code == 401
        assert error_of(response)["type"] == "auth_error"


def test_unsupported_provider(coliving: httpx.Client) -> None:
    response = coliving.get("/integrations/acme/bookings")
    assert response.status_code == 404 and error_of(response)["type"] == "unsupported_provider"


def test_provider_key_states_and_conflict(coliving: httpx.Client, server: SandboxServer) -> None:
    server.state.hosts[6368].provider_key = None
    server.state.hosts[7001].provider_key = "mb_taken_by_other_1"
    path = "/integrations/mangobeds/provider-key"
    statuses = [
        coliving.post(path, json={"provider_api_key": key}).json()["data"]["status"]
        for key in ("mb_provider_key_123456789", "mb_provider_key_123456789", "mb_provider_key_987654321")
    ]
    assert statuses == ["created", "unchanged", "updated"]
    conflict = coliving.post(path, json={"provider_api_key": "mb_taken_by_other_1"})
    assert conflict.status_code == 409 and error_of(conflict)["type"] == "conflict"
    missing = coliving.post(path, json={})
    assert missing.status_code == 422
    assert error_of(missing)["errors"] == [
        {"path": "provider_api_key", "code": "required", "message": "The provider_api_key field is required."}
    ]
    assert coliving.post(path, json={"provider_api_key": "short"}).status_code == 422


def test_availability_paths(coliving: httpx.Client, server: SandboxServer) -> None:
    path = "/integrations/mangobeds/availability"
    item = {
        "listing_id": "5325",
        "room_type_id": "38753",
        "available": 3,
        "start_date": "2026-05-01",
        "end_date": "2026-05-31",
    }
    ok = coliving.post(path, json={"data": [item]})
    assert ok.status_code == 200 and ok.json()["data"] == {"message": "Availability updated successfully"}

    bad = coliving.post(path, json={"data": [item, {**item, "available": -1}]})
    assert bad.status_code == 422
    assert [e["path"] for e in error_of(bad)["errors"]] == ["data.1.available"]
    missing = coliving.post(path, json={"data": [{"listing_id": 5325, "room_type_id": 38753}]})
    assert error_of(missing)["errors"][0] == {
        "path": "data.0.available",
        "code": "required",
        "message": "The data.0.available field is required.",
    }

    other = httpx.post(
        server.coliving_base_url + path, json={"data": [item]}, headers={"X-API-Key": OTHER_COLIVING_KEY}
    )
    assert other.status_code == 403
    assert error_of(other)["errors"] == [
        {"path": "unauthorized_listing_ids.0", "code": "forbidden", "message": "5325"}
    ]

    wrong_room = coliving.post(path, json={"data": [{**item, "room_type_id": "999"}]})
    assert wrong_room.status_code == 400
    error = error_of(wrong_room)
    assert error["type"] == "validation_error" and error["errors"][0]["path"] == "invalid_room_types"
    assert '"room_type_id":"999"' in error["errors"][0]["message"]


def test_rates_validation_and_background_apply(coliving: httpx.Client, admin: httpx.Client) -> None:
    path = "/integrations/mangobeds/rates"
    bad = coliving.post(
        path, json={"data": [{"listing_id": "5325", "room_type_id": "38753", "base_price": -5}]}
    )
    assert bad.status_code == 422
    assert error_of(bad)["errors"] == [
        {"path": "data.0.base_price", "code": "invalid", "message": "The base_price must be at least 0."}
    ]
    currency = coliving.post(
        path,
        json={"data": [{"listing_id": 5325, "room_type_id": 38753, "base_price": 5, "currency": "EURO"}]},
    )
    assert currency.status_code == 422 and error_of(currency)["errors"][0]["path"] == "data.0.currency"

    accepted = coliving.post(
        path,
        json={
            "data": [{"listing_id": "22228", "room_type_id": "66714", "base_price": 1777, "currency": "GBP"}]
        },
    )
    assert accepted.json()["data"]["message"] == "Rates update accepted for background processing"
    assert admin.get("/_admin/coliving/rates").json()[-1]["status"] == "accepted"
    assert admin.post("/_admin/coliving/rates/apply").json()["applied"] >= 1
    assert admin.get("/_admin/coliving/rates").json()[-1]["status"] == "applied"
    listing = next(lst for lst in admin.get("/_admin/coliving/listings").json() if lst["id"] == 22228)
    room = next(rt for rt in listing["room_types"] if rt["id"] == 66714)
    assert room["prices"]["base_price"] == 1777


def test_rates_applied_by_background_step() -> None:
    with SandboxServer(SandboxConfig(rates_apply_seconds=0.05)) as running:
        response = httpx.post(
            f"{running.coliving_base_url}/integrations/mangobeds/rates",
            json={"data": [{"listing_id": 5325, "room_type_id": 38753, "base_price": 999}]},
            headers={"X-API-Key": COLIVING_KEY},
        )
        assert response.status_code == 200
        for _ in range(200):
            if running.state.rate_updates[-1].status == "applied":
                break
            time.sleep(0.05)
        assert running.state.rate_updates[-1].status == "applied"
        assert running.state.listings[5325].room_types[38753].prices["base_price"] == 999


def test_bookings_feed_paging(coliving: httpx.Client) -> None:
    path = "/integrations/mangobeds/bookings"
    first = coliving.get(path, params={"per_page": 7}).json()
    meta = first["meta"]["pagination"]
    assert set(meta) == {"current_page", "per_page", "total", "last_page", "from", "to"}
    assert meta["from"] == 1 and meta["to"] == 7 and meta["last_page"] == -(-meta["total"] // 7)
    seen = []
    for page in range(1, meta["last_page"] + 1):
        body = coliving.get(path, params={"per_page": 7, "page": page}).json()
        seen += body["data"]["Bookings"]
    assert len(seen) == meta["total"] == len({b["booking_id"] for b in seen})
    versions = [b["version"] for b in seen]
    assert versions == sorted(versions)
    assert coliving.get(path).json()["meta"]["pagination"]["per_page"] == 50

    for bad in (
        {"per_page": 101},
        {"per_page": 0},
        {"page": 0},
        {"updated_after": "16/02/2026"},
        {"updated_after": "2026-02-16T10:00:00"},
        {"checkout_after": "soon"},
    ):
        response = coliving.get(path, params=bad)
        assert response.status_code == 422, bad
        assert error_of(response)["errors"][0]["path"] == next(iter(bad))

    empty = coliving.get(path, params={"updated_after": "2099-01-01"}).json()
    assert empty["data"]["Bookings"] == [] and empty["meta"]["pagination"]["total"] == 0
    assert coliving.get(path, params={"updated_after": "2020-01-01 00:00:00"}).status_code == 200

    only = coliving.get(path, params={"listing_id": 22228, "per_page": 100}).json()["data"]["Bookings"]
    assert only and all(b["listing_id"] == 22228 for b in only)
    for listing in ("9100", "123456"):
        response = coliving.get(path, params={"listing_id": listing})
        assert response.status_code == 404 and error_of(response)["type"] == "not_found"


def test_checkout_after_filter(coliving: httpx.Client) -> None:
    rows = coliving.get(
        "/integrations/mangobeds/bookings", params={"checkout_after": "2026-12-31", "per_page": 100}
    )
    assert all(b["checkout_at"] >= "2026-12-31" for b in rows.json()["data"]["Bookings"])


def test_version_bumps_on_change_and_updated_after_is_inclusive(
    coliving: httpx.Client, admin: httpx.Client
) -> None:
    detail = coliving.get("/integrations/mangobeds/bookings/8822").json()["data"]["Booking"]
    before = detail["meta"]["version"]
    changed = admin.patch("/_admin/coliving/bookings/8822", json={"notes": "Now arriving at noon"}).json()
    after = changed["meta"]["version"]
    assert after > before
    feed = coliving.get("/integrations/mangobeds/bookings", params={"updated_after": after}).json()
    rows = feed["data"]["Bookings"]
    assert 8822 in [b["booking_id"] for b in rows]
    assert all(b["version"] >= after for b in rows)
    assert (
        coliving.get("/integrations/mangobeds/bookings/8822").json()["data"]["Booking"]["notes"]
        == "Now arriving at noon"
    )


def test_booking_detail_and_ownership(coliving: httpx.Client, server: SandboxServer) -> None:
    booking = coliving.get("/integrations/mangobeds/bookings/8821").json()["data"]["Booking"]
    assert booking["booking_id"] == 8821 and booking["listing_id"] in (5325, 22228)
    assert set(booking["meta"]) == {"version", "created_at", "updated_at"}
    for booking_id in (9501, 1, "abc"):
        response = coliving.get(f"/integrations/mangobeds/bookings/{booking_id}")
        assert response.status_code == 404 and error_of(response)["type"] == "not_found"


def test_booking_messages_and_closed_conversation(coliving: httpx.Client, server: SandboxServer) -> None:
    open_booking = next(
        b for b in server.state.bookings.values() if b.host_id == 6368 and b.status != "cancelled"
    )
    cancelled = next(
        b for b in server.state.bookings.values() if b.host_id == 6368 and b.status == "cancelled"
    )
    path = f"/bookings/{open_booking.booking_id}/messages"
    created = coliving.post(path, json={"message": {"text": "Hi Alex, check-in is possible after 3 PM."}})
    assert created.status_code == 201
    message = created.json()["data"]["message"]
    assert message["sender"] == "host" and message["is_seen"] is False

    listed = coliving.get(path, params={"per_page": 100}).json()
    ids = [m["id"] for m in listed["data"]["messages"]]
    assert ids[-1] == message["id"]
    keys = [(m["created_at"], m["id"]) for m in listed["data"]["messages"]]
    assert keys == sorted(keys)

    empty = coliving.post(path, json={"message": {"text": ""}})
    assert empty.status_code == 422 and error_of(empty)["errors"][0]["path"] == "message.text"
    closed = coliving.post(f"/bookings/{cancelled.booking_id}/messages", json={"message": {"text": "Hello?"}})
    assert closed.status_code == 409 and error_of(closed)["type"] == "conflict"

    assert coliving.get("/bookings/9501/messages").status_code == 403
    assert coliving.get("/bookings/1/messages").status_code == 404
    assert coliving.get(path, params={"per_page": 500}).status_code == 422


@pytest.mark.parametrize("status", ["confirmed", "cancelled"])
def test_status_change_is_visible_in_feed(coliving: httpx.Client, admin: httpx.Client, status: str) -> None:
    changed = admin.patch("/_admin/coliving/bookings/8830", json={"status": status}).json()
    feed = coliving.get(
        "/integrations/mangobeds/bookings", params={"updated_after": changed["meta"]["version"]}
    )
    row = next(b for b in feed.json()["data"]["Bookings"] if b["booking_id"] == 8830)
    assert row["status"] == status and row["version"] == changed["meta"]["version"]
