"""The headless commands on a team's PostgreSQL store: a first sync from the sandbox fills it as it fills the
SQLite cache, and a reply goes out through its outbox; the worker-lock holder takes over a dead worker's claim
at once, wherever that worker ran, and leaves a desktop's live claim alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import assert_store_matches, headless_environ, server_truth

from colivingdesk.cli import main
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import open_postgres_store


def test_sync_once_fills_the_team_store_and_a_reply_is_sent_from_it(
    server: SandboxServer,
    sandbox_config: SandboxConfig,
    profile_dir: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    headless_environ(monkeypatch, server, sandbox_config, profile_dir)
    monkeypatch.setenv("COLIVINGDESK_DATABASE", postgres_url)
    assert main(["sync", "--once", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["changed"]["bookings"] > 0
    with open_postgres_store(postgres_url) as store:
        assert_store_matches(store, server_truth(server, sandbox_config))
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "Thanks!", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "sent"
    assert main(["sync", "--once", "--json"]) == 0  # the channel now has our reply; nothing else changed
    assert json.loads(capsys.readouterr().out)["ok"] is True
    with open_postgres_store(postgres_url) as store:
        [sent] = store.list_outbox()
        assert sent.state is OutboxState.SENT and sent.payload["text"] == "Thanks!"
        assert store.outbox_result(sent.id)
        messages = store.messages_for_thread(Channel.BMC, "usr_0001")
        assert any(getattr(m, "text", "") == "Thanks!" and getattr(m, "sender", "") != "" for m in messages)


def test_the_lock_holder_takes_over_a_dead_workers_claim_from_another_machine_at_once(
    server: SandboxServer,
    sandbox_config: SandboxConfig,
    profile_dir: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import UTC, datetime

    headless_environ(monkeypatch, server, sandbox_config, profile_dir)
    monkeypatch.setenv("COLIVINGDESK_DATABASE", postgres_url)
    thread = server.state.threads[("op_0001", "usr_0001")]
    now = datetime.now(UTC)
    with open_postgres_store(postgres_url) as store:
        by_worker, by_desktop = (
            store.enqueue(Channel.BMC, "reply", thread.thread_id,
                          {"text": text, "property_id": thread.property_id}, f"key-{n}")
            for n, text in enumerate(("From the dead worker", "From a desktop still sending"))
        )
        # A worker on another machine died mid-send; a desktop elsewhere is sending its own reply right now.
        assert store.claim_outbox_item(by_worker.id, "other-host:4242:w-0123456789ab", now) is not None
        assert store.claim_outbox_item(by_desktop.id, "laptop:777:0123456789ab", now) is not None
    assert main(["sync", "--once", "--json"]) == 0  # it holds the worker lock for its run
    capsys.readouterr()
    with open_postgres_store(postgres_url) as store:
        assert store.get_outbox_item(by_worker.id).state is OutboxState.SENT
        assert store.get_outbox_item(by_desktop.id).state is OutboxState.SENDING  # its lease still runs
    texts = [m.content for m in thread.messages]
    assert texts.count("From the dead worker") == 1 and "From a desktop still sending" not in texts
