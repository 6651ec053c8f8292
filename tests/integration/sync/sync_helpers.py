"""Shared helpers of the sync integration tests: converge, and the server's truth to compare the cache with."""

from __future__ import annotations

import asyncio
import os
import re
from typing import Any

import httpx

from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import Store
from colivingdesk.sync import Service
from colivingdesk.sync.clock import SystemClock

#: ``COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE`` for headless runs against a sandbox whose limits are off: a
#: complete sync of the demo (more than 60 Coliving.com requests) then takes no real minute.
UNMETERED_PACE = "6000"


def headless_environ(
    monkeypatch: Any, server: SandboxServer, config: SandboxConfig, profile: Any, *, bmc: bool = True
) -> None:
    """The environment the headless commands read, pointed at ``server`` and ``profile`` (restored after the
    test by ``monkeypatch``): no other ``COLIVINGDESK_*`` variable leaks in from the caller's shell."""
    for name in list(os.environ):
        if name.startswith("COLIVINGDESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(profile))
    if bmc:
        monkeypatch.setenv("COLIVINGDESK_BMC_BASE_URL", server.bmc_base_url)
        monkeypatch.setenv("COLIVINGDESK_BMC_API_KEY", config.bmc_key)
    monkeypatch.setenv("COLIVINGDESK_COLIVING_BASE_URL", server.coliving_base_url)
    monkeypatch.setenv("COLIVINGDESK_COLIVING_API_KEY", config.coliving_key)
    monkeypatch.setenv("COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE", UNMETERED_PACE)


#: A progress line of ``sync --once`` on stderr ("Coliving.com booking messages: 12/40 conversations, ...").
PROGRESS_LINE = re.compile(r"^(BookMyColiving|Coliving\.com) [a-z ]+: [\d,]+(/[\d,]+)? [a-z ]+")


def without_progress(err: str) -> list[str]:
    """The lines of ``err`` that are not progress lines (errors, waits)."""
    return [line for line in err.splitlines() if not PROGRESS_LINE.match(line)]


class NoWaitClock(SystemClock):
    """Real time, but retry backoffs and server waits pass at once, so faults cost no wall time."""

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)


async def converge(service: Service, rounds: int = 5) -> None:
    """Sync until a cycle changes nothing (first syncs spread detail calls over cycles)."""
    for _ in range(rounds):
        report = await service.sync_once()
        assert report.ok, report.errors
        if not report.changed:
            return
    raise AssertionError("sync did not converge")


def _walk(client: httpx.Client, path: str, params: dict[str, Any], key: str | None = None) -> list[Any]:
    out: list[Any] = []
    page = 1
    while True:
        body = client.get(path, params={**params, "page": page}).raise_for_status().json()
        data = body["data"] if key is None else body["data"][key]
        out.extend(data)
        pagination = body["pagination"] if "pagination" in body else body["meta"]["pagination"]
        last = pagination.get("totalPages", pagination.get("last_page"))
        if page >= last or not data:
            return out
        page += 1


def server_truth(server: SandboxServer, config: SandboxConfig) -> dict[str, Any]:
    """What the channels hold, read with plain httpx: the yardstick sync must converge to."""
    with httpx.Client(base_url=server.bmc_base_url + "/", headers={"x-api-key": config.bmc_key}) as bmc:
        properties = {p["id"]: p["status"] for p in _walk(bmc, "properties", {"limit": 100})}
        leads = {lead["id"] for lead in _walk(bmc, "leads", {"limit": 100})}
        threads = {t["threadId"]: t for t in _walk(bmc, "messages", {"limit": 100})}
        messages = {
            tid: {m["id"] for m in _walk(bmc, f"messages/{tid}", {"limit": 100})} for tid in threads
        }
    with httpx.Client(
        base_url=server.coliving_base_url + "/", headers={"X-API-Key": config.coliving_key}
    ) as col:
        bookings = {
            str(b["booking_id"]): (b["version"], b["status"])
            for b in _walk(col, "integrations/mangobeds/bookings", {"per_page": 100}, "Bookings")
        }
    return {"properties": properties, "leads": leads, "threads": threads, "messages": messages,
            "bookings": bookings}


def assert_store_matches(store: Store, truth: dict[str, Any]) -> None:
    from colivingdesk.headless_output import _records

    props = {p.id: p.status for p in _records(store, "properties")}
    assert props == truth["properties"]
    assert {lead.id for lead in _records(store, "leads")} == truth["leads"]
    bookings = {b.id: (b.version, b.status) for b in _records(store, "bookings")}
    assert bookings == truth["bookings"]
    for thread_id, ids in truth["messages"].items():
        stored = {m.external_id for m in store.messages_for_thread(Channel.BMC, thread_id) if hasattr(m, "sender")}
        assert stored == ids, thread_id
