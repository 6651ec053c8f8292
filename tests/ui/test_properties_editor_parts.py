"""The editor's pieces on their own: exact money, error paths, room option and photo models, chips, drafts."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea

from colivingdesk.domain import Channel, OutboxItem, OutboxState, Property, RoomOption
from colivingdesk.ui.dialogs.field_errors import FieldErrors
from colivingdesk.ui.dialogs.listing_fields import (
    MoneyError,
    differing_fields,
    empty_payload,
    field_for_error_text,
    field_for_path,
    format_dollars,
    parse_dollars,
    payload_from_property,
    room_type_choices,
    to_draft,
    validate,
)
from colivingdesk.ui.dialogs.stale_draft import draft_started_from
from colivingdesk.ui.drafts import DraftStore, is_new_key, new_draft_key
from colivingdesk.ui.models.properties_model import (
    PendingWrite,
    allowed_actions,
    pending_by_target,
    status_label,
)
from colivingdesk.ui.widgets.chip_selector import ChipSelectorWidget
from colivingdesk.ui.widgets.photo_strip import PhotoListModel, PhotoStripWidget, ThumbnailLoader
from colivingdesk.ui.widgets.room_options_editor import CentsRole, RoomOptionsModel

TIMEOUT = 10_000


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("800", 80000), ("800.00", 80000), ("$1,234.56", 123456), ("0.29", 29), ("0.1", 10), (".05", 5),
     ("1234.5", 123450), (" 99.99 ", 9999), ("1,000,000", 100000000), ("4.35", 435)],
)
def test_dollars_parse_to_exact_cents(typed: str, cents: int) -> None:
    assert parse_dollars(typed) == cents


@pytest.mark.parametrize("typed", ["", "abc", "-5", "1.234", "12,34", "1e3", "$", "8 00"])
def test_not_money_is_refused(typed: str) -> None:
    with pytest.raises(MoneyError):
        parse_dollars(typed)


def test_every_cent_round_trips_through_the_text_shown() -> None:
    for cents in range(0, 250_001, 7):
        assert parse_dollars(format_dollars(cents)) == cents


def test_error_paths_resolve_to_editor_fields() -> None:
    assert field_for_path("roomOptions[0].priceMonthly") == "roomOptions"
    assert field_for_path("data.city_id") == "cityId"
    assert field_for_path("photos.2.url") == "photos"
    assert field_for_path("somethingElse") is None
    assert field_for_error_text("BookMyColiving: contactEmail must be an email address") == "contactEmail"
    assert field_for_error_text("Internal server error") is None


def test_unknown_values_survive_the_editor_payload() -> None:
    prop = Property(
        id="p1", name="X", status="APPROVED", city_id="city_x", contact_email="a@b.example",
        amenities=["wifi", "sauna-v2"], room_options=[RoomOption("SHARED_DORM", 45050, {"beds": 4})],
    )
    payload = payload_from_property(prop)
    assert payload["roomOptions"] == [{"beds": 4, "type": "SHARED_DORM", "priceMonthly": 45050}]
    assert room_type_choices(o["type"] for o in payload["roomOptions"]) == ["PRIVATE", "SHARED_DORM"]
    assert validate(payload) == {}
    draft = to_draft(payload)
    assert draft.room_options[0].type == "SHARED_DORM"
    assert draft.room_options[0].price_monthly_cents == 45050
    assert draft.amenities == ["wifi", "sauna-v2"]


def test_status_words_and_allowed_actions() -> None:
    live = Property(id="a", name="A", status="APPROVED")
    review = Property(id="b", name="B", status="APPROVED", needs_review=True)
    odd = Property(id="c", name="C", status="ARCHIVED_BY_ADMIN")
    assert status_label(live) == "Live" and status_label(review) == "Live, changes in review"
    assert status_label(odd) == "Archived by admin"
    assert allowed_actions(live) == {"edit", "delete", "unpublish"}
    assert allowed_actions(Property(id="d", name="D", status="REJECTED")) == {"edit", "delete", "submit"}
    assert allowed_actions(Property(id="e", name="E", status="PENDING_REVIEW")) == {"edit", "delete"}


def test_a_replayed_write_says_so_in_the_details() -> None:
    item = OutboxItem(1, Channel.BMC, "property.submit", "p1", {"replayed": True}, "k", OutboxState.FAILED, "x")
    pending = pending_by_target([item])["p1"]
    assert pending.replayed and "replayed its first answer" in pending.detail()
    assert "replayed" not in pending.describe()  # the table's Pending column stays short


def test_pending_writes_prefer_failures() -> None:
    from colivingdesk.domain import Channel, OutboxItem

    items = [
        OutboxItem(1, Channel.BMC, "property.submit", "p1", {}, "k1", OutboxState.FAILED,
                   "BookMyColiving: Nope"),
        OutboxItem(2, Channel.BMC, "property.replace", "p1", {}, "k2", OutboxState.QUEUED),
        OutboxItem(3, Channel.BMC, "reply", "t1", {}, "k3", OutboxState.QUEUED),
    ]
    pending = pending_by_target(items)
    assert set(pending) == {"p1"}
    assert pending["p1"] == PendingWrite(1, "property.submit", OutboxState.FAILED, "BookMyColiving: Nope")
    assert pending["p1"].describe() == "Failed: Nope"


def test_room_options_model(qtmodeltester: Any) -> None:
    model = RoomOptionsModel()
    model.set_options([{"type": "PRIVATE", "priceMonthly": 80000}, {"type": "LOFT", "priceMonthly": None}])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "US$800.00"
    assert model.index(1, 1).data() == "Enter a price"
    problems: list[tuple[int, str]] = []
    model.invalidInput.connect(lambda row, message: problems.append((row, message)))
    assert not model.setData(model.index(1, 1), "12.345")
    assert problems and problems[0][0] == 1
    assert model.setData(model.index(1, 1), "0.29")
    assert model.index(1, 1).data(CentsRole) == 29
    assert model.type_choices() == ["PRIVATE", "LOFT"]
    model.add_option()
    assert model.rowCount() == 3
    assert model.removeRows(0, 1)
    assert [o["type"] for o in model.options()] == ["LOFT", "PRIVATE"]


def _png_data_url(color: str) -> str:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    png: Any = "PNG"  # PySide accepts the format as str at run time, whatever its stubs say
    image.save(buffer, png)
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def test_photo_model_loads_thumbnails_asynchronously_and_reorders(qtbot: Any, qtmodeltester: Any) -> None:
    loader = ThumbnailLoader()
    model = PhotoListModel(loader)
    red, blue = _png_data_url("red"), _png_data_url("blue")
    broken = "http://127.0.0.1:9/not-there.jpg"
    model.set_urls([red, broken])
    assert model.index(0, 0).data(PhotoListModel.StateRole) == "loading"  # nothing blocked to get here
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: loader.pending() == 0, timeout=TIMEOUT)
    assert model.index(0, 0).data(PhotoListModel.StateRole) == "loaded"
    assert model.index(1, 0).data(PhotoListModel.StateRole) == "failed"
    assert model.append(blue) and not model.append(blue)
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert model.urls() == [blue, red, broken]
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # onto itself


def test_photo_strip_buttons(qtbot: Any) -> None:
    strip = PhotoStripWidget()
    qtbot.addWidget(strip)
    strip.set_urls(["https://a.example/1.jpg", "https://a.example/2.jpg"])
    assert not strip.remove_button.isEnabled()
    strip.view.setCurrentIndex(strip.model.index(1, 0))
    assert strip.earlier_button.isEnabled() and not strip.later_button.isEnabled()
    with qtbot.waitSignal(strip.changed, timeout=1000):
        qtbot.mouseClick(strip.earlier_button, Qt.MouseButton.LeftButton)
    assert strip.urls() == ["https://a.example/2.jpg", "https://a.example/1.jpg"]
    strip.url_edit.setText("https://a.example/3.jpg")
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    assert strip.urls()[-1] == "https://a.example/3.jpg"


def test_photos_already_on_the_channel_cannot_be_removed_or_moved(qtbot: Any) -> None:
    strip = PhotoStripWidget()
    qtbot.addWidget(strip)
    on_channel = ["https://a.example/1.jpg", "https://a.example/2.jpg"]
    # A draft that had dropped or moved a channel photo cannot: they stay first, in the channel's order.
    strip.set_urls(["https://a.example/new.jpg", "https://a.example/2.jpg"], locked=on_channel)
    assert [strip.model.index(r, 0).data(PhotoListModel.LockedRole) for r in range(3)] == [True, True, False]
    assert strip.urls() == [*on_channel, "https://a.example/new.jpg"]
    assert "cannot be removed or reordered" in strip.hint.text()

    strip.view.setCurrentIndex(strip.model.index(1, 0))
    assert not strip.remove_button.isEnabled()
    assert not strip.earlier_button.isEnabled() and not strip.later_button.isEnabled()
    assert "cannot be removed or moved" in strip.remove_button.toolTip()
    assert not strip.model.removeRows(0, 1)
    assert not strip.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)

    strip.url_edit.setText("https://a.example/newer.jpg")
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    strip.view.setCurrentIndex(strip.model.index(3, 0))
    assert strip.remove_button.isEnabled() and strip.earlier_button.isEnabled()
    with qtbot.waitSignal(strip.changed, timeout=1000):
        qtbot.mouseClick(strip.earlier_button, Qt.MouseButton.LeftButton)
    assert strip.urls()[2:] == ["https://a.example/newer.jpg", "https://a.example/new.jpg"]
    assert not strip.earlier_button.isEnabled()  # not before the channel's photos
    with qtbot.waitSignal(strip.changed, timeout=1000):
        qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert strip.urls() == [*on_channel, "https://a.example/new.jpg"]

    strip.set_urls(["https://a.example/9.jpg"])  # a new listing: nothing is locked
    assert strip.hint.text() == "The first photo is the cover."


def test_chips_keep_values_missing_from_reference_data(qtbot: Any) -> None:
    chips = ChipSelectorWidget()
    qtbot.addWidget(chips)
    chips.set_items([("wifi", "Wi-Fi"), ("gym", "Gym")])
    chips.set_selected(["gym", "sauna-v2"])
    assert chips.selected() == ["gym", "sauna-v2"]
    unknown = chips.chip("sauna-v2")
    assert unknown is not None and unknown.property("unknown") is True
    wifi = chips.chip("wifi")
    assert wifi is not None
    qtbot.mouseClick(wifi, Qt.MouseButton.LeftButton)
    assert chips.selected() == ["wifi", "gym", "sauna-v2"]


def test_unreadable_price_is_kept_as_typed_and_never_sent(qtbot: Any) -> None:
    model = RoomOptionsModel()
    model.set_options([{"type": "PRIVATE", "priceMonthly": 80000, "beds": 2}])
    cell = model.index(0, 1)
    assert not model.setData(cell, "-5")
    assert cell.data() == "-5" and cell.data(Qt.ItemDataRole.EditRole) == "-5"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None  # a mark that survives the selection colour
    assert model.problems() == [(0, "A price cannot be negative: enter the monthly price in dollars, like 800")]
    # What would be sent has no price (so it cannot be saved) and none of the typed text.
    assert model.options() == [{"type": "PRIVATE", "priceMonthly": None, "beds": 2}]
    assert model.setData(cell, "")
    assert cell.data() == "Enter a price" and model.problems() == []
    assert model.setData(cell, "799")
    assert model.options() == [{"type": "PRIVATE", "priceMonthly": 79900, "beds": 2}]


def test_same_listing_ignores_the_order_of_set_like_fields() -> None:
    prop = Property(id="p1", name="X", status="APPROVED", city_id="c", amenities=["gym", "wifi"],
                    room_options=[RoomOption("PRIVATE", 1000, {})])
    base = payload_from_property(prop)
    assert differing_fields({**base, "amenities": ["wifi", "gym"], "description": " "}, base) == []
    unpriced = [*base["roomOptions"], {"type": "PRIVATE", "priceMonthly": None}]
    assert differing_fields({**base, "roomOptions": unpriced, "name": "Y"}, base) == ["name", "roomOptions"]


def test_a_draft_is_compared_from_the_channel_version_it_started_from() -> None:
    from datetime import UTC, datetime

    written = datetime(2026, 5, 3, 12, 0, tzinfo=UTC)
    assert draft_started_from({"base_updated_at": "2026-05-01T08:00:00.000+00:00",
                               "started_at": "2026-05-02T09:00:00+00:00"}, written) == datetime(
        2026, 5, 1, 8, 0, tzinfo=UTC)
    assert draft_started_from({"base_updated_at": None, "started_at": "2026-05-02T09:00:00+00:00"}, written) \
        == datetime(2026, 5, 2, 9, 0, tzinfo=UTC)
    assert draft_started_from({}, written) == written  # a draft written before either was recorded


def test_new_listing_drafts_each_have_their_own_slot(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    first, second = new_draft_key(), new_draft_key()
    assert first != second and is_new_key(first) and is_new_key("new") and not is_new_key("prop_0001")
    drafts.save(second, {"payload": {"name": "b"}, "started_at": "2026-05-02T00:00:00+00:00"})
    drafts.save(first, {"payload": {"name": "a"}, "started_at": "2026-05-01T00:00:00+00:00"})
    drafts.save("prop_0001", {"payload": {"name": "edit"}})
    assert drafts.new_keys() == [first, second]  # in the order they were started


def test_a_channel_error_stays_while_its_value_does_and_goes_when_it_changes(qtbot: Any) -> None:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    errors = FieldErrors(scroll)
    hosts = [errors.wrap("description", QPlainTextEdit()), errors.wrap("name", QLineEdit())]
    for host in hosts:
        qtbot.addWidget(host)
    long_text = {**empty_payload(), "name": "X", "description": "x" * 5001}
    errors.show("description", "description must be at most 5,000 characters", long_text)
    errors.show("name", "Give the listing a name.")
    errors.follow({**long_text, "address": "moved on"}, dict)  # another field changed: still about this text
    assert errors.text("description") == "description must be at most 5,000 characters"
    assert errors.text("name") == ""  # a local check that no longer fails
    errors.follow({**long_text, "description": ""}, dict)  # the box cleared
    assert errors.text("description") == "" and errors.shown() == []


def test_draft_store_round_trip(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    assert drafts.load("new") is None
    drafts.save("prop/../1", {"payload": {"name": "x"}})
    assert drafts.keys() == ["prop_.._1"]
    assert drafts.load("prop/../1") == {"payload": {"name": "x"}}
    assert list((tmp_path / "drafts").iterdir()) == [tmp_path / "drafts" / "prop_.._1.json"]
    (tmp_path / "drafts" / "broken.json").write_text("{not json", encoding="utf-8")
    assert drafts.load("broken") is None
    drafts.clear("prop/../1")
    assert not drafts.has("prop/../1")
