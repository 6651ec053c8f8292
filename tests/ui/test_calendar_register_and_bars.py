"""The calendar as staff use it day to day: the register edited in the window, houses, booking bars that open the
booking, the week from the locale's first day, and a monthly override that cannot be removed."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, QPoint, Qt
from PySide6.QtWidgets import QTableWidgetSelectionRange

from colivingdesk.domain import Booking, Channel
from colivingdesk.headless_calendar import calendar_json
from colivingdesk.ui.models.timeline_model import BarsRole
from colivingdesk.ui.views.calendar_bars import LANE_HEIGHT, TEXT_HEIGHT
from colivingdesk.ui.views.calendar_view import CalendarView
from colivingdesk.ui.views.register_dialog import R_CURRENCY, R_UNITS, RegisterDialog
from ui.test_calendar_window import calendar, cell, future_booking_day, row_titles  # noqa: F401


def open_editor(calendar: CalendarView, qtbot: Any) -> RegisterDialog:  # noqa: F811
    qtbot.mouseClick(calendar.edit_button, Qt.MouseButton.LeftButton)
    dialog = calendar.register_editor
    qtbot.waitUntil(lambda: dialog.rooms.rowCount() == 3, timeout=5000)
    return dialog


def save(dialog: RegisterDialog, qtbot: Any) -> None:
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_register_editor_says_what_is_wrong_at_the_field_and_the_calendar_follows_a_save(
    calendar: CalendarView, qtbot: Any  # noqa: F811
) -> None:
    dialog = open_editor(calendar, qtbot)
    row = dialog.row_of_room("66713")
    units = dialog.rooms.item(row, R_UNITS)
    assert units.text() == "1"  # as imported from the document's demo context

    units.setText("-1")
    assert dialog.room_error.isVisible() and "negative" in dialog.room_error.text()
    assert "negative" in units.toolTip() and not dialog.save_button.isEnabled()
    units.setText("two")
    assert "not a whole number" in dialog.room_error.text()
    currency = dialog.rooms.item(row, R_CURRENCY)
    currency.setText("GBX")
    assert "GBX is not an ISO 4217 currency code" in dialog.room_error.text()

    units.setText("3")
    currency.setText("GBP")
    assert not dialog.room_error.isVisible() and units.toolTip() == "" and dialog.save_button.isEnabled()
    save(dialog, qtbot)
    day = date.today() + timedelta(days=400)  # far enough that few stays reach it
    qtbot.waitUntil(lambda: " of 3 " in str(cell(calendar, "66713", day).data(Qt.ItemDataRole.ToolTipRole)),
                    timeout=10_000)


def test_a_listing_linked_in_the_window_makes_one_house_for_the_calendar_and_the_bookings(
    calendar: CalendarView, main_window: Any, qtbot: Any, aio: Any  # noqa: F811
) -> None:
    dialog = open_editor(calendar, qtbot)
    choice = dialog.property_choice(dialog.row_of_listing("22228"))
    assert choice.currentData() is None  # not linked yet
    choice.setCurrentIndex(choice.findData("prop_0004"))
    save(dialog, qtbot)

    house = calendar.house
    qtbot.waitUntil(lambda: house.findData("bmc:prop_0004") > 0, timeout=10_000)
    linked = house.findData("bmc:prop_0004")
    assert house.itemText(linked) == "Sunny Shoreditch House = Maple Grove Commons Coliving 3333"
    house.setCurrentIndex(linked)
    house.activated.emit(house.currentIndex())
    assert row_titles(calendar) == [
        "Maple Grove Commons Coliving 3333 (22228)", "Full Comfort Room", "Queen Studio Room"
    ]

    bookings = main_window.bookings
    main_window.show_view("bookings")
    qtbot.waitUntil(lambda: bookings.house_filter.findData("bmc:prop_0004") > 0, timeout=10_000)
    bookings.upcoming.setChecked(False)
    bookings.house_filter.setCurrentIndex(bookings.house_filter.findData("bmc:prop_0004"))
    aio.settle()
    shown = [bookings.model.record(r) for r in range(bookings.model.rowCount())]
    assert shown and {b.listing_id for b in shown} == {"22228"}  # the property's house: its linked listing


def bar_point(calendar: CalendarView, index: Any, lane: int) -> QPoint:  # noqa: F811
    rect = calendar.grid.visualRect(index)
    return QPoint(rect.center().x(), rect.top() + TEXT_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT // 2)


def test_a_booking_bar_names_the_guest_and_opens_the_booking_by_click_or_enter(
    calendar: CalendarView, main_window: Any, qtbot: Any, aio: Any  # noqa: F811
) -> None:
    room = "38753"
    day = future_booking_day(main_window.ctx.reader, room)
    index = cell(calendar, room, day)
    bars: list[tuple[int, Booking]] = index.data(BarsRole)
    assert bars and all(b.checkin[:10] <= day.isoformat() < b.checkout[:10] for _lane, b in bars)
    lane, booking = bars[0]
    # Not only colour: the day's text names the stay and its status.
    text = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    assert booking.guest_name and booking.guest_name in text and booking.status in text
    assert calendar.grid.rowHeight(index.row()) >= TEXT_HEIGHT + (lane + 1) * LANE_HEIGHT  # room for the lanes

    calendar.grid.scrollTo(index)
    # Dragging along the bar to another day selects days (for a push); it does not open the booking.
    following = calendar.model.index(index.row(), index.column() + 1)
    if next((b for n, b in following.data(BarsRole) or [] if n == lane), None) is booking:
        viewport = calendar.grid.viewport()
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=bar_point(calendar, index, lane))
        qtbot.mouseMove(viewport, pos=bar_point(calendar, following, lane))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bar_point(calendar, following, lane))
        assert main_window.current_view_key() == "calendar"
    qtbot.mouseClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(calendar, index, lane))
    assert main_window.current_view_key() == "bookings"
    qtbot.waitUntil(lambda: main_window.bookings.table.currentIndex().isValid(), timeout=5000)
    assert main_window.bookings.current_record().id == booking.id

    # Keyboard: Enter on a day crossed by exactly one bar opens that booking.
    main_window.show_view("calendar")
    single = next(
        (cell(calendar, r, d.day) for c in calendar.model.calendars() for d in c.days
         for r in [c.room_type_id] if len(cell(calendar, r, d.day).data(BarsRole) or []) == 1),
        None,
    )
    assert single is not None, "the demo has a day with one stay"
    only = single.data(BarsRole)[0][1]
    calendar.grid.setCurrentIndex(single)
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Return)
    assert main_window.current_view_key() == "bookings"
    qtbot.waitUntil(lambda: main_window.bookings.current_record() is not None
                    and main_window.bookings.current_record().id == only.id, timeout=5000)


@pytest.mark.parametrize(("language", "country", "first_weekday"), [
    (QLocale.Language.English, QLocale.Country.UnitedStates, 6),  # Sunday
    (QLocale.Language.German, QLocale.Country.Germany, 0),  # Monday
])
def test_the_week_zoom_starts_weeks_on_the_locale_s_first_day(
    calendar: CalendarView, main_window: Any, qtbot: Any, language: Any, country: Any,  # noqa: F811
    first_weekday: int,
) -> None:
    main_window.resize(1300, 800)
    qtbot.waitUntil(lambda: calendar.grid.viewport().width() > 400, timeout=5000)
    before = QLocale()
    QLocale.setDefault(QLocale(language, country))
    try:
        calendar.set_zoom("week")
        calendar.scroll_to(date.today() + timedelta(days=24))
        first = calendar.model.day_at(calendar.grid.columnAt(0))
        assert first is not None and first.weekday() == first_weekday
        assert date.today() + timedelta(days=18) <= first <= date.today() + timedelta(days=24)
        tip = str(calendar.model.headerData(calendar.grid.columnAt(0), Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.ToolTipRole))
        assert "first day of the week" in tip
    finally:
        QLocale.setDefault(before)


def test_an_emptied_monthly_override_is_refused_on_its_row_and_set_to_base_offered(
    calendar: CalendarView, qtbot: Any  # noqa: F811
) -> None:
    calendar.tabs.setCurrentWidget(calendar.rates)
    rates = calendar.rates
    rates.room.setCurrentIndex(rates.room.findData("66713"))
    feb = rates.month_row("feb")
    rates.table.item(feb, 1).setText("")
    assert "cannot be removed" in rates.month_error.text() and not rates.push_button.isEnabled()
    assert "cannot be removed" in rates.table.item(feb, 2).text()  # on the month's own row

    rates.table.setRangeSelected(QTableWidgetSelectionRange(feb, 0, feb, 2), True)
    qtbot.mouseClick(rates.base_button, Qt.MouseButton.LeftButton)
    assert rates.table.item(feb, 1).text() == "1340"  # the base price, the nearest to "no override"
    assert not rates.month_error.isVisible() and rates.push_button.isEnabled()


def test_a_booking_added_on_the_server_after_a_push_shows_as_drift_after_the_next_sync(
    calendar: CalendarView, main_window: Any, synced_service: Any, sandbox: Any, qtbot: Any, aio: Any,  # noqa: F811
) -> None:
    room = "38753"  # six units
    start = date.today() + timedelta(days=1)
    end = start + timedelta(days=59)
    calendar.grid.selectionModel().select(QItemSelection(cell(calendar, room, start), cell(calendar, room, end)),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    calendar.panel.free_choice.setChecked(True)
    assert calendar.panel.review.rowCount() >= 1
    qtbot.mouseClick(calendar.panel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Queued"), timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Sent"), timeout=10_000)

    days = [d for c in calendar.model.calendars() if c.room_type_id == room for d in c.days
            if start <= d.day <= end]
    assert not any("drift" in d.problems for d in days)
    checkin = next(a.day for a, b in itertools.pairwise(days) if a.free and b.free)
    # A guest books two nights on days the push said were free, as the channel's back office would.
    admin = sandbox.sandbox.admin
    booking = admin.add_booking()
    admin.change_booking(booking.booking_id, listing_id=5325, room_type_id=38753, room_type_name="Full Bedroom",
                         status="confirmed", checkin=checkin, checkout=checkin + timedelta(days=2))
    aio.run(synced_service.sync_once(), timeout=30_000)

    drift_days = [checkin, checkin + timedelta(days=1)]
    def drifts(day: date) -> bool:
        return "≠" in str(cell(calendar, room, day).data())  # the month zoom's drift symbol

    qtbot.waitUntil(lambda: all(drifts(d) for d in drift_days), timeout=10_000)
    assert not drifts(checkin + timedelta(days=2))  # the check-out day is free again
    problems = [calendar.problem_list.item(n).text() for n in range(calendar.problem_list.count())]
    assert any("drift" in text and "Full Bedroom" in text for text in problems)
    # The same days drift in ``calendar --json`` (it reads the same profile the same way).
    calendars = aio.run(synced_service.read_calendar(start, end), timeout=10_000)
    shown = calendar_json(calendars, start, end)
    drifting = [d["date"] for listing in shown["listings"] for rt in listing["room_types"] if rt["id"] == room
                for d in rt["days"] if "drift" in d["problems"]]
    assert drifting == [d.isoformat() for d in drift_days]


def test_the_inbox_place_filter_shows_a_linked_house_s_conversations_from_both_channels(
    main_window: Any, synced_service: Any, qtbot: Any, aio: Any
) -> None:
    from colivingdesk.store import ThreadFilter

    reader, inbox = main_window.ctx.reader, main_window.inbox
    coliving = reader.page_threads(ThreadFilter(channel=Channel.COLIVING), None, 1)[0]
    bmc = reader.page_threads(ThreadFilter(channel=Channel.BMC), None, 1)[0]
    booking = reader.get_booking(coliving.external_id)
    assert booking is not None and bmc.property_id
    assert aio.run(synced_service.link_listing(booking.listing_id, bmc.property_id), timeout=5000)
    main_window.show_view("inbox")
    places = inbox.filters.place_filter
    for place in (f"bmc:{bmc.property_id}", f"coliving:{booking.listing_id}"):  # either side: the whole house
        places.setCurrentIndex(places.findData(place))
        qtbot.waitUntil(lambda: inbox.threads.filter == inbox.filters.current(), timeout=15_000)
        aio.settle()
        listed = {inbox.threads.record(i).key for i in range(inbox.threads.rowCount())}
        assert {coliving.key, bmc.key} <= listed, place
