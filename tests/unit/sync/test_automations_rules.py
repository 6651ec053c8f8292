"""Automation rules one by one, against a temp store and a fake clock: what is refused and why, previews,
leads and unanswered messages, working hours, and the host's reserve of BookMyColiving's hourly replies."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fake_channels import FakeBmc

from colivingdesk.accounts import AccountSettings
from colivingdesk.api.errors import ValidationError
from colivingdesk.domain import Booking, Channel, Lead, Message, OutboxState, Thread
from colivingdesk.secrets import SecretStore
from colivingdesk.store import SavedReply, Store, open_store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import Service, automations
from colivingdesk.sync.automation_rules import AutomationError, settings_problems
from colivingdesk.sync.clock import FakeClock

NOW = datetime(2026, 5, 4, 21, 0, tzinfo=UTC)  # a Monday, 22:00 in Lisbon


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.sqlite3") as s:
        automations.save_settings(s, Channel.BMC, {"time_zone": "Europe/Lisbon"})
        automations.save_settings(s, Channel.COLIVING, {"time_zone": "Europe/Lisbon"})
        yield s


def reply(store: Store, body: str, title: str = "Reply") -> int:
    saved = store.save_saved_reply(SavedReply(title, body))
    assert saved.id is not None
    return saved.id


def lead(ident: str, at: datetime, thread: str | None = "usr_9") -> Lead:
    return Lead(id=ident, property_id="prop_1", guest_name="Maria Silva", created_at=at, thread_id=thread)


def test_a_placeholder_the_trigger_cannot_fill_is_refused_with_the_reason(store: Store):
    body = reply(store, "Hi {first_name}, see you on {checkin}!")
    with pytest.raises(AutomationError, match=r"\{checkin\} cannot be filled for “New lead”"):
        automations.save_rule(store, AutomationRule("Lead", "new_lead", body), NOW)
    assert store.automations.rules() == []


def test_timings_before_their_event_and_hours_that_never_open_are_refused(store: Store):
    body = reply(store, "Hi {first_name}")
    with pytest.raises(AutomationError, match="before what triggers it"):
        automations.save_rule(store, AutomationRule("Lead", "new_lead", body, timing={"minutes": -5}), NOW)
    with pytest.raises(AutomationError, match="before a date cannot be timed after it"):
        automations.save_rule(store, AutomationRule("In", "before_checkin", body, timing={"days": -1}), NOW)
    with pytest.raises(AutomationError, match="never open"):
        automations.save_settings(store, Channel.BMC, {"work_start": "18:00", "work_end": "09:00"})
    with pytest.raises(AutomationError, match="never open"):
        automations.save_settings(store, Channel.BMC, {"work_days": []})
    with pytest.raises(AutomationError, match="on BookMyColiving only"):
        automations.save_rule(store, AutomationRule("Lead", "new_lead", body, filters={"channel": "coliving"}), NOW)


def test_a_new_lead_is_answered_in_its_conversation_once(store: Store):
    rule = automations.save_rule(store, AutomationRule(
        "First answer", "new_lead", reply(store, "Hi {first_name}, thanks for writing!"), timing={"minutes": 5}), NOW)
    store.upsert_leads([lead("lead_1", NOW + timedelta(minutes=1))])

    assert automations.run(store, Channel.BMC, NOW + timedelta(minutes=3)).queued == []
    first = automations.run(store, Channel.BMC, NOW + timedelta(minutes=6))
    again = automations.run(store, Channel.BMC, NOW + timedelta(minutes=7))

    assert [(i.target, i.payload["text"], i.payload["property_id"]) for i in first.queued] == [
        ("usr_9", "Hi Maria, thanks for writing!", "prop_1")
    ]
    assert again.queued == []
    occurrence = store.automations.get(f"r{rule.id}:lead:lead_1")
    assert occurrence is not None and occurrence.state == "queued" and occurrence.outbox_state is OutboxState.QUEUED


def test_a_lead_from_before_the_rule_is_left_alone(store: Store):
    store.upsert_leads([lead("old", NOW - timedelta(hours=1))])
    automations.save_rule(store, AutomationRule("First answer", "new_lead", reply(store, "Hi {first_name}")), NOW)
    assert automations.run(store, Channel.BMC, NOW + timedelta(hours=1)).queued == []


def test_preview_only_records_the_text_and_queues_nothing(store: Store):
    rule = automations.save_rule(store, AutomationRule(
        "First answer", "new_lead", reply(store, "Hi {first_name}"), preview_only=True), NOW)
    store.upsert_leads([lead("lead_1", NOW)])
    automations.run(store, Channel.BMC, NOW + timedelta(minutes=1))
    occurrence = store.automations.get(f"r{rule.id}:lead:lead_1")
    assert occurrence is not None and (occurrence.state, occurrence.text) == ("preview", "Hi Maria")
    assert store.list_outbox() == []


def test_confirmed_bookings_already_there_when_the_rule_starts_are_not_welcomed(store: Store):
    def booking(ident: str) -> Booking:
        return Booking(ident, "5325", "38753", "confirmed", "2026-06-01", "2026-07-01", "v1", guest_name="Ana Ruiz")

    store.upsert_bookings([booking("1")])
    welcome = reply(store, "Welcome {first_name}!")
    rule = automations.save_rule(store, AutomationRule("Welcome", "booking_confirmed", welcome), NOW)
    assert automations.run(store, Channel.COLIVING, NOW).queued == []
    store.upsert_bookings([booking("2")])
    queued = automations.run(store, Channel.COLIVING, NOW + timedelta(minutes=1)).queued
    assert [(i.target, i.payload["text"]) for i in queued] == [("2", "Welcome Ana!")]
    before = store.automations.get(f"r{rule.id}:booking:1:confirmed")
    assert before is not None and (before.state, before.reason) == ("skipped", automations.BEFORE_RULE)


def test_unanswered_outside_working_hours_only_and_cancelled_when_answered(store: Store):
    rule = automations.save_rule(store, AutomationRule(
        "Out of hours", "unanswered_message", reply(store, "Thanks {first_name}, we answer from 9:00."),
        timing={"minutes": 30, "outside_hours_only": True}, filters={"channel": "bmc"}), NOW)
    store.upsert_threads([Thread(Channel.BMC, "usr_1", "Maria Silva", property_id="prop_1"),
                          Thread(Channel.BMC, "usr_2", "Jon Berg", property_id="prop_1")])
    evening = NOW + timedelta(minutes=5)  # 22:05 in Lisbon: outside working hours
    store.upsert_messages([
        Message(Channel.BMC, "usr_1", "a1", "guest", "Is the room free?", created_at=evening),
        Message(Channel.BMC, "usr_2", "b1", "guest", "Hello?", created_at=evening),
    ])
    automations.run(store, Channel.BMC, evening)
    # The host answers one of them before the half hour is over.
    store.upsert_messages([Message(Channel.BMC, "usr_2", "b2", "host", "Hi Jon!", created_at=evening
                                   + timedelta(minutes=10))])
    queued = automations.run(store, Channel.BMC, evening + timedelta(minutes=31)).queued
    assert [(i.target, i.payload["text"]) for i in queued] == [("usr_1", "Thanks Maria, we answer from 9:00.")]
    answered = store.automations.get(f"r{rule.id}:message:bmc:usr_2:b1")
    assert answered is not None and (answered.state, answered.reason) == ("cancelled", automations.GONE_ANSWERED)

    # Tuesday 10:00 in Lisbon: inside working hours, so a new message is left to the host.
    morning = datetime(2026, 5, 5, 9, 0, tzinfo=UTC)
    store.upsert_messages([Message(Channel.BMC, "usr_1", "a2", "guest", "Any news?", created_at=morning)])
    assert automations.run(store, Channel.BMC, morning + timedelta(hours=1)).queued == []


# -------------------------------------------------------------------- the host's reserve of the hourly cap
@pytest.fixture
async def bmc_service(tmp_path: Path) -> AsyncIterator[tuple[Service, Store, FakeBmc, FakeClock]]:
    clock = FakeClock(NOW)
    bmc = FakeBmc(clock)
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("bmc", "api_key", "bmc_key")
    store = open_store(tmp_path / "cache.sqlite3")
    service = Service(store, secrets, {Channel.BMC: AccountSettings(Channel.BMC, "http://bmc.test/api/v1")},
                      clock=clock, transport=httpx.MockTransport(bmc.handle))
    yield service, store, bmc, clock
    await service.aclose()
    store.close()


async def test_with_55_manual_replies_this_hour_automated_replies_wait_for_the_host_reserve(
    bmc_service: tuple[Service, Store, FakeBmc, FakeClock],
):
    service, store, bmc, clock = bmc_service
    automations.save_rule(store, AutomationRule("First answer", "new_lead", reply(store, "Hi {first_name}!")),
                          clock.now())
    manual = [service.enqueue_reply(Channel.BMC, "usr_1", f"manual {n}", property_id="prop_1") for n in range(55)]
    await service.send_pending()
    assert len(bmc.replies) == 55

    store.upsert_leads([lead(f"lead_{n}", clock.now(), thread=f"usr_{100 + n}") for n in range(3)])
    clock.advance(60)
    await service.send_pending()
    held = [i for i in store.list_outbox() if "automation" in i.payload]
    assert len(held) == 3 and len(bmc.replies) == 55
    assert {(i.state, i.error) for i in held} == {
        (OutboxState.HELD, "Held: the last 10 replies this hour are kept for you.")
    }

    # The host's own replies still go: the reserve is theirs.
    service.enqueue_reply(Channel.BMC, "usr_1", "manual 56", property_id="prop_1")
    await service.send_pending()
    assert len(bmc.replies) == 56 and all(store.get_outbox_item(i.id).state is OutboxState.SENT for i in manual)

    clock.advance(3600)
    await service.send_pending()
    assert sorted(r["content"] for r in bmc.replies[56:]) == ["Hi Maria!"] * 3
    assert {bmc.replies[n]["threadId"] for n in range(56, 59)} == {"usr_100", "usr_101", "usr_102"}


def _checkin_rule(store: Store) -> AutomationRule:
    store.upsert_bookings([Booking("1", "5325", "38753", "confirmed", "2026-05-10", "2026-06-10", "v1",
                                   guest_name="Ana Ruiz")])
    return automations.save_rule(store, AutomationRule(
        "Check-in", "before_checkin", reply(store, "Hi {first_name}, see you on {checkin}"),
        timing={"days": 2, "at": "10:00"}), NOW)


def test_skip_send_now_and_trying_a_rule_on_a_booking(store: Store):
    rule = _checkin_rule(store)
    assert automations.try_rule(store, rule, "1") == "Hi Ana, see you on 10 May 2026"
    automations.run(store, Channel.COLIVING, NOW)
    key = f"r{rule.id}:booking:1:checkin"
    upcoming = store.automations.get(key)
    assert upcoming is not None and upcoming.due_at == datetime(2026, 5, 8, 9, 0, tzinfo=UTC)  # 10:00 Lisbon

    assert automations.send_now(store, key, NOW)
    [item] = automations.run(store, Channel.COLIVING, NOW).queued
    assert item.payload["text"] == "Hi Ana, see you on 10 May 2026"
    assert not automations.skip(store, key, NOW)  # queued: no longer upcoming


def test_a_skipped_message_is_never_sent_and_a_discarded_one_says_so(store: Store):
    rule = _checkin_rule(store)
    automations.run(store, Channel.COLIVING, NOW)
    key = f"r{rule.id}:booking:1:checkin"
    assert automations.skip(store, key, NOW)
    assert automations.run(store, Channel.COLIVING, datetime(2026, 5, 8, 9, 30, tzinfo=UTC)).queued == []

    other = automations.save_rule(store, AutomationRule(
        "Check-in 2", "before_checkin", rule.saved_reply_id, timing={"days": 1, "at": "10:00"}), NOW)
    [item] = automations.run(store, Channel.COLIVING, datetime(2026, 5, 9, 9, 30, tzinfo=UTC)).queued
    assert store.cancel_outbox_item(item.id)
    discarded = store.automations.get(f"r{other.id}:booking:1:checkin")
    assert discarded is not None and discarded.state == "skipped" and "Discarded" in (discarded.reason or "")
    assert automations.run(store, Channel.COLIVING, datetime(2026, 5, 9, 9, 40, tzinfo=UTC)).queued == []


def test_a_rule_turned_off_and_on_owes_what_is_still_ahead_and_skips_what_fell_due_meanwhile(store: Store):
    rule = _checkin_rule(store)
    store.upsert_bookings([Booking("2", "5325", "38753", "confirmed", "2026-05-20", "2026-06-20", "v1",
                                   guest_name="Jon Berg")])
    automations.run(store, Channel.COLIVING, NOW)
    rule.enabled = False
    automations.save_rule(store, rule, NOW)
    assert {o.state for o in store.automations.listing()} == {"cancelled"}

    back_on = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)  # booking 1's message was due on 8 May
    rule.enabled = True
    automations.save_rule(store, rule, back_on)
    queued = automations.run(store, Channel.COLIVING, datetime(2026, 5, 18, 9, 0, tzinfo=UTC)).queued
    assert [i.target for i in queued] == ["2"]
    first = store.automations.get(f"r{rule.id}:booking:1:checkin")
    assert first is not None and first.state == "skipped"


def test_filters_on_listing_and_stay_length_and_a_cancellation_message(store: Store):
    def booking(ident: str, listing: str, checkout: str, status: str = "confirmed") -> Booking:
        return Booking(ident, listing, "38753", status, "2026-05-10", checkout, "v1", guest_name="Ana Ruiz")

    body = reply(store, "Hi {first_name}, see you on {checkin}")
    long_stays = automations.save_rule(store, AutomationRule(
        "Long stays in 5325", "before_checkin", body, timing={"days": 1, "at": "09:00"},
        filters={"listings": ["5325"], "min_nights": 28}), NOW)
    sorry = automations.save_rule(store, AutomationRule(
        "Sorry to see you go", "booking_cancelled", reply(store, "We are sorry, {first_name}.", "Sorry")), NOW)
    store.upsert_bookings([
        booking("1", "5325", "2026-07-10"),  # 61 nights in 5325: matches
        booking("2", "5325", "2026-05-20"),  # 10 nights: too short
        booking("3", "9999", "2026-07-10"),  # another listing
    ])
    automations.run(store, Channel.COLIVING, NOW)
    assert [o.record_id for o in store.automations.listing(["scheduled"])] == ["1"]

    store.upsert_bookings([booking("1", "5325", "2026-07-10", status="cancelled")])
    queued = automations.run(store, Channel.COLIVING, NOW + timedelta(minutes=1)).queued
    assert [(i.target, i.payload["text"]) for i in queued] == [("1", "We are sorry, Ana.")]
    checkin = store.automations.get(f"r{long_stays.id}:booking:1:checkin")
    assert checkin is not None and (checkin.state, checkin.reason) == ("cancelled", automations.GONE_CANCELLED)
    # Seen cancelled again by the next sync: nothing more.
    assert automations.run(store, Channel.COLIVING, NOW + timedelta(minutes=5)).queued == []
    assert store.automations.get(f"r{sorry.id}:booking:1:cancelled") is not None


def test_an_upcoming_message_with_a_placeholder_still_empty_says_so_before_it_is_due(store: Store):
    store.upsert_bookings([Booking("2", "5325", "38753", "confirmed", "2026-05-10", "2026-06-10", "v1")])
    automations.save_rule(store, AutomationRule(
        "Check-in", "before_checkin", reply(store, "Hi {first_name}, see you on {checkin}"),
        timing={"days": 2, "at": "10:00"}), NOW)
    automations.run(store, Channel.COLIVING, NOW)
    [upcoming], _ = automations.listing(store, 10)
    assert upcoming["state"] == "scheduled" and upcoming["text"].startswith("Hi {first_name}")
    assert upcoming["reason"] == "{first_name} has no value yet: it is not sent unless one arrives by then."


def test_an_edited_message_goes_once_to_its_guest_only_and_survives_a_restart(store: Store, tmp_path: Path):
    rule = _checkin_rule(store)
    store.upsert_bookings([Booking("2", "5325", "38753", "confirmed", "2026-05-10", "2026-06-10", "v1",
                                   guest_name="Jon Berg")])
    automations.run(store, Channel.COLIVING, NOW)
    key = f"r{rule.id}:booking:1:checkin"
    with pytest.raises(ValidationError):
        automations.edit_text(store, key, "   ", NOW)
    assert automations.edit_text(store, key, "Hi Ana, the door code changed: 7788.", NOW)
    assert store.automations.get(key).edited_text == "Hi Ana, the door code changed: 7788."  # type: ignore[union-attr]

    with open_store(tmp_path / "cache.sqlite3") as restarted:  # another process on the profile
        upcoming, _ = automations.listing(restarted, 10)
        edited = next(u for u in upcoming if u["key"] == key)
        assert (edited["text"], edited["reason"], edited["edited"]) == (
            "Hi Ana, the door code changed: 7788.", automations.EDITED, True)
        queued = automations.run(restarted, Channel.COLIVING, datetime(2026, 5, 8, 9, 0, tzinfo=UTC)).queued
    assert sorted((i.target, i.payload["text"]) for i in queued) == [
        ("1", "Hi Ana, the door code changed: 7788."), ("2", "Hi Jon, see you on 10 May 2026")]
    assert store.get_saved_reply(rule.saved_reply_id).body == "Hi {first_name}, see you on {checkin}"  # type: ignore[union-attr]
    assert not automations.edit_text(store, key, "Too late", NOW)  # queued: no longer upcoming


def test_an_edit_back_to_the_saved_reply_text_is_no_edit(store: Store):
    rule = _checkin_rule(store)
    automations.run(store, Channel.COLIVING, NOW)
    key = f"r{rule.id}:booking:1:checkin"
    assert automations.edit_text(store, key, "Something else", NOW)
    assert automations.edit_text(store, key, "Hi Ana, see you on 10 May 2026", NOW)
    assert store.automations.get(key).edited_text is None  # type: ignore[union-attr]


def test_each_wrong_setting_is_named_with_its_reason():
    assert settings_problems({}) == {}
    problems = settings_problems({"time_zone": "Mars/Olympus", "work_start": "9h", "work_days": [],
                                  "reserve": 60})
    assert set(problems) == {"time_zone", "work_start", "work_days", "reserve"}
    assert "not a known time zone" in problems["time_zone"] and "never open" in problems["work_days"]
    assert settings_problems({"work_start": "18:00", "work_end": "18:00"}) == {
        "work_end": "These working hours never open: the end must be after the start."}
    assert set(settings_problems({"reserve": -1})) == set(settings_problems({"reserve": "ten"})) == {"reserve"}
    assert settings_problems({"time_zone": "Europe/Lisbon", "work_days": [5, 6], "reserve": 0}) == {}


def test_a_deleted_rule_keeps_its_history_and_its_id_is_never_given_to_a_new_rule(store: Store):
    rule = _checkin_rule(store)
    automations.run(store, Channel.COLIVING, NOW)
    assert store.automations.delete_rule(rule.id, NOW)  # type: ignore[arg-type]
    [row] = automations.listing(store, 10)[1]
    assert (row["rule"], row["state"], row["reason"]) == ("Check-in", "cancelled", "The rule was deleted.")

    again = automations.save_rule(store, AutomationRule(
        "Check-in again", "before_checkin", rule.saved_reply_id, timing={"days": 2, "at": "10:00"}), NOW)
    assert again.id != rule.id
    automations.run(store, Channel.COLIVING, NOW)
    [upcoming], _ = automations.listing(store, 10)
    assert (upcoming["rule"], upcoming["state"]) == ("Check-in again", "scheduled")


def test_a_rule_given_another_trigger_starts_afresh_and_never_writes_to_bookings_from_before(store: Store):
    """A welcome rule edited into a cancellation note: the bookings cancelled before the edit get nothing."""
    def booking(ident: str, status: str) -> Booking:
        return Booking(ident, "5325", "38753", status, "2026-05-20", "2026-06-20", "v1", guest_name="Ana Ruiz")

    body = reply(store, "Hi {first_name}, about your stay from {checkin}.")
    rule = automations.save_rule(store, AutomationRule("Welcome", "booking_confirmed", body,
                                                       timing={"minutes": 30}), NOW)

    def run(minutes: int) -> list[str]:
        return [i.target for i in automations.run(store, Channel.COLIVING, NOW + timedelta(minutes=minutes)).queued]

    store.upsert_bookings([booking("1", "confirmed"), booking("2", "cancelled")])
    assert run(0) == []  # both were there before the rule: set aside
    store.upsert_bookings([booking("3", "confirmed")])
    assert run(1) == [] and run(31) == ["3"]  # the new one is welcomed
    store.upsert_bookings([booking("4", "confirmed")])
    assert run(32) == []  # its welcome is upcoming

    rule.trigger, rule.name = "booking_cancelled", "Sorry to see you go"
    automations.save_rule(store, rule, NOW + timedelta(minutes=33))
    owed = store.automations.get(f"r{rule.id}:booking:4:confirmed")
    assert owed is not None and (owed.state, owed.reason) == ("cancelled", "The rule was given another trigger.")
    assert run(34) == [] and run(90) == []  # booking 2 was cancelled before the edit
    store.upsert_bookings([booking("3", "cancelled")])
    assert run(91) == [] and run(121) == ["3"]
    welcome = store.automations.get(f"r{rule.id}:booking:3:confirmed")
    assert welcome is not None and welcome.state == "queued"  # its welcome stays in the history
