"""A restored draft that is older than the channel's copy of the listing says so, before it is saved over it.

A draft is started from one version of a listing. If the listing changed on BookMyColiving afterwards (a
colleague, the channel's moderators, another tool), saving the draft would quietly put the old values of
every other field back. The editor therefore remembers, in the draft, the channel's ``updatedAt`` it started
from; when the listing's ``updatedAt`` is newer on restore (or while the editor is open), this notice says
so and offers to list the fields that differ (the channel's value next to the draft's) or to discard the
draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from colivingdesk.ui.dialogs.listing_fields import FIELD_LABELS, differing_fields, format_dollars
from colivingdesk.ui.formatting import long_time
from colivingdesk.ui.widgets.notice import NoticeWidget

SHOW_TEXT, HIDE_TEXT = "Show differences", "Hide differences"


def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def draft_started_from(draft: Mapping[str, Any], saved_at: datetime | None) -> datetime | None:
    """The moment a restored draft is compared against the listing's ``updatedAt``.

    The channel's own ``updatedAt`` of the version the draft started from when the draft has it (no clock
    skew between this computer and the channel); a draft from before that was recorded falls back to when it
    was started, then to when it was last written.
    """
    for value in (draft.get("base_updated_at"), draft.get("started_at")):
        when = _when(value)
        if when is not None and when.tzinfo is not None:
            return when
    return saved_at


def _shown(field: str, payload: Mapping[str, Any], city_name: Callable[[str], str]) -> str:
    value = payload.get(field)
    if field == "cityId":
        return city_name(str(value or "")) or "none"
    if field == "roomOptions":
        rooms = [
            f"{o.get('type', '?')} "
            + (f"${format_dollars(int(o['priceMonthly']))}" if o.get("priceMonthly") is not None else "no price")
            for o in value or []
        ]
        return ", ".join(rooms) or "none"
    if field == "photos":
        return f"{len(value or [])} photo" + ("" if len(value or []) == 1 else "s")
    if isinstance(value, list):
        return ", ".join(sorted(str(v) for v in value)) or "none"
    text = str(value or "").strip()
    if not text:
        return "empty"
    return f"“{text[:117]}…”" if len(text) > 120 else f"“{text}”"


def describe_differences(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], city_name: Callable[[str], str]
) -> str:
    """One line per differing field: the channel's value, then the draft's."""
    lines = [
        f"{FIELD_LABELS[field]}: on BookMyColiving {_shown(field, theirs, city_name)}; "
        f"in your draft {_shown(field, mine, city_name)}"
        for field in differing_fields(mine, theirs)
    ]
    return "\n".join(lines) or "No field differs: the channel's change matches your draft."


class StaleDraftNotice(QWidget):
    """The warning, with "Show differences" and "Discard my draft", and the differences under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleDraft")
        self.notice = NoticeWidget("staleDraftBanner", SHOW_TEXT, self)
        assert self.notice.button is not None
        self.show_button: QPushButton = self.notice.button
        self.show_button.setObjectName("showDifferences")
        self.discard_button = QPushButton("Discard my draft", self.notice)
        self.discard_button.setObjectName("discardStaleDraft")
        row = self.notice.layout()
        if row is not None:
            row.addWidget(self.discard_button)
        self.differences = QLabel(self)
        self.differences.setObjectName("draftDifferences")
        self.differences.setWordWrap(True)
        self.differences.setTextFormat(Qt.TextFormat.PlainText)
        self.differences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.differences.setContentsMargins(16, 2, 8, 4)
        self.differences.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.notice)
        box.addWidget(self.differences)
        self.show_button.clicked.connect(self.toggle_differences)
        self.hide()

    def say(self, changed_at: datetime | None, differences: str, restored: str = "") -> None:
        """Warn; ``restored`` (e.g. "Restored your unsaved changes from …") leads the text, so one notice
        says both and one button discards."""
        when = f" on {long_time(changed_at)}" if changed_at else ""
        lead = f"{restored} " if restored else ""
        self.notice.say(
            f"{lead}This listing changed on BookMyColiving{when}, after you started this draft. Saving the "
            "draft would replace those changes with your version of every field.",
            "warn",
        )
        self.differences.setText(differences)
        self.differences.hide()
        self.show_button.setText(SHOW_TEXT)
        self.show()

    def clear(self) -> None:
        self.notice.say("")
        self.differences.hide()
        self.hide()

    def text(self) -> str:
        return self.notice.text() if not self.isHidden() else ""

    def toggle_differences(self) -> None:
        showing = self.differences.isHidden()
        self.differences.setVisible(showing)
        self.show_button.setText(HIDE_TEXT if showing else SHOW_TEXT)
