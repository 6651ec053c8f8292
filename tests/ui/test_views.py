"""Leads, Bookings, Calendar, Welcome and the small models: each list model passes qtmodeltester."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt

from colivingdesk.domain import Booking, Channel
from colivingdesk.store import SearchHit
from colivingdesk.sync import Service
from colivingdesk.ui.models.month_model import MonthOccupancyModel
from colivingdesk.ui.models.search_model import SearchResultsModel
from colivingdesk.ui.models.sidebar_model import SidebarModel


def test_leads_and_bookings_models_pass_modeltester(main_window: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(main_window.leads.model)
    qtmodeltester.check(main_window.bookings.model)
    main_window.bookings.upcoming.setChecked(False)
    qtmodeltester.check(main_window.bookings.model)


def test_small_models_pass_modeltester(main_window: Any, qtmodeltester: Any) -> None:
    sidebar = SidebarModel()
    sidebar.set_badge("inbox", 3)
    qtmodeltester.check(sidebar)
    search = SearchResultsModel()
    search.set_hits([SearchHit("booking", "1", "Ana Silva", "\x02Ana\x03 arrives", Channel.COLIVING)])
    qtmodeltester.check(search)
    month = MonthOccupancyModel()
    month.set_month(2026, 5, [], {})
    qtmodeltester.check(month)
    qtmodeltester.check(main_window.calendar.month_model)


def test_bookings_upcoming_first_with_details_and_messages_link(main_window: Any, qtbot: Any) -> None:
    bookings = main_window.bookings
    main_window.show_view("bookings")
    model = bookings.model
    today = date.today().isoformat()
    checkins = [model.record(i).checkin for i in range(model.rowCount())]
    assert checkins == sorted(checkins)
    assert all(model.record(i).checkout > today for i in range(model.rowCount()))
    bookings.table.selectRow(0)
    first: Booking = model.record(0)
    assert (first.guest_name or first.id) in bookings.details_text()
    assert bookings.messages_button.isVisible()

    status = bookings.status_filter
    status.setCurrentIndex(status.findData("confirmed"))
    assert all(model.record(i).status == "confirmed" for i in range(model.rowCount()))

    with_thread = next(
        (model.record(i) for i in range(model.rowCount())
         if main_window.ctx.reader.get_thread(Channel.COLIVING, model.record(i).id) is not None),
        None,
    )
    if with_thread is not None:
        bookings.select_id(with_thread.id)
        qtbot.mouseClick(bookings.messages_button, Qt.MouseButton.LeftButton)
        assert main_window.current_view_key() == "inbox"
        assert main_window.inbox.current_key == f"coliving:{with_thread.id}"


def test_leads_filter_and_details(main_window: Any, qtbot: Any) -> None:
    leads = main_window.leads
    main_window.show_view("leads")
    qtbot.waitUntil(lambda: main_window.sidebar_model.badge("leads") == 0, timeout=5000)
    lead = leads.model.record(0)
    leads.search.setText(lead.guest_name)
    qtbot.waitUntil(lambda: leads.model.filter.text == lead.guest_name, timeout=3000)
    assert 1 <= leads.model.rowCount() < leads.model.rowCount() + 1
    assert leads.select_id(lead.id)
    assert lead.guest_name in leads.details_text()


def test_calendar_shows_occupancy_and_queues_a_rate_push(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    calendar = main_window.calendar
    main_window.show_view("calendar")
    aio.settle()
    reader = main_window.ctx.reader
    cached = {listing.id for listing in reader.list_listings()}
    assert cached, "sync recorded the demo's Coliving.com listings"
    assert {calendar.listing.itemData(i) for i in range(calendar.listing.count())} == cached
    room_ids = [calendar.room_type.itemData(i) for i in range(1, calendar.room_type.count())]
    assert room_ids == [rt.id for rt in calendar._room_types]
    assert {rt.id for rt in reader.list_room_types(calendar.listing.currentData())} == set(room_ids)
    calendar.room_type.setCurrentIndex(1)
    aio.settle()
    assert calendar.month_title.text()

    calendar.base_price.setText("-5")
    qtbot.mouseClick(calendar.push_rates_button, Qt.MouseButton.LeftButton)
    assert calendar.price_error.isVisible() and "at least 0" in calendar.price_error.text()

    calendar.base_price.setText("850")
    calendar.currency.setCurrentText("EUR")
    qtbot.mouseClick(calendar.push_rates_button, Qt.MouseButton.LeftButton)
    assert not calendar.price_error.isVisible()
    qtbot.waitUntil(lambda: calendar.rates_state.text().startswith("Queued"), timeout=5000)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: calendar.rates_state.text().startswith(("Sent", "Refused")), timeout=10_000)
    assert calendar.rates_state.text().startswith("Sent"), calendar.rates_state.text()
    # What the channel accepted is remembered on the room type and shown with the month.
    qtbot.waitUntil(lambda: "Rate sent: 850.00 EUR a month" in calendar.summary.text(), timeout=5000)


def test_calendar_shows_pushed_availability_in_the_grid(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    calendar = main_window.calendar
    main_window.show_view("calendar")
    aio.settle()
    calendar.room_type.setCurrentIndex(1)
    aio.settle()
    month = calendar.month_model
    first = date(month.year, month.month, 1)
    calendar.start_date.setDate(QDate(first.year, first.month, 10))
    calendar.end_date.setDate(QDate(first.year, first.month, 12))
    calendar.available.setValue(2)
    qtbot.mouseClick(calendar.push_availability_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.availability_state.text().startswith("Queued"), timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: calendar.availability_state.text().startswith("Sent"), timeout=10_000)

    def cell_text(day: int) -> str:
        grid_start = first - timedelta(days=first.weekday())
        offset = (date(first.year, first.month, day) - grid_start).days
        return str(month.index(offset // 7, offset % 7).data())

    qtbot.waitUntil(lambda: "2 open" in cell_text(10), timeout=5000)
    assert "2 open" in cell_text(12) and "open" not in cell_text(13)
    offset = (date(first.year, first.month, 10) - (first - timedelta(days=first.weekday()))).days
    tip = str(month.index(offset // 7, offset % 7).data(Qt.ItemDataRole.ToolTipRole))
    assert "2 open (as last sent to Coliving.com)" in tip


def test_welcome_screen_on_first_run_leads_to_settings(
    qtbot: Any, service: Service, make_window: Any
) -> None:
    window = make_window(service, show_welcome=True)
    assert window.current_view_key() == "welcome"
    launched: list[list[str]] = []
    window.welcome.launcher = lambda command: launched.append(list(command)) or True  # no second app
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert launched and launched[0][-1] == "--demo"
    assert "opening in a new window" in window.welcome.demo_hint.text()
    window.welcome.launcher = lambda command: False
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert "colivingdesk --demo" in window.welcome.demo_hint.text()
    qtbot.mouseClick(window.welcome.coliving_button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "settings"


def test_welcome_promises_a_keyring_only_where_there_is_one(test_keyring: Any) -> None:
    from keyring.backends import fail

    from colivingdesk.secrets import SecretStore
    from colivingdesk.ui.views.welcome_view import keyring_note

    assert "kept in your system keyring" in keyring_note(SecretStore(environ={}).status())
    without = SecretStore(backend=fail.Keyring(), environ={})
    assert "no secure keyring" in keyring_note(without.status())
    assert "keyring" not in keyring_note(without.status(), session_only=True)
    assert "this session only" in keyring_note(without.status(), session_only=True)
