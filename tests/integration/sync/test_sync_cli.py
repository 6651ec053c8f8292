"""The headless commands through ``colivingdesk.cli.main``, configured by environment variables."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from sync_helpers import headless_environ, without_progress

from colivingdesk.cli import main
from colivingdesk.domain import Channel
from colivingdesk.profile import resolve_profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import Account, open_store


@pytest.fixture
def env(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headless_environ(monkeypatch, server, sandbox_config, profile_dir)


def test_sync_once_json_then_export_and_outbox(env, capsys, server: SandboxServer):
    assert main(["sync", "--once", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "ok", "requests", "changed", "errors", "feeds", "waits", "accounts", "conversations", "backlog"
    }
    assert report["backlog"] == {"bmc": {"threads": 0}, "coliving": {"details": 0, "conversations": 0}}
    assert report["ok"] is True and report["errors"] == {} and report["feeds"] == {}
    # The demo's open conversations fit one minute's budget: a first sync reads every one of them.
    coverage = report["conversations"]["coliving"]
    assert coverage["read"] > 0 and coverage["waiting"] == 0
    assert set(report["accounts"]) == {"bmc", "coliving"}
    assert report["accounts"]["bmc"]["state"] == "up_to_date"
    assert report["changed"]["bookings"] > 0

    for kind in ("properties", "leads", "bookings", "threads", "messages"):
        assert main(["export", kind]) == 0
        records = json.loads(capsys.readouterr().out)
        assert records, kind
        assert main(["export", kind, "--format", "csv"]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert len(rows) == len(records), kind
    assert main(["export", "bookings"]) == 0
    bookings = json.loads(capsys.readouterr().out)
    assert {"id", "version", "checkin", "checkout", "status"} <= set(bookings[0])

    # A current stay: its detail, with the guest's name, is in the cache.
    booking_id = next(b["id"] for b in bookings if b["guest_name"])
    assert main(["reply", "coliving", booking_id, "See you soon", "--json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["state"] == "sent" and item["channel"] == "coliving" and item["target"] == booking_id
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "Thanks!"]) == 0
    assert "sent" in capsys.readouterr().out

    assert main(["outbox", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [i["state"] for i in listing["items"]] == ["sent", "sent"]
    assert set(listing["items"][0]) == {
        "id", "channel", "kind", "target", "state", "error", "attempts", "created_at", "updated_at", "not_before",
        "text", "name", "replayed", "author",
    }
    assert [i["replayed"] for i in listing["items"]] == [False, False]  # first answers, not replays
    guest = server.state.bookings[int(booking_id)].guest_name
    tenant = server.state.threads[("op_0001", "usr_0001")].user_name
    assert [(i["text"], i["name"]) for i in listing["items"]] == [("See you soon", guest), ("Thanks!", tenant)]
    assert main(["outbox"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split("\t")[5:7] == [tenant, "Thanks!"]


def test_sync_once_says_how_many_conversations_were_read(env, capsys):
    assert main(["sync", "--once"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("synced: ")
    read = [line for line in lines if line.startswith("Coliving.com conversations: ")]
    assert len(read) == 1 and read[0].endswith(" read, 0 waiting")


def test_a_refused_reply_says_why_on_one_stderr_line(env, capsys, server: SandboxServer):
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()
    thread = server.state.threads[("op_0001", "usr_0001")]
    before = len(thread.messages)
    # --force: the channel, not the cache, decides, and it refuses a property that does not exist.
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_9999", "--force", "Hello"]) == 1
    captured = capsys.readouterr()
    assert "failed" in captured.out
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("error: BookMyColiving refused the reply: ") and "prop_9999" in captured.err
    assert len(thread.messages) == before


def test_a_property_unknown_to_the_cache_is_refused_before_anything_is_queued(env, capsys, server: SandboxServer):
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()
    thread = server.state.threads[("op_0001", "usr_0001")]
    before = len(thread.messages)
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_9999", "Hello"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "prop_9999" in err and "--force" in err
    assert main(["outbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"items": []}
    assert len(thread.messages) == before


def test_force_reads_the_properties_first_then_sends(env, capsys, server: SandboxServer):
    thread = server.state.threads[("op_0001", "usr_0001")]
    # Nothing synced yet: the cache knows no property, so only --force sends, after reading them.
    assert main(["reply", "bmc", "usr_0001", "--property", thread.property_id, "Welcome!"]) == 2
    capsys.readouterr()
    assert main(["reply", "bmc", "usr_0001", "--property", thread.property_id, "--force", "Welcome!", "--json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["state"] == "sent" and item["text"] == "Welcome!"
    assert thread.messages[-1].content == "Welcome!"
    assert main(["export", "properties"]) == 0
    assert thread.property_id in {p["id"] for p in json.loads(capsys.readouterr().out)}


def test_a_broken_feed_fails_sync_once_and_is_named(env, capsys, server: SandboxServer):
    server.sandbox.injector.configure("malformed:method=GET,path=/bmc/api/v1/properties")
    assert main(["sync", "--once", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert list(report["feeds"]) == ["bmc"] and list(report["feeds"]["bmc"]) == ["properties"]
    assert report["accounts"]["bmc"]["stale"] == report["feeds"]["bmc"]
    assert report["accounts"]["bmc"]["message"].startswith("Properties not refreshed: ")
    assert report["changed"]["leads"] > 0 and report["changed"]["bookings"] > 0

    assert main(["sync", "--once"]) == 1
    err = without_progress(capsys.readouterr().err)
    assert len(err) == 1 and err[0].startswith("error: BookMyColiving: properties not refreshed: ")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_one_shot_sync_promises_no_retry(env, capsys, monkeypatch):
    monkeypatch.setenv("COLIVINGDESK_BMC_BASE_URL", f"http://127.0.0.1:{closed_port()}/api/v1")
    monkeypatch.delenv("COLIVINGDESK_COLIVING_API_KEY")
    assert main(["sync", "--once"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Could not reach BookMyColiving" in err
    assert "retry" not in err.lower() and "resum" not in err.lower()


def test_a_reply_that_could_not_go_out_says_it_stays_queued(env, capsys, monkeypatch):
    monkeypatch.setenv("COLIVINGDESK_BMC_BASE_URL", f"http://127.0.0.1:{closed_port()}/api/v1")
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "--force", "Hello"]) == 1
    captured = capsys.readouterr()
    assert "queued" in captured.out
    assert captured.err.count("\n") == 1 and "could not be delivered to BookMyColiving" in captured.err
    assert "stays queued for the next `colivingdesk sync`" in captured.err
    assert "Retrying" not in captured.err


def test_too_long_reply_is_a_usage_error(env, capsys):
    assert main(["reply", "coliving", "1", "x" * 5001]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "5,000" in err


class RaisingKeyring(keyring.backend.KeyringBackend):
    """A recommended backend that fails every read, as a locked or broken system keyring does."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.mark.parametrize(
    ("backend", "cause"),
    [
        (keyring.backends.fail.Keyring(), "no secure system keyring on this computer"),
        (RaisingKeyring(), "the system keyring could not be read (KeyringLocked)"),
        (None, "no BookMyColiving API key found in the system keyring"),
    ],
)
def test_a_key_that_cannot_be_read_names_the_cause_and_the_variables(
    profile_dir: Path, capsys, monkeypatch, backend, cause: str
):
    for name in list(os.environ):
        if name.startswith("COLIVINGDESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(profile_dir))
    store = open_store(resolve_profile(str(profile_dir)).ensure().database)
    store.save_account(Account(Channel.BMC, "BookMyColiving", "http://127.0.0.1:9/bmc/api/v1"))
    store.close()
    if backend is not None:
        keyring.set_keyring(backend)  # the autouse test keyring fixture puts its own back afterwards
    assert main(["sync", "--once"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"error: {cause}")
    assert "COLIVINGDESK_BMC_API_KEY" in err and "COLIVINGDESK_BMC_BASE_URL=http://127.0.0.1:9/bmc/api/v1" in err


def test_no_account_is_a_configuration_error(profile_dir: Path, capsys, monkeypatch):
    for name in list(os.environ):
        if name.startswith("COLIVINGDESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(profile_dir))
    assert main(["sync", "--once"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no account configured" in err


def test_unreachable_channel_exits_one(env, capsys, monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("COLIVINGDESK_BMC_BASE_URL", f"http://127.0.0.1:{port}/api/v1")
    monkeypatch.delenv("COLIVINGDESK_COLIVING_API_KEY")
    assert main(["sync", "--once", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["accounts"]["bmc"]["state"] == "offline"


def test_a_reply_and_the_outbox_name_the_person_who_queued_it(env, capsys, monkeypatch):
    monkeypatch.setenv("COLIVINGDESK_PERSON", "Ana Ribeiro")
    monkeypatch.setenv("COLIVINGDESK_BMC_BASE_URL", f"http://127.0.0.1:{closed_port()}/api/v1")
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "--force", "Hello", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["author"] == "Ana Ribeiro"
    assert main(["outbox", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["author"] == "Ana Ribeiro" and item["text"] == "Hello"
