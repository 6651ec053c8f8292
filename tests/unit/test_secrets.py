from __future__ import annotations

import pytest
from keyring.backends import fail

from colivingdesk.secrets import SecretStore, SecretStoreError


def test_keys_round_trip_through_the_keyring(test_keyring) -> None:
    store = SecretStore(environ={})
    store.set("bmc", "api_key", "bmc_live_123")
    assert store.get("bmc", "api_key") == "bmc_live_123"
    assert ("colivingdesk", "bmc:api_key") in test_keyring.passwords
    store.delete("bmc", "api_key")
    assert store.get("bmc", "api_key") is None


def test_without_a_secure_keyring_the_app_says_so_and_refuses_to_save() -> None:
    store = SecretStore(fail.Keyring(), environ={})
    status = store.status()
    assert not status.secure
    assert "No secure system keyring" in status.message
    with pytest.raises(SecretStoreError) as raised:
        store.set("bmc", "api_key", "bmc_live_123")
    assert "bmc_live_123" not in str(raised.value)


def test_session_only_keys_are_forgotten_with_the_object() -> None:
    store = SecretStore(fail.Keyring(), environ={}, session_only=True)
    store.set("coliving", "api_key", "k")
    assert store.get("coliving", "api_key") == "k"
    assert SecretStore(fail.Keyring(), environ={}).get("coliving", "api_key") is None


def test_environment_variables_supply_keys_for_headless_use() -> None:
    store = SecretStore(fail.Keyring(), environ={"COLIVINGDESK_COLIVING_API_KEY": "from-env"})
    assert store.get("coliving", "api_key") == "from-env"


def test_source_says_where_each_key_comes_from(test_keyring) -> None:
    environ = {"COLIVINGDESK_BMC_API_KEY": "from-env"}
    store = SecretStore(environ=environ)
    assert store.source("bmc", "api_key").words == "from COLIVINGDESK_BMC_API_KEY"
    assert store.source("coliving", "api_key").words == "missing"
    assert not store.source("coliving", "api_key").present
    store.set("coliving", "api_key", "saved")
    assert store.source("coliving", "api_key").words == "in the system keyring"
    store.set("bmc", "api_key", "saved-but-shadowed")
    assert store.get("bmc", "api_key") == "from-env"  # the variable wins, and the source says so
    assert store.source("bmc", "api_key").kind == "environment"


def test_without_a_keyring_a_session_key_is_reported_as_such_and_nothing_else_as_saved() -> None:
    store = SecretStore(fail.Keyring(), environ={})
    assert store.source("bmc", "api_key").words == "missing"
    store.session_only = True
    store.set("bmc", "api_key", "typed")
    assert store.source("bmc", "api_key").words == "this session only"
    assert SecretStore(fail.Keyring(), environ={}).source("bmc", "api_key").words == "missing"


def test_a_key_is_kept_after_quitting_only_in_a_secure_keyring_or_the_environment(test_keyring) -> None:
    saved = SecretStore(environ={})
    saved.set("bmc", "api_key", "bmc_live_123")
    assert saved.kept_after_quit("bmc", "api_key")
    session = SecretStore(fail.Keyring(), environ={}, session_only=True)
    session.set("bmc", "api_key", "bmc_live_123")
    assert not session.kept_after_quit("bmc", "api_key")
    assert not SecretStore(fail.Keyring(), environ={}).kept_after_quit("coliving", "api_key")
    from_env = SecretStore(fail.Keyring(), environ={"COLIVINGDESK_COLIVING_API_KEY": "k"}, session_only=True)
    assert from_env.kept_after_quit("coliving", "api_key")
