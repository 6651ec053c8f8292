"""One sync worker per team database: a second ``sync --watch`` stands by and takes over when the first is
killed mid-send, with no duplicate and no loss; a worker cut off from the database stops; the worker receives
signed webhooks on loopback and refreshes the team's store from them; ``sync --once``
refuses while a worker runs; and 70 replies queued from two keyless desktops share BookMyColiving's 60 an hour,
sent by the worker."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sync_helpers import UNMETERED_PACE

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import open_postgres_store
from colivingdesk.sync.outbox import HELD_REASON
from colivingdesk.sync.team_desktop import DesktopService
from tests.stuck import within
from tests.sync_worker import Worker


def _env(server: SandboxServer, config: SandboxConfig, profile: Path, database: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLIVINGDESK_")}
    return {
        **env,
        "COLIVINGDESK_PROFILE": str(profile),
        "COLIVINGDESK_DATABASE": database,
        "COLIVINGDESK_BMC_BASE_URL": server.bmc_base_url,
        "COLIVINGDESK_BMC_API_KEY": config.bmc_key,
        "COLIVINGDESK_COLIVING_BASE_URL": server.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": config.coliving_key,
        "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE": UNMETERED_PACE,
    }


def _until(condition: Callable[[], bool], seconds: float, *alive: Worker) -> None:
    """Poll until ``condition`` holds; fail if a worker that must keep running died, or at the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        for worker in alive:
            assert worker.proc.poll() is None, "\n".join(worker.lines)
        time.sleep(0.05)
    raise AssertionError("condition never held; stderr: " + " | ".join(line for w in alive for line in w.lines))


def _claimed_by(database: str, item_id: int) -> str:
    with open_postgres_store(database) as store:
        return str(store._db.scalar("SELECT claimed_by FROM outbox WHERE id = ?", (item_id,)) or "")


def _holder_pid(database: str) -> int | None:
    with open_postgres_store(database) as store:
        holder = store.worker_lock.holder()
    return None if holder is None else holder.pid


def test_standby_worker_takes_over_a_send_killed_midway_without_duplicate_or_loss(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, postgres_url: str
):
    env = _env(server, sandbox_config, profile_dir, postgres_url)
    thread = server.state.threads[("op_0001", "usr_0001")]
    text = "Keys are in the lockbox, code 4711."
    with open_postgres_store(postgres_url) as store:
        item = store.enqueue(
            Channel.BMC,
            "reply",
            thread.thread_id,
            {"text": text, "property_id": thread.property_id},
            "team-worker-takeover",
        )
    # The first send of the reply is held up on the server, so the worker is killed while it is in flight.
    server.sandbox.injector.configure("latency:seconds=8,count=1,method=POST,path=/bmc/api/v1/messages")
    first = Worker(env)
    workers = [first]
    try:
        _until(lambda: _holder_pid(postgres_url) == first.proc.pid, 30, first)
        second = Worker(env)
        workers.append(second)
        _until(lambda: second.said("standing by: a worker is running on this database"), 30, first, second)
        [standing_by] = [line for line in second.lines if "standing by" in line]  # said once
        assert f"pid {first.proc.pid} since " in standing_by
        _until(lambda: f":{first.proc.pid}:" in _claimed_by(postgres_url, item.id), 30, first, second)
        with open_postgres_store(postgres_url) as store:
            assert store.get_outbox_item(item.id).state is OutboxState.SENDING
        first.kill()
        killed_at = time.monotonic()

        def sent() -> bool:
            with open_postgres_store(postgres_url) as store:
                return store.get_outbox_item(item.id).state is OutboxState.SENT

        # The standby takes the lock and finishes the send within 30 seconds of the kill.
        _until(lambda: _holder_pid(postgres_url) == second.proc.pid, 30, second)
        _until(sent, 30 - (time.monotonic() - killed_at), second)
        assert second.said("takes over")
        # The killed worker's request finishes on the server too (it was only delayed): wait until no request
        # is in flight, then the channel holds the reply exactly once.
        _until(lambda: not server._server.server_state.tasks, 30, second)
        assert [m.content for m in thread.messages].count(text) == 1
    finally:
        for worker in workers:
            worker.kill()


def test_sync_once_refuses_while_a_worker_runs_unless_told_to_run_alongside(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, postgres_url: str
):
    env = _env(server, sandbox_config, profile_dir, postgres_url)
    worker = Worker(env)
    try:
        _until(lambda: _holder_pid(postgres_url) == worker.proc.pid, 30, worker)
        once = subprocess.run(
            [sys.executable, "-m", "colivingdesk.cli", "sync", "--once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert once.returncode == 1
        [line] = once.stderr.strip().splitlines()
        assert line.startswith("error: a worker is running on this database: ")
        assert f"pid {worker.proc.pid} since " in line
        alongside = subprocess.run(
            [sys.executable, "-m", "colivingdesk.cli", "sync", "--once", "--alongside-worker", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert alongside.returncode == 0, alongside.stderr
    finally:
        worker.kill()


def test_a_worker_that_loses_its_database_connection_stops_instead_of_sending_without_the_lock(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, postgres_url: str
):
    import psycopg

    from colivingdesk.store.dialect import ADVISORY_NAMESPACE
    from colivingdesk.store.worker_lock import WORKER_LOCK_KEY

    worker = Worker(_env(server, sandbox_config, profile_dir, postgres_url))
    try:
        _until(lambda: _holder_pid(postgres_url) == worker.proc.pid, 30, worker)
        with psycopg.connect(postgres_url, autocommit=True) as conn:  # the server drops the worker's session
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2"
                " AND classid::bigint = %s AND objid::bigint = %s",
                (ADVISORY_NAMESPACE, WORKER_LOCK_KEY),
            )
        _until(lambda: worker.proc.poll() is not None, 30)
        assert worker.proc.wait() == 1
        assert worker.said("the connection to the team database was lost, and with it the worker lock; stopping")
    finally:
        worker.kill()


def test_the_worker_receives_signed_webhooks_on_loopback_and_refreshes_the_team_store(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, postgres_url: str
):
    import httpx

    from colivingdesk.api.webhooks import sign_bmc

    env = _env(server, sandbox_config, profile_dir, postgres_url)
    env["COLIVINGDESK_BMC_WEBHOOK_SECRET"] = sandbox_config.webhook_secret
    worker = Worker(env, "--webhook-port", "0", "--json")
    try:
        _until(lambda: worker.said("receiving webhooks on http://127.0.0.1:"), 30, worker)
        url = next(line for line in worker.lines if "receiving webhooks" in line).split(" on ")[1]
        _until(lambda: any('"account": "bmc"' in line and "up_to_date" in line for line in worker.out), 60, worker)
        thread = server.state.threads[("op_0001", "usr_0001")]
        server.state.tenant_message("op_0001", thread.thread_id, "Is the room still free?", None)
        moment = datetime.now(UTC)
        timestamp = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
        body = json.dumps(
            {
                "event": "message.received",
                "timestamp": timestamp,
                "data": {"threadId": thread.thread_id, "propertyId": thread.property_id},
            }
        ).encode()
        headers = {"Content-Type": "application/json", "X-BMC-Event": "message.received", "X-BMC-Timestamp": timestamp}
        forged = httpx.post(url, content=body, headers={**headers, "X-BMC-Signature": sign_bmc("x", timestamp, body)})
        assert forged.status_code == 401
        signed = {**headers, "X-BMC-Signature": sign_bmc(sandbox_config.webhook_secret, timestamp, body)}
        assert httpx.post(url, content=body, headers=signed).status_code == 200

        def stored() -> bool:
            with open_postgres_store(postgres_url) as store:
                texts = [getattr(m, "text", "") for m in store.messages_for_thread(Channel.BMC, thread.thread_id)]
            return "Is the room still free?" in texts

        _until(stored, 30, worker)
        assert httpx.post(url, content=body, headers=signed).json() == {"status": "duplicate delivery ignored"}
    finally:
        worker.kill()


@pytest.fixture
def capped_config() -> SandboxConfig:
    # Reply budget on (60 an hour, as documented); everything else generous.
    return SandboxConfig(limits_enabled=True, rate_limits={"reads": 100_000, "writes": 100_000})


@pytest.fixture
def capped_server(capped_config: SandboxConfig):
    with SandboxServer(capped_config) as running:
        yield running


def test_seventy_replies_from_two_desktops_share_the_hourly_cap(
    capped_server: SandboxServer,
    capped_config: SandboxConfig,
    tmp_path: Path,
    postgres_url: str,
):
    """Two keyless desktops queue 35 replies each as their windows do (the Service a team desktop runs, which
    never sends); the one worker sends them: 60 reach the channel, 10 wait for the next hour, none twice."""
    server = capped_server
    thread = server.state.threads[("op_0001", "usr_0001")]
    before = len(thread.messages)
    worker_profile = tmp_path / "worker"
    worker_profile.mkdir()
    worker = Worker(_env(server, capped_config, worker_profile, postgres_url))
    try:
        _until(lambda: _holder_pid(postgres_url) == worker.proc.pid, 30, worker)
        _until(lambda: _threads_synced(postgres_url, thread.thread_id), 60, worker)

        async def desktops() -> None:
            stores = [open_postgres_store(postgres_url) for _ in range(2)]
            services = [
                DesktopService(store, SecretStore(session_only=True, environ={}), url=postgres_url, label="desk")
                for store in stores
            ]
            try:
                for service in services:
                    await service.start()

                async def desk(number: int, service: DesktopService) -> None:
                    for n in range(35):
                        await service.queue_reply(
                            Channel.BMC,
                            thread.thread_id,
                            f"Answer {n} from desktop {number}",
                            property_id=thread.property_id,
                            author=f"name:desk{number}",
                        )

                await asyncio.gather(*(desk(n, s) for n, s in enumerate(services)))
            finally:
                for service in services:
                    await service.aclose()
                for store in stores:
                    store.close()

        # Bounded: a wait that never ends fails here with every task's and thread's stack, rather than hanging.
        asyncio.run(within(desktops(), "two desktops queueing 35 replies each and closing"))

        def settled() -> bool:
            with open_postgres_store(postgres_url) as store:
                states = [i.state for i in store.list_outbox()]
            return states.count(OutboxState.SENT) == 60 and states.count(OutboxState.HELD) == 10

        _until(settled, 120, worker)
        with open_postgres_store(postgres_url) as store:
            items = store.list_outbox()
        assert len(items) == 70
        held = [i for i in items if i.state is OutboxState.HELD]
        assert all(i.error == HELD_REASON and i.not_before is not None for i in held)
        texts = [m.content for m in thread.messages[before:]]
        assert len(texts) == 60 and len(set(texts)) == 60
        assert {i.payload["text"] for i in items if i.state is OutboxState.SENT} == set(texts)
        assert {i.author for i in items} == {"name:desk0", "name:desk1"}
    finally:
        worker.kill()


def _threads_synced(url: str, thread_id: str) -> bool:
    with open_postgres_store(url) as store:
        return store.get_thread(Channel.BMC, thread_id) is not None
