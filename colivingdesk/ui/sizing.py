"""Sizes in the user's font, bounded by the screen: how every dialog and popup picks its size.

Sizes in pixels ("760 × 480") look right at one font size on one screen: with a larger system font the text
no longer fits, and a default taller than a 1366×768 laptop's screen pushes the buttons under the taskbar.
So a dialog asks for so many average characters by so many lines of its own font, and gets at most the
screen's free area (or the window it pops up over).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a top-level window for its frame and title bar, which ``availableGeometry`` includes.
FRAME_ALLOWANCE = QSize(16, 40)


def text_size(widget: QWidget, columns: int, lines: int) -> QSize:
    """About ``columns`` average characters by ``lines`` lines of ``widget``'s font."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines)


def available_area(widget: QWidget) -> QRect:
    """The free area of the screen ``widget`` is on (of its parent window's screen before it is shown)."""
    parent = widget.parentWidget()
    window = parent.window() if parent is not None else widget
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def bounded(wanted: QSize, area: QRect, frame: QSize = FRAME_ALLOWANCE) -> QSize:
    """``wanted``, shrunk where it would not fit in ``area`` with ``frame`` around it."""
    return wanted.boundedTo(QSize(area.width() - frame.width(), area.height() - frame.height()))


def fit_text(widget: QWidget, columns: int, lines: int, within: QRect | None = None) -> QSize:
    """Resize ``widget`` to ``columns`` × ``lines`` of its font (never below what its layout needs) within its
    screen's free area and, if given, ``within`` (a popup's window); returns the size given."""
    wanted = text_size(widget, columns, lines).expandedTo(widget.minimumSizeHint())
    size = bounded(wanted, available_area(widget))
    if within is not None:
        size = bounded(size, within)
    widget.resize(size)
    return size
