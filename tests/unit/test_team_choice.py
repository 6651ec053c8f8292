"""Which store the window opens: ``--database``, then ``COLIVINGDESK_DATABASE``, then the team database saved
in the profile from Settings, then the profile's own cache; and the command that restarts the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from colivingdesk.profile import Profile
from colivingdesk.team import TeamDatabaseError
from colivingdesk.team_choice import (
    choose_database,
    forget_database,
    restart_command,
    save_database_url,
    saved_database_url,
)

SAVED = "postgresql://ana@db.example/desk"


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile").ensure()


def test_without_a_saved_setting_the_window_opens_the_profiles_cache(profile: Profile) -> None:
    assert choose_database(None, profile, {}) is None


def test_the_saved_team_database_is_opened_and_known_to_come_from_the_profile(profile: Profile) -> None:
    save_database_url(profile, SAVED)
    choice = choose_database(None, profile, {})
    assert choice is not None
    assert choice.source == "profile"
    assert choice.setting[0].label == "ana@db.example:5432/desk"


def test_the_command_line_and_the_environment_come_before_the_saved_setting(profile: Profile) -> None:
    save_database_url(profile, SAVED)
    env = {"COLIVINGDESK_DATABASE": "postgresql://ben@db.example/desk"}
    by_option = choose_database("postgresql://cleo@db.example/desk", profile, env)
    by_environment = choose_database(None, profile, env)
    assert by_option is not None and by_option.source == "option"
    assert by_option.setting[0].get("user") == "cleo"
    assert by_environment is not None and by_environment.source == "environment"
    assert by_environment.setting[0].get("user") == "ben"


def test_forgetting_goes_back_to_the_cache(profile: Profile) -> None:
    save_database_url(profile, SAVED)
    forget_database(profile)
    assert saved_database_url(profile) is None
    assert choose_database(None, profile, {}) is None
    forget_database(profile)  # nothing saved: nothing to do, no error


def test_a_url_with_a_password_is_never_saved(profile: Profile) -> None:
    with pytest.raises(TeamDatabaseError, match="password"):
        save_database_url(profile, "postgresql://ana:s3cret@db.example/desk")
    assert not (profile.root / "team.json").exists()


def test_an_unreadable_saved_setting_does_not_keep_the_window_from_opening(profile: Profile) -> None:
    (profile.root / "team.json").write_text("{not json", encoding="utf-8")
    assert choose_database(None, profile, {}) is None
    (profile.root / "team.json").write_text('{"database": "postgresql://db.example"}', encoding="utf-8")
    assert choose_database(None, profile, {}) is None  # names no user nor database


def test_the_restart_runs_the_same_options_through_the_same_python() -> None:
    argv = ["/venv/bin/colivingdesk", "--profile", "/tmp/p"]
    assert restart_command(argv, "/venv/bin/python", frozen=False) == (
        "/venv/bin/python", ["-m", "colivingdesk", "--profile", "/tmp/p"],
    )
    assert restart_command(["/opt/Colivingdesk/colivingdesk", "--profile", "/tmp/p"],
                           "/opt/Colivingdesk/colivingdesk", frozen=True) == (
        "/opt/Colivingdesk/colivingdesk", ["--profile", "/tmp/p"],
    )
