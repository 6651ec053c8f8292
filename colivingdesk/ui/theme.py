"""Light, dark and high-contrast palettes that follow the operating system, plus the few accent colours the
views share.

Fusion is used on every platform so every palette looks the same everywhere and offscreen screenshots match
what users see. Qt reports the OS colour scheme through ``QStyleHints.colorScheme`` and the contrast setting
through ``QStyleHints.accessibility().contrastPreference()`` (Qt 6.10+), and tells us when either flips, so the
window re-themes live without a restart.

Every colour that carries text meets WCAG's 4.5:1 against every background it is drawn on, in every theme
(``tests/unit/test_theme_contrast.py`` computes it): accents as text on the window, base, alternate rows,
banners and message bubbles, and ``on_accent`` as the text of pills filled with an accent.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from colivingdesk.domain import Channel


@dataclass(frozen=True, slots=True)
class Accents:
    """Colours with a meaning (channel, state), chosen per theme to keep contrast on its backgrounds."""

    bmc: QColor
    coliving: QColor
    ok: QColor
    warn: QColor
    error: QColor
    muted: QColor
    badge: QColor
    banner_info: QColor
    banner_error: QColor
    #: Text on a pill filled with any of the colours above (white on the light themes' dark accents, near-black
    #: on the dark themes' bright ones).
    on_accent: QColor

    def channel(self, channel: Channel | str) -> QColor:
        return self.bmc if Channel(channel) is Channel.BMC else self.coliving

    def text_colours(self) -> dict[str, QColor]:
        """The accents drawn as text or as a pill's fill (the banners' backgrounds are not)."""
        return {
            "bmc": self.bmc, "coliving": self.coliving, "ok": self.ok, "warn": self.warn, "error": self.error,
            "muted": self.muted, "badge": self.badge,
        }


LIGHT_ACCENTS = Accents(
    bmc=QColor("#1f5fc9"), coliving=QColor("#12764f"), ok=QColor("#12764f"), warn=QColor("#935600"),
    error=QColor("#b71c1c"), muted=QColor("#5c636d"), badge=QColor("#c5221f"),
    banner_info=QColor("#e8f0fe"), banner_error=QColor("#fde8e8"), on_accent=QColor("#ffffff"),
)
DARK_ACCENTS = Accents(
    bmc=QColor("#7aa7ff"), coliving=QColor("#4fd1a1"), ok=QColor("#4fd1a1"), warn=QColor("#f3b453"),
    error=QColor("#ff7b72"), muted=QColor("#a3aab5"), badge=QColor("#ff8a80"),
    banner_info=QColor("#1f2d45"), banner_error=QColor("#4a1f1f"), on_accent=QColor("#111111"),
)
HIGH_CONTRAST_LIGHT_ACCENTS = Accents(
    bmc=QColor("#0a3d91"), coliving=QColor("#005c38"), ok=QColor("#005c38"), warn=QColor("#6b3d00"),
    error=QColor("#8f0000"), muted=QColor("#3d3d3d"), badge=QColor("#8f0000"),
    banner_info=QColor("#e6eeff"), banner_error=QColor("#ffe6e6"), on_accent=QColor("#ffffff"),
)
HIGH_CONTRAST_DARK_ACCENTS = Accents(
    bmc=QColor("#a8c8ff"), coliving=QColor("#5ff5c0"), ok=QColor("#5ff5c0"), warn=QColor("#ffd166"),
    error=QColor("#ff9e99"), muted=QColor("#c8c8c8"), badge=QColor("#ff9e99"),
    banner_info=QColor("#0a1a33"), banner_error=QColor("#330000"), on_accent=QColor("#000000"),
)


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST_LIGHT = "high-contrast-light"
    HIGH_CONTRAST_DARK = "high-contrast-dark"


#: ``COLIVINGDESK_THEME=dark`` or ``light`` overrides the OS, for desktops that do not report a scheme and for
#: screenshots (the offscreen platform always reports "unknown").
THEME_ENV = "COLIVINGDESK_THEME"
#: ``COLIVINGDESK_CONTRAST=high`` (or ``normal``) overrides the OS's contrast setting, for desktops that do not
#: report one to Qt.
CONTRAST_ENV = "COLIVINGDESK_CONTRAST"


def is_dark() -> bool:
    """Whether the OS asks for a dark scheme (``Unknown`` counts as light, the safer default for contrast)."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    global _os_dark
    if _os_dark is None:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return False
        _os_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return _os_dark


#: The OS's colour scheme as last read: once, then again by :class:`ThemeFollower` when the OS switches. Every
#: painted cell with a coloured text asks for the theme; asking Qt each time cost a table scrolled to its end
#: half a second.
_os_dark: bool | None = None


#: The OS's contrast setting as last read by :class:`ThemeFollower` (read once and on change, not per paint:
#: the ``QAccessibilityHints`` wrapper does not survive being fetched again and again from Python).
_os_high_contrast = False


def is_high_contrast() -> bool:
    """Whether the OS (or ``COLIVINGDESK_CONTRAST``) asks for high contrast."""
    forced = os.environ.get(CONTRAST_ENV, "").strip().lower()
    if forced in ("high", "normal"):
        return forced == "high"
    return _os_high_contrast


def current() -> Theme:
    dark, high = is_dark(), is_high_contrast()
    if high:
        return Theme.HIGH_CONTRAST_DARK if dark else Theme.HIGH_CONTRAST_LIGHT
    return Theme.DARK if dark else Theme.LIGHT


_ACCENTS = {
    Theme.LIGHT: LIGHT_ACCENTS, Theme.DARK: DARK_ACCENTS,
    Theme.HIGH_CONTRAST_LIGHT: HIGH_CONTRAST_LIGHT_ACCENTS, Theme.HIGH_CONTRAST_DARK: HIGH_CONTRAST_DARK_ACCENTS,
}


def accents_for(which: Theme) -> Accents:
    return _ACCENTS[which]


def accents() -> Accents:
    return _ACCENTS[current()]


class _Restyler(QObject):
    """Rebuilds one widget's style sheet from the current theme's accents when :func:`apply_theme` switches
    theme, so a colour chosen at construction does not outlive a switch between light and dark.

    A sheet naming ``palette(...)`` roles is set again even when its text is the same: Qt resolves those roles
    once, when the sheet is set, and would keep the old theme's colours.

    It is reached through the registry below, not as an event filter on its widget: a Python event filter is a
    call into the interpreter for every event its widget receives (each paint, hover and layout request), and
    during a large sync each of those calls waited for the interpreter lock the store thread was holding. With
    some fifty followed widgets, that made frames of the window late by 20 ms and more."""

    def __init__(self, widget: QWidget, build: Callable[[Accents], str]) -> None:
        super().__init__(widget)  # a child of its widget: deleted with it, and then gone from the registry
        self.widget = widget
        self.build = build
        _restylers[_address(widget)] = self

    def apply(self, *, palette_changed: bool = False) -> None:
        sheet = self.build(accents())
        if self.widget.styleSheet() != sheet or (palette_changed and "palette(" in sheet):
            self.widget.setStyleSheet(sheet)


#: Every live restyler by its widget's address: :func:`apply_theme` rebuilds each (Qt sends no palette event to
#: a widget with a sheet of its own when the style is replaced along with the application palette), and
#: :func:`follow` finds a widget's restyler without ``findChild``, which makes a Python wrapper for every child
#: (PySide6 then loads the type of each, a large share of the first frame).
_restylers: weakref.WeakValueDictionary[int, _Restyler] = weakref.WeakValueDictionary()


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def _restyler_of(widget: QWidget) -> _Restyler | None:
    """The live restyler of ``widget`` (not of a deleted widget that had the same address)."""
    restyler = _restylers.get(_address(widget))
    if restyler is None or not shiboken6.isValid(restyler) or not shiboken6.isValid(restyler.widget):
        return None
    return restyler if _address(restyler.widget) == _address(widget) else None


def restyle_all() -> None:
    """Rebuild every followed widget's sheet for the current theme, and set every other widget's own sheet
    again: Qt works out a sheet's colours (the text's included) against the palette of the moment it is set,
    so a bold label with a sheet would keep the light theme's black text on a dark window."""
    followed = set()
    for restyler in list(_restylers.values()):
        if shiboken6.isValid(restyler) and shiboken6.isValid(restyler.widget):
            restyler.apply(palette_changed=True)
            followed.add(restyler.widget)
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet and widget not in followed:
            widget.setStyleSheet(sheet)


def follow(widget: QWidget, build: Callable[[Accents], str] | str) -> None:
    """Give ``widget`` the style sheet ``build`` makes from the theme's accents (or a fixed sheet using
    ``palette(...)`` roles), now and after every theme change. Calling it again replaces the previous builder
    (a label whose colour follows a state)."""
    if isinstance(build, str):
        sheet = build
        build = lambda _accents: sheet  # noqa: E731
    restyler = _restyler_of(widget)
    if restyler is None:
        restyler = _Restyler(widget, build)
    restyler.build = build
    restyler.apply()


def accent_name(colour: QColor) -> str | None:
    """Which of the current theme's text accents ``colour`` is (so a caller holding a colour can :func:`tint`)."""
    return next((name for name, c in accents().text_colours().items() if c == colour), None)


def tint(widget: QWidget, accent: str, extra: str = "") -> None:
    """Text in one of the :class:`Accents` (``"muted"``, ``"error"``...), following theme changes; ``extra``
    adds declarations such as ``"font-weight: bold;"``."""
    follow(widget, lambda a: f"color: {getattr(a, accent).name()};{(' ' + extra) if extra else ''}")


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio (1 to 21); body text needs 4.5, large text and focus rings 3."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def bubble_fill(palette: QPalette, *, own: bool, pending: bool = False) -> QColor:
    """The background of a message bubble: the user's own in a tint of the highlight (lighter while not yet
    confirmed), the guest's a shade off the alternate row colour. Returned opaque (blended over the base), so
    its contrast with the text drawn on it can be computed."""
    base = palette.color(QPalette.ColorRole.Base)
    if own:
        tint = palette.color(QPalette.ColorRole.Highlight)
        alpha = (28 if pending else 50) / 255
        return QColor.fromRgbF(
            tint.redF() * alpha + base.redF() * (1 - alpha),
            tint.greenF() * alpha + base.greenF() * (1 - alpha),
            tint.blueF() * alpha + base.blueF() * (1 - alpha),
        )
    dark = relative_luminance(base) < 0.2
    return palette.color(QPalette.ColorRole.AlternateBase).darker(80 if dark else 104)


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
    # Light enough to stand out from the dark buttons and window (3:1, focus frames are drawn in it), so the
    # text on it is dark.
    p.setColor(QPalette.ColorRole.Highlight, QColor("#7cacf8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#111111"))
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
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#646b75"))  # 4.5:1 on the base
    # Without these, a disabled button (e.g. Submit on a live listing) looks exactly like an enabled one.
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a6ae"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#f1f2f4"))
    return p


def _high_contrast_palette(dark: bool) -> QPalette:
    """Black on white or white on black, with a strong highlight; disabled text stays readable (3:1 and more)."""
    p = QPalette()
    back, fore = (QColor("#000000"), QColor("#ffffff")) if dark else (QColor("#ffffff"), QColor("#000000"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.ToolTipBase):
        p.setColor(role, back)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#121212") if dark else QColor("#f2f2f2"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.BrightText):
        p.setColor(role, fore)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#ffd400") if dark else QColor("#0033a0"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000") if dark else QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#9ecbff") if dark else QColor("#0033a0"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8") if dark else QColor("#3d3d3d"))
    # Frames and focus rings are drawn from these: full contrast, so every control's edge shows.
    p.setColor(QPalette.ColorRole.Mid, fore)
    p.setColor(QPalette.ColorRole.Dark, fore)
    p.setColor(QPalette.ColorRole.Shadow, fore)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9a9a") if dark else QColor("#6a6a6a"))
    return p


def palette_for(which: Theme) -> QPalette:
    if which is Theme.LIGHT:
        return _light_palette()
    if which is Theme.DARK:
        return _dark_palette()
    return _high_contrast_palette(which is Theme.HIGH_CONTRAST_DARK)


#: High contrast: every field framed in the text colour and the focused one in the highlight, thicker. Fusion
#: draws frames a shade darker than the window, which on black is no frame at all.
_HIGH_CONTRAST_SHEET = (
    "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView"
    " { border: 1px solid palette(text); }"
    "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,"
    " QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus"
    " { border: 2px solid palette(highlight); }"
    # Fusion draws check and radio boxes in shades of the window colour, which on black is nothing: an unchosen
    # option showed no box at all. Framed in the text colour, filled with the highlight when chosen.
    "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator"
    " { width: 12px; height: 12px; border: 2px solid palette(text); background: palette(base); }"
    "QRadioButton::indicator { border-radius: 8px; }"
    "QCheckBox::indicator:checked, QRadioButton::indicator:checked, QGroupBox::indicator:checked"
    " { background: palette(highlight); }"
)


#: The normal themes: Fusion frames a focused line edit, combo box and button in the highlight colour, but not a
#: focused text area, list or table (nor the frameless conversation), so Tab into the reply box, the open
#: conversation or the calendar showed no focus at all. Only ``:focus`` is styled: unfocused they keep Fusion's look.
#: The frameless conversation gets a transparent frame to colour (a style sheet draws no border on a frame
#: that has none when unfocused).
_FOCUS_SHEET = (
    "QListView#conversation { border: 1px solid transparent; }"
    "QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus, QListView#conversation:focus"
    " { border: 1px solid palette(highlight); }"
)


def style_sheet_for(which: Theme) -> str:
    """The application style sheet a theme needs on top of its palette (focus frames for the normal themes)."""
    return _HIGH_CONTRAST_SHEET if which in (Theme.HIGH_CONTRAST_LIGHT, Theme.HIGH_CONTRAST_DARK) else _FOCUS_SHEET


def apply_theme(app: QApplication) -> None:
    """Fusion with the palette matching the OS scheme and contrast setting."""
    use_theme(app, current())


def use_theme(app: QApplication, which: Theme) -> None:
    """Fusion with ``which``'s palette and sheet, every followed widget restyled for it (see ``_Restyler``)."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(which))
    app.setStyleSheet(style_sheet_for(which))
    restyle_all()


class ThemeFollower(QObject):
    """Re-applies the palette when the OS switches scheme or contrast while the app runs."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        hints = app.styleHints()
        self._accessibility = hints.accessibility()  # kept: the one wrapper of the hints, for the app's life
        self._read_os()
        apply_theme(app)
        hints.colorSchemeChanged.connect(self._on_change)
        self._accessibility.contrastPreferenceChanged.connect(self._on_change)

    def _read_os(self) -> None:
        global _os_high_contrast, _os_dark
        _os_high_contrast = self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        _os_dark = self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def _on_change(self, *_args: object) -> None:
        self._read_os()
        apply_theme(self._app)
