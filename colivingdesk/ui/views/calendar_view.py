"""Availability and rates of every Coliving.com room type, for staff who must not double-book.

One timeline shows every room type grouped by listing, 18 months ahead, with each day's free units, the
availability last pushed and its state, and the problems (sold out, overbooked, drift) in text as well as
colour. Selecting days of one or more room types and choosing "free units" or a number shows the exact coalesced
rows before anything is queued; a problem's Fix prepares the push that resolves it. Everything is read through
the Service off the UI thread, and only when the view is first shown. The Rates tab edits base price, currency
and monthly overrides per room type.

Each confirmed or pending stay is a bar on its room type's row (:mod:`calendar_bars`) that opens the booking;
"Edit listings…" opens the register editor (:mod:`register_dialog`), and the house choice narrows the timeline
to one place (a Coliving.com listing and the BookMyColiving property it is linked to). Week zoom and the day
headers follow the locale's first day of the week.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
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
from colivingdesk.sync import ChangeSet
from colivingdesk.sync.calendar import RoomCalendar
from colivingdesk.sync.pushes import (
    FREE,
    AvailabilityPlan,
    PushInputError,
    RatesPlan,
    add_months,
    plan_availability,
    plan_fix,
)
from colivingdesk.sync.register import RegisterError
from colivingdesk.sync.rooms import MONTHS
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.drafts import DraftStore
from colivingdesk.ui.errors import describe
from colivingdesk.ui.keyboard import add_tab_switching
from colivingdesk.ui.models.timeline_model import (
    BarsRole,
    CalendarDayRole,
    RoomBars,
    TimelineModel,
    legend,
    listing_title,
    locale_date,
    room_title,
    start_of_week,
)
from colivingdesk.ui.views.calendar_bars import BarActivation, BookingBarDelegate, row_height
from colivingdesk.ui.views.calendar_months import MonthBox
from colivingdesk.ui.views.calendar_problems import ProblemsBox
from colivingdesk.ui.views.calendar_push import AvailabilityPanel, outcome_text, queued_text, set_state
from colivingdesk.ui.views.calendar_records import (
    Problem,
    Records,
    bars_between,
    bookings_on,
    find_problems,
    read_records,
    read_register_file,
)
from colivingdesk.ui.views.rates_panel import RatesPanel, accepted_text
from colivingdesk.ui.views.register_dialog import RegisterDialog

#: How far ahead the calendar reaches (the longest range one push may cover).
MONTHS_AHEAD = 18
ZOOM_WIDTHS = {"month": 30, "week": 64}  # narrowest; the week zoom widens to fit seven days

__all__ = ["CalendarView", "Problem", "Records", "find_problems"]


class CalendarView(QWidget):
    """The multi-calendar with its push review and problems, and the rates grid."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.model = TimelineModel(self)
        self.records = Records({}, {}, {})
        self.all_calendars: list[RoomCalendar] = []
        self.all_bars: Mapping[str, RoomBars] = {}
        self.zoom = "month"
        self.problems: list[Problem] = []
        self._fix: Problem | None = None  # the problem whose fix is under review
        self.loaded = False  # the first read happens when the view is first shown
        self._first_read_asked = False
        self._generation = 0
        self._tracked: dict[str, int] = {}  # "availability"/"rates" -> outbox id of the last push
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        # The stream the Service is built with: subscribing must not build it (this view may be in the first frame).
        self._unsubscribe = ctx.changes.subscribe(self._on_changes)
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
        self.month_zoom = QPushButton(self.tr("Month"))
        self.week_zoom = QPushButton(self.tr("Week"))
        self.week_zoom.setToolTip(self.tr("One week across, starting on the first day of the week"))
        zoom = QButtonGroup(self)
        for button in (self.month_zoom, self.week_zoom):
            button.setCheckable(True)
            zoom.addButton(button)
            bar.addWidget(button)
        self.month_zoom.setChecked(True)
        self.today_button = QPushButton(self.tr("Today"))
        self.jump = MonthBox()
        bar.addWidget(self.today_button)
        bar.addWidget(self.jump)
        self.house = QComboBox()
        self.house.setObjectName("calendarHouse")
        self.house.setAccessibleName(self.tr("House"))
        self.house.setToolTip(self.tr(
            "One house: a Coliving.com listing together with the BookMyColiving property it is linked to"))
        self.house.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.house.addItem(self.tr("All houses"), None)
        bar.addWidget(self.house)
        bar.addStretch(1)
        self.import_note = QLabel()
        self.import_note.setObjectName("importNote")
        bar.addWidget(self.import_note)
        self.edit_button = QPushButton(self.tr("Edit listings…"))
        self.edit_button.setObjectName("editListings")
        self.edit_button.setToolTip(self.tr(
            "Name listings and room types, give their unit counts, currency and base price, and link a listing to "
            "its BookMyColiving property"))
        bar.addWidget(self.edit_button)
        self.import_button = QPushButton(self.tr("Import listings…"))
        self.import_button.setObjectName("importListings")
        self.import_button.setToolTip(self.tr(
            "Read your Coliving.com listings, room types, unit counts and prices from a register file (JSON)"))
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
        self.grid.setAccessibleName(self.tr("Availability calendar"))
        self.grid.setModel(self.model)
        self.bars = BookingBarDelegate(self.grid)
        self.grid.setItemDelegate(self.bars)
        self.bar_activation = BarActivation(self.grid, self.bars)
        self.grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(row_height(0))
        self.grid.setWordWrap(False)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)  # an ellipsis would read as "pending"
        self.grid.verticalHeader().setMaximumWidth(200)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        lv.addWidget(self.grid, 1)
        self._empty_text = self.tr(
            "No Coliving.com room types yet. Import your listings (button above) or connect Coliving.com in "
            "Settings: room types appear as their bookings sync.")
        self.empty = QLabel(self._empty_text)
        self.empty.setObjectName("calendarNote")
        self.empty.setWordWrap(True)
        self.empty.hide()
        lv.addWidget(self.empty)
        key = QLabel(legend())
        key.setObjectName("calendarLegend")
        key.setWordWrap(True)
        theme.tint(key, "muted")
        lv.addWidget(key)
        availability.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.panel = AvailabilityPanel()
        rv.addWidget(self.panel, 3)
        self.problems_box = ProblemsBox()
        self.problem_list = self.problems_box.problem_list
        self.fix_button = self.problems_box.fix_button
        rv.addWidget(self.problems_box, 2)
        availability.addWidget(right)
        right.setMaximumWidth(max(430, right.fontMetrics().averageCharWidth() * 62))  # grows with the font
        availability.setStretchFactor(0, 1)
        availability.setStretchFactor(1, 0)
        availability.setSizes([760, 400])
        self.tabs.addTab(availability, self.tr("Availability"))
        self.rates = RatesPanel(DraftStore(self.ctx.profile.root / "rate-drafts"))
        self.tabs.addTab(self.rates, self.tr("Rates"))
        add_tab_switching(self, self.tabs)

        self.month_zoom.clicked.connect(lambda: self.set_zoom("month"))
        self.week_zoom.clicked.connect(lambda: self.set_zoom("week"))
        self.today_button.clicked.connect(lambda: self.scroll_to(date.today()))
        self.jump.activated.connect(lambda _i: self.scroll_to(self.jump.currentData()))
        self.grid.horizontalScrollBar().valueChanged.connect(lambda _v: self._follow_scroll())
        self.house.activated.connect(lambda _i: self._show_house())
        self.import_button.clicked.connect(self.choose_register)
        self.edit_button.clicked.connect(self.edit_register)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self.plan_selection())
        self.grid.doubleClicked.connect(self._on_double_click)
        self.bar_activation.activated.connect(self.open_booking)
        self.bar_activation.chooseAmong.connect(self._choose_booking)
        self.panel.changed.connect(self.plan_selection)
        self.panel.confirmed.connect(self._queue_availability)
        self.panel.reviewStarted.connect(lambda: self._tracked.pop("availability", None))
        self.problems_box.chosen.connect(self._on_problem)
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
        """Month zoom fits about a month in view, week zoom a week (from the locale's first day of the week)
        with room for the full cell text."""
        self.zoom = zoom
        (self.month_zoom if zoom == "month" else self.week_zoom).setChecked(True)
        self.model.set_compact(zoom == "month")
        self._fit_zoom()
        if zoom == "week":
            first = self.model.day_at(self.grid.columnAt(0))
            if first is not None:
                self.scroll_to(first)

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
        """Bring ``day`` to the left edge; in week zoom, the first day (by the locale) of its week."""
        if day is not None and self.zoom == "week":
            day = max(start_of_week(day), self.model.start)
        column = -1 if day is None else self.model.column_of(day)
        if column >= 0:  # pixel scrolling: the value is the column's position in the header
            self.grid.horizontalScrollBar().setValue(self.grid.horizontalHeader().sectionPosition(column))

    def _follow_scroll(self) -> None:
        self.jump.follow(self.model.day_at(self.grid.columnAt(0)))

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
        bars = await in_executor(bars_between, self.ctx.reader, start, end)
        if generation != self._generation:
            return  # a newer read is under way
        self.loaded = True
        self.records = records
        self.all_calendars = calendars
        self.all_bars = bars
        self._fill_houses()
        self._show(start, end)
        self.jump.fill(start, MONTHS_AHEAD)
        self._follow_scroll()

    def _fill_houses(self) -> None:
        chosen = self.house.currentData()
        self.house.clear()
        self.house.addItem(self.tr("All houses"), None)
        for house in self.records.houses:
            self.house.addItem(house.name, house.key)
        self.house.setCurrentIndex(max(0, self.house.findData(chosen)))

    def house_listings(self) -> set[str] | None:
        """The listing ids of the chosen house, or None for every house."""
        key = self.house.currentData()
        house = next((h for h in self.records.houses if h.key == key), None)
        return None if house is None else set(house.listing_ids)

    def _show_house(self) -> None:
        if self.loaded:
            self.grid.clearSelection()
            self._show(*self.span())

    def _show(self, start: date, end: date) -> None:
        """Put the chosen house's room types (or all) on the timeline, with their bars and problems."""
        members = self.house_listings()
        calendars = [c for c in self.all_calendars if members is None or c.listing_id in members]
        scroll = self.grid.horizontalScrollBar().value(), self.grid.verticalScrollBar().value()
        selected = [(i.row(), i.column()) for i in self.grid.selectionModel().selectedIndexes()]
        self.model.set_calendars(calendars, start, end, self.all_bars)
        for row in range(self.model.rowCount()):
            info = self.model.row_info(row)
            is_room = info is not None and info.calendar is not None
            height = row_height(self.model.lane_count(row), self.model.has_more(row)) if is_room else row_height(0)
            self.grid.verticalHeader().resizeSection(row, height)
        self.grid.horizontalScrollBar().setValue(scroll[0])
        self.grid.verticalScrollBar().setValue(scroll[1])
        self._restore_selection(selected)
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not calendars)
        self.panel.names = {
            (c.listing_id, c.room_type_id): (listing_title(c), room_title(c)) for c in calendars
        }
        self.problems_box.fill(calendars)
        self.problems = self.problems_box.problems
        self._follow_fix()
        rooms = [r for c in calendars if (r := self.records.rooms.get(c.room_type_id))]
        self.rates.set_rooms(self.records.listings, rooms, self.records.currencies)

    def _restore_selection(self, cells: list[tuple[int, int]]) -> None:
        selection = QItemSelection()
        for row, column in cells:
            index = self.model.index(row, column)
            if index.isValid():
                selection.select(index, index)
        self.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ------------------------------------------------------------------ availability pushes
    def plan_selection(self) -> None:
        """Plan the push for the selected days and the chosen value, and show its rows for review."""
        spans = self.model.selected_spans(self.grid.selectionModel().selectedIndexes())
        if not spans:
            if self._fix is None:  # a fix under review stays until days are selected
                self.panel.clear_review()
            return
        self._fix = None
        self.panel.set_choice_locked(False)
        first, last = min(s[1] for s in spans), max(s[2] for s in spans)
        dates = {"first": locale_date(first), "last": locale_date(last)}
        if len(spans) == 1:
            self.panel.selection.setText(self.tr("1 room type, {first} to {last}").format(**dates))
        else:
            self.panel.selection.setText(self.tr("%n room types, {first} to {last}", "", len(spans)).format(**dates))
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

    def _on_problem(self) -> None:
        problem = self.problems_box.current()
        if problem is not None:
            self.scroll_to(problem.start)
            self.grid.scrollTo(self.model.index(self.model.row_of(problem.calendar.room_type_id), 0))

    def prepare_fix(self) -> None:
        """Put the push that ends the chosen problem's drift or overbooking under review."""
        problem = self.problems_box.fixable_chosen()
        if problem is not None:
            self._fix = problem
            self.grid.clearSelection()
            self._review_fix(problem)

    def _review_fix(self, problem: Problem) -> None:
        try:
            plan = plan_fix(problem.calendar, problem.start, problem.end)
        except PushInputError as err:
            self._fix = None
            self.panel.clear_review()
            self.panel.show_plans([], err.message)
            return
        self.panel.show_fix(
            self.tr("Fix: {problem} (each day set to its free units)").format(problem=problem.text()), plan)

    def _follow_fix(self) -> None:
        """After a re-read: the fix under review is planned again from the fresh calendar while its problem is still
        listed (same room type, days and problems), and goes with the problem otherwise."""
        if self._fix is None:
            return
        problem = self.problems_box.matching(self._fix)
        if problem is None:
            self._fix = None
            self.panel.clear_review()
        else:
            self._fix = problem
            self._review_fix(problem)

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
        self._fix = None
        self.grid.clearSelection()
        self.panel.clear_review()
        self._tracked["availability"] = item.id
        set_state(self.panel.state, queued_text(self._account_state()), "muted")

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
        self.rates.queued(plan, queued_text(self._account_state()))

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
                self.tr("Sent: Coliving.com accepted the availability.") if what == "availability"
                else accepted_text()
            )
            shown = outcome_text(item, self._account_state(), accepted)
            if shown is None:
                continue
            text, accent = shown
            if what == "availability" and accent == "error":
                text = self.tr("{state} The days concerned show ✗ failed in the calendar.").format(state=text)
            if what == "rates":
                self.rates.push_state(text, accent)  # also tells the panel whether its values were applied
            else:
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
        if not self.loaded and not self._first_read_asked:
            self._first_read_asked = True
            self.empty.setText(self.tr("Loading the calendar…"))
            self.empty.show()
            # Restored at start-up, the view is shown in the first frame, before the loop that runs reads exists;
            # the app builds the Service on that loop, so the first read waits for it (at once if it exists).
            self.ctx.when_service(lambda: QTimer.singleShot(0, self, self.reload))

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
            action = QAction(self.tr("{guest} · {checkin} → {checkout} · {status}").format(
                guest=booking.guest_name or booking.id, checkin=formatting.day(booking.checkin),
                checkout=formatting.day(booking.checkout), status=booking.status), menu)
            action.setEnabled(opener is not None)
            action.triggered.connect(lambda _c=False, ident=booking.id: opener and opener(ident))
            menu.addAction(action)
        if not bookings:
            menu.addAction(self.tr("No booking found for this day")).setEnabled(False)
        self.bookings_menu = menu
        menu.popup(where)

    def open_booking(self, booking_id: str) -> None:
        """Show a booking whose bar was clicked (or chosen with Enter) in the Bookings view."""
        opener = getattr(self.window(), "open_booking", None)
        if opener is not None:
            opener(booking_id)

    def _choose_booking(self, index: QModelIndex) -> None:
        """Enter on a day crossed by several bars: offer them in a list (the same as a double click)."""
        info = self.model.row_info(index.row())
        day = index.data(CalendarDayRole)
        if info is None or info.calendar is None or day is None:
            return
        self._list_bookings(info.calendar, day.day, self.grid.viewport().mapToGlobal(
            self.grid.visualRect(index).center()))

    def bars_at(self, index: QModelIndex) -> list[Booking]:
        """The bookings whose bars cross ``index``'s cell, in lane order."""
        return [b for _lane, b in index.data(BarsRole) or []]

    # ------------------------------------------------------------------ register
    def edit_register(self) -> None:
        """Open the register editor; saving announces the change, which re-reads the calendar."""
        dialog = RegisterDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.register_editor = dialog
        dialog.open()
        dialog.load()

    def choose_register(self) -> None:
        dialog = QFileDialog(self, self.tr("Import Coliving.com listings"), "",
                             self.tr("Listing register (*.json);;All files (*)"))
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
            set_state(self.import_note, self.tr("Not imported: {reason}").format(reason=err), "error")
            return
        counts = await self.ctx.service.import_register(register)
        set_state(self.import_note, self.tr("Imported {listings} and {rooms}.").format(
            listings=self.tr("%n listings", "", counts["listings"]),
            rooms=self.tr("%n room types", "", counts["room_types"])), "ok")
        self.reload()
