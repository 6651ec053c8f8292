"""Fixtures every client test module shares; each module defines its own module-scoped ``server`` (its seed)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from clients_support import Control, bmc_client, coliving_client

from colivingdesk.api import BmcClient, ColivingClient
from colivingdesk.sandbox import SandboxServer


@pytest.fixture(scope="module")
def control(server: SandboxServer) -> Iterator[Control]:
    control = Control(server)
    yield control
    control.close()


@pytest.fixture(autouse=True)
def _no_faults(control: Control) -> Iterator[None]:
    """Every test starts and ends with no fault rules, so one test's faults never leak into the next."""
    control.reset()
    yield
    control.reset()


@pytest.fixture
async def bmc(server: SandboxServer) -> AsyncIterator[BmcClient]:
    async with bmc_client(server) as client:
        yield client


@pytest.fixture
async def coliving(server: SandboxServer) -> AsyncIterator[ColivingClient]:
    async with coliving_client(server) as client:
        yield client
