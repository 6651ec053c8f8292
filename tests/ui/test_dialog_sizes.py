"""Dialogs and popups fit a 1366×768 laptop screen and grow with the user's font instead of clipping it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from colivingdesk.ui.dialogs.quick_search import QuickSearchPopup
from colivingdesk.ui.dialogs.saved_replies_dialog import SavedRepliesDialog
from colivingdesk.ui.sizing import FRAME_ALLOWANCE, available_area, bounded

#: A 1366×768 screen less a 40 px panel.
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Scales the application font (as a desktop's font setting would) and restores it afterwards."""
    base = QFont(qapp.font())

    def scale(factor: float) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(base)


def fits(size: QSize, area: QRect) -> bool:
    return size.width() <= area.width() - FRAME_ALLOWANCE.width() and (
        size.height() <= area.height() - FRAME_ALLOWANCE.height()
    )


def saved_replies(window: Any) -> QWidget:
    return SavedRepliesDialog(window.ctx, window)


def quick_search(window: Any) -> QWidget:
    popup = QuickSearchPopup(window.ctx.reader, window)
    popup.popup()
    return popup


@pytest.mark.parametrize("open_dialog", [saved_replies, quick_search])
def test_dialogs_fit_a_laptop_screen_and_grow_with_the_font(
    main_window: Any, qtbot: Any, app_font: Callable[[float], None], open_dialog: Callable[[Any], QWidget]
) -> None:
    main_window.resize(bounded(QSize(1366, 768), LAPTOP))
    sizes: list[QSize] = []
    for factor in (1.0, 1.4):
        app_font(factor)
        dialog = open_dialog(main_window)  # built under the font, as at start-up
        qtbot.addWidget(dialog)
        # Its layout can shrink to a laptop screen at this font, and it opens no bigger than the free area.
        assert fits(dialog.minimumSizeHint(), LAPTOP), (factor, dialog.minimumSizeHint())
        assert fits(dialog.size(), available_area(main_window)), (factor, dialog.size())
        sizes.append(dialog.size())
        dialog.hide()
    small, large = sizes
    assert large.width() > small.width() or large.height() > small.height(), sizes
