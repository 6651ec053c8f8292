"""ColivingClient against a real sandbox over HTTP: account, inventory, the bookings feed and booking messages.

The sandbox carries a small "scale" seed so the bookings feed spans two pages of 100. Rate updates are
accepted and queued by the channel; the test applies the queue through the sandbox's back office, which is
what Coliving.com's own background step would do, so "accepted" and "applied" are seen as two states.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from clients_support import OTHER_COLIVING_KEY, Control, Counter, coliving_client, unique

from colivingdesk.api import (
    AuthError,
    AvailabilityUpdate,
    ColivingClient,
    Conflict,
    Forbidden,
    NotFound,
    RateUpdate,
    ValidationError,
)
from colivingdesk.domain import Booking, Money
from colivingdesk.sandbox import SandboxConfig, SandboxServer

HOST_ID = 6368


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    config = SandboxConfig(
        seed="scale", bookings=150, leads=0, threads=0, limits_enabled=False, rates_apply_seconds=3600.0
    )
    with SandboxServer(config) as running:
        yield running


def room(control: Control, listing_id: int, room_type_id: int) -> dict[str, Any]:
    listing = next(item for item in control.admin("GET", "/_admin/coliving/listings") if item["id"] == listing_id)
    return dict(next(r for r in listing["room_types"] if r["id"] == room_type_id))


async def walk_bookings(client: ColivingClient, **filters: Any) -> tuple[list[Booking], int]:
    bookings: list[Booking] = []
    pages = 0
    async for items in client.iter_bookings(**filters):
        bookings.extend(items)
        pages += 1
    return bookings, pages


async def test_me_with_either_auth_style(server: SandboxServer) -> None:
    for style in ("x-api-key", "bearer"):
        async with coliving_client(server, auth_style=style) as client:
            me = await client.me()
        assert (me.name, me.email) == ("Demo Host", "demohost@palmesus.no")
        assert me.created_at is not None and me.created_at.year == 2024


@pytest.mark.parametrize("style", ["x-api-key", "bearer"])
async def test_wrong_key_is_an_auth_error(server: SandboxServer, control: Control, style: str) -> None:
    counter = Counter(control, "/coliving/")
    counter.start()
    async with coliving_client(server, key="not_a_real_key", auth_style=style) as client:  # type: ignore[arg-type]
        with pytest.raises(AuthError) as refused:
            await client.me()
    assert refused.value.status == 401
    assert refused.value.error_type == "auth_error"
    assert refused.value.message == "Coliving.com: Invalid API key"
    assert refused.value.request_id is not None and refused.value.request_id.startswith("req_")
    assert counter.seen == 1


async def test_save_provider_key_created_unchanged_updated(server: SandboxServer, coliving: ColivingClient) -> None:
    first, second = unique("mb_key"), unique("mb_key")
    assert await coliving.save_provider_key(first) == "created"
    assert await coliving.save_provider_key(first) == "unchanged"
    assert await coliving.save_provider_key(second) == "updated"

    async with coliving_client(server, key=OTHER_COLIVING_KEY) as other:
        with pytest.raises(Conflict) as taken:
            await other.save_provider_key(second)
    assert taken.value.status == 409
    assert taken.value.message == "Coliving.com: This provider API key is already used by another account."

    with pytest.raises(ValidationError) as empty:
        await coliving.save_provider_key("   ")
    assert empty.value.status == 0 and [fe.path for fe in empty.value.field_errors] == ["provider_api_key"]

    with pytest.raises(ValidationError) as invalid:
        await coliving.save_provider_key("short")
    assert invalid.value.status == 422
    assert [(fe.path, fe.code) for fe in invalid.value.field_errors] == [("provider_api_key", "invalid")]
    assert await coliving.save_provider_key(second) == "unchanged"  # the refused key changed nothing


async def test_update_availability(coliving: ColivingClient, control: Control) -> None:
    update = AvailabilityUpdate(
        listing_id=22228, room_type_id=66713, available=3, start_date=date(2026, 6, 1), end_date="2026-06-30"
    )
    assert await coliving.update_availability([update]) == "Availability updated successfully"
    assert room(control, 22228, 66713)["availability"][-1] == {
        "available": 3,
        "start_date": "2026-06-01",
        "end_date": "2026-06-30",
    }


async def test_update_availability_on_a_foreign_listing(coliving: ColivingClient, control: Control) -> None:
    before = room(control, 9100, 91001)["availability"]
    mine = AvailabilityUpdate(listing_id="5325", room_type_id="38753", available=1)
    theirs = AvailabilityUpdate(listing_id="9100", room_type_id="91001", available=2)
    with pytest.raises(Forbidden) as forbidden:
        await coliving.update_availability([mine, theirs])
    assert forbidden.value.status == 403
    assert "9100" in forbidden.value.message
    assert forbidden.value.message == "Coliving.com: Unauthorized access to listings: 9100."
    assert [(fe.path, fe.message) for fe in forbidden.value.field_errors] == [("unauthorized_listing_ids.0", "9100")]
    assert room(control, 9100, 91001)["availability"] == before


async def test_update_availability_with_a_wrong_room_type(coliving: ColivingClient) -> None:
    wrong = AvailabilityUpdate(listing_id="5325", room_type_id="66713", available=1)
    with pytest.raises(ValidationError) as refused:
        await coliving.update_availability([wrong])
    assert refused.value.status == 400 and refused.value.error_type == "validation_error"
    assert refused.value.message == (
        "Coliving.com: Invalid room types for listings. "
        "listing 5325, room type 66713: Room type not found or does not belong to listing"
    )
    assert [fe.path for fe in refused.value.field_errors] == ["invalid_room_types"]


async def test_update_rates_is_accepted_then_applied(coliving: ColivingClient, control: Control) -> None:
    before = room(control, 5325, 38753)["prices"]
    queued_before = len(control.admin("GET", "/_admin/coliving/rates"))
    update = RateUpdate(
        listing_id="5325",
        room_type_id="38753",
        base_price=Decimal("1234.56"),
        currency="usd",
        price_aug=Decimal("1799.99"),
    )
    accepted = await coliving.update_rates([update])
    assert accepted == "Rates update accepted for background processing"
    assert accepted.request_id is not None and accepted.request_id.startswith("req_")

    queue = control.admin("GET", "/_admin/coliving/rates")
    assert len(queue) == queued_before + 1
    assert queue[-1]["status"] == "accepted" and queue[-1]["host_id"] == HOST_ID
    assert room(control, 5325, 38753)["prices"] == before  # accepted is not applied

    assert control.admin("POST", "/_admin/coliving/rates/apply")["applied"] >= 1
    assert control.admin("GET", "/_admin/coliving/rates")[-1]["status"] == "applied"
    prices = room(control, 5325, 38753)["prices"]
    assert Decimal(str(prices["base_price"])) == Decimal("1234.56")
    assert Decimal(str(prices["price_aug"])) == Decimal("1799.99")
    assert prices["currency"] == "USD"
    assert prices["price_jan"] == before["price_jan"]  # months not sent are left alone


async def test_update_rates_refusals(coliving: ColivingClient, control: Control) -> None:
    queued_before = len(control.admin("GET", "/_admin/coliving/rates"))
    with pytest.raises(Forbidden) as forbidden:
        await coliving.update_rates([RateUpdate(listing_id="9100", room_type_id="91001", base_price=Decimal(900))])
    assert forbidden.value.message == "Coliving.com: Unauthorized access to listings"
    with pytest.raises(ValidationError) as currency:
        await coliving.update_rates(
            [RateUpdate(listing_id="5325", room_type_id="38753", base_price=Decimal(1), currency="XYZ")]
        )
    assert currency.value.status == 422
    assert [fe.path for fe in currency.value.field_errors] == ["data.0.currency"]
    assert len(control.admin("GET", "/_admin/coliving/rates")) == queued_before


async def test_iter_bookings_walks_every_page(coliving: ColivingClient, server: SandboxServer) -> None:
    bookings, pages = await walk_bookings(coliving)
    truth = sorted(
        (b for b in server.state.bookings.values() if b.host_id == HOST_ID), key=lambda b: (b.updated_at, b.booking_id)
    )
    assert pages == 2
    assert [b.id for b in bookings] == [str(b.booking_id) for b in truth]
    assert [b.version for b in bookings] == [b.version for b in truth]

    page = await coliving.list_bookings(page=3, per_page=40)
    assert (page.page, page.per_page, page.total, page.last_page) == (3, 40, len(truth), -(-len(truth) // 40))
    assert [b.id for b in page.items] == [b.id for b in bookings[80:120]]
    assert page.request_id is not None and page.request_id.startswith("req_")


async def test_updated_after_copied_from_a_version(coliving: ColivingClient, control: Control) -> None:
    bookings, _ = await walk_bookings(coliving)
    cursor = bookings[len(bookings) // 2].version
    since, _ = await walk_bookings(coliving, updated_after=cursor)
    # Inclusive: the booking whose version is the cursor comes back once more.
    assert [b.id for b in since] == [b.id for b in bookings if b.version >= cursor]

    oldest = bookings[0]
    changed = control.admin("PATCH", f"/_admin/coliving/bookings/{oldest.id}", json={"notes": "Moved desk"})
    assert changed["meta"]["version"] > oldest.version
    polled, _ = await walk_bookings(coliving, updated_after=cursor)
    assert [b.version for b in polled if b.id == oldest.id] == [changed["meta"]["version"]]
    assert (await coliving.get_booking(oldest.id)).notes == "Moved desk"


async def test_a_change_after_the_newest_version_seen_is_returned(coliving: ColivingClient, control: Control) -> None:
    busy = control.admin("POST", "/_admin/coliving/bookings", json={})["booking_id"]
    for n in range(3):
        control.admin("PATCH", f"/_admin/coliving/bookings/{busy}", json={"notes": f"Change {n}"})
    cursor = (await coliving.get_booking(busy)).version  # the newest version the client has seen

    quiet = (await coliving.list_bookings(per_page=1)).items[0]
    changed = control.admin("PATCH", f"/_admin/coliving/bookings/{quiet.id}", json={"notes": "Changed later"})

    polled, _ = await walk_bookings(coliving, updated_after=cursor)
    assert quiet.id in [b.id for b in polled], (cursor, changed["meta"]["version"])


async def test_checkout_after_and_listing_filters(coliving: ColivingClient) -> None:
    everything, _ = await walk_bookings(coliving)
    cutoff = date.today() + timedelta(days=60)
    later, _ = await walk_bookings(coliving, checkout_after=cutoff)
    assert later and len(later) < len(everything)
    assert [b.id for b in later] == [b.id for b in everything if b.checkout >= cutoff.isoformat()]

    maple, _ = await walk_bookings(coliving, listing_id=22228)
    assert maple and {b.listing_id for b in maple} == {"22228"}
    assert [b.id for b in maple] == [b.id for b in everything if b.listing_id == "22228"]

    with pytest.raises(NotFound) as foreign:
        await coliving.list_bookings(listing_id="9100")
    assert foreign.value.message == "Coliving.com: Listing not found or unauthorized."


async def test_get_booking_detail_with_exact_money(coliving: ColivingClient, server: SandboxServer) -> None:
    seeded = next(
        b
        for b in sorted(server.state.bookings.values(), key=lambda b: b.booking_id)
        if b.host_id == HOST_ID and b.total != int(b.total) and b.security_deposit is not None
    )
    booking = await coliving.get_booking(seeded.booking_id)
    assert booking.has_detail
    assert booking.id == str(seeded.booking_id) and booking.reference == f"CO-{seeded.booking_id}"
    assert (booking.guest_name, booking.guest_email, booking.guest_phone, booking.guest_country) == (
        seeded.guest_name,
        seeded.guest_email,
        seeded.guest_phone,
        seeded.guest_country,
    )
    assert booking.total == Money(Decimal(repr(seeded.total)), seeded.currency)
    assert isinstance(booking.total.amount, Decimal)
    assert booking.security_deposit == Money(Decimal(repr(seeded.security_deposit)), seeded.currency)
    assert booking.version == seeded.version
    assert booking.nights == (seeded.checkout - seeded.checkin).days

    with pytest.raises(NotFound):
        await coliving.get_booking(9501)  # the other host's booking
    with pytest.raises(NotFound):
        await coliving.get_booking(1)


async def test_list_and_iter_messages(coliving: ColivingClient, control: Control) -> None:
    created = control.admin("POST", "/_admin/coliving/bookings", json={})
    booking_id = created["booking_id"]
    seeded = (await coliving.list_messages(booking_id)).items  # a new booking may open with a short history
    texts = [f"Guest note {n:03d}" for n in range(105)]
    for text in texts:
        control.admin("POST", f"/_admin/coliving/bookings/{booking_id}/messages", json={"text": text})
    total = len(seeded) + len(texts)

    first = await coliving.list_messages(booking_id, per_page=10)
    assert (first.page, first.per_page, first.total, first.last_page) == (1, 10, total, -(-total // 10))

    pages = [items async for items in coliving.iter_messages(booking_id)]
    assert [len(items) for items in pages] == [100, total - 100]
    walked = [m for items in pages for m in items]
    assert len({m.external_id for m in walked}) == total
    mine = [m for m in walked if m.text.startswith("Guest note ")]
    assert [m.text for m in mine] == texts
    assert {(m.sender, m.sender_name, m.thread_external_id) for m in mine} == {
        ("guest", created["guest"]["name"], str(booking_id))
    }


async def test_create_message_then_visible_and_closed_when_cancelled(
    coliving: ColivingClient, control: Control
) -> None:
    booking_id = control.admin("POST", "/_admin/coliving/bookings", json={})["booking_id"]
    sent = await coliving.create_message(booking_id, "Welcome! Check-in is from 15:00.")
    assert (sent.sender, sent.text, sent.is_seen) == ("host", "Welcome! Check-in is from 15:00.", False)
    assert sent.thread_external_id == str(booking_id)
    listed = (await coliving.list_messages(booking_id)).items
    assert [(m.sender, m.text) for m in listed if m.external_id == sent.external_id] == [("host", sent.text)]

    control.admin("PATCH", f"/_admin/coliving/bookings/{booking_id}", json={"status": "cancelled"})
    with pytest.raises(Conflict) as closed:
        await coliving.create_message(booking_id, "Are you still coming?")
    assert closed.value.status == 409
    assert closed.value.message == "Coliving.com: This conversation is closed."
    assert [m.external_id for m in (await coliving.list_messages(booking_id)).items] == [m.external_id for m in listed]


async def test_messages_of_another_hosts_booking(coliving: ColivingClient) -> None:
    with pytest.raises(Forbidden) as read:
        await coliving.list_messages(9501)
    assert read.value.message == "Coliving.com: You do not have access to this booking."
    with pytest.raises(Forbidden):
        await coliving.create_message(9501, "Hello")
    with pytest.raises(NotFound):
        await coliving.list_messages(1)


async def test_unsupported_provider_is_not_found(server: SandboxServer) -> None:
    async with coliving_client(server, provider="otherpms") as client:
        with pytest.raises(NotFound) as refused:
            await client.save_provider_key(unique("otherpms_key"))
    assert refused.value.error_type == "unsupported_provider"
    assert refused.value.message == (
        "Coliving.com does not support this integration provider (Unsupported integration provider.)."
    )


async def test_non_ascii_message_round_trips(coliving: ColivingClient, control: Control) -> None:
    booking_id = control.admin("POST", "/_admin/coliving/bookings", json={})["booking_id"]
    text = "Olá! Check-in às 15h — até já 👋"
    sent = await coliving.create_message(booking_id, text)
    assert sent.text == text
    listed = (await coliving.list_messages(booking_id)).items
    assert [m.text for m in listed if m.external_id == sent.external_id] == [text]
