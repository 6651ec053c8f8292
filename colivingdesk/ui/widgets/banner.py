"""A non-modal message strip above the current view: errors and notices that must not block work.

Modal boxes would stop the operator mid-reply for a problem sync will fix by itself (offline, rate limited),
and a ``QMessageBox.exec()`` inside a coroutine would nest the event loop. The banner stays until dismissed
for errors and fades out on its own for warnings (a banner for a lasting state is built not to fade).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from colivingdesk.ui import theme
from colivingdesk.ui.errors import Level, UserMessage

WARNING_TIMEOUT_MS = 12_000


class BannerWidget(QFrame):
    """Shows one :class:`UserMessage` at a time; a newer message replaces the older one."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "banner", fades: bool = True) -> None:
        """``fades=False`` keeps warnings up until dismissed or replaced: for a state that lasts (offline),
        where a banner fading while the state holds would suggest it was over."""
        super().__init__(parent)
        self.setObjectName(name)
        self._fades = fades
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout.addLayout(texts, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.message: UserMessage | None = None
        self.hide()

    def show_message(self, message: UserMessage) -> None:
        self.message = message
        accents = theme.accents()
        bg = accents.banner_error if message.level >= Level.ERROR else accents.banner_info
        edge = accents.error if message.level >= Level.ERROR else accents.warn
        if message.level == Level.INFO:
            edge = accents.ok
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {bg.name()}; border-left: 4px solid {edge.name()};"
            " border-radius: 4px; }"
        )
        self.title.setText(message.title)
        self.text.setText(message.text)
        self.text.setVisible(bool(message.text))
        self.show()
        if message.level < Level.ERROR and self._fades:
            self._timer.start(WARNING_TIMEOUT_MS)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self.message = None
        self.hide()
        self.dismissed.emit()
