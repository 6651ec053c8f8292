"""A complete first sync from a fresh profile: one ``sync --once`` fetches every conversation and every booking
detail the channels show, says how far it has got on stderr, and, cut short by an hourly budget, says what is
left and when, and the next run fetches only that."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sync_helpers import assert_store_matches, headless_environ, server_truth, without_progress

from colivingdesk.cli import main
from colivingdesk.domain import Channel, Message
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.sandbox.data import Booking
from colivingdesk.store import Store, open_store
from colivingdesk.sync.coliving_feeds import COMPLETE_DETAILS, missing_detail, open_floor

#: More than the 50 BookMyColiving threads and the 10 Coliving.com details a background cycle fetches.
SCALE = {"seed": "scale", "bookings": 30, "leads": 10, "threads": 70, "messages_per_thread": 3}
THREAD_FETCHES = "/bmc/api/v1/messages/"  # one conversation's messages (the list is /bmc/api/v1/messages)


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(limits_enabled=False, **SCALE)  # type: ignore[arg-type]


@pytest.fixture
def env(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headless_environ(monkeypatch, server, sandbox_config, profile_dir)


@pytest.fixture
def store(profile_dir: Path) -> Iterator[Store]:
    with open_store(profile_dir / "cache.sqlite3") as opened:
        yield opened


def count_thread_fetches(server: SandboxServer) -> None:
    server.sandbox.injector.configure(f"latency:seconds=0,path={THREAD_FETCHES},method=GET")


def thread_fetches(server: SandboxServer) -> int:
    fired: dict[str, int] = server.sandbox.injector.snapshot()["fired"]
    return fired.get("latency", 0)


def ours(server: SandboxServer, config: SandboxConfig) -> list[Booking]:
    """The bookings the key's host sees (the sandbox holds other hosts' too)."""
    host = server.state.host_by_key[config.coliving_key]
    return [b for b in server.state.bookings.values() if b.host_id == host.id]


def our_threads(server: SandboxServer, config: SandboxConfig) -> int:
    """Conversations of the key's operator (the sandbox holds other operators' too)."""
    operator = server.state.operator_by_key[config.bmc_key].id
    return sum(1 for owner, _ in server.state.threads if owner == operator)


def current_bookings(server: SandboxServer, config: SandboxConfig) -> set[str]:
    floor = open_floor(datetime.now(UTC))
    return {str(b.booking_id) for b in ours(server, config) if b.checkout > floor}


def open_conversations(server: SandboxServer, config: SandboxConfig) -> dict[str, set[str]]:
    """Booking id -> message ids, for every booking of ours whose conversation can still be written to."""
    floor = open_floor(datetime.now(UTC))
    return {
        str(b.booking_id): {str(m.id) for m in server.state.booking_messages(b)}
        for b in ours(server, config)
        if b.checkout > floor and b.status != "cancelled"
    }


def assert_everything_cached(store: Store, server: SandboxServer, config: SandboxConfig) -> None:
    assert_store_matches(store, server_truth(server, config))  # every thread's messages, every booking
    assert missing_detail(store, open_floor(datetime.now(UTC)), COMPLETE_DETAILS, []) == []
    for booking_id, ids in open_conversations(server, config).items():
        cached = {m.external_id for m in store.messages_for_thread(Channel.COLIVING, booking_id)
                  if isinstance(m, Message)}
        assert cached == ids, booking_id


def test_one_sync_once_caches_every_thread_and_every_detail(
    env, capsys, server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path
):
    assert our_threads(server, sandbox_config) > 50 and len(current_bookings(server, sandbox_config)) > 10

    assert main(["sync", "--once"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("synced: ") and "Coliving.com conversations: " in captured.out
    assert captured.out.rstrip().endswith(" read, 0 waiting")
    progress = [line for line in captured.err.splitlines() if line not in without_progress(captured.err)]
    assert progress and without_progress(captured.err) == []
    assert all(line.startswith(("BookMyColiving ", "Coliving.com ")) for line in progress)
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert_everything_cached(store, server, sandbox_config)

    # Nothing is left: a second run opens no conversation again, and with --json stderr stays empty.
    count_thread_fetches(server)
    assert main(["sync", "--once", "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert captured.err == ""
    assert report["backlog"] == {"bmc": {"threads": 0}, "coliving": {"details": 0, "conversations": 0}}
    assert thread_fetches(server) == 0


async def test_background_cycles_keep_their_share_and_a_complete_pass_takes_the_rest(
    make_service, server: SandboxServer, sandbox_config: SandboxConfig
):
    service, store = make_service(max_threads_per_cycle=50, max_details_per_cycle=10)
    shown: list[str] = []
    service.changes.subscribe(lambda changes: shown.append(service.status(Channel.BMC).progress))
    count_thread_fetches(server)
    report = await service.sync_once()
    assert thread_fetches(server) == 50
    # The status bar says how much of the first sync this cycle takes on and how much waits for later ones.
    later = our_threads(server, sandbox_config) - 50
    assert f"BookMyColiving conversations: 0/50 threads, {later} more after this pass" in shown
    assert report.backlog["bmc"]["threads"] == our_threads(server, sandbox_config) - 50
    assert report.backlog["coliving"]["details"] == len(current_bookings(server, sandbox_config)) - 10

    report = await service.sync_once(complete=True)
    assert report.ok, report.errors
    assert thread_fetches(server) == our_threads(server, sandbox_config)  # the rest, each once
    assert report.backlog == {"bmc": {"threads": 0}, "coliving": {"details": 0, "conversations": 0}}
    assert_everything_cached(store, server, sandbox_config)


HOURLY_READS = 60


@pytest.mark.parametrize(
    "sandbox_config",
    [SandboxConfig(rate_limits={"reads": HOURLY_READS}, coliving_per_minute=100_000, **SCALE)],  # type: ignore[arg-type]
)
def test_an_hourly_budget_ends_the_run_and_the_next_one_goes_on_from_there(
    env, capsys, server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path
):
    count_thread_fetches(server)
    started = datetime.now(UTC)
    assert main(["sync", "--once", "--json"]) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    left = report["backlog"]["bmc"]["threads"]
    assert 0 < left < our_threads(server, sandbox_config)
    assert "bmc" in report["errors"] and "coliving" not in report["errors"]
    until = datetime.fromisoformat(report["waits"]["bmc"]["until"])
    assert started + timedelta(minutes=50) < until <= started + timedelta(hours=1, seconds=5)
    # Coliving.com has no such wait: it finished in the same run.
    assert report["backlog"]["coliving"] == {"details": 0, "conversations": 0}
    # stderr: what is left and when it can go on, nothing else (no progress with --json).
    local = until.astimezone().strftime("%H:%M:%S")
    resume = [line for line in captured.err.splitlines() if line.startswith("BookMyColiving: ")]
    assert resume == [line for line in captured.err.splitlines() if not line.startswith("error: ")]
    assert len(resume) == 1 and f"{left} conversations left" in resume[0] and local in resume[0]

    # Until then another run opens no conversation: at most one request learns the server's budget is spent.
    assert main(["sync", "--once", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["backlog"]["bmc"]["threads"] == left and report["requests"]["bmc"] <= 1

    # An hour later (for the server's budget and the profile's stored wait) the next run fetches the rest only.
    server.sandbox.bmc_limiter.reset()
    with open_store(profile_dir / "cache.sqlite3") as store:
        store.prune_channel_limits(datetime.now(UTC) + timedelta(hours=2))
    before = thread_fetches(server)
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()
    assert thread_fetches(server) - before == left
    server.sandbox.bmc_limiter.enabled = False  # for the test's own reading of what the server holds
    with open_store(profile_dir / "cache.sqlite3") as store:
        assert_everything_cached(store, server, sandbox_config)
