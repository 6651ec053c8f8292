"""A non-modal message strip above the current view: errors and notices that must not block work.

Modal boxes would stop the operator mid-reply for a problem sync will fix by itself (offline, rate limited),
and a ``QMessageBox.exec()`` inside a coroutine would nest the event loop. The banner stays until dismissed
for errors and fades out on its own for warnings (a banner for a lasting state is built not to fade).

:class:`ReconnectBannerWidget` is the one banner that is a state rather than an event: an account saved in this
profile whose key is not on this computer (session-only keys are forgotten at quit, an environment variable
was unset). Cached data still looks normal then, so it stays, with a button to the key field, until the key
is back or the account removed; no later message can push it away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from colivingdesk.domain import Channel
from colivingdesk.sync.status import AccountStatus
from colivingdesk.ui import theme
from colivingdesk.ui.accessibility import announce
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
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.message: UserMessage | None = None
        self.hide()
        self._name_controls()

    def _name_controls(self) -> None:
        # "✕" would be read as "multiplication x".
        self.close_button.setAccessibleName(self.tr("Dismiss message"))

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
        # Said as well as shown: the banner appears far from where the keyboard focus is.
        announce(self, " ".join(t for t in (message.title, message.text) if t), assertive=message.level >= Level.ERROR)
        if message.level < Level.ERROR and self._fades:
            self._timer.start(WARNING_TIMEOUT_MS)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        self._timer.stop()
        self.message = None
        self.hide()
        self.dismissed.emit()


def reconnect_title(channel: Channel) -> str:
    return QCoreApplication.translate(
        "ReconnectBannerWidget", "Reconnect {channel}: its key is not stored on this computer"
    ).format(
        channel=channel.label
    )


class ReconnectBannerWidget(QFrame):
    """One line per saved account without a key, each with a button that opens that account's key field."""

    #: The user asked to enter this channel's key (the window opens Settings at its key field).
    reconnectRequested = Signal(object)  # Channel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        accents = theme.accents()
        self.setStyleSheet(
            f"#reconnectBanner {{ background: {accents.banner_error.name()};"
            f" border-left: 4px solid {accents.error.name()}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
        self.rows: dict[Channel, QWidget] = {}
        self.buttons: dict[Channel, QPushButton] = {}
        self.titles: dict[Channel, QLabel] = {}
        for channel in Channel:
            row = QWidget(self)
            row.setObjectName(f"reconnect-{channel.value}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            title = QLabel(reconnect_title(channel), row)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
            detail = QLabel(
                self.tr(
                    "Nothing syncs with {channel} until you paste its API key again; replies and updates "
                    "you make meanwhile wait for the key."
                ).format(channel=channel.label), row,
            )
            detail.setWordWrap(True)
            texts.addWidget(title)
            texts.addWidget(detail)
            button = QPushButton(self.tr("Enter the key"), row)
            button.setObjectName(f"reconnectButton-{channel.value}")
            button.clicked.connect(lambda _checked=False, c=channel: self.reconnectRequested.emit(c))
            line.addLayout(texts, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(row)
            row.hide()
            self.rows[channel] = row
            self.buttons[channel] = button
            self.titles[channel] = title
        self.hide()

    def update_accounts(self, saved: Iterable[Channel], statuses: Mapping[Channel, AccountStatus]) -> None:
        """Show a line for each saved account the Service could not configure (no key, or none readable)."""
        saved = set(saved)
        for channel, row in self.rows.items():
            status = statuses.get(channel)
            missing = channel in saved and status is not None and status.state == "not_configured"
            row.setVisible(missing)
            row.setToolTip(status.message if missing and status is not None else "")
        self.setVisible(any(not row.isHidden() for row in self.rows.values()))

    def missing(self) -> list[Channel]:
        """The channels it currently asks to reconnect."""
        return [channel for channel, row in self.rows.items() if not row.isHidden()]
