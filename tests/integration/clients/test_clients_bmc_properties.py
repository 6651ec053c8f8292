"""BmcClient's property, reference, auth, budget and idempotency calls against a real sandbox over HTTP.

These prove what an operator would notice: the listing they created shows up once and in the right review
state, edits to a live listing keep it live but flag it, a wrong move is a ``Conflict`` they can read, and
the rate budgets the status bar shows come from the server's own headers.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import pytest
from clients_support import OTHER_BMC_KEY, Control, Counter, bmc_client, draft, unique

from colivingdesk.api import (
    AuthError,
    BmcClient,
    Conflict,
    Forbidden,
    NotFound,
    PropertyDraft,
    RoomOptionDraft,
    ValidationError,
)
from colivingdesk.domain import Property
from colivingdesk.sandbox import SandboxConfig, SandboxServer


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    # Limits stay on so X-RateLimit-Remaining really counts down; the hourly budgets are far above what this
    # module spends.
    with SandboxServer(SandboxConfig(limits_enabled=True)) as running:
        yield running


async def all_properties(client: BmcClient, external_id: str | None = None) -> list[Property]:
    found: list[Property] = []
    async for items in client.iter_properties(external_id=external_id):
        found.extend(items)
    return found


async def test_get_property_reads_a_seeded_listing(bmc: BmcClient, server: SandboxServer) -> None:
    prop = await bmc.get_property("prop_0001")
    truth = server.state.properties["prop_0001"]
    assert prop.id == "prop_0001"
    assert prop.name == "Sunny Coliving Lisbon"
    assert prop.status == "APPROVED"
    assert prop.external_id == "pms-101"
    assert prop.city_id == "city_lisbon"
    assert prop.needs_review is False
    assert [(r.type, r.price_monthly_cents) for r in prop.room_options] == [
        (o["type"], o["priceMonthly"]) for o in truth.room_options
    ]
    assert [p.url for p in prop.photos] == [p["url"] for p in truth.photos]
    assert prop.created_at is not None and prop.created_at.tzinfo is not None


async def test_get_property_of_another_operator_or_unknown(bmc: BmcClient) -> None:
    with pytest.raises(Forbidden) as forbidden:
        await bmc.get_property("prop_0007")  # seeded for op_0002 (Harbour Living)
    assert forbidden.value.status == 403
    assert forbidden.value.message == "BookMyColiving: API key doesn't own this property"
    with pytest.raises(NotFound) as missing:
        await bmc.get_property("prop_9999")
    assert missing.value.message == "BookMyColiving: Property prop_9999 not found"


async def test_iter_properties_walks_every_page(bmc: BmcClient) -> None:
    """More than one page of 100: the walk must reach the last page and count every listing exactly once."""
    prefix = unique("Paged House")
    names = [f"{prefix} {n:03d}" for n in range(105)]
    for start in range(0, len(names), 25):
        await asyncio.gather(*(bmc.create_property(draft(name)) for name in names[start : start + 25]))

    pages: list[list[Property]] = []
    async for items in bmc.iter_properties():
        pages.append(items)
    walked = [p for page in pages for p in page]
    total = (await bmc.list_properties(limit=1)).total

    assert len(pages) >= 2 and all(len(page) == 100 for page in pages[:-1])
    assert len(walked) == total
    assert len({p.id for p in walked}) == total
    assert sorted(p.name for p in walked if p.name.startswith(prefix)) == names

    small = await bmc.list_properties(page=2, limit=7)
    assert small.page == 2 and small.per_page == 7 and small.total == total
    assert small.last_page == -(-total // 7)
    assert [p.id for p in small.items] == [p.id for p in walked[7:14]]


async def test_create_lands_pending_and_same_external_id_is_reused(bmc: BmcClient) -> None:
    external_id = unique("pms")
    first = await bmc.create_property(draft(external_id=external_id))
    assert first.property.status == "PENDING_REVIEW"
    assert first.property.external_id == external_id
    assert first.reused is False and first.replayed is False
    assert first.idempotency_key  # a fresh key went out with the write

    again = await bmc.create_property(draft(name="Renamed in the PMS", external_id=external_id))
    assert again.reused is True
    assert again.property.id == first.property.id
    assert again.property.name == first.property.name  # the existing listing, untouched

    page = await bmc.list_properties(external_id=external_id)
    assert page.total == 1 and [p.id for p in page.items] == [first.property.id]
    assert [p.id for p in await all_properties(bmc, external_id)] == [first.property.id]


async def test_create_refused_names_the_field(bmc: BmcClient) -> None:
    with pytest.raises(ValidationError) as refused:
        await bmc.create_property(draft(city_id="city_atlantis"))
    assert refused.value.status == 400
    assert refused.value.message == "BookMyColiving: cityId must be an id from /cities"
    assert [fe.path for fe in refused.value.field_errors] == ["cityId"]


async def test_replace_keeps_an_approved_listing_live_but_flagged(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft())).property
    control.admin("POST", f"/_admin/properties/{created.id}/approve")
    assert (await bmc.get_property(created.id)).status == "APPROVED"

    edit = draft(
        name="Approved House, new name",
        room_options=[RoomOptionDraft(type="PRIVATE", price_monthly_cents=91_500)],
    )
    replaced = await bmc.replace_property(created.id, edit)
    assert replaced.status == "APPROVED"
    assert replaced.needs_review is True
    assert replaced.name == "Approved House, new name"
    assert [r.price_monthly_cents for r in replaced.room_options] == [91_500]
    assert (await bmc.get_property(created.id)).needs_review is True

    control.admin("POST", f"/_admin/properties/{created.id}/approve")
    reapproved = await bmc.get_property(created.id)
    assert reapproved.status == "APPROVED" and reapproved.needs_review is False

    # Editing again after the re-review flags it again.
    assert (await bmc.replace_property(created.id, edit)).needs_review is True


async def test_replace_of_a_pending_listing_is_not_flagged(bmc: BmcClient) -> None:
    created = (await bmc.create_property(draft())).property
    replaced = await bmc.replace_property(
        created.id, PropertyDraft.from_property(created).model_copy(update={"description": "Now with a garden."})
    )
    assert replaced.status == "PENDING_REVIEW"
    assert replaced.needs_review is False
    assert replaced.description == "Now with a garden."


async def test_submit_from_rejected_and_conflict_from_a_wrong_state(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft())).property
    control.admin("POST", f"/_admin/properties/{created.id}/reject", json={"notes": "Photos are too dark."})
    rejected = await bmc.get_property(created.id)
    assert rejected.status == "REJECTED" and rejected.admin_notes == "Photos are too dark."

    submitted = await bmc.submit_property(created.id)
    assert submitted.status == "PENDING_REVIEW"
    assert submitted.admin_notes == "Photos are too dark."  # kept until an admin approves

    with pytest.raises(Conflict) as conflict:
        await bmc.submit_property(created.id)
    assert conflict.value.status == 409
    assert conflict.value.message == (
        "BookMyColiving: Only DRAFT or REJECTED properties can be submitted (status is PENDING_REVIEW)"
    )
    assert (await bmc.get_property(created.id)).status == "PENDING_REVIEW"


async def test_unpublish_takes_a_live_listing_off_then_it_can_be_resubmitted(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft())).property
    with pytest.raises(Conflict) as too_early:
        await bmc.unpublish_property(created.id)
    assert "(status is PENDING_REVIEW)" in too_early.value.message

    control.admin("POST", f"/_admin/properties/{created.id}/approve")
    await bmc.replace_property(created.id, draft(name="Edited while live"))
    unpublished = await bmc.unpublish_property(created.id)
    assert unpublished.status == "DRAFT"
    assert unpublished.needs_review is False
    assert (await bmc.submit_property(created.id)).status == "PENDING_REVIEW"


async def test_add_photos_appends_in_order(bmc: BmcClient, control: Control) -> None:
    created = (await bmc.create_property(draft(photos=["https://img.example.com/a.jpg"]))).property
    assert created.photos == []  # the create body carries none: photos are only ever appended
    await bmc.add_photos(created.id, ["https://img.example.com/a.jpg"])
    urls = ["https://img.example.com/b.jpg", "https://img.example.com/c.jpg"]
    updated = await bmc.add_photos(created.id, urls)
    expected = ["https://img.example.com/a.jpg", *urls]
    assert [p.url for p in updated.photos] == expected
    assert [p.url for p in (await bmc.get_property(created.id)).photos] == expected

    counter = Counter(control, "/bmc/")
    counter.start()
    with pytest.raises(ValidationError) as empty:
        await bmc.add_photos(created.id, [])
    assert empty.value.status == 0 and [fe.path for fe in empty.value.field_errors] == ["photos"]
    assert counter.seen == 0  # refused before anything was sent

    with pytest.raises(ValidationError) as bad:
        await bmc.add_photos(created.id, ["ftp://img.example.com/d.jpg"])
    assert bad.value.status == 400
    assert [fe.path for fe in bad.value.field_errors] == ["photos[0].url"]
    assert [p.url for p in (await bmc.get_property(created.id)).photos] == expected


async def test_delete_is_permanent(bmc: BmcClient, control: Control) -> None:
    external_id = unique("pms-del")
    created = (await bmc.create_property(draft(external_id=external_id))).property
    lead = control.admin("POST", "/_admin/leads", json={"propertyId": created.id})

    assert await bmc.delete_property(created.id) is None
    with pytest.raises(NotFound):
        await bmc.get_property(created.id)
    with pytest.raises(NotFound):
        await bmc.get_lead(lead["id"])  # the listing's leads go with it
    assert (await bmc.list_properties(external_id=external_id)).total == 0
    with pytest.raises(NotFound):
        await bmc.delete_property(created.id)


async def test_reference_lists(bmc: BmcClient, server: SandboxServer) -> None:
    cities = await bmc.list_cities()
    types = await bmc.list_coliving_types()
    amenities = await bmc.list_amenities()
    assert [(c.id, c.name, c.slug) for c in cities] == [(c["id"], c["name"], c["slug"]) for c in server.state.cities]
    assert {c.kind for c in cities} == {"city"}
    assert next(c for c in cities if c.id == "city_lisbon").extra.get("countryCode") == "PT"
    assert [(t.id, t.name) for t in types] == [(t["id"], t["name"]) for t in server.state.coliving_types]
    assert {t.kind for t in types} == {"coliving_type"}
    assert [(a.id, a.name) for a in amenities] == [(a["id"], a["name"]) for a in server.state.amenities]
    assert {a.kind for a in amenities} == {"amenity"}


async def test_wrong_key_is_an_auth_error_and_is_not_retried(server: SandboxServer, control: Control) -> None:
    counter = Counter(control, "/bmc/")
    counter.start()
    async with bmc_client(server, key="bmc_wrong_key") as wrong:
        with pytest.raises(AuthError) as refused:
            await wrong.list_properties()
    assert refused.value.status == 401
    assert refused.value.message == "BookMyColiving: Missing or invalid API key"
    assert "bmc_wrong_key" not in str(refused.value)
    assert counter.seen == 1


async def test_budgets_come_from_rate_limit_headers(bmc: BmcClient) -> None:
    assert bmc.budgets.snapshot() == {}
    before = time.time()
    await bmc.list_cities()
    first = bmc.budgets.snapshot()["reference"]
    await bmc.list_amenities()
    second = bmc.budgets.snapshot()["reference"]
    assert first.limit == second.limit == 5000
    assert first.remaining is not None and second.remaining == first.remaining - 1
    assert second.used == 5000 - second.remaining
    assert second.reset_at is not None and second.reset_at >= before
    assert second.cooldown_until is None

    await bmc.get_property("prop_0001")
    properties = bmc.budgets.get("properties")
    assert properties is not None and properties.limit == 10_000 and properties.remaining is not None
    assert set(bmc.budgets.snapshot()) == {"reference", "properties"}
    assert bmc.replies_budget.limit == 60  # not reported yet: the documented default


async def test_caller_idempotency_key_replays_instead_of_duplicating(bmc: BmcClient) -> None:
    key = str(uuid.uuid4())
    body = draft()  # no externalId, so only the key can prevent a duplicate
    first = await bmc.create_property(body, idempotency_key=key)
    second = await bmc.create_property(body, idempotency_key=key)
    assert first.replayed is False and second.replayed is True
    assert first.idempotency_key == second.idempotency_key == key
    assert second.property.id == first.property.id
    named = [p for p in await all_properties(bmc) if p.name == body.name]
    assert [p.id for p in named] == [first.property.id]

    with pytest.raises(Conflict) as reused:
        await bmc.create_property(draft(name="Something else"), idempotency_key=key)
    assert reused.value.message == "BookMyColiving: Idempotency-Key was already used with a different request"


async def test_another_operator_sees_only_its_own_listings(server: SandboxServer, bmc: BmcClient) -> None:
    async with bmc_client(server, key=OTHER_BMC_KEY) as other:
        theirs = [p async for page in other.iter_properties() for p in page]
        with pytest.raises(Forbidden):
            await other.get_property("prop_0001")
    mine = {p.id for p in await all_properties(bmc)}
    assert {p.id for p in theirs} == {"prop_0007", "prop_0008"}
    assert mine.isdisjoint(p.id for p in theirs)


async def test_retried_delete_with_the_same_key_answers_like_the_first(bmc: BmcClient) -> None:
    created = (await bmc.create_property(draft())).property
    key = str(uuid.uuid4())
    await bmc.delete_property(created.id, idempotency_key=key)
    await bmc.delete_property(created.id, idempotency_key=key)  # a replay, not a 404
    with pytest.raises(NotFound):
        await bmc.get_property(created.id)
