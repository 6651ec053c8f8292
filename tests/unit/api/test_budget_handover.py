"""Budgets handed in from outside the process (what another run on the profile learnt) and the refusal rule
the sync side uses to skip work instead of being refused."""

from __future__ import annotations

import httpx
import pytest
from apitestkit import BMC_KEY, FakeClock, Recorder, client_kwargs, respond, script

from colivingdesk.api._http import HttpCore
from colivingdesk.api.bmc import envelope as bmc_envelope
from colivingdesk.api.errors import RateLimited
from colivingdesk.api.ratelimit import Budgets, RateBudget

BASE = "https://example.test/api/v1"


def core(clock: FakeClock, budgets: Budgets, replies: list[httpx.Response]) -> tuple[HttpCore, Recorder]:
    rec = script(clock, *replies)
    http = HttpCore(
        BASE,
        channel="BookMyColiving",
        auth_header="x-api-key",
        auth_value=BMC_KEY,
        error_parser=bmc_envelope.parse_error,
        budgets=budgets,
        **client_kwargs(clock, rec),
    )
    return http, rec


def test_merge_keeps_the_later_cooldown_and_the_newer_counter() -> None:
    budgets = Budgets()
    heard: list[str] = []
    budgets.add_listener(lambda group, _: heard.append(group))
    budgets.merge("leads", RateBudget(limit=100, remaining=40, reset_at=2_000.0, cooldown_until=1_500.0,
                                      updated_at=1_000.0))
    # An older reading with a shorter cooldown changes nothing.
    budgets.merge("leads", RateBudget(limit=100, remaining=90, reset_at=1_900.0, cooldown_until=1_200.0,
                                      updated_at=900.0))
    assert budgets.get("leads") == RateBudget(100, 40, 2_000.0, 1_500.0, 1_000.0)
    assert heard == ["leads"]
    # A newer reading replaces the counter; a later cooldown extends the wait.
    budgets.merge("leads", RateBudget(limit=100, remaining=0, reset_at=4_600.0, cooldown_until=1_800.0,
                                      updated_at=1_100.0))
    assert budgets.get("leads") == RateBudget(100, 0, 4_600.0, 1_800.0, 1_100.0)
    assert heard == ["leads", "leads"]


async def test_a_merged_wait_stops_requests_before_they_are_sent() -> None:
    clock = FakeClock()
    budgets = Budgets()
    budgets.merge("leads", RateBudget(cooldown_until=clock.now + 600))
    http, rec = core(clock, budgets, [respond(200, {"ok": True})])
    with pytest.raises(RateLimited) as info:
        await http.request("GET", "leads", group="leads")
    assert info.value.retry_after == pytest.approx(600)
    assert rec.sent == []
    assert (await http.request("GET", "messages", group="messages")).body == {"ok": True}
    assert [s.url.path for s in rec.sent] == ["/api/v1/messages"]


def test_refuses_until_is_the_rule_request_applies() -> None:
    clock = FakeClock()
    budgets = Budgets()
    http, _ = core(clock, budgets, [respond(200, {})])
    assert http.refuses_until("leads") is None
    budgets.set_cooldown("leads", clock.now + 30)  # short: slept through inside a call, not a refusal
    assert http.refuses_until("leads") is None
    budgets.set_cooldown("leads", clock.now + 600)
    assert http.refuses_until("leads") == pytest.approx(clock.now + 600)
    budgets.merge("messages", RateBudget(limit=10, remaining=0, reset_at=clock.now + 3_600, updated_at=clock.now))
    assert http.refuses_until("messages") == pytest.approx(clock.now + 3_600)
    clock.now += 3_600
    assert http.refuses_until("leads") is None and http.refuses_until("messages") is None
