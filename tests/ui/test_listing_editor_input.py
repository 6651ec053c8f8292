"""The listing editor's keys and typed values: Enter never sends a listing, refused input stays to be corrected,
a restored draft shows what was typed, and room types read as words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QWidget

from colivingdesk.store import Store
from colivingdesk.sync import Service
from colivingdesk.ui.dialogs.property_editor import PropertyEditorDialog
from colivingdesk.ui.views.properties_view import PropertiesView
from tests.ui.test_properties_view import open_editor, select_name

TIMEOUT = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot: Any, synced_service: Service, make_context: Callable[[Service], Any]) -> PropertiesView:
    view = PropertiesView(make_context(synced_service))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def _active_editor(view: PropertiesView, qtbot: Any, property_id: str | None) -> PropertyEditorDialog:
    """The editor as the user has it: its window active, so keys go to the focused field."""
    editor = open_editor(view, qtbot, property_id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    return editor


def _new_listing_with_name_city_and_price(view: PropertiesView, qtbot: Any) -> PropertyEditorDialog:
    editor = _active_editor(view, qtbot, None)
    qtbot.keyClicks(editor.name_edit, "Sunny Enter Test")
    editor.city_combo.setCurrentIndex(-1)
    qtbot.keyClicks(editor.city_combo.lineEdit(), "lisbon")
    assert editor.rooms.model.setData(editor.rooms.model.index(0, 1), "900")
    return editor


def _press_enter_in(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_in_the_photo_address_adds_the_photo_and_sends_nothing(
    view: PropertiesView, qtbot: Any, aio: Any, store: Store,
) -> None:
    editor = _new_listing_with_name_city_and_price(view, qtbot)
    url_edit = editor.photos.url_edit
    _press_enter_in(qtbot, url_edit)
    qtbot.keyClicks(url_edit, "https://example.com/photo2.jpg")
    qtbot.keyClick(url_edit, Qt.Key.Key_Return)
    aio.settle()
    assert editor.photos.urls() == ["https://example.com/photo2.jpg"]
    assert editor.isVisible() and store.list_outbox() == []
    assert not editor.save_state.text().startswith("Creating")
    assert url_edit.text() == "" and url_edit.hasFocus()  # ready for the next one
    qtbot.keyClicks(url_edit, "https://example.com/photo3.jpg")
    qtbot.keyClick(url_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert editor.photos.urls()[-1] == "https://example.com/photo3.jpg"
    aio.settle()
    assert editor.isVisible() and store.list_outbox() == []
    editor.close()


def test_enter_in_any_single_line_field_does_not_send_the_listing(
    view: PropertiesView, qtbot: Any, aio: Any, store: Store,
) -> None:
    editor = _new_listing_with_name_city_and_price(view, qtbot)
    fields = [editor.name_edit, editor.city_combo.lineEdit(), editor.address_edit, editor.email_edit,
              editor.external_edit, editor.photos.url_edit, editor.rooms.view]
    for field in fields:
        _press_enter_in(qtbot, field)
        aio.settle()
        assert editor.isVisible(), field.objectName()
        assert store.list_outbox() == [], field.objectName()
    assert not editor.save_button.isDefault()  # not drawn as what Enter does
    editor.close()


def test_the_send_button_and_ctrl_enter_still_send_from_the_keyboard(
    view: PropertiesView, qtbot: Any, aio: Any, store: Store,
) -> None:
    editor = _new_listing_with_name_city_and_price(view, qtbot)
    editor.email_edit.setText("host@sunnycoliving.example")
    assert "Ctrl+Enter" in editor.save_button.toolTip()
    _press_enter_in(qtbot, editor.name_edit)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: [i.kind for i in store.list_outbox()] == ["property.create"], timeout=TIMEOUT)
    editor.close()

    second = _new_listing_with_name_city_and_price(view, qtbot)
    second.email_edit.setText("host@sunnycoliving.example")
    second.name_edit.setText("Sunny Enter Test 2")
    _press_enter_in(qtbot, second.save_button)  # Enter on the focused button is pressing it
    qtbot.waitUntil(lambda: len(store.list_outbox()) == 2, timeout=TIMEOUT)
    second.close()


def test_an_invalid_photo_address_is_refused_at_once_and_stays_to_be_corrected(
    view: PropertiesView, qtbot: Any,
) -> None:
    editor = _active_editor(view, qtbot, None)
    url_edit = editor.photos.url_edit
    _press_enter_in(qtbot, url_edit)
    qtbot.keyClicks(url_edit, "not a url")
    qtbot.keyClick(url_edit, Qt.Key.Key_Return)
    assert editor.photos.urls() == []
    assert url_edit.text() == "not a url"
    assert editor.field_error("photos") == "Photo addresses must start with https://"

    url_edit.clear()  # emptied: nothing is wrong any more
    assert editor.field_error("photos") == ""

    qtbot.keyClicks(url_edit, "https://example.com/a photo.jpg")
    qtbot.mouseClick(editor.photos.add_button, Qt.MouseButton.LeftButton)
    assert editor.photos.urls() == []
    assert editor.field_error("photos") == "Photo addresses cannot contain spaces."
    url_edit.setText("https://example.com/a-photo.jpg")  # corrected: the message goes before Add
    assert editor.field_error("photos") == ""
    qtbot.keyClick(url_edit, Qt.Key.Key_Return)
    assert editor.photos.urls() == ["https://example.com/a-photo.jpg"]
    editor.close()


def test_a_restored_edit_shows_the_unreadable_price_as_typed_with_its_error(
    view: PropertiesView, qtbot: Any, make_context: Callable[[Service], Any], synced_service: Service,
) -> None:
    prop = select_name(view, "Sunny Coliving Lisbon")
    editor = open_editor(view, qtbot, prop.id)
    editor.name_edit.clear()
    cell = editor.rooms.model.index(0, 1)
    assert not editor.rooms.model.setData(cell, "-5")
    assert editor.field_error("roomOptions").startswith("Room option 1: A price cannot be negative")
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)

    again = PropertiesView(make_context(synced_service))  # as after restarting the app
    qtbot.addWidget(again)
    reopened = open_editor(again, qtbot, prop.id)
    assert "Restored your unsaved changes" in reopened.draft_banner.text()
    assert reopened.name_edit.text() == ""
    restored = reopened.rooms.model.index(0, 1)
    assert restored.data() == "-5"
    assert reopened.field_error("roomOptions").startswith("Room option 1: A price cannot be negative")

    assert reopened.rooms.model.setData(restored, "700")  # corrected: the error goes, the price is kept
    assert reopened.field_error("roomOptions") == ""
    assert reopened.rooms.options()[0]["priceMonthly"] == 70000
    reopened.close()


def test_room_types_read_as_words_and_are_sent_as_the_channel_codes(view: PropertiesView, qtbot: Any) -> None:
    prop = select_name(view, "Sunny Coliving Lisbon")
    editor = open_editor(view, qtbot, prop.id)
    rooms = editor.rooms
    cell = rooms.model.index(0, 0)
    assert cell.data() == "Private room"
    rooms.view.setCurrentIndex(cell)
    rooms.view.edit(cell)
    combo = rooms.view.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["Private room"]
    rooms.view.commitData(combo)
    rooms.view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    assert rooms.options()[0]["type"] == "PRIVATE"
    rooms.model.set_options([{"type": "SHARED_DORM", "priceMonthly": 1000}])
    assert rooms.model.index(0, 0).data() == "Shared dorm"
    assert rooms.options()[0]["type"] == "SHARED_DORM"
    editor.close()
