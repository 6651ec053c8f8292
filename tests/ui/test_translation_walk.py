"""In Spanish and European Portuguese nothing the window shows is left in English.

A walk through every section and every dialog the window opens, plus the messages made below the window (the
keyring notice, a refused push, a register that cannot be read, queued, held and refused replies), collects
what a user reads: labels, buttons (the dialogs' standard ones too), menu items and context menus,
placeholders, tooltips, accessible names, table headers and cells, the status bar. A text still in English is
one equal to the English source of a catalogue entry the language translates differently (values filled in
count: "Not sent: {reason}" matches "Not sent: anything"), or to the English of a Qt standard button or a
context-menu item.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLibraryInfo, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import Service
from colivingdesk.sync.automation_rules import AutomationError, check_rule
from colivingdesk.sync.automations import MISSING_VALUES
from colivingdesk.sync.feed_runs import stale_message
from colivingdesk.sync.outbox import (
    ASKED_TO_WAIT_REASON,
    HELD_REASON,
    KEY_REFUSED_REASON,
    NOT_SENT_REASON,
    SERVER_PROBLEM_REASON,
    UNREACHABLE_REASON,
)
from colivingdesk.sync.progress import FeedProgress
from colivingdesk.sync.pushes import PushInputError, parse_price
from colivingdesk.sync.register import RegisterError
from colivingdesk.ui.i18n import TRANSLATIONS_DIR
from colivingdesk.ui.models.inbox_models import reply_state_text
from colivingdesk.ui.views.automations_view import reason_text
from colivingdesk.ui.views.calendar_records import read_register_file
from ui.test_calendar_window import REGISTER, open_calendar
from ui.test_settings_view import make_view, reader  # noqa: F401

LANGUAGES = ("es_ES", "pt_PT")

#: Every Qt word the window shows (standard buttons, context menus, the file dialog), as European Portuguese,
#: which has no Qt catalogue, needs them all.
QT_WORDS = TRANSLATIONS_DIR / "qtbase_pt.ts"
#: What a text may be in any language: brand names, codes, numbers.
_NO_WORDS = re.compile(r"[^A-Za-z]*")
_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d")


def _plain(text: str) -> str:
    """What is read: markup and mnemonic markers gone (``&&`` is a literal ampersand), spaces collapsed."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


class English:
    """The English texts of the window that ``lang`` translates: exact ones and patterns with their values."""

    def __init__(self, lang: str) -> None:
        self.exact: set[str] = set(_qt_english(lang))
        self.patterns: list[re.Pattern[str]] = []
        tree = ET.parse(TRANSLATIONS_DIR / f"colivingdesk_{lang[:2]}.ts")
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            if source in forms:
                continue  # the language's word is the English one ("OK", "Email" in German)
            words = re.findall(r"[A-Za-z]{2,}", _FIELD.sub(" ", source))
            if not words or (len(words) == 1 and _FIELD.search(source) and not source.startswith(words[0])):
                # "{name}: {state}", "{first} and {second}" or "{name} listing" say too little to be told from a
                # guest's words or a listing's name ("Demo listing"); "Sent {time}" says enough.
                continue
            if _FIELD.search(source):
                parts = _FIELD.split(_plain(source))
                self.patterns.append(re.compile("(.+?)".join(re.escape(part) for part in parts), re.DOTALL))
            else:
                self.exact.add(_plain(source))

    def still_english(self, text: str) -> bool:
        plain = _plain(text)
        if not plain or _NO_WORDS.fullmatch(plain):
            return False
        return plain in self.exact or any(pattern.fullmatch(plain) for pattern in self.patterns)


def _qt_english(lang: str) -> Iterator[str]:
    """Qt's English words the window shows, but those the language's catalogues keep as they are ("No" in
    Spanish): Qt's own catalogue and ours in front of it, as the window installs them."""
    catalogues = []
    for directory in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(TRANSLATIONS_DIR)):
        translator = QTranslator()
        if translator.load(QLocale(lang), "qtbase", "_", directory):
            catalogues.append(translator)
    for context in ET.parse(QT_WORDS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in (catalogue.translate(name, source) for catalogue in catalogues):
                yield _plain(source)


def _model_texts(model: QAbstractItemModel | None, rows: int = 40) -> Iterator[str]:
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                yield header
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def _action_texts(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_texts(menu.actions())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read or hear under ``root`` (shown widgets only)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts += [str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget.model()))
        if isinstance(widget, QMainWindow):
            texts += list(_action_texts(widget.menuBar().actions()))
            texts.append(widget.statusBar().currentMessage())
        if isinstance(widget, QMenu):
            texts += list(_action_texts(widget.actions()))
        texts += list(_action_texts(a for a in widget.actions() if a.isVisible()))
        for text in texts:
            if text:
                yield where, text
                # A multi-line pane ("Guest: …\nDates: …") is checked line by line as well as whole.
                for line in _plain_lines(text):
                    yield where, line


def _plain_lines(text: str) -> list[str]:
    plain = QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text
    lines = [line for line in plain.splitlines() if line.strip()]
    return lines if len(lines) > 1 else []


def _context_menus(root: QWidget) -> Iterator[tuple[str, str]]:
    """The standard context menus of the first shown line edit and text editor under ``root``."""
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        shown = [w for w in root.findChildren(kind) if w.isVisible()]
        if shown:
            menu = shown[0].createStandardContextMenu()
            for text in _action_texts(menu.actions()):
                if text:
                    yield f"context menu of {kind.__name__}", text
            menu.deleteLater()


class Walk:
    """Collects the English left in what the test opens, with where it was seen."""

    def __init__(self, lang: str) -> None:
        self.english = English(lang)
        self.found: dict[str, set[str]] = {}

    def look(self, label: str, root: QWidget, menus: bool = True) -> None:
        seen = list(shown_texts(root))
        if menus:
            seen += list(_context_menus(root))
        self.texts(label, ((where, text) for where, text in seen))

    def texts(self, label: str, seen: Iterable[tuple[str, str]]) -> None:
        for where, text in seen:
            if self.english.still_english(text):
                self.found.setdefault(_plain(text), set()).add(f"{label}: {where}")

    def report(self) -> str:
        return "\n".join(f"{text!r} ({'; '.join(sorted(places)[:3])})" for text, places in sorted(self.found.items()))


SECTIONS = ("inbox", "leads", "bookings", "properties", "calendar", "automations", "settings")


def _open_section(window: Any, qtbot: Any, key: str) -> Any:
    """Show a section with something selected, as a user looking at it would have."""
    window.show_view(key)
    view = window.view(key)
    if key == "inbox":
        qtbot.waitUntil(lambda: view.threads.rowCount() > 0, timeout=5000)
        view.thread_list.setCurrentIndex(view.threads.index(0, 0))
        qtbot.waitUntil(lambda: view.current_key is not None and view.conversation.rowCount() > 0, timeout=5000)
        view.replies.failed_bar.show()  # its Retry and Discard, as a refused reply shows them
    elif key in ("leads", "bookings", "properties"):
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
        view.table.selectRow(0)
    elif key == "settings":
        for box in (view.bmc, view.coliving):
            box.advanced_toggle.setChecked(True)
    return view


def _visit_sections(window: Any, qtbot: Any, walk: Walk) -> None:
    for key in SECTIONS:
        view = _open_section(window, qtbot, key)
        walk.look(key, window)
        if key == "calendar":
            for tab in range(1, view.tabs.count()):
                view.tabs.setCurrentIndex(tab)
                walk.look(f"calendar tab {tab}", window)
            view.tabs.setCurrentIndex(0)
    window.show_view("welcome")
    walk.look("welcome", window)


def _visit_dialogs(window: Any, qtbot: Any, walk: Walk) -> None:
    window.show_view("properties")
    editor = window.properties.open_editor(None)
    assert editor is not None
    qtbot.waitExposed(editor, timeout=5000)
    walk.look("listing editor", editor)
    editor.reject()

    window.show_view("inbox")
    saved = window.inbox.open_saved_replies()
    qtbot.waitExposed(saved, timeout=5000)
    walk.look("saved replies", saved)
    saved.reject()

    window.search_popup.popup()
    qtbot.waitUntil(window.search_popup.isVisible, timeout=5000)
    walk.look("quick search", window.search_popup)
    window.search_popup.hide()

    composer = window.inbox.composer
    composer.saved_replies.open_picker()
    qtbot.waitUntil(composer.saved_replies.picker.isVisible, timeout=5000)
    walk.look("saved reply picker", composer.saved_replies.picker)
    composer.saved_replies.picker.hide()

    shortcuts = window.open_shortcuts()
    qtbot.waitExposed(shortcuts, timeout=5000)
    walk.look("shortcuts", shortcuts)
    shortcuts.close()

    calendar = window.view("calendar")
    window.show_view("calendar")
    calendar.choose_register()
    chooser = calendar.register_dialog
    qtbot.waitUntil(chooser.isVisible, timeout=5000)
    walk.look("register file dialog", chooser)
    chooser.reject()
    calendar.edit_button.click()
    register = calendar.register_editor
    qtbot.waitUntil(lambda: register.isVisible() and register.rooms.rowCount() > 0, timeout=5000)
    walk.look("register editor", register)
    register.reject()

    window.show_view("bookings")
    window.bookings.export_button.click()
    export = window.bookings.export_dialog
    qtbot.waitUntil(lambda: export is not None and export.isVisible(), timeout=5000)
    walk.look("export file dialog", export)
    export.reject()

    automations = window.view("automations")
    window.show_view("automations")
    automations.new_button.click()
    qtbot.waitUntil(lambda: automations.rule_dialog is not None and automations.rule_dialog.isVisible(),
                    timeout=5000)
    walk.look("rule editor", automations.rule_dialog)
    automations.rule_dialog.reject()
    automations.settings_button.click()
    settings = automations.settings_dialog
    qtbot.waitUntil(lambda: settings is not None and settings.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: settings.zone_field.completer() is not None, timeout=5000)
    walk.look("automation settings", settings)
    settings.reject()


def _standard_buttons(walk: Walk) -> None:
    """Every standard button Qt draws, as a message box of the window would show them."""
    box = QMessageBox()
    every = QMessageBox.StandardButton.NoButton
    for button in (
        QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No, QMessageBox.StandardButton.Apply, QMessageBox.StandardButton.Reset,
        QMessageBox.StandardButton.Help, QMessageBox.StandardButton.Open, QMessageBox.StandardButton.RestoreDefaults,
        QMessageBox.StandardButton.YesToAll, QMessageBox.StandardButton.NoToAll, QMessageBox.StandardButton.SaveAll,
        QMessageBox.StandardButton.Abort, QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Ignore,
    ):
        every |= button
    box.setStandardButtons(every)
    box.setDetailedText("details")
    walk.texts("standard buttons", (("QMessageBox", b.text()) for b in box.buttons()))
    box.deleteLater()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_is_left_in_the_window_and_its_dialogs(
    lang: str, language: Callable[[str], None], synced_service: Any, make_window: Callable[..., Any], qtbot: Any,
) -> None:
    language(lang)
    window = make_window(synced_service)
    walk = Walk(lang)
    _visit_sections(window, qtbot, walk)
    _visit_dialogs(window, qtbot, walk)
    _standard_buttons(walk)
    assert not walk.found, f"still in English under {lang}:\n{walk.report()}"



def test_the_walk_finds_english_left_in_a_window(
    language: Callable[[str], None], synced_service: Any, make_window: Callable[..., Any], qtbot: Any,
) -> None:
    """The walk above is only worth its green if an English word left on screen turns it red."""
    language("pt_PT")
    window = make_window(synced_service)
    window.show_view("inbox")
    walk = Walk("pt_PT")
    walk.look("inbox", window)
    assert walk.found == {}
    window.inbox.count_label.setText("Open booking")
    window.inbox.search.setPlaceholderText("Filter conversations")
    window.statusBar().showMessage("Not sent: the guest left")
    walk.look("inbox", window)
    assert set(walk.found) == {"Open booking", "Filter conversations", "Not sent: the guest left"}


def _item(state: Any, error: str | None, **extra: Any) -> Any:
    from colivingdesk.ui.models.inbox_models import ConversationItem

    return ConversationItem("o:1", "Hello", True, "You", datetime.now(UTC), state, error, 1, channel=Channel.COLIVING,
                            **extra)


@pytest.fixture(params=LANGUAGES)
def spoken(request: pytest.FixtureRequest, language: Callable[[str], None]) -> str:
    """The window's language, installed before the window (listed first, it is set up before ``calendar``)."""
    language(request.param)
    return str(request.param)


def test_messages_made_below_the_window_are_in_its_language(
    spoken: str, main_window: Any, qtbot: Any, aio: Any, tmp_path: Path,
) -> None:

    lang = spoken
    walk = Walk(lang)
    calendar = open_calendar(main_window, qtbot, aio)
    calendar.import_register(str(REGISTER))
    qtbot.waitUntil(lambda: calendar.import_note.text() != "", timeout=10_000)
    aio.settle()
    imported = calendar.import_note.text()
    # A register that is not one, imported from the calendar.
    broken = tmp_path / "register.json"
    broken.write_text(json.dumps({"listings": [{"id": "5325", "room_types": "none"}]}), encoding="utf-8")
    calendar.import_register(str(broken))
    qtbot.waitUntil(lambda: "room_types" in calendar.import_note.text(), timeout=10_000)
    unreadable = tmp_path / "not-json.json"
    unreadable.write_text("{", encoding="utf-8")
    with pytest.raises(RegisterError) as raised:
        read_register_file(str(unreadable))
    # A refused price on the rates tab, shown next to its field.
    calendar.tabs.setCurrentIndex(1)
    rates = calendar.rates
    qtbot.waitUntil(lambda: rates.base_price.isEnabled(), timeout=5000)
    rates.base_price.setText("abc")
    qtbot.waitUntil(rates.base_error.isVisible, timeout=5000)
    walk.look("refused push", main_window)
    # Reply states with the reasons the sender stores (in English, for every process on the profile).
    until = datetime.now(UTC) + timedelta(minutes=5)
    states = [
        reply_state_text(_item(OutboxState.QUEUED, ASKED_TO_WAIT_REASON.format(channel="Coliving.com", time="14:05")),
                         "up_to_date"),
        reply_state_text(_item(OutboxState.QUEUED, UNREACHABLE_REASON.format(channel="Coliving.com", time="14:05")),
                         "offline"),
        reply_state_text(_item(OutboxState.QUEUED, SERVER_PROBLEM_REASON.format(
            channel="Coliving.com", status=503, time="14:05")), "up_to_date"),
        reply_state_text(_item(OutboxState.QUEUED, KEY_REFUSED_REASON.format(channel="Coliving.com")), "key_rejected"),
        reply_state_text(_item(OutboxState.HELD, HELD_REASON, not_before=until), "up_to_date"),
        reply_state_text(_item(OutboxState.FAILED, "The guest closed this conversation."), "up_to_date"),
        reply_state_text(_item(OutboxState.FAILED, NOT_SENT_REASON.format(error="payload too large")), "up_to_date"),
    ]
    # Words made in the sync layer while the window runs.
    made = [stale_message({"properties": "BookMyColiving: Internal server error."}), str(raised.value)]
    try:
        parse_price("abc", "base_price")
    except PushInputError as err:
        made.append(err.message)
    try:
        check_rule(AutomationRule(name="", trigger="new_lead", saved_reply_id=1), "Hi", None)
    except AutomationError as err:
        made.append(str(err))
    made.append(SecretStore(backend=fail.Keyring(), environ={}).status().message)
    made.append(FeedProgress(Channel.COLIVING, "booking messages", "conversations", done=12, total=340, pages=1,
                             per_minute=60, later=3).line())
    made.append(reason_text(MISSING_VALUES.format(placeholders="{checkin}")))
    made.append(reason_text(ASKED_TO_WAIT_REASON.format(channel="Coliving.com", time="14:05")))
    walk.texts("messages", (("message", text) for text in [*states, *made, imported, calendar.import_note.text()]))
    assert not walk.found, f"still in English under {lang}:\n{walk.report()}"
    # The framing is ours and translated; the channel's own refusal keeps the channel's words.
    assert states[-2].endswith("The guest closed this conversation.")
    assert "Coliving.com" in states[0] and "14:05" in states[0] and "asked to wait" not in states[0]
    assert all(text for text in made)


def test_the_keyring_notice_is_in_the_windows_language(
    spoken: str, qtbot: Any, service: Service, store: Store, reader: Store, profile: Profile,  # noqa: F811
) -> None:
    """Where no secure keyring exists, Settings says so, in the window's language."""
    service.configure(Channel.BMC, None)
    view = make_view(qtbot, service, store, reader, profile, SecretStore(backend=fail.Keyring(), environ={}))
    qtbot.waitUntil(view.keyring_notice.isVisible, timeout=10_000)
    walk = Walk(spoken)
    walk.look("settings without a keyring", view)
    assert not walk.found, f"still in English under {spoken}:\n{walk.report()}"
    assert "COLIVINGDESK_*" in view.keyring_notice.text()
