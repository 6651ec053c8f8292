"""The demo's register against the demo sandbox's bookings: a calendar that reads like a real house's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from colivingdesk.demo_register import import_demo_register
from colivingdesk.domain import Booking
from colivingdesk.sandbox import SandboxConfig
from colivingdesk.sandbox.seed import build_state
from colivingdesk.store import open_store
from colivingdesk.sync.calendar import DRIFT, OVERBOOKED, SOLD_OUT, room_calendar
from colivingdesk.ui.views.calendar_records import find_problems


def demo_calendars(tmp_path: Path) -> list:  # type: ignore[type-arg]
    today = datetime.now(UTC).date()  # the sandbox places its stays from today in UTC
    state = build_state(SandboxConfig())
    bookings = [
        Booking(id=str(b.booking_id), listing_id=str(b.listing_id), room_type_id=str(b.room_type_id),
                status=b.status, checkin=b.checkin.isoformat(), checkout=b.checkout.isoformat(), version="")
        for b in state.bookings.values()
    ]
    with open_store(tmp_path / "demo.sqlite3") as store:
        assert import_demo_register(store, today) == {"listings": 2, "room_types": 3}
        rooms = store.list_room_types()
        maple = store.get_listing("22228")
    assert maple is not None and maple.bmc_property_id == "prop_0004"
    assert maple.bmc_property_id in state.properties  # the linked property exists in the demo
    end = today + timedelta(days=547)
    return [room_calendar(r.listing_id, r.id, r.units, bookings, [], today, end, room_type_name=r.name)
            for r in rooms]


def test_the_demo_calendar_is_mostly_open_with_a_few_sold_out_days_and_one_problem(tmp_path: Path) -> None:
    calendars = demo_calendars(tmp_path)
    days = [d for c in calendars for d in c.days]
    open_days = [d for d in days if d.free and not d.problems]
    assert len(open_days) > 0.8 * len(days)  # mostly free or partly booked
    sold_out = [d for d in days if d.problems == (SOLD_OUT,)]
    assert 0 < len(sold_out) < 0.15 * len(days)  # a few sold-out spells
    fixable = [p for p in find_problems(calendars) if OVERBOOKED in p.problems or DRIFT in p.problems]
    assert len(fixable) == 1  # exactly one deliberate problem for the Problems list and its Fix
    assert fixable[0].calendar.room_type_name == "Queen Studio Room"


def test_the_demo_register_keeps_the_document_s_names_and_prices(tmp_path: Path) -> None:
    with open_store(tmp_path / "demo.sqlite3") as store:
        import_demo_register(store, date(2026, 3, 10))
        queen = store.get_room_type("66713")
        listing = store.get_listing("22228")
    assert listing is not None and listing.name == "Maple Grove Commons Coliving 3333" and listing.stay_min == 60
    assert queen is not None and (queen.name, queen.currency, str(queen.base_price)) == (
        "Queen Studio Room", "GBP", "1340")
    assert str(queen.monthly_prices["2027-01"]) == "1320"
