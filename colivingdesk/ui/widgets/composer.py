"""The reply box: a text field with a live character count, an error line right under it, and Send.

The limit (5,000 characters on both channels' reply endpoints) is shown while typing so nobody writes a long
answer only to have it refused; the authoritative check stays in ``Service.queue_reply``, whose error is
shown here, next to the text, and never clears what was typed.

Saved replies are inserted filled from the conversation (the owner supplies the filling); placeholders left
unfilled are highlighted and named under the text, and Send refuses while any remains, so a guest never gets
a raw ``{checkin}``.

A problem with the text (empty, too long) or the conversation (closed on the channel) is said next to the
text and nothing is sent; the message goes away by itself as soon as the problem does (the text is fixed, the
conversation reopens), so it never lingers over a reply that is fine.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from colivingdesk.api.errors import ValidationError
from colivingdesk.store import SavedReply
from colivingdesk.templates import FilledReply, blocking_placeholders, describe_blocking, fill
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.accessibility import announce
from colivingdesk.ui.widgets.saved_replies import SHORTCUTS, PlaceholderHighlighter, SavedRepliesButton

MAX_REPLY_CHARS = 5000
DRAFT_SAVE_DELAY_MS = 400
BLOCKED_MESSAGE = QT_TRANSLATE_NOOP("ComposerWidget", "Not sent: replace the highlighted placeholders first.")


def reply_problem(text: str) -> str | None:
    """Why this text cannot be sent (the same check the Service makes), or None."""
    # Imported on first check: the outbox module brings the sync engine's rules, which the window's first
    # frame does not need.
    from colivingdesk.sync.outbox import check_reply_text

    try:
        check_reply_text(text)
    except ValidationError as err:
        if not text.strip():
            return QCoreApplication.translate("ComposerWidget", "Write something first: an empty reply is not sent.")
        return err.message
    return None


class ComposerWidget(QWidget):
    """Emits ``sendRequested(text)``; the owner calls :meth:`sent` or :meth:`show_error` with the outcome."""

    sendRequested = Signal(str)
    #: The text changed and the user paused typing: time to persist the draft.
    draftChanged = Signal(str)
    #: The user changed the text (typing, pasting, a saved reply); not emitted when a draft is loaded.
    edited = Signal()
    #: The user asked for the saved replies manager.
    manageSavedRepliesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.setPlaceholderText(self.tr("Write a reply…  (Ctrl+Enter to send)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(64)
        self.editor.setMaximumHeight(110)
        layout.addWidget(self.editor)

        self.error = QLabel()
        self.error.setObjectName("composerError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.placeholders = QLabel()
        self.placeholders.setObjectName("composerPlaceholders")
        self.placeholders.setWordWrap(True)
        theme.tint(self.placeholders, "warn")
        self.placeholders.hide()
        layout.addWidget(self.placeholders)

        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("composerCounter")
        row.addWidget(self.counter)
        row.addStretch(1)
        self.saved_replies = SavedRepliesButton(self.editor, self)
        self.saved_replies.chosen.connect(self.insert_saved_reply)
        self.saved_replies.manageRequested.connect(self.manageSavedRepliesRequested)
        row.addWidget(self.saved_replies)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("composerSend")
        # Not drawn as the default button: its frame would read as the keyboard focus, which is in the text.
        # Ctrl+Enter sends from the text (below); plain Enter writes a new line there.
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        row.addWidget(self.send_button)
        layout.addLayout(row)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._emit_draft)
        self.editor.textChanged.connect(self._on_text_changed)
        self.send_button.clicked.connect(self._on_send)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        shortcut.activated.connect(self._on_send)
        shortcut.setWhatsThis(self.tr("Send the reply"))
        for keys in SHORTCUTS:
            picker = QShortcut(QKeySequence(keys), self)
            picker.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            picker.activated.connect(self.saved_replies.open_picker)
            picker.setWhatsThis(self.tr("Search saved replies"))
        self._highlighter = PlaceholderHighlighter(self.editor.document())
        # Unknown ``{words}`` that came from a saved reply: they block sending like placeholders do, while
        # braces the user typed are their own business.
        self._guarded: set[str] = set()
        self._filler: Callable[[str], FilledReply] = lambda body: fill(body, {})
        self._loading = False
        self._closed: str | None = None
        self._error_kind: str | None = None  # "text" or "closed": cleared when that problem is gone
        self._sent_from_button = False
        self._update_counter()
        self._name_controls()

    def _name_controls(self) -> None:
        self.editor.setAccessibleName(self.tr("Reply"))
        self.editor.setAccessibleDescription(self.tr("Ctrl+Enter sends the reply"))
        self.send_button.setAccessibleName(self.tr("Send reply"))
        self.saved_replies.setAccessibleDescription(self.tr("Insert a saved reply"))

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_saved_replies(
        self, source: Callable[[], list[SavedReply]], filler: Callable[[str], FilledReply]
    ) -> None:
        """Where saved replies come from, and how a reply's text is filled for the open conversation."""
        self.saved_replies.set_source(source)
        self._filler = filler

    def insert_saved_reply(self, reply: SavedReply) -> FilledReply:
        """Fill ``reply`` and insert it at the cursor (replacing a selection); returns what was left unfilled."""
        filled = self._filler(reply.body)
        self._guarded.update(filled.unknown)
        self.editor.insertPlainText(filled.text)
        self.editor.setFocus()
        self._update_placeholders()
        return filled

    def blocking(self) -> list[str]:
        """Placeholders in the text that must be replaced before sending."""
        return blocking_placeholders(self.text(), self._guarded)

    def load(self, text: str) -> None:
        """Show a thread's saved draft without treating it as an edit."""
        self._save_timer.stop()
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self.clear_error()
        self._update_counter()

    def flush_draft(self) -> None:
        """Persist now (thread switch, window close) instead of waiting for the pause timer."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._emit_draft()

    def _emit_draft(self) -> None:
        self.draftChanged.emit(self.text())

    def sent(self) -> None:
        self.load("")
        self.draftChanged.emit("")
        if self._sent_from_button:
            # Send was pressed on the button (disabled while the reply is stored, so Qt moved the keyboard on):
            # the keyboard comes back to the empty reply box, ready for the next one.
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str, kind: str | None = None) -> None:
        """Show ``message`` under the text; ``kind="text"`` clears once the text can be sent."""
        self._error_kind = kind
        self.error.setText(message)
        theme.tint(self.error, "error")
        self.error.show()
        announce(self.editor, message, assertive=True)

    def clear_error(self) -> None:
        self._error_kind = None
        self.error.clear()
        self.error.hide()
        if self._closed:
            self.show_error(self._closed, "closed")

    def set_closed(self, reason: str | None) -> None:
        """The channel will not take replies in this conversation (``reason``), or takes them again (None)."""
        self._closed = reason
        if reason:
            self.show_error(reason, "closed")
        elif self._error_kind == "closed":
            self.clear_error()

    def set_enabled_for_thread(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        self.saved_replies.setEnabled(enabled)

    def _on_text_changed(self) -> None:
        self._update_counter()
        self._update_placeholders()
        if self._error_kind == "text" and reply_problem(self.text()) is None:
            self.clear_error()
        if not self._loading:
            self._save_timer.start()
            self.edited.emit()

    def _update_counter(self) -> None:
        n = len(self.text())
        if n > MAX_REPLY_CHARS:
            over = self.tr("{count} / {limit}: %Ln over the limit", "", n - MAX_REPLY_CHARS)
            self.counter.setText(over.format(count=formatting.count(n), limit=formatting.count(MAX_REPLY_CHARS)))
            theme.tint(self.counter, "error", "font-weight: bold;")
        else:
            self.counter.setText(f"{formatting.count(n)} / {formatting.count(MAX_REPLY_CHARS)}")
            theme.tint(self.counter, "warn" if n > MAX_REPLY_CHARS * 0.9 else "muted")

    def _update_placeholders(self) -> None:
        names = self.blocking()
        self._highlighter.set_names(names)
        self.placeholders.setText(describe_blocking(names))
        self.placeholders.setVisible(bool(names))
        if not names and self.error.text() == self.tr(BLOCKED_MESSAGE):
            self.clear_error()

    def _on_send(self) -> None:
        text = self.text()
        if self._closed:
            self.show_error(self._closed, "closed")
            return
        problem = reply_problem(text)
        if problem:
            self.show_error(problem, "text")
            return
        names = self.blocking()
        if names:
            self.show_error(self.tr(BLOCKED_MESSAGE))
            return
        self._sent_from_button = self.send_button.hasFocus()
        self.sendRequested.emit(text)
