"""Several processes on one profile: two ``sync --once`` runs at the same time deliver each queued reply exactly
once and both end cleanly; a claim left by a dead process is taken over and reconciled, a live one is left."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sync_helpers import UNMETERED_PACE, assert_store_matches, server_truth

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import open_store
from colivingdesk.store.codec import dt_to_text


def _environ(server: SandboxServer, config: SandboxConfig) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("COLIVINGDESK_")}
    env.update({
        "COLIVINGDESK_BMC_BASE_URL": server.bmc_base_url,
        "COLIVINGDESK_BMC_API_KEY": config.bmc_key,
        "COLIVINGDESK_COLIVING_BASE_URL": server.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": config.coliving_key,
        "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE": UNMETERED_PACE,
    })
    return env


def _sync_once(env: dict[str, str], profile: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "colivingdesk.cli", "--profile", str(profile), "sync", "--once"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode()


def test_two_sync_once_runs_deliver_each_reply_once(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path
):
    threads = [server.state.threads[("op_0001", f"usr_000{n}")] for n in (1, 2, 3)]
    bookings = [b for b in server.state.bookings.values() if b.status != "cancelled"][:3]
    with open_store(profile_dir / "cache.sqlite3") as store:
        for n, thread in enumerate(threads):
            store.enqueue(Channel.BMC, "reply", thread.thread_id,
                          {"text": f"BMC reply {n}", "property_id": thread.property_id}, f"bmc-{n}")
        for n, booking in enumerate(bookings):
            store.enqueue(Channel.COLIVING, "reply", str(booking.booking_id), {"text": f"Coliving reply {n}"},
                          f"col-{n}")
    # Slow sends keep one process's send in flight while the other reaches the same items.
    server.sandbox.injector.configure("latency:seconds=0.4,method=POST")
    env = _environ(server, sandbox_config)
    first, second = _sync_once(env, profile_dir), _sync_once(env, profile_dir)
    for code, err in (_finish(first), _finish(second)):
        assert code == 0, err
        assert "Traceback" not in err, err

    for n, thread in enumerate(threads):
        assert [m.content for m in thread.messages].count(f"BMC reply {n}") == 1
    for n, booking in enumerate(bookings):
        assert [m.text for m in server.state.booking_messages(booking)].count(f"Coliving reply {n}") == 1
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert {i.state for i in store.list_outbox()} == {OutboxState.SENT}

    # Both cycles' feeds overlapped: no cursor may have moved past what is stored, so later runs converge.
    server.sandbox.injector.configure("")
    for _ in range(3):
        assert _finish(_sync_once(env, profile_dir))[0] == 0
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert_store_matches(store, server_truth(server, sandbox_config))


def _claim(profile: Path, item_id: int, owner: str, at: datetime) -> None:
    """What a process leaves on an item it claimed (and counted as an attempt) before sending it."""
    with sqlite3.connect(profile / "cache.sqlite3") as conn:
        conn.execute(
            "UPDATE outbox SET state = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1"
            " WHERE id = ?",
            (owner, dt_to_text(at), item_id),
        )


def test_stale_claim_is_reconciled_not_resent_and_a_live_claim_is_left(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path
):
    landed, other = [b for b in server.state.bookings.values() if b.status != "cancelled"][:2]
    with open_store(profile_dir / "cache.sqlite3") as store:
        stale = store.enqueue(Channel.COLIVING, "reply", str(landed.booking_id), {"text": "Door code 1234."}, "a")
        live = store.enqueue(Channel.COLIVING, "reply", str(other.booking_id), {"text": "See you soon."}, "b")
    now = datetime.now(UTC)
    # A process on another computer claimed the first reply an hour ago, sent it, and was never heard of again.
    _claim(profile_dir, stale.id, "another-host:4242:0123abcd", now - timedelta(hours=1))
    httpx.post(
        f"{server.coliving_base_url}/bookings/{landed.booking_id}/messages",
        json={"message": {"text": "Door code 1234."}}, headers={"X-API-Key": sandbox_config.coliving_key},
    ).raise_for_status()
    # Another is sending the second reply right now.
    _claim(profile_dir, live.id, "another-host:4243:4567cdef", now)

    code, err = _finish(_sync_once(_environ(server, sandbox_config), profile_dir))
    assert code == 0, err
    assert [m.text for m in server.state.booking_messages(landed)].count("Door code 1234.") == 1
    assert "See you soon." not in [m.text for m in server.state.booking_messages(other)]
    with open_store(profile_dir / "cache.sqlite3") as store:
        sent = store.get_outbox_item(stale.id)
        assert sent.state is OutboxState.SENT and sent.attempts == 2
        assert store.outbox_result(stale.id) is not None
        assert store.get_outbox_item(live.id).state is OutboxState.SENDING
