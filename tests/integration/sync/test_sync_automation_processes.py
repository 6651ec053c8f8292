"""Automations in two real ``colivingdesk sync --watch`` processes on one profile, against the sandbox: every
message a rule owes reaches the guest exactly once, also when one of the processes is killed with SIGKILL at a
random moment and the other carries on.

The processes run on the computer's real clock (a fake clock cannot reach them), so the rules are set up to
owe their messages as soon as the bookings are seen: a welcome when a booking is confirmed, and check-in
details one day before a check-in that is tomorrow, by a rule that has been on since yesterday. What the walk
over sixty days with a fake clock proves about *when* messages go (``tests/unit/sync/test_automations_walk``)
is not repeated here; this proves that two separate processes, and a process dying in the middle, neither
duplicate nor lose one.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sync_helpers import UNMETERED_PACE

from colivingdesk.domain import Channel
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.store import SavedReply, open_store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations

WELCOME = "Welcome! Your stay starts on {checkin}."
DETAILS = "Check-in details for {checkin}: the door code is 4411."
#: Longer than any stay of the demo, so only the test's own bookings match the rules.
LONG_STAY = 400
BOOKINGS = 6
DEADLINE = 120.0


class Watcher:
    """One ``sync --watch --json`` process; counts the cycles it reports (one JSON line per finished cycle)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "colivingdesk.cli", "sync", "--watch", "--interval", "0.5", "--json"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.cycles = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if json.loads(line).get("state") == "up_to_date":
                self.cycles += 1

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> str:
        """End it as a service manager would (SIGTERM); its stderr, for a failure message."""
        if self.alive():
            self.proc.terminate()
        self.proc.wait(timeout=60)
        self._reader.join(timeout=10)
        assert self.proc.stderr is not None
        return self.proc.stderr.read()


def _until(condition: Callable[[], bool], watchers: list[Watcher], what: str) -> None:
    """Poll ``condition`` until it holds; fail at the deadline or if a process that should run died."""
    deadline = time.monotonic() + DEADLINE
    while not condition():
        for watcher in watchers:
            assert watcher.alive(), watcher.stop()
        assert time.monotonic() < deadline, f"{what}: not within {DEADLINE:.0f} s"
        time.sleep(0.05)


@pytest.fixture
def environ(server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path) -> dict[str, str]:
    """The processes' environment: the profile and the sandbox's Coliving.com account, nothing from the shell."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("COLIVINGDESK_")}
    env.update({
        "COLIVINGDESK_PROFILE": str(profile_dir),
        "COLIVINGDESK_COLIVING_BASE_URL": server.coliving_base_url,
        "COLIVINGDESK_COLIVING_API_KEY": sandbox_config.coliving_key,
        "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE": UNMETERED_PACE,
    })
    return env


@pytest.fixture
def rules(server: SandboxServer, profile_dir: Path) -> int:
    """The house in UTC and two rules on since yesterday; returns the welcome rule's id."""
    assert all((b.checkout - b.checkin).days < LONG_STAY for b in server.state.bookings.values())
    since = datetime.now(UTC) - timedelta(days=1)
    with open_store(profile_dir / "cache.sqlite3") as store:
        automations.save_settings(store, Channel.COLIVING, {"time_zone": "UTC"})
        welcome = store.save_saved_reply(SavedReply("Welcome", WELCOME))
        details = store.save_saved_reply(SavedReply("Check-in details", DETAILS))
        assert welcome.id is not None and details.id is not None
        long_stays = {"min_nights": LONG_STAY}
        rule = automations.save_rule(store, AutomationRule(
            "Welcome", "booking_confirmed", welcome.id, timing={"minutes": 0}, filters=long_stays), since)
        automations.save_rule(store, AutomationRule(
            "Check-in details", "before_checkin", details.id, timing={"days": 1, "at": "00:00"},
            filters=long_stays), since)
    assert rule.id is not None
    return rule.id


@pytest.fixture
def watchers(environ: dict[str, str]) -> Iterator[list[Watcher]]:
    started: list[Watcher] = []
    yield started
    for watcher in started:
        watcher.stop()


def _baselined(profile: Path, rule_id: int) -> bool:
    """Whether a process has run the welcome rule once (bookings confirmed before that are not welcomed)."""
    with open_store(profile / "cache.sqlite3", read_only=True) as store:
        rule = store.automations.get_rule(rule_id)
        return rule is not None and rule.baselined


def _book(server: SandboxServer, checkin: date) -> int:
    """A guest books a long stay from ``checkin``, and the host confirms it."""
    booking = server.sandbox.admin.add_booking()
    server.sandbox.admin.change_booking(
        booking.booking_id, checkin=checkin, checkout=checkin + timedelta(days=LONG_STAY + 10)
    )
    server.sandbox.admin.change_booking(booking.booking_id, status="confirmed")
    return booking.booking_id


def _owed(checkin: date) -> list[str]:
    day = f"{checkin.day} {checkin.strftime('%b %Y')}"
    return sorted([WELCOME.format(checkin=day), DETAILS.format(checkin=day)])


def _received(server: SandboxServer, booking_id: int) -> list[str]:
    booking = server.state.bookings[booking_id]
    return sorted(m.text for m in server.state.booking_messages(booking)
                  if m.text.startswith(("Welcome!", "Check-in details for")))


def _delivered(server: SandboxServer, bookings: list[int]) -> int:
    return sum(len(_received(server, b)) for b in bookings)


def _all_sent(profile: Path) -> bool:
    with open_store(profile / "cache.sqlite3", read_only=True) as store:
        return all(i.state.value == "sent" for i in store.list_outbox())


def _start(environ: dict[str, str], watchers: list[Watcher], profile: Path, rule_id: int) -> None:
    watchers.extend([Watcher(environ), Watcher(environ)])
    _until(lambda: _baselined(profile, rule_id), watchers, "the rules' first run")


def _settle(server: SandboxServer, watchers: list[Watcher], profile: Path, bookings: list[int],
            checkin: date) -> None:
    """Wait until every owed message arrived and the live processes ran two more cycles each, which would
    have sent any message a second time."""
    live = [w for w in watchers if w.alive()]
    _until(lambda: _delivered(server, bookings) >= 2 * len(bookings) and _all_sent(profile), live,
           "every owed message")
    marks = [w.cycles for w in live]
    _until(lambda: all(w.cycles >= m + 2 for w, m in zip(live, marks, strict=True)), live, "two more cycles")
    for booking_id in bookings:
        assert _received(server, booking_id) == _owed(checkin), booking_id


@pytest.mark.skipif(os.name != "posix", reason="processes and signals")
def test_two_sync_watch_processes_send_each_automated_message_once(
    server: SandboxServer, profile_dir: Path, environ: dict[str, str], rules: int, watchers: list[Watcher]
):
    _start(environ, watchers, profile_dir, rules)
    checkin = date.today() + timedelta(days=1)
    bookings = [_book(server, checkin) for _ in range(BOOKINGS)]
    _settle(server, watchers, profile_dir, bookings, checkin)
    assert all(w.alive() for w in watchers)
    with open_store(profile_dir / "cache.sqlite3", read_only=True) as store:
        upcoming, history = automations.listing(store, 100)
    assert upcoming == []
    assert sorted(h["state"] for h in history) == ["sent"] * (2 * BOOKINGS)


@pytest.mark.skipif(os.name != "posix", reason="processes and signals")
@pytest.mark.parametrize("seed", [19, 2026])
def test_one_of_two_processes_killed_at_a_random_moment_the_other_sends_the_rest_once(
    server: SandboxServer, profile_dir: Path, environ: dict[str, str], rules: int, watchers: list[Watcher],
    seed: int,
):
    rng = random.Random(seed)
    _start(environ, watchers, profile_dir, rules)
    checkin = date.today() + timedelta(days=1)
    bookings: list[int] = []
    victim = watchers[rng.randrange(2)]
    # Killed while bookings are still arriving, or once the guests have received a random number of the
    # messages (while the rest are being queued or sent).
    if rng.random() < 0.5:
        after_bookings, after_messages = rng.randrange(1, BOOKINGS + 1), None
    else:
        after_bookings, after_messages = None, rng.randrange(2 * BOOKINGS)
    for _ in range(BOOKINGS):
        bookings.append(_book(server, checkin))
        if len(bookings) == after_bookings:
            victim.kill()
    if after_messages is not None:
        _until(lambda: _delivered(server, bookings) >= after_messages, watchers, "the moment to kill")
        victim.kill()
    _settle(server, watchers, profile_dir, bookings, checkin)
