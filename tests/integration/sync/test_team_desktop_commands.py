"""``reply`` and ``outbox`` from a desktop's computer on a team database: with a worker running they queue
only, need no API key, and report the worker's result; without one they say the reply stays queued until one
runs. The worker keeps each account's state in the store for the desktops."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_team_worker import Worker, _env, _holder_pid, _until

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import open_postgres_store


def _desktop_env(server: SandboxServer, config: SandboxConfig, profile: Path) -> dict[str, str]:
    """A desktop's computer: the team database named on the command line, no channel key anywhere."""
    env = _env(server, config, profile, "")
    for name in ("COLIVINGDESK_DATABASE", "COLIVINGDESK_BMC_API_KEY", "COLIVINGDESK_COLIVING_API_KEY"):
        del env[name]
    return env


def _reported(database: str, channel: str) -> str:
    with open_postgres_store(database) as store:
        report = store.worker_reports().get(channel)
    return "" if report is None else report.state


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "colivingdesk.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_with_a_worker_running_reply_queues_without_a_key_and_reports_the_worker_sending_it(
    server: SandboxServer, sandbox_config: SandboxConfig, tmp_path: Path, postgres_url: str
) -> None:
    (tmp_path / "worker").mkdir()
    (tmp_path / "desk").mkdir()
    worker = Worker(_env(server, sandbox_config, tmp_path / "worker", postgres_url))
    try:
        _until(lambda: _holder_pid(postgres_url) == worker.proc.pid, 30, worker)
        _until(lambda: _reported(postgres_url, "bmc") == "up_to_date", 60, worker)  # its first pass, reported
        with open_postgres_store(postgres_url) as store:
            report = store.worker_reports()["bmc"]
        assert report.pid == worker.proc.pid and report.last_synced_at is not None

        thread = server.state.threads[("op_0001", "usr_0001")]
        text = "The cleaner comes on Thursdays."
        desk = _desktop_env(server, sandbox_config, tmp_path / "desk")
        done = _run(desk, "reply", "bmc", thread.thread_id, "--property", thread.property_id, text, "--json",
                    "--database", postgres_url)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["state"] == "sent"
        assert [m.content for m in thread.messages].count(text) == 1
    finally:
        worker.kill()


def test_without_a_worker_a_reply_from_a_computer_without_keys_stays_queued_and_says_so(
    server: SandboxServer, sandbox_config: SandboxConfig, tmp_path: Path, postgres_url: str
) -> None:
    desk = _desktop_env(server, sandbox_config, tmp_path)
    done = _run(desk, "reply", "coliving", "b_1", "See you on Monday", "--json", "--database", postgres_url)
    assert done.returncode == 1
    assert "no sync worker is running on the team database; the reply stays queued until one runs" in done.stderr
    assert json.loads(done.stdout)["state"] == "queued"
    with open_postgres_store(postgres_url) as store:
        [item] = store.list_outbox()
    assert item.state is OutboxState.QUEUED and item.channel is Channel.COLIVING
    listed = _run(desk, "outbox", "--database", postgres_url)
    assert listed.returncode == 0
    assert "1 waiting item(s) stay queued until one runs" in listed.stderr
