"""Shift+F10 opens the context menu of whichever control has the keyboard, in the window and in dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QVBoxLayout, QWidget

from colivingdesk.ui.keyboard import install_keyboard_helpers


def _list_in(window: QWidget, asked: list[tuple[str, QPoint]]) -> QListWidget:
    layout = QVBoxLayout(window)
    names = QListWidget(window)
    names.addItems(["Ana", "Bruno"])
    names.setCurrentRow(1)
    names.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    names.customContextMenuRequested.connect(lambda at: asked.append((window.objectName(), at)))
    layout.addWidget(names)
    return names


def _focus(qtbot: Any, window: QWidget, control: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    control.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is control, timeout=2000)


def test_shift_f10_follows_the_keyboard_from_the_window_into_a_dialog_and_back(qtbot: Any) -> None:
    helper = install_keyboard_helpers(QApplication.instance())  # type: ignore[arg-type]
    assert install_keyboard_helpers(QApplication.instance()) is helper  # type: ignore[arg-type]
    asked: list[tuple[str, QPoint]] = []
    window = QWidget()
    window.setObjectName("window")
    qtbot.addWidget(window)
    in_window = _list_in(window, asked)
    dialog = QDialog(window)
    dialog.setObjectName("dialog")
    in_dialog = _list_in(dialog, asked)

    _focus(qtbot, window, in_window)
    qtbot.keyClick(in_window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    _focus(qtbot, dialog, in_dialog)
    qtbot.keyClick(in_dialog, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(in_dialog, Qt.Key.Key_F10)  # F10 alone is not the context menu key
    dialog.close()
    _focus(qtbot, window, in_window)
    qtbot.keyClick(in_window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)

    assert [name for name, _ in asked] == ["window", "dialog", "window"]
    # At the current row (the second), as the Menu key asks, not at the list's corner.
    row = in_window.visualItemRect(in_window.item(1))
    assert row.contains(asked[0][1])
