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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from colivingdesk.translatable import Counted
from colivingdesk.ui.dialogs.listing_fields import differing_fields, field_label, price_text
from colivingdesk.ui.formatting import long_time
from colivingdesk.ui.widgets.notice import NoticeWidget

SHOW_TEXT = str(QT_TRANSLATE_NOOP("StaleDraftNotice", "Show differences"))
HIDE_TEXT = str(QT_TRANSLATE_NOOP("StaleDraftNotice", "Hide differences"))
#: Counted words of a difference (a module-level function's plurals: see ``translatable.Counted``).
StaleDraftWords = Counted("StaleDraftWords", {"%n photos": "%n photo"})


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
        return city_name(str(value or "")) or QCoreApplication.translate("StaleDraftNotice", "none")
    if field == "roomOptions":
        rooms = [
            f"{o.get('type', '?')} "
            + (price_text(int(o["priceMonthly"])) if o.get("priceMonthly") is not None
               else QCoreApplication.translate("StaleDraftNotice", "no price"))
            for o in value or []
        ]
        return ", ".join(rooms) or QCoreApplication.translate("StaleDraftNotice", "none")
    if field == "photos":
        return StaleDraftWords.tr("%n photos", "", len(value or []))
    if isinstance(value, list):
        return ", ".join(sorted(str(v) for v in value)) or QCoreApplication.translate("StaleDraftNotice", "none")
    text = str(value or "").strip()
    if not text:
        return QCoreApplication.translate("StaleDraftNotice", "empty")
    return f"“{text[:117]}…”" if len(text) > 120 else f"“{text}”"


def describe_differences(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], city_name: Callable[[str], str]
) -> str:
    """One line per differing field: the channel's value, then the draft's."""
    lines = [
        QCoreApplication.translate(
            "StaleDraftNotice", "{field}: on BookMyColiving {theirs}; in your draft {mine}",
        ).format(
            field=field_label(field), theirs=_shown(field, theirs, city_name), mine=_shown(field, mine, city_name),
        )
        for field in differing_fields(mine, theirs)
    ]
    return "\n".join(lines) or QCoreApplication.translate(
        "StaleDraftNotice", "No field differs: the channel's change matches your draft.",
    )


class StaleDraftNotice(QWidget):
    """The warning, with "Show differences" and "Discard my draft", and the differences under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleDraft")
        self.notice = NoticeWidget("staleDraftBanner", self.tr(SHOW_TEXT), self)
        assert self.notice.button is not None
        self.show_button: QPushButton = self.notice.button
        self.show_button.setObjectName("showDifferences")
        self.discard_button = QPushButton(self.tr("Discard my draft"), self.notice)
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
        if changed_at:
            text = self.tr(
                "This listing changed on BookMyColiving on {time}, after you started this draft. Saving the "
                "draft would replace those changes with your version of every field."
            ).format(time=long_time(changed_at))
        else:
            text = self.tr(
                "This listing changed on BookMyColiving, after you started this draft. Saving the "
                "draft would replace those changes with your version of every field."
            )
        if restored:
            text = self.tr("{restored} {warning}").format(restored=restored, warning=text)
        self.notice.say(text, "warn")
        self.differences.setText(differences)
        self.differences.hide()
        self.show_button.setText(self.tr(SHOW_TEXT))
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
        self.show_button.setText(self.tr(HIDE_TEXT) if showing else self.tr(SHOW_TEXT))
