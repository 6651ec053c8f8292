"""Saved replies in the store: create, edit, delete, unique titles, JSON round trip and import merging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colivingdesk.domain import Channel, Lead, Message, Thread
from colivingdesk.store import Account, SavedReply, SavedReplyError, Store, open_store
from colivingdesk.store.saved_replies import export_data, parse_export


def test_create_edit_delete(store: Store) -> None:
    welcome = store.save_saved_reply(SavedReply("Welcome", "Hi {first_name}!"))
    store.save_saved_reply(SavedReply("Check-in", "See you on {checkin}."))
    assert welcome.id is not None
    assert [r.title for r in store.list_saved_replies()] == ["Check-in", "Welcome"]

    store.save_saved_reply(SavedReply("Welcome back", "Hello again {first_name}", id=welcome.id))
    edited = store.get_saved_reply(welcome.id)
    assert edited is not None and (edited.title, edited.body) == ("Welcome back", "Hello again {first_name}")

    assert store.delete_saved_reply(welcome.id)
    assert not store.delete_saved_reply(welcome.id)
    assert [r.title for r in store.list_saved_replies()] == ["Check-in"]


def test_titles_are_unique_ignoring_case_and_empty_fields_are_refused(store: Store) -> None:
    store.save_saved_reply(SavedReply("Welcome", "Hi"))
    with pytest.raises(SavedReplyError, match="already called"):
        store.save_saved_reply(SavedReply("welcome", "Hello"))
    with pytest.raises(SavedReplyError, match="title"):
        store.save_saved_reply(SavedReply("  ", "Hello"))
    with pytest.raises(SavedReplyError, match="text"):
        store.save_saved_reply(SavedReply("Other", " \n"))
    assert len(store.list_saved_replies()) == 1


def test_export_then_import_into_another_profile_round_trips(store: Store, tmp_path: Path) -> None:
    store.save_saved_reply(SavedReply("Welcome", "Hi {first_name}!"))
    store.save_saved_reply(SavedReply("Dates", "{checkin} to {checkout}"))
    text = json.dumps(export_data(store.list_saved_replies()))
    with open_store(tmp_path / "other" / "cache.sqlite3") as other:
        other.save_saved_reply(SavedReply("welcome", "old text"))
        assert other.import_saved_replies(parse_export(json.loads(text))) == (1, 1)
        assert {(r.title, r.body) for r in other.list_saved_replies()} == {
            ("welcome", "Hi {first_name}!"),
            ("Dates", "{checkin} to {checkout}"),
        }
        assert other.import_saved_replies(parse_export(json.loads(text))) == (0, 0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "Not a saved replies file"),
        ({"saved_replies": [{"title": "A"}]}, "Entry 1"),
        ({"saved_replies": [{"title": "A", "body": "x"}, {"title": "", "body": "y"}]}, "Entry 2"),
    ],
)
def test_a_malformed_import_names_the_problem_and_changes_nothing(store: Store, data: object, message: str) -> None:
    with pytest.raises(SavedReplyError, match=message):
        store.import_saved_replies(parse_export(data))
    assert store.list_saved_replies() == []


def test_host_name_prefers_the_chosen_name_over_the_coliving_profile(store: Store) -> None:
    assert store.host_name() == ""
    store.save_account(Account(Channel.COLIVING, "Coliving.com", "https://x", settings={"host_name": "Jane"}))
    assert store.host_name() == "Jane"
    store.set_host_name("Team Lisbon")
    assert store.host_name() == "Team Lisbon"
    store.set_host_name(" ")
    assert store.host_name() == "Jane"


def test_a_lead_finds_its_guest_conversation_preferring_its_property(store: Store) -> None:
    store.upsert_threads(
        [
            Thread(Channel.BMC, "usr_1", "Ana Lopez", property_id="p_other"),
            Thread(Channel.BMC, "usr_2", "ana lopez", property_id="p_1"),
            Thread(Channel.BMC, "usr_3", "", property_id="p_9"),
        ]
    )
    store.upsert_messages([Message(Channel.BMC, "usr_3", "m1", "guest", "hello", sender_name="Bo Chen")])
    found = store.thread_for_lead(Lead("l1", "p_1", "Ana Lopez"))
    assert found is not None and found.external_id == "usr_2"
    unnamed = store.thread_for_lead(Lead("l2", "p_9", "Bo Chen"))
    assert unnamed is not None and unnamed.external_id == "usr_3"
    assert store.thread_for_lead(Lead("l3", "p_1", "Nobody Here")) is None


def test_a_lead_that_names_its_conversation_finds_it_whatever_the_names(store: Store) -> None:
    store.upsert_threads(
        [
            Thread(Channel.BMC, "usr_1", "Ana Lopez", property_id="p_1"),
            Thread(Channel.BMC, "usr_7", "A. L.", property_id="p_1"),
        ]
    )
    store.upsert_leads([Lead("l1", "p_1", "Ana Lopez", thread_id="usr_7")])
    lead = store.get_lead("l1")
    assert lead is not None and lead.thread_id == "usr_7"
    found = store.thread_for_lead(lead)
    assert found is not None and found.external_id == "usr_7"
    # A conversation the cache has not seen yet: the guest's name still finds the one it has.
    found = store.thread_for_lead(Lead("l2", "p_1", "Ana Lopez", thread_id="usr_99"))
    assert found is not None and found.external_id == "usr_1"
