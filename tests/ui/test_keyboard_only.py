"""The window's tasks with the keyboard alone: the keys a user presses, and where the focus and the work go.

Keys go through ``qtbot.keyClick`` to the widget that has the focus, as the user's keyboard would, so a shortcut
registered in the wrong place, a list that opens a conversation the user only passed through, or a focus that
does not show, fails here.
"""

from __future__ import annotations

import argparse
import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from colivingdesk.ui import theme
from colivingdesk.ui.keyboard import install_keyboard_helpers

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(main_window: Any, qtbot: Any) -> Any:
    main_window.show_view("inbox")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=5000)
    return main_window


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press where the keyboard is now, as the user's keyboard sends it."""
    focused = QApplication.focusWidget()
    assert focused is not None, "the keyboard is nowhere"
    qtbot.keyClick(focused, key, modifier)


def _tab_until(qtbot: Any, target: QWidget, limit: int = 12) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for presses in range(1, limit + 1):
        _press(qtbot, Qt.Key.Key_Tab)
        if target.hasFocus():
            return presses
    raise AssertionError(f"Tab never reached {target.objectName() or type(target).__name__}")


def test_tabbing_through_the_conversation_list_opens_nothing_until_the_user_picks(window: Any, qtbot: Any) -> None:
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 1, timeout=5000)
    first = inbox.threads.record_at(inbox.threads.index(0, 0))
    unread_before = first.unread_count
    _press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(inbox.search.hasFocus, timeout=5000)
    _tab_until(qtbot, inbox.thread_list)
    _press(qtbot, Qt.Key.Key_Tab)  # on through the list: nothing opened, nothing marked read
    assert not inbox.thread_list.hasFocus()
    assert inbox.current_key is None
    assert inbox.threads.record_at(inbox.threads.index(0, 0)).unread_count == unread_before
    _press(qtbot, Qt.Key.Key_Backtab)
    assert inbox.thread_list.hasFocus()
    _press(qtbot, Qt.Key.Key_Down)  # the first press opens the first conversation
    qtbot.waitUntil(lambda: inbox.current_key == first.key, timeout=5000)
    _press(qtbot, Qt.Key.Key_Down)  # and the next the next one, as before
    second = inbox.threads.record_at(inbox.threads.index(1, 0))
    qtbot.waitUntil(lambda: inbox.current_key == second.key, timeout=5000)


def _unread(window: Any, key: str) -> int:
    channel, _, external_id = key.partition(":")
    from colivingdesk.domain import Channel

    thread = window.ctx.reader.get_thread(Channel(channel), external_id)
    return int(thread.unread_count) if thread is not None else 0


def test_arrowing_through_the_list_opens_each_conversation_but_reads_only_the_one_that_stays_open(
    window: Any, qtbot: Any
) -> None:
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 3, timeout=5000)
    first, second, third = (inbox.threads.record_at(inbox.threads.index(row, 0)).key for row in range(3))
    assert all(_unread(window, key) > 0 for key in (first, second, third)), "the demo's newest are unread"
    inbox.thread_list.setFocus()
    # Scanning: each Down opens the next conversation, and none is read while the user keeps moving (the
    # moment a conversation must stay open is made long here, so a slow machine cannot pass it by accident).
    inbox.marks.read_timer.setInterval(600_000)
    for key in (first, second, third):
        _press(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda key=key: inbox.current_key == key, timeout=5000)
    assert [_unread(window, key) > 0 for key in (first, second, third)] == [True, True, True]
    # Return opens the one under the keyboard on purpose: read at once.
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _unread(window, third) == 0, timeout=5000)
    # One that stays open is read after a moment, without any key; the one only passed stays unread.
    inbox.marks.read_timer.setInterval(50)
    _press(qtbot, Qt.Key.Key_Up)
    assert inbox.current_key == second
    qtbot.waitUntil(lambda: _unread(window, second) == 0, timeout=5000)
    assert _unread(window, first) > 0
    # Typing a reply reads the conversation at once too.
    inbox.marks.read_timer.setInterval(600_000)
    _press(qtbot, Qt.Key.Key_Up)
    assert inbox.current_key == first and _unread(window, first) > 0
    qtbot.keyClicks(inbox.composer.editor, "Hi")
    qtbot.waitUntil(lambda: _unread(window, first) == 0, timeout=5000)


def test_shift_f10_opens_the_conversation_menu_like_the_menu_key(window: Any, qtbot: Any) -> None:
    install_keyboard_helpers(QApplication.instance())  # as the application does when it starts
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 1, timeout=5000)
    inbox.thread_list.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)  # the first opens the first conversation, the second the next one
    second = inbox.threads.record_at(inbox.threads.index(1, 0))
    qtbot.waitUntil(lambda: inbox.current_key == second.key, timeout=5000)
    _press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(menu := inbox.marks.thread_menu, QMenu) and menu.isVisible(),
                    timeout=5000)
    menu = inbox.marks.thread_menu
    # The menu is for the row the keyboard is on, and its keys act on that conversation.
    assert inbox.marks._menu_key == second.key
    assert {a.text() for a in menu.actions()} & {"Mark as unread", "Mark as read"}
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=5000)


def _frame(widget: QWidget) -> list[int]:
    """The outer two pixels all round: where a focus frame shows (not the blinking text cursor inside)."""
    image: QImage = widget.grab().toImage()
    w, h = image.width(), image.height()
    edge = [image.pixel(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)]
    return edge + [image.pixel(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)]


def _focus_shows(qtbot: Any, widget: QWidget) -> bool:
    """Whether Tab onto ``widget`` changes how its edge looks (Shift+Tab away first, then Tab back)."""
    widget.setFocus()
    _press(qtbot, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=2000)
    away = _frame(widget)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    return _frame(widget) != away


@pytest.mark.parametrize("which", list(theme.Theme), ids=lambda t: t.value)
def test_the_focus_shows_on_text_areas_lists_and_the_calendar_in_every_theme(
    window: Any, qtbot: Any, which: theme.Theme
) -> None:
    app = QApplication.instance()
    theme.use_theme(app, which)
    try:
        inbox = window.inbox
        qtbot.waitUntil(lambda: inbox.threads.rowCount() > 0, timeout=5000)
        inbox.thread_list.setCurrentIndex(inbox.threads.index(0, 0))
        qtbot.waitUntil(lambda: inbox.conversation.rowCount() > 0, timeout=5000)
        hidden = [name for name, widget in (
            ("reply box", inbox.composer.editor), ("conversation", inbox.messages),
            ("conversation list", inbox.thread_list),
        ) if not _focus_shows(qtbot, widget)]
        window.show_view("calendar")
        qtbot.waitUntil(lambda: window.calendar.model.rowCount() > 0, timeout=5000)
        if not _focus_shows(qtbot, window.calendar.grid):
            hidden.append("calendar")
        window.show_view("bookings")
        if not _focus_shows(qtbot, window.bookings.table):
            hidden.append("bookings table")
        assert hidden == []
    finally:
        theme.use_theme(app, theme.Theme.LIGHT)


def test_enter_edits_the_selected_listing_and_ctrl_n_starts_a_new_one(window: Any, qtbot: Any) -> None:
    properties = window.properties
    _press(qtbot, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: properties.model.rowCount() > 0, timeout=5000)
    properties.table.setFocus()
    _press(qtbot, Qt.Key.Key_Return)  # no row chosen yet: nothing opens (certainly not a new listing)
    assert properties.editor is None or not properties.editor.isVisible()
    _press(qtbot, Qt.Key.Key_Down)
    chosen = properties._selected_id()
    assert chosen is not None
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: properties.editor is not None and properties.editor.isVisible(), timeout=5000)
    assert properties.editor._property_id == chosen
    editor = properties.editor
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    _press(qtbot, Qt.Key.Key_Escape)  # nothing changed: Escape closes it
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    window.activateWindow()  # what the desktop does when a dialog closes; offscreen nothing does
    qtbot.waitUntil(properties.table.hasFocus, timeout=5000)  # back on the listing the user was on
    _press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: properties.editor is not None and properties.editor.isVisible(), timeout=5000)
    assert properties.editor._property_id is None
    properties.editor.reject()


def test_enter_on_a_booking_or_a_lead_opens_its_conversation(window: Any, qtbot: Any) -> None:
    bookings = window.bookings
    _press(qtbot, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(bookings.search.hasFocus, timeout=5000)
    qtbot.waitUntil(lambda: bookings.model.rowCount() > 0, timeout=5000)
    _tab_until(qtbot, bookings.table)
    _press(qtbot, Qt.Key.Key_Down)
    booking = bookings.current_record()
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_key() == "inbox", timeout=5000)
    assert window.inbox.current_key == f"coliving:{booking.id}"

    leads = window.leads
    _press(qtbot, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: leads.model.rowCount() > 0, timeout=5000)
    _tab_until(qtbot, leads.table)
    _press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: leads._lead_thread is not None, timeout=5000)
    thread = leads._lead_thread
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_key() == "inbox", timeout=5000)
    assert window.inbox.current_key == thread


def test_ctrl_shift_s_exports_the_listed_rows(window: Any, qtbot: Any) -> None:
    bookings = window.bookings
    _press(qtbot, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(bookings.search.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bookings.export_dialog is not None and bookings.export_dialog.isVisible(), timeout=5000)
    bookings.export_dialog.reject()


def test_the_shortcuts_window_lists_the_new_keys_where_they_work(window: Any, qtbot: Any) -> None:
    rows = window.open_shortcuts().rows()
    assert ("Return or Enter", "Edit the selected listing", "Properties") in rows
    assert ("Ctrl+N", "New listing", "Properties") in rows
    assert ("Return or Enter", "Open the selected booking's messages", "Bookings") in rows
    assert ("Return or Enter", "Open the selected lead's conversation", "Leads") in rows
    assert ("Ctrl+Shift+S", "Export the listed rows as CSV", "Bookings") in rows
    assert ("Ctrl+Shift+S", "Export the listed rows as CSV", "Leads") in rows


def test_demo_with_a_profile_keeps_its_cache_in_that_folder(tmp_path: Path, monkeypatch: Any) -> None:
    """``--demo --profile DIR`` twice: both runs open DIR, and what the first stored is there for the second."""
    import colivingdesk.ui.app as app_module
    from colivingdesk.cli.gui import run_gui

    opened: list[Path] = []

    def fake_run_app(profile: Any, secrets: Any, *, demo: Any = None) -> int:
        assert demo is not None
        opened.append(profile.root)
        marker = profile.root / "kept.txt"
        runs = int(marker.read_text()) + 1 if marker.exists() else 1
        marker.write_text(str(runs))
        return 0

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    folder = tmp_path / "demo-profile"
    args = argparse.Namespace(demo=True, profile=str(folder))
    assert run_gui(args) == 0
    assert run_gui(args) == 0
    assert opened == [folder, folder]
    assert (folder / "kept.txt").read_text() == "2"
    # Without --profile the demo stays throwaway: its folder is gone when the window closes.
    assert run_gui(argparse.Namespace(demo=True, profile=None)) == 0
    assert opened[-1] != folder and not opened[-1].exists()


def test_a_booking_found_with_ctrl_k_has_the_keyboard_on_its_row(window: Any, qtbot: Any) -> None:
    from colivingdesk.ui.models.search_model import HitRole

    bookings = window.bookings
    window.show_view("bookings")
    qtbot.waitUntil(lambda: bookings.model.rowCount() > 0, timeout=5000)
    booking = bookings.model.record_at(bookings.model.index(0, 0))
    window.show_view("inbox")
    _press(qtbot, Qt.Key.Key_K, CTRL)
    popup = window.search_popup
    qtbot.waitUntil(popup.input.hasFocus, timeout=5000)
    qtbot.keyClicks(popup.input, booking.reference or booking.id)
    qtbot.waitUntil(lambda: not popup.searching() and popup.model.rowCount() > 0, timeout=10_000)
    for _ in range(popup.model.rowCount()):  # down the results to the booking, the field keeping the keyboard
        hit = popup.results.currentIndex().data(HitRole)
        if hit is not None and hit.kind == "booking" and hit.id == booking.id:
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert popup.input.hasFocus()
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_key() == "bookings", timeout=5000)
    qtbot.waitUntil(bookings.table.hasFocus, timeout=5000)  # on the row found, not in the search field
    assert bookings.current_record().id == booking.id
    _press(qtbot, Qt.Key.Key_Return)  # and Enter goes on to its messages
    qtbot.waitUntil(lambda: window.inbox.current_key == f"coliving:{booking.id}", timeout=5000)


@pytest.mark.parametrize("which", list(theme.Theme), ids=lambda t: t.value)
def test_the_focus_shows_on_chosen_and_unchosen_chips(qtbot: Any, which: theme.Theme) -> None:
    from PySide6.QtWidgets import QLineEdit, QToolButton

    from colivingdesk.ui.widgets.chip_selector import ChipSelectorWidget

    app = QApplication.instance()
    theme.use_theme(app, which)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        QLineEdit(holder)  # where Shift+Tab leaves the chips to: they are one Tab stop
        chips = ChipSelectorWidget(holder)
        chips.set_items([("wifi", "Wi-Fi"), ("gym", "Gym"), ("pool", "Pool")])
        chips.move(0, 30)
        chips.set_selected(["gym"])
        holder.resize(400, 80)
        holder.show()
        holder.activateWindow()
        qtbot.waitUntil(holder.isActiveWindow, timeout=5000)
        gym, pool = chips.findChild(QToolButton, "chip-gym"), chips.findChild(QToolButton, "chip-pool")
        assert gym.isChecked() and not pool.isChecked()
        assert _focus_shows(qtbot, gym) and _focus_shows(qtbot, pool)
    finally:
        theme.use_theme(app, theme.Theme.LIGHT)


def test_the_chips_are_one_tab_stop_with_the_arrows_moving_and_space_choosing(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from colivingdesk.ui.widgets.chip_selector import ChipSelectorWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    before, after = QLineEdit(), QLineEdit()
    chips = ChipSelectorWidget()
    for widget in (before, chips, after):
        layout.addWidget(widget)
    chips.set_items([("wifi", "Wi-Fi"), ("gym", "Gym"), ("pool", "Pool"), ("desk", "Desk")])
    wifi, gym, pool, desk = chips.chips()
    for first, second in itertools.pairwise([before, *chips.chips(), after]):  # as the listing form orders them
        QWidget.setTabOrder(first, second)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=5000)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=5000)

    _press(qtbot, Qt.Key.Key_Tab)  # into the group, on its first chip
    assert wifi.hasFocus()
    _press(qtbot, Qt.Key.Key_Tab)  # and out of it with the next Tab: one stop, not four
    assert after.hasFocus()
    _press(qtbot, Qt.Key.Key_Backtab)
    assert wifi.hasFocus()
    _press(qtbot, Qt.Key.Key_Right)
    assert gym.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_End)
    assert desk.hasFocus()
    _press(qtbot, Qt.Key.Key_Left)
    assert pool.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert chips.selected() == ["gym", "pool"]
    assert (gym.accessibleName(), gym.isChecked(), wifi.isChecked()) == ("Gym", True, False)
    # Tab leaves the group and comes back to the chip the user was on.
    _press(qtbot, Qt.Key.Key_Tab)
    assert after.hasFocus()
    _press(qtbot, Qt.Key.Key_Backtab)
    assert pool.hasFocus()
    _press(qtbot, Qt.Key.Key_Home)
    assert wifi.hasFocus()


def test_a_new_listing_kept_as_a_draft_is_reopened_with_tab_and_enter(window: Any, qtbot: Any) -> None:
    properties = window.properties
    _press(qtbot, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(properties.search_edit.hasFocus, timeout=5000)  # the section starts in its search field
    _press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: properties.editor is not None and properties.editor.form.name_edit.hasFocus(), timeout=5000)
    editor = properties.editor
    qtbot.keyClicks(editor.form.name_edit, "Casa Teclado")
    qtbot.waitUntil(lambda: properties.drafts.new_keys() != [], timeout=5000)
    _press(qtbot, Qt.Key.Key_Escape)  # closes, keeping the draft on this computer
    qtbot.waitUntil(lambda: properties.editor is None, timeout=5000)
    window.activateWindow()  # what the desktop does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(properties.local_drafts.isVisible, timeout=5000)
    properties.search_edit.setFocus()
    # The drafts sit above the listings on screen, and Tab reaches them first.
    assert _tab_until(qtbot, properties.local_drafts.list) == 2  # the status filter, then the drafts
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: properties.editor is not None and properties.editor.isVisible(), timeout=5000)
    assert properties.editor.form.name_edit.text() == "Casa Teclado"
    properties.editor.close()
    qtbot.waitUntil(lambda: properties.editor is None, timeout=5000)
    window.activateWindow()
    properties.local_drafts.list.setFocus()
    qtbot.waitUntil(properties.local_drafts.list.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)  # Open draft, Delete draft, then the listings
    assert properties.table.hasFocus()


def test_the_keyboard_stays_on_verify_while_and_after_the_key_is_checked(window: Any, qtbot: Any) -> None:
    settings = window.settings
    _press(qtbot, Qt.Key.Key_7, CTRL)
    box = settings.bmc
    qtbot.waitUntil(box.key_field.edit.hasFocus, timeout=5000)
    qtbot.keyClicks(box.key_field.edit, "bmc_wrong_key")
    _tab_until(qtbot, box.verify_button)
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.key_result.ok is False, timeout=10_000)  # the channel refused it
    qtbot.waitUntil(box.verify_button.isEnabled, timeout=5000)
    assert box.verify_button.hasFocus()  # Space again checks again; Tab goes on to the next button


def test_ctrl_n_makes_a_rule_and_enter_on_it_edits_it(window: Any, qtbot: Any, store: Any) -> None:
    from colivingdesk.store import SavedReply

    store.save_saved_reply(SavedReply("Welcome", "Welcome! Check-in is on {checkin}."))
    automations = window.view("automations")
    _press(qtbot, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: automations.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    _press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: automations.rule_dialog is not None and automations.rule_dialog.isVisible(), timeout=5000)
    dialog = automations.rule_dialog
    qtbot.waitUntil(dialog.name_field.hasFocus, timeout=5000)
    qtbot.keyClicks(dialog.name_field, "Welcome")
    _press(qtbot, Qt.Key.Key_Return)  # Save is the dialog's default button
    qtbot.waitUntil(lambda: [r.name for r in automations.rules.rows] == ["Welcome"], timeout=5000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    window.activateWindow()  # what the desktop does when a dialog closes
    automations.rules_table.setFocus()
    qtbot.waitUntil(automations.rules_table.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: automations.rule_dialog is not dialog and automations.rule_dialog is not None
                    and automations.rule_dialog.isVisible(), timeout=5000)
    assert automations.rule_dialog.name_field.text() == "Welcome"
    automations.rule_dialog.reject()


def _mnemonic(text: str) -> str | None:
    """The letter a single ``&`` underlines in ``text`` (``&&`` is a literal ampersand)."""
    found = re.search(r"(?<!&)&(?!&)(\w)", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("locale", ["en_GB", "es_ES", "pt_PT", "de_DE"])
def test_the_rule_editors_timing_has_its_own_mnemonic_in_every_language(
    main_window: Any, qtbot: Any, language: Any, locale: str
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from colivingdesk.sync.automation_rules import BEFORE_CHECKIN, UNANSWERED
    from colivingdesk.ui.dialogs.automation_dialogs import AutomationRuleDialog

    language(locale)
    dialog = AutomationRuleDialog(main_window.ctx, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    for trigger in (UNANSWERED, BEFORE_CHECKIN):  # "Minutes after" and "Days before"
        dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData(trigger))
        letter = _mnemonic(dialog.amount_label.text())
        assert letter is not None, dialog.amount_label.text()
        others = [
            _mnemonic(w.text()) for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
            if w.isVisible() and w is not dialog.amount_label
        ]
        assert letter not in others, f"{dialog.amount_label.text()!r} clashes"
        assert "&" not in dialog.amount.accessibleName()
        dialog.name_field.setFocus()
        qtbot.waitUntil(dialog.name_field.hasFocus, timeout=5000)
        qtbot.keyClick(dialog.name_field, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.amount.hasFocus, timeout=5000)
    dialog.reject()


def _open_first_conversation(window: Any, qtbot: Any) -> Any:
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() > 0, timeout=5000)
    inbox.thread_list.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: inbox.current_key is not None, timeout=5000)
    return inbox


@pytest.mark.parametrize("how", ["ctrl+enter", "send button"])
def test_after_sending_the_keyboard_is_back_in_the_empty_reply_box(
    window: Any, qtbot: Any, store: Any, how: str
) -> None:
    inbox = _open_first_conversation(window, qtbot)
    _tab_until(qtbot, inbox.composer.editor)
    # Send is not drawn as the default button, which would look like the focus while the text has it.
    send = inbox.composer.send_button
    assert not send.isDefault() and not send.autoDefault()
    qtbot.keyClicks(inbox.composer.editor, "Thanks, see you soon.")
    if how == "ctrl+enter":
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    else:
        _press(qtbot, Qt.Key.Key_Tab)  # Saved replies
        _press(qtbot, Qt.Key.Key_Tab)
        assert inbox.composer.send_button.hasFocus()
        _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: inbox.composer.text() == "", timeout=5000)  # stored in the outbox
    qtbot.waitUntil(inbox.composer.send_button.isEnabled, timeout=5000)
    assert any("Thanks, see you soon." in str(item.payload) for item in store.list_outbox())
    assert inbox.composer.editor.hasFocus()


def test_the_notifications_list_opens_ready_for_the_arrows_and_enter(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    from colivingdesk.ui.widgets.notifications import InWindowNotifications

    holder = QWidget()
    qtbot.addWidget(holder)
    bell = InWindowNotifications(holder)
    QVBoxLayout(holder).addWidget(bell)
    bell.add("3 bookings updated", "Check the Bookings view.", target="bookings")
    bell.add("New lead: Zara Ahmed", "A guest asked about one of your properties.", target="leads")
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=5000)
    opened: list[str] = []
    bell.activated.connect(opened.append)
    bell.setFocus()
    qtbot.waitUntil(bell.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bell.panel.isVisible() and bell.panel.list.hasFocus(), timeout=5000)
    _press(qtbot, Qt.Key.Key_Return)  # the newest
    assert opened == ["leads"] and not bell.panel.isVisible()
    bell.open_panel()
    qtbot.waitUntil(bell.panel.list.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    assert opened == ["leads", "bookings"]


def test_ctrl_page_keys_switch_the_calendar_tabs_from_inside_the_grid_and_the_rates(
    window: Any, qtbot: Any
) -> None:
    calendar = window.calendar
    window.show_view("calendar")
    qtbot.waitUntil(lambda: calendar.model.rowCount() > 0, timeout=5000)
    calendar.grid.setFocus()
    qtbot.waitUntil(calendar.grid.hasFocus, timeout=5000)
    _press(qtbot, Qt.Key.Key_Right)  # on a day in the grid
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert calendar.tabs.currentWidget() is calendar.rates
    assert calendar.rates.isAncestorOf(QApplication.focusWidget())  # the keyboard is on the Rates page
    calendar.rates.table.setFocus()
    _press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert calendar.tabs.currentIndex() == 0
    assert calendar.grid.hasFocus()


@pytest.mark.parametrize("which", list(theme.Theme), ids=lambda t: t.value)
def test_an_unchosen_option_shows_its_box_in_every_theme(qtbot: Any, which: theme.Theme) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    app = QApplication.instance()
    theme.use_theme(app, which)
    try:
        for box in (QRadioButton(), QCheckBox()):  # no text: only the box is drawn
            qtbot.addWidget(box)
            box.resize(24, 24)
            image = box.grab().toImage()
            background = box.palette().color(QPalette.ColorRole.Window).rgb()
            drawn = {QColor(image.pixel(x, y)).rgb() for x in range(image.width()) for y in range(image.height())}
            assert drawn - {background}, f"{type(box).__name__} is invisible in {which.value}"
    finally:
        theme.use_theme(app, theme.Theme.LIGHT)
