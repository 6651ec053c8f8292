"""Ctrl+K: type a guest, a booking reference or a word from a message, press Enter, land on it.

A frameless popup over the window rather than a modal dialog: it never nests an event loop (shown with
``show``, not ``exec``), closes on Escape or focus loss, and leaves the view underneath exactly as it was.

The query runs off the GUI thread (:class:`~colivingdesk.ui.search_runner.SearchRunner`, on a read-only
connection of its own) 150 ms after typing stops; its hits arrive a page at a time, best first, and replace
the previous results when the first page lands, so the list never flickers empty while typing. Pages of an
older text are dropped. Enter pressed before the results arrive opens the best hit once it does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from colivingdesk.labels import booking_label, lead_label, listing_label, property_label, stay_values
from colivingdesk.store import SearchHit, Store
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.models.search_model import HitRole, SearchResultsModel, kind_title
from colivingdesk.ui.search_runner import SearchRunner
from colivingdesk.ui.sizing import fit_text
from colivingdesk.ui.views.inbox_text import ThreadWords

log = logging.getLogger(__name__)

SEARCH_LIMIT = 30
DEBOUNCE_MS = 150


def hit_title(reader: Store, hit: SearchHit, words: ThreadWords | None = None) -> str:
    """A result's first line, naming the record as its own view does ("Booking CO-8858 · Alex Rivera"); a
    message is named by its conversation, as the inbox lists it."""
    if hit.kind == "booking":
        booking = reader.get_booking(hit.id)
        label = booking_label(booking, hit.id)
        return f"{label} · {booking.guest_name}" if booking is not None and booking.guest_name else label
    if hit.kind == "lead":
        lead = reader.get_lead(hit.id)
        if lead is None:
            return kind_title(hit)
        return QCoreApplication.translate("SearchResults", "Lead: {name}").format(name=lead_label(lead))
    if hit.kind == "property":
        name = property_label(reader.get_property(hit.id), hit.id)
        return QCoreApplication.translate("SearchResults", "Property: {name}").format(name=name)
    thread = reader.get_thread(hit.channel, hit.id) if hit.kind == "message" else None
    if thread is not None:
        words = words or ThreadWords(reader)
        subject = words.subject(thread)
        title = QCoreApplication.translate("SearchResults", "Message: {name}").format(name=words.participant(thread))
        return title + (f" · {subject}" if subject else "")
    return kind_title(hit)


def hit_heading(reader: Store, hit: SearchHit) -> str:
    """The title line and, for a booking, its dates-and-listing line: what the search thread reads per hit."""
    line = booking_line(reader, hit)
    return hit_title(reader, hit) + (f"\n{line}" if line else "")


def booking_line(reader: Store, hit: SearchHit) -> str:
    """"1 May 2026 → 31 May 2026 · Maple Grove · Studio" for a booking hit, so two stays of one guest differ
    at a glance; empty for other hits."""
    if hit.kind != "booking":
        return ""
    booking = reader.get_booking(hit.id)
    if booking is None:
        return ""
    stay = stay_values(reader, booking)
    place = stay["listing"] or listing_label(None, booking.listing_id)
    dates = f"{formatting.day(booking.checkin)} → {formatting.day(booking.checkout)}"
    return f"{dates} · {place}" + (f" · {stay['room_type']}" if stay["room_type"] else "")


class QuickSearchPopup(QFrame):
    """Emits ``hitChosen(SearchHit)`` and hides itself; ``database`` is the cache file the search thread reads."""

    hitChosen = Signal(object)
    #: The search thread's results, delivered on the GUI thread (queued): generation, hits, their lines.
    _pageReady = Signal(int, object, object)
    #: The search thread finished a query: generation, error text or None.
    _searchDone = Signal(int, object)

    def __init__(self, database: Path | Callable[[], Store], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("quickSearch")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._anchor = parent
        self._runner = SearchRunner(database, hit_heading, SEARCH_LIMIT)
        self.destroyed.connect(self._runner.close)
        self._shown = 0  # generation whose results the list shows
        self._finished = 0  # latest generation whose query has ended
        self._choose_when_ready = False
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 8, 8, 8)
        self.input = QLineEdit()
        self.input.setObjectName("quickSearchInput")
        self.input.setPlaceholderText(self.tr("Search guests, bookings, leads, properties and messages"))
        self.input.setClearButtonEnabled(True)
        v.addWidget(self.input)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("quickSearchResults")
        self.results.setModel(self.model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setSpacing(2)
        v.addWidget(self.results, 1)
        self.hint = QLabel(self.tr("Enter opens the selected result · Esc closes"))
        theme.tint(self.hint, "muted")
        v.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _t: self._timer.start())
        self.input.returnPressed.connect(self.choose_current)
        self.input.installEventFilter(self)
        self.results.activated.connect(lambda index: self._choose(index.data(HitRole)))
        self._pageReady.connect(self._on_page)
        self._searchDone.connect(self._on_done)
        self._name_controls()

    def _name_controls(self) -> None:
        self.input.setAccessibleName(self.tr("Search everything"))
        self.input.setAccessibleDescription(self.tr("Guests, bookings, leads, properties and messages"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Enter opens the selected result, Escape closes"))

    def popup(self) -> None:
        """Show centred near the top of the parent window, with the previous query selected."""
        parent = self._anchor
        # In the user's font, but never wider or taller than the window it drops from.
        fit_text(self, 105, 30, within=parent.rect().adjusted(0, 0, -64, -60))
        width = self.width()
        top_left = parent.mapToGlobal(parent.rect().topLeft())
        self.move(top_left.x() + (parent.width() - width) // 2, top_left.y() + 60)
        self.show()
        self.raise_()
        self.input.setFocus()
        self.input.selectAll()

    def run_search(self) -> None:
        """Start searching for the current text on the search thread (results arrive via ``_on_page``)."""
        self._timer.stop()
        text = self.input.text().strip()
        if not text:
            self._runner.cancel()
            self._shown = self._finished = self._runner.generation
            self.model.clear()
            self.hint.setText(self.tr("Type to search."))
            return
        self._runner.submit(text, self._emit_page, self._emit_done)

    def searching(self) -> bool:
        """Whether results for the current text are still to come (typed, or queried and not yet finished)."""
        return self._timer.isActive() or self._finished != self._runner.generation

    def choose_current(self) -> None:
        if self._timer.isActive() or self._shown != self._runner.generation:
            if self._timer.isActive():
                self.run_search()
            self._choose_when_ready = True
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._choose(index.data(HitRole))

    # ------------------------------------------------------------------ results from the search thread
    def _emit_page(self, generation: int, hits: list[SearchHit], lines: list[str]) -> None:
        try:
            self._pageReady.emit(generation, hits, lines)
        except RuntimeError:  # the popup is gone: nobody to show results to
            log.debug("quick search page after the popup closed")

    def _emit_done(self, generation: int, error: str | None) -> None:
        try:
            self._searchDone.emit(generation, error)
        except RuntimeError:
            log.debug("quick search finished after the popup closed")

    def _on_page(self, generation: int, hits: list[SearchHit], lines: list[str]) -> None:
        if generation != self._runner.generation:
            return  # results for an older text
        if self._shown != generation:
            self._shown = generation
            self.model.clear()
        self.model.add_hits(hits, lines)
        if not self.results.currentIndex().isValid() and self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.hint.setText(self.tr("Enter opens the selected result · Esc closes"))
        if self._choose_when_ready and self.model.rowCount():
            self._choose_when_ready = False
            self._choose(self.model.index(0, 0).data(HitRole))

    def _on_done(self, generation: int, error: str | None) -> None:
        if generation != self._runner.generation:
            return
        self._finished = generation
        if self._shown != generation:  # nothing matched: no page came
            self._shown = generation
            self.model.clear()
        self._choose_when_ready = False
        if error is not None:
            self.hint.setText(self.tr("The local cache could not be searched."))
        elif not self.model.rowCount():
            self.hint.setText(self.tr("No matches in the local cache."))

    def _choose(self, hit: object) -> None:
        if isinstance(hit, SearchHit):
            self.hide()
            self.hitChosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the text field move through the results, so the hands stay on the keyboard."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.model.rowCount() - 1, row))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)
