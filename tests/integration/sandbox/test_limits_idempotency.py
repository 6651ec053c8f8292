"""Rate-limit headers and 429 shapes on both channels; Idempotency-Key replay on BookMyColiving."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import httpx
import pytest

from colivingdesk.sandbox import SandboxConfig, SandboxServer

PropertyBody = Callable[..., dict[str, object]]


@pytest.fixture
def small() -> Iterator[SandboxServer]:
    config = SandboxConfig(rate_limits={"reads": 3, "replies": 2}, coliving_per_minute=3)
    with SandboxServer(config) as running:
        yield running


def test_bmc_headers_on_every_authenticated_response(bmc: httpx.Client) -> None:
    for response in (bmc.get("/properties"), bmc.get("/cities"), bmc.get("/properties/prop_9999")):
        assert int(response.headers["X-RateLimit-Limit"]) > 0
        assert int(response.headers["X-RateLimit-Remaining"]) >= 0
        assert int(response.headers["X-RateLimit-Reset"]) >= int(time.time())
    assert bmc.get("/cities").headers["X-RateLimit-Limit"] == "5000"


def test_bmc_sliding_window_and_429(small: SandboxServer) -> None:
    headers = {"x-api-key": "bmc_demo_key"}
    remaining = [
        int(httpx.get(f"{small.bmc_base_url}/leads", headers=headers).headers["X-RateLimit-Remaining"])
        for _ in range(3)
    ]
    assert remaining == [2, 1, 0]
    limited = httpx.get(f"{small.bmc_base_url}/leads", headers=headers)
    assert limited.status_code == 429
    assert set(limited.json()) == {"error"}
    assert limited.headers["X-RateLimit-Remaining"] == "0" and int(limited.headers["Retry-After"]) >= 1
    reset = int(limited.headers["X-RateLimit-Reset"])
    assert time.time() < reset <= time.time() + 3601
    # Other groups and other keys have their own windows.
    assert httpx.get(f"{small.bmc_base_url}/cities", headers=headers).status_code == 200
    assert httpx.get(f"{small.bmc_base_url}/leads", headers={"x-api-key": "bmc_other_key"}).status_code == 200


def test_bmc_reply_cap(small: SandboxServer) -> None:
    headers = {"x-api-key": "bmc_demo_key"}
    thread = small.state.threads[next(k for k in small.state.threads if k[0] == "op_0001")]
    body = {"content": "Hello", "propertyId": thread.property_id}
    url = f"{small.bmc_base_url}/messages/{thread.thread_id}"
    codes = [httpx.post(url, json=body, headers=headers).status_code for _ in range(3)]
    assert codes == [201, 201, 429]


def test_coliving_429_shape(small: SandboxServer) -> None:
    headers = {"Authorization": "Bearer your_api_key_here"}
    codes = [httpx.get(f"{small.coliving_base_url}/me", headers=headers).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    limited = httpx.get(f"{small.coliving_base_url}/me", headers=headers)
    assert limited.status_code == 429
    error = limited.json()["error"]
    assert error["type"] == "rate_limit_error" and error["message"] == "Rate limit exceeded."
    [entry] = error["errors"]
    assert entry["path"] == "retry_after" and entry["code"] == "rate_limited"
    assert 1 <= int(entry["message"]) <= 60
    assert limited.headers["Retry-After"] == entry["message"]


def test_limits_can_be_switched_off(small: SandboxServer) -> None:
    httpx.put(f"{small.base_url}/_control", json={"limits_enabled": False})
    headers = {"x-api-key": "bmc_demo_key"}
    assert all(httpx.get(f"{small.bmc_base_url}/leads", headers=headers).status_code == 200 for _ in range(6))


def test_idempotent_replay(bmc: httpx.Client, server: SandboxServer, property_body: PropertyBody) -> None:
    key = str(uuid.uuid4())
    body = property_body(name="Idempotent House")
    first = bmc.post("/properties", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    again = bmc.post("/properties", json=body, headers={"Idempotency-Key": key})
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert "X-RateLimit-Limit" in again.headers
    names = [p["name"] for p in bmc.get("/properties", params={"limit": 100}).json()["data"]]
    assert names.count("Idempotent House") == 1

    different = bmc.post("/properties", json=property_body(name="Other"), headers={"Idempotency-Key": key})
    assert different.status_code == 409
    other_key = httpx.post(
        f"{server.bmc_base_url}/properties",
        json=body,
        headers={"Idempotency-Key": key, "x-api-key": "bmc_other_key"},
    )
    assert other_key.status_code == 201 and "Idempotent-Replayed" not in other_key.headers
