"""The window over a real sandbox sync: lists, badges, status bar, navigation and remembered state."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxServer
from colivingdesk.sync import AccountStatus, BudgetView, Service
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.widgets.account_status import AccountStatusWidget


def test_demo_window_lists_threads_leads_and_bookings(main_window: Any) -> None:
    inbox, leads, bookings = main_window.inbox, main_window.leads, main_window.bookings
    assert inbox.threads.rowCount() > 0
    channels = {inbox.threads.record(i).channel for i in range(inbox.threads.rowCount())}
    assert len(channels) == 2, "both channels share one inbox"
    assert leads.model.rowCount() > 0
    assert bookings.model.rowCount() > 0
    assert main_window.current_view_key() == "inbox"


def test_status_bar_shows_state_and_budgets(main_window: Any, qtbot: Any) -> None:
    main_window.refresh_status()
    texts = main_window.account_status.texts()
    assert any(t.startswith("BookMyColiving: up to date at ") for t in texts), texts
    assert any(t.startswith("Coliving.com: up to date at ") for t in texts), texts
    line = texts[-1]
    # What an operator runs out of: replies on BookMyColiving, requests a minute on Coliving.com.
    assert re.search(r"BookMyColiving replies left: \d+/60", line), line
    assert re.search(r"Coliving\.com requests left: \d+/60 this minute", line), line
    assert "messages" not in line and "properties" not in line  # read budgets are never the constraint
    tip = main_window.account_status.budgets.toolTip()
    assert "BookMyColiving messages" in tip and "BookMyColiving replies" in tip, tip


def test_status_bar_budgets_follow_the_headline_and_warn_when_low(qtbot: Any) -> None:
    widget = AccountStatusWidget()
    qtbot.addWidget(widget)
    reset = datetime(2026, 4, 25, 14, 5, tzinfo=UTC)
    bmc = AccountStatus(
        "up_to_date",
        budgets=[BudgetView("messages", 10_000, 9_960, reset), BudgetView("replies", 60, 57, reset)],
        headline=BudgetView("replies", 60, 57, reset, per="hour"),
    )
    coliving = AccountStatus("up_to_date", headline=BudgetView("requests", 60, 60, None, per="minute"))
    widget.update_status({Channel.BMC: bmc, Channel.COLIVING: coliving})
    line = widget.texts()[-1]
    assert line == (
        f"BookMyColiving replies left: 57/60, resets {formatting.clock(reset)}  ·  "
        "Coliving.com requests left: 60/60 this minute"
    )
    assert widget.budgets.toolTip().splitlines() == [
        f"BookMyColiving replies left: 57/60, resets {formatting.clock(reset)}",
        f"BookMyColiving messages left: 9960/10000, resets {formatting.clock(reset)}",
        "Coliving.com requests left: 60/60 this minute",
    ]
    assert "color" not in widget.budgets.text()

    low = AccountStatus("up_to_date", headline=BudgetView("replies", 60, 0, reset, per="hour"))
    widget.update_status({Channel.BMC: low, Channel.COLIVING: coliving})
    assert theme.accents().error.name() in widget.budgets.text()
    assert widget.texts()[-1].startswith("BookMyColiving replies left: 0/60")


def test_ctrl_number_switches_views(main_window: Any, qtbot: Any) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_view_key() == "bookings"
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_view_key() == "calendar"


def test_badge_updates_when_a_message_arrives(
    main_window: Any, synced_service: Service, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    inbox = main_window.inbox
    # Read the most recent BookMyColiving conversation; its tenant then writes again.
    top = next(t for t in (inbox.threads.record(i) for i in range(inbox.threads.rowCount()))
               if t.channel.value == "bmc")
    inbox.open_thread(top.key)
    aio.settle()
    qtbot.waitUntil(lambda: main_window.ctx.reader.get_thread(top.channel, top.external_id).unread_count == 0,
                    timeout=5000)
    main_window.refresh_badges()
    before = main_window.sidebar_model.badge("inbox")
    main_window.show_view("leads")  # reading elsewhere, so the new message stays unread

    sandbox.sandbox.admin.tenant_message("Is the room still free in May?", thread_id=top.external_id)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: main_window.sidebar_model.badge("inbox") == before + 1, timeout=5000)
    assert main_window.windowTitle().startswith(f"({before + 1})")
    assert any(
        "Is the room still free in May?" in (t.last_message or "")
        for t in (inbox.threads.record(i) for i in range(inbox.threads.rowCount()))
    )


def test_geometry_and_last_view_are_restored(synced_service: Service, make_window: Any) -> None:
    first = make_window(synced_service)
    first.resize(780, 560)
    first.move(40, 50)
    first.show_view("leads")
    first.close()
    assert QSettings().value("window/lastView") == "leads"
    assert not any("key" in k.lower() and "secret" in k.lower() for k in QSettings().allKeys())

    second = make_window(synced_service)
    assert second.current_view_key() == "leads"
    assert (second.width(), second.height()) == (780, 560)


def test_f5_syncs_now(main_window: Any, qtbot: Any, aio: Any) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    aio.settle(timeout=20_000)
    assert main_window.statusBar().currentMessage().startswith("Synced")


def test_new_lead_notifies_while_the_window_is_not_focused(
    main_window: Any, synced_service: Service, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    other = QWidget()  # the operator is in another window
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main_window.isActiveWindow(), timeout=3000)
    sandbox.sandbox.admin.add_lead()
    raised: list[str] = []
    main_window.notified.connect(lambda title, _text: raised.append(title))
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: any("lead" in t.lower() for t in raised), timeout=5000)
