"""Coliving.com client against the document's samples: every endpoint, its errors, pagination and money."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from apitestkit import COLIVING_KEY, FakeClock, client_kwargs, respond, sample, script

from colivingdesk.api import AvailabilityUpdate, ColivingClient, RatesAccepted, RateUpdate, RetryPolicy
from colivingdesk.api.errors import (
    AuthError,
    Conflict,
    FieldError,
    Forbidden,
    NetworkError,
    NotFound,
    RateLimited,
    ServerError,
    Timeout,
    UnexpectedResponse,
    ValidationError,
)
from colivingdesk.domain import Channel, Money

PREFIX = "/v1/integrations/mangobeds"


def make(clock: FakeClock, *replies: Any, **extra: Any) -> tuple[ColivingClient, Any]:
    rec = script(clock, *replies)
    return ColivingClient(api_key=COLIVING_KEY, **client_kwargs(clock, rec, **extra)), rec


def doc(name: str, status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return respond(status, sample("coliving", name), headers=headers)


# ---------------------------------------------------------------- provider key and me


@pytest.mark.parametrize("status", ["created", "updated", "unchanged"])
async def test_save_provider_key(clock: FakeClock, status: str) -> None:
    client, rec = make(clock, doc(f"provider_key_200_{status}", 200))
    body = sample("coliving", "provider_key_request")
    assert await client.save_provider_key(body["provider_api_key"]) == status
    sent = rec.sent[0]
    assert (sent.method, str(sent.url)) == ("POST", f"https://api.coliving.com{PREFIX}/provider-key")
    assert sent.json() == body and sent.headers["x-api-key"] == COLIVING_KEY
    assert sent.headers["content-type"] == "application/json" and "idempotency-key" not in sent.headers


@pytest.mark.parametrize(
    ("name", "status", "cls"),
    [
        ("provider_key_409", 409, Conflict),
        ("provider_key_422", 422, ValidationError),
        ("provider_key_401", 401, AuthError),
        ("provider_key_404", 404, NotFound),
        ("provider_key_500", 500, ServerError),
    ],
)
async def test_provider_key_errors(clock: FakeClock, name: str, status: int, cls: type[Exception]) -> None:
    client, rec = make(clock, doc(name, status))
    with pytest.raises(cls) as info:
        await client.save_provider_key("mb_provider_key_123456789")
    err = info.value
    assert err.status == status and err.request_id == "req_integrations_001"  # type: ignore[attr-defined]
    assert str(err).startswith("Coliving.com")
    assert len(rec.sent) == 1  # a write without an idempotency key is never resent


async def test_provider_key_422_field_paths(clock: FakeClock) -> None:
    client, _ = make(clock, doc("provider_key_422", 422))
    with pytest.raises(ValidationError) as info:
        await client.save_provider_key("x")
    assert info.value.field_errors == (
        FieldError(
            path="provider_api_key", message="The provider_api_key field is required.", code="required"
        ),
    )
    assert "provider_api_key field is required" in str(info.value)


async def test_unsupported_provider_message(clock: FakeClock) -> None:
    client, _ = make(clock, doc("provider_key_404", 404))
    with pytest.raises(NotFound) as info:
        await client.save_provider_key("x")
    assert "does not support this integration provider" in str(info.value)
    assert info.value.error_type == "unsupported_provider"


async def test_me(clock: FakeClock) -> None:
    client, rec = make(clock, doc("me_200", 200))
    me = await client.me()
    assert (rec.sent[0].method, rec.sent[0].path) == ("GET", "/v1/me")
    assert (me.name, me.email) == ("Jane Cooper", "jane@example.com")
    assert me.created_at == datetime(2024, 1, 1, 8, tzinfo=UTC)
    assert me.last_login_at == datetime(2024, 1, 15, 12, tzinfo=UTC)


async def test_me_401(clock: FakeClock) -> None:
    client, rec = make(clock, doc("me_401", 401))
    with pytest.raises(AuthError) as info:
        await client.me()
    assert str(info.value) == "Coliving.com: Invalid API key" and len(rec.sent) == 1


async def test_me_429_body_retry_after_is_honoured(clock: FakeClock) -> None:
    start = clock.now
    client, rec = make(clock, doc("me_429", 429), doc("me_200", 200))
    me = await client.me()
    assert me.name == "Jane Cooper" and rec.sent[1].at == start + 30


async def test_me_429_raises_with_wait_when_not_waiting(clock: FakeClock) -> None:
    client, rec = make(
        clock,
        doc("me_429", 429),
        doc("me_200", 200),
        retry=RetryPolicy(max_attempts=1, wait_for_cooldown=False),
    )
    with pytest.raises(RateLimited) as info:
        await client.me()
    err = info.value
    assert err.retry_after == 30 and err.request_id == "req_integrations_001" and "30" in str(err)
    with pytest.raises(RateLimited):
        await client.list_bookings()  # the whole account shares the cooldown
    assert len(rec.sent) == 1


# ---------------------------------------------------------------- availability and rates


async def test_update_availability_sends_document_body(clock: FakeClock) -> None:
    client, rec = make(clock, doc("availability_200", 200))
    body = sample("coliving", "availability_request")
    entry = body["data"][0]
    message = await client.update_availability(
        [
            AvailabilityUpdate(
                listing_id=5325,
                room_type_id=entry["room_type_id"],
                available=3,  # type: ignore[arg-type]
                start_date=date(2024, 5, 1),
                end_date="2024-05-31",  # type: ignore[arg-type]
            )
        ]
    )
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", f"{PREFIX}/availability")
    assert sent.json() == body
    assert message == "Availability updated successfully"


def test_availability_is_validated_locally() -> None:
    with pytest.raises(ValueError):
        AvailabilityUpdate(listing_id="1", room_type_id="2", available=-1)
    with pytest.raises(ValueError):
        AvailabilityUpdate(
            listing_id="1", room_type_id="2", available=1, start_date="2024-06-01", end_date="2024-05-01"
        )
    with pytest.raises(ValueError):
        AvailabilityUpdate(listing_id="1", room_type_id="2", available=1.5)  # type: ignore[arg-type]
    assert AvailabilityUpdate(listing_id="1", room_type_id="2", available=0).to_body() == {
        "listing_id": "1",
        "room_type_id": "2",
        "available": 0,
    }


async def test_availability_403_lists_unauthorized_listings(clock: FakeClock) -> None:
    client, _ = make(clock, doc("availability_403", 403))
    with pytest.raises(Forbidden) as info:
        await client.update_availability(
            [AvailabilityUpdate(listing_id="5325", room_type_id="1", available=1)]
        )
    err = info.value
    assert err.field_errors[0].path == "unauthorized_listing_ids.0" and err.field_errors[0].message == "5325"
    assert "5325" in str(err)


async def test_availability_400_invalid_room_types(clock: FakeClock) -> None:
    client, _ = make(clock, doc("availability_400", 400))
    with pytest.raises(ValidationError) as info:
        await client.update_availability(
            [AvailabilityUpdate(listing_id="1", room_type_id="999", available=1)]
        )
    err = info.value
    assert err.status == 400 and err.field_errors[0].path == "invalid_room_types"
    assert "listing 1, room type 999: Room type not found" in str(err)


async def test_update_rates_sends_document_body_and_says_queued(clock: FakeClock) -> None:
    client, rec = make(clock, doc("rates_200", 200))
    result = await client.update_rates(
        [RateUpdate(listing_id="5325", room_type_id="38753", base_price=Decimal(800), currency="EUR")]
    )
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", f"{PREFIX}/rates")
    assert sent.json() == sample("coliving", "rates_request")
    assert (
        sent.body
        == b'{"data":[{"listing_id":"5325","room_type_id":"38753","base_price":800,"currency":"EUR"}]}'
    )
    assert isinstance(result, RatesAccepted) and result == "Rates update accepted for background processing"
    assert result.request_id == "req_integrations_001"


async def test_rates_numbers_are_exact(clock: FakeClock) -> None:
    client, rec = make(clock, doc("rates_200", 200))
    update = RateUpdate(
        listing_id="1",
        room_type_id="2",
        base_price=Decimal("0.1") + Decimal("0.2"),
        price_jan=0.1,
        price_aug=Decimal("1700.50"),
        price_dec=Decimal("1E+3"),
    )  # type: ignore[arg-type]
    await client.update_rates([update])
    assert rec.sent[0].body == (
        b'{"data":[{"listing_id":"1","room_type_id":"2","base_price":0.3,'
        b'"price_jan":0.1,"price_aug":1700.5,"price_dec":1000}]}'
    )


def test_rates_validated_locally() -> None:
    with pytest.raises(ValueError):
        RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(-1))
    with pytest.raises(ValueError):
        RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal("NaN"))
    with pytest.raises(ValueError):
        RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(1), currency="euro")
    assert (
        RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(1), currency="gbp").currency == "GBP"
    )


async def test_rates_400_with_forbidden_type_is_forbidden(clock: FakeClock) -> None:
    client, _ = make(clock, doc("rates_403", 400))
    with pytest.raises(Forbidden) as info:
        await client.update_rates([RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(1))])
    assert info.value.status == 400 and str(info.value) == "Coliving.com: Unauthorized access to listings"


async def test_rates_403(clock: FakeClock) -> None:
    client, _ = make(clock, doc("rates_403", 403))
    with pytest.raises(Forbidden):
        await client.update_rates([RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(1))])


async def test_rates_422_field_path(clock: FakeClock) -> None:
    client, _ = make(clock, doc("rates_422", 422))
    with pytest.raises(ValidationError) as info:
        await client.update_rates([RateUpdate(listing_id="1", room_type_id="2", base_price=Decimal(1))])
    assert [fe.path for fe in info.value.field_errors] == ["data.0.base_price"]
    assert "must be at least 0" in str(info.value)


async def test_empty_updates_are_refused_locally(clock: FakeClock) -> None:
    client, rec = make(clock, doc("rates_200", 200))
    with pytest.raises(ValidationError):
        await client.update_rates([])
    with pytest.raises(ValidationError):
        await client.update_availability([])
    assert rec.sent == []


# ---------------------------------------------------------------- bookings


async def test_list_bookings_query_and_summary(clock: FakeClock) -> None:
    client, rec = make(clock, doc("bookings_200", 200))
    page = await client.list_bookings(
        updated_after="2024-05-20 14:30:00", checkout_after=date(2026, 2, 16), listing_id=5325
    )
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("GET", f"{PREFIX}/bookings")
    assert sent.query == {
        "page": "1",
        "per_page": "100",
        "updated_after": "2024-05-20 14:30:00",
        "checkout_after": "2026-02-16",
        "listing_id": "5325",
    }
    assert b"updated_after=2024-05-20+14%3A30%3A00" in sent.url.query or b"14:30:00" in sent.url.query
    assert (page.page, page.per_page, page.total, page.last_page, page.request_id) == (
        1,
        50,
        1,
        1,
        "req_integrations_001",
    )
    booking = page.items[0]
    assert (booking.id, booking.listing_id, booking.room_type_id, booking.status) == (
        "8821",
        "5325",
        "38753",
        "confirmed",
    )
    assert (booking.checkin, booking.checkout, booking.version) == (
        "2024-06-01",
        "2024-06-15",
        "2024-05-20 14:30:00",
    )
    assert booking.has_detail is False


async def test_list_bookings_per_page_is_capped(clock: FakeClock) -> None:
    client, rec = make(clock, doc("bookings_200", 200))
    await client.list_bookings(per_page=500)
    assert rec.sent[0].query["per_page"] == "100"


async def test_camel_case_bookings_key_is_not_the_feed(clock: FakeClock) -> None:
    body = sample("coliving", "bookings_200")
    body["data"] = {"bookings": body["data"]["Bookings"]}
    client, _ = make(clock, respond(200, body), respond(200, body))
    with pytest.raises(UnexpectedResponse):
        await client.list_bookings()
    with pytest.raises(UnexpectedResponse):
        async for _ in client.iter_bookings():
            pass


async def test_camel_case_booking_key_is_not_the_detail(clock: FakeClock) -> None:
    body = sample("coliving", "booking_200")
    body["data"] = {"booking": body["data"]["Booking"]}
    client, _ = make(clock, respond(200, body))
    with pytest.raises(UnexpectedResponse):
        await client.get_booking(8821)


async def test_empty_feed(clock: FakeClock) -> None:
    body = {
        "data": {"Bookings": []},
        "meta": {
            "request_id": "r",
            "pagination": {
                "current_page": 1,
                "per_page": 100,
                "total": 0,
                "last_page": 1,
                "from": None,
                "to": None,
            },
        },
    }
    client, rec = make(clock, respond(200, body))
    assert [p async for p in client.iter_bookings()] == [] and len(rec.sent) == 1


@pytest.mark.parametrize(
    ("name", "status", "cls"),
    [
        ("bookings_404", 404, NotFound),
        ("bookings_404", 422, ValidationError),
        ("me_401", 401, AuthError),
    ],
)
async def test_list_bookings_errors(clock: FakeClock, name: str, status: int, cls: type[Exception]) -> None:
    client, _ = make(clock, doc(name, status))
    with pytest.raises(cls):
        await client.list_bookings(listing_id="999")


async def test_get_booking_detail_money_and_version(clock: FakeClock) -> None:
    client, rec = make(clock, doc("booking_200", 200))
    booking = await client.get_booking(8821)
    assert (rec.sent[0].method, rec.sent[0].path) == ("GET", f"{PREFIX}/bookings/8821")
    assert booking.has_detail is True
    assert (booking.id, booking.reference, booking.listing_id, booking.room_type_id) == (
        "8821",
        "CO-1002",
        "441",
        "902",
    )
    assert (booking.room_type_name, booking.nights, booking.status) == ("Studio", 30, "confirmed")
    assert (booking.guest_name, booking.guest_email, booking.guest_phone, booking.guest_country) == (
        "Alex Rivera",
        "alex@example.com",
        "+34600000000",
        "ES",
    )
    assert booking.total == Money(Decimal("1250.0"), "EUR")
    assert str(booking.total.amount) == "1250.0" and isinstance(booking.total.amount, Decimal)
    assert booking.security_deposit == Money(Decimal("250.0"), "EUR")
    assert booking.version == "2026-04-12 15:30:00"  # meta.version verbatim, not derived from updated_at
    assert booking.notes == "Late arrival after 22:00"


async def test_booking_money_without_float_drift(clock: FakeClock) -> None:
    raw = (
        b'{"data":{"Booking":{"booking_id":1,"status":"pending","pricing":{"currency":"GBP",'
        b'"total":0.30000000000000004,"security_deposit":0.1}}},"meta":{"request_id":"r"}}'
    )
    client, _ = make(clock, respond(200, content=raw))
    booking = await client.get_booking("1")
    assert booking.total is not None and booking.total.amount == Decimal("0.30000000000000004")
    assert booking.security_deposit == Money(Decimal("0.1"), "GBP")
    assert booking.total.amount + Decimal("0.2") != Decimal("0.5")


async def test_booking_unknown_status_and_nulls_survive(clock: FakeClock) -> None:
    body = copy.deepcopy(sample("coliving", "booking_200"))
    raw = body["data"]["Booking"]
    raw.update(status="waitlisted", guest=None, pricing={"currency": "EUR", "total": None}, brand_new_field=1)
    client, _ = make(clock, respond(200, body))
    booking = await client.get_booking(8821)
    assert booking.status == "waitlisted" and booking.guest_name is None and booking.total is None


async def test_get_booking_404(clock: FakeClock) -> None:
    client, _ = make(clock, doc("booking_404", 404))
    with pytest.raises(NotFound) as info:
        await client.get_booking(1)
    assert str(info.value) == "Coliving.com: Booking not found or unauthorized"


# ---------------------------------------------------------------- pagination


def feed(
    ids: list[int], page: int, last_page: int, per_page: int = 100, total: int | None = None
) -> httpx.Response:
    return respond(
        200,
        {
            "data": {
                "Bookings": [
                    {
                        "booking_id": i,
                        "listing_id": 1,
                        "room_type_id": 2,
                        "status": "confirmed",
                        "checkin_at": "2026-01-01",
                        "checkout_at": "2026-02-01",
                        "version": "2026-01-01 00:00:00",
                    }
                    for i in ids
                ]
            },
            "meta": {
                "request_id": f"r{page}",
                "pagination": {
                    "current_page": page,
                    "per_page": per_page,
                    "total": total if total is not None else len(ids),
                    "last_page": last_page,
                    "from": 1,
                    "to": len(ids),
                },
            },
        },
    )


async def test_iter_bookings_walks_to_last_page_with_max_page_size(clock: FakeClock) -> None:
    client, rec = make(
        clock,
        feed(list(range(100)), 1, 3, total=250),
        feed(list(range(100, 200)), 2, 3, total=250),
        feed(list(range(200, 250)), 3, 3, total=250),
    )
    pages = [p async for p in client.iter_bookings(updated_after="2026-01-01 00:00:00")]
    assert [len(p) for p in pages] == [100, 100, 50]
    assert [s.query["page"] for s in rec.sent] == ["1", "2", "3"]
    assert {s.query["per_page"] for s in rec.sent} == {"100"}
    assert {s.query["updated_after"] for s in rec.sent} == {"2026-01-01 00:00:00"}


async def test_iter_bookings_never_requests_past_last_page(clock: FakeClock) -> None:
    client, rec = make(
        clock, feed(list(range(100)), 1, 2), feed(list(range(100, 200)), 2, 2), feed([999], 3, 3)
    )
    pages = [p async for p in client.iter_bookings()]
    assert len(pages) == 2 and len(rec.sent) == 2


async def test_iter_bookings_stops_on_a_short_page(clock: FakeClock) -> None:
    client, rec = make(clock, feed(list(range(100)), 1, 5), feed(list(range(100, 130)), 2, 5))
    pages = [p async for p in client.iter_bookings()]
    assert [len(p) for p in pages] == [100, 30] and len(rec.sent) == 2


async def test_iter_bookings_stops_on_an_empty_page(clock: FakeClock) -> None:
    client, rec = make(clock, feed(list(range(100)), 1, 5), feed([], 2, 5))
    pages = [p async for p in client.iter_bookings()]
    assert [len(p) for p in pages] == [100] and len(rec.sent) == 2


async def test_iter_bookings_follows_a_shrinking_total(clock: FakeClock) -> None:
    client, rec = make(
        clock,
        feed(list(range(100)), 1, 3, total=300),
        feed(list(range(100, 200)), 2, 2, total=200),
        feed([1], 3, 3),
    )
    pages = [p async for p in client.iter_bookings()]
    assert len(pages) == 2 and len(rec.sent) == 2


async def test_iter_bookings_follows_a_growing_total(clock: FakeClock) -> None:
    client, rec = make(clock, feed(list(range(100)), 1, 1, total=100), feed([], 2, 2))
    pages = [p async for p in client.iter_bookings()]
    assert len(pages) == 1 and len(rec.sent) == 1  # last_page 1 on page 1: never asks for page 2
    client, rec = make(
        clock,
        feed(list(range(100)), 1, 2, total=200),
        feed(list(range(100, 200)), 2, 3, total=300),
        feed(list(range(200, 210)), 3, 3, total=300),
    )
    pages = [p async for p in client.iter_bookings()]
    assert [len(p) for p in pages] == [100, 100, 10]


async def test_one_odd_booking_does_not_fail_the_page(clock: FakeClock) -> None:
    body = sample("coliving", "bookings_200")
    body["data"]["Bookings"] += [{"listing_id": 1}, "junk", {"booking_id": 9, "status": "on_hold"}]
    client, _ = make(clock, respond(200, body))
    page = await client.list_bookings()
    assert [b.id for b in page.items] == ["8821", "9"] and page.items[1].status == "on_hold"
    assert len(page.skipped) == 2


# ---------------------------------------------------------------- messages


async def test_list_messages(clock: FakeClock) -> None:
    client, rec = make(clock, doc("messages_200", 200))
    page = await client.list_messages(8821)
    sent = rec.sent[0]
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        "/v1/bookings/8821/messages",
        {"page": "1", "per_page": "100"},
    )
    message = page.items[0]
    assert message.channel is Channel.COLIVING and message.thread_external_id == "8821"
    assert (message.external_id, message.sender, message.sender_name, message.text, message.is_seen) == (
        "1059",
        "guest",
        "Ana Smith",
        "Hi! What time is check-in?",
        True,
    )
    assert (page.total, page.last_page) == (24, 1)


async def test_iter_messages_stops_on_short_page_despite_total(clock: FakeClock) -> None:
    client, rec = make(clock, doc("messages_200", 200))
    pages = [p async for p in client.iter_messages("8821")]
    assert len(pages) == 1 and len(rec.sent) == 1


async def test_list_messages_404(clock: FakeClock) -> None:
    client, _ = make(
        clock,
        doc("messages_404", 404),
        respond(403, {"error": {"type": "forbidden", "message": "No", "request_id": "r9", "errors": []}}),
    )
    with pytest.raises(NotFound):
        await client.list_messages(1)
    with pytest.raises(Forbidden) as info:
        await client.list_messages(1)
    assert info.value.request_id == "r9"


async def test_create_message(clock: FakeClock) -> None:
    client, rec = make(clock, doc("message_create_201", 201))
    body = sample("coliving", "message_create_request")
    message = await client.create_message(8821, body["message"]["text"])
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", "/v1/bookings/8821/messages")
    assert sent.json() == body and "idempotency-key" not in sent.headers
    assert (message.external_id, message.sender, message.sender_name, message.is_seen) == (
        "1060",
        "host",
        "Sunny Villa",
        False,
    )
    assert message.thread_external_id == "8821"


async def test_create_message_422(clock: FakeClock) -> None:
    client, _ = make(clock, doc("message_create_422", 422))
    with pytest.raises(ValidationError) as info:
        await client.create_message(8821, "hello")
    assert info.value.field_errors[0].path == "message.text"


async def test_create_message_409_closed_conversation(clock: FakeClock) -> None:
    client, _ = make(
        clock,
        respond(
            409,
            {
                "error": {
                    "type": "conflict",
                    "message": "Conversation is closed.",
                    "request_id": "r1",
                    "errors": [],
                }
            },
        ),
    )
    with pytest.raises(Conflict) as info:
        await client.create_message(8821, "hello")
    assert "closed" in str(info.value)


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (respond(500, sample("coliving", "provider_key_500")), ServerError),
        (respond(503, None), ServerError),
        (httpx.ReadTimeout("slow"), Timeout),
        (httpx.ConnectError("down"), NetworkError),
    ],
)
async def test_create_message_is_never_retried(clock: FakeClock, failure: Any, cls: type[Exception]) -> None:
    client, rec = make(clock, failure, doc("message_create_201", 201))
    with pytest.raises(cls):
        await client.create_message(8821, "hello")
    assert len(rec.sent) == 1


async def test_create_message_empty_text_refused_locally(clock: FakeClock) -> None:
    client, rec = make(clock, doc("message_create_201", 201))
    with pytest.raises(ValidationError):
        await client.create_message(1, "   ")
    assert rec.sent == []


async def test_reads_are_retried_after_500(clock: FakeClock) -> None:
    client, rec = make(clock, doc("provider_key_500", 500), doc("bookings_200", 200))
    page = await client.list_bookings()
    assert len(page.items) == 1 and len(rec.sent) == 2


async def test_error_body_that_is_not_json(clock: FakeClock) -> None:
    client, _ = make(clock, respond(404, content=b"Not Found"))
    with pytest.raises(NotFound) as info:
        await client.get_booking(1)
    assert info.value.request_id is None and "404" in str(info.value)
