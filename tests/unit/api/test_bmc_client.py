"""BookMyColiving client against the document's samples: method, path, query, headers and body of every
endpoint.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from apitestkit import BMC_KEY, FakeClock, client_kwargs, respond, sample, script

from colivingdesk.api import BmcClient, PropertyDraft, RoomOptionDraft
from colivingdesk.api.errors import (
    AuthError,
    Conflict,
    Forbidden,
    NotFound,
    RateLimited,
    ServerError,
    UnexpectedResponse,
    ValidationError,
)
from colivingdesk.domain import Channel

BASE = "https://bookmycoliving.com/api/v1"

PROPERTY = {
    "id": "prop_1",
    "name": "Sunny Coliving",
    "description": "...",
    "cityId": "city_lis",
    "address": "123 Main St",
    "amenities": ["wifi", "gym"],
    "contactEmail": "host@example.com",
    "colivingTypeIds": ["ct_1"],
    "roomOptions": [{"type": "PRIVATE", "priceMonthly": 80000}],
    "status": "PENDING_REVIEW",
    "externalId": "ext-1",
    "createdAt": "2026-04-01T10:00:00.000Z",
}


def draft_from_sample() -> PropertyDraft:
    body = sample("bmc", "property_create_request")
    return PropertyDraft(
        name=body["name"],
        description=body["description"],
        city_id=body["cityId"],
        address=body["address"],
        amenities=body["amenities"],
        contact_email=body["contactEmail"],
        coliving_type_ids=body["colivingTypeIds"],
        room_options=[
            RoomOptionDraft(type=r["type"], price_monthly_cents=r["priceMonthly"])
            for r in body["roomOptions"]
        ],
    )


def make(clock: FakeClock, *replies: Any, **extra: Any) -> tuple[BmcClient, Any]:
    rec = script(clock, *replies)
    return BmcClient(BASE, BMC_KEY, **client_kwargs(clock, rec, **extra)), rec


def envelope(
    items: list[Any], page: int = 1, limit: int = 100, total: int | None = None, total_pages: int = 1
) -> dict[str, Any]:
    return {
        "data": items,
        "pagination": {
            "page": page,
            "limit": limit,
            "total": len(items) if total is None else total,
            "totalPages": total_pages,
        },
    }


# ---------------------------------------------------------------- properties


async def test_list_properties_sends_page_limit_external_id_and_reads_envelope(clock: FakeClock) -> None:
    body = sample("bmc", "list_envelope")
    body["data"] = [PROPERTY]
    bmc, rec = make(clock, respond(200, body))
    page = await bmc.list_properties(page=2, limit=100, external_id="ext-1")
    sent = rec.sent[0]
    assert (sent.method, str(sent.url).split("?")[0]) == ("GET", f"{BASE}/properties")
    assert sent.query == {"page": "2", "limit": "100", "externalId": "ext-1"}
    assert sent.headers["x-api-key"] == BMC_KEY
    assert (page.page, page.limit, page.total, page.last_page) == (1, 20, 42, 3)
    prop = page.items[0]
    assert (
        prop.id == "prop_1"
        and prop.city_id == "city_lis"
        and prop.room_options[0].price_monthly_cents == 80000
    )
    assert prop.created_at == datetime(2026, 4, 1, 10, tzinfo=UTC)


async def test_list_properties_caps_limit_at_100(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, envelope([])))
    await bmc.list_properties(limit=500)
    assert rec.sent[0].query["limit"] == "100"


async def test_empty_list_envelope_sample_parses(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, sample("bmc", "list_envelope")))
    page = await bmc.list_properties()
    assert page.items == [] and page.total == 42


async def test_get_property(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, PROPERTY))
    prop = await bmc.get_property("prop_1")
    assert (rec.sent[0].method, rec.sent[0].path) == ("GET", "/api/v1/properties/prop_1")
    assert prop.name == "Sunny Coliving" and prop.external_id == "ext-1"


async def test_path_ids_are_escaped(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, PROPERTY))
    await bmc.get_property("../leads")
    assert rec.sent[0].url.raw_path == b"/api/v1/properties/..%2Fleads"


async def test_create_property_sends_exact_document_body_and_a_uuid_key(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(201, PROPERTY))
    result = await bmc.create_property(draft_from_sample())
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", "/api/v1/properties")
    assert sent.json() == sample("bmc", "property_create_request")
    assert sent.headers["content-type"] == "application/json"
    uuid.UUID(sent.headers["idempotency-key"])
    assert result.reused is False and result.replayed is False
    assert result.property.status == "PENDING_REVIEW"
    assert result.idempotency_key == sent.headers["idempotency-key"]


async def test_create_and_replace_bodies_carry_no_photos(clock: FakeClock) -> None:
    """The document defines no photos in these bodies; photos go through POST /properties/:id/photos."""
    bmc, rec = make(clock, respond(201, PROPERTY))
    draft = draft_from_sample().model_copy(update={"external_id": "ext-1", "photos": ["https://x/1.jpg"]})
    await bmc.create_property(draft)
    await bmc.replace_property("prop_1", draft)
    for sent in rec.sent:
        body = sent.json()
        assert body["externalId"] == "ext-1" and "photos" not in body


async def test_create_property_reused_existing_external_id(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {**PROPERTY, "reused": True}))
    result = await bmc.create_property(draft_from_sample(), idempotency_key="k1")
    assert result.reused is True and result.property.id == "prop_1"


async def test_create_property_reused_with_wrapped_record(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {"reused": True, "property": PROPERTY}))
    result = await bmc.create_property(draft_from_sample())
    assert result.reused is True and result.property.id == "prop_1"


async def test_create_property_replayed_header(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(201, PROPERTY, headers={"Idempotent-Replayed": "true"}))
    result = await bmc.create_property(draft_from_sample())
    assert result.replayed is True and result.reused is False


async def test_replayed_writes_are_remembered_by_key_until_asked(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, PROPERTY, headers={"Idempotent-Replayed": "true"}))
    await bmc.submit_property("prop_1", idempotency_key="k-submit")
    assert bmc.take_replayed("k-other") is False
    assert bmc.take_replayed("k-submit") is True
    assert bmc.take_replayed("k-submit") is False  # asking forgets it


async def test_caller_supplied_idempotency_key_is_used_verbatim(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(201, PROPERTY))
    await bmc.create_property(draft_from_sample(), idempotency_key="outbox-42-create")
    assert rec.sent[0].headers["idempotency-key"] == "outbox-42-create"


async def test_500_then_success_on_a_write_resends_the_same_key(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(500, sample("bmc", "error_body")), respond(201, PROPERTY))
    result = await bmc.create_property(draft_from_sample())
    assert len(rec.sent) == 2
    keys = {s.headers["idempotency-key"] for s in rec.sent}
    assert len(keys) == 1 and result.idempotency_key in keys
    assert rec.sent[0].body == rec.sent[1].body


async def test_each_logical_write_gets_its_own_key(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(201, PROPERTY))
    await bmc.create_property(draft_from_sample())
    await bmc.create_property(draft_from_sample())
    assert rec.sent[0].headers["idempotency-key"] != rec.sent[1].headers["idempotency-key"]


async def test_replace_property_puts_body(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, {**PROPERTY, "status": "APPROVED", "needsReview": True}))
    prop = await bmc.replace_property("prop_1", draft_from_sample(), idempotency_key="k-put")
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("PUT", "/api/v1/properties/prop_1")
    assert sent.json() == sample("bmc", "property_create_request")
    assert sent.headers["idempotency-key"] == "k-put"
    assert prop.status == "APPROVED" and prop.needs_review is True


async def test_delete_property(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(204))
    assert await bmc.delete_property("prop_1") is None
    sent = rec.sent[0]
    assert (sent.method, sent.path, sent.body) == ("DELETE", "/api/v1/properties/prop_1", b"")
    assert "idempotency-key" in sent.headers


@pytest.mark.parametrize(
    ("method_name", "suffix", "status"),
    [
        ("submit_property", "submit", "PENDING_REVIEW"),
        ("unpublish_property", "unpublish", "DRAFT"),
    ],
)
async def test_submit_and_unpublish(clock: FakeClock, method_name: str, suffix: str, status: str) -> None:
    bmc, rec = make(clock, respond(200, {**PROPERTY, "status": status}))
    prop = await getattr(bmc, method_name)("prop_1")
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", f"/api/v1/properties/prop_1/{suffix}")
    assert prop.status == status


async def test_write_answering_a_bare_status_reads_the_property_back(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, {"success": True}), respond(200, {**PROPERTY, "status": "DRAFT"}))
    prop = await bmc.unpublish_property("prop_1")
    assert [s.method for s in rec.sent] == ["POST", "GET"] and prop.status == "DRAFT"


async def test_add_photos_sends_document_body(clock: FakeClock) -> None:
    bmc, rec = make(
        clock, respond(200, {**PROPERTY, "photos": [{"url": "https://..."}, {"url": "https://..."}]})
    )
    body = sample("bmc", "photos_request")
    prop = await bmc.add_photos("prop_1", [p["url"] for p in body["photos"]])
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", "/api/v1/properties/prop_1/photos")
    assert sent.json() == body
    assert [p.url for p in prop.photos] == ["https://...", "https://..."]


async def test_unknown_status_and_room_type_survive_a_round_trip(clock: FakeClock) -> None:
    odd = {
        **PROPERTY,
        "status": "ARCHIVED_BY_ADMIN",
        "roomOptions": [{"type": "SHARED_POD", "priceMonthly": 45000, "beds": 4}],
    }
    bmc, rec = make(clock, respond(200, odd), respond(200, odd))
    prop = await bmc.get_property("prop_1")
    assert prop.status == "ARCHIVED_BY_ADMIN"
    assert prop.room_options[0].type == "SHARED_POD" and prop.room_options[0].extra == {"beds": 4}
    await bmc.replace_property("prop_1", PropertyDraft.from_property(prop))
    assert rec.sent[1].json()["roomOptions"] == [{"type": "SHARED_POD", "priceMonthly": 45000}]


def test_draft_price_must_be_integer_cents() -> None:
    with pytest.raises(ValueError):
        RoomOptionDraft(type="PRIVATE", price_monthly_cents=800.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        RoomOptionDraft(type="PRIVATE", price_monthly_cents=-1)


# ---------------------------------------------------------------- leads


LEAD = {
    "id": "lead_abc",
    "propertyId": "prop_xyz",
    "guestName": "Jane Smith",
    "guestEmail": "jane@example.com",
    "createdAt": "2026-04-25T10:00:00.000Z",
    "status": "NEW",
    "moveInDate": "2026-06-01",
}


async def test_list_leads_with_since_and_property(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, envelope([LEAD])))
    page = await bmc.list_leads(property_id="prop_xyz", since=datetime(2026, 4, 1, tzinfo=UTC))
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("GET", "/api/v1/leads")
    assert sent.query == {
        "page": "1",
        "limit": "100",
        "propertyId": "prop_xyz",
        "since": "2026-04-01T00:00:00Z",
    }
    lead = page.items[0]
    assert (lead.id, lead.property_id, lead.guest_name, lead.guest_email, lead.move_in) == (
        "lead_abc",
        "prop_xyz",
        "Jane Smith",
        "jane@example.com",
        "2026-06-01",
    )


async def test_list_leads_since_string_is_verbatim(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, envelope([])))
    await bmc.list_leads(since="2026-04-01T00:00:00Z")
    assert rec.sent[0].url.params["since"] == "2026-04-01T00:00:00Z"


async def test_get_lead_and_403(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, LEAD), respond(403, {"error": "API key doesn't own this resource"}))
    lead = await bmc.get_lead("lead_abc")
    assert rec.sent[0].path == "/api/v1/leads/lead_abc" and lead.guest_name == "Jane Smith"
    with pytest.raises(Forbidden) as info:
        await bmc.get_lead("lead_other")
    assert info.value.status == 403 and "own" in str(info.value)


async def test_one_odd_record_does_not_fail_the_page(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, envelope([LEAD, {"guestName": "no id"}, "garbage", {**LEAD, "id": 7}])))
    page = await bmc.list_leads()
    assert [lead.id for lead in page.items] == ["lead_abc", "7"]
    assert len(page.skipped) == 2


async def test_webhook_sample_data_reads_as_a_lead() -> None:
    from colivingdesk.api.bmc.models import BmcLead

    lead = BmcLead.model_validate(sample("bmc", "webhook_lead_created")["data"]).to_domain()
    assert (lead.id, lead.property_id, lead.guest_name) == ("lead_abc", "prop_xyz", "Jane Smith")
    assert lead.thread_id is None  # the document's lead names no conversation


@pytest.mark.parametrize("key", ["threadId", "partnerUserId", "userId"])
async def test_a_lead_that_names_its_conversation_keeps_it(key: str) -> None:
    from colivingdesk.api.bmc.models import BmcLead

    lead = BmcLead.model_validate({**sample("bmc", "webhook_lead_created")["data"], key: "usr_7"}).to_domain()
    assert lead.thread_id == "usr_7"


# ---------------------------------------------------------------- conversations and replies


async def test_list_conversations_sends_page_and_max_limit_on_page_one(clock: FakeClock) -> None:
    conv = {
        "threadId": "user_9",
        "propertyId": "prop_1",
        "userName": "Ana",
        "lastMessage": "Hi",
        "lastMessageAt": "2026-04-25T10:00:00Z",
        "unreadCount": 2,
    }
    bmc, rec = make(clock, respond(200, envelope([conv], limit=20)))
    page = await bmc.list_conversations(property_id="prop_1", date_from="2026-04-01", date_to="2026-04-30")
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("GET", "/api/v1/messages")
    assert sent.query == {
        "propertyId": "prop_1",
        "dateFrom": "2026-04-01",
        "dateTo": "2026-04-30",
        "page": "1",
        "limit": "100",
    }
    thread = page.items[0]
    assert thread.channel is Channel.BMC and thread.external_id == "user_9" and thread.unread_count == 2
    assert thread.participant_name == "Ana" and thread.last_message == "Hi"


async def test_list_conversations_clamps_a_larger_limit(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, envelope([])))
    await bmc.list_conversations(page=3, limit=500)
    assert rec.sent[0].query == {"page": "3", "limit": "100"}


@pytest.mark.parametrize("key", ["threadId", "userId", "partnerUserId", "id"])
async def test_conversation_thread_id_spellings(clock: FakeClock, key: str) -> None:
    bmc, _ = make(clock, respond(200, envelope([{key: "u1"}])))
    page = await bmc.list_conversations()
    assert page.items[0].external_id == "u1"


def test_conversation_thread_id_falls_back_to_the_participant_id() -> None:
    from colivingdesk.api.bmc.models import BmcConversation

    raw = {"id": "conv_1", "participant": {"id": "user_9", "name": "Ana"}}
    assert BmcConversation.model_validate(raw).thread_id == "user_9"


@pytest.mark.parametrize(
    "fields",
    [
        {"participant": {"id": "user_9", "name": "Ana Lima", "email": "ana@example.com"}},
        {"participantName": "Ana Lima"},
        {"partnerName": "Ana Lima"},
        {"user": {"id": "user_9", "name": "Ana Lima"}},
        {"guestName": "Ana Lima"},
        {"userName": "Ana Lima"},
        {"participant": {"fullName": "Ana Lima"}},
        {"participant": {"firstName": "Ana", "lastName": "Lima"}},
        {"participantName": None, "participant": {"name": "Ana Lima"}},
        {"participantName": "  ", "user": {"name": "Ana Lima"}},
    ],
)
async def test_conversation_participant_name_spellings(clock: FakeClock, fields: dict[str, Any]) -> None:
    bmc, _ = make(clock, respond(200, envelope([{"threadId": "user_9", **fields}])))
    page = await bmc.list_conversations()
    assert page.items[0].participant_name == "Ana Lima"


def test_conversation_participant_name_prefers_the_participant_over_a_bare_name() -> None:
    from colivingdesk.api.bmc.models import BmcConversation

    raw = {"threadId": "u", "name": "Enquiry about Room 4", "participant": {"name": "Ana"}}
    assert BmcConversation.model_validate(raw).participant_name == "Ana"


def test_conversation_participant_given_as_a_bare_string_is_not_taken_for_a_name() -> None:
    from colivingdesk.api.bmc.models import BmcConversation

    conversation = BmcConversation.model_validate({"threadId": "u", "participant": "usr_123"})
    assert conversation.participant_name == ""


async def test_iter_conversations_asks_for_the_max_page_size_on_every_page(clock: FakeClock) -> None:
    first = envelope([{"threadId": f"u{i}"} for i in range(100)], page=1, total=130, total_pages=2)
    second = envelope([{"threadId": f"v{i}"} for i in range(30)], page=2, total=130, total_pages=2)
    bmc, rec = make(clock, respond(200, first), respond(200, second))
    pages = [p async for p in bmc.iter_conversations(property_id="prop_1")]
    assert [len(p) for p in pages] == [100, 30]
    assert [s.query for s in rec.sent] == [
        {"propertyId": "prop_1", "page": "1", "limit": "100"},
        {"propertyId": "prop_1", "page": "2", "limit": "100"},
    ]


async def test_iter_conversations_follows_a_server_that_caps_the_page_lower(clock: FakeClock) -> None:
    first = envelope([{"threadId": f"u{i}"} for i in range(20)], page=1, limit=20, total=25, total_pages=2)
    second = envelope([{"threadId": f"v{i}"} for i in range(5)], page=2, limit=20, total=25, total_pages=2)
    bmc, rec = make(clock, respond(200, first), respond(200, second))
    pages = [p async for p in bmc.iter_conversations()]
    assert [len(p) for p in pages] == [20, 5]
    assert [s.query for s in rec.sent] == [{"page": "1", "limit": "100"}, {"page": "2", "limit": "100"}]


async def test_get_thread(clock: FakeClock) -> None:
    msgs = [
        {"id": "m1", "content": "Hi there", "senderType": "TENANT", "createdAt": "2026-04-25T10:00:00Z"},
        {"id": "m2", "content": "Hello!", "sender": "operator", "isRead": False},
    ]
    bmc, rec = make(clock, respond(200, {"data": msgs}))
    messages = await bmc.get_thread("user_9")
    assert (rec.sent[0].method, rec.sent[0].path) == ("GET", "/api/v1/messages/user_9")
    assert rec.sent[0].query == {"page": "1", "limit": "100"}
    assert len(rec.sent) == 1
    assert [(m.external_id, m.sender, m.text) for m in messages] == [
        ("m1", "guest", "Hi there"),
        ("m2", "host", "Hello!"),
    ]
    assert all(m.thread_external_id == "user_9" for m in messages)


async def test_get_thread_accepts_a_bare_list(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, [{"id": 1, "text": "Hi", "sender": "mystery_role"}]))
    messages = await bmc.get_thread("u")
    assert messages[0].external_id == "1" and messages[0].sender == "mystery_role"
    assert len(rec.sent) == 1


def _thread_messages(start: int, count: int) -> list[dict[str, Any]]:
    return [{"id": f"m{i}", "content": f"message {i}"} for i in range(start, start + count)]


async def test_get_thread_bare_list_of_more_than_a_page_is_one_request(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, _thread_messages(0, 150)))
    messages = await bmc.get_thread("u")
    assert len(messages) == 150 and len(rec.sent) == 1


async def test_get_thread_envelope_without_pagination_is_one_request(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, {"data": _thread_messages(0, 100)}))
    messages = await bmc.get_thread("u")
    assert len(messages) == 100 and len(rec.sent) == 1


async def test_get_thread_walks_every_page_so_the_newest_messages_arrive(clock: FakeClock) -> None:
    pages = [
        envelope(_thread_messages(0, 100), page=1, total=250, total_pages=3),
        envelope(_thread_messages(100, 100), page=2, total=250, total_pages=3),
        envelope(_thread_messages(200, 50), page=3, total=250, total_pages=3),
    ]
    bmc, rec = make(clock, *(respond(200, p) for p in pages))
    messages = await bmc.get_thread("user_9")
    assert [m.external_id for m in messages] == [f"m{i}" for i in range(250)]
    assert all(s.path == "/api/v1/messages/user_9" for s in rec.sent)
    assert [s.query for s in rec.sent] == [{"page": str(n), "limit": "100"} for n in (1, 2, 3)]


async def test_get_thread_never_reads_past_the_last_page(clock: FakeClock) -> None:
    pages = [
        envelope(_thread_messages(0, 100), page=1, total=200, total_pages=2),
        envelope(_thread_messages(100, 100), page=2, total=200, total_pages=2),
        envelope(_thread_messages(900, 100), page=3, total=300, total_pages=3),
    ]
    bmc, rec = make(clock, *(respond(200, p) for p in pages))
    messages = await bmc.get_thread("u")
    assert len(messages) == 200 and len(rec.sent) == 2


async def test_get_thread_stops_on_a_short_page(clock: FakeClock) -> None:
    pages = [
        envelope(_thread_messages(0, 100), page=1, total=500, total_pages=5),
        envelope(_thread_messages(100, 40), page=2, total=500, total_pages=5),
    ]
    bmc, rec = make(clock, *(respond(200, p) for p in pages))
    messages = await bmc.get_thread("u")
    assert len(messages) == 140 and len(rec.sent) == 2


async def test_get_thread_stops_on_an_empty_page(clock: FakeClock) -> None:
    pages = [
        envelope(_thread_messages(0, 100), page=1, total=300, total_pages=3),
        envelope([], page=2, total=300, total_pages=3),
    ]
    bmc, rec = make(clock, *(respond(200, p) for p in pages))
    messages = await bmc.get_thread("u")
    assert len(messages) == 100 and len(rec.sent) == 2


async def test_get_thread_follows_a_server_that_caps_the_page_lower(clock: FakeClock) -> None:
    pages = [
        envelope(_thread_messages(0, 20), page=1, limit=20, total=45, total_pages=3),
        envelope(_thread_messages(20, 20), page=2, limit=20, total=45, total_pages=3),
        envelope(_thread_messages(40, 5), page=3, limit=20, total=45, total_pages=3),
    ]
    bmc, rec = make(clock, *(respond(200, p) for p in pages))
    messages = await bmc.get_thread("u")
    assert len(messages) == 45 and len(rec.sent) == 3


async def test_get_thread_unreadable_body_is_an_unexpected_response(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {"error": None, "ok": True}))
    with pytest.raises(UnexpectedResponse):
        await bmc.get_thread("u")


async def test_reply_sends_document_body(clock: FakeClock) -> None:
    body = sample("bmc", "reply_request")
    bmc, rec = make(
        clock,
        respond(
            201,
            {"id": "m9", "content": body["content"], "sender": "operator"},
            headers={
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": "57",
                "X-RateLimit-Reset": str(int(clock.now) + 1800),
            },
        ),
    )
    message = await bmc.reply("user_9", body["content"], body["propertyId"])
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", "/api/v1/messages/user_9")
    assert sent.json() == body
    uuid.UUID(sent.headers["idempotency-key"])
    assert message.external_id == "m9" and message.text == body["content"]
    budget = bmc.replies_budget
    assert (budget.limit, budget.remaining, budget.used, budget.reset_at) == (60, 57, 3, clock.now + 1800)


async def test_replies_budget_defaults_to_documented_cap(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {}))
    assert bmc.replies_budget.limit == 60 and bmc.replies_budget.remaining is None


async def test_reply_over_5000_chars_is_refused_before_sending(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(201, {}))
    with pytest.raises(ValidationError) as info:
        await bmc.reply("user_9", "x" * 5001, "prop_1")
    assert rec.sent == [] and info.value.field_errors[0].path == "content"
    await bmc.reply("user_9", "x" * 5000, "prop_1")
    assert len(rec.sent) == 1


async def test_reply_answer_without_message_fields(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(201, {"success": True}))
    message = await bmc.reply("user_9", "Thanks!", "prop_1", idempotency_key="k7")
    assert message.text == "Thanks!" and message.sender == "host" and message.external_id == "idem-k7"


# ---------------------------------------------------------------- reference data and webhooks


@pytest.mark.parametrize(
    ("method_name", "path", "kind"),
    [
        ("list_cities", "/api/v1/cities", "city"),
        ("list_coliving_types", "/api/v1/coliving-types", "coliving_type"),
        ("list_amenities", "/api/v1/amenities", "amenity"),
    ],
)
async def test_reference_lists(clock: FakeClock, method_name: str, path: str, kind: str) -> None:
    bmc, rec = make(
        clock,
        respond(200, {"data": [{"id": "x1", "name": "Lisbon", "slug": "lisbon"}]}),
        respond(200, [{"id": "x2", "name": "Porto"}]),
        respond(200, ["wifi", "gym"]),
    )
    items = await getattr(bmc, method_name)()
    assert (rec.sent[0].method, rec.sent[0].path) == ("GET", path)
    assert (items[0].kind, items[0].id, items[0].name, items[0].slug) == (kind, "x1", "Lisbon", "lisbon")
    assert (await getattr(bmc, method_name)())[0].name == "Porto"
    slugs = await getattr(bmc, method_name)()
    assert [i.id for i in slugs] == ["wifi", "gym"] and slugs[0].slug == "wifi"


async def test_reference_budget_is_its_own_group(clock: FakeClock) -> None:
    headers = {
        "X-RateLimit-Limit": "5000",
        "X-RateLimit-Remaining": "4999",
        "X-RateLimit-Reset": "1800003600",
    }
    bmc, _ = make(clock, respond(200, [], headers=headers))
    await bmc.list_cities()
    snap = bmc.budgets.snapshot()
    assert set(snap) == {"reference"} and snap["reference"].limit == 5000


async def test_send_test_webhook(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(200, {"ok": True}))
    assert await bmc.send_test_webhook("lead.created") == {"ok": True}
    sent = rec.sent[0]
    assert (sent.method, sent.path) == ("POST", "/api/v1/webhooks/test")
    assert sent.json() == sample("bmc", "webhooks_test_request")
    await bmc.send_test_webhook()
    assert rec.sent[1].json() == {}


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationError),
        (401, AuthError),
        (403, Forbidden),
        (404, NotFound),
        (409, Conflict),
        (500, ServerError),
    ],
)
async def test_documented_error_statuses(clock: FakeClock, status: int, cls: type[Exception]) -> None:
    bmc, rec = make(
        clock, respond(status, sample("bmc", "error_body"), headers={"X-Request-Id": "rq-1"}), retry=None
    )
    with pytest.raises(cls) as info:
        await bmc.delete_property("p", idempotency_key=None) if status != 500 else await bmc.get_property("p")
    err = info.value
    assert str(err) == "BookMyColiving: Human-readable message"
    assert err.status == status and err.request_id == "rq-1"  # type: ignore[attr-defined]
    if status == 500:
        assert len(rec.sent) == 4  # a read is retried up to the attempt limit


async def test_429_is_rate_limited_with_wait(clock: FakeClock) -> None:
    from colivingdesk.api import RetryPolicy

    bmc, _ = make(
        clock,
        respond(429, {"error": "Rate limit exceeded"}, headers={"Retry-After": "30"}),
        retry=RetryPolicy(max_attempts=1),
    )
    with pytest.raises(RateLimited) as info:
        await bmc.list_leads()
    assert info.value.retry_after == 30 and info.value.status == 429


@pytest.mark.parametrize(
    ("message", "path"),
    [
        ("roomOptions[0].priceMonthly must be an integer", "roomOptions[0].priceMonthly"),
        ('"contactEmail" must be a valid email', "contactEmail"),
        ("Invalid cityId", "cityId"),
        ("name is required", "name"),
        ("Body validation failed", None),
        ("Duplicate slug for this name", None),
    ],
)
async def test_400_field_path_extraction(clock: FakeClock, message: str, path: str | None) -> None:
    bmc, _ = make(clock, respond(400, {"error": message}))
    with pytest.raises(ValidationError) as info:
        await bmc.create_property(draft_from_sample())
    found = [fe.path for fe in info.value.field_errors]
    assert found == ([path] if path else [])


async def test_error_without_json_body(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(404, content=b"<html>nope</html>"))
    with pytest.raises(NotFound) as info:
        await bmc.get_property("p")
    assert "BookMyColiving" in str(info.value)


async def test_list_without_data_is_unexpected(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(200, {"items": []}))
    with pytest.raises(UnexpectedResponse):
        await bmc.list_properties()


async def test_reply_acknowledgement_message_is_not_taken_for_the_text(clock: FakeClock) -> None:
    bmc, _ = make(clock, respond(201, {"message": "Reply sent"}))
    message = await bmc.reply("user_9", "Thanks!", "prop_1")
    assert message.text == "Thanks!"


async def test_convenience_retry_options(clock: FakeClock) -> None:
    bmc, rec = make(clock, respond(500, {"error": "x"}), max_attempts=2, wait_for_cooldown=False)
    with pytest.raises(ServerError):
        await bmc.get_property("p")
    assert len(rec.sent) == 2 and bmc._http.retry.wait_for_cooldown is False
