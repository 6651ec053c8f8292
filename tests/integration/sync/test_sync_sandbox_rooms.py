"""Coliving.com listings and room types against the sandbox: learnt from bookings, completed by pushes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sync_helpers import converge

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxServer
from colivingdesk.sync import ChangeSet


async def test_sync_records_the_hosts_listings_and_named_room_types(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.COLIVING])
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    await converge(service)
    ours = [b for b in (store.get_booking(str(i)) for i in server.state.bookings) if b is not None]
    booked = {(b.listing_id, b.room_type_id) for b in ours}
    assert booked and {(rt.listing_id, rt.id) for rt in store.list_room_types()} == booked
    assert {listing.id for listing in store.list_listings()} == {listing for listing, _ in booked}
    names = {str(rt.id): rt.name for listing in server.state.listings.values() for rt in listing.room_types.values()}
    detailed = {b.room_type_id for b in ours if b.has_detail}
    assert detailed and all(store.get_room_type(rid).name == names[rid] for rid in detailed)
    assert any(c.get_ids("rooms") for c in seen)


async def test_accepted_pushes_are_recorded_on_the_room_type(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.COLIVING])
    await converge(service)
    room = store.list_room_types()[0]
    start = date.today() + timedelta(days=3)
    target = {"listing_id": room.listing_id, "room_type_id": room.id}
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    availability = await service.push_availability([{
        **target, "available": 2, "start_date": start.isoformat(),
        "end_date": (start + timedelta(days=1)).isoformat(),
    }])
    rates = await service.push_rates([{**target, "base_price": 875, "currency": "EUR"}])
    await service.send_pending()
    assert store.get_outbox_item(availability.id).state is OutboxState.SENT
    assert store.get_outbox_item(rates.id).state is OutboxState.SENT
    recorded = store.get_room_type(room.id)
    assert recorded is not None and recorded.name == room.name
    assert recorded.available == {start.isoformat(): 2, (start + timedelta(days=1)).isoformat(): 2}
    assert (recorded.base_price, recorded.currency) == (Decimal("875"), "EUR")
    assert any(room.id in c.get_ids("rooms") for c in seen)
