"""The Automations view: rules tried on a booking, the upcoming queue with its text, Skip and Send now, and the
history with each message's true state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from colivingdesk.domain import Booking, Channel, Message
from colivingdesk.store import SavedReply, Store, open_store
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
    assert _cell(view.rules, 0, 2) == "2 day(s) before, at 10:00"

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


def test_the_rule_chosen_in_the_list_stays_chosen_when_the_list_is_read_again(
    qtbot: Any, service: Service, store: Store, make_context: Any
) -> None:
    """Saving a rule reads the list again twice (the dialog and the change set that follows): a rule the user
    has just chosen, to press Enter on it, stays chosen through both."""
    _rule(store, days=2)
    _rule(store, days=3)
    view = AutomationsView(make_context(service))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.rules.rowCount() == 2 and not view.reloading, timeout=5000)
    view.rules_table.selectRow(1)
    chosen = view.rules.rows[1].name
    view.reload()
    view.reload()
    qtbot.waitUntil(lambda: not view.reloading, timeout=5000)
    index = view.rules_table.currentIndex()
    assert index.isValid() and view.rules.rows[index.row()].name == chosen


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
    dialog = _open_rule_dialog(qtbot, view, view.new_button)

    dialog.name_field.setText("First answer")
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("new_lead"))
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Not saved:"), timeout=5000)
    assert "{checkout} cannot be filled for “New lead”" in dialog.error.text()
    assert dialog.isVisible() and store.automations.rules() == []

    dialog.name_field.setText("Check-out reminder")
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("before_checkout"))
    dialog.amount.setValue(-1)
    _save(dialog)
    qtbot.waitUntil(lambda: "before a date cannot be timed after it" in dialog.error.text(), timeout=5000)
    assert store.automations.rules() == []

    dialog.amount.setValue(1)
    dialog.at_field.setTime(QTime(18, 0))
    dialog.places_field.setText("5325, 5326")
    dialog.min_nights.setValue(28)
    dialog.state_boxes["pending"].setChecked(True)
    dialog.preview_box.setChecked(True)
    _save(dialog)
    qtbot.waitUntil(lambda: view.rules.rowCount() == 1, timeout=5000)
    assert not dialog.isVisible()
    assert (_cell(view.rules, 0, 2), _cell(view.rules, 0, 3)) == ("1 day(s) before, at 18:00", "Preview only")
    [rule] = store.automations.rules()
    assert (rule.name, rule.timing, rule.preview_only) == ("Check-out reminder", {"days": 1, "at": "18:00"}, True)
    assert rule.filters == {"channel": "coliving", "listings": ["5325", "5326"], "statuses": ["confirmed", "pending"],
                            "min_nights": 28}


def test_editing_a_rule_in_the_window_after_it_fired_does_not_send_it_again(
    qtbot: Any, aio: Any, synced_service: Service, store: Store, make_context: Any
) -> None:
    booking = _future_booking(store)
    rule = _rule(store, days=0, body="Hi, see you on {checkin}.")
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    view = AutomationsView(make_context(synced_service))
    qtbot.addWidget(view)
    key = f"r{rule.id}:booking:{booking.id}:checkin"
    qtbot.waitUntil(lambda: any(r["key"] == key for r in view.upcoming.rows), timeout=5000)
    view.upcoming_table.selectRow(next(n for n, r in enumerate(view.upcoming.rows) if r["key"] == key))
    view.send_now_button.click()
    qtbot.waitUntil(lambda: any(r["key"] == key and r["state"] == "sent" for r in view.history.rows),
                    timeout=15_000)
    aio.settle()

    # New name, another day, another saved reply: the message already sent is not owed again.
    other = store.save_saved_reply(SavedReply("Welcome", "Welcome! Check-in is on {checkin}."))
    view.rules_table.selectRow(0)
    dialog = _open_rule_dialog(qtbot, view, view.edit_button)
    assert dialog.name_field.text() == rule.name and dialog.amount.value() == 0
    dialog.name_field.setText("Check-in, new wording")
    dialog.amount.setValue(1)
    dialog.reply_combo.setCurrentIndex(dialog.reply_combo.findData(other.id))
    _save(dialog)
    qtbot.waitUntil(lambda: _cell(view.rules, 0, 0) == "Check-in, new wording", timeout=5000)
    aio.run(synced_service.sync_once([Channel.COLIVING]), timeout=30_000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=30_000)

    sent = [m for m in store.messages_for_thread(Channel.COLIVING, booking.id)
            if isinstance(m, Message) and ("see you on" in m.text or m.text.startswith("Welcome!"))]
    assert len(sent) == 1 and sent[0].text.startswith("Hi, see you on ")
    assert [r["key"] for r in automations.listing(store, 50)[1]].count(key) == 1
    assert [r.id for r in store.automations.rules()] == [rule.id]


def test_deleting_a_rule_cancels_what_has_not_gone_and_the_history_says_why(
    qtbot: Any, service: Service, store: Store, make_context: Any
) -> None:
    checkin = (date.today() + timedelta(days=20)).isoformat()
    store.upsert_bookings([Booking("9001", "5325", "38753", "confirmed", checkin,
                                   (date.today() + timedelta(days=50)).isoformat(), "v1", guest_name="Ana Ruiz")])
    rule = _rule(store)
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    view = AutomationsView(make_context(service))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.upcoming.rowCount() == 1 and view.rules.rowCount() == 1, timeout=5000)

    view.rules_table.selectRow(0)
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.confirm_box is not None and view.confirm_box.isVisible(), timeout=5000)
    assert view.confirm_box is not None
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.rules.rowCount() == 0 and view.history.rowCount() == 1, timeout=5000)
    assert view.upcoming.rowCount() == 0
    assert [_cell(view.history, 0, n) for n in (1, 3, 4)] == [rule.name, "Cancelled", "The rule was deleted."]

    # A new rule never takes the deleted one's place in the history (nor its "already sent" messages).
    again = _rule(store, days=3)
    assert again.id != rule.id
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    assert store.automations.get(f"r{again.id}:booking:9001:checkin").state == "scheduled"  # type: ignore[union-attr]


def test_edit_this_one_changes_one_upcoming_message_once_and_survives_a_restart(
    qtbot: Any, aio: Any, synced_service: Service, store: Store, make_context: Any, profile: Any
) -> None:
    first, second = _future_bookings(store, 2)
    rule = _rule(store, days=0, body="Hi, see you on {checkin}.")
    automations.run(store, Channel.COLIVING, datetime.now(UTC))
    view = AutomationsView(make_context(synced_service))
    qtbot.addWidget(view)
    key = f"r{rule.id}:booking:{first.id}:checkin"
    qtbot.waitUntil(lambda: any(r["key"] == key for r in view.upcoming.rows), timeout=5000)
    view.upcoming_table.selectRow(next(n for n, r in enumerate(view.upcoming.rows) if r["key"] == key))
    view.edit_text_button.click()
    qtbot.waitUntil(lambda: view.text_dialog is not None and view.text_dialog.isVisible(), timeout=5000)
    dialog = view.text_dialog
    assert dialog is not None and dialog.text_field.toPlainText().startswith("Hi, see you on ")
    dialog.text_field.setPlainText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Not saved:"), timeout=5000)
    dialog.text_field.setPlainText("Hi! The door code changed: 7788. See you soon.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: any(r["key"] == key and r["text"].startswith("Hi! The door code")
                                for r in view.upcoming.rows), timeout=5000)

    # Another process (a restart) reads the edit from the profile.
    with open_store(profile.database, read_only=True) as other:
        assert other.automations.get(key).edited_text.startswith("Hi! The door code")  # type: ignore[union-attr]

    for booking in (first, second):
        assert automations.send_now(store, f"r{rule.id}:booking:{booking.id}:checkin", datetime.now(UTC))
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=30_000)
    ours = ("Hi! The door code", "Hi, see you on ")
    assert [t for t in _host_texts(store, first.id) if t.startswith(ours)] == [
        "Hi! The door code changed: 7788. See you soon."]
    assert [t.startswith(ours[1]) for t in _host_texts(store, second.id) if t.startswith(ours)] == [True]
    assert store.get_saved_reply(rule.saved_reply_id).body == "Hi, see you on {checkin}."  # type: ignore[union-attr]


def test_settings_refuse_each_wrong_field_with_its_reason_and_save_when_fixed(
    qtbot: Any, service: Service, store: Store, make_context: Any
) -> None:
    view = AutomationsView(make_context(service))
    qtbot.addWidget(view)
    view.settings_button.click()
    dialog = view.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.reserve_field.text() == "10", timeout=5000)
    dialog.account_combo.setCurrentIndex(dialog.account_combo.findData("bmc"))
    qtbot.waitUntil(lambda: dialog.reserve_field.text() == "10", timeout=5000)

    def error(field: str) -> str:
        label = dialog.errors[field]
        return "" if label.isHidden() else label.text()

    dialog.zone_field.setText("Europe/Atlantis")
    dialog.end_field.setTime(QTime(8, 0))
    dialog.reserve_field.setText("75")
    assert "not a known time zone" in error("time_zone")
    assert "never open" in error("work_end")
    assert "between 0 and 59" in error("reserve")
    assert not dialog.save_button.isEnabled()

    dialog.zone_field.setText("Europe/Lisbon")
    dialog.end_field.setTime(QTime(19, 0))
    for box in dialog.day_boxes:
        box.setChecked(False)
    assert (error("time_zone"), error("work_end")) == ("", "")
    assert "never open" in error("work_days")
    dialog.day_boxes[5].setChecked(True)
    dialog.reserve_field.setText("12")
    assert [error(f) for f in dialog.errors] == [""] * len(dialog.errors) and dialog.save_button.isEnabled()

    dialog.save_button.click()
    # The dialog says so once the save has finished (and the test ends with no save still running).
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved for"), timeout=5000)
    assert store.automations.settings(Channel.BMC) == {
        "time_zone": "Europe/Lisbon", "work_start": "09:00", "work_end": "19:00", "work_days": [5], "reserve": 12}
    assert store.automations.settings(Channel.COLIVING) == {}


def _future_bookings(store: Store, count: int) -> list[Booking]:
    today = date.today().isoformat()
    found = [b for b in store.page_bookings(limit=500) if b.status == "confirmed" and b.checkin > today]
    assert len(found) >= count
    return found[:count]


def _future_booking(store: Store) -> Booking:
    return _future_bookings(store, 1)[0]


def _host_texts(store: Store, booking_id: str) -> list[str]:
    return [m.text for m in store.messages_for_thread(Channel.COLIVING, booking_id)
            if isinstance(m, Message) and m.sender == "host"]


def _open_rule_dialog(qtbot: Any, view: AutomationsView, button: Any) -> Any:
    button.click()
    qtbot.waitUntil(lambda: view.rule_dialog is not None and view.rule_dialog.isVisible(), timeout=5000)
    return view.rule_dialog


def _save(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
