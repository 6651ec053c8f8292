"""BookMyColiving properties: auth, envelopes, validation, lifecycle, moderation, externalId reuse, photos."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx

from colivingdesk.sandbox import SandboxServer

PropertyBody = Callable[..., dict[str, object]]


def test_missing_and_wrong_key_are_401(server: SandboxServer) -> None:
    for headers in ({}, {"x-api-key": "nope"}):
        response = httpx.get(f"{server.bmc_base_url}/properties", headers=headers)
        assert response.status_code == 401
        assert set(response.json()) == {"error"}
        assert isinstance(response.json()["error"], str)


def test_list_envelope_and_limit_clamp(bmc: httpx.Client) -> None:
    body = bmc.get("/properties").json()
    assert set(body) == {"data", "pagination"}
    assert body["pagination"]["page"] == 1 and body["pagination"]["limit"] == 20
    assert {p["status"] for p in body["data"]} >= {"DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED"}
    clamped = bmc.get("/properties", params={"limit": 500}).json()
    assert clamped["pagination"]["limit"] == 100
    assert bmc.get("/properties", params={"limit": 0}).status_code == 400
    assert bmc.get("/properties", params={"page": "x"}).status_code == 400


def test_seeded_statuses_rejected_has_notes_and_re_review_flag(bmc: httpx.Client) -> None:
    data = bmc.get("/properties", params={"limit": 100}).json()["data"]
    rejected = [p for p in data if p["status"] == "REJECTED"]
    assert rejected and all(p["adminNotes"] for p in rejected)
    assert any(p["status"] == "APPROVED" and p["reReviewPending"] for p in data)


def test_pagination_last_page(bmc: httpx.Client) -> None:
    first = bmc.get("/leads", params={"limit": 7}).json()["pagination"]
    total, pages = first["total"], first["totalPages"]
    assert pages == -(-total // 7)
    last = bmc.get("/leads", params={"limit": 7, "page": pages}).json()
    assert len(last["data"]) == total - 7 * (pages - 1)
    beyond = bmc.get("/leads", params={"limit": 7, "page": pages + 1}).json()
    assert beyond["data"] == [] and beyond["pagination"]["total"] == total


def test_create_validation_400(bmc: httpx.Client, property_body: PropertyBody) -> None:
    cases: list[dict[str, object]] = [
        {"name": ""},
        {"cityId": "city_atlantis"},
        {"amenities": ["teleporter"]},
        {"roomOptions": [{"type": "PRIVATE", "priceMonthly": 800.5}]},
        {"contactEmail": "not-an-email"},
    ]
    for overrides in cases:
        response = bmc.post("/properties", json=property_body(**overrides))
        assert response.status_code == 400, overrides
        assert isinstance(response.json()["error"], str)
    assert (
        bmc.post(
            "/properties", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )


def test_lifecycle_with_admin_moderation(
    bmc: httpx.Client, admin: httpx.Client, property_body: PropertyBody
) -> None:
    created = bmc.post("/properties", json=property_body(name="Lifecycle House"))
    assert created.status_code == 201
    prop = created.json()
    assert prop["status"] == "PENDING_REVIEW" and prop["adminNotes"] is None
    pid = prop["id"]
    assert bmc.post(f"/properties/{pid}/submit").status_code == 409
    assert bmc.post(f"/properties/{pid}/unpublish").status_code == 409

    rejected = admin.post(f"/_admin/properties/{pid}/reject", json={"notes": "Blurry photos"}).json()
    assert rejected["status"] == "REJECTED"
    fetched = bmc.get(f"/properties/{pid}").json()
    assert fetched["status"] == "REJECTED" and fetched["adminNotes"] == "Blurry photos"

    assert bmc.post(f"/properties/{pid}/submit").json()["status"] == "PENDING_REVIEW"
    assert admin.post(f"/_admin/properties/{pid}/approve").json()["status"] == "APPROVED"
    assert bmc.get(f"/properties/{pid}").json()["adminNotes"] is None

    replaced = bmc.put(f"/properties/{pid}", json=property_body(name="Lifecycle House v2"))
    assert replaced.status_code == 200
    assert replaced.json()["status"] == "APPROVED" and replaced.json()["reReviewPending"] is True
    assert replaced.json()["name"] == "Lifecycle House v2"
    assert admin.post(f"/_admin/properties/{pid}/approve").json()["reReviewPending"] is False

    unpublished = bmc.post(f"/properties/{pid}/unpublish").json()
    assert unpublished["status"] == "DRAFT"
    assert bmc.post(f"/properties/{pid}/submit").json()["status"] == "PENDING_REVIEW"

    deleted = bmc.delete(f"/properties/{pid}")
    assert deleted.status_code == 200 and deleted.json() == {"id": pid, "deleted": True}
    assert bmc.get(f"/properties/{pid}").status_code == 404


def test_external_id_reuse_and_filter(bmc: httpx.Client, property_body: PropertyBody) -> None:
    external = f"ext-{uuid.uuid4().hex[:8]}"
    first = bmc.post("/properties", json=property_body(externalId=external))
    assert first.status_code == 201 and "reused" not in first.json()
    again = bmc.post("/properties", json=property_body(externalId=external, name="Another name"))
    assert again.status_code == 200
    assert again.json()["reused"] is True and again.json()["id"] == first.json()["id"]
    listed = bmc.get("/properties", params={"externalId": external}).json()
    assert [p["id"] for p in listed["data"]] == [first.json()["id"]]
    assert listed["pagination"]["total"] == 1


def test_duplicate_slug_is_409(bmc: httpx.Client, property_body: PropertyBody) -> None:
    slug = f"slug-{uuid.uuid4().hex[:8]}"
    assert bmc.post("/properties", json=property_body(slug=slug)).status_code == 201
    assert bmc.post("/properties", json=property_body(slug=slug)).status_code == 409


def test_photos_append(bmc: httpx.Client, property_body: PropertyBody) -> None:
    pid = bmc.post("/properties", json=property_body()).json()["id"]
    before = bmc.get(f"/properties/{pid}").json()["photos"]
    body = {"photos": [{"url": "https://img.example.com/a.jpg"}, {"url": "https://img.example.com/b.jpg"}]}
    after = bmc.post(f"/properties/{pid}/photos", json=body).json()["photos"]
    assert len(after) == len(before) + 2
    assert [p["url"] for p in after[-2:]] == [
        "https://img.example.com/a.jpg",
        "https://img.example.com/b.jpg",
    ]
    assert bmc.post(f"/properties/{pid}/photos", json={"photos": [{"url": "ftp://x"}]}).status_code == 400


def test_other_operators_property_is_403_unknown_is_404(
    bmc: httpx.Client, other_bmc: httpx.Client, property_body: PropertyBody
) -> None:
    theirs = other_bmc.get("/properties").json()["data"][0]["id"]
    assert bmc.get(f"/properties/{theirs}").status_code == 403
    assert bmc.put(f"/properties/{theirs}", json=property_body()).status_code == 403
    assert bmc.get("/properties/prop_9999").status_code == 404


def test_reference_data(bmc: httpx.Client) -> None:
    amenities = {a["slug"] for a in bmc.get("/amenities").json()["data"]}
    assert {"wifi", "gym", "coworking"} <= amenities
    assert bmc.get("/cities").json()["data"][0]["id"].startswith("city_")
    assert bmc.get("/coliving-types").json()["pagination"]["total"] >= 3


def test_unknown_endpoints_answer_in_channel_shape(server: SandboxServer) -> None:
    bmc = httpx.get(f"{server.bmc_base_url}/nope")
    assert bmc.status_code == 404 and isinstance(bmc.json()["error"], str)
    coliving = httpx.get(f"{server.coliving_base_url}/nope")
    assert coliving.status_code == 404 and coliving.json()["error"]["type"] == "not_found"
