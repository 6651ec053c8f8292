"""The calendar window: every room type on one timeline, reviewed availability pushes, problems and the rates grid."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from colivingdesk.accounts import AccountSettings
from colivingdesk.domain import Channel, OutboxState
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store
from colivingdesk.sync import Service
from colivingdesk.sync.calendar import CalendarDay
from colivingdesk.sync.calendar_data import bookings_between
from colivingdesk.ui.formatting import date_text
from colivingdesk.ui.models.timeline_model import CalendarDayRole, locale_date
from colivingdesk.ui.views.calendar_view import CalendarView

REGISTER = Path(__file__).parents[1] / "fixtures" / "coliving" / "register" / "demo_context_v1.json"


def open_calendar(window: Any, qtbot: Any, aio: Any) -> CalendarView:
    calendar: CalendarView = window.calendar
    window.show_view("calendar")
    qtbot.waitUntil(lambda: calendar.loaded, timeout=10_000)
    aio.settle()
    return calendar


def import_register(calendar: CalendarView, qtbot: Any, aio: Any, path: Path) -> None:
    """What choosing a file in "Import listings…" does."""
    calendar.import_register(str(path))
    qtbot.waitUntil(lambda: calendar.import_note.text().startswith(("Imported", "Not imported")), timeout=10_000)
    assert calendar.import_note.text().startswith("Imported"), calendar.import_note.text()
    aio.settle()


def row_titles(calendar: CalendarView) -> list[str]:
    model = calendar.model
    return [str(model.headerData(r, Qt.Orientation.Vertical)).strip() for r in range(model.rowCount())]


def cell(calendar: CalendarView, room_type_id: str, day: date) -> Any:
    return calendar.model.index(calendar.model.row_of(room_type_id), calendar.model.column_of(day))


def select(calendar: CalendarView, room_type_id: str, first: date, last: date) -> None:
    selection = QItemSelection(cell(calendar, room_type_id, first), cell(calendar, room_type_id, last))
    calendar.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def future_booking_day(store: Store, room_type_id: str) -> date:
    """The check-in day of a confirmed or pending stay of ``room_type_id`` that starts from tomorrow on."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    coming = bookings_between(store, date.today(), date.today() + timedelta(days=365))
    days = sorted(
        b.checkin[:10] for b in coming
        if b.room_type_id == room_type_id and b.status in ("confirmed", "pending") and b.checkin[:10] >= tomorrow
    )
    assert days, f"the demo has a coming stay in room type {room_type_id}"
    return date.fromisoformat(days[0])


@pytest.fixture
def calendar(main_window: Any, qtbot: Any, aio: Any) -> CalendarView:
    """The calendar over the synced sandbox with the demo's register imported (listings 5325 and 22228)."""
    view = open_calendar(main_window, qtbot, aio)
    import_register(view, qtbot, aio, REGISTER)
    return view


def test_every_room_type_grouped_by_listing_with_free_units(
    main_window: Any, qtbot: Any, aio: Any, qtmodeltester: Any
) -> None:
    view = open_calendar(main_window, qtbot, aio)
    # Before the register: the listings are known only from bookings and say so.
    assert any("unnamed, from bookings" in title for title in row_titles(view))
    qtmodeltester.check(view.model)

    import_register(view, qtbot, aio, REGISTER)
    titles = row_titles(view)
    for listing, rooms in (("Demo listing (5325)", ["Full Bedroom"]),
                           ("Maple Grove Commons Coliving 3333 (22228)", ["Full Comfort Room", "Queen Studio Room"])):
        at = titles.index(listing)
        assert sorted(titles[at + 1: at + 1 + len(rooms)]) == rooms
    # 18 months of days from today.
    assert view.model.day_at(0) == date.today()
    assert view.model.columnCount() >= 18 * 28
    # A day with nobody booked in the 6-unit room shows 6 free, as text.
    bedroom = view.model.row_of("38753")
    texts = [str(view.model.index(bedroom, c).data()) for c in range(view.model.columnCount())]
    assert all(t.split()[0].isdigit() for t in texts)
    assert "6" in {t.split()[0] for t in texts}
    qtmodeltester.check(view.model)


def test_sold_out_and_drift_days_are_marked_in_text_and_fixed_after_review(
    calendar: CalendarView, main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    room = "66713"  # one unit
    day = future_booking_day(main_window.ctx.reader, room)
    full = cell(calendar, room, day)
    assert str(full.data()).startswith(("0⊘", "0‼"))  # month zoom: one symbol per problem
    calendar.set_zoom("week")
    assert str(full.data()).startswith(("0 FULL", "0 OVER"))  # overbooked says sold out already
    tip = str(full.data(Qt.ItemDataRole.ToolTipRole))
    assert "0 free of 1" in tip and ("Sold out" in tip or "Overbooked" in tip)

    # Tell Coliving.com one unit is free that day: the channel now offers a room that is taken.
    select(calendar, room, day, day)
    calendar.panel.number.setText("1")
    calendar.panel.number.textEdited.emit("1")
    assert calendar.panel.review.rowCount() == 1
    qtbot.mouseClick(calendar.panel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Queued"), timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    # The pushed value and its confirmation may reach the calendar in two re-reads: the end state has both.
    qtbot.waitUntil(lambda: "DRIFT" in str(cell(calendar, room, day).data())
                    and "↑1 ✓" in str(cell(calendar, room, day).data()), timeout=10_000)
    assert "Coliving.com holds 1 available, 0 free" in str(cell(calendar, room, day).data(Qt.ItemDataRole.ToolTipRole))
    assert calendar.panel.state.text().startswith("Sent")

    problems = [calendar.problem_list.item(n).text() for n in range(calendar.problem_list.count())]
    drift_row = next(n for n, text in enumerate(problems) if "drift" in text and locale_date(day) in text)
    calendar.problem_list.setCurrentRow(drift_row)
    assert calendar.fix_button.isEnabled()
    qtbot.mouseClick(calendar.fix_button, Qt.MouseButton.LeftButton)
    review = calendar.panel.review
    assert review.rowCount() == 1
    assert [review.item(0, c).text() for c in range(2, 5)] == [date_text(day), date_text(day), "0"]
    assert day.isoformat() in review.item(0, 2).toolTip()  # the exact date sent, one hover away


def test_free_units_review_shows_coalesced_ranges_and_queues_exactly_those_rows(
    calendar: CalendarView, main_window: Any, qtbot: Any, aio: Any
) -> None:
    room = "66714"
    day = future_booking_day(main_window.ctx.reader, room)
    first, last = day - timedelta(days=3), day + timedelta(days=3)
    first = max(first, date.today())
    # Keyboard selection: a cell, then shift+right across the week.
    calendar.set_zoom("week")
    calendar.grid.setFocus()
    calendar.grid.scrollTo(cell(calendar, room, first))
    calendar.grid.setCurrentIndex(cell(calendar, room, first))
    for _ in range((last - first).days):
        qtbot.keyClick(calendar.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert "1 room type" in calendar.panel.selection.text()
    assert calendar.panel.review.rowCount() == 0 and not calendar.panel.confirm.isEnabled()  # nothing chosen yet

    qtbot.mouseClick(calendar.panel.free_choice, Qt.MouseButton.LeftButton)
    review = calendar.panel.review
    shown = [[review.item(r, c).text() for c in range(5)] for r in range(review.rowCount())]
    # Dates are shown the local way; the exact ISO dates sent are in each date cell's tooltip.
    for r, row in enumerate(shown):
        for c in (2, 3):
            sent = review.item(r, c).toolTip().rsplit("(", 1)[1].rstrip(")")
            assert row[c] == date_text(date.fromisoformat(sent))
            row[c] = sent
    # Consecutive days with the same free units are one range; together they cover the selection exactly.
    assert shown[0][2] == first.isoformat() and shown[-1][3] == last.isoformat()
    for before, after in itertools.pairwise(shown):
        assert date.fromisoformat(after[2]) == date.fromisoformat(before[3]) + timedelta(days=1)
        assert after[4] != before[4]
    assert all(row[0] == "Maple Grove Commons Coliving 3333" for row in shown)
    assert all(row[1] == "Full Comfort Room" for row in shown)
    assert "66714" in review.item(0, 1).toolTip()
    assert any(row[4] == "0" for row in shown)  # the booked day

    qtbot.mouseClick(calendar.panel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Queued"), timeout=5000)
    items = [i for i in main_window.ctx.reader.list_outbox() if i.kind == "availability"]
    assert len(items) == 1
    queued = [
        [str(r["listing_id"]), str(r["room_type_id"]), r["start_date"], r["end_date"], str(r["available"])]
        for r in items[0].payload["updates"]
    ]
    assert queued == [["22228", "66714", *row[2:]] for row in shown]
    # Pending until sent, on every day it covers.
    qtbot.waitUntil(lambda: "…" in str(cell(calendar, room, first).data()), timeout=10_000)


def test_a_refused_push_shows_failed_on_its_cells_with_the_reason(
    calendar: CalendarView, synced_service: Service, qtbot: Any, aio: Any, tmp_path: Path
) -> None:
    data = json.loads(REGISTER.read_text(encoding="utf-8"))
    data["listings"].append({
        "id": 99001, "name": "Someone else's house",
        "room_types": [{"id": 99002, "name": "Attic", "amount": 2, "prices": {"base_price": 500}}],
    })
    other = tmp_path / "register.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    import_register(calendar, qtbot, aio, other)
    assert "Someone else's house (99001)" in row_titles(calendar)

    first = date.today() + timedelta(days=5)
    last = first + timedelta(days=2)
    select(calendar, "99002", first, last)
    qtbot.mouseClick(calendar.panel.number_choice, Qt.MouseButton.LeftButton)
    calendar.panel.number.setText("2")
    calendar.panel.number.textEdited.emit("2")
    assert calendar.panel.review.rowCount() == 1
    qtbot.mouseClick(calendar.panel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Queued"), timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)

    qtbot.waitUntil(lambda: "✗" in str(cell(calendar, "99002", first).data()), timeout=10_000)
    for offset in range(3):
        day = first + timedelta(days=offset)
        assert "↑2✗" in str(cell(calendar, "99002", day).data())
        tip = str(cell(calendar, "99002", day).data(Qt.ItemDataRole.ToolTipRole))
        assert "failed" in tip and "Reason:" in tip and "99001" in tip
    assert "✗" not in str(cell(calendar, "99002", last + timedelta(days=1)).data())
    day_record: CalendarDay = cell(calendar, "99002", first).data(CalendarDayRole)
    assert day_record.push_state == "failed"
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Refused"), timeout=5000)


def test_rates_grid_refuses_a_negative_price_at_the_field_and_asks_before_zero(
    calendar: CalendarView, main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    calendar.tabs.setCurrentWidget(calendar.rates)
    rates = calendar.rates
    rates.room.setCurrentIndex(rates.room.findData("66713"))
    assert rates.base_price.text() == "1340" and rates.currency.text() == "GBP"
    assert "no way" in rates.findChild(type(rates.state), "clearNote").text()

    rates.base_price.setText("-5")
    assert rates.base_error.isVisible() and "negative" in rates.base_error.text()
    assert not rates.push_button.isEnabled()

    rates.base_price.setText("1350")
    assert not rates.base_error.isVisible() and rates.push_button.isEnabled()
    # Bulk: +10 % over January, the effective price follows.
    jan = rates.month_row("jan")
    rates.table.setRangeSelected(_rows(rates, jan, jan), True)
    rates.bulk_value.setText("10")
    qtbot.mouseClick(rates.raise_button, Qt.MouseButton.LeftButton)
    assert rates.table.item(jan, 1).text() == "1452.00"  # January's 1320 + 10 %
    assert rates.table.item(jan, 2).text().startswith("1452.00")

    # Emptying a stored override would be a removal the document does not define: refused, in words.
    feb = rates.table.item(rates.month_row("feb"), 1)
    feb.setText("")
    qtbot.mouseClick(rates.push_button, Qt.MouseButton.LeftButton)
    assert rates.month_error.isVisible() and "defines no way" in rates.month_error.text()
    feb.setText("1460")

    rates.table.item(rates.month_row("mar"), 1).setText("0")
    qtbot.mouseClick(rates.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rates.zero_question.isVisible(), timeout=5000)
    assert not [i for i in main_window.ctx.reader.list_outbox() if i.kind == "rates"]
    rates.zero_question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: rates.state.text().startswith("Queued"), timeout=5000)
    item = next(i for i in main_window.ctx.reader.list_outbox() if i.kind == "rates")
    row = item.payload["updates"][0]
    assert float(row["price_mar"]) == 0 and float(row["base_price"]) == 1350 and row["currency"] == "GBP"
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: "accepted, not yet applied" in rates.state.text(), timeout=10_000)
    assert main_window.ctx.reader.get_outbox_item(item.id).state is OutboxState.SENT  # type: ignore[union-attr]


def _rows(rates: Any, first: int, last: int) -> Any:
    from PySide6.QtWidgets import QTableWidgetSelectionRange

    return QTableWidgetSelectionRange(first, 0, last, 2)


def test_push_state_says_it_waits_for_the_key_without_one(
    qtbot: Any, aio: Any, store: Store, make_window: Any, accounts: dict[Channel, AccountSettings]
) -> None:
    secrets = SecretStore(session_only=True, environ={})  # no Coliving.com key
    service = Service(store, secrets, {Channel.COLIVING: accounts[Channel.COLIVING]}, poll_interval=3600.0)
    try:
        window = make_window(service)
        view = open_calendar(window, qtbot, aio)
        import_register(view, qtbot, aio, REGISTER)
        start = date.today() + timedelta(days=10)
        select(view, "38753", start, start + timedelta(days=4))
        view.panel.number.setText("3")
        view.panel.number.textEdited.emit("3")
        qtbot.mouseClick(view.panel.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.panel.state.text().startswith("Queued"), timeout=5000)
        assert "waiting for the Coliving.com key" in view.panel.state.text()
        assert "shortly" not in view.panel.state.text()
        qtbot.waitUntil(lambda: "…" in str(cell(view, "38753", start).data()), timeout=10_000)
    finally:
        QApplication.processEvents()
        aio.run(service.aclose(), timeout=10_000)


def test_double_clicking_a_booked_day_lists_its_bookings_and_opens_one(
    calendar: CalendarView, main_window: Any, qtbot: Any, aio: Any
) -> None:
    room = "38753"
    day = future_booking_day(main_window.ctx.reader, room)
    index = cell(calendar, room, day)
    assert index.data(CalendarDayRole).booked >= 1
    calendar.grid.scrollTo(index)
    where = calendar.grid.visualRect(index).center()
    qtbot.mouseClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click's press
    qtbot.mouseDClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: getattr(calendar, "bookings_menu", None) is not None, timeout=5000)
    actions = [a for a in calendar.bookings_menu.actions() if a.isEnabled()]
    # Each entry is a stay holding that day, its dates written the local way.
    holding = {
        f"{date_text(date.fromisoformat(b.checkin[:10]))} → {date_text(date.fromisoformat(b.checkout[:10]))}"
        for b in bookings_between(main_window.ctx.reader, day, day + timedelta(days=1))
        if b.room_type_id == room and b.checkin[:10] <= day.isoformat() < b.checkout[:10]
    }
    assert actions and all(a.text().split(" · ")[1] in holding for a in actions)
    actions[0].trigger()
    assert main_window.current_view_key() == "bookings"
    assert main_window.bookings.table.currentIndex().isValid()


def test_push_state_text_never_promises_a_send_that_cannot_happen() -> None:
    from colivingdesk.ui.views.calendar_push import queued_text

    assert queued_text("offline").startswith("Queued: Coliving.com is offline")
    for state in ("not_configured", "key_rejected"):
        assert queued_text(state).startswith("Queued: waiting for the Coliving.com key")
    assert "rate limit" in queued_text("rate_limited")
    assert all("shortly" not in queued_text(s) for s in ("offline", "not_configured", "key_rejected", "up_to_date"))
