"""Results of the quick search (Ctrl+K): a short list of store hits, replaced as the user types.

The search runs on a thread of its own (see :mod:`colivingdesk.ui.dialogs.quick_search`) and its hits arrive
a page at a time, best first: ``clear`` then ``add_hits`` per page appends rows below the ones shown. The model
is a plain list because there is never more than one screen of results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from colivingdesk.store import SNIPPET_END, SNIPPET_START, SearchHit
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui.widgets.badges import channel_pixmap

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "message": QT_TRANSLATE_NOOP("SearchResults", "Message"),
    "lead": QT_TRANSLATE_NOOP("SearchResults", "Lead"),
    "booking": QT_TRANSLATE_NOOP("SearchResults", "Booking"),
    "property": QT_TRANSLATE_NOOP("SearchResults", "Property"),
}


def kind_title(hit: SearchHit) -> str:
    """"Lead: Alex Rivera": the index's title after the kind, for hits nothing better is known about."""
    label = KIND_LABELS.get(hit.kind)
    kind = QCoreApplication.translate("SearchResults", label) if label else hit.kind.title()
    return QCoreApplication.translate("SearchResults", "{kind}: {title}").format(kind=kind, title=hit.title)


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, "").split())


class SearchResultsModel(QAbstractListModel):
    """``describe(hit)`` gives a hit's heading: its first line naming the record as its own view does, and for a
    booking a second line with its dates and listing (read once per search, on the search thread); an empty
    heading falls back to the kind and the index's title."""

    def __init__(self, parent: Any = None, describe: Callable[[SearchHit], str] | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._lines: list[str] = []
        self._describe = describe

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits``, one row per thing to open (several matching messages of a thread are one row)."""
        self.clear()
        self.add_hits(hits, [self._describe(h) if self._describe else "" for h in hits])

    def clear(self) -> None:
        self.beginResetModel()
        self._hits = []
        self._lines = []
        self.endResetModel()

    def add_hits(self, hits: list[SearchHit], lines: list[str]) -> None:
        """Append the next page of ``hits`` (``lines`` already described), skipping things already shown."""
        seen = {(h.kind, h.channel.value, h.id) for h in self._hits}
        new: list[tuple[SearchHit, str]] = []
        for hit, line in zip(hits, lines, strict=True):
            key = (hit.kind, hit.channel.value, hit.id)
            if key not in seen:
                seen.add(key)
                new.append((hit, line))
        if not new:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._hits.extend(h for h, _ in new)
        self._lines.extend(line for _, line in new)
        self.endInsertRows()

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
            heading = self._lines[index.row()] or kind_title(hit)
            return heading + (f"\n{snippet}" if snippet and not same else "")
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
