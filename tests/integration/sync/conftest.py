"""Sync against a real sandbox over HTTP: a fresh server per test (faults and limits are per test), a profile in
a temporary folder, and a factory that builds a Service the way the window does."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store, open_store
from colivingdesk.sync import Service


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(limits_enabled=False)


@pytest.fixture
def server(sandbox_config: SandboxConfig) -> Iterator[SandboxServer]:
    with SandboxServer(sandbox_config) as running:
        yield running


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    return folder


@pytest.fixture
def secrets(sandbox_config: SandboxConfig) -> SecretStore:
    store = SecretStore(session_only=True, environ={})
    store.set("bmc", "api_key", sandbox_config.bmc_key)
    store.set("bmc", "webhook_secret", sandbox_config.webhook_secret)
    store.set("coliving", "api_key", sandbox_config.coliving_key)
    return store


def accounts_for(server: SandboxServer) -> dict[Channel, AccountSettings]:
    return {
        Channel.BMC: AccountSettings(Channel.BMC, server.bmc_base_url),
        Channel.COLIVING: AccountSettings(Channel.COLIVING, server.coliving_base_url),
    }


ServiceFactory = Callable[..., Service]


@pytest.fixture
async def make_service(
    server: SandboxServer, secrets: SecretStore, profile_dir: Path
) -> AsyncIterator[Callable[..., tuple[Service, Store]]]:
    """Build (Service, Store) on the test's profile; everything built is closed at the end of the test."""
    made: list[tuple[Service, Store]] = []

    def build(**kwargs: Any) -> tuple[Service, Store]:
        channels = kwargs.pop("channels", None)
        accounts = accounts_for(server)
        if channels is not None:
            accounts = {c: s for c, s in accounts.items() if c in channels}
        kwargs.setdefault("max_details_per_cycle", 1000)
        kwargs.setdefault("max_threads_per_cycle", 1000)
        kwargs.setdefault("max_booking_messages_per_cycle", 1000)
        kwargs.setdefault("coliving_requests_per_minute", None)
        store = open_store(profile_dir / "cache.sqlite3")
        service = Service(store, secrets, accounts, **kwargs)
        made.append((service, store))
        return service, store

    yield build
    for service, store in made:
        await service.aclose()
        store.close()
