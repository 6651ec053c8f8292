"""Listing photos through ``POST /properties/:id/photos`` and reused references, against the sandbox over HTTP.

The document's create and replace bodies define no photos; its photo endpoint appends. So a listing's photos
must reach the channel through that endpoint, exactly once, whatever is lost on the way.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.headless_output import item_json
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.sync.listing_writes import reused_listing, was_replayed
from colivingdesk.sync.outbox import PROPERTY_PHOTOS

PHOTOS = ["https://img.example.com/harbour/1.jpg", "https://img.example.com/harbour/2.jpg"]
DRAFT: dict[str, Any] = {
    "name": "Harbour House", "city_id": "city_lisbon", "contact_email": "host@example.com",
    "amenities": ["wifi"], "room_options": [{"type": "PRIVATE", "price_monthly_cents": 80000}],
    "external_id": "pms-900", "photos": PHOTOS,
}


class RecordingTransport(httpx.AsyncBaseTransport):
    """Real HTTP, with each request's method, path and JSON body kept for the test to read."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, str, Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.sent.append((request.method, request.url.path, json.loads(body) if body else None))
        return await self._inner.handle_async_request(request)

    def bodies(self, method: str, suffix: str) -> list[Any]:
        return [body for m, path, body in self.sent if m == method and path.endswith(suffix)]

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
async def recorder() -> AsyncIterator[RecordingTransport]:
    transport = RecordingTransport()
    yield transport
    await transport.aclose()


def _faults(server: SandboxServer, spec: str) -> None:
    server.sandbox.injector.configure(spec)


def _server_listing(server: SandboxServer, external_id: str) -> Any:
    [found] = [p for p in server.state.properties.values() if p.external_id == external_id]
    return found


def _photo_items(store: Store) -> list[OutboxItem]:
    return [i for i in store.list_outbox() if i.kind == PROPERTY_PHOTOS]


async def _deliver(service: Service) -> None:
    """Two passes: a write, then the photos step it queued (the scheduler wakes for it at once)."""
    await service.send_pending([Channel.BMC])
    await service.send_pending([Channel.BMC])


async def test_new_listing_photos_arrive_once_through_the_photos_endpoint(
    make_service, server: SandboxServer, recorder: RecordingTransport
):
    service, store = make_service(channels=[Channel.BMC], transport=recorder)
    # The create is processed, its answer lost (500); the client's retry with the same key gets the replay.
    _faults(server, "after:count=1,method=POST,path=/bmc/api/v1/properties")
    item = await service.save_property(DRAFT, None)
    await service.send_pending([Channel.BMC])
    created = store.get_outbox_item(item.id)
    assert created is not None and created.state is OutboxState.SENT
    assert was_replayed(created) and item_json(created, store)["replayed"] is True
    listing = _server_listing(server, "pms-900")
    assert listing.photos == []  # the create body carried none
    assert all("photos" not in body for body in recorder.bodies("POST", "/properties"))

    # The photos step is processed and answered 500 more often than the client retries: it stays queued.
    [step] = _photo_items(store)
    assert step.target == listing.id and step.payload["urls"] == PHOTOS
    assert step.idempotency_key != item.idempotency_key
    _faults(server, f"after:count=6,method=POST,path=/bmc/api/v1/properties/{listing.id}/photos")
    await service.send_pending([Channel.BMC])
    assert store.get_outbox_item(step.id).state is OutboxState.QUEUED
    _faults(server, "")
    await service.retry(step.id)
    await service.send_pending([Channel.BMC])

    assert [p["url"] for p in listing.photos] == PHOTOS  # appended exactly once
    sent_step = store.get_outbox_item(step.id)
    assert sent_step.state is OutboxState.SENT and was_replayed(sent_step)
    assert len(_photo_items(store)) == 1
    cached = store.get_property(listing.id)
    assert cached is not None and [p.url for p in cached.photos] == PHOTOS
    photo_calls = recorder.bodies("POST", f"/properties/{listing.id}/photos")
    assert {json.dumps(b, sort_keys=True) for b in photo_calls} == {
        json.dumps({"photos": [{"url": u} for u in PHOTOS]}, sort_keys=True)
    }


async def test_the_running_scheduler_sends_the_photos_step_by_itself(make_service, server: SandboxServer):
    """No second poll or user action is needed: the photos step is due as soon as the create has landed."""
    service, store = make_service(channels=[Channel.BMC], poll_interval=3600.0)
    synced, photos_sent = asyncio.Event(), asyncio.Event()

    def on_change(changes: ChangeSet) -> None:
        if service.status(Channel.BMC).state == "up_to_date":
            synced.set()
        if any(i.state is OutboxState.SENT for i in _photo_items(store)):
            photos_sent.set()

    service.changes.subscribe(on_change)
    await service.start()
    await asyncio.wait_for(synced.wait(), 20)  # the first poll is over; the next one is an hour away
    await service.save_property(DRAFT, None)
    await asyncio.wait_for(photos_sent.wait(), 20)
    assert [p["url"] for p in _server_listing(server, "pms-900").photos] == PHOTOS


async def test_photos_survive_a_crash_between_the_create_and_its_photos_step(
    make_service, server: SandboxServer, profile_dir
):
    service, store = make_service(channels=[Channel.BMC])
    # The channel creates the listing but no answer ever arrives, then the process dies mid-send.
    _faults(server, "after:count=6,method=POST,path=/bmc/api/v1/properties")
    item = await service.save_property(DRAFT, None)
    await service.send_pending([Channel.BMC])
    assert _photo_items(store) == []
    store.mark_sending(item.id)  # what a crash during the send leaves behind
    await service.aclose()
    _faults(server, "")

    # A new process over the same profile resends with the same key, learns the id, and adds the photos once.
    restarted, again = make_service(channels=[Channel.BMC])
    await _deliver(restarted)
    await _deliver(restarted)
    assert again.get_outbox_item(item.id).state is OutboxState.SENT
    assert len([p for p in server.state.properties.values() if p.external_id == "pms-900"]) == 1
    listing = _server_listing(server, "pms-900")
    assert [p["url"] for p in listing.photos] == PHOTOS
    [step] = _photo_items(again)
    assert step.state is OutboxState.SENT and step.payload["after"] == item.id


async def test_a_create_resent_after_its_photos_step_was_queued_queues_no_second_one(
    make_service, server: SandboxServer
):
    service, store = make_service(channels=[Channel.BMC])
    # The create lands and its photos step is queued, but reading the listing back fails: the create is
    # retried later, gets the replay, and must find the photos step it already queued.
    _faults(server, "error:count=6,method=GET,path=/bmc/api/v1/properties/")
    item = await service.save_property(DRAFT, None)
    await service.send_pending([Channel.BMC])
    assert store.get_outbox_item(item.id).state is OutboxState.QUEUED
    assert len(_photo_items(store)) == 1
    _faults(server, "")
    await service.retry(item.id)
    await _deliver(service)
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert len(_photo_items(store)) == 1
    assert [p["url"] for p in _server_listing(server, "pms-900").photos] == PHOTOS


async def test_an_edit_appends_only_new_photos_and_its_body_carries_none(
    make_service, server: SandboxServer, recorder: RecordingTransport
):
    service, store = make_service(channels=[Channel.BMC], transport=recorder)
    await service.sync_once([Channel.BMC])
    listing = _server_listing(server, "pms-101")
    before = [p["url"] for p in listing.photos]
    assert before, "the demo listing has photos"
    cached = store.get_property(listing.id)
    assert cached is not None
    from colivingdesk.api.bmc import PropertyDraft

    added = "https://img.example.com/lisbon/rooftop.jpg"
    edited = PropertyDraft.from_property(cached).model_copy(
        update={"name": "Sunny Coliving Lisbon (rooftop)", "photos": [*before, added]}
    )
    item = await service.save_property(edited, listing.id)
    await _deliver(service)

    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert listing.name == "Sunny Coliving Lisbon (rooftop)"
    assert [p["url"] for p in listing.photos] == [*before, added]
    [put] = recorder.bodies("PUT", f"/properties/{listing.id}")
    assert "photos" not in put
    assert recorder.bodies("POST", f"/properties/{listing.id}/photos") == [{"photos": [{"url": added}]}]

    # Saving again without a new photo sends no photos call at all.
    again = await service.save_property(edited.model_copy(update={"name": "Sunny Coliving Lisbon"}), listing.id)
    await _deliver(service)
    assert store.get_outbox_item(again.id).state is OutboxState.SENT
    assert len(recorder.bodies("POST", f"/properties/{listing.id}/photos")) == 1
    assert len(_photo_items(store)) == 1


async def test_adding_only_photos_to_a_live_listing_sends_no_replace(
    make_service, server: SandboxServer, recorder: RecordingTransport
):
    service, store = make_service(channels=[Channel.BMC], transport=recorder)
    await service.sync_once([Channel.BMC])
    listing = _server_listing(server, "pms-101")
    assert listing.status == "APPROVED" and not listing.re_review_pending
    cached = store.get_property(listing.id)
    assert cached is not None
    from colivingdesk.api.bmc import PropertyDraft

    added = "https://img.example.com/lisbon/garden.jpg"
    draft = PropertyDraft.from_property(cached)
    item = await service.save_property(draft.model_copy(update={"photos": [*draft.photos, added]}), listing.id)
    assert item.kind == PROPERTY_PHOTOS and item.payload["urls"] == [added]
    await _deliver(service)
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert recorder.bodies("PUT", f"/properties/{listing.id}") == []
    assert [p["url"] for p in listing.photos][-1] == added
    assert not listing.re_review_pending  # a PUT would have sent the live listing back to review


async def test_a_reused_reference_fails_with_the_existing_listing_recorded(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC])
    existing = _server_listing(server, "pms-101")
    name_before = existing.name
    item = await service.save_property({**DRAFT, "external_id": "pms-101"}, None)
    await _deliver(service)

    failed = store.get_outbox_item(item.id)
    assert failed is not None and failed.state is OutboxState.FAILED
    assert failed.error is not None
    assert failed.error.startswith("A listing with reference pms-101 already exists.")
    assert "externalId: Already used by “Sunny Coliving Lisbon”." in failed.error
    assert reused_listing(failed) == {
        "property_id": existing.id, "external_id": "pms-101", "name": "Sunny Coliving Lisbon"
    }
    assert existing.name == name_before and existing.photos  # nothing typed was applied
    assert _photo_items(store) == []
    assert store.get_property(existing.id) is not None  # cached, so the window can open it


async def test_replace_of_the_existing_listing_after_a_reused_reference(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC])
    existing = _server_listing(server, "pms-101")
    item = await service.save_property({**DRAFT, "external_id": "pms-101"}, None)
    await _deliver(service)
    note = reused_listing(store.get_outbox_item(item.id))
    assert note is not None
    replace = await service.save_property({**DRAFT, "external_id": "pms-101"}, note["property_id"])
    await _deliver(service)
    assert store.get_outbox_item(replace.id).state is OutboxState.SENT
    assert existing.name == "Harbour House" and existing.contact_email == "host@example.com"
    assert [p["url"] for p in existing.photos][-2:] == PHOTOS


def test_open_store_reads_annotations_written_by_another_connection(profile_dir) -> None:
    """Notes live in the payload, so every reader of the profile (the window's read-only store, the command
    line) sees them without a schema change."""
    writer = open_store(profile_dir / "cache.sqlite3")
    reader = open_store(profile_dir / "cache.sqlite3", read_only=True)
    try:
        item = writer.enqueue(Channel.BMC, "property.submit", "prop_1", {}, "k-1")
        writer.annotate_outbox_item(item.id, {"replayed": True})
        seen = reader.get_outbox_item(item.id)
        assert seen is not None and was_replayed(seen) and item_json(seen, reader)["replayed"] is True
    finally:
        reader.close()
        writer.close()
