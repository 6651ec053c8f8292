"""Saved replies in the inbox: filled from the open conversation, unfilled placeholders block sending, and the
manager writes, edits, deletes, exports and imports them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from colivingdesk.domain import Booking, Channel
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Listing, SavedReply, Store, ThreadFilter, open_store
from colivingdesk.ui import formatting
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.views.settings_view import SettingsView


def _open(window: Any, qtbot: Any, key: str) -> None:
    inbox = window.inbox
    assert inbox.open_thread(key)
    qtbot.waitUntil(lambda: inbox.current_key == key and inbox.conversation.rowCount() > 0, timeout=5000)


def _booking_thread(window: Any, store: Store) -> tuple[str, Booking, str]:
    """A Coliving.com conversation, its booking as the detail call describes it, and its listing's name."""
    reader = window.ctx.reader
    thread = next(
        t for t in reader.page_threads(ThreadFilter(channel=Channel.COLIVING), None, 500) if t.booking_id
    )
    booking = reader.get_booking(thread.booking_id)
    assert booking is not None
    detailed = dataclasses.replace(
        booking, guest_name="Alex Rivera", room_type_name="Queen Studio", has_detail=True
    )
    store.upsert_bookings([detailed])
    store.upsert_listings([Listing(booking.listing_id, "Maple Grove Commons")])
    return thread.key, detailed, "Maple Grove Commons"


def _bmc_thread(window: Any) -> Any:
    inbox = window.inbox
    return next(
        inbox.threads.record(r) for r in range(inbox.threads.rowCount())
        if inbox.threads.record(r).channel is Channel.BMC and inbox.threads.record(r).property_id
    )


def test_picker_inserts_a_reply_filled_from_the_coliving_booking(
    main_window: Any, store: Store, qtbot: Any
) -> None:
    store.save_saved_reply(SavedReply("Welcome", "Hello"))
    store.save_saved_reply(
        SavedReply("Arrival", "Hi {first_name}! Your {room_type} at {listing} is yours from {checkin} to {checkout}.")
    )
    key, booking, listing = _booking_thread(main_window, store)
    _open(main_window, qtbot, key)
    composer = main_window.inbox.composer
    composer.editor.setFocus()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    picker = composer.saved_replies.picker
    qtbot.waitUntil(picker.isVisible, timeout=3000)
    assert picker.titles() == ["Arrival", "Welcome"]
    qtbot.keyClicks(picker.input, "arriv")
    assert picker.titles() == ["Arrival"]
    qtbot.keyClick(picker.input, Qt.Key.Key_Return)

    inbox = main_window.inbox
    guest = inbox.participant_of(inbox.current_thread)
    assert guest not in ("", "Guest")
    expected = (
        f"Hi {guest.split()[0]}! Your Queen Studio at {listing} is yours from {formatting.day(booking.checkin)} to "
        f"{formatting.day(booking.checkout)}."
    )
    assert composer.text() == expected
    assert not picker.isVisible()
    assert composer.placeholders.isHidden()


def test_menu_inserts_a_reply_filled_from_the_bmc_thread_and_host_name(
    main_window: Any, store: Store, qtbot: Any
) -> None:
    store.set_host_name("Marta")
    store.save_saved_reply(SavedReply("Viewing", "Dear {guest_name}, {property} has a room. {host_name}"))
    thread = _bmc_thread(main_window)
    _open(main_window, qtbot, thread.key)
    composer = main_window.inbox.composer
    composer.saved_replies.menu_.aboutToShow.emit()
    action = next(a for a in composer.saved_replies.menu_.actions() if a.text() == "Viewing")
    action.trigger()
    prop = main_window.ctx.reader.get_property(thread.property_id)
    guest = main_window.inbox.participant_of(thread)
    assert composer.text() == f"Dear {guest}, {prop.name} has a room. Marta"


def test_an_unfillable_placeholder_is_named_and_blocks_sending(
    main_window: Any, store: Store, qtbot: Any, aio: Any
) -> None:
    store.save_saved_reply(SavedReply("Dates", "See you on {checkin}, {guest_name}. {frist_name}"))
    thread = _bmc_thread(main_window)
    _open(main_window, qtbot, thread.key)
    composer = main_window.inbox.composer
    reply = store.list_saved_replies()[0]
    filled = composer.insert_saved_reply(reply)
    assert filled.unfilled == ("checkin",) and filled.unknown == ("frist_name",)
    assert "{checkin}" in composer.text() and "{frist_name}" in composer.text()
    assert composer.placeholders.isVisible()
    assert "{checkin}, {frist_name}" in composer.placeholders.text()

    before = len(store.list_outbox())
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    aio.settle()
    assert composer.error.isVisible() and "Not sent" in composer.error.text()
    assert len(store.list_outbox()) == before
    assert "{checkin}" in composer.text(), "the text stays for the user to finish"

    # Filling one in by hand leaves only the other named; once both are gone the reply goes out.
    composer.editor.setPlainText(composer.text().replace("{checkin}", "Monday"))
    assert composer.placeholders.text().startswith("{frist_name}")
    composer.editor.setPlainText(composer.text().replace(" {frist_name}", ""))
    assert composer.placeholders.isHidden() and composer.error.isHidden()
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.text() == "", timeout=5000)
    assert len(store.list_outbox()) == before + 1


def test_braces_the_user_types_are_not_blocked_unless_they_are_placeholders(
    main_window: Any, qtbot: Any
) -> None:
    _open(main_window, qtbot, _bmc_thread(main_window).key)
    composer = main_window.inbox.composer
    composer.editor.setPlainText("The code is {door}.")
    assert composer.blocking() == []
    composer.editor.setPlainText("Arriving {checkin}")
    assert composer.blocking() == ["checkin"]


def test_manager_creates_edits_and_deletes(main_window: Any, store: Store, qtbot: Any) -> None:
    inbox = main_window.inbox
    _open(main_window, qtbot, _bmc_thread(main_window).key)
    dialog = inbox.open_saved_replies()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)

    dialog.title.setText("Welcome")
    dialog.body.setPlainText("Hi ")
    dialog.body.moveCursor(QTextCursor.MoveOperation.End)
    dialog.insert_placeholder.setCurrentIndex(dialog.insert_placeholder.findData("first_name"))
    dialog.insert_placeholder.activated.emit(dialog.insert_placeholder.currentIndex())
    assert dialog.body.toPlainText() == "Hi {first_name}"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.titles() == ["Welcome"], timeout=5000)
    assert [(r.title, r.body) for r in store.list_saved_replies()] == [("Welcome", "Hi {first_name}")]

    dialog.title.setText("Welcome back")
    dialog.body.setPlainText("Hello again {first_name}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.titles() == ["Welcome back"], timeout=5000)
    assert [(r.title, r.body) for r in store.list_saved_replies()] == [("Welcome back", "Hello again {first_name}")]

    dialog.new_reply()
    dialog.title.setText("welcome BACK")
    dialog.body.setPlainText("duplicate")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already called" in dialog.status.text(), timeout=5000)
    assert len(store.list_saved_replies()) == 1

    assert dialog.select(store.list_saved_replies()[0].id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.titles() == [], timeout=5000)
    assert store.list_saved_replies() == []


def test_manager_exports_and_imports_json(main_window: Any, store: Store, qtbot: Any, tmp_path: Path) -> None:
    store.save_saved_reply(SavedReply("Welcome", "Hi {first_name}"))
    dialog = main_window.inbox.open_saved_replies()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    target = tmp_path / "replies.json"
    dialog.file_dialog.fileSelected.emit(str(target))
    dialog.file_dialog.reject()
    qtbot.waitUntil(lambda: "Exported 1" in dialog.status.text(), timeout=5000)
    assert json.loads(target.read_text()) == {"saved_replies": [{"title": "Welcome", "body": "Hi {first_name}"}]}

    source = tmp_path / "more.json"
    source.write_text(json.dumps({"saved_replies": [
        {"title": "welcome", "body": "Hello {first_name}"}, {"title": "Bye", "body": "See you"},
    ]}))
    dialog.import_from(str(source))
    qtbot.waitUntil(lambda: dialog.titles() == ["Bye", "Welcome"], timeout=5000)
    assert "imported: 1 new, 1 updated" in dialog.status.text()

    (tmp_path / "bad.json").write_text("{nope")
    dialog.import_from(str(tmp_path / "bad.json"))
    qtbot.waitUntil(lambda: "not a JSON file" in dialog.status.text(), timeout=5000)


@pytest.fixture
def reader(profile: Any, store: Store) -> Iterator[Store]:
    reader = open_store(profile.database, read_only=True)
    yield reader
    reader.close()


def test_saving_the_coliving_account_remembers_the_host_name(
    qtbot: Any, aio: Any, service: Any, store: Store, reader: Store, profile: Any, sandbox: Any,
    sandbox_config: Any, test_keyring: Any,
) -> None:
    ctx = AppContext(profile=profile, store=store, reader=reader, service=service, secrets=SecretStore(environ={}))
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    box = view.coliving
    qtbot.mouseClick(box.advanced_toggle, Qt.MouseButton.LeftButton)
    box.base_url.setText(sandbox.coliving_base_url)
    box.key_field.edit.setText(sandbox_config.coliving_key)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.key_result.ok is True, timeout=15_000)
    aio.settle()
    assert store.host_name() == "Demo Host", "{host_name} comes from the Coliving.com profile"


def test_reply_values_for_an_unnamed_coliving_thread_come_from_its_booking(store: Store) -> None:
    from colivingdesk.domain import Thread
    from colivingdesk.ui.reply_context import reply_values

    store.upsert_bookings([Booking("77", "441", "902", "confirmed", "2026-05-01", "2026-05-31", "v1",
                                   guest_name="Ana María López", room_type_name="Studio", has_detail=True)])
    store.upsert_threads([Thread(Channel.COLIVING, "77", booking_id="77")])
    values = reply_values(store, store.get_thread(Channel.COLIVING, "77"))
    assert values["guest_name"] == "Ana María López" and values["first_name"] == "Ana"
    assert values["room_type"] == "Studio" and values["checkin"] == "1 May 2026"
    assert values["listing"] is None and values.get("property") is None, "unknown stays unfilled"
