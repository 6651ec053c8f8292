"""Unsent reply text per conversation, kept in the profile so a half-written answer survives quitting the app.

One small JSON file (``<profile>/reply-drafts.json``) maps a thread key to its text. It lives in the profile
rather than QSettings because QSettings is per user, not per profile: a demo or test profile must not leak
drafts into the real one. Writes are debounced by the composer and go through a temporary file and a rename,
so a crash mid-write keeps the previous drafts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


class ReplyDraftStore:
    """Thread key -> draft text; empty text removes the entry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._drafts: dict[str, str] = self._read()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}

    def get(self, key: str) -> str:
        return self._drafts.get(key, "")

    def set(self, key: str, text: str) -> None:
        if text.strip():
            if self._drafts.get(key) == text:
                return
            self._drafts[key] = text
        elif key in self._drafts:
            del self._drafts[key]
        else:
            return
        self._write()

    def keys(self) -> list[str]:
        return sorted(self._drafts)

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self._drafts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
