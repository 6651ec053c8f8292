"""Where the operator left the window, kept in QSettings between runs: its geometry and dock state, the last
section shown and the position of every named splitter (never a secret, never a record).

A view built later (see ``MainWindow.view``) restores its own splitters when it is built, so each splitter
needs a stable object name.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from colivingdesk.ui.sizing import available_area, bounded

#: The first run's size: wide enough for the status bar's states and budgets side by side (at 1180 the
#: budgets were cut); never more than the screen offers (a 1366×768 screen has less height).
FIRST_SIZE = QSize(1300, 760)


def restore_window(window: QMainWindow) -> str:
    """Put ``window`` where it was (or give it the first run's size); returns the section last shown."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(bounded(FIRST_SIZE, available_area(window)))
    state = settings.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    restore_splitters(window)
    return str(settings.value("window/lastView", "inbox"))


def restore_splitters(widget: QWidget) -> None:
    settings = QSettings()
    for splitter in widget.findChildren(QSplitter):
        saved = settings.value(f"splitters/{splitter.objectName()}")
        if splitter.objectName() and isinstance(saved, QByteArray):
            splitter.restoreState(saved)


def save_window(window: QMainWindow, last_view: str | None) -> None:
    """Remember ``window``'s place and splitters; ``last_view``: the section to open next time (None: keep)."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    if last_view is not None:
        settings.setValue("window/lastView", last_view)
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    settings.sync()
