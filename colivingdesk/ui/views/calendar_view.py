"""Availability and rates of every Coliving.com room type, for staff who must not double-book.

One timeline shows every room type grouped by listing, 18 months ahead, with each day's free units, the
availability last pushed and its state, and the problems (sold out, overbooked, drift) in text as well as
colour. Selecting days of one or more room types and choosing "free units" or a number shows the exact coalesced
rows before anything is queued; a problem's Fix prepares the push that resolves it. Everything is read through
the Service off the UI thread, and only when the view is first shown. The Rates tab edits base price, currency
and monthly overrides per room type.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.errors import ValidationError
from colivingdesk.domain import Booking, Channel
from colivingdesk.store import Listing, RoomType, Store
from colivingdesk.sync import ChangeSet
from colivingdesk.sync.calendar import DRIFT, HOLDING_STATUSES, OVERBOOKED, RoomCalendar
from colivingdesk.sync.calendar_data import bookings_between, listing_bookings
from colivingdesk.sync.pushes import (
    FREE,
    AvailabilityPlan,
    PushInputError,
    RatesPlan,
    add_months,
    booking_currency,
    plan_availability,
    plan_fix,
)
from colivingdesk.sync.register import Register, RegisterError, parse_register
from colivingdesk.sync.rooms import MONTHS
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.errors import describe
from colivingdesk.ui.models.timeline_model import (
    LEGEND,
    PROBLEM_WORDS,
    CalendarDayRole,
    TimelineModel,
    listing_title,
    room_title,
)
from colivingdesk.ui.views.calendar_push import AvailabilityPanel, outcome_text, queued_text, set_state
from colivingdesk.ui.views.rates_panel import ACCEPTED, RatesPanel

#: How far ahead the calendar reaches (the longest range one push may cover).
MONTHS_AHEAD = 18
ZOOM_WIDTHS = {"month": 30, "week": 64}  # narrowest; the week zoom widens to fit seven days
ROW_HEIGHT = 40


@dataclass(frozen=True, slots=True)
class Records:
    """The register as the pushes need it: listings and room types by id, and what bookings are paid in."""

    listings: dict[str, Listing]
    rooms: dict[str, RoomType]
    currencies: dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Problem:
    """Consecutive days of one room type with the same problems."""

    calendar: RoomCalendar
    start: date
    end: date
    problems: tuple[str, ...]

    @property
    def fixable(self) -> bool:
        return DRIFT in self.problems or OVERBOOKED in self.problems

    def text(self) -> str:
        words = ", ".join(PROBLEM_WORDS[p].split(":")[0] for p in self.problems)
        days = f"{self.start:%d %b %Y}" if self.start == self.end else f"{self.start:%d %b} – {self.end:%d %b %Y}"
        return f"{listing_title(self.calendar)} · {room_title(self.calendar)}: {words}, {days}"


def find_problems(calendars: list[RoomCalendar]) -> list[Problem]:
    """Runs of days with problems, drift and overbooking (what can be fixed) first, then sold-out spells."""
    found: list[Problem] = []
    for calendar in calendars:
        run: Problem | None = None
        for day in calendar.days:
            if run is not None and day.problems == run.problems and day.day == run.end + timedelta(days=1):
                run = Problem(calendar, run.start, day.day, run.problems)
                continue
            if run is not None:
                found.append(run)
            run = Problem(calendar, day.day, day.day, day.problems) if day.problems else None
        if run is not None:
            found.append(run)
    return sorted(found, key=lambda p: (not p.fixable, p.start))


def read_records(reader: Store) -> Records:
    """Listings, room types and each listing's booking currency (store thread)."""
    listings = {item.id: item for item in reader.list_listings()}
    rooms = {room.id: room for room in reader.list_room_types()}
    currencies: dict[str, str | None] = {}
    for room in rooms.values():
        if room.currency is None and room.listing_id not in currencies:
            currencies[room.listing_id] = booking_currency(
                listing_bookings(reader, room.listing_id), room.listing_id
            )
    return Records(listings, rooms, currencies)


def bookings_on(reader: Store, calendar: RoomCalendar, day: date) -> list[Booking]:
    """The bookings holding a unit of ``calendar``'s room type on ``day`` (store thread)."""
    return [
        b for b in bookings_between(reader, day, day, calendar.listing_id)
        if b.room_type_id == calendar.room_type_id and b.status.lower() in HOLDING_STATUSES
        and b.checkin[:10] <= day.isoformat() < b.checkout[:10]
    ]


def read_register_file(path: str) -> Register:
    """Parse a register file (store thread: it may be large); ``RegisterError`` says what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RegisterError("(file)", f"cannot be read as JSON: {err}") from None
    return parse_register(data, date.today())


class CalendarView(QWidget):
    """The multi-calendar with its push review and problems, and the rates grid."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.model = TimelineModel(self)
        self.records = Records({}, {}, {})
        self.problems: list[Problem] = []
        self.loaded = False  # the first read happens when the view is first shown
        self._generation = 0
        self._tracked: dict[str, int] = {}  # "availability"/"rates" -> outbox id of the last push
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for each control of the calendar, its push review and the rates tab."""
        self.grid.setAccessibleName(self.tr("Availability calendar"))
        self.grid.setAccessibleDescription(self.tr("One row per room type, one column per day"))
        self.jump.setAccessibleName(self.tr("Go to month"))
        self.problem_list.setAccessibleName(self.tr("Calendar problems"))
        self.panel.number.setAccessibleName(self.tr("Units to set"))
        self.panel.review.setAccessibleName(self.tr("Availability to send"))
        self.rates.room.setAccessibleName(self.tr("Room type"))
        self.rates.base_price.setAccessibleName(self.tr("Base monthly price"))
        self.rates.currency.setAccessibleName(self.tr("Currency"))
        self.rates.table.setAccessibleName(self.tr("Monthly rates"))
        self.rates.bulk_value.setAccessibleName(self.tr("Price or percent for the selected months"))
        self.rates.raise_button.setAccessibleName(self.tr("Raise the selected months by the percent"))
        self.rates.lower_button.setAccessibleName(self.tr("Lower the selected months by the percent"))
        # Arrows (with Shift to select) move within these tables; Tab leaves them instead of walking every cell.
        for table in (self.grid, self.panel.review, self.rates.table):
            table.setTabKeyNavigation(False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.month_zoom = QPushButton("Month")
        self.week_zoom = QPushButton("Week")
        zoom = QButtonGroup(self)
        for button in (self.month_zoom, self.week_zoom):
            button.setCheckable(True)
            zoom.addButton(button)
            bar.addWidget(button)
        self.month_zoom.setChecked(True)
        self.today_button = QPushButton("Today")
        self.jump = QComboBox()
        self.jump.setObjectName("calendarJump")
        self.jump.setToolTip("Go to a month")
        self.jump.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.jump.setMinimumContentsLength(14)
        bar.addWidget(self.today_button)
        bar.addWidget(self.jump)
        bar.addStretch(1)
        self.import_note = QLabel()
        self.import_note.setObjectName("importNote")
        bar.addWidget(self.import_note)
        self.import_button = QPushButton("Import listings…")
        self.import_button.setObjectName("importListings")
        self.import_button.setToolTip(
            "Read your Coliving.com listings, room types, unit counts and prices from a register file (JSON)"
        )
        bar.addWidget(self.import_button)
        outer.addLayout(bar)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        availability = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.grid = QTableView()
        self.grid.setObjectName("calendarGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.grid.setWordWrap(False)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)  # an ellipsis would read as "pending"
        self.grid.verticalHeader().setMaximumWidth(200)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        lv.addWidget(self.grid, 1)
        self.empty = QLabel(
            "No Coliving.com room types yet. Import your listings (button above) or connect Coliving.com in "
            "Settings: room types appear as their bookings sync."
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        lv.addWidget(self.empty)
        legend = QLabel(LEGEND)
        legend.setObjectName("calendarLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {theme.accents().muted.name()};")
        lv.addWidget(legend)
        availability.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.panel = AvailabilityPanel()
        rv.addWidget(self.panel, 3)
        problems = QGroupBox("Problems")
        pv = QVBoxLayout(problems)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("calendarProblems")
        self.problem_list.setWordWrap(True)
        pv.addWidget(self.problem_list, 1)
        self.fix_button = QPushButton("Fix: review the push that resolves it")
        self.fix_button.setObjectName("fixProblem")
        self.fix_button.setEnabled(False)
        pv.addWidget(self.fix_button)
        rv.addWidget(problems, 2)
        availability.addWidget(right)
        right.setMaximumWidth(max(430, right.fontMetrics().averageCharWidth() * 62))  # grows with the font
        availability.setStretchFactor(0, 1)
        availability.setStretchFactor(1, 0)
        availability.setSizes([760, 400])
        self.tabs.addTab(availability, "Availability")
        self.rates = RatesPanel()
        self.tabs.addTab(self.rates, "Rates")

        self.month_zoom.clicked.connect(lambda: self.set_zoom("month"))
        self.week_zoom.clicked.connect(lambda: self.set_zoom("week"))
        self.today_button.clicked.connect(lambda: self.scroll_to(date.today()))
        self.jump.activated.connect(lambda _i: self.scroll_to(self.jump.currentData()))
        self.import_button.clicked.connect(self.choose_register)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self.plan_selection())
        self.grid.doubleClicked.connect(self._on_double_click)
        self.panel.changed.connect(self.plan_selection)
        self.panel.confirmed.connect(self._queue_availability)
        self.problem_list.currentRowChanged.connect(self._on_problem)
        self.fix_button.clicked.connect(self.prepare_fix)
        self.rates.submit.connect(self._queue_rates)
        self.tabs.currentChanged.connect(self._on_tab)
        self.set_zoom("month")

    def _on_tab(self, _index: int) -> None:
        """Zoom and month jumps move the timeline: shown only with it."""
        on_timeline = self.tabs.currentIndex() == 0
        for widget in (self.month_zoom, self.week_zoom, self.today_button, self.jump):
            widget.setVisible(on_timeline)

    def set_zoom(self, zoom: str) -> None:
        """Month zoom fits about a month in view, week zoom a week with room for the full cell text."""
        self.zoom = zoom
        (self.month_zoom if zoom == "month" else self.week_zoom).setChecked(True)
        self.model.set_compact(zoom == "month")
        self._fit_zoom()

    def _fit_zoom(self) -> None:
        width = ZOOM_WIDTHS[self.zoom]
        if self.zoom == "week":
            width = max(width, self.grid.viewport().width() // 7)
        header = self.grid.horizontalHeader()
        header.setMinimumSectionSize(ZOOM_WIDTHS["month"])
        header.setDefaultSectionSize(width)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_zoom()

    def scroll_to(self, day: date | None) -> None:
        column = -1 if day is None else self.model.column_of(day)
        if column >= 0:
            self.grid.horizontalScrollBar().setValue(self.grid.columnViewportPosition(column)
                                                     + self.grid.horizontalScrollBar().value())

    def set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)

    # ------------------------------------------------------------------ reading
    def span(self) -> tuple[date, date]:
        today = date.today()
        return today, add_months(today, MONTHS_AHEAD) - timedelta(days=1)

    def reload(self) -> None:
        self._generation += 1
        self._load(self._generation)

    @async_slot()
    async def _load(self, generation: int) -> None:
        start, end = self.span()
        calendars = await self.ctx.service.read_calendar(start, end)
        records = await in_executor(read_records, self.ctx.reader)
        if generation != self._generation:
            return  # a newer read is under way
        self.loaded = True
        self.records = records
        scroll = self.grid.horizontalScrollBar().value(), self.grid.verticalScrollBar().value()
        selected = [(i.row(), i.column()) for i in self.grid.selectionModel().selectedIndexes()]
        self.model.set_calendars(calendars, start, end)
        self.grid.horizontalScrollBar().setValue(scroll[0])
        self.grid.verticalScrollBar().setValue(scroll[1])
        self._restore_selection(selected)
        self.empty.setVisible(not calendars)
        self.panel.names = {
            (c.listing_id, c.room_type_id): (listing_title(c), room_title(c)) for c in calendars
        }
        self._fill_jump(start)
        self._fill_problems(calendars)
        self.rates.set_rooms(records.listings, [r for c in calendars if (r := records.rooms.get(c.room_type_id))],
                             records.currencies)

    def _restore_selection(self, cells: list[tuple[int, int]]) -> None:
        selection = QItemSelection()
        for row, column in cells:
            index = self.model.index(row, column)
            if index.isValid():
                selection.select(index, index)
        self.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _fill_jump(self, start: date) -> None:
        if self.jump.count():
            return
        first = start.replace(day=1)
        for n in range(MONTHS_AHEAD + 1):
            month = add_months(first, n)
            self.jump.addItem(f"{month:%B %Y}", max(month, start))

    def _fill_problems(self, calendars: list[RoomCalendar]) -> None:
        current = self.problem_list.currentItem()
        before = current.text() if current is not None else None
        self.problems = find_problems(calendars)
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(("⚠ " if problem.fixable else "") + problem.text())
            self.problem_list.addItem(item)
        if not self.problems:
            self.problem_list.addItem("No problems: nothing overbooked or drifting, nothing sold out.")
        matches = self.problem_list.findItems(before, Qt.MatchFlag.MatchExactly) if before else []
        if matches:
            self.problem_list.setCurrentItem(matches[0])

    # ------------------------------------------------------------------ availability pushes
    def plan_selection(self) -> None:
        """Plan the push for the selected days and the chosen value, and show its rows for review."""
        spans = self.model.selected_spans(self.grid.selectionModel().selectedIndexes())
        if not spans:
            self.panel.selection.setText("Select days of one or more room types in the calendar.")
            self.panel.show_plans([])
            return
        first, last = min(s[1] for s in spans), max(s[2] for s in spans)
        rooms = len(spans)
        self.panel.selection.setText(
            f"{rooms} room type{'s' if rooms != 1 else ''}, {first:%d %b %Y} to {last:%d %b %Y}"
        )
        value = self.panel.value()
        if value is None:
            self.panel.show_plans([])
            return
        plans: list[AvailabilityPlan] = []
        try:
            for calendar, start, end in spans:
                free = {d.day: d.free for d in calendar.days if start <= d.day <= end}
                plans.append(
                    plan_availability(
                        self.records.listings.get(calendar.listing_id),
                        self.records.rooms.get(calendar.room_type_id),
                        calendar.listing_id,
                        calendar.room_type_id,
                        start,
                        end,
                        FREE if value == FREE else int(value),
                        free,
                    )
                )
        except PushInputError as err:
            self.panel.show_plans([], err.message)
            return
        self.panel.show_plans(plans)

    def _on_problem(self, row: int) -> None:
        problem = self.problems[row] if 0 <= row < len(self.problems) else None
        self.fix_button.setEnabled(problem is not None and problem.fixable)
        if problem is not None:
            self.scroll_to(problem.start)
            self.grid.scrollTo(self.model.index(self.model.row_of(problem.calendar.room_type_id), 0))

    def prepare_fix(self) -> None:
        """Put the push that ends the chosen problem's drift or overbooking under review."""
        row = self.problem_list.currentRow()
        if not (0 <= row < len(self.problems)):
            return
        problem = self.problems[row]
        self.grid.clearSelection()
        try:
            plan = plan_fix(problem.calendar, problem.start, problem.end)
        except PushInputError as err:
            self.panel.show_plans([], err.message)
            return
        self.panel.selection.setText(f"Fix: {problem.text()} (each day set to its free units)")
        self.panel.show_plans([plan])

    @async_slot()
    async def _queue_availability(self) -> None:
        rows = self.panel.rows()
        if not rows:
            return
        try:
            item = await self.ctx.service.push_availability(rows)
        except ValidationError as err:
            self.panel.show_plans([], describe(err).text)
            return
        self._tracked["availability"] = item.id
        set_state(self.panel.state, queued_text(self._account_state()), "muted")
        self.panel.show_plans([])
        self.grid.clearSelection()

    # ------------------------------------------------------------------ rates
    @async_slot(object)
    async def _queue_rates(self, plan: RatesPlan) -> None:
        try:
            item = await self.ctx.service.push_rates([plan.row])
        except ValidationError as err:
            message = describe(err)
            placed = False
            for field in ("base_price", "currency", *(f"price_{m}" for m in MONTHS)):
                text = message.field_error(field)
                if text:
                    self.rates.place_error(field, text)
                    placed = True
            if not placed:
                set_state(self.rates.state, message.text, "error")
            return
        self._tracked["rates"] = item.id
        set_state(self.rates.state, queued_text(self._account_state()), "muted")

    # ------------------------------------------------------------------ push state
    def _account_state(self) -> str:
        return str(self.ctx.service.status(Channel.COLIVING).state)

    @async_slot()
    async def _update_tracked(self) -> None:
        for what, outbox_id in list(self._tracked.items()):
            item = await in_executor(self.ctx.reader.get_outbox_item, outbox_id)
            if self._tracked.get(what) != outbox_id:
                continue
            label = self.panel.state if what == "availability" else self.rates.state
            accepted = (
                "Sent: Coliving.com accepted the availability." if what == "availability" else ACCEPTED
            )
            shown = outcome_text(item, self._account_state(), accepted)
            if shown is None:
                continue
            text, accent = shown
            if what == "availability" and accent == "error":
                text += " The days concerned show ✗ failed in the calendar."
            set_state(label, text, accent)
            if accent in ("ok", "error"):
                del self._tracked[what]

    def _on_changes(self, changes: ChangeSet) -> None:
        if self._tracked and (changes.get_ids("outbox") or changes.get_ids("accounts")):
            self._update_tracked()
        if not self.loaded:
            return
        if any(changes.get_ids(kind) for kind in ("bookings", "rooms", "listings", "outbox")):
            self._reload_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    # ------------------------------------------------------------------ bookings of a cell
    def _on_double_click(self, index: QModelIndex) -> None:
        info = self.model.row_info(index.row())
        day = index.data(CalendarDayRole)
        if info is None or info.calendar is None or day is None or not day.booked:
            return
        self._list_bookings(info.calendar, day.day, self.grid.viewport().mapToGlobal(
            self.grid.visualRect(index).center()))

    @async_slot(object, object, object)
    async def _list_bookings(self, calendar: RoomCalendar, day: date, where: QPoint) -> None:
        bookings = await in_executor(bookings_on, self.ctx.reader, calendar, day)
        menu = QMenu(self)
        menu.setObjectName("cellBookings")
        opener = getattr(self.window(), "open_booking", None)
        for booking in bookings:
            action = QAction(
                f"{booking.guest_name or booking.id} · {booking.checkin[:10]} → {booking.checkout[:10]} · "
                f"{booking.status}",
                menu,
            )
            action.setEnabled(opener is not None)
            action.triggered.connect(lambda _c=False, ident=booking.id: opener and opener(ident))
            menu.addAction(action)
        if not bookings:
            menu.addAction("No booking found for this day").setEnabled(False)
        self.bookings_menu = menu
        menu.popup(where)

    # ------------------------------------------------------------------ register import
    def choose_register(self) -> None:
        dialog = QFileDialog(self, "Import Coliving.com listings", "", "Listing register (*.json);;All files (*)")
        dialog.setObjectName("registerDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_register)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.register_dialog = dialog
        dialog.open()

    @async_slot(str)
    async def import_register(self, path: str) -> None:
        try:
            register = await in_executor(read_register_file, path)
        except RegisterError as err:
            set_state(self.import_note, f"Not imported: {err}", "error")
            return
        counts = await self.ctx.service.import_register(register)
        set_state(
            self.import_note,
            f"Imported {counts['listings']} listings and {counts['room_types']} room types.",
            "ok",
        )
        self.reload()
