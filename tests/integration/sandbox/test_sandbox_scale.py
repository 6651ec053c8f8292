"""Scale seeding builds the requested volumes and serves the last pages."""

from __future__ import annotations

import httpx

from colivingdesk.sandbox import SandboxConfig, SandboxServer


def test_scale_seed_counts_and_paging() -> None:
    config = SandboxConfig(
        seed="scale",
        bookings=100_000,
        leads=20_000,
        threads=5_000,
        messages_per_thread=10,
        limits_enabled=False,
    )
    with SandboxServer(config) as running:
        state = running.state
        assert sum(1 for b in state.bookings.values() if b.booking_id >= 100_000) == 100_000
        assert len(state.leads) >= 20_000
        scale_threads = [
            t for t in state.threads.values() if len(t.messages) == 10 and t.thread_id in state.user_names
        ]
        assert len(scale_threads) >= 5_000

        coliving = {"X-API-Key": "your_api_key_here"}
        url = f"{running.coliving_base_url}/integrations/mangobeds/bookings"
        meta = httpx.get(url, params={"per_page": 100}, headers=coliving).json()["meta"]["pagination"]
        assert meta["total"] == 100_040 and meta["last_page"] == 1001
        last = httpx.get(url, params={"per_page": 100, "page": 1001}, headers=coliving).json()
        assert len(last["data"]["Bookings"]) == 40 and last["meta"]["pagination"]["to"] == 100_040

        bmc = {"x-api-key": "bmc_demo_key"}
        leads = httpx.get(f"{running.bmc_base_url}/leads", params={"limit": 100}, headers=bmc).json()
        assert leads["pagination"]["total"] >= 20_000
        tail = httpx.get(
            f"{running.bmc_base_url}/leads",
            params={"limit": 100, "page": leads["pagination"]["totalPages"]},
            headers=bmc,
        ).json()
        assert tail["data"]
