"""No text is cut off with a larger system font, in the main views and dialogs.

``QT_SCALE_FACTOR`` scales fonts and geometry alike, so 125% and 200% on a screen of the same logical size
lay out like 100%; what clips is a font larger than the layout was drawn for. So the window is built under a
larger application font (as the desktop's font setting gives it at start-up) and every label, button and
check box shown must get at least the room its text asks for: 1.25× and 1.5× on a 1366×740 window, 2× on a
large one (1920×1040).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

SECTIONS = ("inbox", "leads", "bookings", "properties", "calendar", "automations", "settings")


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons narrower or shorter than their text needs."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            if w.wordWrap():
                short = w.heightForWidth(w.width()) > w.height() + 1
            else:
                hint = w.sizeHint()
                short = hint.width() > w.width() + 1 or hint.height() > w.height() + 1
        elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w.parentWidget(), QTabBar):
            hint = w.minimumSizeHint()
            short = hint.width() > w.width() + 1 or hint.height() > w.height() + 1
        else:
            continue
        if short:
            found.append(f"{type(w).__name__}#{w.objectName()} {w.text()[:40]!r}")
    return found


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    base = QFont(qapp.font())

    def scale(factor: float) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(base)


@pytest.mark.parametrize(
    ("factor", "width", "height"), [(1.25, 1366, 740), (1.5, 1366, 740), (2.0, 1920, 1040)]
)
def test_no_text_is_cut_off_with_a_larger_font(
    synced_service: Any, make_window: Any, qtbot: Any, app_font: Callable[[float], None],
    factor: float, width: int, height: int,
) -> None:
    app_font(factor)
    window = make_window(synced_service)  # built under the font, as at start-up
    window.resize(width, height)
    problems: list[str] = []
    for key in SECTIONS:
        window.show_view(key)
        QApplication.sendPostedEvents()  # the layout requests the switch posted
        problems += [f"{key}: {p}" for p in clipped(window)]
    editor = window.properties.open_editor(None)
    qtbot.waitExposed(editor)
    problems += [f"listing editor: {p}" for p in clipped(editor)]
    editor.reject()
    saved = window.inbox.open_saved_replies()
    qtbot.waitExposed(saved)
    problems += [f"saved replies: {p}" for p in clipped(saved)]
    saved.reject()
    shortcuts = window.open_shortcuts()
    qtbot.waitExposed(shortcuts)
    problems += [f"shortcuts: {p}" for p in clipped(shortcuts)]
    shortcuts.close()
    assert problems == [], "\n".join(problems)
