"""One name per record: a booking reads the same in the bookings list, the inbox, quick search and the
notification that it changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Booking, Channel
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import BookingFilter
from colivingdesk.sync import Service


def booking_with_reference_and_thread(window: Any) -> Booking:
    reader = window.ctx.reader
    for booking in reader.page_bookings(BookingFilter(), None, 500):
        if booking.reference and booking.guest_name and reader.get_thread(Channel.COLIVING, booking.id):
            return booking
    raise AssertionError("the demo data has a booking with its detail and a conversation")


def test_a_booking_has_one_label_in_every_place(
    main_window: Any, synced_service: Service, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    booking = booking_with_reference_and_thread(main_window)
    label = f"Booking {booking.reference}"  # the reference the guest and the channel use, not the id
    assert booking.reference != booking.id

    main_window.open_booking(booking.id)
    qtbot.waitUntil(lambda: label in main_window.bookings.details.toPlainText(), timeout=5000)
    assert f"Booking {booking.id}" not in main_window.bookings.details.toPlainText()

    main_window.open_thread(f"{Channel.COLIVING.value}:{booking.id}")
    assert f" · {label} · " in main_window.inbox.subtitle.text()

    popup = main_window.search_popup
    popup.popup()
    popup.input.setText(booking.reference or "")
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=5000)
    firsts = [str(popup.model.index(r, 0).data()).splitlines()[0] for r in range(popup.model.rowCount())]
    assert f"{label} · {booking.guest_name}" in firsts, firsts
    popup.hide()

    other = QWidget()  # the operator is in another window: booking changes are notified
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main_window.isActiveWindow(), timeout=3000)
    raised: list[str] = []
    main_window.notified.connect(lambda title, _text: raised.append(title))
    sandbox.sandbox.admin.change_booking(int(booking.id), status="cancelled")
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: any("updated" in t for t in raised), timeout=5000)
    assert f"{label} updated" in raised, raised


def test_a_new_lead_has_one_label_in_the_notification_the_leads_list_and_quick_search(
    main_window: Any, synced_service: Service, sandbox: SandboxServer, aio: Any, qtbot: Any
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main_window.isActiveWindow(), timeout=3000)
    raised: list[str] = []
    main_window.notified.connect(lambda title, _text: raised.append(title))
    lead = sandbox.sandbox.admin.add_lead()
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: any("lead" in t.lower() for t in raised), timeout=5000)
    assert f"New lead: {lead.guest_name}" in raised, raised

    main_window.show_view("leads")
    assert main_window.leads.select_id(lead.id)
    assert main_window.leads.details.toPlainText().startswith(lead.guest_name)

    popup = main_window.search_popup
    popup.popup()
    popup.input.setText(lead.guest_email)
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=5000)
    firsts = [str(popup.model.index(r, 0).data()).splitlines()[0] for r in range(popup.model.rowCount())]
    assert f"Lead: {lead.guest_name}" in firsts, firsts
    popup.hide()
