"""The 60-replies-an-hour cap against a sandbox that enforces it."""

from __future__ import annotations

import pytest

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    # Reply budget on (60 an hour, as documented); everything else generous.
    return SandboxConfig(limits_enabled=True, rate_limits={"reads": 100_000, "writes": 100_000})


async def test_sixty_replies_an_hour_then_held(make_service, server: SandboxServer):
    service, store = make_service(channels=[Channel.BMC])
    thread = server.state.threads[("op_0001", "usr_0001")]
    before = len(thread.messages)
    items = [
        service.enqueue_reply(Channel.BMC, thread.thread_id, f"reply {n}", property_id=thread.property_id)
        for n in range(65)
    ]
    await service.send_pending()
    states = [store.get_outbox_item(i.id).state for i in items]
    assert states.count(OutboxState.SENT) == 60
    assert states[60:] == [OutboxState.HELD] * 5
    held = store.get_outbox_item(items[60].id)
    assert held.not_before is not None and held.error
    assert len(thread.messages) - before == 60
    await service.send_pending()  # still capped: nothing more goes out, and no request is wasted on a 429
    assert len(thread.messages) - before == 60
