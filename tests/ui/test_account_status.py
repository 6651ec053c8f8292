"""The status bar names the part of an account the last sync could not refresh, and why."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from colivingdesk.domain import Channel
from colivingdesk.sync import AccountStatus
from colivingdesk.ui import formatting
from colivingdesk.ui.widgets.account_status import AccountStatusWidget, state_color

REASON = "BookMyColiving sent 'data' that is not a list."


def test_a_feed_left_stale_is_named_on_the_chip_with_its_reason_in_the_tooltip(qtbot: Any) -> None:
    widget = AccountStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    at = datetime(2026, 4, 25, 14, 5, tzinfo=UTC)
    stale = AccountStatus(
        "up_to_date", at, f"Properties not refreshed: {REASON}", stale={"properties": REASON}
    )
    fine = AccountStatus("up_to_date", at)
    widget.update_status({Channel.BMC: stale, Channel.COLIVING: fine})

    chip = widget.chips[Channel.BMC]
    assert chip.text() == f"BookMyColiving: synced at {formatting.clock(at)}, properties not refreshed"
    assert chip.toolTip() == f"Properties not refreshed: {REASON}"
    assert widget.chips[Channel.COLIVING].text() == f"Coliving.com: up to date at {formatting.clock(at)}"
    assert state_color(stale) != state_color(fine)

    widget.update_status({Channel.BMC: fine, Channel.COLIVING: fine})
    assert chip.text() == f"BookMyColiving: up to date at {formatting.clock(at)}"


def test_an_account_whose_key_is_missing_says_so_even_beside_a_connected_one(qtbot: Any) -> None:
    widget = AccountStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    missing = AccountStatus("not_configured", None, "No API key for BookMyColiving.")
    widget.update_status({Channel.BMC: missing, Channel.COLIVING: AccountStatus("idle")})
    chip = widget.chips[Channel.BMC]
    assert chip.isVisible() and chip.text() == "BookMyColiving: key missing"
    assert chip.toolTip() == "No API key for BookMyColiving."
    assert state_color(missing) != state_color(AccountStatus("not_configured"))
    # An account never set up says so, in the quieter colour, rather than vanishing.
    widget.update_status({Channel.BMC: AccountStatus("not_configured"), Channel.COLIVING: AccountStatus("idle")})
    assert chip.isVisible() and chip.text() == "BookMyColiving: not connected"


def test_a_long_sync_shows_how_far_it_has_got_on_the_chip(qtbot: Any) -> None:
    widget = AccountStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    running = AccountStatus("syncing", progress="BookMyColiving conversations: 120/4,000 threads")
    counting = AccountStatus(
        "syncing",
        progress="Coliving.com booking messages: 12/340 conversations, about 6 min left at 60 requests a minute",
    )
    widget.update_status({Channel.BMC: running, Channel.COLIVING: counting})
    assert widget.chips[Channel.BMC].text() == "BookMyColiving: syncing, conversations: 120/4,000 threads"
    assert widget.chips[Channel.COLIVING].text() == (
        "Coliving.com: syncing, booking messages: 12/340 conversations, about 6 min left at 60 requests a minute"
    )

    widget.update_status({Channel.BMC: AccountStatus("syncing"), Channel.COLIVING: counting})
    assert widget.chips[Channel.BMC].text() == "BookMyColiving: syncing…"
