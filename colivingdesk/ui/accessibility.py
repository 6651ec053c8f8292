"""Saying things to assistive technology: announcements of state changes a screen reader user would otherwise
miss because they only show as a colour or a line of text somewhere else in the window.

Qt 6.8+ has ``QAccessibleAnnouncementEvent``: the platform bridge (AT-SPI, UIA, NSAccessibility) speaks its
message without moving focus. ``polite`` waits for the reader to finish what it is saying; ``assertive`` (for
failures the user must act on) interrupts.

Every announcement also goes out through :data:`announcements`, a process-wide signal, so the window's tests
can check that a reply's fate or a channel going offline was said, not only coloured.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

log = logging.getLogger(__name__)


class _Announcements(QObject):
    #: (text, assertive) for every announcement made.
    said = Signal(str, bool)


#: The one place announcements are emitted; created on first use (it needs no QApplication).
announcements = _Announcements()


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` on behalf of ``source`` (a widget in the window).

    Nothing is sent to the platform while no assistive technology is listening (``QAccessible.isActive``),
    which also keeps offscreen runs quiet; the :data:`announcements` signal fires either way.
    """
    if not text:
        return
    announcements.said.emit(text, assertive)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    try:
        QAccessible.updateAccessibility(event)
    except RuntimeError:  # the source was deleted between the state change and the announcement
        log.debug("announcement source gone", exc_info=True)
