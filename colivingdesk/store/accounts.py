"""Channel accounts: where and how to connect, never with what secret.

API keys and webhook secrets live in the OS keyring only. The table has no column meant for one, and settings
that look like one are refused, so a careless caller cannot put a key in a file that gets backed up, synced or
attached to a bug report.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from colivingdesk.domain import Channel
from colivingdesk.store.codec import from_json, to_json
from colivingdesk.store.db import Database
from colivingdesk.store.records import Account

_SECRET_NAMES = frozenset(
    {
        "key",
        "apikey",
        "xapikey",
        "secret",
        "token",
        "password",
        "passwd",
        "pwd",
        "authorization",
        "bearer",
        "credential",
        "credentials",
        "webhooksecret",
        "accesstoken",
        "refreshtoken",
        "clientsecret",
        "privatekey",
    }
)
_SECRET_SUFFIXES = ("key", "secret", "token", "password", "credential", "credentials")


class SecretInSettingsError(ValueError):
    """Account settings contained something named like a secret."""


def looks_secret(name: str) -> bool:
    """True for names such as ``api_key``, ``X-API-Key``, ``webhookSecret`` or ``token``."""
    flat = re.sub(r"[^a-z0-9]", "", name.lower())
    return flat in _SECRET_NAMES or flat.endswith(_SECRET_SUFFIXES)


def check_no_secrets(settings: Any, path: str = "settings") -> None:
    if isinstance(settings, dict):
        for name, value in settings.items():
            if looks_secret(str(name)):
                raise SecretInSettingsError(
                    f"{path}.{name} looks like a secret; secrets belong in the keyring"
                )
            check_no_secrets(value, f"{path}.{name}")
    elif isinstance(settings, list | tuple):
        for i, value in enumerate(settings):
            check_no_secrets(value, f"{path}[{i}]")


def _from_row(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"],
        channel=Channel(row["channel"]),
        label=row["label"],
        base_url=row["base_url"],
        provider=row["provider"],
        auth_style=row["auth_style"],
        settings=from_json(row["settings"], {}),
    )


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, account: Account) -> Account:
        """Insert (``id`` None) or update an account; returns it with its id."""
        check_no_secrets(account.settings)
        values = (
            Channel(account.channel).value,
            account.label,
            account.base_url,
            account.provider,
            account.auth_style,
            to_json(account.settings),
        )
        with self._db.transaction() as conn:
            if account.id is None:
                new_id = self._db.dialect.insert_id(
                    conn,
                    "INSERT INTO accounts (channel, label, base_url, provider, auth_style, settings) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    values,
                )
            else:
                conn.execute(
                    "INSERT INTO accounts (id, channel, label, base_url, provider, auth_style, settings) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, "
                    "label = excluded.label, base_url = excluded.base_url, provider = excluded.provider, "
                    "auth_style = excluded.auth_style, settings = excluded.settings",
                    (account.id, *values),
                )
                new_id = account.id
            row = conn.execute("SELECT * FROM accounts WHERE id = ?", (new_id,)).fetchone()
        return _from_row(row)

    def get(self, account_id: int) -> Account | None:
        row = self._db.query_one("SELECT * FROM accounts WHERE id = ?", (account_id,))
        return None if row is None else _from_row(row)

    def all(self) -> list[Account]:
        return [_from_row(r) for r in self._db.query("SELECT * FROM accounts ORDER BY id")]

    def delete(self, account_id: int) -> bool:
        return self._db.execute("DELETE FROM accounts WHERE id = ?", (account_id,)) > 0
