"""Against the sandbox: a BookMyColiving ``/properties`` that answers with a broken body leaves leads, threads and
queued replies to go through in the same cycle, and the properties are named as not refreshed."""

from __future__ import annotations

from sync_helpers import NoWaitClock

from colivingdesk.domain import Channel, Message, OutboxState
from colivingdesk.sandbox import SandboxServer

BROKEN_PROPERTIES = "malformed:method=GET,path=/bmc/api/v1/properties"


async def test_a_malformed_properties_page_holds_back_no_lead_thread_or_reply(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC], clock=NoWaitClock())
    thread = server.state.threads[("op_0001", "usr_0001")]
    before = len(thread.messages)
    server.sandbox.injector.configure(BROKEN_PROPERTIES)
    item = service.enqueue_reply(Channel.BMC, "usr_0001", "Yes, the room is free.", property_id=thread.property_id)

    report = await service.sync_once()

    assert list(report.feeds) == ["bmc"] and list(report.feeds["bmc"]) == ["properties"]
    assert "not valid JSON" in report.feeds["bmc"]["properties"]
    assert not report.ok
    assert store.page_properties() == []
    assert store.page_leads(), "leads synced in the same cycle"
    assert store.page_threads(), "conversations synced in the same cycle"
    assert any(isinstance(m, Message) for m in store.messages_for_thread(Channel.BMC, "usr_0001"))
    assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert [m.content for m in thread.messages[before:]] == ["Yes, the room is free."]
    status = service.status(Channel.BMC)
    assert status.state == "up_to_date" and list(status.stale) == ["properties"]
    assert status.message.startswith("Properties not refreshed: BookMyColiving sent a reply that is not valid JSON")

    server.sandbox.injector.configure("")
    report = await service.sync_once()
    assert report.ok and store.page_properties()
    assert service.status(Channel.BMC).message == ""
