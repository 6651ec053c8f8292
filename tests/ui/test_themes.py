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

from colivingdesk.ui.theme import DARK_ACCENTS, LIGHT_ACCENTS, THEME_ENV, Theme, palette_for, use_theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Any]:
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()

    def use(which: Theme) -> None:
        use_theme(qapp, which)

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


def test_a_coloured_label_follows_a_live_switch_to_dark(
    qtbot: Any, themed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from colivingdesk.ui.widgets.composer import ComposerWidget

    monkeypatch.setenv(THEME_ENV, "light")
    themed(Theme.LIGHT)
    composer = ComposerWidget()
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitExposed(composer)
    counter = composer.counter
    assert counter.palette().color(QPalette.ColorRole.WindowText) == LIGHT_ACCENTS.muted

    # The system switches to dark while the window is open: the counter's grey is re-chosen for the dark
    # background instead of keeping the light theme's (unreadable there).
    monkeypatch.setenv(THEME_ENV, "dark")
    themed(Theme.DARK)
    qtbot.waitUntil(lambda: counter.palette().color(QPalette.ColorRole.WindowText) == DARK_ACCENTS.muted)
    composer.editor.setPlainText("x" * 4800)  # near the limit: the warning colour, from the dark theme too
    assert counter.palette().color(QPalette.ColorRole.WindowText) == DARK_ACCENTS.warn


def test_the_sidebar_follows_the_system_switching_to_dark(
    qtbot: Any, themed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switched the way the app switches (style, palette, sheet at once): Qt sends a widget with a sheet of its
    own no palette event then, and the sidebar kept its light background on a dark window."""
    from colivingdesk.ui.models.sidebar_model import SidebarModel
    from colivingdesk.ui.theme import apply_theme
    from colivingdesk.ui.widgets.sidebar import SidebarWidget

    monkeypatch.setenv(THEME_ENV, "light")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    holder = QWidget()
    QVBoxLayout(holder).addWidget(sidebar := SidebarWidget(SidebarModel()))
    qtbot.addWidget(holder)
    holder.resize(200, 400)
    holder.show()
    qtbot.waitExposed(holder)

    def background() -> str:
        return str(sidebar.grab().toImage().pixelColor(5, sidebar.height() - 5).name())

    assert background() == palette_for(Theme.LIGHT).color(QPalette.ColorRole.Window).name()
    monkeypatch.setenv(THEME_ENV, "dark")
    apply_theme(app)
    qtbot.waitUntil(lambda: background() == palette_for(Theme.DARK).color(QPalette.ColorRole.Window).name())


def test_a_label_with_a_sheet_of_its_own_keeps_readable_text_after_the_switch(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from colivingdesk.ui.theme import apply_theme

    monkeypatch.setenv(THEME_ENV, "light")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    holder = QWidget()
    label = QLabel("Demo mode")
    label.setStyleSheet("font-weight: bold;")  # no colour of its own: the theme's text colour
    QVBoxLayout(holder).addWidget(label)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    monkeypatch.setenv(THEME_ENV, "dark")
    apply_theme(app)
    dark = palette_for(Theme.DARK)
    qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.WindowText)
                    == dark.color(QPalette.ColorRole.WindowText))
