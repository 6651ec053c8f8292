"""Every control a screen reader user can reach says what it is, and everything that takes input takes focus.

The audit asks Qt's own accessibility interface for each widget's name, as a screen reader would, so a
QLabel buddy counts as a name (Qt reads it) while a placeholder does not (it is gone once something is typed).
Qt's internals (header sections, scroll bars, viewports, the parts of combo and spin boxes) are left aside:
Qt names those itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from colivingdesk.domain import Channel
from colivingdesk.ui.accessibility import announcements
from ui.test_calendar_window import calendar  # noqa: F401

#: Widgets a user types into, picks from or presses.
INTERACTIVE = (
    QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
    QAbstractSlider,
)
#: Composite widgets whose inner parts Qt builds and names itself.
_QT_COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QHeaderView, QScrollBar, QCalendarWidget)


def _qt_internal(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _QT_COMPOSITES):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'} in {type(widget.parentWidget()).__name__}"


def audit(root: QWidget) -> list[str]:
    """The reachable controls under ``root`` (shown ones) that have no accessible name, cannot take focus, or
    keep the focus when Tab is pressed."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _qt_internal(widget):
            continue
        takes_input = isinstance(widget, INTERACTIVE) or (
            isinstance(widget, QLabel)
            and bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)
        )
        if not takes_input:
            continue
        if isinstance(widget, QLabel):
            # A selectable label is read through its text; it only needs a name when it is a pane of details.
            if not widget.accessibleName() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                problems.append(f"no name: {_describe(widget)}")
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            problems.append(f"no name: {_describe(widget)}")
        if widget.isEnabled() and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            problems.append(f"takes input but not focus: {_describe(widget)}")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            # Tab would walk cell by cell (a 36-row table: 180 presses) instead of leaving; arrows move in it.
            problems.append(f"Tab cannot leave: {_describe(widget)}")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly() and not widget.tabChangesFocus():
            # Tab would type a tab character: the keyboard user is stuck in the text.
            problems.append(f"Tab cannot leave: {_describe(widget)}")
    return problems


@pytest.fixture
def said() -> Iterator[list[tuple[str, bool]]]:
    """What was announced to assistive technology during the test: (text, assertive)."""
    heard: list[tuple[str, bool]] = []

    def hear(text: str, assertive: bool) -> None:
        heard.append((text, assertive))

    announcements.said.connect(hear)
    yield heard
    announcements.said.disconnect(hear)


@pytest.fixture
def window(main_window: Any, qtbot: Any) -> Iterator[Any]:
    main_window.show_view("inbox")
    yield main_window


def _open_first_thread(window: Any, qtbot: Any) -> None:
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 0, timeout=5000)
    inbox.thread_list.setCurrentIndex(inbox.threads.index(0, 0))
    qtbot.waitUntil(lambda: inbox.current_key is not None and inbox.conversation.rowCount() > 0, timeout=5000)
    inbox.replies.failed_bar.show()  # its Retry and Discard buttons too, as a refused reply shows them


def _select_first_row(view: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    view.table.selectRow(0)


def _visit(window: Any, qtbot: Any, key: str) -> list[str]:
    window.show_view(key)
    view = window.view(key)
    if key == "inbox":
        _open_first_thread(window, qtbot)
    elif key in ("leads", "bookings", "properties"):
        _select_first_row(view, qtbot)
    elif key == "settings":
        for box in (view.bmc, view.coliving):
            box.advanced_toggle.setChecked(True)
    problems = audit(window)
    if key == "calendar":
        view.tabs.setCurrentIndex(1)  # Rates
        problems += audit(window)
        view.tabs.setCurrentIndex(0)
    return [f"{key}: {p}" for p in problems]


SECTIONS = ("inbox", "leads", "bookings", "properties", "calendar", "automations", "settings")


def test_every_view_names_its_controls_and_lets_them_take_focus(window: Any, qtbot: Any) -> None:
    problems: list[str] = []
    for key in SECTIONS:
        problems += _visit(window, qtbot, key)
    window.show_view("welcome")  # the first-run page
    problems += [f"welcome: {p}" for p in audit(window)]
    assert problems == [], "\n".join(problems)


def test_dialogs_name_their_controls(window: Any, qtbot: Any) -> None:
    properties = window.properties
    window.show_view("properties")
    editor = properties.open_editor(None)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    problems = [f"listing editor: {p}" for p in audit(editor)]
    editor.reject()

    window.show_view("inbox")
    saved = window.inbox.open_saved_replies()
    qtbot.waitExposed(saved, timeout=5000)
    problems += [f"saved replies: {p}" for p in audit(saved)]
    saved.reject()

    window.search_popup.popup()
    qtbot.waitUntil(window.search_popup.isVisible, timeout=5000)
    problems += [f"quick search: {p}" for p in audit(window.search_popup)]
    window.search_popup.hide()

    composer = window.inbox.composer
    composer.saved_replies.open_picker()
    qtbot.waitUntil(composer.saved_replies.picker.isVisible, timeout=5000)
    problems += [f"saved reply picker: {p}" for p in audit(composer.saved_replies.picker)]
    composer.saved_replies.picker.hide()

    shortcuts = window.open_shortcuts()
    qtbot.waitExposed(shortcuts, timeout=5000)
    problems += [f"shortcuts: {p}" for p in audit(shortcuts)]
    shortcuts.close()
    assert problems == [], "\n".join(problems)


def test_the_audit_notices_a_control_without_a_name(window: Any, qtbot: Any) -> None:
    """The check above is only worth something if removing one name makes it fail."""
    assert audit(window) == []
    window.inbox.thread_list.setAccessibleName("")
    assert audit(window) == ["no name: QListView#threadList in QWidget"]
    window.inbox.search.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert "takes input but not focus: QLineEdit#? in InboxFilterBar" in audit(window)


def test_lists_say_what_they_hold(window: Any, qtbot: Any) -> None:
    inbox = window.inbox
    qtbot.waitUntil(lambda: bool(inbox.thread_list.accessibleDescription()), timeout=5000)
    assert inbox.thread_list.accessibleName() == "Conversations"
    assert inbox.thread_list.accessibleDescription() == inbox.count_label.text()
    assert "conversations" in inbox.count_label.text()
    leads = window.leads
    qtbot.waitUntil(lambda: leads.model.rowCount() > 0, timeout=5000)
    assert leads.table.accessibleDescription() == leads.count_label.text()
    assert leads.table.accessibleDescription().endswith(("lead", "leads"))


def test_shortcuts_window_lists_the_shortcuts_the_window_registered(window: Any, qtbot: Any) -> None:
    dialog = window.open_shortcuts()
    rows = dialog.rows()
    keys = {r[0] for r in rows}
    # Read from the registered actions: the window's own, a view's and the composer's are all there.
    assert {"Ctrl+K or Ctrl+F", "F5", "Ctrl+Q", "Ctrl+1", "Ctrl+E", "Ctrl+Return", "Ctrl+/ or Ctrl+Shift+R"} <= keys
    assert ("F1", "Keyboard shortcuts", "Anywhere") in rows
    assert ("Ctrl+E", "Done (archive)", "Inbox") in rows
    # A shortcut added anywhere later shows up without touching the list.
    from PySide6.QtGui import QKeySequence, QShortcut

    extra = QShortcut(QKeySequence("Ctrl+Shift+J"), window.bookings)
    extra.setWhatsThis("Jump somewhere")
    assert ("Ctrl+Shift+J", "Jump somewhere", "Bookings") in window.open_shortcuts().rows()


def test_f1_opens_the_shortcuts_window(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible(), timeout=5000)
    assert window.shortcuts_action.shortcuts()[0].toString() == "F1"


def test_a_channel_going_offline_and_back_is_announced(window: Any, said: list[tuple[str, bool]]) -> None:
    from colivingdesk.sync import AccountStatus

    window.announcer.on_status({Channel.BMC: AccountStatus("offline")})
    window.announcer.on_status({Channel.BMC: AccountStatus("syncing")})  # a retry is not news
    window.announcer.on_status({Channel.BMC: AccountStatus("up_to_date")})
    mine = [s for s in said if "BookMyColiving" in s[0]]
    assert mine == [
        ("BookMyColiving is offline: changes wait in the outbox", True),
        ("BookMyColiving is back online", False),
    ]


def test_a_refused_reply_and_its_retry_are_announced(
    window: Any, synced_service: Any, sandbox: Any, qtbot: Any, aio: Any, said: list[tuple[str, bool]]
) -> None:
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 0, timeout=5000)
    row = next(r for r in range(inbox.threads.rowCount()) if inbox.threads.record(r).channel is Channel.COLIVING)
    inbox.thread_list.setCurrentIndex(inbox.threads.index(row, 0))
    qtbot.waitUntil(lambda: inbox.current_key is not None, timeout=5000)
    sandbox.sandbox.admin.configure({"faults": "error:count=1,status=403,method=POST,path=/coliving/"})
    inbox.composer.editor.setPlainText("We can hold the room until Friday.")
    inbox.composer.send_button.click()
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: any(t.startswith("Reply not sent on Coliving.com") for t, _ in said), timeout=10_000)
    refused = next(s for s in said if s[0].startswith("Reply not sent"))
    assert refused[1], "a refusal interrupts: the user has to act on it"

    inbox.replies.retry_button.click()
    qtbot.waitUntil(lambda: not inbox.replies.failed_items(), timeout=5000)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: ("Reply sent on Coliving.com", False) in said, timeout=10_000)
    assert [t for t, _ in said].count("Reply sent on Coliving.com") == 1


def test_opening_a_section_from_the_keyboard_puts_the_focus_in_it(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.bookings.search.hasFocus(), timeout=5000)
    # Typing now searches: "find a booking by the guest's name" needs no mouse.
    inbox = window.inbox
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    # No conversation open yet: the filter, not the list (focus on the list would open and mark one read).
    qtbot.waitUntil(lambda: inbox.search.hasFocus(), timeout=5000)
    assert inbox.current_key is None
    inbox.thread_list.setCurrentIndex(inbox.threads.index(0, 0))
    qtbot.waitUntil(lambda: inbox.current_key is not None, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inbox.thread_list.hasFocus(), timeout=5000)  # arrows move to the next one
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings.bmc.key_field.edit.hasFocus(), timeout=5000)


def _tab_chain(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab reaches from ``start`` (shown, enabled, taking Tab focus)."""
    chain: list[QWidget] = []
    widget = start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    return chain


def test_tab_goes_through_the_filters_before_the_table_they_filter(window: Any, qtbot: Any) -> None:
    bookings = window.bookings
    window.show_view("bookings")
    bookings.table.selectRow(0)
    qtbot.waitUntil(bookings.messages_button.isVisible, timeout=5000)
    assert _tab_chain(bookings.search, 6) == [
        bookings.status_filter, bookings.upcoming, bookings.export_button, bookings.table, bookings.details,
        bookings.messages_button,
    ]
    leads = window.leads
    window.show_view("leads")
    assert _tab_chain(leads.search, 3) == [leads.property_filter, leads.export_button, leads.table]


def test_calendar_and_automation_dialogs_name_their_controls(
    calendar: Any, main_window: Any, qtbot: Any  # noqa: F811
) -> None:
    from datetime import date

    from ui.test_calendar_window import cell

    problems: list[str] = []
    # The availability push with its review of the exact rows.
    index = cell(calendar, "66714", date.today())
    calendar.grid.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    calendar.panel.free_choice.click()
    qtbot.waitUntil(lambda: calendar.panel.review.rowCount() > 0, timeout=5000)
    problems += [f"push review: {p}" for p in audit(calendar.panel)]

    calendar.edit_button.click()
    register = calendar.register_editor
    qtbot.waitUntil(lambda: register.isVisible() and register.rooms.rowCount() > 0, timeout=5000)
    problems += [f"register editor: {p}" for p in audit(register)]
    register.reject()

    main_window.show_view("bookings")
    houses = main_window.bookings.house_filter
    qtbot.waitUntil(lambda: houses.isVisible() and houses.count() > 1, timeout=5000)
    problems += [f"houses: {p}" for p in audit(houses)]

    main_window.show_view("automations")
    automations = main_window.view("automations")
    automations.new_button.click()
    qtbot.waitUntil(lambda: automations.rule_dialog is not None and automations.rule_dialog.isVisible(), timeout=5000)
    problems += [f"rule editor: {p}" for p in audit(automations.rule_dialog)]
    automations.rule_dialog.reject()
    automations.settings_button.click()
    settings = automations.settings_dialog
    qtbot.waitUntil(lambda: settings is not None and settings.isVisible(), timeout=5000)
    problems += [f"automation settings: {p}" for p in audit(settings)]
    # Its time zones are read in the background: let that finish before the dialog goes.
    qtbot.waitUntil(lambda: settings.zone_field.completer() is not None, timeout=5000)
    settings.reject()
    assert problems == [], "\n".join(problems)


def test_tab_walks_the_listing_editor_and_the_register_in_screen_order(
    calendar: Any, main_window: Any, qtbot: Any  # noqa: F811
) -> None:
    main_window.show_view("properties")
    editor = main_window.properties.open_editor(None)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    form = editor.form
    types, amenities = form.types_chips.chips(), form.amenity_chips.chips()
    assert len(amenities) > 1
    # The community types and amenities come between the contact email and the room options, as on screen,
    # not after the dialog's buttons; each group of chips is one Tab stop (the arrows move within it).
    assert _tab_chain(form.email_edit, 3) == [types[0], amenities[0], form.rooms.view]
    editor.reject()

    from colivingdesk.ui.views.register_dialog import L_PROPERTY

    calendar.edit_button.click()
    register = calendar.register_editor
    qtbot.waitUntil(lambda: register.isVisible() and register.rooms.rowCount() > 0, timeout=5000)
    combos = [register.listings.cellWidget(row, L_PROPERTY) for row in range(register.listings.rowCount())]
    # Each listing's BookMyColiving property choice right after the listings, then the room types.
    assert _tab_chain(register.listings, len(combos) + 1) == [*combos, register.rooms]
    register.reject()


def test_a_new_listing_opens_ready_to_type_its_name(window: Any, qtbot: Any) -> None:
    window.show_view("properties")
    editor = window.properties.open_editor(None)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.form.name_edit.hasFocus(), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "Casa Teclado")
    assert editor.form.name_edit.text() == "Casa Teclado"
    editor.reject()
