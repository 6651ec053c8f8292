"""Writes through the outbox against the sandbox: retries never duplicate, caps hold, refusals keep the reason."""

from __future__ import annotations

import pytest
from sync_helpers import converge

from colivingdesk.api.errors import ValidationError
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxServer


def _thread(server: SandboxServer, thread_id: str = "usr_0001"):
    return server.state.threads[("op_0001", thread_id)]


def _faults(server: SandboxServer, spec: str) -> None:
    server.sandbox.injector.configure(spec)


async def test_bmc_reply_processed_then_500_is_sent_once(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC])
    thread = _thread(server)
    before = len(thread.messages)
    # Every attempt is processed (or replayed) and then answered 500, more times than the client retries.
    _faults(server, "after:count=6,method=POST,path=/bmc/api/v1/messages")
    item = await service.queue_reply(
        Channel.BMC, thread.thread_id, "See you on Monday!", property_id=thread.property_id
    )
    await service.send_pending()
    assert store.get_outbox_item(item.id).state is OutboxState.QUEUED
    _faults(server, "")
    await service.retry(item.id)
    await service.send_pending()
    sent = store.get_outbox_item(item.id)
    assert sent.state is OutboxState.SENT
    assert [m.content for m in thread.messages[before:]] == ["See you on Monday!"]
    assert sent.idempotency_key == item.idempotency_key


async def test_coliving_lost_response_is_reconciled_not_resent(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.COLIVING])
    await converge(service)
    booking = next(iter(server.state.bookings.values()))
    messages = server.state.booking_messages(booking)
    before = len(messages)
    _faults(server, f"after:count=1,method=POST,path=/coliving/v1/bookings/{booking.booking_id}/messages")
    item = await service.queue_reply(Channel.COLIVING, str(booking.booking_id), "The code is 4711.")
    await service.send_pending()
    uncertain = store.get_outbox_item(item.id)
    assert uncertain.state is OutboxState.QUEUED and uncertain.attempts == 1
    await service.retry(item.id)
    await service.send_pending()
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert [m.text for m in messages[before:]] == ["The code is 4711."]


async def test_coliving_send_that_never_landed_is_sent_after_reconciling(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.COLIVING])
    booking = next(iter(server.state.bookings.values()))
    messages = server.state.booking_messages(booking)
    before = len(messages)
    _faults(server, f"error:count=1,method=POST,path=/coliving/v1/bookings/{booking.booking_id}/messages")
    item = await service.queue_reply(Channel.COLIVING, str(booking.booking_id), "Welcome!")
    await service.send_pending()
    await service.retry(item.id)
    await service.send_pending()
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert [m.text for m in messages[before:]] == ["Welcome!"]


async def test_refused_reply_fails_before_queueing(make_service):
    service, store = make_service(channels=[Channel.BMC])
    with pytest.raises(ValidationError) as info:
        await service.queue_reply(Channel.BMC, "usr_0001", "x" * 5001, property_id="prop_0001")
    assert info.value.field_errors[0].path == "content"
    with pytest.raises(ValidationError):
        await service.queue_reply(Channel.BMC, "usr_0001", "   ", property_id="prop_0001")
    with pytest.raises(ValidationError) as info:  # the command line's blocking form checks the same way
        service.enqueue_reply(Channel.BMC, "usr_0001", "x" * 5001, property_id="prop_0001")
    assert info.value.field_errors[0].path == "content"
    assert store.list_outbox() == []


async def test_property_create_reads_back_server_status_and_failures_keep_the_reason(
    make_service, server: SandboxServer
):
    service, store = make_service(channels=[Channel.BMC])
    draft = {
        "name": "Harbour House", "city_id": "city_lisbon", "contact_email": "host@example.com",
        "amenities": ["wifi"], "room_options": [{"type": "PRIVATE", "price_monthly_cents": 80000}],
        "external_id": "pms-42",
    }
    item = await service.save_property(draft, None)
    await service.send_pending()
    sent = store.get_outbox_item(item.id)
    assert sent.state is OutboxState.SENT
    created = store.property_by_external_id("pms-42")
    assert created is not None and created.status == "PENDING_REVIEW"

    bad = await service.save_property({**draft, "city_id": "city_atlantis", "external_id": "pms-43"}, None)
    await service.send_pending()
    failed = store.get_outbox_item(bad.id)
    assert failed.state is OutboxState.FAILED
    assert failed.error and "city" in failed.error.lower()

    action = await service.property_action(created.id, "delete")
    await service.send_pending()
    assert store.get_outbox_item(action.id).state is OutboxState.SENT
    assert store.get_property(created.id) is None
