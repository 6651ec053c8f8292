"""Every JSON sample extracted from the documents, replayed against the sandbox and compared by shape.

Each fixture ``tests/fixtures/<channel>/<name>.json`` is ``{"section", "sample"}``. For every response sample
the same call is made against the sandbox and the recursive key structure and value types must match. Extra
keys in a sandbox response are allowed only where ``ALLOWED_EXTRA`` names them (each is documented in the
sandbox module that produces it); ``null`` in a sandbox response is allowed only where ``NULLABLE`` names the
path (fields the documents call nullable). ``*_request.json`` samples are used as request bodies. A fixture
name without a mapped call is skipped with a reason, so newly extracted samples show up in the report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from colivingdesk.sandbox import SandboxConfig, SandboxServer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
KEY = {"X-API-Key": "your_api_key_here"}
OTHER = {"X-API-Key": "coliving_other_key"}
BAD = {"X-API-Key": "not_a_key"}
PROVIDER = "/integrations/mangobeds"

#: Extra keys the sandbox adds, by path ("[]" marks list items);
#: documented in colivingdesk/sandbox/coliving.py.
ALLOWED_EXTRA = {
    "data.messages[].created_at",
    "data.message.created_at",
}
#: Paths where the sandbox may answer null although the sample shows a value.
NULLABLE = {
    "data.Booking.notes",
    "data.Booking.guest.phone",
    "data.Booking.guest.country",
    "data.Booking.pricing.security_deposit",
    "meta.pagination.from",
    "meta.pagination.to",
}


def load(channel: str, name: str) -> Any:
    return json.loads((FIXTURES / channel / f"{name}.json").read_text())["sample"]


def response_fixtures(channel: str) -> list[str]:
    folder = FIXTURES / channel
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if not p.stem.endswith("_request"))


def shape_problems(sample: Any, actual: Any, path: str = "", extra_ok: bool = False) -> list[str]:
    """Differences in keys and value types between ``sample`` and ``actual``."""
    where = path or "<root>"
    if sample is None:
        return []
    if actual is None:
        return [] if path in NULLABLE else [f"{where}: null, sample has {type(sample).__name__}"]
    if isinstance(sample, dict):
        if not isinstance(actual, dict):
            return [f"{where}: {type(actual).__name__}, sample has object"]
        problems = [f"{where}: missing key {key!r}" for key in sample if key not in actual]
        for key in actual:
            child = f"{path}.{key}" if path else key
            if key not in sample:
                if child not in ALLOWED_EXTRA and not extra_ok:
                    problems.append(f"{child}: not in sample")
                continue
            problems += shape_problems(sample[key], actual[key], child, extra_ok)
        return problems
    if isinstance(sample, list):
        if not isinstance(actual, list):
            return [f"{where}: {type(actual).__name__}, sample has array"]
        if not sample:
            return []
        return [
            problem for item in actual for problem in shape_problems(sample[0], item, f"{path}[]", extra_ok)
        ]
    if isinstance(sample, bool):
        ok = isinstance(actual, bool)
    elif isinstance(sample, int):
        ok = isinstance(actual, int) and not isinstance(actual, bool)
    else:
        ok = type(actual) is type(sample)
    return [] if ok else [f"{where}: {type(actual).__name__}, sample has {type(sample).__name__}"]


@pytest.fixture(scope="module")
def shapes_server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(limits_enabled=False, rates_apply_seconds=3600.0)) as running:
        yield running


Call = Callable[[SandboxServer, httpx.Client], httpx.Response]


def _provider_key(own: str | None, other: str | None, body: Any, headers: dict[str, str] = KEY) -> Call:
    def call(server: SandboxServer, client: httpx.Client) -> httpx.Response:
        server.state.hosts[6368].provider_key = own
        server.state.hosts[7001].provider_key = other
        return client.post(f"{PROVIDER}/provider-key", json=body, headers=headers)

    return call


def _with_fault(spec: str, then: Call) -> Call:
    def call(server: SandboxServer, client: httpx.Client) -> httpx.Response:
        httpx.put(f"{server.base_url}/_control", json={"faults": spec})
        try:
            return then(server, client)
        finally:
            httpx.put(f"{server.base_url}/_control", json={"faults": ""})

    return call


def _me_429(server: SandboxServer, client: httpx.Client) -> httpx.Response:
    with SandboxServer(SandboxConfig(coliving_per_minute=1)) as small:
        httpx.get(f"{small.coliving_base_url}/me", headers=KEY)
        return httpx.get(f"{small.coliving_base_url}/me", headers=KEY)


def _booking_with(server: SandboxServer, want_messages: bool) -> int:
    for booking in sorted(server.state.bookings.values(), key=lambda b: b.booking_id):
        if booking.host_id != 6368 or booking.status == "cancelled":
            continue
        if not want_messages or server.state.booking_messages(booking):
            return booking.booking_id
    raise AssertionError("no suitable seeded booking")


def coliving_calls() -> dict[str, Call]:
    key_body = (
        load("coliving", "provider_key_request")
        if (FIXTURES / "coliving/provider_key_request.json").exists()
        else {"provider_api_key": "mb_provider_key_123456789"}
    )
    value = key_body["provider_api_key"]

    def body(name: str, fallback: Any) -> Any:
        return load("coliving", name) if (FIXTURES / "coliving" / f"{name}.json").exists() else fallback

    availability = body(
        "availability_request", {"data": [{"listing_id": "5325", "room_type_id": "38753", "available": 3}]}
    )
    rates = body(
        "rates_request", {"data": [{"listing_id": "5325", "room_type_id": "38753", "base_price": 800}]}
    )
    message = body("message_create_request", {"message": {"text": "Hello"}})
    bad_room = {"data": [{**availability["data"][0], "room_type_id": "999"}]}
    bad_price = {"data": [{**rates["data"][0], "base_price": -1}]}
    return {
        "me_200": lambda s, c: c.get("/me"),
        "me_401": lambda s, c: c.get("/me", headers=BAD),
        "me_429": _me_429,
        "provider_key_200_created": _provider_key(None, None, key_body),
        "provider_key_200_updated": _provider_key("mb_previous_key_0001", None, key_body),
        "provider_key_200_unchanged": _provider_key(value, None, key_body),
        "provider_key_401": _provider_key(None, None, key_body, BAD),
        "provider_key_404": lambda s, c: c.post("/integrations/acme/provider-key", json=key_body),
        "provider_key_409": _provider_key(None, value, key_body),
        "provider_key_422": _provider_key(None, None, {}),
        "provider_key_500": _with_fault(
            f"error:count=1,path=/coliving/v1{PROVIDER}/provider-key", _provider_key(None, None, key_body)
        ),
        "availability_200": lambda s, c: c.post(f"{PROVIDER}/availability", json=availability),
        "availability_400": lambda s, c: c.post(f"{PROVIDER}/availability", json=bad_room),
        "availability_403": lambda s, c: c.post(f"{PROVIDER}/availability", json=availability, headers=OTHER),
        "rates_200": lambda s, c: c.post(f"{PROVIDER}/rates", json=rates),
        "rates_403": lambda s, c: c.post(f"{PROVIDER}/rates", json=rates, headers=OTHER),
        "rates_422": lambda s, c: c.post(f"{PROVIDER}/rates", json=bad_price),
        "bookings_200": lambda s, c: c.get(f"{PROVIDER}/bookings"),
        "bookings_404": lambda s, c: c.get(f"{PROVIDER}/bookings", params={"listing_id": 9100}),
        "booking_200": lambda s, c: c.get(f"{PROVIDER}/bookings/{_booking_with(s, False)}"),
        "booking_404": lambda s, c: c.get(f"{PROVIDER}/bookings/1"),
        "messages_200": lambda s, c: c.get(f"/bookings/{_booking_with(s, True)}/messages"),
        "messages_404": lambda s, c: c.get("/bookings/1/messages"),
        "message_create_201": lambda s, c: c.post(
            f"/bookings/{_booking_with(s, False)}/messages", json=message
        ),
        "message_create_422": lambda s, c: c.post(
            f"/bookings/{_booking_with(s, False)}/messages", json={"message": {}}
        ),
    }


STATUS_OF = {"me_429": 429}


def expected_status(name: str) -> int:
    digits = [part for part in name.split("_") if part.isdigit() and len(part) == 3]
    return int(digits[0]) if digits else STATUS_OF.get(name, 200)


@pytest.mark.parametrize("name", response_fixtures("coliving"))
def test_coliving_sample_shape(name: str, shapes_server: SandboxServer) -> None:
    calls = coliving_calls()
    if name not in calls:
        pytest.skip(f"no sandbox call mapped for tests/fixtures/coliving/{name}.json")
    sample = load("coliving", name)
    with httpx.Client(base_url=shapes_server.coliving_base_url, headers=KEY, timeout=10) as client:
        response = calls[name](shapes_server, client)
    assert response.status_code == expected_status(name), response.text
    actual = response.json()
    assert shape_problems(sample, actual) == []
    if "error" in sample:
        assert actual["error"]["type"] == sample["error"]["type"]
        if sample["error"]["errors"]:
            assert [e["path"] for e in actual["error"]["errors"]] == [
                e["path"] for e in sample["error"]["errors"]
            ]
    if name.startswith("provider_key_200_"):
        assert actual["data"]["status"] == sample["data"]["status"]


def bmc_calls() -> dict[str, Callable[[SandboxServer, httpx.Client], Any]]:
    def webhook_body(server: SandboxServer, client: httpx.Client) -> Any:
        lead = next(iter(server.state.leads.values()))
        raw, _ = server.sandbox.webhooks.build("lead.created", lead.render())
        return json.loads(raw)

    return {
        "list_envelope": lambda s, c: c.get("/properties").json(),
        "error_body": lambda s, c: c.get("/properties/prop_9999").json(),
        "webhook_lead_created": webhook_body,
    }


#: The webhook sample's ``data`` ends in "..." in the document: more lead fields are expected there.
BMC_EXTRA_OK = {"webhook_lead_created"}


@pytest.mark.parametrize("name", [n for n in response_fixtures("bmc") if not n.endswith("_request")])
def test_bmc_sample_shape(name: str, shapes_server: SandboxServer) -> None:
    calls = bmc_calls()
    if name not in calls:
        pytest.skip(f"no sandbox call mapped for tests/fixtures/bmc/{name}.json")
    sample = load("bmc", name)
    with httpx.Client(base_url=shapes_server.bmc_base_url, headers={"x-api-key": "bmc_demo_key"}) as client:
        actual = calls[name](shapes_server, client)
    if name in BMC_EXTRA_OK:
        assert shape_problems(sample, actual, extra_ok=True) == []
        assert set(actual["data"]) >= set(sample["data"])
    else:
        assert shape_problems(sample, actual) == []
