"""BookMyColiving leads and conversations: filters, ownership, the 5,000-character cap."""

from __future__ import annotations

import httpx


def test_leads_filters_and_ownership(bmc: httpx.Client, other_bmc: httpx.Client, admin: httpx.Client) -> None:
    leads = bmc.get("/leads", params={"limit": 100}).json()["data"]
    assert leads and {"id", "propertyId", "guestName", "guestEmail", "createdAt"} <= set(leads[0])
    pid = leads[0]["propertyId"]
    only = bmc.get("/leads", params={"propertyId": pid, "limit": 100}).json()["data"]
    assert only and all(lead["propertyId"] == pid for lead in only)

    fresh = admin.post("/_admin/leads", json={"propertyId": pid}).json()
    since = bmc.get("/leads", params={"since": fresh["createdAt"]}).json()["data"]
    assert fresh["id"] in [lead["id"] for lead in since]
    assert all(lead["createdAt"] >= fresh["createdAt"] for lead in since)
    assert bmc.get("/leads", params={"since": "yesterday"}).status_code == 400

    theirs = other_bmc.get("/leads").json()["data"][0]["id"]
    assert bmc.get(f"/leads/{theirs}").status_code == 403
    assert bmc.get("/leads/lead_9999").status_code == 404
    assert bmc.get(f"/leads/{leads[0]['id']}").json()["id"] == leads[0]["id"]


def test_conversations_and_reply(bmc: httpx.Client, other_bmc: httpx.Client) -> None:
    conversations = bmc.get("/messages").json()
    assert set(conversations) == {"data", "pagination"}
    thread = conversations["data"][0]
    messages = bmc.get(f"/messages/{thread['threadId']}").json()["data"]
    assert len(messages) == thread["messageCount"]
    created = [m["createdAt"] for m in messages]
    assert created == sorted(created)

    reply = bmc.post(
        f"/messages/{thread['threadId']}",
        json={"content": "See you soon!", "propertyId": thread["propertyId"]},
    )
    assert reply.status_code == 201 and reply.json()["senderType"] == "OPERATOR"
    too_long = bmc.post(
        f"/messages/{thread['threadId']}", json={"content": "x" * 5001, "propertyId": thread["propertyId"]}
    )
    assert too_long.status_code == 400 and "5000" in too_long.json()["error"]
    exactly = bmc.post(
        f"/messages/{thread['threadId']}", json={"content": "y" * 5000, "propertyId": thread["propertyId"]}
    )
    assert exactly.status_code == 201
    assert (
        bmc.post(f"/messages/{thread['threadId']}", json={"propertyId": thread["propertyId"]}).status_code
        == 400
    )

    their_thread = other_bmc.get("/messages").json()["data"][0]["threadId"]
    assert bmc.get(f"/messages/{their_thread}").status_code == 403
    assert bmc.get("/messages/usr_9999").status_code == 404


def test_conversation_date_filters(bmc: httpx.Client) -> None:
    everything = bmc.get("/messages", params={"limit": 100}).json()["data"]
    newest = everything[0]["lastMessageAt"]
    recent = bmc.get("/messages", params={"dateFrom": newest, "limit": 100}).json()["data"]
    assert recent and all(t["lastMessageAt"] >= newest for t in recent)
    old = bmc.get("/messages", params={"dateTo": "2000-01-01"}).json()
    assert old["data"] == [] and old["pagination"]["total"] == 0
