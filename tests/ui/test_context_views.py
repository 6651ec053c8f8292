"""Context around the inbox: CSV export of the filtered leads and bookings, a lead's conversation, Ctrl+K
booking lines, and notifications inside the window when there is no system tray."""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from colivingdesk.domain import Booking, Channel, Lead, Money
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import BookingFilter, LeadFilter, PropertyFilter
from colivingdesk.sync import Service
from colivingdesk.ui import formatting
from colivingdesk.ui.models.store_list_model import IdRole


def _export(view: Any, qtbot: Any, path: Path) -> list[dict[str, str]]:
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.export_dialog
    assert dialog is not None and dialog.isVisible(), "the file dialog is open without blocking"
    dialog.fileSelected.emit(str(path))
    dialog.reject()
    qtbot.waitUntil(path.exists, timeout=5000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=5000)
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_leads_export_writes_exactly_the_filtered_rows(main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    leads, reader = main_window.leads, main_window.ctx.reader
    by_property = [
        (p.id, reader.count_leads(LeadFilter(property_id=p.id))) for p in reader.page_properties(PropertyFilter())
    ]
    property_id = next(pid for pid, n in by_property if 0 < n < reader.count_leads())
    leads.property_filter.setCurrentIndex(leads.property_filter.findData(property_id))
    qtbot.waitUntil(lambda: leads.model.filter.property_id == property_id, timeout=3000)

    rows = _export(leads, qtbot, tmp_path / "leads.csv")
    expected = reader.page_leads(LeadFilter(property_id=property_id), None, 10_000)
    assert [r["id"] for r in rows] == [lead.id for lead in expected]
    assert {r["property_id"] for r in rows} == {property_id}
    assert list(rows[0]) == [f.name for f in dataclasses.fields(Lead)], "the columns of `export leads`"


def test_bookings_export_writes_exactly_the_filtered_rows(main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    bookings, reader = main_window.bookings, main_window.ctx.reader
    bookings.status_filter.setCurrentIndex(bookings.status_filter.findData("confirmed"))
    qtbot.waitUntil(lambda: bookings.model.filter.status == "confirmed", timeout=3000)
    shown = bookings.model.filter
    assert shown.checkout_after is not None, "upcoming only is on by default"

    rows = _export(bookings, qtbot, tmp_path / "bookings.csv")
    expected = reader.page_bookings(shown, None, 10_000)
    assert 0 < len(expected) < reader.count_bookings(BookingFilter())
    assert [r["id"] for r in rows] == [b.id for b in expected]
    assert {r["status"] for r in rows} == {"confirmed"}
    assert list(rows[0]) == [f.name for f in dataclasses.fields(Booking)]


def _lead_with_thread(window: Any) -> tuple[Lead, Any]:
    reader = window.ctx.reader
    for lead in reader.page_leads(LeadFilter(), None, 10_000):
        thread = reader.thread_for_lead(lead)
        if thread is not None:
            return lead, thread
    raise AssertionError("the demo data has a lead whose guest wrote a message")


def test_lead_detail_opens_its_conversation(main_window: Any, qtbot: Any) -> None:
    lead, thread = _lead_with_thread(main_window)
    main_window.show_view("leads")
    leads = main_window.leads
    leads.search.setText(lead.guest_name)
    leads.apply_filter()
    assert leads.select_id(lead.id)
    assert leads.conversation_button.isVisibleTo(leads) and leads.conversation_button.isEnabled()
    qtbot.mouseClick(leads.conversation_button, Qt.MouseButton.LeftButton)
    inbox = main_window.inbox
    qtbot.waitUntil(lambda: inbox.current_key == thread.key, timeout=5000)
    assert main_window.current_view_key() == "inbox"
    assert inbox.thread_list.currentIndex().data(IdRole) == thread.key, "selected in the list"

    main_window.show_view("leads")
    qtbot.mouseClick(leads.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.current_view_key() == "inbox", timeout=5000)
    assert inbox.current_key == thread.key


def test_lead_without_a_conversation_disables_the_buttons(main_window: Any, store: Any, qtbot: Any) -> None:
    store.upsert_leads([Lead("lead_alone", None, "Nobody Wrote Yet")])
    leads = main_window.leads
    leads.search.setText("Nobody Wrote Yet")
    leads.apply_filter()
    qtbot.waitUntil(lambda: leads.select_id("lead_alone"), timeout=5000)
    assert not leads.conversation_button.isEnabled() and not leads.reply_button.isEnabled()


def test_quick_search_booking_results_show_dates_and_listing(main_window: Any, store: Any, qtbot: Any) -> None:
    reader = main_window.ctx.reader
    booking = reader.page_bookings(BookingFilter(), None, 1)[0]
    store.upsert_bookings([dataclasses.replace(booking, guest_name="Zephyrine Quartermaine", has_detail=True,
                                               room_type_name="Loft Room")])
    popup = main_window.search_popup
    popup.popup()
    popup.input.setText("Zephyrine")
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=5000)
    texts = [popup.model.index(r, 0).data() for r in range(popup.model.rowCount())]
    label = f"Booking {booking.reference or booking.id}"
    line = next(t for t in texts if t.startswith(f"{label} · Zephyrine Quartermaine"))
    listing = reader.get_listing(booking.listing_id)
    place = listing.name if listing is not None and listing.name else f"Listing {booking.listing_id}"
    assert f"{formatting.day(booking.checkin)} → {formatting.day(booking.checkout)} · {place} · Loft Room" in line
    popup.hide()


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_without_a_tray_a_new_guest_message_shows_a_toast_and_a_list_entry(
    no_tray: None, synced_service: Service, make_window: Any, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    window = make_window(synced_service)
    assert window.tray is None and window.in_window is not None
    bell = window.in_window
    assert bell.isVisibleTo(window), "reachable from the status bar"
    sandbox.sandbox.admin.tenant_message("Is parking included?")
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: bell.model.rowCount() > 0, timeout=5000)

    item = bell.model.items()[0]
    assert item.target is not None
    thread = window.ctx.reader.get_thread(Channel(item.target.partition(":")[0]), item.target.partition(":")[2])
    assert thread is not None
    # Named as the inbox lists the conversation.
    assert item.title == f"New message from {window.inbox.participant_of(thread)}"
    assert bell.toast.isVisible() and bell.toast.title.text() == item.title
    assert bell.toast.timer.isActive(), "the toast goes away by itself"
    assert bell.unseen() == 1 and "1" in bell.text()
    assert item.target is not None and item.target.startswith("bmc:")

    bell.open_panel()
    assert bell.panel.isVisible() and bell.unseen() == 0
    bell.panel.list.clicked.emit(bell.model.index(0, 0))
    qtbot.waitUntil(lambda: window.inbox.current_key == item.target, timeout=5000)
    assert not bell.panel.isVisible()


def test_a_toast_covers_no_control_of_the_inbox_while_the_user_writes(
    no_tray: None, synced_service: Service, make_window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import QPoint, QRect

    window = make_window(synced_service)
    window.resize(1100, 700)
    inbox = window.inbox
    window.show_view("inbox")
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 0, timeout=5000)
    inbox.thread_list.setCurrentIndex(inbox.threads.index(0, 0))
    qtbot.waitUntil(lambda: inbox.current_key is not None, timeout=5000)
    inbox.replies.failed_bar.show()  # Retry and Discard too, as a refused reply shows them
    bell = window.in_window
    assert bell is not None
    bell.add("New message from Ana", "Is parking included? We arrive on Friday evening with two bikes.")
    toast = bell.toast
    assert toast.isVisible()

    def area(widget: Any) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    controls = {
        "Send": inbox.composer.send_button, "Saved replies": inbox.composer.saved_replies,
        "reply text": inbox.composer.editor, "Retry": inbox.replies.retry_button,
        "Discard": inbox.replies.discard_button, "Done": inbox.archive_button,
    }
    covered = [name for name, widget in controls.items() if area(widget).intersects(area(toast))]
    assert covered == []
    assert window.rect().contains(area(toast)), "still inside the window, where it is seen"


def test_without_a_tray_a_failed_reply_is_listed_once(
    no_tray: None, synced_service: Service, make_window: Any, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    window = make_window(synced_service)
    bell = window.in_window
    inbox = window.inbox
    key = next(
        inbox.threads.record(r).key for r in range(inbox.threads.rowCount())
        if inbox.threads.record(r).channel is Channel.COLIVING
    )
    assert inbox.open_thread(key)
    sandbox.sandbox.admin.configure({"faults": "error:count=1,status=403,method=POST,path=/coliving/"})
    inbox.composer.editor.setPlainText("We can hold the room until Friday.")
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: any(i.title == "Reply not sent" for i in bell.model.items()), timeout=10_000)
    failed = [i for i in bell.model.items() if i.title == "Reply not sent"]
    assert len(failed) == 1 and failed[0].target == key
    aio.run(synced_service.sync_once(), timeout=20_000)
    assert len([i for i in bell.model.items() if i.title == "Reply not sent"]) == 1


def test_booking_detail_shows_the_guests_and_the_local_total(
    main_window: Any, store: Any, qtbot: Any, use_locale: Any
) -> None:
    use_locale("en_GB")
    reader = main_window.ctx.reader
    booking = reader.page_bookings(BookingFilter(), None, 1)[0]
    store.upsert_bookings([dataclasses.replace(
        booking, guest_name="Alex Rivera", guest_email="alex@example.com", guests=2, rooms=1,
        total=Money(Decimal("1250"), "EUR"), total_local=Decimal("1375.5"), has_detail=True,
    )])
    main_window.open_booking(booking.id)
    bookings = main_window.bookings
    qtbot.waitUntil(lambda: "Alex Rivera" in bookings.details_text(), timeout=5000)
    text = bookings.details_text()
    assert "2 guests · 1 room" in text
    # The channel's currency, written the way the user's locale writes amounts (British English here).
    assert "€1,250.00" in text and "Local total" in text and "1,375.50" in text
