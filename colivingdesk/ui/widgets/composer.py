"""The reply box: a text field with a live character count, an error line right under it, and Send.

The limit (5,000 characters on both channels' reply endpoints) is shown while typing so nobody writes a long
answer only to have it refused; the authoritative check stays in ``Service.queue_reply``, whose error is
shown here, next to the text, and never clears what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from colivingdesk.ui import theme

MAX_REPLY_CHARS = 5000
DRAFT_SAVE_DELAY_MS = 400


class ComposerWidget(QWidget):
    """Emits ``sendRequested(text)``; the owner calls :meth:`sent` or :meth:`show_error` with the outcome."""

    sendRequested = Signal(str)
    #: The text changed and the user paused typing: time to persist the draft.
    draftChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.setPlaceholderText("Write a reply…  (Ctrl+Enter to send)")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(64)
        self.editor.setMaximumHeight(110)
        layout.addWidget(self.editor)

        self.error = QLabel()
        self.error.setObjectName("composerError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("composerCounter")
        row.addWidget(self.counter)
        row.addStretch(1)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("composerSend")
        self.send_button.setDefault(True)
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
        self._loading = False
        self._update_counter()

    def text(self) -> str:
        return self.editor.toPlainText()

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

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setStyleSheet(f"color: {theme.accents().error.name()};")
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def set_enabled_for_thread(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.send_button.setEnabled(enabled)

    def _on_text_changed(self) -> None:
        self._update_counter()
        if not self._loading:
            self._save_timer.start()

    def _update_counter(self) -> None:
        n = len(self.text())
        accents = theme.accents()
        if n > MAX_REPLY_CHARS:
            self.counter.setText(f"{n:,} / {MAX_REPLY_CHARS:,}: {n - MAX_REPLY_CHARS:,} over the limit")
            self.counter.setStyleSheet(f"color: {accents.error.name()}; font-weight: bold;")
        else:
            self.counter.setText(f"{n:,} / {MAX_REPLY_CHARS:,}")
            color = accents.warn if n > MAX_REPLY_CHARS * 0.9 else accents.muted
            self.counter.setStyleSheet(f"color: {color.name()};")

    def _on_send(self) -> None:
        text = self.text()
        if not text.strip():
            self.show_error("Write something first.")
            return
        self.sendRequested.emit(text)
