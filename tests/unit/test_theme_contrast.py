"""Every text colour stays readable on every background it is drawn on, in each of the four themes (WCAG 2:
4.5:1 for text; 3:1 for the highlight that draws focus rings and selections against the window)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from colivingdesk.ui import theme
from colivingdesk.ui.theme import Theme, accents_for, bubble_fill, contrast_ratio, palette_for

R = QPalette.ColorRole
TEXT = 4.5
#: (text, background) roles of the palette that carry text.
PALETTE_PAIRS = (
    (R.Text, R.Base), (R.Text, R.AlternateBase), (R.WindowText, R.Window), (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base), (R.Link, R.Base),
    (R.ToolTipText, R.ToolTipBase),
)
#: Accents drawn as text inside message bubbles (the reply's state, the sender line).
BUBBLE_TEXT = ("muted", "warn", "error")


def _failures(pairs: Iterator[tuple[str, QColor, QColor]], minimum: float) -> list[str]:
    return [
        f"{what}: {fg.name()} on {bg.name()} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in pairs if contrast_ratio(fg, bg) < minimum
    ]


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("which", list(Theme))
def test_every_text_colour_pair_reaches_4_5_to_1(qapp: QApplication, which: Theme) -> None:
    palette = palette_for(which)
    accents = accents_for(which)
    backgrounds = {
        "window": palette.color(R.Window), "base": palette.color(R.Base),
        "alternate row": palette.color(R.AlternateBase),
        "info banner": accents.banner_info, "error banner": accents.banner_error,
    }

    def pairs() -> Iterator[tuple[str, QColor, QColor]]:
        for fg, bg in PALETTE_PAIRS:
            yield f"{fg.name} on {bg.name}", palette.color(fg), palette.color(bg)
        for name, colour in backgrounds.items():
            yield f"window text on {name}", palette.color(R.WindowText), colour
        for accent, colour in accents.text_colours().items():
            for name, background in backgrounds.items():
                yield f"{accent} on {name}", colour, background
            yield f"pill text on {accent}", accents.on_accent, colour
        for own, pending in ((True, True), (True, False), (False, False)):
            fill = bubble_fill(palette, own=own, pending=pending)
            where = f"{'own' if own else 'guest'}{' pending' if pending else ''} bubble"
            yield f"text on {where}", palette.color(R.Text), fill
            for accent in BUBBLE_TEXT:
                yield f"{accent} on {where}", getattr(accents, accent), fill

    assert _failures(pairs(), TEXT) == []


@pytest.mark.parametrize("which", list(Theme))
def test_the_highlight_stands_out_from_the_window(qapp: QApplication, which: Theme) -> None:
    """Fusion draws focus frames and the current item in the highlight colour: it must show (3:1)."""
    palette = palette_for(which)
    pairs = (
        (f"highlight on {bg.name}", palette.color(R.Highlight), palette.color(bg))
        for bg in (R.Window, R.Base, R.Button)
    )
    assert _failures(iter(pairs), 3.0) == []


def test_high_contrast_follows_the_override(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(theme.CONTRAST_ENV, "high")
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.current() is Theme.HIGH_CONTRAST_DARK
    assert theme.accents() is theme.HIGH_CONTRAST_DARK_ACCENTS
    monkeypatch.setenv(theme.THEME_ENV, "light")
    assert theme.current() is Theme.HIGH_CONTRAST_LIGHT
    monkeypatch.setenv(theme.CONTRAST_ENV, "normal")
    assert theme.current() is Theme.LIGHT
