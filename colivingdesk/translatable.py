"""Marking user-facing words in Qt-free modules (``labels``, ``sync``) so they can be translated in the window.

The core layers never import Qt, yet some words they make reach the window: a record's name ("Booking CO-8858"),
a reply's state, a reason our own code gives for not sending. Those sources are wrapped in
:func:`QT_TRANSLATE_NOOP` with a context, which ``pyside6-lupdate`` extracts like Qt's own macro, and looked up
through :func:`translated`. The window points :func:`translated` at Qt's translator when it installs one
(``colivingdesk.ui.i18n``); the command line never does, so its output stays English and scripts that read it
keep working in every locale.
"""

from __future__ import annotations

from collections.abc import Callable

_lookup: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction under ``context`` and returns it unchanged (English)."""
    return text


def translated(context: str, text: str) -> str:
    """``text`` in the window's language when the window installed a translator, else as written."""
    return _lookup(context, text) if _lookup is not None else text


def set_lookup(lookup: Callable[[str, str], str] | None) -> None:
    """Route :func:`translated` through ``lookup`` (Qt's ``QCoreApplication.translate``); None restores English."""
    global _lookup
    _lookup = lookup


def translated_reason(text: str | None) -> str | None:
    """A reason stored with an outbox item, in the window's language when it is one of ours (marked under
    the ``SyncReason`` context); a channel's own words come back as the channel wrote them."""
    return translated("SyncReason", text) if text else text
