"""Light and dark palettes that follow the operating system, plus the few accent colours the views share.

Fusion is used on every platform so both palettes look the same everywhere and offscreen screenshots match
what users see. Qt 6.5+ reports the OS colour scheme through ``QStyleHints.colorScheme`` and tells us when it
flips, so the window re-themes live without a restart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from colivingdesk.domain import Channel


@dataclass(frozen=True, slots=True)
class Accents:
    """Colours with a meaning (channel, state), chosen per scheme to keep contrast on both backgrounds."""

    bmc: QColor
    coliving: QColor
    ok: QColor
    warn: QColor
    error: QColor
    muted: QColor
    badge: QColor
    banner_info: QColor
    banner_error: QColor

    def channel(self, channel: Channel | str) -> QColor:
        return self.bmc if Channel(channel) is Channel.BMC else self.coliving


LIGHT_ACCENTS = Accents(
    bmc=QColor("#2f6fdb"), coliving=QColor("#1e9e6a"), ok=QColor("#1e9e6a"), warn=QColor("#c77700"),
    error=QColor("#c62828"), muted=QColor("#6b7280"), badge=QColor("#d93025"),
    banner_info=QColor("#e8f0fe"), banner_error=QColor("#fde8e8"),
)
DARK_ACCENTS = Accents(
    bmc=QColor("#7aa7ff"), coliving=QColor("#4fd1a1"), ok=QColor("#4fd1a1"), warn=QColor("#f3b453"),
    error=QColor("#ff7b72"), muted=QColor("#9ca3af"), badge=QColor("#e5534b"),
    banner_info=QColor("#1f2d45"), banner_error=QColor("#4a1f1f"),
)


#: ``COLIVINGDESK_THEME=dark`` or ``light`` overrides the OS, for desktops that do not report a scheme and for
#: screenshots (the offscreen platform always reports "unknown").
THEME_ENV = "COLIVINGDESK_THEME"


def is_dark() -> bool:
    """Whether the OS asks for a dark scheme (``Unknown`` counts as light, the safer default for contrast)."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def accents() -> Accents:
    return DARK_ACCENTS if is_dark() else LIGHT_ACCENTS


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#25272a"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#303134"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2d2f31"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3a6fd8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1f2328"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    p.setColor(QPalette.ColorRole.Button, QColor("#eceef1"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2328"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fdb"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1a5fd0"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8b929b"))
    # Without these, a disabled button (e.g. Submit on a live listing) looks exactly like an enabled one.
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a6ae"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#f1f2f4"))
    return p


def apply_theme(app: QApplication) -> None:
    """Fusion with the palette matching the OS scheme."""
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark() else _light_palette())


class ThemeFollower(QObject):
    """Re-applies the palette when the OS switches between light and dark while the app runs."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        apply_theme(app)
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        apply_theme(self._app)
