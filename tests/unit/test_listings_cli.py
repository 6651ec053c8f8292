"""``colivingdesk listings`` and ``calendar`` on a temporary profile, without a channel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colivingdesk.cli import main
from colivingdesk.domain import Booking
from colivingdesk.store import open_store
from colivingdesk.sync.rooms import remember_rooms

DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "coliving" / "register" / "demo_context_v1.json"


@pytest.fixture
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(folder))
    for name in ("COLIVINGDESK_COLIVING_API_KEY", "COLIVINGDESK_BMC_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture
def register() -> str:
    return str(DEMO)


def test_listings_show_the_register_a_link_and_ids_from_bookings(
    profile_dir: Path, register: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["listings", "import", register]) == 0
    assert "2 listings, 3 room types" in capsys.readouterr().err
    with open_store(profile_dir / "cache.sqlite3") as store:
        remember_rooms(store, [Booking("b1", "7777", "70001", "confirmed", "2026-04-01", "2026-05-01", "v1")])
    assert main(["listings", "link", "22228", "prop_0003"]) == 0
    assert main(["listings", "--json"]) == 0
    shown = {li["id"]: li for li in json.loads(capsys.readouterr().out)["listings"]}
    assert shown["22228"]["bmc_property_id"] == "prop_0003" and shown["22228"]["stay_min"] == 60
    assert [r["units"] for r in shown["22228"]["room_types"]] == [1, 1]
    learnt = shown["7777"]
    assert (learnt["display_name"], learnt["registered"], learnt["room_types"][0]["units"]) == (
        "unnamed, from bookings", False, None
    )
    assert main(["listings"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "7777  unnamed, from bookings  [70001 (unnamed) (units ?)]" in lines
    assert any(line.startswith("22228  Maple Grove Commons Coliving 3333  BookMyColiving prop_0003") for line in lines)

    assert main(["listings", "link", "22228", "--unlink"]) == 0
    assert main(["listings", "link", "404", "prop_0001"]) == 2
    assert "404 is not known" in capsys.readouterr().err


def test_a_bad_register_file_names_the_field(profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"listings": [{"id": 1, "room_types": [{"id": 2, "name": "Room"}]}]}))
    assert main(["listings", "import", str(bad)]) == 2
    assert "listings.0.room_types.0.amount" in capsys.readouterr().err


def test_calendar_text_and_bad_dates(profile_dir: Path, register: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["listings", "import", register]) == 0
    assert main(["calendar", "--from", "2026-05-01", "--to", "2026-05-03", "--listing", "5325"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "5325 Demo listing / 38753 Full Bedroom (units 6)",
        "  2026-05-01..2026-05-03  booked 0  free 6  pushed -",
    ]
    assert main(["calendar", "--from", "2026-05-03", "--to", "2026-05-01", "--json"]) == 2
    assert "end_date" in capsys.readouterr().err
    assert main(["calendar", "--from", "May 1st", "--json"]) == 2
    # Bad input for a push is refused before any account is needed.
    assert main(["push", "availability", "5325", "38753", "2026-05-01", "2026-05-03", "lots"]) == 2
    assert "available" in capsys.readouterr().err
