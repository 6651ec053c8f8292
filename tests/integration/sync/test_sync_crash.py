"""A sync process killed with SIGKILL mid-sync or mid-send restarts with an intact cache, no duplicate reply and
no lost reply; and no API key ever lands in the profile folder or a log line."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_helpers import UNMETERED_PACE, assert_store_matches, server_truth

from colivingdesk.cli import main
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import open_store


def _env(server: SandboxServer, config: SandboxConfig, profile: Path) -> dict[str, str]:
    return {
        **os.environ,
        "COLIVINGDESK_PROFILE": str(profile),
        "COLIVINGDESK_BMC_BASE_URL": server.bmc_base_url,
        "COLIVINGDESK_BMC_API_KEY": config.bmc_key,
        "COLIVINGDESK_COLIVING_BASE_URL": server.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": config.coliving_key,
        "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE": UNMETERED_PACE,
    }


@pytest.fixture
def cli_env(server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path) -> Iterator[dict[str, str]]:
    env = _env(server, sandbox_config, profile_dir)
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        yield env
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _watch(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "colivingdesk.cli", "sync", "--watch", "--interval", "3600"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _until(condition: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    """Poll until ``condition`` holds; fail if the process died first or it never does."""
    for _ in range(600):
        if condition():
            return
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        time.sleep(0.02)
    raise AssertionError("condition never held")


def _count(profile: Path, sql: str) -> int:
    database = profile / "cache.sqlite3"
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return 0


def _kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_killed_mid_sync_restarts_intact(server: SandboxServer, sandbox_config, profile_dir: Path, cli_env):
    server.sandbox.injector.configure("latency:seconds=0.05")
    proc = _watch(cli_env)
    _until(lambda: _count(profile_dir, "SELECT count(*) FROM bookings") > 0, proc)
    _kill(proc)
    server.sandbox.injector.configure("")
    assert _count(profile_dir, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0
    for _ in range(3):
        assert main(["sync", "--once"]) == 0
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert_store_matches(store, server_truth(server, sandbox_config))


@pytest.mark.parametrize("channel", [Channel.BMC, Channel.COLIVING])
def test_killed_mid_send_delivers_exactly_once(
    server: SandboxServer, profile_dir: Path, cli_env, channel: Channel
):
    if channel is Channel.BMC:
        thread = server.state.threads[("op_0001", "usr_0001")]
        target, path, property_id = thread.thread_id, "/bmc/api/v1/messages", thread.property_id

        def texts() -> list[str]:
            return [m.content for m in thread.messages]
    else:
        booking = next(iter(server.state.bookings.values()))
        target, path, property_id = str(booking.booking_id), "/coliving/v1/bookings", None

        def texts() -> list[str]:
            return [m.text for m in server.state.booking_messages(booking)]

    with open_store(profile_dir / "cache.sqlite3") as store:
        item = store.enqueue(channel, "reply", target, {"text": "Keys are under the mat.",
                                                        **({"property_id": property_id} if property_id else {})},
                             f"crash-test-{channel.value}")
    # The send is slow on the server, so the process is killed while it is in flight.
    server.sandbox.injector.configure(f"latency:seconds=1.5,method=POST,path={path}")
    proc = _watch(cli_env)
    _until(lambda: _count(profile_dir, "SELECT count(*) FROM outbox WHERE state = 'sending'") == 1, proc)
    _kill(proc)
    server.sandbox.injector.configure("")
    time.sleep(1.6)  # let the server finish the request the dead client started, as a real server would
    assert main(["sync", "--once"]) == 0
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert store.get_outbox_item(item.id).state is OutboxState.SENT
    assert texts().count("Keys are under the mat.") == 1


def test_no_api_key_in_profile_or_logs(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, cli_env, caplog, capsys
):
    caplog.set_level(logging.DEBUG)
    assert main(["sync", "--once", "--json"]) == 0
    assert main(["reply", "bmc", "usr_0001", "--property", "prop_0003", "Hello there"]) == 0
    server.sandbox.injector.configure("error:count=1,status=401")
    main(["sync", "--once"])
    secrets = [sandbox_config.bmc_key, sandbox_config.coliving_key, sandbox_config.webhook_secret]
    for file in profile_dir.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            for secret in secrets:
                assert secret.encode() not in data, file
    out = capsys.readouterr()
    for secret in secrets:
        assert secret not in caplog.text
        assert secret not in out.out + out.err
