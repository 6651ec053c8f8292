"""The fixture files are complete, and the small shared helpers (JSON, pages) keep their promises."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from apitestkit import FIXTURES, load_fixture

from colivingdesk.api._jsonio import dumps, loads
from colivingdesk.api.pagination import Page, walk_pages

COLIVING = [
    "provider_key_request",
    "provider_key_200_created",
    "provider_key_200_updated",
    "provider_key_200_unchanged",
    "provider_key_409",
    "provider_key_422",
    "provider_key_401",
    "provider_key_404",
    "provider_key_500",
    "me_200",
    "me_401",
    "me_429",
    "availability_request",
    "availability_200",
    "availability_403",
    "availability_400",
    "rates_request",
    "rates_200",
    "rates_403",
    "rates_422",
    "bookings_200",
    "bookings_404",
    "booking_200",
    "booking_404",
    "messages_200",
    "messages_404",
    "message_create_request",
    "message_create_201",
    "message_create_422",
]
BMC = [
    "list_envelope",
    "property_create_request",
    "photos_request",
    "reply_request",
    "webhook_lead_created",
    "webhooks_test_request",
    "error_body",
]


@pytest.mark.parametrize(("channel", "name"), [("coliving", n) for n in COLIVING] + [("bmc", n) for n in BMC])
def test_fixture_file_shape(channel: str, name: str) -> None:
    data = load_fixture(channel, name)
    assert set(data) == {"section", "sample"} and " › " in data["section"]
    assert isinstance(data["sample"], dict)


def test_no_stray_fixture_files() -> None:
    assert sorted(p.stem for p in (FIXTURES / "coliving").glob("*.json")) == sorted(COLIVING)
    assert sorted(p.stem for p in (FIXTURES / "bmc").glob("*.json")) == sorted(BMC)


def test_adapted_samples_say_so() -> None:
    assert "[]" in load_fixture("bmc", "list_envelope")["section"]
    assert "dropped" in load_fixture("bmc", "webhook_lead_created")["section"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("800"), "800"),
        (Decimal("800.00"), "800"),
        (Decimal("0.30"), "0.3"),
        (Decimal("1E+3"), "1000"),
        (Decimal("1250.0"), "1250"),
        (Decimal("0.1") + Decimal("0.2"), "0.3"),
        (Decimal("-2.50"), "-2.5"),
        (Decimal("0.000001"), "0.000001"),
    ],
)
def test_decimal_written_exactly(value: Decimal, text: str) -> None:
    assert dumps({"v": value}) == f'{{"v":{text}}}'.encode()
    assert loads(dumps({"v": value}))["v"] == value


def test_dumps_matches_stdlib_for_plain_values() -> None:
    value = {"a": [1, True, None, 'é"x', 2.5], "b": {"c": False}}
    assert json.loads(dumps(value)) == value


def test_dumps_refuses_nan_and_unknown_types() -> None:
    with pytest.raises(ValueError):
        dumps(Decimal("NaN"))
    with pytest.raises(ValueError):
        dumps(float("inf"))
    with pytest.raises(TypeError):
        dumps(object())


async def collect(pages: list[Page[int]], page_size: int | None = 3) -> tuple[list[list[int]], list[int]]:
    asked: list[int] = []

    async def fetch(n: int) -> Page[int]:
        asked.append(n)
        return pages[n - 1]

    return [p async for p in walk_pages(fetch, page_size=page_size)], asked


async def test_walk_pages_rules() -> None:
    full, second, third = [1, 2, 3], [4, 5, 6], [7, 8, 9]
    got, asked = await collect([Page(full, 1, 3, 9, 3), Page(second, 2, 3, 9, 3), Page(third, 3, 3, 9, 3)])
    assert len(got) == 3 and asked == [1, 2, 3]
    got, asked = await collect([Page(full, 1, 3, 9, 3), Page([4], 2, 3, 9, 3), Page(full, 3, 3, 9, 3)])
    assert asked == [1, 2]
    got, asked = await collect([Page([], 1, 3, 0, 0)])
    assert got == [] and asked == [1]
    got, asked = await collect([Page(full, 1, 3, None, None), Page(full, 2, 3)])
    assert asked == [1]  # no last page known: one page only, never guessing
    got, asked = await collect(
        [Page(full, 1, None, 9, 3), Page(second, 2, None, 9, 3), Page([1], 3, None, 9, 3)], page_size=None
    )
    assert asked == [1, 2, 3]


async def test_a_server_that_ignores_the_page_number_is_not_walked_for_ever() -> None:
    full = [1, 2, 3]
    got, asked = await collect([Page(full, 1, 3, None, 10**9)] * 5)
    assert got == [full] and asked == [1, 2]


def test_page_properties() -> None:
    page = Page([1], page=1, per_page=20, total=42, last_page=3)
    assert page.limit == 20 and page.has_more
    assert not Page([1], page=3, per_page=20, total=42, last_page=3).has_more
