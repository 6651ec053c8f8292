"""Rate-limit waits survive the process that learnt them: a later Service on the same profile (a second
``sync --once``, or the window next to a cron job) sends nothing into them. Requests are counted on the
sandbox's side, with a zero-second latency rule that fires once per matching request."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sync_helpers import headless_environ

from colivingdesk.cli import main
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.sync import ChangeSet


def count_and_fault(server: SandboxServer, path: str, faults: str = "", method: str = "") -> None:
    """Count every request under ``path`` (of ``method``) on the server, and apply ``faults`` as well."""
    only = f",method={method}" if method else ""
    server.sandbox.injector.configure(f"latency:seconds=0,path={path}{only}; {faults}")


def counted(server: SandboxServer) -> int:
    fired: dict[str, int] = server.sandbox.injector.snapshot()["fired"]
    return fired.get("latency", 0)


def same_second(shown: datetime | None, until: datetime) -> bool:
    """The status's pause ends when the wait does (it is worked out again from the seconds left)."""
    return shown is not None and abs((shown - until).total_seconds()) < 1


async def test_a_long_429_keeps_every_later_service_from_sending(make_service, server: SandboxServer):
    count_and_fault(server, "/coliving/", "ratelimit:count=1,seconds=200,path=/coliving/")
    first, _ = make_service(channels=[Channel.COLIVING])
    before = datetime.now(UTC)
    report = await first.sync_once()
    after = datetime.now(UTC)
    assert "coliving" in report.errors and counted(server) == 1

    # A second run moments later: the channel would answer now, but the wait it asked for is not over.
    second, _ = make_service(channels=[Channel.COLIVING])
    report = await second.sync_once()
    assert counted(server) == 1 and second.requests_made(Channel.COLIVING) == 0
    assert "coliving" in report.errors
    wait = report.waits["coliving"]
    assert before + timedelta(seconds=200) <= wait.until <= after + timedelta(seconds=200)
    assert list(wait.groups) == ["api"]
    assert same_second(second.status(Channel.COLIVING).waiting_until, wait.until)

    # The window started after it: its status says how long the pause lasts, not "up to date".
    window, _ = make_service(channels=[Channel.COLIVING])
    paused = asyncio.Event()

    def on_change(changes: ChangeSet) -> None:
        if window.status(Channel.COLIVING).state == "rate_limited":
            paused.set()

    window.changes.subscribe(on_change)
    await window.start()
    await asyncio.wait_for(paused.wait(), timeout=30)
    assert same_second(window.status(Channel.COLIVING).waiting_until, wait.until)
    assert counted(server) == 1


async def test_one_waiting_bmc_group_is_skipped_and_the_others_sync(make_service, server: SandboxServer):
    count_and_fault(server, "/bmc/api/v1/leads", "ratelimit:count=1,seconds=3000,path=/bmc/api/v1/leads")
    first, _ = make_service(channels=[Channel.BMC])
    report = await first.sync_once()
    assert "bmc" in report.errors and counted(server) == 1

    second, store = make_service(channels=[Channel.BMC])
    report = await second.sync_once()
    assert report.ok, report.errors
    assert counted(server) == 1  # leads were not asked for again
    assert store.count_threads() > 0 and store.count_properties() > 0  # the other groups synced
    assert store.count_leads() == 0
    assert list(report.waits["bmc"].groups) == ["leads"]
    assert "leads" in second.status(Channel.BMC).message


@pytest.mark.parametrize("sandbox_config", [SandboxConfig(rate_limits={"replies": 1})])
async def test_a_reply_budget_at_zero_holds_replies_in_a_new_service_until_reset(
    make_service, server: SandboxServer
):
    count_and_fault(server, "/bmc/api/v1/messages/", method="POST")
    first, store = make_service(channels=[Channel.BMC])
    sent = first.enqueue_reply(Channel.BMC, "usr_0001", "Thanks!", property_id="prop_0003")
    await first.send_pending()
    assert store.get_outbox_item(sent.id).state is OutboxState.SENT
    assert counted(server) == 1

    # Our reply log says 1 of 60 this hour; the server said none are left until its reset. The server wins.
    second, store = make_service(channels=[Channel.BMC])
    item = second.enqueue_reply(Channel.BMC, "usr_0001", "One more thing", property_id="prop_0003")
    report = await second.sync_once()
    assert report.ok, report.errors
    assert counted(server) == 1  # no reply was sent into the exhausted budget
    held = store.get_outbox_item(item.id)
    assert held.state is OutboxState.HELD
    assert held.not_before is not None and held.not_before > datetime.now(UTC) + timedelta(minutes=50)
    assert store.count_threads() > 0 and store.count_properties() > 0  # reading went on; only replies wait
    headline = second.status(Channel.BMC).headline
    assert headline is not None and headline.remaining == 0
    assert report.waits["bmc"].groups == {"replies": held.not_before}


# ------------------------------------------------------------------------------------------ headless


@pytest.fixture
def env(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headless_environ(monkeypatch, server, sandbox_config, profile_dir)


def test_sync_once_with_every_account_waiting_exits_1_and_says_until_when(
    env, capsys, server: SandboxServer, monkeypatch: pytest.MonkeyPatch
):
    count_and_fault(server, "/coliving/", "ratelimit:count=1,seconds=200,path=/coliving/")
    assert main(["sync", "--once", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert "coliving" in report["errors"] and "bmc" not in report["errors"]
    assert report["changed"]["properties"] > 0
    until = report["waits"]["coliving"]["until"]
    assert counted(server) == 1

    # BookMyColiving still syncs; Coliving.com sends nothing and says why.
    assert main(["sync", "--once", "--json"]) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["requests"] == {"bmc": report["requests"]["bmc"], "coliving": 0}
    assert report["requests"]["bmc"] > 0 and report["errors"].keys() == {"coliving"}
    assert report["accounts"]["coliving"]["state"] == "rate_limited"
    assert counted(server) == 1

    # Only Coliving.com configured: everything this run needs is waiting.
    monkeypatch.delenv("COLIVINGDESK_BMC_API_KEY")
    assert main(["sync", "--once"]) == 1
    captured = capsys.readouterr()
    local = datetime.fromisoformat(until).astimezone().strftime("%H:%M:%S")
    assert captured.err.count("\n") == 1
    assert f"Coliving.com until {local} (in " in captured.err and "nothing sent" in captured.err
    assert captured.out == ""

    assert main(["sync", "--once", "--json"]) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["waits"] == {
        "coliving": {
            "until": until,
            "groups": ["api"],
            "groups_until": {"api": until},
            "reason": "rate limit reached (HTTP 429)",
        }
    }
    assert report["requests"] == {"coliving": 0} and report["ok"] is False
    assert captured.err.count("\n") == 1 and local in captured.err
    assert counted(server) == 1
