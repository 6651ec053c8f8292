"""First run: nothing is connected yet, so say what the app does and offer the three ways in.

Connecting happens on the Settings page (keys are checked there before they are saved to the keyring); this
page only explains and navigates, so there is one place that handles keys. "Try the demo" starts a second
``colivingdesk --demo`` process: the demo needs a throwaway profile and the built-in sandbox, and running it apart
keeps both away from this window's profile and keyring.

The note under the cards says where keys will be kept on *this* computer, asked of the SecretStore each time
the page is shown: a machine without a secure keyring (common on Linux without a desktop session) must not be
promised one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from colivingdesk.domain import Channel
from colivingdesk.secrets import KeyringStatus, SecretStore
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import in_executor, spawn

DEMO_COMMAND = "colivingdesk --demo"


def demo_command() -> list[str]:
    """The demo, run by the same interpreter as this window so it finds the same installation."""
    return [sys.executable, "-m", "colivingdesk", "--demo"]


def keyring_note(status: KeyringStatus | None, session_only: bool = False) -> str:
    """Where keys go on this computer, in one line; ``None`` while the keyring has not been asked yet."""
    if status is None:
        return QCoreApplication.translate("WelcomeView", "Keys are never written to the app's files.")
    if status.secure:
        return QCoreApplication.translate(
            "WelcomeView", "Keys are kept in your system keyring, never in the app's files.",
        )
    if session_only:
        return QCoreApplication.translate(
            "WelcomeView", "Keys are kept for this session only and never written to the app's files.",
        )
    return QCoreApplication.translate(
        "WelcomeView",
        "This computer has no secure keyring, so keys can be used for this session only (you paste them "
        "again after a restart) or come from COLIVINGDESK_* environment variables. They are never written "
        "to the app's files.",
    )


def launch_detached(command: Sequence[str]) -> bool:
    started, _pid = QProcess.startDetached(command[0], list(command[1:]))
    return bool(started)


class _Card(QFrame):
    def __init__(self, title: str, text: str, button: QPushButton) -> None:
        super().__init__()
        self.setObjectName("welcomeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(230)
        v = QVBoxLayout(self)
        v.setContentsMargins(16, 16, 16, 16)
        v.setSpacing(8)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(heading)
        v.addWidget(body, 1)
        v.addWidget(button)


class WelcomeView(QWidget):
    """Shown instead of the inbox while no account is configured."""

    #: Go to Settings with this channel's connect form open.
    connectRequested = Signal(object)  # Channel

    def __init__(
        self, parent: QWidget | None = None, *, launch: Callable[[Sequence[str]], bool] = launch_detached,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.launcher = launch  # replaceable, so tests need not start a second app
        self.secrets = secrets
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.addStretch(1)
        title = QLabel(self.tr("Welcome to Colivingdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr("Your BookMyColiving properties, leads and messages and your Coliving.com bookings, "
                    "messages and calendar, in one window that keeps working offline.")
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.tint(intro, "muted")
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addSpacing(24)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        self.bmc_button = QPushButton(self.tr("Connect BookMyColiving"))
        self.bmc_button.setObjectName("connectBmc")
        self.coliving_button = QPushButton(self.tr("Connect Coliving.com"))
        self.coliving_button.setObjectName("connectColiving")
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setObjectName("tryDemo")
        cards.addWidget(_Card(
            "BookMyColiving",
            self.tr("Paste the partner API key from your BookMyColiving dashboard. Listings, leads and tenant "
                    "conversations sync in the background."),
            self.bmc_button,
        ))
        cards.addWidget(_Card(
            "Coliving.com",
            self.tr("Paste your Coliving.com integrations key. Bookings, guest messages and your listings' "
                    "calendars follow."),
            self.coliving_button,
        ))
        cards.addWidget(_Card(
            self.tr("Just looking?"),
            self.tr("The demo opens this window on a built-in practice server with sample data, in a throwaway "
                    "profile: nothing you do there reaches a real channel."),
            self.demo_button,
        ))
        outer.addLayout(cards)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.hide()
        outer.addSpacing(12)
        outer.addWidget(self.demo_hint)
        self.keyring_note = QLabel(keyring_note(None))
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.tint(self.keyring_note, "muted")
        outer.addSpacing(12)
        outer.addWidget(self.keyring_note)
        outer.addStretch(2)

        self.bmc_button.clicked.connect(lambda: self.connectRequested.emit(Channel.BMC))
        self.coliving_button.clicked.connect(lambda: self.connectRequested.emit(Channel.COLIVING))
        self.demo_button.clicked.connect(self._start_demo)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.secrets is not None:
            spawn(self._refresh_note(self.secrets), owner=self)

    async def _refresh_note(self, secrets: SecretStore) -> None:
        # Choosing a keyring backend may probe D-Bus on first use, so the question leaves the UI thread.
        status = await in_executor(secrets.status)
        self.keyring_note.setText(keyring_note(status, secrets.session_only))

    def _start_demo(self) -> None:
        if self.launcher(demo_command()):
            self.demo_hint.setText(
                self.tr("The demo is opening in a new window. It needs no keys and leaves this profile untouched.")
            )
        else:
            self.demo_hint.setText(
                self.tr(
                    "The demo could not be started from here. Run <code>{command}</code> from a terminal instead."
                ).format(command=DEMO_COMMAND)
            )
        self.demo_hint.setVisible(True)
