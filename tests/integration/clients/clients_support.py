"""Shared plumbing for the client-over-HTTP tests: a real sandbox, its control route, and client factories.

The client tests talk to a real ``SandboxServer`` over TCP, so everything here is about driving that server
from the outside (``/_control``, ``/_admin``) the way a person or the desktop app would, never by reaching
into the client's internals.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from colivingdesk.api import BmcClient, ColivingClient, PropertyDraft, RoomOptionDraft
from colivingdesk.sandbox import SandboxServer

BMC_KEY = "bmc_demo_key"
OTHER_BMC_KEY = "bmc_other_key"
COLIVING_KEY = "your_api_key_here"
OTHER_COLIVING_KEY = "coliving_other_key"
WEBHOOK_SECRET = "whsec_demo"

# Every request a test wants to count passes a zero-second latency rule first: it never delays anything, but
# the sandbox counts it in ``fired["latency"]``, which is how a test sees how many requests really arrived.
COUNT_ALL = "latency:seconds=0"


def no_jitter() -> float:
    """Backoff with full jitter draws from [0, cap); always drawing 0 keeps retries instant and repeatable."""
    return 0.0


class Control:
    """The sandbox's ``/_control`` and ``/_admin`` routes, which are never faulted or rate limited."""

    def __init__(self, server: SandboxServer) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.base_url, timeout=10)

    def close(self) -> None:
        self.http.close()

    def configure(self, **body: Any) -> dict[str, Any]:
        response = self.http.put("/_control", json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def faults(self, spec: str) -> None:
        """Replace the fault rules; the ``fired`` counters keep counting from where they were."""
        self.configure(faults=spec)

    def reset(self) -> None:
        self.configure(faults="", webhook_url=None)

    def fired(self) -> dict[str, int]:
        response = self.http.get("/_control")
        assert response.status_code == 200, response.text
        return dict(response.json()["fired"])

    def rules(self) -> list[dict[str, Any]]:
        return list(self.http.get("/_control").json()["rules"])

    def admin(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        assert response.status_code == 200, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()


class Counter:
    """How many requests matching a path prefix reached the sandbox since ``start()``."""

    def __init__(self, control: Control, path: str = "") -> None:
        self.control = control
        self.rule = COUNT_ALL + (f",path={path}" if path else "")
        self.base = 0

    def spec(self, *others: str) -> str:
        """The counting rule first (it always fires), then the faults under test."""
        return "; ".join((self.rule, *others))

    def start(self, *others: str) -> None:
        self.control.faults(self.spec(*others))
        self.base = self.control.fired().get("latency", 0)

    @property
    def seen(self) -> int:
        return self.control.fired().get("latency", 0) - self.base


def bmc_client(server: SandboxServer, key: str = BMC_KEY, **kwargs: Any) -> BmcClient:
    kwargs.setdefault("timeout", 10.0)
    kwargs.setdefault("rng", no_jitter)
    return BmcClient(server.bmc_base_url, key, **kwargs)


def coliving_client(server: SandboxServer, key: str = COLIVING_KEY, **kwargs: Any) -> ColivingClient:
    kwargs.setdefault("timeout", 10.0)
    kwargs.setdefault("rng", no_jitter)
    return ColivingClient(server.coliving_base_url, key, **kwargs)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def draft(name: str | None = None, **overrides: Any) -> PropertyDraft:
    """A valid property draft (every reference id exists in the sandbox's seed)."""
    fields: dict[str, Any] = {
        "name": name or unique("Client Test House"),
        "description": "Bright rooms near the river.",
        "city_id": "city_lisbon",
        "address": "12 Rua Augusta",
        "amenities": ["wifi", "coworking"],
        "contact_email": "host@sunnycoliving.example",
        "coliving_type_ids": ["ct_digital_nomad"],
        "room_options": [RoomOptionDraft(type="PRIVATE", price_monthly_cents=85_000)],
    }
    fields.update(overrides)
    return PropertyDraft(**fields)
