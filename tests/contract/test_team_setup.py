"""Team mode's set-up: the database named on the command line or in the environment (never with a password on
the command line), its password in the keyring, ``team init`` creating the schema and the two roles, and what
each role may do."""

from __future__ import annotations

import itertools
import json

import psycopg
import pytest

from colivingdesk.cli import main
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.store import open_postgres_store, open_store
from colivingdesk.store.pg_roles import DESKTOP_ROLE, WORKER_ROLE
from colivingdesk.team import (
    DATABASE_VARIABLE,
    PASSWORD_SECRET,
    PASSWORD_VARIABLE,
    TeamDatabaseError,
    database_setting,
    password_for,
)
from tests.unit.store.builders import booking

_logins = itertools.count(1)


@pytest.fixture(autouse=True)
def _no_team_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)


def test_a_password_on_the_command_line_is_refused_without_repeating_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(TeamDatabaseError, match="process list"):
        database_setting("postgresql://ana:s3cret-pw@db.example/desk")
    assert main(["--database", "postgresql://ana:s3cret-pw@db.example/desk", "outbox"]) == 2
    err = capsys.readouterr().err
    assert "process list" in err and "s3cret-pw" not in err


def test_the_environment_names_the_database_and_may_carry_its_password() -> None:
    setting = database_setting(
        None, {DATABASE_VARIABLE: "postgresql://ana:pw@db.example:6432/desk?sslmode=verify-full"}
    )
    assert setting is not None
    database, in_url = setting
    assert in_url == "pw" and database.label == "ana@db.example:6432/desk"
    assert "pw" not in database.conninfo() and "sslmode=verify-full" in database.conninfo()
    assert database_setting(None, {}) is None
    with pytest.raises(TeamDatabaseError, match="names no database"):
        database_setting("postgresql://ana@db.example")


def test_the_password_comes_from_the_environment_then_the_keyring(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    setting = database_setting("postgresql://ana@db.example/desk")
    assert setting is not None
    database, _ = setting
    assert password_for(database, None, environ={}) is None
    monkeypatch.setattr("sys.stdin", _Lines("from-the-keyring\n"))
    assert main(["team", "password", "--database", "postgresql://ana@db.example/desk"]) == 0
    assert "from-the-keyring" not in capsys.readouterr().out
    assert password_for(database, None, environ={}) == "from-the-keyring"
    assert password_for(database, None, environ={PASSWORD_VARIABLE: "from-env"}) == "from-env"
    from colivingdesk.secrets import SecretStore

    assert SecretStore().get(database.account, PASSWORD_SECRET) == "from-the-keyring"


class _Lines:
    def __init__(self, text: str) -> None:
        self._text = text

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._text


def test_the_window_refuses_a_password_on_its_command_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "postgresql://ana:s3cret-pw@db.example/desk"]) == 2
    err = capsys.readouterr().err
    assert "process list" in err and "s3cret-pw" not in err


def test_headless_commands_work_on_the_team_database(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_postgres_store(postgres_url) as store:
        store.enqueue(Channel.BMC, "reply", "usr_1", {"text": "Hello from the team"}, "k1")
    assert main(["--database", postgres_url, "outbox", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["state"] == "queued" and item["target"] == "usr_1"


def _login(postgres_url: str, role: str) -> str:
    """A new login user in ``role``, and the URL of the same database as that user."""
    name = f"person_{next(_logins)}_{role.removeprefix('colivingdesk_')}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE "{role}"')
    return postgres_url.replace("postgresql://postgres@", f"postgresql://{name}@", 1)


def test_team_init_creates_the_schema_and_roles_that_allow_only_their_part(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["roles"] == {"desktop": DESKTOP_ROLE, "worker": WORKER_ROLE}
    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0  # again: nothing to do, no error
    capsys.readouterr()

    worker = open_postgres_store(_login(postgres_url, WORKER_ROLE))
    desktop = open_postgres_store(_login(postgres_url, DESKTOP_ROLE))
    try:
        worker.upsert_bookings([booking("b1", guest_name="Ana")])
        assert [b.id for b in desktop.page_bookings()] == ["b1"]
        queued = desktop.enqueue(Channel.COLIVING, "reply", "b1", {"text": "Welcome"}, "k1")
        claimed = worker.claim_outbox_item(queued.id, "worker-1")
        assert claimed is not None and claimed.state is OutboxState.SENDING
        # A desktop cannot change what the worker keeps: cached records, claims, the reply log.
        for write in (
            lambda: desktop.upsert_bookings([booking("b2")]),
            lambda: desktop.finish_outbox_item(queued.id, "worker-1", OutboxState.SENT),
            lambda: desktop.record_reply("bmc", queued.created_at),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                write()
        # Neither role can change the schema.
        with (
            psycopg.connect(_login(postgres_url, WORKER_ROLE)) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("DROP TABLE outbox")
    finally:
        worker.close()
        desktop.close()


def test_an_sqlite_profile_is_still_the_default(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(tmp_path / "cache.sqlite3"):
        pass
    assert main(["--profile", str(tmp_path), "outbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"items": []}


def test_a_desktop_keeps_its_own_rows_but_cannot_change_the_cached_threads(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from colivingdesk.domain import Message, Thread
    from colivingdesk.store import ThreadFilter
    from colivingdesk.store.people import Person

    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0
    capsys.readouterr()
    worker = open_postgres_store(_login(postgres_url, WORKER_ROLE))
    desktop = open_postgres_store(_login(postgres_url, DESKTOP_ROLE))
    try:
        worker.upsert_threads([Thread(channel=Channel.BMC, external_id="u1", participant_name="Maria")])
        worker.upsert_messages(
            [Message(channel=Channel.BMC, thread_external_id="u1", external_id="m1", sender="guest", text="Hi")]
        )
        assert desktop.people.note_person(Person("name:ana", "Ana"))
        assert desktop.mark_thread_read(Channel.BMC, "u1", person="name:ana")
        assert desktop.mark_thread_unread(Channel.BMC, "u1", person="name:ana")
        assert desktop.people.touch_presence("name:ana", "bmc:u1")
        assert desktop.people.assign("bmc:u1", "name:ana", "name:ana")
        assert desktop.people.save_draft("name:ana", "bmc:u1", "Hello")
        assert desktop.people.clear_presence("name:ana") == ["bmc:u1"]
        item = desktop.enqueue(Channel.BMC, "reply", "u1", {"text": "Hello"}, "k1", author="name:ana")
        assert item.author == "name:ana"
        assert desktop.count_threads(ThreadFilter(assigned_to="name:ana", unread_only=True, reader="name:ana")) == 1
        assert desktop.archive_thread(Channel.BMC, "u1", person="name:ana")  # "Done" is the team's mark
        assert desktop.unarchive_thread(Channel.BMC, "u1")
        # The shared read state and the cached threads stay the worker's.
        for write in (
            lambda: desktop.mark_thread_read(Channel.BMC, "u1"),
            lambda: desktop.upsert_threads([Thread(channel=Channel.BMC, external_id="u2")]),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                write()
    finally:
        worker.close()
        desktop.close()


def test_a_desktop_edits_the_teams_settings_from_its_window(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved replies, automation rules and settings, and the listing register are edited in the window; a
    desktop's role must allow them, or every such edit on a team desktop would fail with a permission error."""
    from colivingdesk.store.automations import AutomationRule
    from colivingdesk.store.saved_replies import SavedReply
    from colivingdesk.sync.register_edits import ListingEdit, save_edits

    assert main(["team", "init", "--database", postgres_url, "--json"]) == 0
    capsys.readouterr()
    desktop = open_postgres_store(_login(postgres_url, DESKTOP_ROLE))
    try:
        reply = desktop.save_saved_reply(SavedReply("Welcome", "Hi {guest_name}"))
        assert reply.id is not None
        rule = desktop.automations.save_rule(AutomationRule("Check-in", "before_checkin", reply.id))
        assert rule.id is not None
        desktop.automations.save_settings(Channel.COLIVING, {"timezone": "Europe/Lisbon"})
        assert save_edits(desktop, [ListingEdit("L1", "Maple Grove", 30, None)], []) == {
            "listings": ["L1"],
            "rooms": [],
        }
        assert [r.title for r in desktop.list_saved_replies()] == ["Welcome"]
    finally:
        desktop.close()
