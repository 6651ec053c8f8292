"""Feeds against the sandbox: a first sync matches the server, cursors resume, quiet cycles stay cheap."""

from __future__ import annotations

from datetime import UTC, datetime

from sync_helpers import assert_store_matches, converge, server_truth

from colivingdesk.domain import Channel
from colivingdesk.headless_output import _records
from colivingdesk.sandbox import SandboxConfig, SandboxServer


async def test_first_sync_matches_the_server(make_service, server: SandboxServer, sandbox_config: SandboxConfig):
    service, store = make_service()
    await converge(service)
    assert_store_matches(store, server_truth(server, sandbox_config))
    for channel in (Channel.BMC, Channel.COLIVING):
        status = service.status(channel)
        assert status.state == "up_to_date"
        assert status.last_synced_at is not None
    assert {b.label for b in service.status(Channel.BMC).budgets} >= {"properties", "leads", "messages"}


async def test_quiet_cycle_costs_one_request_per_feed(make_service):
    service, store = make_service()
    await converge(service)
    report = await service.sync_once()
    # BookMyColiving: properties, leads, conversations (reference data is fresh for an hour, no thread moved).
    # Coliving.com: bookings, and the conversation of every booking that can still be written to (the channel
    # has no message feed; the demo's open bookings fit the minute's budget).
    today = datetime.now(UTC).date().isoformat()
    open_ids = {b.id for b in _records(store, "bookings") if b.status != "cancelled" and b.checkout >= today}
    assert report.requests == {"bmc": 3, "coliving": 1 + len(open_ids)}
    assert report.conversations == {"coliving": {"read": len(open_ids), "waiting": 0}}
    assert report.changed == {}


async def test_cursor_survives_a_restart(make_service, server: SandboxServer, sandbox_config: SandboxConfig):
    service, store = make_service()
    await converge(service)
    cursor = store.get_cursor("coliving.bookings")
    assert cursor is not None
    await service.aclose()
    store.close()

    booking = server.sandbox.admin.add_booking()
    lead = server.sandbox.admin.add_lead()
    service, store = make_service()
    assert store.get_cursor("coliving.bookings") == cursor
    report = await service.sync_once()
    # One bookings page and the new booking's detail; everything else is conversations.
    assert report.requests["coliving"] == 2 + report.conversations["coliving"]["read"]
    assert store.get_booking(str(booking.booking_id)) is not None
    assert store.get_lead(lead.id) is not None
    assert_store_matches(store, server_truth(server, sandbox_config))


async def test_update_in_the_cursors_own_second_is_not_lost(make_service, server: SandboxServer):
    service, store = make_service()
    await converge(service)
    state = server.state
    with state.lock:
        newest = max(state.bookings.values(), key=lambda b: (b.updated_at, b.booking_id))
        other = next(b for b in state.bookings.values() if b.updated_at < newest.updated_at)
        other.status = "cancelled" if other.status != "cancelled" else "confirmed"
        other.updated_at = newest.updated_at  # same second as the cursor's version
        state.booking_generation += 1
        state._feed_cache.clear()
    await service.sync_once()
    stored = store.get_booking(str(other.booking_id))
    assert stored is not None and stored.status == other.status


async def test_new_activity_reaches_the_inbox(make_service, server: SandboxServer):
    service, store = make_service()
    await converge(service)
    message = server.sandbox.admin.tenant_message("Is parking included?")
    report = await service.sync_once()
    assert report.changed.get("messages") == 1
    texts = [m.text for m in store.messages_for_thread(Channel.BMC, message.thread_id)]
    assert "Is parking included?" in texts
    booking = next(b for b in server.state.bookings.values() if b.checkout > datetime.now(UTC).date())
    server.sandbox.admin.guest_message(booking.booking_id, "Can I check in early?")
    service.focus("bookings", str(booking.booking_id))
    await service.sync_once()
    texts = [m.text for m in store.messages_for_thread(Channel.COLIVING, str(booking.booking_id))]
    assert "Can I check in early?" in texts
