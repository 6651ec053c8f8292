"""The listing editor's scrolling form: every field's widget, its error line, and the payload in and out.

Kept apart from the dialog (banners, buttons, drafts, saving) so that the dialog reads as what happens to a
listing and this module as what the page looks like. The form scrolls inside the dialog, so the dialog can
stay within a laptop screen whatever the font size.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui.dialogs.field_errors import FieldErrors
from colivingdesk.ui.dialogs.listing_fields import field_label
from colivingdesk.ui.widgets.chip_selector import ChipSelectorWidget
from colivingdesk.ui.widgets.city_combo import CityComboBox
from colivingdesk.ui.widgets.photo_strip import PhotoStripWidget, ThumbnailLoader
from colivingdesk.ui.widgets.room_options_editor import RoomOptionsWidget

SECTIONS = (
    (str(QT_TRANSLATE_NOOP("ListingForm", "The place")), ("name", "cityId", "address", "description")),
    (str(QT_TRANSLATE_NOOP("ListingForm", "Contact and community")), ("contactEmail", "colivingTypeIds", "amenities")),
    (str(QT_TRANSLATE_NOOP("ListingForm", "Rooms, prices and photos")), ("roomOptions", "photos")),
    (str(QT_TRANSLATE_NOOP("ListingForm", "For your own records")), ("externalId",)),
)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class ListingForm(QScrollArea):
    """The fields of one listing; ``edited`` fires after any change the user makes (not after loading)."""

    edited = Signal()

    def __init__(self, thumbnails: ThumbnailLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # The page itself is no Tab stop: the dialog opens with the focus in Name, so typing goes somewhere;
        # the page scrolls to whichever field Tab reaches.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Sunny Coliving Lisbon"))
        self.city_combo = CityComboBox()
        self.city_combo.setObjectName("cityId")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("address")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)  # Tab moves on (a tab character has no use here)
        self.description_edit.setPlaceholderText(
            self.tr("What makes living here good: rooms, community, neighbourhood."),
        )
        self.description_edit.setMinimumHeight(72)
        self.description_edit.setMaximumHeight(96)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("contactEmail")
        self.email_edit.setPlaceholderText(self.tr("host@example.com"))
        self.external_edit = QLineEdit()
        self.external_edit.setObjectName("externalId")
        self.external_edit.setPlaceholderText(self.tr("Your own id for this listing, e.g. from your PMS (optional)"))
        self.types_chips = ChipSelectorWidget()
        self.types_chips.setObjectName("colivingTypeIds")
        self.amenity_chips = ChipSelectorWidget()
        self.amenity_chips.setObjectName("amenities")
        self.rooms = RoomOptionsWidget()
        self.rooms.setObjectName("roomOptionsEditor")
        self.photos = PhotoStripWidget(thumbnails)
        self.photos.setObjectName("photos")
        self.widgets: dict[str, QWidget] = {
            "name": self.name_edit, "cityId": self.city_combo, "address": self.address_edit,
            "description": self.description_edit, "contactEmail": self.email_edit,
            "colivingTypeIds": self.types_chips, "amenities": self.amenity_chips, "roomOptions": self.rooms,
            "photos": self.photos, "externalId": self.external_edit,
        }
        self.errors = FieldErrors(self)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        host = QWidget()
        host.setObjectName("editorForm")
        # One form for every section, so labels line up down the whole page; spare height goes below it.
        page = QVBoxLayout(host)
        page.setContentsMargins(18, 0, 18, 18)
        form = QFormLayout()
        page.addLayout(form)
        page.addStretch(1)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for title, names in SECTIONS:
            form.addRow(_section(self.tr(title)))
            for name in names:
                self.widgets[name].setAccessibleName(field_label(name))
                form.addRow(field_label(name), self.errors.wrap(name, self.widgets[name]))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(host)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab in the order fields appear in, not the order they were built; a chip selector takes no focus
        itself, its chips do, and Qt adds chips built later at the end of the chain."""
        chain: list[QWidget] = []
        for _title, names in SECTIONS:
            for name in names:
                widget = self.widgets[name]
                chain.extend(widget.chips() if isinstance(widget, ChipSelectorWidget) else [widget])
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        for edit in (self.name_edit, self.address_edit, self.email_edit, self.external_edit):
            edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.city_combo.currentIndexChanged.connect(self._changed)
        self.city_combo.line().textEdited.connect(self._changed)
        self.types_chips.selectionChanged.connect(self._changed)
        self.amenity_chips.selectionChanged.connect(self._changed)
        self.types_chips.chipsChanged.connect(self._order_tabs)
        self.amenity_chips.chipsChanged.connect(self._order_tabs)
        self.rooms.changed.connect(self._changed)
        self.photos.changed.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def payload(self) -> dict[str, Any]:
        """What the form holds now, in API names (prices in cents)."""
        return {
            "name": self.name_edit.text(),
            "description": self.description_edit.toPlainText(),
            "cityId": self.city_combo.city_id(),
            "address": self.address_edit.text(),
            "amenities": self.amenity_chips.selected(),
            "contactEmail": self.email_edit.text(),
            "colivingTypeIds": self.types_chips.selected(),
            "roomOptions": self.rooms.options(),
            "photos": [{"url": url} for url in self.photos.urls()],
            "externalId": self.external_edit.text(),
        }

    def typed_prices(self) -> dict[str, str]:
        """Price cells holding text that is not a price (``payload`` has no price there), as a draft keeps
        them: ``{row number as text: what was typed}``."""
        return {str(row): text for row, text in self.rooms.model.typed_prices().items()}

    def set_payload(
        self, payload: Mapping[str, Any], locked_photos: Sequence[str] = (),
        typed_prices: Mapping[str, Any] | None = None,
    ) -> None:
        """Show ``payload`` without it counting as an edit; ``locked_photos`` are already on the channel, and
        ``typed_prices`` (from :meth:`typed_prices`) go back into their cells as typed."""
        self._loading = True
        try:
            self.name_edit.setText(str(payload.get("name", "")))
            with QSignalBlocker(self.description_edit):
                self.description_edit.setPlainText(str(payload.get("description", "")))
            with QSignalBlocker(self.city_combo):
                self.city_combo.select(str(payload.get("cityId") or ""))
            self.address_edit.setText(str(payload.get("address", "")))
            self.email_edit.setText(str(payload.get("contactEmail", "")))
            self.external_edit.setText(str(payload.get("externalId") or ""))
            self.types_chips.set_selected(list(payload.get("colivingTypeIds", [])), notify=False)
            self.amenity_chips.set_selected(list(payload.get("amenities", [])), notify=False)
            typed = {int(row): text for row, text in (typed_prices or {}).items()
                     if str(row).isdigit() and isinstance(text, str)}
            self.rooms.set_options([dict(o) for o in payload.get("roomOptions", [])], typed)
            urls = [str(p.get("url", "")) for p in payload.get("photos", []) if p.get("url")]
            self.photos.set_urls(urls, locked=list(locked_photos))
        finally:
            self._loading = False
