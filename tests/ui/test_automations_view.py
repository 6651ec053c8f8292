"""The Automations view: rules tried on a booking, the upcoming queue with its text, Skip and Send now, and the
history with each message's true state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from colivingdesk.domain import Booking, Channel, Message
from colivingdesk.store import SavedReply, Store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import Service, automations
from colivingdesk.ui.views.automations_view import AutomationsView


def _rule(store: Store, days: int = 2, body: str = "Hi {first_name}, see you on {checkin}.") -> AutomationRule:
    reply = store.save_saved_reply(SavedReply(f"Check-in {days}", body))
    assert reply.id is not None
    return automations.save_rule(store, AutomationRule(
        f"Check-in details {days}", "before_checkin", reply.id, timing={"days": days, "at": "10:00"}))


def _cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_upcoming_messages_show_their_text_and_skip_moves_one_to_the_history(
    qtbot: Any, qtmodeltester: Any, service: Service, store: Store, make_context: Any
) -> None:
    checkin = (date.today() + timedelta(days=20)).isoformat()
    store.upsert_bookings([Booking("9001", "5325", "38753", "confirmed", checkin,
                                   (date.today() + timedelta(days=50)).isoformat(), "v1", guest_name="Ana Ruiz")])
    rule = _rule(store)
    automations.run(store, Channel.COLIVING, datetime.now(UTC))

    view = AutomationsView(make_context(service))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.upcoming.rowCount() == 1 and view.rules.rowCount() == 1, timeout=5000)
    qtmodeltester.check(view.upcoming)
    qtmodeltester.check(view.rules)
    assert _cell(view.upcoming, 0, 5).startswith("Hi Ana, see you on ")
    assert _cell(view.rules, 0, 2) == "2 days before, at 10:00"

    view.rules_table.selectRow(0)
    view.booking_field.setText("9001")
    view.try_button.click()
    qtbot.waitUntil(lambda: view.try_result.text().startswith("Hi Ana, see you on "), timeout=5000)

    view.upcoming_table.selectRow(0)
    view.skip_button.click()
    qtbot.waitUntil(lambda: view.upcoming.rowCount() == 0 and view.history.rowCount() == 1, timeout=5000)
    assert (_cell(view.history, 0, 3), _cell(view.history, 0, 4)) == ("Skipped", "Skipped by you.")
    skipped = store.automations.get(f"r{rule.id}:booking:9001:checkin")
    assert skipped is not None and skipped.state == "skipped"


def test_send_now_delivers_it_to_the_guest_and_the_history_says_sent(
    qtbot: Any, aio: Any, synced_service: Service, store: Store, make_context: Any
) -> None:
    today = date.today().isoformat()
    booking = next(b for b in store.page_bookings(limit=500) if b.status == "confirmed" and b.checkin > today)
    _rule(store, days=0, body="Hi, see you on {checkin}.")
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    view = AutomationsView(make_context(synced_service))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: any(r["record"] == f"booking:{booking.id}" for r in view.upcoming.rows), timeout=5000)

    row = next(n for n, r in enumerate(view.upcoming.rows) if r["record"] == f"booking:{booking.id}")
    view.upcoming_table.selectRow(row)
    view.send_now_button.click()
    qtbot.waitUntil(lambda: any(r["record"] == f"booking:{booking.id}" and r["state"] == "sent"
                                for r in view.history.rows), timeout=15_000)
    aio.settle()  # the slot's own delivery pass has finished too
    sent = [m for m in store.messages_for_thread(Channel.COLIVING, booking.id)
            if isinstance(m, Message) and m.text.startswith("Hi, see you on ")]
    assert len(sent) == 1


def test_a_new_rule_is_added_and_a_refused_one_shows_why(
    qtbot: Any, service: Service, store: Store, make_context: Any
) -> None:
    store.save_saved_reply(SavedReply("Check-out", "Hi {first_name}, check-out is on {checkout}."))
    view = AutomationsView(make_context(service))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.reply_combo.count() == 1, timeout=5000)

    view.name_field.setText("First answer")
    view.trigger_combo.setCurrentIndex(view.trigger_combo.findData("new_lead"))
    view.add_button.click()
    qtbot.waitUntil(lambda: view.try_result.text().startswith("Not saved:"), timeout=5000)
    assert "{checkout} cannot be filled for “New lead”" in view.try_result.text()
    assert store.automations.rules() == []

    view.name_field.setText("Check-out reminder")
    view.trigger_combo.setCurrentIndex(view.trigger_combo.findData("before_checkout"))
    view.amount.setValue(1)
    view.at_field.setText("18:00")
    view.add_button.click()
    qtbot.waitUntil(lambda: view.rules.rowCount() == 1, timeout=5000)
    assert _cell(view.rules, 0, 2) == "1 days before, at 18:00"
    assert [(r.name, r.timing) for r in store.automations.rules()] == [
        ("Check-out reminder", {"days": 1, "at": "18:00"})
    ]
