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
from typing import TYPE_CHECKING, Literal

from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# ``keyring`` is imported where it is used, not here: loading it and its backends costs about 30 ms that the
# window's first paint does not need (the keyring is first asked once the sync service starts).

SERVICE = "colivingdesk"

# Secret names per account, and the environment variable that may supply each one for headless use.
ENV_VARS: dict[tuple[str, str], str] = {
    ("bmc", "api_key"): "COLIVINGDESK_BMC_API_KEY",
    ("bmc", "webhook_secret"): "COLIVINGDESK_BMC_WEBHOOK_SECRET",
    ("coliving", "api_key"): "COLIVINGDESK_COLIVING_API_KEY",
    ("coliving", "provider_key"): "COLIVINGDESK_COLIVING_PROVIDER_KEY",
}


def _say(source: str, **values: object) -> str:
    """A keyring sentence marked under ``Keyring``, in the window's language (English on the command line)."""
    return filled("Keyring", source, **values)


class SecretStoreError(Exception):
    """The keyring refused or is unavailable; the message is fit to show and never contains the secret."""


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether keys can be saved on this computer, and the sentence that says so."""
    secure: bool
    backend_name: str
    message: str


KeySourceKind = Literal["keyring", "session", "environment", "missing"]


@dataclass(frozen=True, slots=True)
class KeySource:
    """Where a secret comes from, so no screen claims a key is saved when it is only borrowed or absent.

    ``variable`` names the environment variable for ``"environment"``: an operator who set it in a shell
    profile and forgot needs its name to find it again.
    """

    kind: KeySourceKind
    variable: str | None = None

    @property
    def words(self) -> str:
        """"in the system keyring", "this session only", "from COLIVINGDESK_BMC_API_KEY" or "missing"."""
        if self.kind == "environment":
            return _say(QT_TRANSLATE_NOOP("Keyring", "from {variable}"), variable=self.variable)
        words = {
            "keyring": QT_TRANSLATE_NOOP("Keyring", "in the system keyring"),
            "session": QT_TRANSLATE_NOOP("Keyring", "this session only"),
        }
        return _say(words.get(self.kind, QT_TRANSLATE_NOOP("Keyring", "missing")))

    @property
    def present(self) -> bool:
        return self.kind != "missing"


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
        import keyring

        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        import keyring.core

        backend = self.backend
        name = _backend_name(backend)
        if self.session_only:
            return KeyringStatus(False, name, _say(QT_TRANSLATE_NOOP(
                "Keyring", "Keys are kept for this session only and forgotten when you quit.")))
        if keyring.core.recommended(backend):
            return KeyringStatus(True, name, _say(QT_TRANSLATE_NOOP(
                "Keyring", "Keys are stored in the system keyring ({backend})."), backend=type(backend).__name__))
        return KeyringStatus(False, name, _say(QT_TRANSLATE_NOOP(
            "Keyring",
            "No secure system keyring is available on this computer, so keys cannot be saved. "
            "You can use them for this session only, or set COLIVINGDESK_* environment variables.",
        )))

    def get(self, account: str, name: str) -> str | None:
        return self._find(account, name)[0]

    def source(self, account: str, name: str) -> KeySource:
        """Where :meth:`get` would take this secret from right now; blocks like ``get`` (it asks the keyring)."""
        return self._find(account, name)[1]

    def _find(self, account: str, name: str) -> tuple[str | None, KeySource]:
        """The secret and its source, in the order ``get`` honours: environment, this session, the keyring."""
        import keyring.core
        import keyring.errors

        env_name = ENV_VARS.get((account, name))
        if env_name and self._environ.get(env_name):
            return self._environ[env_name], KeySource("environment", env_name)
        if (account, name) in self._session:
            return self._session[(account, name)], KeySource("session")
        if self.session_only or not keyring.core.recommended(self.backend):
            return None, KeySource("missing")
        try:
            value = self.backend.get_password(SERVICE, f"{account}:{name}")
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(_say(QT_TRANSLATE_NOOP(
                "Keyring", "The system keyring could not be read ({error})."), error=type(err).__name__)) from None
        return value, KeySource("keyring" if value else "missing")

    def kept_after_quit(self, account: str, name: str) -> bool:
        """Whether the next start will find this secret without the user typing it again: from the environment,
        or from a secure keyring (where the app saves keys). Never asks the keyring itself, so the window may
        call it when the user quits: a secret missing from the keyring is already missing now."""
        import keyring.core

        env_name = ENV_VARS.get((account, name))
        if env_name and self._environ.get(env_name):
            return True
        if (account, name) in self._session or self.session_only:
            return False
        return bool(keyring.core.recommended(self.backend))

    def set(self, account: str, name: str, value: str) -> None:
        import keyring.core
        import keyring.errors

        if self.session_only:
            self._session[(account, name)] = value
            return
        if not keyring.core.recommended(self.backend):
            raise SecretStoreError(self.status().message)
        try:
            self.backend.set_password(SERVICE, f"{account}:{name}", value)
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(_say(QT_TRANSLATE_NOOP(
                "Keyring", "The system keyring refused to save the key ({error})."),
                error=type(err).__name__)) from None

    def delete(self, account: str, name: str) -> None:
        import keyring.core
        import keyring.errors

        self._session.pop((account, name), None)
        if self.session_only or not keyring.core.recommended(self.backend):
            return
        try:
            self.backend.delete_password(SERVICE, f"{account}:{name}")
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as err:
            raise SecretStoreError(_say(QT_TRANSLATE_NOOP(
                "Keyring", "The system keyring refused to delete the key ({error})."),
                error=type(err).__name__)) from None
