"""A lazy table model over one store query: keyset pages, a row cache, and change-stream updates in place.

Lists in this app can hold 100,000 bookings, so a model never loads a whole table: it asks the store for one
page after the key of the last row it has (``canFetchMore``/``fetchMore``), and keeps only what the view
scrolled to. When sync says ids changed, rows it already shows get ``dataChanged``; anything else (a new row,
a row whose sort key moved, a row that no longer matches) triggers a re-read of the loaded window that is
applied as row removals, a layout change and row inserts, so selection and scroll position follow the records
instead of being reset.

Subclasses (or callers) supply plain callables, so this module never knows which store table it is reading and
tests can drive it with lists.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from colivingdesk.ui.asyncslots import running_loop

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

FetchPage = Callable[[Any, int], Sequence[Any]]  # (after_key or None, limit) -> records in display order
CountFn = Callable[[], int]
KeyFn = Callable[[Any], Any]  # record -> keyset key, passed back as ``after``
IdentFn = Callable[[Any], str]  # record -> stable id as the change stream names it
GetFn = Callable[[str], Any | None]  # id -> fresh record, or None if gone
ResolveFn = Callable[[Any], Any | None]  # row -> the full record behind it (when rows are light tuples)

Index = QModelIndex | QPersistentModelIndex

#: Role returning the record object behind a row.
RecordRole = Qt.ItemDataRole.UserRole + 1
#: Role returning the row's stable id (as the change stream names it).
IdRole = Qt.ItemDataRole.UserRole + 2
#: First role free for subclasses' own use.
FirstUserRole = Qt.ItemDataRole.UserRole + 16


@dataclass(frozen=True, slots=True)
class Column:
    """How one column shows a record. Only ``header`` and ``display`` are required."""

    header: str
    display: Callable[[Any], str]
    decoration: Callable[[Any], Any] | None = None  # QIcon / QColor / QPixmap
    tooltip: Callable[[Any], str | None] | None = None
    bold: Callable[[Any], bool] | None = None
    foreground: Callable[[Any], Any] | None = None  # QColor / QBrush
    alignment: Qt.AlignmentFlag | None = None
    roles: dict[int, Callable[[Any], Any]] = field(default_factory=dict)  # extra user roles


class StoreListModel(QAbstractTableModel):
    """Rows are store records loaded a page at a time in the store's order (sort and filter live in SQL)."""

    #: Emitted after the loaded rows were re-read (filter change, change stream), with the new total.
    reloaded = Signal()
    #: Emitted when :meth:`total` may have changed.
    totalChanged = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_page: FetchPage,
        count: CountFn,
        key: KeyFn,
        ident: IdentFn,
        *,
        get: GetFn | None = None,
        resolve: ResolveFn | None = None,
        page_size: int = 200,
        executor_threshold: int = 1000,
        slow_page_seconds: float = 0.004,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_page = fetch_page
        self._count = count
        self._key = key
        self._ident = ident
        self._get = get
        self._resolve = resolve
        self.page_size = page_size
        # Reloads of more rows than this run in the executor: a long scrolled list never stalls a frame.
        self.executor_threshold = executor_threshold
        # Once a page read took longer than this (a text filter scans the table for its matches), the next
        # pages are read in the executor while the event loop runs on; an indexed page stays inline (~1 ms).
        self.slow_page_seconds = slow_page_seconds
        self._slow_pages = False
        self._fetching = False  # a background page read is in flight
        self._rows: list[Any] = []
        self._row_of: dict[str, int] = {}
        self._exhausted = False
        self._total: int | None = None
        self._generation = 0  # bumps on every reset so a late background reload is dropped
        self._bold = QFont()
        self._bold.setBold(True)
        self._roles = [self._role_handlers(c) for c in self._columns]
        self._flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _role_handlers(self, column: Column) -> dict[int, Callable[[Any], Any]]:
        """Role -> how ``column`` answers it for a record. A view asks each visible cell for a dozen roles on
        every paint; one dict lookup per call (``None`` for roles nobody answers) keeps scrolling a long list
        close to what Qt itself costs."""
        bold = column.bold
        alignment = column.alignment
        handlers: dict[int, Callable[[Any], Any]] = {int(role): fn for role, fn in column.roles.items()}
        handlers[int(Qt.ItemDataRole.DisplayRole)] = column.display
        handlers[int(RecordRole)] = lambda record: record
        handlers[int(IdRole)] = self._ident
        if column.decoration is not None:
            handlers[int(Qt.ItemDataRole.DecorationRole)] = column.decoration
        if column.tooltip is not None:
            handlers[int(Qt.ItemDataRole.ToolTipRole)] = column.tooltip
        if bold is not None:
            handlers[int(Qt.ItemDataRole.FontRole)] = lambda record: self._bold if bold(record) else None
        if column.foreground is not None:
            handlers[int(Qt.ItemDataRole.ForegroundRole)] = column.foreground
        if alignment is not None:
            aligned = int(alignment | Qt.AlignmentFlag.AlignVCenter)
            handlers[int(Qt.ItemDataRole.TextAlignmentRole)] = lambda _record: aligned
        return handlers

    # ------------------------------------------------------------------ query
    def set_query(self, fetch_page: FetchPage, count: CountFn) -> None:
        """Point the model at another query (a new filter) and show its first page."""
        self._fetch_page = fetch_page
        self._count = count
        self.refresh()

    def refresh(self) -> None:
        """Drop everything and load the first page (synchronously: one page is small)."""
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = self._read_page(None)
        self._exhausted = len(self._rows) < self.page_size
        self._reindex()
        self._total = None
        self.endResetModel()
        self.reloaded.emit()
        self.totalChanged.emit(self.total())

    def total(self) -> int:
        """Rows matching the query, counted in SQL (cached until the next change)."""
        if self._total is None:
            self._total = int(self._count())
        return self._total

    def _reindex(self) -> None:
        self._row_of = {self._ident(r): i for i, r in enumerate(self._rows)}

    # ------------------------------------------------------------------ access
    def record(self, row: int) -> Any | None:
        """The record behind ``row``: the full one when the model keeps light rows and a ``resolve``."""
        if not 0 <= row < len(self._rows):
            return None
        record = self._rows[row]
        return record if self._resolve is None else self._resolve(record)

    def record_at(self, index: Index) -> Any | None:
        return self.record(index.row()) if index.isValid() else None

    def row_of(self, ident: str) -> int:
        """Row of an id among the loaded rows, or -1."""
        return self._row_of.get(ident, -1)

    def ids(self) -> list[str]:
        return [self._ident(r) for r in self._rows]

    def load_until(self, ident: str, max_rows: int = 5000) -> int:
        """Fetch pages until ``ident`` is loaded (e.g. to select a search result); returns its row or -1."""
        while self.row_of(ident) < 0 and self.canFetchMore() and len(self._rows) < max_rows:
            self._fetch_now()
        return self.row_of(ident)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._flags if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell (most have no handler): the role is looked up first,
        # so those calls cost one dict lookup, which is most of what scrolling a long table spends here.
        column = index.column()
        if not 0 <= column < len(self._roles):
            return None  # also an invalid index: its row and column are -1
        handler = self._roles[column].get(role)
        if handler is None:
            return None
        row = index.row()
        return handler(self._rows[row]) if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the next page: inline when pages read fast, else from the executor (rows arrive later)."""
        if parent.isValid() or self._exhausted or self._fetching:
            return
        loop = running_loop() if self._slow_pages else None
        if loop is None:
            self._fetch_now()
            return
        after = self._last_key()
        generation = self._generation
        self._fetching = True
        future = loop.run_in_executor(None, self._read_page, after)
        future.add_done_callback(lambda f: self._fetched(f, after, generation))

    def _fetch_now(self) -> None:
        after = self._last_key()
        self._append_page(self._read_page(after))

    def _last_key(self) -> Any:
        return self._key(self._rows[-1]) if self._rows else None

    def _read_page(self, after: Any) -> list[Any]:
        """One page after ``after``, noting whether reading it was slow enough to move later reads off the loop
        (runs on either thread)."""
        started = time.perf_counter()
        page = list(self._fetch_page(after, self.page_size))
        self._slow_pages = time.perf_counter() - started > self.slow_page_seconds
        return page

    def _fetched(self, future: asyncio.Future[list[Any]], after: Any, generation: int) -> None:
        if generation != self._generation:
            return  # a reset came in between; it cleared the flag and has its own first page
        self._fetching = False
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            log.warning("background page read failed: %s", error)
            return
        try:
            if after == self._last_key():  # else a reload or an inline fetch moved the end meanwhile
                self._append_page(future.result())
        except RuntimeError as err:  # the model was deleted while the worker read
            log.debug("page read finished after the model was deleted: %s", err)

    def _append_page(self, rows: list[Any]) -> None:
        page = [r for r in rows if self._ident(r) not in self._row_of]
        self._exhausted = len(page) < self.page_size
        if not page:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        for offset, record in enumerate(page):
            self._row_of[self._ident(record)] = first + offset
        self.endInsertRows()

    # ------------------------------------------------------------------ change stream
    def apply_changes(self, ids: Iterable[Hashable]) -> None:
        """React to ids the change stream reported for this model's kind.

        Known rows whose sort key is unchanged are re-read one by one and announced with ``dataChanged``; an
        unknown id (possible insert) or a moved/vanished row re-reads the loaded window. With no ``get``
        callable every change re-reads.
        """
        # A change set's ids are already a set of strings (a hundred thousand after a first sync: no copy).
        changed = ids if isinstance(ids, frozenset) else {str(i) for i in ids}
        if not changed:
            return
        self._total = None
        needs_reload = self._get is None or any(i not in self._row_of for i in changed)
        if not needs_reload:
            assert self._get is not None
            updates: list[tuple[int, Any]] = []
            for ident in changed:
                row = self._row_of[ident]
                fresh = self._get(ident)
                if fresh is None or self._key(fresh) != self._key(self._rows[row]):
                    needs_reload = True
                    break
                updates.append((row, fresh))
            if not needs_reload:
                for row, fresh in updates:
                    self._rows[row] = fresh
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
                self.totalChanged.emit(self.total())
                return
        self.reload()

    def reload(self) -> None:
        """Re-read as many rows as are loaded (at least one page) and apply the difference in place."""
        wanted = max(len(self._rows), self.page_size)
        generation = self._generation
        if wanted > self.executor_threshold:
            loop = running_loop()
            if loop is not None:
                future = loop.run_in_executor(None, self._read_window, wanted)
                future.add_done_callback(lambda f: self._reload_done(f, wanted, generation))
                return
        self._finish_reload(self._read_window(wanted), wanted, generation)

    def _reload_done(self, future: asyncio.Future[list[Any]], wanted: int, generation: int) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            # The rows on screen stay as they were; the next change or refresh tries again.
            log.warning("background reload failed: %s", error)
            return
        try:
            self._finish_reload(future.result(), wanted, generation)
        except RuntimeError as err:  # the model was deleted while the worker read
            log.debug("reload finished after the model was deleted: %s", err)

    def _read_window(self, wanted: int) -> list[Any]:
        rows: list[Any] = []
        after = None
        while len(rows) < wanted:
            page = self._fetch_page(after, min(self.page_size * 5, wanted - len(rows)))
            rows.extend(page)
            if len(page) == 0 or len(rows) >= wanted:
                break
            after = self._key(page[-1])
            if len(page) < min(self.page_size * 5, wanted):
                break
        return rows

    def _finish_reload(self, fresh: list[Any], wanted: int, generation: int) -> None:
        if generation != self._generation:
            return
        self._apply_window(fresh)
        self._exhausted = len(fresh) < wanted
        self.reloaded.emit()
        self.totalChanged.emit(self.total())

    def _apply_window(self, fresh: list[Any]) -> None:
        """Turn the loaded rows into ``fresh`` with removes, one layout change and inserts (selection
        survives)."""
        new_ids = [self._ident(r) for r in fresh]
        new_set = set(new_ids)

        # 1. remove rows that are gone, contiguous runs from the bottom so earlier row numbers stay valid
        gone = [i for i, r in enumerate(self._rows) if self._ident(r) not in new_set]
        for start, end in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        self._reindex()

        # 2. reorder the survivors into their new relative order, moving persistent indexes with them
        position = {ident: i for i, ident in enumerate(new_ids)}
        order = sorted(range(len(self._rows)), key=lambda i: position[self._ident(self._rows[i])])
        if order != list(range(len(self._rows))):
            self.layoutAboutToBeChanged.emit()
            old_persistent = self.persistentIndexList()
            new_row_of_old = {old: new for new, old in enumerate(order)}
            self._rows = [self._rows[i] for i in order]
            self._reindex()
            self.changePersistentIndexList(
                old_persistent,
                [self.index(new_row_of_old[p.row()], p.column()) for p in old_persistent],
            )
            self.layoutChanged.emit()

        # 3. insert the new rows at their final positions, in ascending runs
        have = set(self._row_of)
        inserts = [i for i, ident in enumerate(new_ids) if ident not in have]
        for start, end in _runs(inserts):
            self.beginInsertRows(QModelIndex(), start, end)
            self._rows[start:start] = fresh[start:end + 1]
            self.endInsertRows()
        self._reindex()

        # 4. refresh content of every surviving row (cheap: the views repaint only what is visible)
        fresh_by_id = dict(zip(new_ids, fresh, strict=True))
        for i, record in enumerate(self._rows):
            self._rows[i] = fresh_by_id[self._ident(record)]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Group sorted indices into inclusive (start, end) runs."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
