"""Marking user-facing words in Qt-free modules (``labels``, ``sync``) so they can be translated in the window.

The core layers never import Qt, yet some words they make reach the window: a record's name ("Booking CO-8858"),
a reply's state, a reason our own code gives for not sending. Those sources are wrapped in
:func:`QT_TRANSLATE_NOOP` with a context, which ``pyside6-lupdate`` extracts like Qt's own macro, and looked up
through :func:`translated`. The window points :func:`translated` at Qt's translator when it installs one
(``colivingdesk.ui.i18n``); the command line never does, so its output stays English and scripts that read it
keep working in every locale.

Two kinds of sentence, two ways:

* made and shown in the same process (a refusal raised while the user types, an account's status): made with
  :func:`filled`, in the window's language from the start;
* stored, then shown perhaps by another process (the reason an outbox item waits): stored in English and
  translated where shown by :func:`translated_reason`, which recognises a sentence with values by the
  template declared with :func:`reason_template`.

Counts ("3 properties") are Qt plurals, so each language gets its own forms for one and for many: a
:class:`Counted` per context gives them (``KeyCheck.tr("%n properties", "", n)``).

A channel's own words (its refusal, its error text) are values inside our translated framing, never translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_lookup: Callable[[str, str], str] | None = None
#: Qt's ``translate(context, source, disambiguation, n)`` for plurals, installed with :func:`set_lookup`.
_counted_lookup: Callable[[str, str, str, int], str] | None = None
#: Stored reasons with named values (``"{channel} asked to wait until {time}."``), each with the pattern that
#: recognises a filled-in copy; see :func:`reason_template`.
_templates: list[tuple[re.Pattern[str], str]] = []
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction under ``context`` and returns it unchanged (English)."""
    return text


def translated(context: str, text: str) -> str:
    """``text`` in the window's language when the window installed a translator, else as written."""
    return _lookup(context, text) if _lookup is not None else text


def filled(context: str, source: str, **values: object) -> str:
    """``source`` (marked under ``context``) in the window's language, then its named values filled in: a
    message that carries values is translated whole before formatting, never pieced together."""
    return translated(context, source).format(**values)


def set_lookup(
    lookup: Callable[[str, str], str] | None, counted: Callable[[str, str, str, int], str] | None = None
) -> None:
    """Route :func:`translated` through ``lookup`` and :meth:`Counted.tr` through ``counted`` (both Qt's
    ``QCoreApplication.translate``); None restores English."""
    global _lookup, _counted_lookup
    _lookup = lookup
    _counted_lookup = counted


class Counted:
    """Counted words made below the window, under one context: ``KeyCheck = Counted("KeyCheck", {...})``, then
    ``KeyCheck.tr("%n properties", "", n)``.

    The call is shaped like a QObject's ``tr``, which is what ``pyside6-lupdate`` extracts as a plural (under the
    name written before ``.tr``: name the instance like its context); Qt's ``translate`` then gives the form
    for ``n`` in the window's language. Without a translator (an English window, the command line) the words
    are English: ``singular[source]`` for one, the source for any other count. ``%n`` is the count, ``%Ln`` the
    count with thousands separators.
    """

    def __init__(self, context: str, singular: dict[str, str]) -> None:
        self.context = context
        self._singular = singular

    def tr(self, source: str, disambiguation: str, n: int) -> str:
        if _counted_lookup is not None:
            return _counted_lookup(self.context, source, disambiguation, n)
        text = self._singular.get(source, source) if n == 1 else source
        return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def reason_template(source: str) -> str:
    """Declare a stored reason that carries values (its English source, marked under ``SyncReason``).

    A reason is stored in English, filled in (``source.format(...)``), because the command line reads the same
    database and every process on a shared profile writes it. Its template is the reason's code and the filled
    values are its arguments: :func:`translated_reason` recognises a stored copy by the template, translates
    the template and fills the same values in again. A value that is a channel's own words stays as written.
    Call it at module level, so every template is known before the first stored reason is shown.
    """
    pattern = ""
    end = 0
    for match in _FIELD.finditer(source):
        pattern += re.escape(source[end:match.start()]) + f"(?P<{match.group(1)}>.+?)"
        end = match.end()
    pattern += re.escape(source[end:])
    _templates.append((re.compile(pattern, re.DOTALL), source))
    return source


def translated_reason(text: str | None) -> str | None:
    """A reason stored with an outbox item, in the window's language when it is one of ours (marked under
    the ``SyncReason`` context, with its values filled in again: see :func:`reason_template`); a channel's own
    words come back as the channel wrote them."""
    if not text or _lookup is None:
        return text
    whole = _known_reason(text)
    if whole is not None or "\n" not in text:
        return whole if whole is not None else text
    # A refusal with its field errors (``outbox.format_error``): the sentence, then one "path: message" a field.
    first, *fields = text.split("\n")
    lines = [_known_reason(first) or first]
    for line in fields:
        path, sep, message = line.partition(": ")
        lines.append(f"{path}{sep}{_known_reason(message) or message}" if sep else line)
    return "\n".join(lines)


def _known_reason(text: str) -> str | None:
    """``text`` translated when it is one of our reasons (a template filled in, or a sentence of its own)."""
    for pattern, source in _templates:
        found = pattern.fullmatch(text)
        if found is not None:
            return translated("SyncReason", source).format(**found.groupdict())
    words = translated("SyncReason", text)
    return words if words != text else None
