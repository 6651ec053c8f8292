"""Keys that live only for a session: taken on a computer without keyring, missed loudly after a restart.

The user connects with "Use for this session", quits, and opens the window again on the same profile: the
account is still saved (its row in the profile's ``accounts`` table) but its key is gone. The window must say
so where it cannot be missed, lead back to the key field, and a reply written meanwhile must say what it waits
for.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, ThreadFilter, open_store
from colivingdesk.sync import Service
from colivingdesk.ui.app import load_accounts
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.main_window import MainWindow
from colivingdesk.ui.models.inbox_models import ItemRole, StateTextRole
from colivingdesk.ui.views.inbox_delegates import PAD, BubbleDelegate, small_font

TIMEOUT = 15_000
RECONNECT_BMC = "Reconnect BookMyColiving: its key is not stored on this computer"

Opener = Callable[[SecretStore], MainWindow]


@pytest.fixture
def open_window(
    qtbot: Any, aio: Any, profile: Profile, store: Store, sandbox: SandboxServer
) -> Iterator[Opener]:
    """Starts the window as ``ui.app`` does: accounts from the profile, a Service over them, Welcome if none.

    Each call is a fresh start of the app on the same profile with the given SecretStore; at teardown the
    windows close before their Services and read connections do.
    """
    windows: list[MainWindow] = []
    services: list[Service] = []
    readers: list[Store] = []

    def start(secrets: SecretStore) -> MainWindow:
        accounts = load_accounts(store)
        service = Service(store, secrets, accounts, poll_interval=3600.0)
        reader = open_store(profile.database, read_only=True)
        services.append(service)
        readers.append(reader)
        ctx = AppContext(profile=profile, store=store, reader=reader, service=service, secrets=secrets)
        window = MainWindow(ctx, show_welcome=not accounts)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window, timeout=5000)
        return window

    yield start
    for window in windows:
        with contextlib.suppress(RuntimeError):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for service in services:
        aio.run(service.aclose(), timeout=10_000)
    for reader in readers:
        reader.close()


def _no_keyring() -> SecretStore:
    return SecretStore(backend=fail.Keyring(), environ={})


def _reply_state(window: MainWindow, text: str) -> str:
    conversation = window.inbox.conversation
    rows = [i for i, item in enumerate(conversation.items()) if item.text == text]
    return str(conversation.index(rows[-1]).data(StateTextRole)) if rows else ""


def _painted_state(window: MainWindow, text: str) -> str:
    """The state line as the bubble has room to draw it."""
    view = window.inbox.messages
    delegate = view.itemDelegate()
    assert isinstance(delegate, BubbleDelegate)
    row = next(i for i, item in enumerate(window.inbox.conversation.items()) if item.text == text)
    index = window.inbox.conversation.index(row)
    option = QStyleOptionViewItem()
    option.font = view.font()
    state = _reply_state(window, text)
    bubble, _text, _meta, _state = delegate._layout(option, index.data(ItemRole), state)
    metrics = QFontMetrics(small_font(view.font(), bold=False))
    return metrics.elidedText(state, Qt.TextElideMode.ElideRight, bubble.width() - 2 * PAD)


def test_a_session_key_missed_after_restart_is_said_loudly_and_leads_back_to_the_key_field(
    qtbot: Any, aio: Any, open_window: Opener, sandbox: SandboxServer, sandbox_config: SandboxConfig,
) -> None:
    # First run on a computer without keyring: Welcome tells the truth, then connect from it.
    first = open_window(_no_keyring())
    assert first.current_view_key() == "welcome"
    note = first.welcome.keyring_note
    qtbot.waitUntil(lambda: "no secure keyring" in note.text(), timeout=TIMEOUT)
    assert "kept in your system keyring" not in note.text()
    qtbot.mouseClick(first.welcome.bmc_button, Qt.MouseButton.LeftButton)
    box = first.settings.bmc  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: box.save_button.text() == "Use for this session", timeout=TIMEOUT)
    qtbot.mouseClick(box.advanced_toggle, Qt.MouseButton.LeftButton)
    box.base_url.setText(sandbox.bmc_base_url)
    box.key_field.edit.setText(sandbox_config.bmc_key)
    qtbot.keyClick(box.key_field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    assert not first.reconnect.isVisible()
    assert aio.run(first.ctx.service.sync_once(), timeout=30_000).ok
    first.close()

    # Restart: the account is still saved, its key is not.
    second = open_window(_no_keyring())
    assert second.current_view_key() != "welcome"
    assert second.reconnect.isVisible() and second.reconnect.missing() == [Channel.BMC]
    assert second.reconnect.titles[Channel.BMC].text() == RECONNECT_BMC
    assert "BookMyColiving: key missing" in second.account_status.texts()

    # A reply written now says what it waits for.
    second.show_view("inbox")
    inbox = second.inbox
    thread = second.ctx.reader.page_threads(ThreadFilter(channel=Channel.BMC), None, 1)[0]
    inbox.open_thread(thread.key)
    qtbot.waitUntil(lambda: inbox.current_key == thread.key, timeout=5000)
    text = "Noted!"  # short: the state line sets the bubble's width
    inbox.composer.editor.setPlainText(text)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _reply_state(second, text) != "", timeout=5000)
    assert _reply_state(second, text) == "Queued: waiting for the key"
    assert _painted_state(second, text) == "Queued: waiting for the key"  # whole, not "waiting for the k…"

    # The banner's button opens that account's key field; the key taken there ends the banner.
    qtbot.mouseClick(second.reconnect.buttons[Channel.BMC], Qt.MouseButton.LeftButton)
    assert second.current_view_key() == "settings"
    box = second.settings.bmc  # type: ignore[attr-defined]
    assert second.focusWidget() is box.key_field.edit
    qtbot.waitUntil(lambda: box.source_label.text().startswith("Missing"), timeout=TIMEOUT)
    box.key_field.edit.setText(sandbox_config.bmc_key)
    qtbot.keyClick(box.key_field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    qtbot.waitUntil(lambda: not second.reconnect.isVisible(), timeout=5000)
    assert _reply_state(second, text) != "Queued: waiting for the key"


def test_removing_an_account_does_not_ask_to_reconnect_it(
    qtbot: Any, aio: Any, open_window: Opener, sandbox: SandboxServer, sandbox_config: SandboxConfig,
) -> None:
    secrets = _no_keyring()
    secrets.session_only = True
    window = open_window(secrets)
    window.open_connect(Channel.COLIVING)
    box = window.settings.coliving  # type: ignore[attr-defined]
    qtbot.mouseClick(box.advanced_toggle, Qt.MouseButton.LeftButton)
    box.base_url.setText(sandbox.coliving_base_url)
    box.key_field.edit.setText(sandbox_config.coliving_key)
    qtbot.keyClick(box.key_field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    # What the window shows each time the Service announces the change (it re-reads the accounts then).
    shown: list[list[Channel]] = []
    window.ctx.service.changes.subscribe(lambda _changes: shown.append(window.reconnect.missing()))
    box.remove()
    qtbot.waitUntil(lambda: box.source_label.text().startswith("Missing"), timeout=TIMEOUT)
    aio.settle()
    assert shown and all(missing == [] for missing in shown)
    window.refresh_status()
    assert not window.reconnect.isVisible()
