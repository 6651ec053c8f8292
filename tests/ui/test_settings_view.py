"""The Settings page on the sandbox: verify keys, keep them only in the keyring, webhooks, provider key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.views.settings_view import SettingsView, describe_test_delivery
from colivingdesk.ui.widgets.account_box import AccountBoxWidget

TIMEOUT = 15_000


@pytest.fixture
def reader(profile: Profile, store: Store) -> Any:
    reader = open_store(profile.database, read_only=True)
    yield reader
    reader.close()


def make_view(qtbot: Any, service: Service, store: Store, reader: Store, profile: Profile,
              secrets: SecretStore) -> SettingsView:
    ctx = AppContext(profile=profile, store=store, reader=reader, service=service, secrets=secrets)
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 1200)
    view.show()
    return view


def point_at_sandbox(box: AccountBoxWidget, url: str, qtbot: Any) -> None:
    """Open "Advanced" and type the sandbox's base URL, as an operator testing a staging server would."""
    qtbot.mouseClick(box.advanced_toggle, Qt.MouseButton.LeftButton)
    assert box.advanced.isVisible()
    box.base_url.setText(url)


def verify_with(box: AccountBoxWidget, key: str, qtbot: Any) -> None:
    box.key_field.edit.setText(key)
    box.key_result.clear_result()
    qtbot.mouseClick(box.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is not None, timeout=TIMEOUT)


def test_verify_shows_the_result_next_to_the_key_field(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, sandbox_config: SandboxConfig,
) -> None:
    view = make_view(qtbot, service, store, reader, profile, SecretStore(environ={}))
    bmc, coliving = view.bmc, view.coliving
    assert bmc.key_field.edit.echoMode() == bmc.key_field.edit.EchoMode.Password
    point_at_sandbox(bmc, sandbox.bmc_base_url, qtbot)
    point_at_sandbox(coliving, sandbox.coliving_base_url, qtbot)

    verify_with(bmc, "bmc_wrong_key", qtbot)
    assert bmc.key_result.ok is False
    assert "refused" in bmc.key_result.text()
    assert bmc.key_result.isVisible()

    verify_with(bmc, sandbox_config.bmc_key, qtbot)
    assert bmc.key_result.ok is True
    # The account already runs on another key: the one checked here is not in use until saved.
    assert bmc.key_result.text().startswith("✓ The key works: BookMyColiving accepted it.")
    assert bmc.key_result.text().endswith("Save it to use it instead of the key in use.")

    verify_with(coliving, "nope_nope_nope", qtbot)
    assert coliving.key_result.ok is False

    verify_with(coliving, sandbox_config.coliving_key, qtbot)
    assert coliving.key_result.ok is True
    assert "Demo Host" in coliving.key_result.text()

    # The show toggle reveals what was typed, and only that.
    qtbot.mouseClick(coliving.key_field.toggle, Qt.MouseButton.LeftButton)
    assert coliving.key_field.edit.echoMode() == coliving.key_field.edit.EchoMode.Normal
    aio.settle()


def _files_contain(folder: Path, needle: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            hits.append(path)
    return hits


def test_saved_key_lives_only_in_the_keyring(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, sandbox_config: SandboxConfig, test_keyring: Any, isolated_qsettings: Path,
) -> None:
    service.configure(Channel.BMC, None)
    secrets = SecretStore(environ={})
    view = make_view(qtbot, service, store, reader, profile, secrets)
    aio.settle()
    assert not view.keyring_notice.isVisible()  # the test keyring counts as secure
    box = view.bmc
    point_at_sandbox(box, sandbox.bmc_base_url, qtbot)
    box.key_field.edit.setText(sandbox_config.bmc_key)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()

    assert test_keyring.passwords[("colivingdesk", "bmc:api_key")] == sandbox_config.bmc_key
    assert box.key_field.text() == ""
    assert "A key is saved" in box.key_field.edit.placeholderText()
    [account] = store.list_accounts()
    assert account.channel is Channel.BMC and account.base_url == sandbox.bmc_base_url
    assert Channel.BMC in service.channels
    # Remove asks first (a non-blocking dialog), then forgets the key and the account.
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    confirm = box._confirm
    assert confirm is not None and confirm.isVisible()
    [remove] = [b for b in confirm.buttons() if b.text() == "Remove account"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.account_id is None, timeout=TIMEOUT)
    aio.settle()
    assert ("colivingdesk", "bmc:api_key") not in test_keyring.passwords
    assert store.list_accounts() == [] and Channel.BMC not in service.channels

    store.close()  # flush the WAL so the bytes on disk are everything the profile holds
    assert _files_contain(profile.root, sandbox_config.bmc_key) == []
    assert _files_contain(isolated_qsettings, sandbox_config.bmc_key) == []


def test_no_secure_keyring_is_said_plainly_and_enter_takes_the_key_for_this_session(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, sandbox_config: SandboxConfig,
) -> None:
    service.configure(Channel.BMC, None)
    secrets = SecretStore(backend=fail.Keyring(), environ={})
    view = make_view(qtbot, service, store, reader, profile, secrets)
    qtbot.waitUntil(view.keyring_notice.isVisible, timeout=TIMEOUT)
    assert "No secure system keyring" in view.keyring_notice.text()
    assert "system keyring" not in view.findChild(QLabel, "settingsIntro").text()
    box = view.bmc
    qtbot.waitUntil(lambda: box.source_label.text() != "", timeout=TIMEOUT)
    assert box.source_label.text().startswith("Missing")
    assert "saved" not in box.key_field.edit.placeholderText()
    # The primary action is the one that can work here.
    assert box.save_button.text() == "Use for this session" and box.save_button.isDefault()
    point_at_sandbox(box, sandbox.bmc_base_url, qtbot)

    # A wrong key is refused under the field; once the right key is taken, the red line goes.
    verify_with(box, "bmc_wrong_key", qtbot)
    assert box.key_result.ok is False
    box.key_field.edit.setText(sandbox_config.bmc_key)
    assert box.key_result.ok is False  # set by code, not edited: the refusal still stands
    box.key_field.edit.setFocus()
    qtbot.keyClick(box.key_field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    assert "for this session only" in box.key_result.text()
    assert secrets.session_only and secrets.get("bmc", "api_key") == sandbox_config.bmc_key
    assert box.source_label.text() == "This session only: forgotten when you quit"
    assert "for this session" in box.key_field.edit.placeholderText()
    assert Channel.BMC in service.channels and [a.channel for a in store.list_accounts()] == [Channel.BMC]
    qtbot.waitUntil(lambda: "forgotten when you quit" in view.keyring_notice.text(), timeout=TIMEOUT)
    assert not view.session_button.isVisible()


def test_the_notice_takes_a_typed_key_and_editing_clears_an_error(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, sandbox_config: SandboxConfig,
) -> None:
    service.configure(Channel.COLIVING, None)
    secrets = SecretStore(backend=fail.Keyring(), environ={})
    view = make_view(qtbot, service, store, reader, profile, secrets)
    qtbot.waitUntil(view.session_button.isVisible, timeout=TIMEOUT)
    box = view.coliving
    point_at_sandbox(box, sandbox.coliving_base_url, qtbot)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is False, timeout=TIMEOUT)
    assert "Paste the API key first" in box.key_result.text()
    qtbot.keyClicks(box.key_field.edit, sandbox_config.coliving_key)
    assert not box.key_result.isVisible()  # the field changed, so the complaint no longer applies

    qtbot.mouseClick(view.session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    assert secrets.get("coliving", "api_key") == sandbox_config.coliving_key
    assert Channel.COLIVING in service.channels
    assert box.source_label.text() == "This session only: forgotten when you quit"


def test_without_keyring_enter_keeps_the_webhook_secret_for_this_session(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
) -> None:
    secrets = SecretStore(backend=fail.Keyring(), environ={})
    view = make_view(qtbot, service, store, reader, profile, secrets)
    qtbot.waitUntil(lambda: view.webhook_secret_button.text() == "Use for this session", timeout=TIMEOUT)
    view.webhook_secret.edit.setText("whsec_typed")
    qtbot.keyClick(view.webhook_secret.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.webhook_secret_result.ok is True, timeout=TIMEOUT)
    aio.settle()
    assert "for this session only" in view.webhook_secret_result.text()
    assert secrets.session_only and secrets.get("bmc", "webhook_secret") == "whsec_typed"
    assert "for this session" in view.webhook_secret.edit.placeholderText()


def test_keys_from_environment_variables_are_named_not_called_saved(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
) -> None:
    environ = {"COLIVINGDESK_BMC_API_KEY": "bmc_from_env"}
    view = make_view(qtbot, service, store, reader, profile, SecretStore(backend=fail.Keyring(), environ=environ))
    qtbot.waitUntil(lambda: view.bmc.source_label.text() != "", timeout=TIMEOUT)
    aio.settle()
    assert view.bmc.source_label.text() == "From COLIVINGDESK_BMC_API_KEY (environment variable)"
    assert "from COLIVINGDESK_BMC_API_KEY" in view.bmc.key_field.edit.placeholderText()
    assert view.coliving.source_label.text().startswith("Missing")
    for box in (view.bmc, view.coliving):
        assert "saved" not in box.key_field.edit.placeholderText()
    # Removing cannot delete a variable: the question says the account comes back with it.
    view.bmc.confirm_remove()
    confirm = view.bmc._confirm
    assert confirm is not None
    assert "unless you unset that variable" in confirm.informativeText()
    assert "deleted from the keyring" not in confirm.informativeText()
    confirm.reject()


def test_test_webhook_reports_whether_the_signature_verified(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, demo_secrets: SecretStore,
) -> None:
    view = make_view(qtbot, service, store, reader, profile, demo_secrets)
    view.receiver_port.setValue(0)  # any free port
    view.receiver_enabled.setChecked(True)
    qtbot.waitUntil(lambda: view.receiver_port_in_use is not None, timeout=TIMEOUT)
    port = view.receiver_port_in_use
    assert f"127.0.0.1:{port}" in view.receiver_result.text()
    view.receiver_port.editingFinished.emit()  # focus leaving the port box must not move the receiver
    aio.settle()
    assert view.receiver_port_in_use == port
    httpx.post(f"{sandbox.base_url}/_control", json={"webhook_url": f"http://127.0.0.1:{port}/"}, timeout=10)

    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.test_result.ok is not None, timeout=TIMEOUT)
    assert view.test_result.ok is True, view.test_result.text()
    assert "signature verified" in view.test_result.text()

    # A secret that differs from the dashboard's: delivered, but refused by our receiver.
    view.webhook_secret.edit.setText("whsec_not_the_right_one")
    qtbot.mouseClick(view.webhook_secret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.webhook_secret_result.ok is True, timeout=TIMEOUT)
    view.test_result.clear_result()
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.test_result.ok is not None, timeout=TIMEOUT)
    assert view.test_result.ok is False
    assert "did not verify" in view.test_result.text()
    view.receiver_enabled.setChecked(False)
    qtbot.waitUntil(lambda: view.receiver_port_in_use is None, timeout=TIMEOUT)
    aio.settle()


def test_provider_key_shows_created_unchanged_and_conflict(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, demo_secrets: SecretStore,
) -> None:
    sandbox.state.hosts[7001].provider_key = "mb_taken_by_someone_else"
    view = make_view(qtbot, service, store, reader, profile, demo_secrets)
    assert view.provider_button.isEnabled()

    def send(key: str) -> None:
        view.provider_result.clear_result()
        view.provider_key.edit.setText(key)
        qtbot.mouseClick(view.provider_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.provider_result.ok is not None, timeout=TIMEOUT)

    send("mb_provider_key_123456789")
    assert view.provider_result.ok is True and "stored" in view.provider_result.text()
    send("mb_provider_key_123456789")
    assert view.provider_result.ok is True and "nothing changed" in view.provider_result.text()
    send("mb_taken_by_someone_else")
    assert view.provider_result.ok is False
    assert "already used by another account" in view.provider_result.text()
    aio.settle()


@pytest.mark.parametrize(
    ("answer", "ok", "words"),
    [
        ({"delivered": True, "status": 200, "event": "lead.created"}, True, "verified"),
        ({"delivered": True, "status": 401}, False, "did not verify"),
        ({"delivered": True, "status": 503}, False, "no webhook secret"),
        ({"delivered": False, "status": None, "error": "connection refused"}, False, "could not deliver"),
    ],
)
def test_test_delivery_words(answer: dict[str, Any], ok: bool, words: str) -> None:
    text, verified = describe_test_delivery(answer)
    assert verified is ok and words in text


def test_saving_a_wrong_key_keeps_it_but_says_it_was_refused(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, test_keyring: Any,
) -> None:
    view = make_view(qtbot, service, store, reader, profile, SecretStore(environ={}))
    box = view.bmc
    point_at_sandbox(box, sandbox.bmc_base_url, qtbot)
    box.key_field.edit.setText("bmc_typo_key")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is not None and "Saved" in box.key_result.text(),
                    timeout=TIMEOUT)
    aio.settle()
    assert box.key_result.ok is False
    assert "refused" in box.key_result.text()
    assert test_keyring.passwords[("colivingdesk", "bmc:api_key")] == "bmc_typo_key"


def test_receiver_choice_is_remembered_with_the_account(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, sandbox_config: SandboxConfig, demo_secrets: SecretStore,
) -> None:
    view = make_view(qtbot, service, store, reader, profile, demo_secrets)
    point_at_sandbox(view.bmc, sandbox.bmc_base_url, qtbot)
    qtbot.mouseClick(view.bmc.save_button, Qt.MouseButton.LeftButton)  # the key from the session store
    qtbot.waitUntil(lambda: view.bmc.key_result.ok is True, timeout=TIMEOUT)
    view.receiver_port.setValue(0)
    view.receiver_enabled.setChecked(True)
    qtbot.waitUntil(lambda: view.receiver_port_in_use is not None, timeout=TIMEOUT)
    aio.settle()
    [account] = store.list_accounts()
    assert account.settings == {"webhook_receiver": True, "webhook_port": 0}
    aio.run(service.stop_webhooks())

    # Next start of the app: the page restarts the receiver it was left with.
    again = make_view(qtbot, service, store, reader, profile, demo_secrets)
    qtbot.waitUntil(lambda: again.receiver_port_in_use is not None, timeout=TIMEOUT)
    assert again.receiver_enabled.isChecked()
    aio.settle()


def test_every_documented_webhook_event_can_be_sent_as_a_test(
    qtbot: Any, aio: Any, service: Service, store: Store, reader: Store, profile: Profile,
    sandbox: SandboxServer, demo_secrets: SecretStore,
) -> None:
    view = make_view(qtbot, service, store, reader, profile, demo_secrets)
    offered = [view.test_event.itemText(i) for i in range(view.test_event.count())]
    assert offered == [
        "lead.created", "message.received", "property.created", "property.updated", "property.approved",
        "property.rejected", "property.deleted",
    ]
    view.receiver_port.setValue(0)
    view.receiver_enabled.setChecked(True)
    qtbot.waitUntil(lambda: view.receiver_port_in_use is not None, timeout=TIMEOUT)
    port = view.receiver_port_in_use
    httpx.post(f"{sandbox.base_url}/_control", json={"webhook_url": f"http://127.0.0.1:{port}/"}, timeout=10)
    view.test_event.setCurrentText("property.deleted")
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.test_result.ok is not None, timeout=TIMEOUT)
    assert view.test_result.ok is True, view.test_result.text()
    assert "property.deleted" in view.test_result.text()
    view.receiver_enabled.setChecked(False)
    qtbot.waitUntil(lambda: view.receiver_port_in_use is None, timeout=TIMEOUT)
    aio.settle()


def _unconnected_coliving(qtbot: Any, service: Service, make_window: Any, sandbox: SandboxServer) -> tuple[Any, Any]:
    """A window on Settings whose Coliving.com account is not connected, its box pointed at the sandbox."""
    service.configure(Channel.COLIVING, None)
    window = make_window(service)
    window.show_view("settings")
    box = window.settings.coliving
    point_at_sandbox(box, sandbox.coliving_base_url, qtbot)
    qtbot.waitUntil(lambda: box.source_label.text() != "", timeout=TIMEOUT)
    return window, box


def test_verify_says_the_key_works_and_only_save_connects(
    qtbot: Any, aio: Any, service: Service, make_window: Any, sandbox: SandboxServer,
    sandbox_config: SandboxConfig,
) -> None:
    window, box = _unconnected_coliving(qtbot, service, make_window, sandbox)

    # Verify checked the typed key and saved nothing: the account is still not connected, and it says so.
    verify_with(box, sandbox_config.coliving_key, qtbot)
    aio.settle()
    assert box.key_result.ok is True
    assert box.key_result.text() == (
        "✓ The key works: Coliving.com knows it as Demo Host. Use it for this session to connect."
    )
    assert box.state_label.text().startswith("Not connected")
    window.refresh_status()
    assert "Coliving.com: not connected" in window.account_status.texts()

    # Saved: the account box and the status bar both say it is connected.
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kept for this session only" in box.key_result.text(), timeout=TIMEOUT)
    aio.settle()
    assert box.key_result.ok is True
    assert "to connect" not in box.key_result.text()
    assert "Coliving.com knows it as Demo Host" in box.key_result.text()
    window.refresh_status()
    assert box.state_label.text() == "Connected, waiting to sync"
    assert "Coliving.com: waiting to sync" in window.account_status.texts()
    # Once synced, both say so.
    assert aio.run(service.sync_once(), timeout=30_000).ok
    window.refresh_status()
    qtbot.waitUntil(lambda: box.state_label.text() == "Up to date", timeout=TIMEOUT)
    assert any(text.startswith("Coliving.com: up to date") for text in window.account_status.texts())


def test_a_could_not_reach_result_goes_once_the_channel_has_answered_a_sync(
    qtbot: Any, aio: Any, service: Service, make_window: Any, sandbox: SandboxServer,
    sandbox_config: SandboxConfig,
) -> None:
    _window, box = _unconnected_coliving(qtbot, service, make_window, sandbox)
    sandbox.sandbox.admin.configure({"faults": "drop:path=/coliving/"})
    box.key_field.edit.setText(sandbox_config.coliving_key)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is False, timeout=TIMEOUT)
    assert "could not be reached" in box.key_result.text()

    sandbox.sandbox.admin.configure({"faults": ""})  # the channel is back
    assert aio.run(service.sync_once(), timeout=30_000).ok
    qtbot.waitUntil(lambda: box.state_label.text() == "Up to date", timeout=TIMEOUT)
    assert not box.key_result.isVisible()  # not "could not be reached" under "Up to date"
