"""Results of the quick search (Ctrl+K): a short list of store hits, replaced as the user types.

Search is one FTS5 query with a small limit, fast enough to run on the UI thread per keystroke (after a short
debounce); the model is a plain list because there is never more than one screen of results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from colivingdesk.store import SNIPPET_END, SNIPPET_START, SearchHit
from colivingdesk.ui.widgets.badges import channel_pixmap

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {"message": "Message", "lead": "Lead", "booking": "Booking", "property": "Property"}


def kind_title(hit: SearchHit) -> str:
    """"Lead: Alex Rivera": the index's title after the kind, for hits nothing better is known about."""
    return f"{KIND_LABELS.get(hit.kind, hit.kind.title())}: {hit.title}"


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, "").split())


class SearchResultsModel(QAbstractListModel):
    """``title(hit)`` is a hit's first line (by default its kind and the index's title), ``describe(hit)`` adds
    a line under it (a booking's dates and listing); both are read once per search."""

    def __init__(
        self,
        parent: Any = None,
        describe: Callable[[SearchHit], str] | None = None,
        title: Callable[[SearchHit], str] = kind_title,
    ) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._lines: list[str] = []
        self._titles: list[str] = []
        self._describe = describe
        self._title = title

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits``, one row per thing to open (several matching messages of a thread are one row)."""
        seen: set[tuple[str, str, str]] = set()
        unique: list[SearchHit] = []
        for hit in hits:
            key = (hit.kind, hit.channel.value, hit.id)
            if key not in seen:
                seen.add(key)
                unique.append(hit)
        self.beginResetModel()
        self._hits = unique
        self._lines = [self._describe(h) if self._describe else "" for h in unique]
        self._titles = [self._title(h) for h in unique]
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = plain_snippet(hit.snippet)
            same = snippet.casefold() == hit.title.casefold()
            line = self._lines[index.row()]
            return self._titles[index.row()] + (f"\n{line}" if line else "") + (
                f"\n{snippet}" if snippet and not same else ""
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_pixmap(hit.channel, fixed_width=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_snippet(hit.snippet) or None
        if role == HitRole:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
