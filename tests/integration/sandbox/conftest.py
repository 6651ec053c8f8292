"""A real sandbox on an ephemeral port, shared by the whole test session, plus httpx clients for it.

The shared server runs with rate limits off so the order and number of tests never trip a budget; the limit
tests start their own small-budget servers. Faults are cleared after every test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from colivingdesk.sandbox import SandboxConfig, SandboxServer

BMC_KEY = "bmc_demo_key"
OTHER_BMC_KEY = "bmc_other_key"
COLIVING_KEY = "your_api_key_here"
OTHER_COLIVING_KEY = "coliving_other_key"


@pytest.fixture(scope="session")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(limits_enabled=False, rates_apply_seconds=3600.0)) as running:
        yield running


@pytest.fixture(autouse=True)
def _clear_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    client: httpx.Client | None = (
        request.getfixturevalue("admin") if "server" in request.fixturenames else None
    )
    yield
    if client is not None:
        client.put("/_control", json={"faults": "", "webhook_url": None})


@pytest.fixture(scope="session")
def bmc(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.bmc_base_url, headers={"x-api-key": BMC_KEY}, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def other_bmc(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=server.bmc_base_url, headers={"x-api-key": OTHER_BMC_KEY}, timeout=10
    ) as client:
        yield client


@pytest.fixture(scope="session")
def coliving(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=server.coliving_base_url, headers={"X-API-Key": COLIVING_KEY}, timeout=10
    ) as client:
        yield client


@pytest.fixture(scope="session")
def admin(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


PropertyBody = Callable[..., dict[str, object]]


def _property_body(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "name": "Test Coliving",
        "description": "A place to test.",
        "cityId": "city_lisbon",
        "address": "1 Test Street",
        "amenities": ["wifi", "gym"],
        "contactEmail": "host@example.com",
        "colivingTypeIds": ["ct_digital_nomad"],
        "roomOptions": [{"type": "PRIVATE", "priceMonthly": 80000}],
    }
    body.update(overrides)
    return body


@pytest.fixture
def property_body() -> PropertyBody:
    """Factory for a valid POST /properties body with ``overrides`` applied."""
    return _property_body
