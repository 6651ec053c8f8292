"""Quitting with writes not sent yet: say what waits and when it will go, then let the user decide.

Nothing is lost by quitting (the outbox is on disk), but a reply the operator believes sent would sit unsent
until the app or ``colivingdesk sync`` runs again, so the question names what waits and when it goes out: not
before a key is typed again where this computer keeps none, and never for a reply the channel refused, which
waits for the user. The box opens with ``open()``, never ``exec()``: quitting may be asked for while a
coroutine is running.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.translatable import Counted

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

#: Outbox states that mean "not on the channel yet and still meant to go".
PENDING_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.HELD)
#: What the quit question reads from the outbox: the writes still meant to go, and refused ones (of which it
#: names the replies, which the sidebar counts as not sent).
ASKED_STATES = (*PENDING_STATES, OutboxState.FAILED)

QUIT_TEXT = str(QT_TRANSLATE_NOOP("QuitGuard", "Quit"))
#: How many writes of a kind wait (a module-level function's plurals: see ``translatable.Counted``).
QuitWords = Counted("QuitWords", {
    "%n replies": "%n reply", "%n calendar updates": "%n calendar update", "%n listing changes": "%n listing change",
    "%n refused replies wait for you to retry or discard them.":
        "%n refused reply waits for you to retry or discard it.",
})


def _kind_words(kind: str, n: int) -> str:
    """``n`` writes of one kind ("1 reply", "3 calendar updates"), in each language's forms for the count."""
    from colivingdesk.sync.outbox import AVAILABILITY, RATES, REPLY

    if kind == REPLY:
        return QuitWords.tr("%n replies", "", n)
    if kind in (AVAILABILITY, RATES):
        return QuitWords.tr("%n calendar updates", "", n)
    return QuitWords.tr("%n listing changes", "", n)


def _kind_key(kind: str) -> str:
    # Imported only when quitting with writes waiting: the outbox module brings the sync engine's rules, which
    # the window (which builds this guard at start) does not need for its first frame.
    from colivingdesk.sync.outbox import AVAILABILITY, RATES, REPLY

    return kind if kind == REPLY else AVAILABILITY if kind in (AVAILABILITY, RATES) else "listing"


def pending_text(items: Sequence[OutboxItem], keys_kept: Callable[[Channel], bool] = lambda _channel: True) -> str:
    """"2 replies are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.",
    then what holds them longer (a key this computer does not keep: ``keys_kept``) and the refused replies;
    empty when nothing in ``items`` waits."""
    from colivingdesk.sync.outbox import REPLY

    waiting = [i for i in items if i.state in PENDING_STATES]
    refused = sum(1 for i in items if i.state == OutboxState.FAILED and i.kind == REPLY)
    parts = [_waiting_text(waiting)] if waiting else []
    lost = sorted({i.channel for i in waiting if not keys_kept(i.channel)}, key=lambda c: c.label)
    if len(lost) == 1:
        parts.append(QCoreApplication.translate(
            "QuitGuard",
            "This computer does not keep the {channel} key after you quit: what waits for {channel} goes once the "
            "key is entered again.",
        ).format(channel=lost[0].label))
    elif lost:
        parts.append(QCoreApplication.translate(
            "QuitGuard",
            "This computer does not keep the keys after you quit: what waits goes once the keys are entered again.",
        ))
    if refused:
        parts.append(QuitWords.tr("%n refused replies wait for you to retry or discard them.", "", refused))
    return " ".join(parts)


def _waiting_text(items: Sequence[OutboxItem]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        key = _kind_key(item.kind)
        counts[key] = counts.get(key, 0) + 1
    parts = [_kind_words(key, n) for key, n in counts.items()]
    what = parts[0]
    if len(parts) > 1:
        listed = functools.reduce(
            lambda first, second: QCoreApplication.translate("QuitGuard", "{first}, {second}").format(
                first=first, second=second,
            ),
            parts[:-1],
        )
        what = QCoreApplication.translate("QuitGuard", "{first} and {last}").format(first=listed, last=parts[-1])
    if len(items) == 1:
        return QCoreApplication.translate(
            "QuitGuard",
            "{what} is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs.",
        ).format(what=what)
    return QCoreApplication.translate(
        "QuitGuard",
        "{what} are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.",
    ).format(what=what)


class QuitGuard:
    """Asks before quitting when writes are pending; quits straight away otherwise."""

    def __init__(
        self, parent: QWidget, pending: Callable[[], Sequence[OutboxItem]], quit_now: Callable[[], object],
        keys_kept: Callable[[Channel], bool] = lambda _channel: True,
    ) -> None:
        """``pending``: the outbox items in :data:`ASKED_STATES`; ``keys_kept``: whether a channel's key will
        still be there at the next start (see ``SecretStore.kept_after_quit``)."""
        self._parent = parent
        self._pending = pending
        self._quit = quit_now
        self._keys_kept = keys_kept
        self.box: QMessageBox | None = None

    def request(self) -> None:
        if self.box is not None:
            self.box.raise_()
            return
        text = pending_text(self._pending(), self._keys_kept)
        if not text:
            self._quit()
            return
        question = QCoreApplication.translate("QuitGuard", "Quit before everything is sent?")
        from PySide6.QtWidgets import QMessageBox  # the window is built with every guard, rarely asked

        box = QMessageBox(QMessageBox.Icon.Warning, question, question, QMessageBox.StandardButton.Cancel, self._parent)
        box.setObjectName("confirmQuit")
        box.setInformativeText(text)
        quit_text = QCoreApplication.translate("QuitGuard", QUIT_TEXT)
        quit_button = box.addButton(quit_text, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            chosen = box.clickedButton() is quit_button
            self.box = None
            box.deleteLater()
            if chosen:
                self._quit()

        box.finished.connect(done)
        self.box = box
        box.open()
