"""Change sets as LISTEN/NOTIFY payloads: compact, under the server's size limit, and marked with their origin.

A payload is one line of JSON: ``{"o": ORIGIN, "c": {kind: [id, ...]}, "w": [kind, ...]}``. ``o`` names the
process that made the change, so it can ignore its own notifications (it applied the change already). ``c``
carries ids per kind as the change stream has them. ``w`` lists the kinds too large to name id by id within the
server's limit: each means "every record of this kind may have changed", and is decoded as the kind with the
single id :data:`~colivingdesk.sync.changes.EVERY`, which the views answer by re-reading what they show. The
largest kinds go to ``w`` first, so the smaller ones keep their ids.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from colivingdesk.store.notify import PAYLOAD_LIMIT
from colivingdesk.sync.changes import EVERY, ChangeSet


def new_origin() -> str:
    """A short id for this process's notifications (random: a pid repeats across machines)."""
    return secrets.token_hex(6)


@dataclass(frozen=True, slots=True)
class Notice:
    """A decoded payload: who sent it, and what changed."""

    origin: str
    changes: ChangeSet


def _text(body: Mapping[str, object]) -> str:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def encode(changes: Mapping[str, Iterable[str]], origin: str, limit: int = PAYLOAD_LIMIT) -> str:
    """``changes`` as a payload of at most ``limit`` UTF-8 bytes (see the module docstring)."""
    named: dict[str, list[str]] = {}
    whole: set[str] = set()
    for kind, ids in changes.items():
        listed = sorted(set(ids))
        if EVERY in listed:
            whole.add(kind)
        elif listed:
            named[kind] = listed
    while True:
        text = _text({"o": origin, "c": named, "w": sorted(whole)})
        if len(text.encode()) <= limit or not named:
            return text
        largest = max(named, key=lambda kind: len(_text({kind: named[kind]}).encode()))
        del named[largest]
        whole.add(largest)


def decode(payload: str) -> Notice | None:
    """The notice in ``payload``, or None for a payload this release cannot read (another version's, or
    someone else's on the same channel): it is ignored rather than guessed at."""
    try:
        body = json.loads(payload)
        origin = str(body["o"])
        named = {str(kind): [str(i) for i in ids] for kind, ids in dict(body.get("c", {})).items()}
        whole = [str(kind) for kind in body.get("w", [])]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    data: dict[str, set[str]] = {kind: set(ids) for kind, ids in named.items()}
    for kind in whole:
        data.setdefault(kind, set()).add(EVERY)
    return Notice(origin, ChangeSet(data))
