"""A rate-limit wait learnt before the window started (by a cron run on the same profile) is on the status bar,
with the time it ends, instead of "up to date"."""

from __future__ import annotations

from typing import Any

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store
from colivingdesk.sync import AccountStatus, Service
from colivingdesk.ui import formatting
from colivingdesk.ui.widgets.account_status import state_text


def test_a_wait_learnt_by_another_run_shows_with_its_end_after_a_restart(
    aio: Any,
    qtbot: Any,
    store: Store,
    service: Service,
    sandbox: SandboxServer,
    demo_secrets: SecretStore,
    accounts: dict[Channel, AccountSettings],
    make_window: Any,
) -> None:
    sandbox.sandbox.injector.configure("ratelimit:count=1,seconds=900,path=/coliving/")
    report = aio.run(service.sync_once(), timeout=30_000)  # the cron run
    until = report.waits["coliving"].until

    window_service = Service(store, demo_secrets, accounts, poll_interval=3600.0)
    try:
        aio.run(window_service.start())
        window = make_window(window_service)
        expected = f"Coliving.com: paused by rate limit until {formatting.clock(until)}"
        qtbot.waitUntil(lambda: expected in window.account_status.texts(), timeout=15_000)
        # The other channel is not held back by it.
        qtbot.waitUntil(
            lambda: any(t.startswith("BookMyColiving: up to date") for t in window.account_status.texts()),
            timeout=15_000,
        )
        assert expected in window.account_status.texts()
    finally:
        aio.run(window_service.aclose(), timeout=10_000)


def test_rate_limited_text_without_a_known_end() -> None:
    assert state_text(Channel.BMC, AccountStatus("rate_limited")) == "BookMyColiving: paused by rate limit"
