"""Saved replies: placeholders such as ``{guest_name}`` filled from the open conversation, and the check that
nothing unfilled reaches a guest.

A saved reply is written once ("Hi {first_name}, see you on {checkin}!") and sent to many guests, so the risk
is a message that reaches someone with a raw ``{checkin}`` in it. Filling therefore reports what it could not
fill, leaves those placeholders in the text for the user to complete, and :func:`blocking_placeholders` tells
the composer which ones still stand between the text and the Send button. Nothing here knows Qt, the store or
the channels: the caller gathers the values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from colivingdesk.translatable import QT_TRANSLATE_NOOP, translated

#: Every placeholder a saved reply may use, in the order the manager lists them.
PLACEHOLDERS: tuple[str, ...] = (
    "guest_name",
    "first_name",
    "property",
    "listing",
    "room_type",
    "checkin",
    "checkout",
    "host_name",
)

PLACEHOLDER_HELP: dict[str, str] = {
    "guest_name": QT_TRANSLATE_NOOP("Templates", "the guest's full name"),
    "first_name": QT_TRANSLATE_NOOP("Templates", "the guest's first name"),
    "property": QT_TRANSLATE_NOOP("Templates", "the BookMyColiving property"),
    "listing": QT_TRANSLATE_NOOP("Templates", "the Coliving.com listing"),
    "room_type": QT_TRANSLATE_NOOP("Templates", "the booked room type"),
    "checkin": QT_TRANSLATE_NOOP("Templates", "the booking's check-in date"),
    "checkout": QT_TRANSLATE_NOOP("Templates", "the booking's check-out date"),
    "host_name": QT_TRANSLATE_NOOP("Templates", "your name (from Coliving.com or the saved replies settings)"),
}

# ``{word}``: letters, digits and underscores, nothing else, so JSON-like text or "{ }" is not a placeholder.
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class FilledReply:
    """A saved reply after filling: the text to put in the composer and what is still to be done by hand.

    ``unfilled`` are known placeholders the conversation has no value for (a BookMyColiving thread has no
    check-in date); ``unknown`` are ``{words}`` that are not placeholders at all (a typo such as ``{frist_name}``).
    Both stay in ``text`` as written, in the order they first appear.
    """

    text: str
    unfilled: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unfilled and not self.unknown


def placeholders_in(text: str) -> list[str]:
    """Every ``{word}`` in ``text``, once each, in the order of first appearance."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


def first_name(full_name: str) -> str:
    """The first word of a name ("Ana" of "Ana María López"); empty for an empty name."""
    parts = full_name.split()
    return parts[0] if parts else ""


def fill(template: str, values: Mapping[str, str | None]) -> FilledReply:
    """Replace each known placeholder that has a non-blank value; leave the rest as written and name them.

    ``values`` may omit ``first_name``: it is derived from ``guest_name`` when that is known.
    """
    known = {k: (v or "").strip() for k, v in values.items() if k in PLACEHOLDERS}
    if not known.get("first_name") and known.get("guest_name"):
        known["first_name"] = first_name(known["guest_name"])
    unfilled: list[str] = []
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            if name not in unknown:
                unknown.append(name)
            return match.group(0)
        value = known.get(name, "")
        if not value:
            if name not in unfilled:
                unfilled.append(name)
            return match.group(0)
        return value

    text = _PLACEHOLDER.sub(replace, template)
    return FilledReply(text, tuple(unfilled), tuple(unknown))


def blocking_placeholders(text: str, guarded: Iterable[str] = ()) -> list[str]:
    """The ``{words}`` in ``text`` that must not be sent: every known placeholder, and the unknown ones named
    in ``guarded`` (those that came from a saved reply; braces a user typed on purpose are left alone)."""
    watch = set(PLACEHOLDERS) | set(guarded)
    return [name for name in placeholders_in(text) if name in watch]


def describe_blocking(names: Iterable[str]) -> str:
    """The sentence shown next to the composer while ``names`` block sending; empty when none do."""
    names = list(names)
    if not names:
        return ""
    listed = ", ".join(f"{{{n}}}" for n in names)
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown and len(unknown) == len(names):
        if len(names) == 1:
            sentence = QT_TRANSLATE_NOOP(
                "Templates", "{placeholders} (not a known placeholder) needs filling in before this reply can be sent."
            )
        else:
            sentence = QT_TRANSLATE_NOOP(
                "Templates", "{placeholders} (not a known placeholder) need filling in before this reply can be sent."
            )
    elif len(names) == 1:
        sentence = QT_TRANSLATE_NOOP("Templates", "{placeholders} needs filling in before this reply can be sent.")
    else:
        sentence = QT_TRANSLATE_NOOP("Templates", "{placeholders} need filling in before this reply can be sent.")
    # replace, not format: the listed names are in braces themselves.
    return translated("Templates", sentence).replace("{placeholders}", listed)


def spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where each ``{name}`` of ``names`` sits in ``text`` (start, end), for highlighting."""
    wanted = set(names)
    return [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text) if m.group(1) in wanted]
