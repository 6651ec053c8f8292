"""The shape Leads and Bookings share: a filter bar, a lazy table over the store, and a details pane.

Keeping the frame in one place means both lists page, filter, follow the change stream and keep their
selection the same way; each view only says which columns, filters and details it shows.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.export import write_csv
from colivingdesk.sync import ChangeSet
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.keyboard import add_shortcut
from colivingdesk.ui.models.store_list_model import StoreListModel


def write_csv_file(path: Path, records: Iterator[Any]) -> int:
    """Write ``records`` to ``path`` as CSV (run in the executor: it pages through the store)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        return write_csv(records, out)


def details_html(title: str, rows: list[tuple[str, str]], note: str = "") -> str:
    """A title and label/value rows as rich text; values are escaped (they come from the channels)."""
    muted = theme.accents().muted.name()
    body = "".join(
        f"<tr><td style='color:{muted}; padding:2px 12px 2px 0; white-space:nowrap'>{html.escape(k)}</td>"
        f"<td style='padding:2px 0'>{html.escape(v)}</td></tr>"
        for k, v in rows if v
    )
    extra = f"<p style='white-space:pre-wrap'>{html.escape(note)}</p>" if note else ""
    return f"<h3 style='margin-bottom:6px'>{html.escape(title)}</h3><table>{body}</table>{extra}"


class RecordTableView(QWidget):
    """Filter bar on top, table left, details right. Subclasses fill ``filter_bar`` and render details."""

    #: The selected record changed (None when nothing is selected).
    currentChanged = Signal(object)

    kind = ""  # the ChangeSet kind this list follows
    #: What the details pane says with nothing selected; subclasses mark theirs with their class as context.
    empty_text = QT_TRANSLATE_NOOP("RecordTableView", "Nothing selected.")
    #: The export dialog's title, marked the same way.
    export_title = QT_TRANSLATE_NOOP("RecordTableView", "Export rows as CSV")

    def __init__(self, ctx: AppContext, model: StoreListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.model = model
        model.setParent(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.filter_bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filter_bar.addWidget(self.search, 1)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.setToolTip(self.tr("Save the rows the current filter shows as a CSV file"))
        self.export_button.clicked.connect(self.choose_export_file)
        add_shortcut(self, self.tr("Export the listed rows as CSV"), ["Ctrl+Shift+S"], self.choose_export_file)
        self.filter_bar.addWidget(self.export_button)
        outer.addLayout(self.filter_bar)
        self.export_dialog: QFileDialog | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{type(self).__name__}Splitter")
        outer.addWidget(self.splitter, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setObjectName(f"{type(self).__name__}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lv.addWidget(self.table, 1)
        self.count_label = QLabel()
        theme.tint(self.count_label, "muted")
        lv.addWidget(self.count_label)
        self.splitter.addWidget(left)

        # A text browser wraps long values (emails, notes) to the pane's width and scrolls on its own.
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.viewport().setAutoFillBackground(False)
        self.details.setStyleSheet("QTextBrowser#details { background: transparent; }")
        self.details.setPlaceholderText(self._own_words(self.empty_text))
        self.details_box = QWidget()
        self.details_box.setMinimumWidth(300)
        db = QVBoxLayout(self.details_box)
        db.setContentsMargins(8, 0, 0, 0)
        db.addWidget(self.details, 1)
        self.action_bar = QHBoxLayout()
        self.action_bar.setContentsMargins(4, 0, 4, 8)
        db.addLayout(self.action_bar)
        self.splitter.addWidget(self.details_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 340])

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        model.totalChanged.connect(self._on_total)
        model.modelReset.connect(lambda: self._show(self.current_record()))
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    @staticmethod
    def order_tabs(*widgets: QWidget) -> None:
        """Tab moves through ``widgets`` in this order."""
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ subclass hooks
    def apply_filter(self) -> None:
        raise NotImplementedError

    def render_details(self, record: Any) -> str:
        raise NotImplementedError

    def update_actions(self, record: Any) -> None:
        """Enable or hide the detail pane's buttons for ``record`` (None: nothing selected)."""

    def count_text(self, n: int) -> str:
        """"3 bookings": how many records, in the view's own words. Each view writes its own ``self.tr`` with
        ``%Ln``: PySide finds a plural form only under the class whose method asks."""
        raise NotImplementedError

    def _own_words(self, text: str) -> str:
        """``text`` marked under the subclass's name (its ``empty_text``, ``export_title``), translated."""
        return QCoreApplication.translate(type(self).__name__, text)

    def export_records(self) -> Iterator[Any]:
        """Every record the current filter matches, in the list's order; consumed off the UI thread, so it
        must capture the filter when called rather than read widgets later."""
        raise NotImplementedError

    # ------------------------------------------------------------------ CSV export
    def choose_export_file(self) -> None:
        """Ask where to save with ``open()``, so the event loop runs on while the dialog is up."""
        name = f"{self.kind or 'records'}.csv"
        dialog = QFileDialog(
            self, self._own_words(self.export_title), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()

    @async_slot(str)
    async def export_to(self, path: str) -> None:
        records = self.export_records()
        try:
            count = await in_executor(write_csv_file, Path(path), records)
        except OSError as err:
            problem = err.strerror or str(err)
            text = self.tr("Could not write {path}: {problem}").format(path=path, problem=problem)
            self.notifier.info(text, 8000)
            return
        exported = self.count_text(count)
        self.notifier.info(self.tr("Exported {records} to {path}.").format(records=exported, path=path))

    # ------------------------------------------------------------------ behaviour
    def set_busy(self, busy: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self.export_button.setEnabled(not busy)

    def current_record(self) -> Any:
        return self.model.record_at(self.table.currentIndex())

    def select_id(self, ident: str) -> bool:
        row = self.model.load_until(ident)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.record_at(current))

    def _show(self, record: Any) -> None:
        if record is None:
            self.details.clear()
        else:
            self.details.setHtml(self.render_details(record))
        self.update_actions(record)
        self.currentChanged.emit(record)

    def details_text(self) -> str:
        """What the details pane says, as plain text (for tests and accessibility checks)."""
        return self.details.toPlainText()

    def _on_total(self, total: int) -> None:
        self.count_label.setText(self.count_text(total))
        # A screen reader says what the table holds when it gets focus, not only "table".
        self.table.setAccessibleDescription(self.count_label.text())

    def _on_changes(self, changes: ChangeSet) -> None:
        ids = changes.get_ids(self.kind)
        if ids:
            self.model.apply_changes(ids)
            record = self.current_record()
            if record is not None:
                self._show(record)
