"""The Listings page and listing editor against the sandbox: create, validate, submit, moderate, drafts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from colivingdesk.domain import Channel, OutboxState, Property
from colivingdesk.sandbox import SandboxServer
from colivingdesk.store import PropertyFilter, Store
from colivingdesk.sync import Service
from colivingdesk.ui import theme
from colivingdesk.ui.dialogs.property_editor import PropertyEditorDialog
from colivingdesk.ui.models.properties_model import STATUS_FILTERS, StatusKeyRole
from colivingdesk.ui.views.properties_view import PropertiesView

TIMEOUT = 15_000


@pytest.fixture
def view(qtbot: Any, synced_service: Service, make_context: Callable[[Service], Any]) -> PropertiesView:
    view = PropertiesView(make_context(synced_service))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def row_of_name(view: PropertiesView, name: str) -> int:
    for row in range(view.model.rowCount()):
        record = view.model.record(row)
        if isinstance(record, Property) and record.name == name:
            return row
    return -1


def names(view: PropertiesView) -> list[str]:
    return [r.name for r in map(view.model.record, range(view.model.rowCount())) if isinstance(r, Property)]


def status_text(view: PropertiesView, name: str) -> str:
    row = row_of_name(view, name)
    return str(view.model.index(row, 1).data()) if row >= 0 else ""


def select_name(view: PropertiesView, name: str) -> Property:
    row = row_of_name(view, name)
    assert row >= 0, name
    view.table.selectRow(row)
    record = view.model.record(row)
    assert isinstance(record, Property)
    return record


def admin(sandbox: SandboxServer, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """The channel's own back office (moderation), reached over HTTP like a second person would."""
    response = httpx.post(f"{sandbox.base_url}{path}", json=body or {}, timeout=10)
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def deliver(aio: Any, service: Service) -> None:
    """What the scheduler does after a write is queued: send due outbox items now."""
    aio.run(service.send_pending([Channel.BMC]), timeout=TIMEOUT)


def open_editor(view: PropertiesView, qtbot: Any, property_id: str | None) -> PropertyEditorDialog:
    editor = view.open_editor(property_id)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    return editor


def test_table_shows_status_chips_notes_and_allowed_actions(view: PropertiesView, qtmodeltester: Any) -> None:
    qtmodeltester.check(view.model)
    assert status_text(view, "Sunny Coliving Lisbon") == "Live"
    assert status_text(view, "Sunny Shoreditch House") == "In review"
    assert status_text(view, "Sunny Roma Norte (draft)") == "Draft"
    assert status_text(view, "Sunny Canggu Villas") == "Rejected"
    row = row_of_name(view, "Sunny Canggu Villas")
    assert view.model.index(row, 1).data(StatusKeyRole) == "rejected"
    # Only the operator's own listings: the other operator's are not in this key's list.
    assert row_of_name(view, "Harbour Living Brooklyn") == -1

    select_name(view, "Sunny Canggu Villas")
    assert "Photos show a hotel lobby" in view.details.text()
    assert view.submit_button.isEnabled() and not view.unpublish_button.isEnabled()
    assert view.delete_button.isEnabled() and view.edit_button.isEnabled()
    select_name(view, "Sunny Coliving Lisbon")
    assert view.unpublish_button.isEnabled() and not view.submit_button.isEnabled()
    select_name(view, "Sunny Shoreditch House")
    assert not view.unpublish_button.isEnabled() and not view.submit_button.isEnabled()
    select_name(view, "Sunny Roma Norte (draft)")
    assert view.submit_button.isEnabled()


def test_live_listing_with_changes_in_review_reads_so(view: PropertiesView) -> None:
    assert status_text(view, "Sunny Coliving Gràcia") == "Live, changes in review"
    labels = [label for label, _ in STATUS_FILTERS]
    view.status_filter.setCurrentIndex(labels.index("Live, changes in review"))
    assert names(view) == ["Sunny Coliving Gràcia"]


def test_filters_by_status_and_text(view: PropertiesView, qtbot: Any) -> None:
    labels = [label for label, _ in STATUS_FILTERS]
    view.status_filter.setCurrentIndex(labels.index("Rejected"))
    assert names(view) == ["Sunny Canggu Villas"]
    view.status_filter.setCurrentIndex(labels.index("All statuses"))
    view.search_edit.setText("kreuz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert names(view) == ["Sunny Kreuzberg Lofts"]
    assert view.count_label.text() == "1 listing"


def fill_new_listing(editor: PropertyEditorDialog, qtbot: Any, name: str) -> None:
    editor.name_edit.setText(name)
    # Typed, not picked: the name alone (any case) is enough once it names exactly one city.
    editor.city_combo.setCurrentIndex(-1)
    qtbot.keyClicks(editor.city_combo.lineEdit(), "lisbon")
    assert editor.payload()["cityId"] == "city_lisbon"
    editor.address_edit.setText("5 Rua Nova")
    editor.description_edit.setPlainText("Bright rooms near the river.")
    editor.email_edit.setText("host@sunnycoliving.example")
    chip = editor.amenity_chips.chip("wifi")
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    type_chip = editor.types_chips.chip("ct_digital_nomad")
    assert type_chip is not None
    qtbot.mouseClick(type_chip, Qt.MouseButton.LeftButton)
    price = editor.rooms.model.index(0, 1)
    assert editor.rooms.model.setData(price, "1,234.56")


def test_create_validate_submit_and_moderate(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer, store: Store,
) -> None:
    editor = open_editor(view, qtbot, None)
    assert editor.windowTitle() == "New listing"

    # Local checks: shown under their fields, nothing queued.
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("name") == "Give the listing a name."
    assert editor.field_error("cityId") == "Choose the city from the list."
    assert "monthly price" in editor.field_error("roomOptions")
    assert store.list_outbox() == []
    fill_new_listing(editor, qtbot, "Sunny Alfama Loft")
    editor.email_edit.setText("not-an-email")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("contactEmail") == "This does not look like an email address."
    assert editor.field_error("name") == ""
    editor.email_edit.setText("host@sunnycoliving.example")

    # A photo address with a space is refused here, when added: photos are sent after the listing exists.
    editor.photos.url_edit.setText("https://images.example.com/bad name.jpg")
    qtbot.mouseClick(editor.photos.add_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("photos") == "Photo addresses cannot contain spaces."
    assert editor.photos.urls() == []
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # still in the field: not saved either
    assert editor.field_error("photos") == "Photo addresses cannot contain spaces."
    assert store.list_outbox() == []

    # Fix it and save: the dialog closes once the channel accepted the listing.
    editor.photos.url_edit.setText("https://images.example.com/alfama/1.jpg")
    assert editor.field_error("photos") == ""
    qtbot.mouseClick(editor.photos.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        deliver(aio, synced_service)
    new_id = str(saved.args[0])
    assert new_id
    qtbot.waitUntil(lambda: status_text(view, "Sunny Alfama Loft") == "In review", timeout=TIMEOUT)
    created = store.get_property(new_id)
    assert created is not None
    assert [o.price_monthly_cents for o in created.room_options] == [123456]  # exact cents, no float
    assert created.amenities == ["wifi"] and created.city_id == "city_lisbon"
    assert view.drafts.new_keys() == []
    selected = view._selected()
    assert selected is not None and selected.id == new_id  # the selection is on what was just saved
    # Its photo follows through the photos endpoint, as its own outbox step.
    deliver(aio, synced_service)
    photos = store.get_property(new_id)
    assert photos is not None and [p.url for p in photos.photos] == ["https://images.example.com/alfama/1.jpg"]
    assert [p["url"] for p in sandbox.state.properties[new_id].photos] == ["https://images.example.com/alfama/1.jpg"]

    # The moderator approves it on the channel's side; the chip follows after the next sync.
    admin(sandbox, f"/_admin/properties/{new_id}/approve")
    aio.run(synced_service.sync_once([Channel.BMC]), timeout=30_000)
    qtbot.waitUntil(lambda: status_text(view, "Sunny Alfama Loft") == "Live", timeout=TIMEOUT)


def test_submit_a_draft_and_unpublish_with_confirmation(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service,
) -> None:
    select_name(view, "Sunny Roma Norte (draft)")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Submitting" in view.details.text(), timeout=TIMEOUT)
    row = row_of_name(view, "Sunny Roma Norte (draft)")
    assert view.model.index(row, 5).data() == "Submitting for review: queued"
    deliver(aio, synced_service)
    qtbot.waitUntil(lambda: status_text(view, "Sunny Roma Norte (draft)") == "In review", timeout=TIMEOUT)
    assert view.model.index(row_of_name(view, "Sunny Roma Norte (draft)"), 5).data() == ""

    select_name(view, "Sunny Kreuzberg Lofts")
    qtbot.mouseClick(view.unpublish_button, Qt.MouseButton.LeftButton)
    box = view._confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view._confirm is None, timeout=5000)
    assert synced_service.store.list_outbox([OutboxState.QUEUED]) == []

    qtbot.mouseClick(view.unpublish_button, Qt.MouseButton.LeftButton)
    box = view._confirm
    assert isinstance(box, QMessageBox)
    [accept] = [b for b in box.buttons() if b.text() == "Unpublish"]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Unpublishing" in view.details.text(), timeout=TIMEOUT)
    deliver(aio, synced_service)
    qtbot.waitUntil(lambda: status_text(view, "Sunny Kreuzberg Lofts") == "Draft", timeout=TIMEOUT)


def test_editing_a_live_listing_warns_and_the_draft_survives_reopening(
    view: PropertiesView, qtbot: Any, synced_service: Service, make_context: Callable[[Service], Any],
) -> None:
    prop = select_name(view, "Sunny Coliving Lisbon")
    editor = open_editor(view, qtbot, prop.id)
    assert "sends your changes to BookMyColiving's review" in editor.status_banner.text()
    assert editor.save_button.text() == "Save and send to review"
    qtbot.keyClicks(editor.name_edit, " (new rooftop)")
    editor.rooms.model.setData(editor.rooms.model.index(0, 1), "999.99")
    editor.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert view.drafts.has(prop.id)
    assert "unsaved changes" in view.details.text()

    # A new page over the same profile (as after restarting the app) restores the draft.
    again = PropertiesView(make_context(synced_service))
    qtbot.addWidget(again)
    reopened = open_editor(again, qtbot, prop.id)
    assert reopened.name_edit.text() == "Sunny Coliving Lisbon (new rooftop)"
    assert reopened.rooms.options()[0]["priceMonthly"] == 99999
    assert "Restored your unsaved changes" in reopened.draft_banner.text()

    qtbot.mouseClick(reopened.discard_button, Qt.MouseButton.LeftButton)
    assert reopened.name_edit.text() == "Sunny Coliving Lisbon"
    assert not again.drafts.has(prop.id)
    reopened.close()


def test_new_listing_kept_as_draft_is_not_sent_and_reopens_from_the_list(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer, store: Store,
) -> None:
    listings_before = set(sandbox.state.properties)
    editor = open_editor(view, qtbot, None)
    assert editor.save_button.text() == "Create and send to review"
    assert editor.close_button.text() == "Keep as draft on this computer"
    assert "reviews every new listing" in editor.status_banner.text()
    assert not view.local_drafts.isVisible()
    qtbot.keyClicks(editor.name_edit, "Half-written listing")
    qtbot.keyClicks(editor.address_edit, "1 Somewhere")
    qtbot.waitUntil(lambda: view.drafts.new_keys() != [], timeout=5000)  # written after a pause in typing
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)

    # Nothing queued, and nothing reaches the channel even when the outbox is delivered.
    assert store.list_outbox() == []
    deliver(aio, synced_service)
    assert set(sandbox.state.properties) == listings_before
    assert view.local_drafts.isVisible()
    [entry] = [view.local_drafts.list.item(r).text() for r in range(view.local_drafts.list.count())]
    assert entry.startswith("Half-written listing · kept ")

    # A second "New listing" starts blank and does not touch the kept one.
    blank = open_editor(view, qtbot, None)
    assert blank.name_edit.text() == ""
    blank.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert len(view.drafts.new_keys()) == 1

    qtbot.mouseClick(view.local_drafts.open_button, Qt.MouseButton.LeftButton)
    reopened = view.editor
    assert reopened is not None
    qtbot.waitExposed(reopened, timeout=5000)
    assert reopened.name_edit.text() == "Half-written listing"
    assert reopened.address_edit.text() == "1 Somewhere"
    assert "Restored your unsaved changes" in reopened.draft_banner.text()
    reopened.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)

    # Deleting it asks first, then it is gone from the profile and the list.
    qtbot.mouseClick(view.local_drafts.delete_button, Qt.MouseButton.LeftButton)
    box = view._confirm
    assert isinstance(box, QMessageBox) and "Half-written listing" in box.text()
    [accept] = [b for b in box.buttons() if b.text() == "Delete draft"]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.drafts.new_keys() == [], timeout=5000)
    qtbot.waitUntil(lambda: not view.local_drafts.isVisible(), timeout=5000)


def test_create_and_send_to_review_selects_the_new_listing_once_created(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, store: Store,
) -> None:
    select_name(view, "Sunny Kreuzberg Lofts")
    editor = open_editor(view, qtbot, None)
    fill_new_listing(editor, qtbot, "Sunny Belém Studios")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    # On its way: closing no longer means "keep as draft".
    qtbot.waitUntil(lambda: editor.close_button.text() == "Close", timeout=TIMEOUT)
    assert [i.kind for i in store.list_outbox()] == ["property.create"]
    assert editor.save_state.text().startswith("Creating…")
    # Closed before the channel answers: the listing is kept as "creating…" and cannot be deleted meanwhile.
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert "creating…" in view.local_drafts.list.item(0).text()
    assert not view.local_drafts.delete_button.isEnabled()

    deliver(aio, synced_service)
    qtbot.waitUntil(lambda: status_text(view, "Sunny Belém Studios") == "In review", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: (view._selected() or Property(id="", name="")).name == "Sunny Belém Studios",
                    timeout=TIMEOUT)
    assert view.drafts.new_keys() == [] and not view.local_drafts.isVisible()


def test_opening_and_closing_without_an_edit_leaves_no_draft(
    view: PropertiesView, qtbot: Any, store: Store,
) -> None:
    listings = store.page_properties(PropertyFilter(), None, 100)
    assert len(listings) >= 5
    for prop in listings:
        editor = open_editor(view, qtbot, prop.id)
        assert not editor.is_dirty(), prop.name
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    editor = open_editor(view, qtbot, None)
    editor.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert view.drafts.keys() == []
    select_name(view, listings[0].name)
    assert "unsaved changes" not in view.details.text()


def test_a_draft_older_than_the_channel_copy_says_so_on_restore(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer,
    sandbox_config: Any,
) -> None:
    prop = select_name(view, "Sunny Kreuzberg Lofts")
    editor = open_editor(view, qtbot, prop.id)
    qtbot.keyClicks(editor.name_edit, " (new rooftop)")
    editor.close()
    qtbot.waitUntil(lambda: view.editor is None, timeout=5000)
    assert view.drafts.has(prop.id)

    # Someone else changes the address on the channel (another tool, with the same account).
    body = {**sandbox.state.properties[prop.id].render(), "address": "1 Oranienstraße"}
    body = {k: v for k, v in body.items() if v is not None}
    response = httpx.put(f"{sandbox.bmc_base_url}/properties/{prop.id}", json=body, timeout=10,
                         headers={"x-api-key": sandbox_config.bmc_key})
    response.raise_for_status()
    aio.run(synced_service.sync_once([Channel.BMC]), timeout=30_000)

    reopened = open_editor(view, qtbot, prop.id)
    assert reopened.name_edit.text() == "Sunny Kreuzberg Lofts (new rooftop)"
    assert "changed on BookMyColiving" in reopened.stale.text()
    assert reopened.stale.text().startswith("Restored your unsaved changes from ")
    assert not reopened.draft_banner.isVisible()  # one notice, one discard button
    assert not reopened.stale.differences.isVisible()
    qtbot.mouseClick(reopened.stale.show_button, Qt.MouseButton.LeftButton)
    differences = reopened.stale.differences.text().splitlines()
    assert reopened.stale.differences.isVisible()
    assert "Name: on BookMyColiving “Sunny Kreuzberg Lofts”; in your draft “Sunny Kreuzberg Lofts (new rooftop)”" \
        in differences
    assert any(line.startswith("Address: on BookMyColiving “1 Oranienstraße”") for line in differences)

    qtbot.mouseClick(reopened.stale.discard_button, Qt.MouseButton.LeftButton)
    assert reopened.name_edit.text() == "Sunny Kreuzberg Lofts"
    assert reopened.address_edit.text() == "1 Oranienstraße"
    assert not reopened.stale.isVisible() and not view.drafts.has(prop.id)
    reopened.close()


def test_field_errors_go_as_soon_as_the_field_is_fixed(view: PropertiesView, qtbot: Any, store: Store) -> None:
    editor = open_editor(view, qtbot, None)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("name") == "Give the listing a name."
    assert editor.save_state.text().startswith("Not saved")
    qtbot.keyClicks(editor.name_edit, "S")
    assert editor.field_error("name") == ""  # no second Save needed to find out
    assert editor.field_error("cityId") == "Choose the city from the list."  # the others stay until fixed

    editor.email_edit.clear()
    qtbot.keyClicks(editor.email_edit, "host@")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("contactEmail") == "This does not look like an email address."
    qtbot.keyClicks(editor.email_edit, "example.com")
    assert editor.field_error("contactEmail") == ""
    qtbot.keyClicks(editor.email_edit, "\b\b\b\b")  # broken again while its error is gone: not nagged yet
    assert editor.field_error("contactEmail") == ""
    assert store.list_outbox() == []
    editor.close()


def test_a_negative_price_stays_in_its_cell_marked_with_the_reason(
    view: PropertiesView, qtbot: Any, store: Store,
) -> None:
    prop = select_name(view, "Sunny Kreuzberg Lofts")
    editor = open_editor(view, qtbot, prop.id)
    rooms = editor.rooms
    cell = rooms.model.index(0, 1)
    assert cell.data() == "US$635.00"
    rooms.view.setCurrentIndex(cell)
    rooms.view.edit(cell)
    typing = rooms.view.viewport().findChild(QLineEdit)
    assert typing is not None
    typing.selectAll()
    qtbot.keyClicks(typing, "-5")
    qtbot.keyClick(typing, Qt.Key.Key_Return)  # the delegate commits on its next turn of the event loop
    qtbot.waitUntil(lambda: rooms.view.state() != rooms.view.State.EditingState, timeout=5000)
    assert cell.data() == "-5"  # kept as typed, not replaced by the old price
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == theme.accents().error
    assert "cannot be negative" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert editor.field_error("roomOptions").startswith("Room option 1: A price cannot be negative")
    assert rooms.options()[0]["priceMonthly"] is None and set(rooms.options()[0]) == {"type", "priceMonthly"}

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.field_error("roomOptions").startswith("Room option 1: A price cannot be negative")
    assert store.list_outbox() == []
    assert cell.data() == "-5"

    assert rooms.model.setData(cell, "650")
    assert cell.data() == "US$650.00" and cell.data(Qt.ItemDataRole.ForegroundRole) is None
    assert editor.field_error("roomOptions") == ""
    editor.close()


def test_editor_fits_a_laptop_screen_and_scrolls_its_form(view: PropertiesView, qtbot: Any) -> None:
    editor = open_editor(view, qtbot, None)
    available = editor.screen().availableGeometry()
    assert editor.frameGeometry().height() <= min(available.height(), 768)
    assert editor.height() <= 700
    form = editor.findChild(QWidget, "editorForm")
    assert form is not None and form.sizeHint().height() > editor.form.viewport().height()
    editor.close()


def test_open_editor_follows_a_moderation_decision(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer,
) -> None:
    prop = select_name(view, "Sunny Shoreditch House")
    editor = open_editor(view, qtbot, prop.id)
    assert "reviewing this listing" in editor.status_banner.text()
    assert editor.save_button.text() == "Save"
    admin(sandbox, f"/_admin/properties/{prop.id}/approve")
    aio.run(synced_service.sync_once([Channel.BMC]), timeout=30_000)
    qtbot.waitUntil(lambda: editor.save_button.text() == "Save and send to review", timeout=TIMEOUT)
    assert "This listing is live" in editor.status_banner.text()
    editor.close()


def test_rejected_listing_shows_admin_notes_in_the_editor(view: PropertiesView, qtbot: Any) -> None:
    prop = select_name(view, "Sunny Canggu Villas")
    editor = open_editor(view, qtbot, prop.id)
    assert "Photos show a hotel lobby" in editor.notes_banner.text()
    assert "rejected" in editor.status_banner.text()
    editor.close()


def test_delete_asks_first_then_removes_the_row(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service,
) -> None:
    prop = select_name(view, "Sunny Shoreditch House")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view._confirm
    assert isinstance(box, QMessageBox) and box.text() == "Delete “Sunny Shoreditch House”?"
    [accept] = [b for b in box.buttons() if b.text() == "Delete listing"]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deleting" in str(view.model.index(row_of_name(view, prop.name), 5).data()),
                    timeout=TIMEOUT)
    deliver(aio, synced_service)
    qtbot.waitUntil(lambda: row_of_name(view, "Sunny Shoreditch House") == -1, timeout=TIMEOUT)
    assert synced_service.store.get_property(prop.id) is None


def test_failed_write_is_visible_in_the_table(
    view: PropertiesView, qtbot: Any, aio: Any, synced_service: Service, sandbox: SandboxServer,
) -> None:
    prop = select_name(view, "Sunny Shoreditch House")
    # Someone deletes it on the channel before our submit arrives.
    sandbox.state.properties.pop(prop.id)
    view.run_action("submit", prop.id)
    deliver(aio, synced_service)
    row = row_of_name(view, "Sunny Shoreditch House")
    qtbot.waitUntil(lambda: str(view.model.index(row, 5).data()).startswith("Failed:"), timeout=TIMEOUT)
    assert view.model.pending(prop.id) is not None
    assert synced_service.store.count_properties(PropertyFilter()) >= 1
