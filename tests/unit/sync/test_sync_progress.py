"""Progress of a sync: the line a person reads, how often it is announced, how ``sync --once`` prints it, and a
complete pass that fetches every booking detail at 60 requests a minute while saying how long is left."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import httpx
from fake_channels import FakeColiving, booking

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.progress_output import PLAIN_EVERY, ProgressPrinter
from colivingdesk.secrets import SecretStore
from colivingdesk.store import open_store
from colivingdesk.sync import ChangeSet, Service
from colivingdesk.sync.clock import FakeClock
from colivingdesk.sync.progress import FeedProgress, ProgressBoard


def test_the_line_says_counts_pages_and_the_time_the_rate_limit_needs():
    messages = FeedProgress(Channel.COLIVING, "booking messages", "conversations", 120, 340, per_minute=60)
    assert messages.line() == (
        "Coliving.com booking messages: 120/340 conversations, about 4 min left at 60 requests a minute"
    )
    leads = FeedProgress(Channel.BMC, "leads", "leads", 1200, pages=12)
    assert leads.line() == "BookMyColiving leads: 1,200 leads, 12 pages"
    almost = FeedProgress(Channel.COLIVING, "booking details", "bookings", 30, 40, per_minute=60)
    assert almost.line() == "Coliving.com booking details: 30/40 bookings, under a minute left at 60 requests a minute"
    done = FeedProgress(Channel.COLIVING, "booking details", "bookings", 40, 40, per_minute=60)
    assert done.line() == "Coliving.com booking details: 40/40 bookings"
    share = FeedProgress(Channel.BMC, "conversations", "threads", 20, 50, later=12_850)
    assert share.line() == "BookMyColiving conversations: 20/50 threads, 12,850 more after this pass"


def test_one_of_a_thing_is_said_in_the_singular():
    assert FeedProgress(Channel.BMC, "properties", "properties", 1).line() == "BookMyColiving properties: 1 property"
    one_page = FeedProgress(Channel.BMC, "leads", "leads", 1, pages=1)
    assert one_page.line() == "BookMyColiving leads: 1 lead, 1 page"
    of_one = FeedProgress(Channel.COLIVING, "booking details", "bookings", 0, 1)
    assert of_one.line() == "Coliving.com booking details: 0/1 booking"


def test_the_board_announces_each_stage_and_then_at_most_once_a_second():
    clock = FakeClock()
    heard: list[Channel] = []
    board = ProgressBoard(clock.now, heard.append)
    board.begin(FeedProgress(Channel.BMC, "conversations", "threads", total=100))
    for _ in range(10):
        board.advance(Channel.BMC, done=1)
    assert len(heard) == 1 and board.get(Channel.BMC) == FeedProgress(Channel.BMC, "conversations", "threads", 10, 100)
    clock.advance(1)
    board.advance(Channel.BMC, done=1)
    assert len(heard) == 2
    board.begin(FeedProgress(Channel.BMC, "leads", "leads"))  # a new stage is told at once
    assert len(heard) == 3
    board.clear(Channel.BMC)
    assert len(heard) == 4 and board.get(Channel.BMC) is None


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _printer(stream: io.StringIO, now: list[float]) -> tuple[ProgressPrinter, dict[Channel, FeedProgress]]:
    shown: dict[Channel, FeedProgress] = {}
    return ProgressPrinter(shown.get, stream, monotonic=lambda: now[0]), shown


def test_on_a_terminal_one_line_is_rewritten_in_place_and_ended_at_the_finish():
    stream, now = Terminal(), [0.0]
    printer, shown = _printer(stream, now)
    shown[Channel.BMC] = FeedProgress(Channel.BMC, "conversations", "threads", 10, 100)
    printer.on_changes({"status": {"bmc"}})
    shown[Channel.COLIVING] = FeedProgress(Channel.COLIVING, "bookings", "bookings", 100, pages=1)
    printer.on_changes({"status": {"coliving"}})
    printer.finish()
    assert stream.getvalue() == (
        "\rBookMyColiving conversations: 10/100 threads\x1b[K"
        "\rBookMyColiving conversations: 10/100 threads · Coliving.com bookings: 100 bookings, 1 page\x1b[K\n"
    )


def test_into_a_log_plain_lines_come_at_most_every_few_seconds():
    stream, now = io.StringIO(), [0.0]
    printer, shown = _printer(stream, now)
    shown[Channel.BMC] = FeedProgress(Channel.BMC, "conversations", "threads", 0, 100)
    printer.on_changes({"status": {"bmc"}})
    for done in range(1, 50):
        shown[Channel.BMC] = FeedProgress(Channel.BMC, "conversations", "threads", done, 100)
        now[0] += 0.1
        printer.on_changes({"status": {"bmc"}})
    now[0] += PLAIN_EVERY
    shown[Channel.BMC] = FeedProgress(Channel.BMC, "conversations", "threads", 99, 100)
    printer.on_changes({"status": {"bmc"}})
    printer.finish()
    assert stream.getvalue().splitlines() == [
        "BookMyColiving conversations: 0/100 threads",
        "BookMyColiving conversations: 99/100 threads",
    ]


def test_nothing_is_printed_before_anything_arrives():
    stream, now = io.StringIO(), [0.0]
    printer, shown = _printer(stream, now)
    shown[Channel.BMC] = FeedProgress(Channel.BMC, "properties", "properties")
    printer.on_changes({"status": {"bmc"}})
    printer.finish()
    assert stream.getvalue() == ""


async def test_a_complete_pass_fetches_every_detail_at_the_minute_pace_and_says_how_long(tmp_path: Path):
    clock = FakeClock()
    coliving = FakeColiving()
    for n in range(1, 151):
        coliving.bookings[n] = booking(n, f"2026-04-01 10:{n // 60:02d}:{n % 60:02d}")
    secrets = SecretStore(session_only=True, environ={})
    secrets.set("coliving", "api_key", "col_key")
    store = open_store(tmp_path / "cache.sqlite3")
    service = Service(
        store, secrets, {Channel.COLIVING: AccountSettings(Channel.COLIVING, "http://col.test/v1")}, clock=clock,
        transport=httpx.MockTransport(coliving.handle), coliving_requests_per_minute=60,
    )
    lines: list[str] = []

    def on_change(changes: ChangeSet) -> None:
        progress = service.status(Channel.COLIVING).progress
        if changes.get_ids("status") and progress:
            lines.append(progress)

    service.changes.subscribe(on_change)
    details = "/v1/integrations/mangobeds/bookings/"
    try:
        # A background cycle takes its share (10 details) and leaves the minute's headroom alone.
        report = await service.sync_once()
        assert sum(1 for r in coliving.requests if r.url.path.startswith(details)) == 10
        assert report.backlog["coliving"]["details"] == 140

        started = clock.now()
        report = await service.sync_once(complete=True)
        assert report.ok and report.backlog["coliving"] == {"details": 0, "conversations": 0}
        assert sum(1 for r in coliving.requests if r.url.path.startswith(details)) == 150
        assert store.bookings_missing_detail(1) == []
        # 140 details and 150 conversations at 60 a minute, after the minute the first cycle began.
        assert clock.now() - started >= timedelta(minutes=4)
    finally:
        await service.aclose()
        store.close()
    assert "Coliving.com booking details: 0/140 bookings, about 3 min left at 60 requests a minute" in lines
    assert any(line.startswith("Coliving.com booking messages: ") and "min left at 60" in line for line in lines)
    assert service.status(Channel.COLIVING).progress == ""
