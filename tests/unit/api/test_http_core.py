"""Transport rules shared by both clients: retries, waits, cooldowns, the limiter, error mapping,
redaction.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from typing import Any

import httpx
import pytest
from apitestkit import BMC_KEY, COLIVING_KEY, FakeClock, Recorder, client_kwargs, respond, sample, script

from colivingdesk.api import BmcClient, ColivingClient, RetryPolicy
from colivingdesk.api._http import HttpCore, parse_retry_after, redact_headers
from colivingdesk.api.bmc import envelope as bmc_envelope
from colivingdesk.api.errors import (
    NetworkError,
    RateLimited,
    ServerError,
    Timeout,
    UnexpectedResponse,
)
from colivingdesk.api.ratelimit import Budgets, RateBudget

BASE = "https://example.test/api/v1"


def core(clock: FakeClock, rec: Recorder, **extra: Any) -> HttpCore:
    kwargs = client_kwargs(clock, rec)
    kwargs.update(extra)
    return HttpCore(
        BASE,
        channel="BookMyColiving",
        auth_header="x-api-key",
        auth_value=BMC_KEY,
        error_parser=bmc_envelope.parse_error,
        **kwargs,
    )


OK = respond(200, {"ok": True})


# ---------------------------------------------------------------- 5xx, timeouts, connection errors


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_read_retried_after_5xx_then_succeeds(clock: FakeClock, status: int) -> None:
    rec = script(clock, respond(status, {"error": "boom"}), OK)
    result = await core(clock, rec).request("GET", "leads", group="leads")
    assert result.body == {"ok": True} and result.attempts == 2 and len(rec.sent) == 2


async def test_501_is_not_retried(clock: FakeClock) -> None:
    rec = script(clock, respond(501, {"error": "nope"}), OK)
    with pytest.raises(ServerError):
        await core(clock, rec).request("GET", "leads", group="leads")
    assert len(rec.sent) == 1


async def test_backoff_doubles_from_half_a_second_to_eight(clock: FakeClock) -> None:
    rec = script(clock, respond(500, {"error": "boom"}))
    with pytest.raises(ServerError):
        await core(clock, rec, retry=RetryPolicy(max_attempts=8)).request("GET", "x", group="g")
    assert clock.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]  # rng() == 1.0: the top of each jitter range
    assert len(rec.sent) == 8


async def test_full_jitter_uses_the_random_source(clock: FakeClock) -> None:
    rec = script(clock, respond(503, {}), OK)
    await core(clock, rec, rng=lambda: 0.25).request("GET", "x", group="g")
    assert clock.sleeps == [0.125]


async def test_read_gives_up_after_max_attempts(clock: FakeClock) -> None:
    rec = script(clock, respond(500, {"error": "down"}))
    with pytest.raises(ServerError) as info:
        await core(clock, rec).request("GET", "x", group="g")
    assert len(rec.sent) == 4 and info.value.status == 500


async def test_timeout_is_retried_then_raised_as_timeout(clock: FakeClock) -> None:
    rec = script(clock, httpx.ReadTimeout("slow"))
    with pytest.raises(Timeout) as info:
        await core(clock, rec).request("GET", "x", group="g")
    assert len(rec.sent) == 4 and isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_timeout_then_success(clock: FakeClock) -> None:
    rec = script(clock, httpx.ConnectTimeout("slow"), OK)
    assert (await core(clock, rec).request("GET", "x", group="g")).body == {"ok": True}


async def test_connection_error_becomes_network_error(clock: FakeClock) -> None:
    rec = script(clock, httpx.ConnectError("refused"))
    with pytest.raises(NetworkError) as info:
        await core(clock, rec).request("GET", "x", group="g")
    assert not isinstance(info.value, Timeout)
    assert isinstance(info.value.__cause__, httpx.ConnectError) and len(rec.sent) == 4


async def test_connection_error_then_success(clock: FakeClock) -> None:
    rec = script(clock, httpx.RemoteProtocolError("reset"), OK)
    assert (await core(clock, rec).request("GET", "x", group="g")).attempts == 2


@pytest.mark.parametrize(
    "failure",
    [
        respond(500, {"error": "boom"}),
        respond(503, {}),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("x"),
    ],
)
async def test_unkeyed_write_is_sent_exactly_once(clock: FakeClock, failure: Any) -> None:
    rec = script(clock, failure, OK)
    with pytest.raises((ServerError, NetworkError)):
        await core(clock, rec).request("POST", "x", group="g", json={"a": 1})
    assert len(rec.sent) == 1


async def test_keyed_write_is_retried_with_the_same_key(clock: FakeClock) -> None:
    rec = script(clock, httpx.ReadTimeout("slow"), respond(502, {}), respond(201, {"id": 1}))
    result = await core(clock, rec).request("POST", "x", group="g", json={"a": 1}, idempotency_key="key-1")
    assert result.status == 201 and [s.headers["idempotency-key"] for s in rec.sent] == ["key-1"] * 3


# ---------------------------------------------------------------- malformed JSON


async def test_malformed_json_on_a_read_is_retried_then_unexpected(clock: FakeClock) -> None:
    rec = script(clock, respond(200, content=b'{"data": [1, 2'))
    with pytest.raises(UnexpectedResponse) as info:
        await core(clock, rec).request("GET", "x", group="g")
    assert len(rec.sent) == 4 and isinstance(info.value.__cause__, ValueError)


async def test_malformed_json_then_good_json(clock: FakeClock) -> None:
    rec = script(clock, respond(200, content=b"<html>"), OK)
    assert (await core(clock, rec).request("GET", "x", group="g")).body == {"ok": True}


async def test_malformed_json_on_a_write_is_not_retried(clock: FakeClock) -> None:
    rec = script(clock, respond(201, content=b"{oops"), OK)
    with pytest.raises(UnexpectedResponse):
        await core(clock, rec).request("POST", "x", group="g", json={}, idempotency_key="k")
    assert len(rec.sent) == 1


async def test_empty_2xx_body_is_none(clock: FakeClock) -> None:
    rec = script(clock, respond(204))
    assert (await core(clock, rec).request("DELETE", "x", group="g", idempotency_key="k")).body is None


async def test_json_floats_are_decoded_as_decimal(clock: FakeClock) -> None:
    from decimal import Decimal

    rec = script(clock, respond(200, content=b'{"a": 0.1, "b": 0.2, "c": 1250.0}'))
    body = (await core(clock, rec).request("GET", "x", group="g")).body
    assert body["a"] + body["b"] == Decimal("0.3") and str(body["c"]) == "1250.0"


# ---------------------------------------------------------------- 429 and cooldowns


def rate_limited(**headers: str) -> httpx.Response:
    return respond(429, {"error": "Rate limit exceeded"}, headers=headers)


async def test_429_retry_after_seconds_is_honoured(clock: FakeClock) -> None:
    start = clock.now
    rec = script(clock, rate_limited(**{"Retry-After": "30"}), OK)
    result = await core(clock, rec).request("GET", "x", group="g")
    assert result.body == {"ok": True}
    assert clock.sleeps == [30.0] and rec.sent[1].at == start + 30


async def test_429_retry_after_http_date_is_honoured(clock: FakeClock) -> None:
    start = clock.now
    date = email.utils.formatdate(start + 45, usegmt=True)
    rec = script(clock, rate_limited(**{"Retry-After": date}), OK)
    await core(clock, rec).request("GET", "x", group="g")
    assert rec.sent[1].at == start + 45


async def test_429_x_ratelimit_reset_is_honoured(clock: FakeClock) -> None:
    start = clock.now
    rec = script(
        clock,
        rate_limited(
            **{
                "X-RateLimit-Limit": "100",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(int(start) + 20),
            }
        ),
        OK,
    )
    c = core(clock, rec)
    await c.request("GET", "x", group="g")
    assert rec.sent[1].at == start + 20
    assert c.budgets.get("g") == RateBudget(
        limit=100, remaining=0, reset_at=start + 20, cooldown_until=start + 20, updated_at=start
    )


async def test_429_without_any_hint_still_waits(clock: FakeClock) -> None:
    rec = script(clock, rate_limited(), OK)
    await core(clock, rec).request("GET", "x", group="g")
    assert clock.sleeps == [1.0]


async def test_429_on_unkeyed_write_raises_and_records_cooldown(clock: FakeClock) -> None:
    rec = script(clock, rate_limited(**{"Retry-After": "10"}), OK)
    c = core(clock, rec)
    with pytest.raises(RateLimited) as info:
        await c.request("POST", "x", group="g", json={})
    assert info.value.retry_after == 10 and len(rec.sent) == 1
    assert c.budgets.blocked_for("g", clock.now) == 10


async def test_no_request_goes_out_during_a_cooldown(clock: FakeClock) -> None:
    rec = script(clock, rate_limited(**{"Retry-After": "60"}), OK)
    c = core(clock, rec, retry=RetryPolicy(max_attempts=1, wait_for_cooldown=False))
    with pytest.raises(RateLimited):
        await c.request("GET", "x", group="g")
    assert len(rec.sent) == 1
    for step in (0, 10, 30, 59):
        clock.now = rec.sent[0].at + step
        with pytest.raises(RateLimited) as info:
            await c.request("GET", "x", group="g")
        assert info.value.retry_after == pytest.approx(60 - step)
        with pytest.raises(RateLimited):
            await c.request("POST", "x", group="g", json={}, idempotency_key="k")
    assert len(rec.sent) == 1  # nothing reached the transport while the cooldown was live
    await c.request("GET", "y", group="other")  # other groups are not blocked
    assert len(rec.sent) == 2
    clock.now = rec.sent[0].at + 60
    await c.request("GET", "x", group="g")
    assert len(rec.sent) == 3


async def test_waiting_policy_sends_nothing_before_the_cooldown_ends(clock: FakeClock) -> None:
    start = clock.now
    rec = script(clock, rate_limited(**{"Retry-After": "30"}), OK)
    c = core(clock, rec)
    with pytest.raises(RateLimited):
        await c.request("POST", "x", group="g", json={})  # sets the cooldown, not retried
    results = await asyncio.gather(*(c.request("GET", "x", group="g") for _ in range(3)))
    assert all(r.body == {"ok": True} for r in results)
    assert [s.at >= start + 30 for s in rec.sent[1:]] == [True, True, True]


async def test_cooldown_longer_than_max_wait_raises_without_sending(clock: FakeClock) -> None:
    rec = script(clock, rate_limited(**{"Retry-After": "3600"}), OK)
    c = core(clock, rec)
    with pytest.raises(RateLimited) as info:
        await c.request("GET", "x", group="g")
    assert len(rec.sent) == 1 and info.value.retry_after == pytest.approx(3600)


async def test_exhausted_window_blocks_before_a_429(clock: FakeClock) -> None:
    reset = int(clock.now) + 50
    rec = script(
        clock,
        respond(
            200,
            {},
            headers={
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(reset),
            },
        ),
        OK,
    )
    c = core(clock, rec)
    await c.request("GET", "x", group="g")
    await c.request("GET", "x", group="g")
    assert rec.sent[1].at == reset


# ---------------------------------------------------------------- budgets


def test_budgets_from_headers_and_listeners() -> None:
    budgets = Budgets()
    seen: list[tuple[str, RateBudget]] = []
    budgets.add_listener(lambda g, b: seen.append((g, b)))
    budgets.update_from_headers(
        "replies",
        {"x-ratelimit-limit": "60", "x-ratelimit-remaining": "57", "x-ratelimit-reset": "1800003900"},
        1_800_000_000.0,
    )
    snap = budgets.snapshot()
    budgets.update_from_headers("replies", {"x-ratelimit-remaining": "56"}, 1_800_000_001.0)
    assert snap["replies"].remaining == 57 and budgets.get("replies").remaining == 56  # type: ignore[union-attr]
    assert budgets.get("replies").limit == 60  # type: ignore[union-attr]
    assert [g for g, _ in seen] == ["replies", "replies"]
    assert snap["replies"].reset_datetime is not None and snap["replies"].reset_datetime.minute == 5
    budgets.update_from_headers("other", {"content-type": "x"}, 0)
    assert budgets.get("other") is None


def test_garbled_rate_headers_are_ignored() -> None:
    budgets = Budgets()
    budgets.update_from_headers("g", {"x-ratelimit-limit": "lots", "x-ratelimit-remaining": "3"}, 0)
    assert budgets.get("g") == RateBudget(limit=None, remaining=3, updated_at=0)


def test_small_reset_is_read_as_seconds_from_now() -> None:
    budgets = Budgets()
    budgets.update_from_headers("g", {"x-ratelimit-reset": "30"}, 1_800_000_000.0)
    assert budgets.get("g").reset_at == 1_800_000_030.0  # type: ignore[union-attr]


def test_parse_retry_after() -> None:
    assert parse_retry_after("12", 0) == 12
    assert parse_retry_after(" 1.5 ", 0) == 1.5
    assert parse_retry_after("soon", 0) is None
    assert parse_retry_after(None, 0) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412480 - 10) == 10


# ---------------------------------------------------------------- the Coliving.com limiter


async def test_limiter_keeps_61_calls_within_60_per_minute(clock: FakeClock) -> None:
    rec = script(clock, respond(200, sample("coliving", "me_200")))
    client = ColivingClient(api_key=COLIVING_KEY, **client_kwargs(clock, rec))
    await asyncio.gather(*(client.me() for _ in range(61)))
    times = sorted(s.at for s in rec.sent)
    assert len(times) == 61
    assert all(times[i + 60] - times[i] >= 60 for i in range(len(times) - 60))
    assert times[59] == times[0]  # the first 60 go at once; only the 61st waits
    assert times[60] - times[0] == 60


async def test_limiter_can_be_switched_off(clock: FakeClock) -> None:
    rec = script(clock, respond(200, sample("coliving", "me_200")))
    client = ColivingClient(api_key=COLIVING_KEY, requests_per_minute=0, **client_kwargs(clock, rec))
    for _ in range(61):
        await client.me()
    assert len({s.at for s in rec.sent}) == 1 and clock.sleeps == []


async def test_limiter_is_configurable(clock: FakeClock) -> None:
    rec = script(clock, respond(200, sample("coliving", "me_200")))
    client = ColivingClient(api_key=COLIVING_KEY, requests_per_minute=2, **client_kwargs(clock, rec))
    for _ in range(3):
        await client.me()
    assert [s.at - rec.sent[0].at for s in rec.sent] == [0, 0, 60]


# ---------------------------------------------------------------- secrets


async def test_secrets_stay_out_of_reprs_errors_and_logs(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rec = script(clock, respond(401, {"error": "Missing or invalid API key"}), httpx.ConnectError("refused"))
    bmc = BmcClient(api_key=BMC_KEY, **client_kwargs(clock, rec, retry=RetryPolicy(max_attempts=1)))
    coliving = ColivingClient(
        api_key=COLIVING_KEY,
        auth_style="bearer",
        **client_kwargs(clock, script(clock, respond(401, sample("coliving", "me_401")))),
    )
    errors: list[BaseException] = []
    for call in (bmc.list_leads, bmc.list_leads, coliving.me):
        try:
            await call()
        except Exception as err:
            errors.append(err)
    assert rec.sent[0].headers["x-api-key"] == BMC_KEY
    texts = (
        [repr(bmc), str(bmc), repr(coliving), repr(bmc._http), repr(bmc._http._client.auth), caplog.text]
        + [str(e) for e in errors]
        + [repr(e) for e in errors]
    )
    for text in texts:
        assert BMC_KEY not in text and COLIVING_KEY not in text
    assert "GET" in caplog.text  # request lines are logged, just without secrets


def test_redact_headers() -> None:
    out = redact_headers({"X-API-Key": "s1", "Authorization": "Bearer s2", "Accept": "json"})
    assert out == {"X-API-Key": "[redacted]", "Authorization": "[redacted]", "Accept": "json"}


async def test_bearer_and_header_auth_styles(clock: FakeClock) -> None:
    rec = script(clock, respond(200, sample("coliving", "me_200")))
    await ColivingClient(api_key=COLIVING_KEY, auth_style="bearer", **client_kwargs(clock, rec)).me()
    await ColivingClient(api_key=COLIVING_KEY, **client_kwargs(clock, rec)).me()
    assert (
        rec.sent[0].headers["authorization"] == f"Bearer {COLIVING_KEY}"
        and "x-api-key" not in rec.sent[0].headers
    )
    assert rec.sent[1].headers["x-api-key"] == COLIVING_KEY and "authorization" not in rec.sent[1].headers


async def test_context_manager_closes_the_session(clock: FakeClock) -> None:
    rec = script(clock, OK)
    async with BmcClient(api_key=BMC_KEY, **client_kwargs(clock, rec)) as bmc:
        assert not bmc._http.closed
    assert bmc._http.closed


def test_missing_key_is_refused() -> None:
    with pytest.raises(ValueError):
        BmcClient(api_key="")
    with pytest.raises(ValueError):
        ColivingClient(api_key="")
    with pytest.raises(ValueError):
        ColivingClient(api_key="k", provider="../x")


async def test_429_that_will_not_be_waited_raises_the_servers_error(clock: FakeClock) -> None:
    rec = script(
        clock, respond(429, {"error": "Slow down"}, headers={"Retry-After": "600", "X-Request-Id": "r7"})
    )
    with pytest.raises(RateLimited) as info:
        await core(clock, rec).request("GET", "x", group="g")
    assert info.value.request_id == "r7" and info.value.retry_after == 600 and len(rec.sent) == 1
    assert str(info.value) == "BookMyColiving: Slow down"


# ---------------------------------------------------------------- memory


async def test_a_read_answer_is_freed_when_dropped_without_waiting_for_the_garbage_collector(
    clock: FakeClock,
) -> None:
    """httpx ties a response and its body stream in a reference cycle; left alone, every page of a sync waits
    for the cyclic collector, which stops the window while it frees thousands of them."""
    import gc
    import weakref

    answered: list[weakref.ref[httpx.Response]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, json={"data": [{"id": "p1"}]}, request=request)
        answered.append(weakref.ref(response))
        return response

    http = HttpCore(
        BASE, channel="BookMyColiving", auth_header="x-api-key", auth_value=BMC_KEY,
        error_parser=bmc_envelope.parse_error, transport=httpx.MockTransport(handler), sleep=clock.sleep,
        clock=clock,
    )
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = await http.request("GET", "properties", group="properties")
        assert result.body == {"data": [{"id": "p1"}]}
        del result
        assert len(answered) == 1 and answered[0]() is None
    finally:
        if collecting:
            gc.enable()
        await http.aclose()
