"""BookMyColiving list answers in shapes the document does not show: the list under the resource's own plural
name, wrong types, nulls, huge strings and absurd pagination. Good records are kept, bad ones skipped, and an
answer with no list at all is reported rather than read as an empty list."""

from __future__ import annotations

from typing import Any

import pytest
from apitestkit import BMC_KEY, FakeClock, client_kwargs, respond, script

from colivingdesk.api import BmcClient
from colivingdesk.api.errors import UnexpectedResponse

BASE = "https://bookmycoliving.com/api/v1"
LEAD = {"id": "lead_1", "propertyId": "prop_1", "guestName": "Jane Smith", "createdAt": "2026-04-01T10:00:00Z"}


def make(clock: FakeClock, *replies: Any) -> tuple[BmcClient, Any]:
    rec = script(clock, *replies)
    return BmcClient(BASE, BMC_KEY, **client_kwargs(clock, rec)), rec


def pagination(page: int = 1, limit: int = 100, total: int = 1, total_pages: int = 1) -> dict[str, Any]:
    return {"page": page, "limit": limit, "total": total, "totalPages": total_pages}


async def test_leads_under_their_own_name_are_read(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {"leads": [LEAD], "pagination": pagination(total=1)}))
    page = await bmc.list_leads()
    assert [lead.guest_name for lead in page.items] == ["Jane Smith"] and page.total == 1


@pytest.mark.parametrize(
    ("method", "key", "record"),
    [
        ("list_properties", "properties", {"id": "prop_1", "name": "Casa Sol"}),
        ("list_conversations", "conversations", {"threadId": "usr_1"}),
        ("list_conversations", "messages", {"threadId": "usr_1"}),
    ],
)
async def test_other_lists_under_their_own_name_are_read(
    clock: FakeClock, method: str, key: str, record: dict[str, Any]
) -> None:
    bmc, _ = make(clock, respond(200, {key: [record], "pagination": pagination()}))
    page = await getattr(bmc, method)()
    assert len(page.items) == 1


async def test_reference_list_under_its_own_name_is_read(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {"cities": [{"id": "c1", "name": "Lisbon"}]}))
    assert [c.name for c in await bmc.list_cities()] == ["Lisbon"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"data": {"not": "a list"}}, "'data' that is not a list"),
        ({"data": None, "pagination": pagination(total=0)}, "'data' that is not a list"),
        ({"items": [LEAD]}, "without 'data' or 'leads'"),
        ("just text", "no list"),
    ],
)
async def test_an_answer_without_a_list_is_reported_not_read_as_empty(
    clock: FakeClock, body: Any, words: str
) -> None:
    bmc, _ = make(clock, respond(200, body))
    with pytest.raises(UnexpectedResponse) as info:
        await bmc.list_leads()
    assert words in info.value.message and info.value.message.startswith("BookMyColiving")


async def test_bad_records_are_skipped_and_good_ones_kept(clock: FakeClock) -> None:
    huge = "x" * 1_000_000
    records = [
        None,
        LEAD,
        {"id": None, "guestName": "no id"},
        {"id": {"nested": True}},
        {"id": "lead_2", "guestName": huge, "status": "SOMETHING_NEW", "createdAt": "not a date"},
        ["a", "list"],
        {"id": "lead_3", "guestName": None, "createdAt": 12},
    ]
    bmc, _ = make(clock, respond(200, {"data": records, "pagination": pagination(total=7)}))
    page = await bmc.list_leads()
    assert [lead.id for lead in page.items] == ["lead_1", "lead_2", "lead_3"]
    assert len(page.skipped) == 4
    second = page.items[1]
    assert len(second.guest_name) == len(huge) and second.status == "SOMETHING_NEW" and second.created_at is None
    assert page.items[2].guest_name == ""


@pytest.mark.parametrize(
    "block",
    [
        {"page": -3, "limit": 10**9, "total": -1, "totalPages": 2},
        {"page": "one", "limit": "many", "total": "lots", "totalPages": 2},
        {"page": None, "limit": 0, "total": None, "totalPages": 2},
    ],
)
async def test_absurd_pagination_does_not_cut_the_walk_short(clock: FakeClock, block: dict[str, Any]) -> None:
    first = [{**LEAD, "id": f"lead_{n}"} for n in range(100)]
    second = [{**LEAD, "id": "lead_last"}]
    bmc, rec = make(
        clock,
        respond(200, {"data": first, "pagination": block}),
        respond(200, {"data": second, "pagination": {**block, "page": 2}}),
    )
    walked = [lead.id async for page in bmc.iter_leads() for lead in page]
    assert len(walked) == 101 and walked[-1] == "lead_last"
    assert [s.query["page"] for s in rec.sent] == ["1", "2"]


async def test_a_server_that_repeats_one_page_for_ever_is_walked_once(clock: FakeClock) -> None:
    full = [{**LEAD, "id": f"lead_{n}"} for n in range(100)]
    bmc, rec = make(clock, respond(200, {"data": full, "pagination": pagination(total=10**9, total_pages=10**7)}))
    walked = [lead.id async for page in bmc.iter_leads() for lead in page]
    assert len(walked) == 100 and len(rec.sent) == 2
