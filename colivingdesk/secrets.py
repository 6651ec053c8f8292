"""API keys and webhook secrets, kept only in the OS keyring.

Nothing else in the app stores a secret: not the SQLite cache, not QSettings, not logs. When the only keyring backend
is missing or insecure (keyring's ``recommended()`` is false, e.g. the plaintext or fail backend), we never fall back
silently: ``status()`` says so in words the UI shows, and the user may opt into session-only keys held in memory.
Headless use (cron, CI) may take keys from ``COLIVINGDESK_*`` environment variables instead.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "colivingdesk"

# Secret names per account, and the environment variable that may supply each one for headless use.
ENV_VARS: dict[tuple[str, str], str] = {
    ("bmc", "api_key"): "COLIVINGDESK_BMC_API_KEY",
    ("bmc", "webhook_secret"): "COLIVINGDESK_BMC_WEBHOOK_SECRET",
    ("coliving", "api_key"): "COLIVINGDESK_COLIVING_API_KEY",
    ("coliving", "provider_key"): "COLIVINGDESK_COLIVING_PROVIDER_KEY",
}


class SecretStoreError(Exception):
    """The keyring refused or is unavailable; the message is fit to show and never contains the secret."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    secure: bool
    backend_name: str
    message: str


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


class SecretStore:
    """Reads and writes secrets for an account (``account`` is a stable id such as ``"bmc"``)."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        session_only: bool = False,
    ) -> None:
        self._backend = backend
        self._environ = os.environ if environ is None else environ
        self._session: dict[tuple[str, str], str] = {}
        self.session_only = session_only

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        name = _backend_name(backend)
        if self.session_only:
            return KeyringStatus(False, name, "Keys are kept for this session only and forgotten when you quit.")
        if keyring.core.recommended(backend):
            return KeyringStatus(True, name, f"Keys are stored in the system keyring ({type(backend).__name__}).")
        return KeyringStatus(
            False,
            name,
            "No secure system keyring is available on this computer, so keys cannot be saved. "
            "You can use them for this session only, or set COLIVINGDESK_* environment variables.",
        )

    def get(self, account: str, name: str) -> str | None:
        env_name = ENV_VARS.get((account, name))
        if env_name and self._environ.get(env_name):
            return self._environ[env_name]
        if (account, name) in self._session:
            return self._session[(account, name)]
        if self.session_only or not keyring.core.recommended(self.backend):
            return None
        try:
            return self.backend.get_password(SERVICE, f"{account}:{name}")
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(f"The system keyring could not be read ({type(err).__name__}).") from None

    def set(self, account: str, name: str, value: str) -> None:
        if self.session_only:
            self._session[(account, name)] = value
            return
        if not keyring.core.recommended(self.backend):
            raise SecretStoreError(self.status().message)
        try:
            self.backend.set_password(SERVICE, f"{account}:{name}", value)
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(f"The system keyring refused to save the key ({type(err).__name__}).") from None

    def delete(self, account: str, name: str) -> None:
        self._session.pop((account, name), None)
        if self.session_only or not keyring.core.recommended(self.backend):
            return
        try:
            self.backend.delete_password(SERVICE, f"{account}:{name}")
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(f"The system keyring refused to delete the key ({type(err).__name__}).") from None
