"""The question a reused reference asks: open the existing listing, replace it, or change the reference.

BookMyColiving answers a create whose ``externalId`` the operator already uses with the existing listing
(``200 {reused: true}``) and applies nothing that was typed. Nothing is lost here: the editor keeps the typed
listing as its draft and this notice, above the form, offers the three ways on. It holds the outbox's note
about the existing listing (``sync.listing_writes.reused_listing``), so the editor can keep it in the draft and
ask again after the window is reopened.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from colivingdesk.ui import theme

OPEN_TEXT = str(QT_TRANSLATE_NOOP("ReferenceConflictWidget", "Open the existing listing"))
REPLACE_TEXT = str(QT_TRANSLATE_NOOP("ReferenceConflictWidget", "Replace it with what I typed"))
CHANGE_TEXT = str(QT_TRANSLATE_NOOP("ReferenceConflictWidget", "Change my reference"))


class ReferenceConflictWidget(QFrame):
    """Says which listing already has the reference and offers the three choices as buttons."""

    #: The existing listing's id: show it (the typed listing stays a draft).
    openExisting = Signal(str)
    #: The existing listing's id: send the typed fields to it as a replace.
    replaceExisting = Signal(str)
    #: Back to the form, on the reference field.
    changeReference = Signal()
    #: One of the three was chosen: the failed create (this outbox id) has nothing more to say.
    answered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceConflict")
        self._note: dict[str, str] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr(OPEN_TEXT), self)
        self.open_button.setObjectName("openExisting")
        self.replace_button = QPushButton(self.tr(REPLACE_TEXT), self)
        self.replace_button.setObjectName("replaceExisting")
        self.change_button = QPushButton(self.tr(CHANGE_TEXT), self)
        self.change_button.setObjectName("changeReference")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 8, 8)
        box.addWidget(self.label)
        box.addLayout(buttons)
        theme.follow(self, lambda accents: (
            f"#referenceConflict {{ border: 1px solid {accents.warn.name()};"
            f" border-left: 4px solid {accents.warn.name()}; border-radius: 5px;"
            f" background: rgba({accents.warn.red()}, {accents.warn.green()}, {accents.warn.blue()}, 38); }}"
        ))
        self.open_button.clicked.connect(lambda: self._emit(self.openExisting))
        self.replace_button.clicked.connect(lambda: self._emit(self.replaceExisting))
        self.change_button.clicked.connect(lambda: self._emit(self.changeReference, with_id=False))
        self.hide()

    def note(self) -> dict[str, str] | None:
        """The existing listing (``property_id``, ``external_id``, ``name``) and the failed create's
        ``outbox_id`` while the question is open."""
        return dict(self._note) if self._note else None

    def ask(self, note: Mapping[str, str]) -> None:
        self._note = {k: str(note.get(k) or "") for k in ("property_id", "external_id", "name", "outbox_id")}
        name = (
            self.tr("“{name}”").format(name=self._note["name"]) if self._note["name"]
            else self.tr("another of your listings")
        )
        self.label.setText(self.tr(
            "A listing with reference {reference} already exists on BookMyColiving: {name}. "
            "Nothing you typed was sent to it, and your text is kept here. You can open that listing, replace "
            "its details with what you typed, or give this listing a different reference."
        ).format(reference=self._note["external_id"], name=name))
        self.show()

    def clear(self) -> None:
        self._note = None
        self.hide()

    def _emit(self, signal: SignalInstance, *, with_id: bool = True) -> None:
        if not self._note:
            return
        if self._note["outbox_id"].isdigit():
            self.answered.emit(int(self._note["outbox_id"]))
        if with_id:
            signal.emit(self._note["property_id"])
        else:
            signal.emit()
