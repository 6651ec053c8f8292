"""Accounts keep connection settings and refuse anything that looks like a secret."""

from __future__ import annotations

import pytest

from colivingdesk.domain import Channel
from colivingdesk.store import Account, SecretInSettingsError, Store
from colivingdesk.store.accounts import looks_secret


def test_save_and_update_account(store: Store) -> None:
    saved = store.save_account(
        Account(
            Channel.COLIVING,
            "Mango Lisbon",
            "https://api.coliving.com/v1",
            provider="mangobeds",
            auth_style="bearer",
            settings={"listing_ids": ["L1", "L2"], "poll_seconds": 60},
        )
    )
    assert saved.id is not None
    saved.label = "Mango Lisboa"
    store.save_account(saved)
    assert store.get_account(saved.id) == saved
    assert [a.label for a in store.list_accounts()] == ["Mango Lisboa"]
    assert store.delete_account(saved.id)
    assert store.list_accounts() == []


@pytest.mark.parametrize(
    "settings",
    [
        {"api_key": "abc"},
        {"X-API-Key": "abc"},
        {"webhookSecret": "abc"},
        {"nested": {"token": "abc"}},
        {"hooks": [{"secret": "abc"}]},
        {"Authorization": "Bearer abc"},
        {"password": "abc"},
    ],
)
def test_settings_that_look_like_secrets_are_refused(store: Store, settings: dict[str, object]) -> None:
    with pytest.raises(SecretInSettingsError):
        store.save_account(Account(Channel.BMC, "BMC", "https://bookmycoliving.com/api/v1", settings=settings))
    assert store.list_accounts() == []


def test_harmless_setting_names_pass() -> None:
    for name in ("keyring_service", "listing_ids", "poll_seconds", "keyring_username", "webhook_port"):
        assert not looks_secret(name), name


def test_no_account_column_is_meant_for_a_secret(store: Store) -> None:
    columns = [row[1] for row in store._db.query("PRAGMA table_info(accounts)")]
    assert columns
    assert not [c for c in columns if looks_secret(c)]
