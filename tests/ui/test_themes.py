"""The keyboard focus is visible in every theme: a control looks different when Tab has moved onto it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui.theme import Theme, palette_for, style_sheet_for


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Any]:
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()

    def use(which: Theme) -> None:
        qapp.setStyle("Fusion")
        qapp.setPalette(palette_for(which))
        qapp.setStyleSheet(style_sheet_for(which))

    yield use
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("which", list(Theme))
def test_tab_focus_is_visible_on_every_kind_of_control(qtbot: Any, themed: Any, which: Theme) -> None:
    themed(which)
    form = QWidget()
    layout = QVBoxLayout(form)
    start = QPushButton("Start")
    controls: list[QWidget] = [QPushButton("Send"), QLineEdit("text"), QComboBox(), QCheckBox("Upcoming only"),
                               QListWidget(), QToolButton()]
    controls[5].setText("Saved replies")  # type: ignore[attr-defined]
    controls[2].addItem("Inbox")  # type: ignore[attr-defined]
    controls[4].addItems(["one", "two"])  # type: ignore[attr-defined]
    for w in (start, *controls):
        layout.addWidget(w)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    unfocused = [_image(w) for w in controls]
    invisible = []
    for control, before in zip(controls, unfocused, strict=True):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(control.hasFocus, timeout=2000)
        if _image(control) == before:
            invisible.append(type(control).__name__)
    assert invisible == []
