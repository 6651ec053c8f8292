"""What every headless command shares: the exit statuses, the one-line error, and opening the profile's
store and a Service on it with the configured accounts and keys.

The command modules (:mod:`colivingdesk.headless` and its ``headless_*`` siblings) import it inside their
functions, so building the command-line parser stays cheap; it imports the store, sync and keyring code only
where a command first needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from colivingdesk.accounts import AccountSettings, settings_from_environ
from colivingdesk.domain import Channel

if TYPE_CHECKING:
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import Store
    from colivingdesk.sync import Service

EXIT_OK, EXIT_CHANNEL, EXIT_USAGE = 0, 1, 2
#: Overrides the Coliving.com pace (requests a minute) of the headless commands.
PACE_VARIABLE = "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE"


class CommandError(Exception):
    """A failure to report in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code



def _guarded(action: Callable[[], int]) -> int:
    from colivingdesk.api.errors import ChannelError
    from colivingdesk.secrets import SecretStoreError
    from colivingdesk.store import SchemaTooNewError

    try:
        return action()
    except CommandError as err:
        print(str(err), file=sys.stderr)
        return err.code
    except BrokenPipeError:
        # The reader went away (``colivingdesk export leads | head``): not an error worth a message. Point stdout
        # at /dev/null so the interpreter's final flush does not raise again (the recipe in Python's signal docs).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except ChannelError as err:
        print(f"error: {err.message}", file=sys.stderr)
        return EXIT_CHANNEL
    except (SecretStoreError, SchemaTooNewError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _open_store(args: argparse.Namespace) -> Store:
    import sqlite3

    from colivingdesk.profile import resolve_profile
    from colivingdesk.store import open_store
    from colivingdesk.team import TeamDatabaseError, database_setting, open_team_store

    try:
        team = database_setting(getattr(args, "database", None))
        if team is not None:
            return open_team_store(team)
    except TeamDatabaseError as err:
        raise CommandError(f"error: {err}") from None
    profile = resolve_profile(getattr(args, "profile", None))
    try:
        return open_store(profile.ensure().database)
    except sqlite3.Error as err:
        message = f"error: the profile cache at {profile.database} cannot be opened ({err})"
        raise CommandError(message) from None


def configured_accounts(
    store: Store, environ: Mapping[str, str] | None = None
) -> dict[Channel, AccountSettings]:
    """The profile's accounts, overridden per channel by ``COLIVINGDESK_*`` environment variables."""
    found: dict[Channel, AccountSettings] = {}
    for account in store.list_accounts():
        found[account.channel] = AccountSettings(
            account.channel,
            account.base_url,
            provider=account.provider or "mangobeds",
            auth_style=account.auth_style or "x-api-key",
        )
    found.update(settings_from_environ(environ))
    return found


def _service(
    args: argparse.Namespace, *, interval: float = 60.0, only: Channel | None = None
) -> tuple[Service, Store]:
    from colivingdesk.secrets import SecretStore
    from colivingdesk.sync import Service

    store = _open_store(args)
    try:
        accounts = configured_accounts(store)
        if only is not None:
            accounts = {c: s for c, s in accounts.items() if c is only}
        if not accounts:
            what = only.label if only is not None else "any channel"
            raise CommandError(
                f"error: no account configured for {what}; add one in the window or set "
                "COLIVINGDESK_BMC_API_KEY / COLIVINGDESK_COLIVING_API_KEY"
            )
        secrets = SecretStore()
        pace = _coliving_pace()
        service = Service(store, secrets, accounts, poll_interval=interval, coliving_requests_per_minute=pace)
        missing = [c for c in accounts if c not in service.channels]
        if missing:
            raise CommandError(_no_key_line(secrets, {c: accounts[c] for c in missing}))
        return service, store
    except BaseException:
        store.close()
        raise


def _coliving_pace() -> int:
    """Coliving.com requests a minute to pace to: the documented 60, or ``COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE``
    for a server that meters differently (a sandbox started with another limit)."""
    from colivingdesk.sync.runtime import COLIVING_REQUESTS_PER_MINUTE

    raw = os.environ.get(PACE_VARIABLE, "").strip()
    if not raw:
        return COLIVING_REQUESTS_PER_MINUTE
    if not raw.isdigit() or int(raw) < 1:
        raise CommandError(f"error: {PACE_VARIABLE} must be a whole number of requests a minute, got {raw!r}")
    return int(raw)


def _no_key_line(secrets: SecretStore, missing: Mapping[Channel, AccountSettings]) -> str:
    """Why no key could be had for the ``missing`` accounts, and the environment variables that work instead
    (with the base URL and provider too when the account does not use the defaults, since the key variable
    alone selects them)."""
    from colivingdesk.accounts import DEFAULT_BASE_URLS, DEFAULT_PROVIDER
    from colivingdesk.secrets import ENV_VARS, SecretStoreError

    labels = " and ".join(c.label for c in missing)
    cause = ""
    if not secrets.status().secure:
        cause = "no secure system keyring on this computer"
    else:
        try:  # read again to tell a keyring that fails from one that holds no key
            for channel in missing:
                secrets.get(channel.value, "api_key")
        except SecretStoreError as err:
            text = str(err).rstrip(".")
            cause = text[:1].lower() + text[1:]
    keys = "API keys" if len(missing) > 1 else "API key"
    if cause:
        cause = f"{cause}, so the {labels} {keys} cannot be read"
    else:
        cause = f"no {labels} {keys} found in the system keyring"
    names: list[str] = []
    for channel, settings in missing.items():
        names.append(ENV_VARS[(channel.value, "api_key")])
        if settings.base_url.rstrip("/") != DEFAULT_BASE_URLS[channel]:
            names.append(f"COLIVINGDESK_{channel.name}_BASE_URL={settings.base_url}")
        if channel is Channel.COLIVING and settings.provider != DEFAULT_PROVIDER:
            names.append(f"COLIVINGDESK_COLIVING_PROVIDER={settings.provider}")
    return f"error: {cause}; set {' '.join(names)} instead (README, \"Headless use\")"

