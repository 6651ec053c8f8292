"""Settings → Team → "Team database": joining a team's shared store from the window, and leaving it.

The URL field refuses a password (it belongs in the keyring), "Test connection" says next to the field what a
server answered or why it did not, "Use this team database" keeps the URL in the profile and the password only
in the keyring, then offers a restart; a saved choice makes the next start open the team database, and "Leave
team mode" on the team's Settings page forgets it. A database chosen by ``--database`` cannot be left there."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.store import open_store
from colivingdesk.sync import ChangeStream, Service
from colivingdesk.team import PASSWORD_SECRET, init_team, parse_database
from colivingdesk.team_choice import choose_database, restart_command, save_database_url, saved_database_url
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.views.team_settings_view import TeamSettingsView
from colivingdesk.ui.widgets.team_join import TeamJoinWidget

PASSWORD = "pw-never-shown-4711"


def _no_service(_changes: ChangeStream) -> Service:
    raise AssertionError("joining or leaving a team database needs no sync service")


@pytest.fixture
def make_ctx(tmp_path: Path) -> Iterator[Any]:
    opened: list[Any] = []

    def make(**kwargs: Any) -> AppContext:
        profile = Profile(tmp_path / "profile").ensure()
        store = open_store(profile.database)
        reader = open_store(profile.database, read_only=True)
        opened.extend([reader, store])
        return AppContext(
            profile=profile, store=store, reader=reader, secrets=SecretStore(environ={}), build_service=_no_service,
            **kwargs,
        )

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def join(qtbot: Any, qloop: Any, make_ctx: Any) -> TeamJoinWidget:
    widget = TeamJoinWidget(make_ctx())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _type(qtbot: Any, widget: TeamJoinWidget, url: str, password: str = "") -> None:
    widget.url.setText(url)
    widget.password.setText(password)


def test_a_url_carrying_a_password_is_refused_at_the_field(
    join: TeamJoinWidget, qtbot: Any, aio: Any, test_keyring: Any,
) -> None:
    _type(qtbot, join, f"postgresql://ana:{PASSWORD}@db.example/desk")
    qtbot.mouseClick(join.use_button, Qt.MouseButton.LeftButton)
    aio.settle()
    assert "carries a password" in join.url_result.text()
    assert "Password field" in join.url_result.text()
    assert PASSWORD not in join.url_result.text() + join.result.text()
    assert saved_database_url(join.ctx.profile) is None
    assert test_keyring.passwords == {}
    assert not join.restart_offer.isVisible()


def test_a_server_that_does_not_answer_is_said_next_to_the_field_without_the_password(
    join: TeamJoinWidget, qtbot: Any, aio: Any,
) -> None:
    _type(qtbot, join, f"postgresql://ana@127.0.0.1:{_closed_port()}/desk", PASSWORD)
    qtbot.mouseClick(join.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: join.result.text().startswith("Not connected:"), timeout=15_000)
    assert "refused" in join.result.text()
    assert PASSWORD not in join.result.text()
    # Use tests the same way and saves nothing when the server does not answer.
    qtbot.mouseClick(join.use_button, Qt.MouseButton.LeftButton)
    aio.settle()
    assert join.result.text().startswith("Not connected:")
    assert saved_database_url(join.ctx.profile) is None


def test_a_database_set_up_by_team_init_is_connected_and_an_empty_one_says_what_to_run(
    join: TeamJoinWidget, qtbot: Any, aio: Any, postgres: Any, postgres_url: str,
) -> None:
    empty = postgres.new_database()
    _type(qtbot, join, empty)
    qtbot.mouseClick(join.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "schema is not set up" in join.result.text(), timeout=15_000)
    assert "colivingdesk team init" in join.result.text()

    init_team(parse_database(postgres_url, from_command_line=False))
    _type(qtbot, join, postgres_url)
    qtbot.mouseClick(join.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: join.result.text() == "Connected: schema ready", timeout=15_000)
    assert saved_database_url(join.ctx.profile) is None  # testing saves nothing


def test_use_keeps_the_url_in_the_profile_the_password_in_the_keyring_and_offers_a_restart(
    join: TeamJoinWidget, qtbot: Any, aio: Any, postgres_url: str, test_keyring: Any,
) -> None:
    init_team(parse_database(postgres_url, from_command_line=False))
    _type(qtbot, join, postgres_url, PASSWORD)
    qtbot.mouseClick(join.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(join.restart_offer.isVisible, timeout=15_000)
    assert "Saved" in join.result.text()
    profile = join.ctx.profile
    assert saved_database_url(profile) == postgres_url
    database, _ = parse_database(postgres_url, from_command_line=False)
    assert test_keyring.passwords == {("colivingdesk", f"{database.account}:{PASSWORD_SECRET}"): PASSWORD}
    for path in profile.root.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert join.password.text() == ""
    # The next start opens it.
    choice = choose_database(None, profile, {})
    assert choice is not None and choice.source == "profile" and choice.setting[0] == database

    launched: list[tuple[str, list[str]]] = []
    def launch(program: str, args: list[str]) -> bool:
        launched.append((program, args))
        return True

    join.restart_offer.launch = launch
    qtbot.mouseClick(join.restart_offer.button, Qt.MouseButton.LeftButton)
    assert launched == [restart_command()]
    assert not join.isVisible()  # the window closed itself for the new one


def test_writes_still_queued_on_this_computer_are_named_before_the_switch(
    join: TeamJoinWidget, qtbot: Any, postgres_url: str,
) -> None:
    """The team's worker never reads this computer's cache: a reply queued here would sit unsent while the
    window works on the team database, so the offer to restart says so."""
    init_team(parse_database(postgres_url, from_command_line=False))
    store = join.ctx.store
    store.enqueue(Channel.BMC, "reply", "u1", {"text": "See you at 6", "property_id": "p1"}, "k1")
    sent = store.enqueue(Channel.BMC, "reply", "u2", {"text": "Done", "property_id": "p1"}, "k2")
    claimed = store.claim_outbox_item(sent.id, "here")
    assert claimed is not None
    store.finish_outbox_item(sent.id, "here", OutboxState.SENT)
    _type(qtbot, join, postgres_url)
    qtbot.mouseClick(join.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(join.restart_offer.isVisible, timeout=15_000)
    assert "1 write" in join.restart_offer.text.text()  # one: the sent reply is not counted
    assert "until you leave team mode" in join.restart_offer.text.text()


def test_a_password_is_not_taken_when_no_secure_keyring_exists(
    qtbot: Any, aio: Any, make_ctx: Any, postgres_url: str,
) -> None:
    ctx = make_ctx()
    ctx.secrets = SecretStore(environ={}, session_only=True)
    widget = TeamJoinWidget(ctx)
    qtbot.addWidget(widget)
    _type(qtbot, widget, postgres_url, PASSWORD)
    qtbot.mouseClick(widget.use_button, Qt.MouseButton.LeftButton)
    aio.settle()
    assert "COLIVINGDESK_DATABASE_PASSWORD" in widget.password_result.text()
    assert saved_database_url(ctx.profile) is None


def test_a_saved_team_database_that_cannot_be_opened_leaves_the_window_on_the_cache(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from colivingdesk.ui import team_app

    said: list[str] = []
    opened_cache: list[Profile] = []
    monkeypatch.setattr(team_app, "_say_cache_instead", said.append)
    def open_cache(profile: Profile, secrets: SecretStore) -> int:
        opened_cache.append(profile)
        return 0

    monkeypatch.setattr(team_app, "run_app", open_cache)
    profile = Profile(tmp_path / "p").ensure()
    setting = parse_database(f"postgresql://ana@127.0.0.1:{_closed_port()}/desk", from_command_line=False)
    assert team_app.run_team_app(profile, SecretStore(environ={}), setting, from_profile=True) == 0
    assert opened_cache == [profile]
    assert "refused" in said[0]
    # Named on the command line, it is an error as before.
    assert team_app.run_team_app(profile, SecretStore(environ={}), setting) == 2
    assert opened_cache == [profile]


def test_the_saved_setting_opens_the_window_on_the_team_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from colivingdesk.cli import main

    opened: list[tuple[str, bool]] = []
    def run_team_app(profile: Profile, secrets: SecretStore, setting: Any, from_profile: bool = False) -> int:
        opened.append((setting[0].label, from_profile))
        return 0

    monkeypatch.setattr("colivingdesk.ui.team_app.run_team_app", run_team_app)
    monkeypatch.delenv("COLIVINGDESK_DATABASE", raising=False)
    folder = tmp_path / "p"
    save_database_url(Profile(folder).ensure(), "postgresql://ana@db.example/desk")
    assert main(["--profile", str(folder)]) == 0
    assert main(["--profile", str(folder), "--database", "postgresql://ben@db.example/desk"]) == 0
    assert opened == [("ana@db.example:5432/desk", True), ("ben@db.example:5432/desk", False)]


def test_leave_team_mode_forgets_the_saved_database_and_offers_the_restart(
    qtbot: Any, qloop: Any, make_ctx: Any,
) -> None:
    ctx = make_ctx(team_label="ana@db.example:5432/desk", team_from_profile=True)
    save_database_url(ctx.profile, "postgresql://ana@db.example/desk")
    view = TeamSettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.leave_button.isVisible()
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert saved_database_url(ctx.profile) is None
    assert choose_database(None, ctx.profile, {}) is None
    assert view.restart_offer.isVisible()
    assert "this computer's cache" in view.restart_offer.text.text()


def test_a_database_named_on_the_command_line_cannot_be_left_from_the_window(
    qtbot: Any, qloop: Any, make_ctx: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COLIVINGDESK_DATABASE", raising=False)
    view = TeamSettingsView(make_ctx(team_label="ana@db.example:5432/desk"))
    qtbot.addWidget(view)
    view.show()
    assert not view.leave_button.isVisible()
    assert view.leave_text.text() == "Opened with --database; start without it to use this computer's cache."
