"""Connecting an account imports what already waits on the channel: that backlog is not announced as news."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from colivingdesk.sandbox import SandboxServer
from colivingdesk.sync import Service


def test_the_first_sync_says_leads_were_imported_and_later_ones_are_new(
    qtbot: Any, aio: Any, service: Service, make_window: Any, sandbox: SandboxServer,
) -> None:
    window = make_window(service)
    other = QWidget()  # the operator is in another window: news is notified
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=3000)
    raised: list[tuple[str, str]] = []
    window.notified.connect(lambda title, text: raised.append((title, text)))

    assert aio.run(service.sync_once(), timeout=30_000).ok
    count = window.ctx.reader.count_leads()
    assert count > 1
    qtbot.waitUntil(lambda: any("lead" in title.lower() for title, _text in raised), timeout=5000)
    leads = [(title, text) for title, text in raised if "lead" in title.lower()]
    assert leads == [(f"{count} leads imported", "Enquiries already on BookMyColiving when it was connected.")]

    raised.clear()
    lead = sandbox.sandbox.admin.add_lead()
    assert aio.run(service.sync_once(), timeout=20_000).ok
    qtbot.waitUntil(lambda: any("lead" in title.lower() for title, _text in raised), timeout=5000)
    assert (f"New lead: {lead.guest_name}", "A guest asked about one of your properties.") in raised, raised
