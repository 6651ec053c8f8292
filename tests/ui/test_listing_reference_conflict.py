"""A new listing whose reference already exists on BookMyColiving: nothing typed is lost, and the editor asks
whether to open the existing listing, replace it with the typed one, or change the reference. Also: photos
already on the channel are locked in the editor, and new ones arrive through the photos endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import Store
from colivingdesk.sync import Service
from colivingdesk.ui.dialogs.property_editor import PropertyEditorDialog
from colivingdesk.ui.views.properties_view import PropertiesView

TIMEOUT = 15_000
TAKEN = "pms-101"  # the demo's "Sunny Coliving Lisbon"


@pytest.fixture
def view(qtbot: Any, synced_service: Service, make_context: Callable[[Service], Any]) -> PropertiesView:
    view = PropertiesView(make_context(synced_service))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def deliver(aio: Any, service: Service) -> None:
    """What the scheduler does after a write is queued: send due outbox items now."""
    aio.run(service.send_pending([Channel.BMC]), timeout=TIMEOUT)


def existing(sandbox: SandboxServer) -> Any:
    [found] = [p for p in sandbox.state.properties.values() if p.external_id == TAKEN]
    return found


def open_editor(
    view: PropertiesView, qtbot: Any, property_id: str | None, draft: str | None = None
) -> PropertyEditorDialog:
    editor = view.open_editor(property_id, draft=draft)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    return editor


def create_with_taken_reference(
    view: PropertiesView, qtbot: Any, aio: Any, service: Service
) -> PropertyEditorDialog:
    editor = open_editor(view, qtbot, None)
    editor.name_edit.setText("Sunny Alfama Loft")
    editor.city_combo.setCurrentIndex(editor.city_combo.findData("city_lisbon"))
    editor.address_edit.setText("5 Rua Nova")
    editor.email_edit.setText("alfama@sunnycoliving.example")
    assert editor.rooms.model.setData(editor.rooms.model.index(0, 1), "950")
    editor.photos.url_edit.setText("https://images.example.com/alfama/1.jpg")
    qtbot.mouseClick(editor.photos.add_button, Qt.MouseButton.LeftButton)
    editor.external_edit.setText(TAKEN)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    deliver(aio, service)
    qtbot.waitUntil(lambda: editor.conflict.isVisible(), timeout=TIMEOUT)
    return editor


def test_reused_reference_keeps_the_draft_and_asks_what_to_do(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer, store: Store,
) -> None:
    before = existing(sandbox)
    name_before = before.name
    editor = create_with_taken_reference(view, qtbot, aio, synced_service)

    text = editor.conflict.label.text()
    assert f"A listing with reference {TAKEN} already exists" in text and "“Sunny Coliving Lisbon”" in text
    buttons = [editor.conflict.open_button, editor.conflict.replace_button, editor.conflict.change_button]
    assert [b.text() for b in buttons] == [
        "Open the existing listing", "Replace it with what I typed", "Change my reference"
    ]
    assert all(b.isVisible() and b.isEnabled() for b in buttons)
    assert editor.field_error("externalId") == "Already used by “Sunny Coliving Lisbon”."
    assert editor.isVisible() and editor.name_edit.text() == "Sunny Alfama Loft"
    [item] = [i for i in store.list_outbox() if i.kind == "property.create"]
    assert item.state is OutboxState.FAILED
    assert before.name == name_before  # nothing typed reached the existing listing
    qtbot.waitUntil(lambda: "reference" in view.new_pending.text(), timeout=TIMEOUT)
    assert "change your reference" in view.new_pending.text()

    # Closed and reopened (as after a restart), the typed listing and the question are still there.
    editor.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert view.drafts.new_keys() == [editor.draft_key]
    assert view.local_drafts.list.item(0).text().endswith("· not created")
    reopened = open_editor(view, qtbot, None, draft=view.local_drafts.current_key())
    assert reopened.name_edit.text() == "Sunny Alfama Loft"
    assert reopened.conflict.isVisible() and TAKEN in reopened.conflict.label.text()
    reopened.close()


def test_change_reference_returns_to_the_marked_reference_field(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer, store: Store,
) -> None:
    editor = create_with_taken_reference(view, qtbot, aio, synced_service)
    qtbot.mouseClick(editor.conflict.change_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict.isVisible()
    assert editor.focusWidget() is editor.external_edit
    assert editor.external_edit.selectedText() == TAKEN
    assert editor.field_error("externalId") == (
        f"Choose another reference: {TAKEN} is already used by “Sunny Coliving Lisbon”."
    )
    assert editor.name_edit.text() == "Sunny Alfama Loft"  # the rest of the draft is untouched

    # The question is answered: the failed create leaves the outbox and the page's notice goes.
    qtbot.waitUntil(lambda: all(i.kind != "property.create" for i in store.list_outbox()), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not view.new_pending.isVisible(), timeout=TIMEOUT)

    editor.external_edit.setText("pms-900")
    assert editor.field_error("externalId") == ""  # the channel's answer was about the reference now changed
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        deliver(aio, synced_service)
    new_id = str(saved.args[0])
    created = sandbox.state.properties[new_id]
    assert created.name == "Sunny Alfama Loft" and created.external_id == "pms-900"
    deliver(aio, synced_service)  # its photo follows as its own step
    assert [p["url"] for p in created.photos] == ["https://images.example.com/alfama/1.jpg"]
    assert view.drafts.new_keys() == []


def test_replace_sends_the_typed_listing_to_the_existing_one(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer, store: Store,
) -> None:
    target = existing(sandbox)
    photos_before = [p["url"] for p in target.photos]
    editor = create_with_taken_reference(view, qtbot, aio, synced_service)
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(editor.conflict.replace_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any(i.kind == "property.replace" for i in store.list_outbox()), timeout=TIMEOUT
        )
        deliver(aio, synced_service)
    assert str(saved.args[0]) == target.id
    [replace] = [i for i in store.list_outbox() if i.kind == "property.replace"]
    assert replace.target == target.id and replace.state is OutboxState.SENT
    assert all(i.state is not OutboxState.FAILED for i in store.list_outbox())
    assert target.name == "Sunny Alfama Loft" and target.contact_email == "alfama@sunnycoliving.example"
    assert target.address == "5 Rua Nova" and target.external_id == TAKEN
    deliver(aio, synced_service)
    assert [p["url"] for p in target.photos] == [*photos_before, "https://images.example.com/alfama/1.jpg"]
    assert view.drafts.new_keys() == [] and not view.drafts.has(target.id)


def test_open_existing_shows_that_listing_and_keeps_the_typed_one(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer,
) -> None:
    target = existing(sandbox)
    editor = create_with_taken_reference(view, qtbot, aio, synced_service)
    with qtbot.waitSignal(view.editorOpened, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(editor.conflict.open_button, Qt.MouseButton.LeftButton)
    other = opened.args[0]
    assert isinstance(other, PropertyEditorDialog) and other is not editor
    assert other.windowTitle() == "Edit “Sunny Coliving Lisbon”"
    assert other.name_edit.text() == "Sunny Coliving Lisbon" and not other.conflict.isVisible()
    selected = view.table.selectionModel().selectedRows()
    assert selected and view.model.record(selected[0].row()).id == target.id
    saved = view.drafts.load(editor.draft_key)
    assert saved is not None and saved["payload"]["name"] == "Sunny Alfama Loft"
    other.close()


def test_editor_locks_the_channels_photos_and_appends_new_ones(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer,
) -> None:
    target = existing(sandbox)
    photos_before = [p["url"] for p in target.photos]
    editor = open_editor(view, qtbot, target.id)
    assert editor.photos.urls() == photos_before
    assert "cannot be removed or reordered" in editor.photos.hint.text()
    editor.photos.view.setCurrentIndex(editor.photos.model.index(0, 0))
    assert not editor.photos.remove_button.isEnabled() and not editor.photos.later_button.isEnabled()
    added = "https://images.example.com/lisbon/rooftop.jpg"
    editor.photos.url_edit.setText(added)
    qtbot.mouseClick(editor.photos.add_button, Qt.MouseButton.LeftButton)
    assert editor.photos.remove_button.isEnabled()  # the new one is selected and may still go
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        deliver(aio, synced_service)
    deliver(aio, synced_service)
    assert [p["url"] for p in target.photos] == [*photos_before, added]
