"""Each fault kind, deterministic count-based rules, path/method scoping, seeded rates, control route."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest

from colivingdesk.sandbox import SandboxServer
from colivingdesk.sandbox.faults import FaultInjector, FaultSpecError, parse_spec

PropertyBody = Callable[..., dict[str, object]]


def set_faults(admin: httpx.Client, spec: str) -> None:
    response = admin.put("/_control", json={"faults": spec})
    assert response.status_code == 200, response.text


def test_error_count_then_recovers(admin: httpx.Client, bmc: httpx.Client, coliving: httpx.Client) -> None:
    set_faults(admin, "error:count=2,path=/bmc/api/v1/leads")
    assert [bmc.get("/leads").status_code for _ in range(3)] == [500, 500, 200]
    assert bmc.get("/properties").status_code == 200
    set_faults(admin, "error:count=1,status=503,path=/coliving/")
    failed = coliving.get("/me")
    assert failed.status_code == 503 and failed.json()["error"]["type"] == "internal_error"
    assert coliving.get("/me").status_code == 200
    set_faults(admin, "error:count=1,status=422,path=/bmc/api/v1/leads")
    refused = bmc.get("/leads")
    assert refused.status_code == 422 and refused.json() == {"error": "Unprocessable Entity"}


def test_faults_never_touch_admin_or_control(admin: httpx.Client) -> None:
    set_faults(admin, "error")
    assert admin.get("/_control").status_code == 200
    assert admin.get("/_admin/properties").status_code == 200


def test_method_scoping(admin: httpx.Client, bmc: httpx.Client) -> None:
    set_faults(admin, "error:count=1,method=POST")
    assert bmc.get("/leads").status_code == 200
    assert bmc.post("/webhooks/test", json={"event": "nope"}).status_code == 500
    assert bmc.post("/webhooks/test", json={"event": "nope"}).status_code == 400


def test_latency(admin: httpx.Client, bmc: httpx.Client) -> None:
    set_faults(admin, "latency:count=1,seconds=0.05")
    assert bmc.get("/leads").status_code == 200
    assert admin.get("/_control").json()["fired"].get("latency", 0) >= 1


def test_timeout_hangs_past_client_timeout(admin: httpx.Client, server: SandboxServer) -> None:
    set_faults(admin, "timeout:count=1,seconds=30")
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{server.bmc_base_url}/leads", headers={"x-api-key": "bmc_demo_key"}, timeout=0.3)


def test_drop_closes_connection(admin: httpx.Client, server: SandboxServer) -> None:
    set_faults(admin, "drop:count=1")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        httpx.get(f"{server.coliving_base_url}/me", headers={"X-API-Key": "your_api_key_here"})
    assert (
        httpx.get(f"{server.coliving_base_url}/me", headers={"X-API-Key": "your_api_key_here"}).status_code
        == 200
    )


def test_malformed_body(admin: httpx.Client, bmc: httpx.Client) -> None:
    set_faults(admin, "malformed:count=1")
    response = bmc.get("/leads")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()


def test_forced_429_both_shapes(admin: httpx.Client, bmc: httpx.Client, coliving: httpx.Client) -> None:
    set_faults(admin, "ratelimit:count=2,seconds=7")
    limited = bmc.get("/leads")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "7"
    assert limited.headers["X-RateLimit-Remaining"] == "0" and isinstance(limited.json()["error"], str)
    error = coliving.get("/me").json()["error"]
    assert error["type"] == "rate_limit_error"
    assert error["errors"] == [{"path": "retry_after", "code": "rate_limited", "message": "7"}]


def test_after_fault_processes_then_500_and_retry_replays(
    admin: httpx.Client, bmc: httpx.Client, property_body: PropertyBody
) -> None:
    name = f"After-{uuid.uuid4().hex[:6]}"
    key = str(uuid.uuid4())
    set_faults(admin, "after:count=1,method=POST,path=/bmc/api/v1/properties")
    first = bmc.post("/properties", json=property_body(name=name), headers={"Idempotency-Key": key})
    assert first.status_code == 500
    retry = bmc.post("/properties", json=property_body(name=name), headers={"Idempotency-Key": key})
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    names = [p["name"] for p in bmc.get("/properties", params={"limit": 100}).json()["data"]]
    assert names.count(name) == 1


def test_seeded_rates_are_reproducible() -> None:
    def sequence() -> list[str | None]:
        injector = FaultInjector("error:rate=0.5; seed=42")
        return [
            (rule.kind if rule else None) for _, rule in (injector.pick("GET", "/bmc/x") for _ in range(40))
        ]

    first = sequence()
    assert first == sequence()
    assert 0 < first.count("error") < 40


def test_spec_parsing_and_bad_specs(admin: httpx.Client) -> None:
    rules, seed = parse_spec("error:count=2,method=post,path=/bmc/; latency:seconds=0.5,rate=0.1; seed=7")
    assert seed == 7 and [r.kind for r in rules] == ["error", "latency"] and rules[0].method == "POST"
    for bad in ("explode", "error:count=x", "error:colour=red", "latency:seconds"):
        with pytest.raises(FaultSpecError):
            parse_spec(bad)
    assert admin.put("/_control", json={"faults": "explode"}).status_code == 400
    set_faults(admin, "error:count=3,path=/bmc/")
    assert admin.get("/_control").json()["faults"] == "error:count=3,path=/bmc/"
