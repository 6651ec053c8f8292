"""Leads, Bookings, Welcome and the small models: each list model passes qtmodeltester."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from colivingdesk.domain import Booking, Channel
from colivingdesk.store import SearchHit
from colivingdesk.sync import Service
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
