"""Quitting with writes not sent yet: say what waits and when it will go, then let the user decide.

Nothing is lost by quitting (the outbox is on disk), but a reply the operator believes sent would sit unsent
until the app or ``colivingdesk sync`` runs again, so the question names what waits and when it goes out. The box
opens with ``open()``, never ``exec()``: quitting may be asked for while a coroutine is running.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from colivingdesk.domain import OutboxItem, OutboxState

#: Outbox states that mean "not on the channel yet and still meant to go".
PENDING_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.HELD)

QUIT_TEXT = "Quit"


def _kind_noun(kind: str) -> tuple[str, str]:
    # Imported only when quitting with writes waiting: the outbox module brings the sync engine's rules, which
    # the window (which builds this guard at start) does not need for its first frame.
    from colivingdesk.sync.outbox import AVAILABILITY, RATES, REPLY

    if kind == REPLY:
        return "reply", "replies"
    if kind in (AVAILABILITY, RATES):
        return "calendar update", "calendar updates"
    return "listing change", "listing changes"


def pending_text(items: Sequence[OutboxItem]) -> str:
    """"2 replies are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.\""""
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        noun = _kind_noun(item.kind)
        counts[noun] = counts.get(noun, 0) + 1
    parts = [f"{n} {one if n == 1 else many}" for (one, many), n in counts.items()]
    what = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    single = len(items) == 1
    return (
        f"{what} {'is' if single else 'are'} not sent yet. {'It' if single else 'They'} will be sent the next "
        "time colivingdesk or `colivingdesk sync` runs."
    )


class QuitGuard:
    """Asks before quitting when writes are pending; quits straight away otherwise."""

    def __init__(self, parent: QWidget, pending: Callable[[], Sequence[OutboxItem]], quit_now: Callable[[], object]):
        self._parent = parent
        self._pending = pending
        self._quit = quit_now
        self.box: QMessageBox | None = None

    def request(self) -> None:
        if self.box is not None:
            self.box.raise_()
            return
        items = self._pending()
        if not items:
            self._quit()
            return
        question = "Quit before everything is sent?"
        box = QMessageBox(QMessageBox.Icon.Warning, question, question, QMessageBox.StandardButton.Cancel, self._parent)
        box.setObjectName("confirmQuit")
        box.setInformativeText(pending_text(items))
        quit_button = box.addButton(QUIT_TEXT, QMessageBox.ButtonRole.AcceptRole)
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
