"""Unsaved listing-editor contents, kept in the profile so closing the window (or the app) loses nothing.

A listing takes a while to write, and the editor is often closed half-way (to check a price, to answer a
lead). Each draft is one small JSON file under ``<profile>/drafts/``, named after the property id, or
``new-<random>`` for a listing that does not exist on the channel yet (several can be kept side by side;
``new`` alone is the single slot earlier versions used and still counts as one). Drafts hold only listing
fields: no key, secret or account setting ever goes through here.

The files are a few kilobytes and written only after the user pauses typing (the editor debounces), so writing
them on the UI thread costs less than handing them to an executor and keeps the order of writes obvious. A
write goes to a temporary file first and is then renamed over the old one, so a crash mid-write leaves the
previous draft intact.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NEW_KEY = "new"
_FORMAT = 1
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def new_draft_key() -> str:
    """A slot of its own for one new listing, so a second "New listing" never overwrites the first draft."""
    return f"{NEW_KEY}-{uuid.uuid4().hex[:12]}"


def is_new_key(key: str) -> bool:
    """Whether ``key`` holds a listing that exists only on this computer (not an existing listing's edits)."""
    return key == NEW_KEY or key.startswith(f"{NEW_KEY}-")


class DraftStore:
    """Reads and writes editor drafts, one JSON file per listing, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        # Ids come from the channel; keep them from naming anything outside the folder.
        return self.folder / f"{_UNSAFE.sub('_', key)}.json"

    def load(self, key: str) -> dict[str, Any] | None:
        """The saved fields for ``key``, or ``None`` when there is no draft or it cannot be read."""
        path = self._path(key)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            return None
        fields = document.get("fields")
        return fields if isinstance(fields, dict) else None

    def saved_at(self, key: str) -> datetime | None:
        """When the draft was last written, to tell the user how old the restored text is."""
        try:
            document = json.loads(self._path(key).read_text(encoding="utf-8"))
            return datetime.fromisoformat(document["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, key: str, fields: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        tmp = path.with_suffix(".json.tmp")
        document = {"format": _FORMAT, "saved_at": datetime.now(UTC).isoformat(), "fields": fields}
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)

    def clear(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()

    def has(self, key: str) -> bool:
        return self._path(key).exists()

    def keys(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json"))

    def new_keys(self) -> list[str]:
        """The drafts of listings not created yet, oldest first (the order they were started in)."""
        keys = [k for k in self.keys() if is_new_key(k)]
        return sorted(keys, key=lambda k: str((self.load(k) or {}).get("started_at") or ""))
