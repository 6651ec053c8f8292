"""``colivingdesk --demo``: the window on the built-in sandbox, with a throwaway profile and demo keys.

The sandbox runs in a daemon thread on a free port; the keys are held for the session only, so the demo never
touches the user's keyring or real profile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore


@dataclass(frozen=True, slots=True)
class DemoInfo:
    """What the window needs to know about the demo: where the sandbox's admin side is."""

    admin_url: str
    accounts: dict[Channel, AccountSettings]


@dataclass(frozen=True, slots=True)
class DemoSession:
    """A throwaway profile, its session-only keys and the sandbox it talks to."""
    profile: Profile
    secrets: SecretStore
    info: DemoInfo


@contextmanager
def start_demo(folder: str | Path, *, ticker_seconds: float | None = 60.0) -> Iterator[DemoSession]:
    from colivingdesk.sandbox import SandboxConfig, SandboxServer

    config = SandboxConfig(demo_ticker_seconds=ticker_seconds)
    with SandboxServer(config) as server:
        secrets = SecretStore(session_only=True, environ={})
        secrets.set("bmc", "api_key", config.bmc_key)
        secrets.set("bmc", "webhook_secret", config.webhook_secret)
        secrets.set("coliving", "api_key", config.coliving_key)
        accounts = {
            Channel.BMC: AccountSettings(Channel.BMC, server.bmc_base_url),
            Channel.COLIVING: AccountSettings(Channel.COLIVING, server.coliving_base_url),
        }
        profile = Profile(Path(folder)).ensure()
        yield DemoSession(profile, secrets, DemoInfo(f"{server.base_url}/_admin", accounts))
