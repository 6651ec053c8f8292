"""Keyboard-only use: shortcuts for a view's frequent actions and Shift+F10 for context menus.

Shortcuts are made as ``QAction`` objects on the widget they belong to, so Help → Keyboard shortcuts (which reads
the window's actions) lists them with the section they work in, and they fire only while the keyboard is in that
section (or that table), never behind a dialog or in another view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget


def add_shortcut(
    owner: QWidget, text: str, keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
    slot: Callable[[], object], *, only_here: bool = False,
) -> QAction:
    """An action on ``owner`` doing ``slot`` on ``keys`` while the focus is in ``owner`` (or, with
    ``only_here``, on ``owner`` itself: Enter on a table must not fire from the search field above it)."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetShortcut if only_here else Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def add_enter_action(table: QAbstractItemView, text: str, slot: Callable[[], object]) -> QAction:
    """Enter (either key) on ``table`` does what a double click on its row does."""
    keys = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
    return add_shortcut(table, text, keys, slot, only_here=True)


def add_tab_switching(owner: QWidget, tabs: QTabWidget) -> tuple[QAction, QAction]:
    """Ctrl+PgDown / Ctrl+PgUp switch ``tabs`` from anywhere in ``owner``, and the keyboard goes to the first
    control of the page shown.

    QTabWidget has these keys itself only while its own tab bar has the focus (a table inside takes them for
    scrolling), so from the calendar grid the Rates tab was reachable only by Shift+Tab back to the tab bar.
    """

    def show(step: int) -> None:
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        page = tabs.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    following = add_shortcut(owner, QApplication.translate("Keyboard", "Next tab"), ["Ctrl+PgDown"], lambda: show(1))
    previous = add_shortcut(owner, QApplication.translate("Keyboard", "Previous tab"), ["Ctrl+PgUp"], lambda: show(-1))
    return following, previous


class ContextMenuKey(QObject):
    """Shift+F10 opens the focused control's context menu, as the Menu key does.

    Qt turns only the Menu key into a context menu request on X11 and Wayland; Shift+F10 is the other key every
    desktop documents for it (and the only one on keyboards without a Menu key). The request goes where Qt sends
    the Menu key's: the focused widget, at its cursor (the current row of a list) or its centre.

    The filter sits on the focused widget only and moves with the focus (:meth:`follow`), in every window and
    dialog: a key press goes to the focused widget first. On the whole application, a filter written in Python
    was handed every event of every object (thousands a second while the window starts), and the first object
    of a class PySide6 does not expose made it load every Qt type it had not loaded yet, a freeze of 30 ms and
    more right after the first paint.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on: QWidget | None = None

    def follow(self, _old: QWidget | None = None, new: QWidget | None = None) -> None:
        """Move the filter onto ``new``, the widget that now has the keyboard (``QApplication.focusChanged``)."""
        if self._on is not None and shiboken6.isValid(self._on):
            self._on.removeEventFilter(self)
        self._on = new
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_F10 or event.modifiers() != Qt.KeyboardModifier.ShiftModifier:
            return False
        widget = QApplication.focusWidget()
        if widget is None or watched is not widget:
            return False  # the same key press is filtered once per receiver on its way up: act once
        at = self._where(widget)
        request = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, at, widget.mapToGlobal(at), Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, request)
        return True

    @staticmethod
    def _where(widget: QWidget) -> QPoint:
        """The point Qt gives the Menu key's request: the centre of the widget's cursor rectangle (an item
        view's current item, in the coordinates its menus already expect), else of the widget."""
        cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        if isinstance(cursor, QRectF | QRect) and cursor.isValid():
            return QRectF(cursor).center().toPoint()
        return widget.rect().center()


class FocusKeeper:
    """Gives the keyboard back to the button that started a busy spell.

    A busy widget disables its buttons, and Qt moves the focus off a disabled button to the next control (Verify
    left the keyboard in the webhook secret field). Once the buttons are back, the focus returns to where it
    was, unless the user moved it meanwhile or that control is gone.
    """

    def __init__(self) -> None:
        self._before = QApplication.focusWidget()
        self._moved_to: QWidget | None = None

    def busy(self) -> None:
        """Call right after disabling: notes where Qt put the focus."""
        self._moved_to = QApplication.focusWidget()

    def idle(self) -> None:
        """Call right after enabling again."""
        before = self._before
        if before is None or self._moved_to is before or QApplication.focusWidget() is not self._moved_to:
            return
        try:
            if before.isVisible() and before.isEnabled():
                before.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # deleted while the work ran
            return


#: The helper installed for the application; remembered here rather than looked up with ``findChild``, which
#: makes a Python wrapper for every object the application owns (PySide6 then loads the type of each).
_installed: ContextMenuKey | None = None


def install_keyboard_helpers(app: QApplication) -> ContextMenuKey:
    """Install the application-wide keyboard helpers once (a second call returns the first).

    The window installs them once it has painted (see ``ui.app.run_window``): no key can have been pressed
    before, and nothing of this is needed to paint.
    """
    global _installed
    if _installed is not None and shiboken6.isValid(_installed) and _installed.parent() is app:
        return _installed
    _installed = ContextMenuKey(app)
    app.focusChanged.connect(_installed.follow)
    _installed.follow(None, app.focusWidget())
    return _installed
