"""The error lines under the listing editor's fields, each remembering why it is shown so it goes by itself.

An error that stays after the field was corrected makes people doubt the fix, and one that vanishes only at
the next Save makes them press Save to find out. So every line here knows where it came from:

* a **local** check (:func:`~colivingdesk.ui.dialogs.listing_fields.validate`, or a price cell that could
  not be read) is re-run on every edit: the line follows the field's current problem, and goes as soon as
  there is none;
* the **channel's** answer (an outbox failure, a reused reference) cannot be re-asked without sending, so it
  stays while the field holds the value it was about, and goes the moment that value changes.

Fields without an error are not checked while typing: a half-typed email is not an error yet. They are
checked when the user saves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from colivingdesk.ui import theme
from colivingdesk.ui.dialogs.listing_fields import comparable

LOCAL, CHANNEL = "local", "channel"


class FieldErrors:
    """Owns one hidden error label per field; the editor says what to show and when the form changed."""

    def __init__(self, scroll: QScrollArea) -> None:
        self._scroll = scroll
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        #: field -> (origin, the field's comparable value when a channel error was placed)
        self._origin: dict[str, tuple[str, Any]] = {}

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error line under it, for the form."""
        host = QWidget()
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 4)
        box.setSpacing(2)
        box.addWidget(widget)
        label = QLabel(host)
        label.setObjectName(f"error-{name}")
        label.setWordWrap(True)
        theme.tint(label, "error")
        label.hide()
        box.addWidget(label)
        self._labels[name] = label
        self._widgets[name] = widget
        return host

    def owns(self, field: str) -> bool:
        return field in self._labels

    def show(
        self, field: str, message: str, payload: Mapping[str, Any] | None = None, *, reveal: bool = True
    ) -> None:
        """Show ``message`` under ``field``: a channel error when ``payload`` (the form it was about) is given,
        else a local one; ``reveal`` scrolls it into view (not while the user is typing elsewhere)."""
        label = self._labels[field]
        label.setText(message)
        label.show()
        value = comparable(payload).get(field) if payload is not None else None
        self._origin[field] = (CHANNEL, value) if payload is not None else (LOCAL, None)
        if reveal:
            self._scroll.ensureWidgetVisible(self._widgets[field])

    def hide(self, field: str) -> None:
        label = self._labels[field]
        label.clear()
        label.hide()
        self._origin.pop(field, None)

    def clear(self) -> None:
        for field in list(self._labels):
            self.hide(field)

    def text(self, field: str) -> str:
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""

    def shown(self) -> list[str]:
        return [field for field in self._labels if not self._labels[field].isHidden()]

    def follow(self, payload: Mapping[str, Any], local_problems: Callable[[], Mapping[str, str]]) -> None:
        """The form changed: update or drop each shown error (see the module docstring)."""
        if not self._origin:
            return
        problems = local_problems()
        now = comparable(payload)
        for field, (origin, value) in list(self._origin.items()):
            if origin == CHANNEL and now.get(field) == value:
                continue  # still the value the channel refused
            if field in problems:
                self.show(field, problems[field], reveal=False)
            else:
                self.hide(field)
