"""``colivingdesk automations [--json]`` and ``automations export|import FILE`` on temporary profiles."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from colivingdesk.cli import main
from colivingdesk.domain import Channel, Lead, OutboxState
from colivingdesk.store import SavedReply, open_store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations


@pytest.fixture
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(folder))
    assert main(["saved-replies", "export", str(tmp_path / "none.json")]) == 0  # creates the profile
    return folder


def test_rules_move_between_profiles_with_their_saved_replies(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(profile_dir / "cache.sqlite3") as store:
        automations.save_settings(store, Channel.COLIVING, {"time_zone": "Europe/Lisbon", "work_start": "08:00"})
        body = store.save_saved_reply(SavedReply("Check-in", "Hi {first_name}, see you on {checkin}"))
        assert body.id is not None
        automations.save_rule(store, AutomationRule("Check-in details", "before_checkin", body.id,
                                                    timing={"days": 2, "at": "10:00"}, filters={"min_nights": 30}))
    capsys.readouterr()
    target = tmp_path / "rules.json"
    assert main(["automations", "export", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"exported": 1}

    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(tmp_path / "other"))
    assert main(["automations", "import", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 1, "updated": 0}
    assert main(["automations", "import", str(target), "--json"]) == 0  # the same file again updates
    assert json.loads(capsys.readouterr().out) == {"added": 0, "updated": 1}
    with open_store(tmp_path / "other" / "cache.sqlite3") as store:
        [rule] = store.automations.rules()
        assert (rule.trigger, rule.timing, rule.filters) == ("before_checkin", {"days": 2, "at": "10:00"},
                                                              {"min_nights": 30})
        reply = store.get_saved_reply(rule.saved_reply_id)
        assert reply is not None and reply.body == "Hi {first_name}, see you on {checkin}"
        assert store.automations.settings(Channel.COLIVING) == {"time_zone": "Europe/Lisbon", "work_start": "08:00"}


def test_a_refused_rule_refuses_the_whole_file_with_its_reason(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"settings": {"bmc": {"work_start": "18:00", "work_end": "09:00"}}, "automations": []}))
    assert main(["automations", "import", str(bad)]) == 2
    assert "settings of 'bmc': These working hours never open" in capsys.readouterr().err
    bad.write_text(json.dumps({"automations": [
        {"name": "Fine", "trigger": "new_lead", "saved_reply": {"title": "A", "body": "Hi {first_name}"}},
        {"name": "Lead dates", "trigger": "new_lead", "saved_reply": {"title": "B", "body": "On {checkout}"}},
    ]}))
    assert main(["automations", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "rule 2 ('Lead dates')" in err and "{checkout} cannot be filled" in err
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert store.automations.rules() == [] and store.list_saved_replies() == []


def test_listing_shows_upcoming_with_text_and_history_with_the_true_state(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(UTC)
    with open_store(profile_dir / "cache.sqlite3") as store:
        body = store.save_saved_reply(SavedReply("Lead", "Hi {first_name}!"))
        assert body.id is not None
        automations.save_rule(store, AutomationRule("First answer", "new_lead", body.id, timing={"minutes": 30}),
                              now - timedelta(hours=2))
        store.upsert_leads([
            Lead("old", "prop_1", "Ana Ruiz", created_at=now - timedelta(hours=1), thread_id="usr_1"),
            Lead("new", "prop_1", "Jon Berg", created_at=now, thread_id="usr_2"),
        ])
        [queued] = automations.run(store, Channel.BMC, now).queued
        store.hold(queued.id, now + timedelta(minutes=20), "Held: the last 10 replies this hour are kept for you.")
    capsys.readouterr()
    assert main(["automations", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [(o["record"], o["state"], o["text"]) for o in listing["upcoming"]] == [
        ("lead:new", "scheduled", "Hi Jon!")
    ]
    assert [(o["record"], o["state"], o["reason"]) for o in listing["history"]] == [
        ("lead:old", OutboxState.HELD.value, "Held: the last 10 replies this hour are kept for you.")
    ]
    assert main(["automations"]) == 0
    assert "Upcoming (1)" in capsys.readouterr().out
