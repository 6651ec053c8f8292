"""A notice that stays while it is true: "this listing is live", "no secure keyring", "connected as …".

The window's banner (``widgets/banner.py``) is for events that can be dismissed; these notices describe a
state of the thing on screen, so they sit inside the page or dialog they describe and vanish when it does.
Colours come from the shared theme accents, so a notice reads the same in light and dark schemes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from colivingdesk.ui import theme


def _style(kind: str) -> tuple[str, str]:
    """Background and border colours for a notice kind ("info", "warn", "error")."""
    accents = theme.accents()
    if kind == "error":
        return accents.banner_error.name(), accents.error.name()
    if kind == "warn":
        warn = accents.warn
        return f"rgba({warn.red()}, {warn.green()}, {warn.blue()}, 38)", warn.name()
    if kind == "ok":
        ok = accents.ok
        return f"rgba({ok.red()}, {ok.green()}, {ok.blue()}, 30)", ok.name()
    return accents.banner_info.name(), accents.bmc.name()


class NoticeWidget(QFrame):
    """A coloured, word-wrapped notice with an optional button; hidden while it has nothing to say.

    These notices stay while they are true (the listing is live, a reviewer left notes), unlike the window's
    dismissable banner, so they belong to the dialog rather than to the notifier.
    """

    def __init__(self, object_name: str, action: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action, self)
            row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Never take more height than the text needs: the form below is what the dialog is for.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.kind = "info"
        self.hide()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def _sheet(self, kind: str) -> str:
        background, edge = _style(kind)
        return (
            f"#{self.objectName()} {{ background: {background}; border: 1px solid {edge}; "
            f"border-left: 4px solid {edge}; border-radius: 5px; }}"
        )

    def say(self, text: str, kind: str = "info") -> None:
        self.label.setText(text)
        self.kind = kind
        theme.follow(self, lambda _accents: self._sheet(kind))
        self.setVisible(bool(text))
