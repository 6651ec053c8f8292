"""Enter in a dialog whose main action cannot be undone: it finishes what the field does, it never sends.

``QDialog`` presses its default button on any Enter the focused widget leaves unhandled, and a ``QLineEdit``
always leaves it (after its own ``returnPressed``). In the listing editor that turned "Enter to add this photo"
into "add the photo, create the listing and send it to review", which cannot be taken back. An operator types
an address or a name and presses Enter out of habit; a listing in review is the last thing they expect.

So in a guarded dialog:

* no button is the default one, nor becomes it (none is drawn as "what Enter does");
* Enter on a focused button presses that button, as Space does, so Tab then Enter still works;
* Enter anywhere else does only what that field does with it (add the photo, finish the cell);
* the main action keeps a key of its own, Ctrl+Enter, which the caller names on its button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton

from colivingdesk.ui.keyboard import add_shortcut

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CTRL_ENTER = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


def _press(button: QAbstractButton) -> None:
    """What a click would do, and nothing when the button is disabled or hidden (e.g. a save under way)."""
    if button.isEnabled() and button.isVisible():
        button.click()


class EnterGuard(QObject):
    """Installed on ``dialog``: plain Enter never reaches ``QDialog``'s default-button handling; Ctrl+Enter
    (either Enter key) presses ``main_button`` when it can be pressed; ``text`` names that where shortcuts are
    listed."""

    def __init__(self, dialog: QDialog, text: str, main_button: QAbstractButton) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.action = add_shortcut(dialog, text, CTRL_ENTER, lambda: _press(main_button))
        self._no_default_buttons()
        dialog.installEventFilter(self)

    def _no_default_buttons(self) -> None:
        """A push button in a dialog is "auto default" unless told otherwise: it becomes the default when
        focused, and the first one becomes the default when the dialog is shown with none."""
        for button in self._dialog.findChildren(QPushButton):
            button.setDefault(False)
            button.setAutoDefault(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._dialog:
            return False
        if event.type() == QEvent.Type.Show:  # before QDialog picks a default among buttons added since
            self._no_default_buttons()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        focused = self._dialog.focusWidget()
        if isinstance(focused, QAbstractButton):
            _press(focused)
        event.accept()
        return True
