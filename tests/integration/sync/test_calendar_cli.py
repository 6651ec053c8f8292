"""``listings``, ``calendar`` and ``push`` against the sandbox over HTTP, through ``colivingdesk.cli.main``."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import headless_environ

from colivingdesk.cli import main
from colivingdesk.domain import Channel
from colivingdesk.headless_calendar import calendar_json
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.sync import ChangeSet
from colivingdesk.sync.calendar import SOLD_OUT
from colivingdesk.sync.register import parse_register

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "coliving" / "register" / "demo_context_v1.json"
HOLDING = ("confirmed", "pending")


@pytest.fixture
def env(
    server: SandboxServer, sandbox_config: SandboxConfig, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headless_environ(monkeypatch, server, sandbox_config, profile_dir, bmc=False)


def register_file(tmp_path: Path, extra_listings: list[dict[str, Any]] = ()) -> str:  # type: ignore[assignment]
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data["listings"].extend(extra_listings)
    path = tmp_path / "register.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


def room_days(calendar: dict[str, Any], room_type_id: str) -> list[dict[str, Any]]:
    return next(
        rt["days"] for listing in calendar["listings"] for rt in listing["room_types"] if rt["id"] == room_type_id
    )


def server_free(server: SandboxServer, listing_id: int, room_type_id: int, days: list[date]) -> list[int]:
    """Free units by the sandbox's own records: the room type's ``amount`` minus its stays on each day."""
    room = server.state.listings[listing_id].room_types[room_type_id]
    stays = [b for b in server.state.bookings.values() if b.room_type_id == room_type_id and b.status in HOLDING]
    return [max(room.attributes["amount"] - sum(b.checkin <= d < b.checkout for b in stays), 0) for d in days]


def fewest_ranges(days: list[date], values: list[int]) -> list[dict[str, Any]]:
    ranges: list[dict[str, Any]] = []
    for day, value in zip(days, values, strict=True):
        if ranges and ranges[-1]["available"] == value:
            ranges[-1]["end_date"] = day.isoformat()
        else:
            ranges.append({"start_date": day.isoformat(), "end_date": day.isoformat(), "available": value})
    return ranges


def test_a_sixty_day_free_push_sends_exactly_the_coalesced_ranges(env, capsys, server: SandboxServer, tmp_path):
    assert run_json(capsys, "listings", "import", register_file(tmp_path), "--json")[:2] == (
        0, {"listings": 2, "room_types": 3}
    )
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()
    start = date.today()
    days = [start + timedelta(days=n) for n in range(60)]
    expected = fewest_ranges(days, server_free(server, 5325, 38753, days))
    assert len(expected) > 1, "the demo's stays should make the free units vary"

    code, shown, err = run_json(
        capsys, "push", "availability", "5325", "38753", days[0].isoformat(), days[-1].isoformat(), "free", "--json"
    )
    assert code == 0, err
    assert shown["ranges"] == expected and shown["item"]["state"] == "sent"
    received = server.state.listings[5325].room_types[38753].availability
    assert received == expected

    code, calendar, _ = run_json(capsys, "calendar", "--listing", "5325", "--json")
    assert code == 0 and calendar["from"] == start.isoformat()
    shown_days = room_days(calendar, "38753")
    assert [d["date"] for d in shown_days] == [d.isoformat() for d in days]
    assert all(d["units"] == 6 and d["pushed"] == d["free"] and d["push_state"] == "confirmed" for d in shown_days)
    assert not any("drift" in d["problems"] for d in shown_days)


def test_a_push_to_a_listing_the_key_does_not_own_fails_on_those_days(env, capsys, server: SandboxServer, tmp_path):
    other = {"id": 9100, "name": "Someone else's house", "room_types": [
        {"id": 91001, "name": "Twin", "amount": 2, "prices": {"currency": "EUR", "base_price": 700}}
    ]}
    assert main(["listings", "import", register_file(tmp_path, [other])]) == 0
    first, last = date.today() + timedelta(days=5), date.today() + timedelta(days=9)
    code, shown, err = run_json(
        capsys, "push", "availability", "9100", "91001", first.isoformat(), last.isoformat(), "2", "--json"
    )
    assert code == 1 and shown["item"]["state"] == "failed"
    assert "refused" in err and "9100" in err
    assert server.state.listings[9100].room_types[91001].availability == []

    after = (last + timedelta(days=1)).isoformat()
    code, calendar, _ = run_json(
        capsys, "calendar", "--listing", "9100", "--from", first.isoformat(), "--to", after, "--json"
    )
    days = room_days(calendar, "91001")
    assert [d["push_state"] for d in days] == ["failed"] * 5 + [None]
    assert all("9100" in d["reason"] and d["pushed"] == 2 for d in days[:5])
    assert not any(d["problems"] for d in days)  # a refused push changed nothing on the channel


def test_a_booking_made_after_a_push_shows_as_drift_after_the_next_sync(env, capsys, server: SandboxServer, tmp_path):
    assert main(["listings", "import", register_file(tmp_path)]) == 0
    assert main(["sync", "--once"]) == 0
    start = date.today()
    end = start + timedelta(days=59)
    for listing, room in (("5325", "38753"), ("22228", "66713"), ("22228", "66714")):
        assert main(["push", "availability", listing, room, start.isoformat(), end.isoformat(), "free"]) == 0
    capsys.readouterr()

    _, before, _ = run_json(capsys, "calendar", "--json")
    days = room_days(before, "38753")
    assert not any("drift" in d["problems"] for d in days)
    checkin = next(
        date.fromisoformat(a["date"]) for a, b in itertools.pairwise(days[1:]) if a["free"] and b["free"]
    )
    # A guest books two nights of the six-room type on days the push said were free (the check-out day stays
    # free), the way the channel's back office would.
    booking = server.sandbox.admin.add_booking()
    server.sandbox.admin.change_booking(
        booking.booking_id, listing_id=5325, room_type_id=38753, room_type_name="Full Bedroom", status="confirmed",
        checkin=checkin, checkout=checkin + timedelta(days=2),
    )
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()

    _, after, _ = run_json(capsys, "calendar", "--json")
    drifting = [d["date"] for d in room_days(after, "38753") if "drift" in d["problems"]]
    assert drifting == [checkin.isoformat(), (checkin + timedelta(days=1)).isoformat()]
    day = next(d for d in room_days(after, "38753") if d["date"] == checkin.isoformat())
    assert day["pushed"] == day["free"] + 1 and day["push_state"] == "confirmed"


async def test_the_window_reads_the_same_calendar_through_the_service(env, make_service, capsys):
    service, _store = make_service(channels=[Channel.COLIVING])
    seen: list[ChangeSet] = []
    service.changes.subscribe(seen.append)
    register = parse_register(json.loads(DEMO.read_text(encoding="utf-8")), date.today())
    assert await service.import_register(register) == {"listings": 2, "room_types": 3}
    assert seen[-1].get_ids("listings") == {"5325", "22228"}
    assert seen[-1].get_ids("rooms") == {"38753", "66713", "66714"}
    assert await service.link_listing("22228", "prop_0003") and seen[-1].get_ids("listings") == {"22228"}
    assert not await service.link_listing("404", "prop_0003")

    await service.sync_once()
    start = date.today()
    calendars = await service.read_calendar(start, start + timedelta(days=59))
    assert [(c.listing_id, c.room_type_id, c.units) for c in calendars] == [
        ("5325", "38753", 6), ("22228", "66714", 1), ("22228", "66713", 1)
    ]
    assert calendars[1].listing_name == "Maple Grove Commons Coliving 3333"
    shown = calendar_json(calendars, start, start + timedelta(days=59))
    assert main(["calendar", "--json"]) == 0  # the command reads the same profile the same way
    assert json.loads(capsys.readouterr().out) == shown
    assert any(SOLD_OUT in d.problems for c in calendars for d in c.days)  # the demo's one-room types are let


def test_a_rates_push_sends_the_registers_currency_and_the_months_given(env, capsys, server: SandboxServer, tmp_path):
    assert main(["listings", "import", register_file(tmp_path)]) == 0
    capsys.readouterr()
    code, shown, err = run_json(capsys, "push", "rates", "22228", "66713", "--month", "jan=1300", "--json")
    assert code == 0, err
    assert shown["fields"] == {"base_price": "1340", "currency": "GBP", "price_jan": "1300"}
    (update,) = server.state.rate_updates
    assert update.items == [{"listing_id": "22228", "room_type_id": "66713", "base_price": 1340, "currency": "GBP",
                             "price_jan": 1300}]

    # A real ISO 4217 code the channel does not take: refused by the channel, reason on stderr, exit 1.
    code, shown, err = run_json(capsys, "push", "rates", "22228", "66713", "--base", "1350", "--currency", "MNT",
                                "--json")
    assert code == 1 and shown["item"]["state"] == "failed" and "currency" in err
    # Bad input is refused before anything is queued.
    outbox_before = len(run_json(capsys, "outbox", "--json")[1]["items"])
    assert main(["push", "rates", "22228", "66713", "--base", "-5"]) == 2
    assert main(["push", "rates", "22228", "66713", "--clear-month", "jan"]) == 2
    assert "price_jan" in capsys.readouterr().err
    assert len(run_json(capsys, "outbox", "--json")[1]["items"]) == outbox_before == 2
    assert len(server.state.rate_updates) == 1
