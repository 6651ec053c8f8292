"""The headless commands through ``colivingdesk.cli.main``, configured by environment variables."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from colivingdesk.cli import main
from colivingdesk.sandbox import SandboxConfig, SandboxServer


@pytest.fixture
def env(server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path) -> Iterator[None]:
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("COLIVINGDESK_"):
            del os.environ[name]
    os.environ.update({
        "COLIVINGDESK_PROFILE": str(profile_dir),
        "COLIVINGDESK_BMC_BASE_URL": server.bmc_base_url,
        "COLIVINGDESK_BMC_API_KEY": sandbox_config.bmc_key,
        "COLIVINGDESK_COLIVING_BASE_URL": server.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": sandbox_config.coliving_key,
    })
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_sync_once_json_then_export_and_outbox(env, capsys, server: SandboxServer):
    assert main(["sync", "--once", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"ok", "requests", "changed", "errors", "accounts", "conversations"}
    assert report["ok"] is True and report["errors"] == {}
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
    booking = json.loads(capsys.readouterr().out)[0]
    assert {"id", "version", "checkin", "checkout", "status"} <= set(booking)

    booking_id = str(next(iter(server.state.bookings)))
    assert main(["reply", "coliving", booking_id, "See you soon", "--json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["state"] == "sent" and item["channel"] == "coliving" and item["target"] == booking_id
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "Thanks!"]) == 0
    assert "sent" in capsys.readouterr().out

    assert main(["outbox", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [i["state"] for i in listing["items"]] == ["sent", "sent"]
    assert set(listing["items"][0]) == {
        "id", "channel", "kind", "target", "state", "error", "attempts", "created_at", "updated_at", "not_before"
    }


def test_sync_once_says_how_many_conversations_were_read(env, capsys):
    assert main(["sync", "--once"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("synced: ")
    read = [line for line in lines if line.startswith("Coliving.com conversations: ")]
    assert len(read) == 1 and read[0].endswith(" read, 0 waiting")


def test_reply_refused_by_the_server_exits_one(env, capsys):
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_9999", "Hello"]) == 1
    out = capsys.readouterr().out
    assert "failed" in out


def test_too_long_reply_is_a_usage_error(env, capsys):
    assert main(["reply", "coliving", "1", "x" * 5001]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "5,000" in err


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
