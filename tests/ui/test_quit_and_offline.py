"""Leaving the window and losing the network: Ctrl+Q, unsent writes at quit, the status bar and the offline
banner while a channel cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.sandbox import SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import BookingFilter, Store
from colivingdesk.sync import AccountStatus, Service
from colivingdesk.sync.clock import FakeClock
from colivingdesk.ui.dialogs.quit_confirm import pending_text
from colivingdesk.ui.widgets.account_status import AccountStatusWidget
from colivingdesk.ui.widgets.offline_banner import OfflineBannerWidget


def press_ctrl_q(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_quits_at_once_when_nothing_waits_to_be_sent(main_window: Any, qtbot: Any) -> None:
    assert main_window.ctx.reader.list_outbox(["queued", "sending", "held"]) == []
    with qtbot.waitSignal(main_window.closed, timeout=5000):
        press_ctrl_q(main_window, qtbot)
    assert not main_window.isVisible()
    assert main_window.quit_guard.box is None  # no question was asked


def test_ctrl_q_with_unsent_replies_asks_and_cancel_keeps_the_window(
    main_window: Any, synced_service: Service, qtbot: Any
) -> None:
    bookings = main_window.ctx.reader.page_bookings(BookingFilter(), None, 2)
    for booking in bookings:
        synced_service.enqueue_reply(Channel.COLIVING, booking.id, "See you on Monday!")
    closed: list[bool] = []
    main_window.closed.connect(lambda: closed.append(True))

    press_ctrl_q(main_window, qtbot)
    box = main_window.quit_guard.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.informativeText() == (  # the test keys, like a computer without a keyring, are for this session
        "2 replies are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs. "
        "This computer does not keep the Coliving.com key after you quit: what waits for Coliving.com goes once "
        "the key is entered again."
    )
    assert [b.text() for b in box.buttons()].count("Quit") == 1
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: main_window.quit_guard.box is None, timeout=5000)
    assert main_window.isVisible() and closed == []

    press_ctrl_q(main_window, qtbot)
    box = main_window.quit_guard.box
    assert box is not None
    quit_button = next(b for b in box.buttons() if b.text() == "Quit")
    with qtbot.waitSignal(main_window.closed, timeout=5000):
        quit_button.click()
    assert not main_window.isVisible()


def pending(*kinds: str, state: OutboxState = OutboxState.QUEUED, channel: Channel = Channel.BMC) -> list[OutboxItem]:
    return [OutboxItem(n, channel, kind, "t", {}, f"k{n}", state=state) for n, kind in enumerate(kinds)]


def test_the_quit_question_names_what_waits() -> None:
    assert pending_text(pending("reply")) == (
        "1 reply is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs."
    )
    assert pending_text(pending("reply", "property.replace", "property.photos", "availability")).startswith(
        "1 reply, 2 listing changes and 1 calendar update are not sent yet. They will be sent"
    )


def test_the_quit_question_says_what_waits_longer_than_the_next_start() -> None:
    both = [*pending("reply"), *pending("availability", channel=Channel.COLIVING)]
    assert pending_text(both, keys_kept=lambda channel: channel is not Channel.BMC).endswith(
        "This computer does not keep the BookMyColiving key after you quit: what waits for BookMyColiving goes "
        "once the key is entered again."
    )
    assert pending_text(both, keys_kept=lambda _channel: False).endswith(
        "This computer does not keep the keys after you quit: what waits goes once the keys are entered again."
    )
    assert pending_text(both, keys_kept=lambda _channel: True).endswith("runs.")
    # A refused reply will not go by itself, but the sidebar counts it as not sent: the question names it.
    refused = pending("reply", "reply", state=OutboxState.FAILED)
    assert pending_text([*pending("reply"), *refused]) == (
        "1 reply is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs. "
        "2 refused replies wait for you to retry or discard them."
    )
    assert pending_text(refused[:1]) == "1 refused reply waits for you to retry or discard it."
    # A refused listing change is shown by the listing itself: alone, it asks nothing at quit.
    assert pending_text(pending("property.replace", state=OutboxState.FAILED)) == ""


def test_status_bar_keeps_a_channel_that_is_not_connected(qtbot: Any) -> None:
    widget = AccountStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.update_status({
        Channel.BMC: AccountStatus("up_to_date"),
        Channel.COLIVING: AccountStatus("not_configured"),
    })
    texts = widget.texts()
    assert "BookMyColiving: up to date" in texts
    assert "Coliving.com: not connected" in texts

    # An account whose key cannot be read is configured but unusable: it says so rather than vanishing.
    widget.update_status({
        Channel.BMC: AccountStatus("offline", message="Could not reach BookMyColiving."),
        Channel.COLIVING: AccountStatus("not_configured", message="No API key for Coliving.com."),
    })
    texts = widget.texts()
    assert "BookMyColiving: offline" in texts
    assert "Coliving.com: key missing" in texts


class SwitchableTransport(httpx.AsyncBaseTransport):
    """Real HTTP to the sandbox, except that one channel's address refuses connections while ``down``."""

    def __init__(self, refused_prefix: str) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._prefix = refused_prefix
        self.down = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down and str(request.url).startswith(self._prefix):
            raise httpx.ConnectError("connection refused", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def flaky_bmc(sandbox: SandboxServer) -> SwitchableTransport:
    return SwitchableTransport(sandbox.bmc_base_url)


@pytest.fixture
def flaky_service(
    aio: Any, store: Store, demo_secrets: SecretStore, accounts: dict[Channel, AccountSettings],
    flaky_bmc: SwitchableTransport,
) -> Iterator[Service]:
    """A Service whose BookMyColiving connection can be cut; a fake clock makes the client's retries instant."""
    service = Service(store, demo_secrets, accounts, clock=FakeClock(), transport=flaky_bmc, poll_interval=3600.0)
    try:
        yield service
    finally:
        aio.run(service.aclose(), timeout=10_000)
        aio.run(flaky_bmc.aclose(), timeout=10_000)


def test_offline_banner_speaks_plainly_and_stays_across_retries_until_the_channel_answers(
    flaky_service: Service, flaky_bmc: SwitchableTransport, make_window: Any, aio: Any, qtbot: Any
) -> None:
    aio.run(flaky_service.sync_once(), timeout=30_000)
    window = make_window(flaky_service)
    banner = window.offline_banner
    assert not banner.isVisible()

    flaky_bmc.down = True
    window.sync_action.trigger()  # "Sync now" (F5)
    aio.settle(timeout=30_000)
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    words = f"{banner.title.text()} {banner.text.text()}"
    assert banner.title.text() == "BookMyColiving is offline"
    assert "Could not reach BookMyColiving." in words and "outbox" in words
    assert "Error" not in words and "bmc" not in words.lower().split()
    assert "BookMyColiving: offline" in " ".join(window.account_status.texts())
    # Sync now's own banner does not repeat the offline channel with codes or exception names.
    if window.banner.isVisible():
        shown = f"{window.banner.title.text()} {window.banner.text.text()}"
        assert "ConnectError" not in shown and "bmc:" not in shown

    # Retries while still offline: the account passes through "syncing" and the banner never drops.
    seen: list[tuple[str, bool]] = []
    unsubscribe = flaky_service.changes.subscribe(
        lambda _c: seen.append((flaky_service.status(Channel.BMC).state, banner.isVisible()))
    )
    try:
        for _ in range(2):
            aio.run(flaky_service.sync_once(), timeout=30_000)
            window.refresh_status()  # the window's status poll
    finally:
        unsubscribe()
    assert ("syncing", True) in seen
    assert all(visible for _state, visible in seen), seen
    assert banner.isVisible() and banner.title.text() == "BookMyColiving is offline"

    flaky_bmc.down = False
    aio.run(flaky_service.sync_once(), timeout=30_000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert "BookMyColiving: up to date" in " ".join(window.account_status.texts())


def test_a_dismissed_offline_banner_stays_away_until_more_goes_offline(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = OfflineBannerWidget(parent)
    parent.show()
    offline = AccountStatus("offline", message="Could not reach BookMyColiving.")
    up = AccountStatus("up_to_date")
    banner.update_status({Channel.BMC: offline, Channel.COLIVING: up})
    assert banner.isVisible()
    banner.dismiss()
    for bmc in (AccountStatus("syncing"), offline):  # a retry, still offline: the user said they know
        banner.update_status({Channel.BMC: bmc, Channel.COLIVING: up})
        assert not banner.isVisible()

    banner.update_status({Channel.BMC: offline, Channel.COLIVING: AccountStatus("offline")})
    assert banner.isVisible() and banner.title.text() == "BookMyColiving and Coliving.com are offline"
    assert "Could not reach Coliving.com." in banner.text.text()

    banner.update_status({Channel.BMC: up, Channel.COLIVING: AccountStatus("rate_limited")})  # both answered
    assert not banner.isVisible()
    banner.update_status({Channel.BMC: offline, Channel.COLIVING: up})
    assert banner.isVisible() and banner.title.text() == "BookMyColiving is offline"


def test_the_window_shows_both_channels_when_only_one_is_connected(
    aio: Any, store: Store, demo_secrets: SecretStore, accounts: dict[Channel, AccountSettings], make_window: Any
) -> None:
    service = Service(store, demo_secrets, {Channel.BMC: accounts[Channel.BMC]}, poll_interval=3600.0)
    try:
        aio.run(service.sync_once(), timeout=30_000)
        window = make_window(service)
        window.refresh_status()
        texts = window.account_status.texts()
        assert any(t.startswith("BookMyColiving: up to date") for t in texts), texts
        assert "Coliving.com: not connected" in texts
    finally:
        aio.run(service.aclose(), timeout=10_000)
