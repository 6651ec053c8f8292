"""BookMyColiving's 60 replies an hour are shared by the host and the automations: with 55 manual replies in
the hour, automated answers to new leads wait (held, with the reason) for the host's reserve of 10, the host's
own replies still go, and the held answers go once the hour has passed. Against the sandbox with its limits on,
so the server's own count of the hour's replies is what the client reads; the Service's clock is fake, and the
hour passes on it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import SavedReply
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations
from colivingdesk.sync.clock import FakeClock


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig()  # limits on: the hourly reply cap is counted by the server


async def test_with_55_manual_replies_in_the_hour_automated_replies_wait_for_the_host_reserve(
    server: SandboxServer, make_service: Any
):
    clock = FakeClock(datetime.now(UTC))
    service, store = make_service(channels=[Channel.BMC], clock=clock)
    assert (await service.sync_once()).ok
    first = store.save_saved_reply(SavedReply("First answer", "Hi {first_name}, thanks for asking about {property}!"))
    assert first.id is not None
    automations.save_rule(store, AutomationRule("First answer", "new_lead", first.id), clock.now())
    thread = server.state.threads[("op_0001", "usr_0001")]
    for n in range(55):
        service.enqueue_reply(Channel.BMC, thread.thread_id, f"Manual answer {n}", property_id=thread.property_id)
    await service.send_pending()
    assert sum(m.content.startswith("Manual answer") for m in thread.messages) == 55

    leads = [server.sandbox.admin.add_lead() for _ in range(3)]
    clock.advance(60)
    assert (await service.sync_once()).ok
    held = [i for i in store.list_outbox() if "automation" in i.payload]
    assert {(i.target, i.state, i.error) for i in held} == {
        (lead.thread_id, OutboxState.HELD, "Held: the last 10 replies this hour are kept for you.") for lead in leads
    }

    # The host's own replies still go: the reserve is theirs.
    service.enqueue_reply(Channel.BMC, thread.thread_id, "Manual answer 56", property_id=thread.property_id)
    await service.send_pending()
    assert "Manual answer 56" in [m.content for m in thread.messages]
    assert all(not server.state.threads[("op_0001", lead.thread_id)].messages[1:] for lead in leads)

    clock.advance(3600)
    await service.send_pending()
    for lead in leads:
        answers = [m.content for m in server.state.threads[("op_0001", lead.thread_id)].messages
                   if m.content.startswith("Hi ")]
        assert len(answers) == 1 and answers[0].endswith("thanks for asking about " + server.state.properties[
            lead.property_id].name + "!")
    _, history = automations.listing(store, 10)
    assert sorted(h["state"] for h in history) == ["sent"] * 3
