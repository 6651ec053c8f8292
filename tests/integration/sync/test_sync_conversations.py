"""Coliving.com conversations over real HTTP: guests writing at once all reach the cache in one cycle, a first
sync reads every open conversation, and ended stays wait for spare budget unless the user opens them.

The Service runs on a fake clock that starts now, so its 60-a-minute limiter and "a minute later" cost no
real time; the sandbox's own limits are off (the client paces itself)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from colivingdesk.domain import Channel, Message
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import Store
from colivingdesk.sync.clock import FakeClock

DEMO_HOST = 6368


def open_bookings(server: SandboxServer) -> list[int]:
    today = datetime.now(UTC).date()
    return sorted(
        b.booking_id
        for b in server.state.bookings.values()
        if b.host_id == DEMO_HOST and b.status != "cancelled" and b.checkout >= today
    )


def keep_open(server: SandboxServer, count: int) -> list[int]:
    """Cancel the demo host's open bookings beyond the first ``count``; returns those left open."""
    mine = open_bookings(server)
    for booking_id in mine[count:]:
        server.sandbox.admin.change_booking(booking_id, status="cancelled")
    return mine[:count]


def server_messages(server: SandboxServer, config: SandboxConfig, booking_id: int) -> set[str]:
    with httpx.Client(base_url=server.coliving_base_url + "/", headers={"X-API-Key": config.coliving_key}) as col:
        body = col.get(f"bookings/{booking_id}/messages", params={"per_page": 100}).raise_for_status().json()
    return {str(m["id"]) for m in body["data"]["messages"]}


def stored_messages(store: Store, booking_id: int) -> dict[str, str]:
    return {
        m.external_id: m.text
        for m in store.messages_for_thread(Channel.COLIVING, str(booking_id))
        if isinstance(m, Message)
    }


def coliving_service(make_service: Any, clock: FakeClock, **kwargs: Any) -> Any:
    kwargs.setdefault("coliving_requests_per_minute", 60)
    kwargs.setdefault("max_details_per_cycle", 10)
    kwargs.setdefault("max_booking_messages_per_cycle", None)
    return make_service(channels=[Channel.COLIVING], clock=clock, **kwargs)


async def test_ten_guests_writing_at_once_all_reach_the_cache_in_one_cycle(make_service, server: SandboxServer):
    booking_ids = keep_open(server, 14)
    clock = FakeClock(datetime.now(UTC))
    service, store = coliving_service(make_service, clock)
    await service.sync_once()

    writers = booking_ids[:10]
    for n, booking_id in enumerate(writers):
        server.sandbox.admin.guest_message(booking_id, f"Question {n} from booking {booking_id}")
    clock.advance(60)
    report = await service.sync_once()

    assert report.ok, report.errors
    assert report.changed.get("messages") == 10
    for n, booking_id in enumerate(writers):
        assert f"Question {n} from booking {booking_id}" in stored_messages(store, booking_id).values()
    coverage = report.conversations["coliving"]
    assert coverage["waiting"] == 0 and coverage["read"] >= 14
    assert report.requests["coliving"] <= 60 - 10  # the headroom stayed free


async def test_first_sync_of_the_demo_caches_every_open_conversation(
    make_service, server: SandboxServer, sandbox_config: SandboxConfig
):
    clock = FakeClock(datetime.now(UTC))
    service, store = coliving_service(make_service, clock)
    report = await service.sync_once()

    assert report.ok, report.errors
    booking_ids = open_bookings(server)
    assert booking_ids
    for booking_id in booking_ids:
        assert set(stored_messages(store, booking_id)) == server_messages(server, sandbox_config, booking_id)
        assert store.conversation_read_at(str(booking_id)) is not None
    assert report.conversations["coliving"]["waiting"] == 0


async def test_ended_stay_waits_for_spare_budget_and_is_read_when_opened(make_service, server: SandboxServer):
    keep_open(server, 14)
    today = datetime.now(UTC).date()
    ended = next(b for b in server.state.bookings.values() if b.host_id == DEMO_HOST and b.status != "cancelled")
    server.sandbox.admin.change_booking(
        ended.booking_id, status="confirmed", checkin=today - timedelta(days=40), checkout=today - timedelta(days=5)
    )
    server.sandbox.admin.guest_message(ended.booking_id, "Is my deposit on its way?")
    # Twenty requests a minute: ten after the headroom, fewer than the fourteen open conversations.
    clock = FakeClock(datetime.now(UTC))
    service, store = coliving_service(make_service, clock, coliving_requests_per_minute=20, max_details_per_cycle=0)
    for _ in range(4):
        report = await service.sync_once()
        assert report.ok, report.errors
        assert report.conversations["coliving"]["waiting"] > 0
        clock.advance(60)
    assert store.conversation_read_at(str(ended.booking_id)) is None
    assert "Is my deposit on its way?" not in stored_messages(store, ended.booking_id).values()

    service.focus("bookings", str(ended.booking_id))
    await service.sync_once()
    assert "Is my deposit on its way?" in stored_messages(store, ended.booking_id).values()
