"""Every Coliving.com room type on one timeline: rows are room types under a header row per listing, columns days.

Staff check this grid before promising a room, so each cell says in text (not only in colour) what matters: the
free units, the problem of the day (``FULL`` sold out, ``OVER`` overbooked, ``DRIFT`` the channel offers more than
is free) and what was last pushed with its state (``✓`` confirmed, ``…`` pending, ``✗`` failed, the channel's
reason in the tooltip). The numbers come from :mod:`colivingdesk.sync.calendar`, read off the UI thread by the
view; this model only holds the result, with each room type's confirmed and pending stays placed in lanes for
the booking bars (``BarsRole``; the cell's tooltip and accessible text name the stays in words).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from colivingdesk.domain import Booking
from colivingdesk.sync.calendar import (
    CONFIRMED,
    DRIFT,
    FAILED,
    OVERBOOKED,
    PENDING,
    SOLD_OUT,
    CalendarDay,
    RoomCalendar,
    booking_lanes,
    day_span,
    iso_day,
)
from colivingdesk.translatable import Counted
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.models.bar_pieces import BarPiece, bar_pieces

Index = QModelIndex | QPersistentModelIndex
DayRole = Qt.ItemDataRole.UserRole + 1
CalendarDayRole = Qt.ItemDataRole.UserRole + 2
#: The booking bars crossing a cell: a list of (lane, Booking); lanes beyond ``MAX_LANES`` are left out.
BarsRole = Qt.ItemDataRole.UserRole + 3
#: How many bookings hold the cell's day without a bar drawn for them (more lanes than ``MAX_LANES``).
HiddenBarsRole = Qt.ItemDataRole.UserRole + 4

#: The text each problem shows in a cell (kept short and untranslated like a symbol: the tooltip says it in words).
PROBLEM_TAGS = {OVERBOOKED: "OVER", DRIFT: "DRIFT", SOLD_OUT: "FULL"}
#: The same, in one character each, for the narrow cells of the month zoom.
PROBLEM_SYMBOLS = {OVERBOOKED: "‼", DRIFT: "≠", SOLD_OUT: "⊘"}
PUSH_MARKS = {CONFIRMED: "✓", PENDING: "…", FAILED: "✗"}
#: Booking bars drawn per room type row at most; the rest are counted ("+2") in the cell and named in its text.
MAX_LANES = 4
#: Counted words of a cell's text (a module-level function's plurals: see ``translatable.Counted``).
TimelineWords = Counted("TimelineWords", {})


def problem_words(problem: str) -> str:
    """The words for a problem in tooltips and the problems list."""
    return {
        OVERBOOKED: QCoreApplication.translate("TimelineModel", "overbooked"),
        DRIFT: QCoreApplication.translate("TimelineModel", "drift: Coliving.com offers more than is free"),
        SOLD_OUT: QCoreApplication.translate("TimelineModel", "sold out"),
    }.get(problem, problem)


def problem_name(problem: str) -> str:
    """The short name of a problem (the problems list)."""
    return {
        OVERBOOKED: QCoreApplication.translate("TimelineModel", "overbooked"),
        DRIFT: QCoreApplication.translate("TimelineModel", "drift"),
        SOLD_OUT: QCoreApplication.translate("TimelineModel", "sold out"),
    }.get(problem, problem)


def push_words(state: str) -> str:
    return {
        CONFIRMED: QCoreApplication.translate("TimelineModel", "confirmed by Coliving.com"),
        PENDING: QCoreApplication.translate("TimelineModel", "pending, not sent yet"),
        FAILED: QCoreApplication.translate("TimelineModel", "failed"),
    }.get(state, state)


def legend() -> str:
    return QCoreApplication.translate(
        "TimelineModel",
        "Each cell: free units, then ↑ the availability last pushed: ✓ confirmed, … pending, ✗ failed (hover for "
        "the reason). FULL ⊘ sold out · OVER ‼ overbooked · DRIFT ≠ Coliving.com offers more than is free · ? unit "
        "count unknown (edit or import the listings). Bars are bookings: solid confirmed, hatched pending; click "
        "one or press Enter to open it. Week zoom spells the problems out."
    )


def booking_status_words(status: str) -> str:
    return {
        "confirmed": QCoreApplication.translate("TimelineModel", "confirmed"),
        "pending": QCoreApplication.translate("TimelineModel", "pending"),
    }.get(status.lower(), status)


def booking_text(booking: Booking) -> str:
    """One booking in words: who, from when to when, and its status (a bar's tooltip and accessible text)."""
    checkin, checkout = iso_day(booking.checkin), iso_day(booking.checkout)
    return QCoreApplication.translate(
        "TimelineModel", "{guest}: check-in {checkin}, check-out {checkout}, {status} (booking {id})").format(
        guest=booking.guest_name or QCoreApplication.translate("TimelineModel", "Guest"),
        checkin=locale_date(checkin) if checkin else booking.checkin,
        checkout=locale_date(checkout) if checkout else booking.checkout,
        status=booking_status_words(booking.status),
        id=booking.id,
    )


def locale_date(day: date, long: bool = False) -> str:
    """``day`` as the rest of the window writes dates ("3 Dec 2026"), or in full with its weekday (``long``)."""
    return formatting.long_date(day) if long else formatting.date_text(day)


def week_start() -> int:
    """The locale's first day of the week as a Python weekday (Monday 0 ... Sunday 6)."""
    return QLocale().firstDayOfWeek().value - 1


def start_of_week(day: date) -> date:
    """The first day (by the locale) of the week ``day`` is in."""
    return day - timedelta(days=(day.weekday() - week_start()) % 7)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A listing header (``calendar`` None) or one room type."""

    listing_id: str
    title: str
    calendar: RoomCalendar | None = None
    bars: RoomBars | None = None

    def bars_on(self, day: date) -> list[tuple[int, Booking]]:
        """(lane, booking) of the drawn stays holding ``day``, in lane order."""
        return [] if self.bars is None else self.bars.on(day)

    def more_on(self, day: date) -> int:
        """Stays holding ``day`` without a bar drawn for them."""
        return 0 if self.bars is None else self.bars.more_on(day)


@dataclass(frozen=True, slots=True)
class RoomBars:
    """One room type's stays as bars: the first ``MAX_LANES`` lanes (each in date order) and, per day of the
    span, how many stays hold it, so a day's bars and the stays left undrawn are found without a scan."""

    start: date
    lanes: tuple[tuple[Booking, ...], ...]
    checkins: tuple[tuple[str, ...], ...]  # per lane, its stays' check-in days (for bisect)
    stays: tuple[int, ...]  # per day from ``start``, the stays holding it
    more: bool  # on some day more stays hold it than bars are drawn
    pieces: tuple[BarPiece, ...] = ()  # stays without a drawn lane, in the drawn lanes free on their days

    def on(self, day: date) -> list[tuple[int, Booking]]:
        text = day.isoformat()
        found = []
        for n, (lane, starts) in enumerate(zip(self.lanes, self.checkins, strict=True)):
            i = bisect.bisect_right(starts, text) - 1
            if i >= 0 and text < lane[i].checkout[:10]:
                found.append((n, lane[i]))
        offset = (day - self.start).days
        found.extend((p.lane, p.booking) for p in self.pieces if p.first <= offset < p.end)
        return sorted(found, key=lambda bar: bar[0])

    def extent(self, lane: int, booking: Booking, day: date) -> tuple[date, date] | None:
        """First and last day of the piece of ``booking``'s bar drawn in ``lane`` across ``day``; None when the
        bar is the whole stay (it has a drawn lane of its own)."""
        offset = (day - self.start).days
        for piece in self.pieces:
            if piece.lane == lane and piece.booking is booking and piece.first <= offset < piece.end:
                return self.start + timedelta(days=piece.first), self.start + timedelta(days=piece.end - 1)
        return None

    def more_on(self, day: date) -> int:
        offset = (day - self.start).days
        holding = self.stays[offset] if 0 <= offset < len(self.stays) else 0
        return max(holding - len(self.on(day)), 0)


def room_bars(bookings: Iterable[Booking], start: date, end: date) -> RoomBars:
    """The bars of one room type's confirmed and pending stays over ``start``..``end`` (runs anywhere: it is
    computed on the store thread with the read)."""
    lanes = booking_lanes(bookings)
    days = (end - start).days + 1
    change = [0] * (days + 1)  # +1 on each stay's first day in the span, -1 after its last
    for lane in lanes:
        for booking in lane:
            first, checkout = iso_day(booking.checkin), iso_day(booking.checkout)
            assert first is not None and checkout is not None  # booking_lanes keeps dated stays only
            low, high = max((first - start).days, 0), min((checkout - start).days, days)
            if low < high:
                change[low] += 1
                change[high] -= 1
    stays = list(itertools.accumulate(change[:days]))
    drawn = tuple(tuple(lane) for lane in lanes[:MAX_LANES])
    overflow = sorted((b for lane in lanes[MAX_LANES:] for b in lane), key=lambda b: (b.checkin[:10], b.id))
    pieces = bar_pieces(drawn, overflow, start, days)
    bars = RoomBars(start, drawn, tuple(tuple(b.checkin[:10] for b in lane) for lane in drawn), tuple(stays),
                    False, pieces)
    if len(lanes) <= MAX_LANES:
        return bars
    more = any(bars.more_on(start + timedelta(days=n)) for n in range(days) if stays[n] > 0)
    return dataclasses.replace(bars, more=more)


def listing_title(calendar: RoomCalendar) -> str:
    return calendar.listing_name or QCoreApplication.translate("TimelineModel", "unnamed, from bookings")


def room_title(calendar: RoomCalendar) -> str:
    return calendar.room_type_name or QCoreApplication.translate(
        "TimelineModel", "Room type {id}").format(id=calendar.room_type_id)


def cell_text(day: CalendarDay, compact: bool = False) -> str:
    """What a cell shows: free units and problem tags (one symbol each when ``compact``), then the last push
    and its state."""
    first = "?" if day.free is None else str(day.free)
    problems = day.problems
    if OVERBOOKED in problems:
        problems = tuple(p for p in problems if p != SOLD_OUT)  # overbooked says sold out already
    tags = [(PROBLEM_SYMBOLS if compact else PROBLEM_TAGS)[p] for p in problems if p in PROBLEM_TAGS]
    if tags:
        first += ("" if compact else " ") + " ".join(tags)
    if day.pushed is None or day.push_state is None:
        return first
    return f"{first}\n↑{day.pushed}{'' if compact else ' '}{PUSH_MARKS.get(day.push_state, '')}"


def cell_tooltip(calendar: RoomCalendar, day: CalendarDay, bookings: Sequence[Booking] = (), more: int = 0) -> str:
    """Everything known about one day, in words, with the bookings holding its units (``more`` not named)."""
    when = locale_date(day.day, long=True)
    lines = [f"{when} · {listing_title(calendar)} · {room_title(calendar)}"]
    if day.units is None:
        lines.append(QCoreApplication.translate(
            "TimelineModel", "{booked} booked; the unit count is unknown, so free units are too",
        ).format(booked=day.booked))
    else:
        lines.append(QCoreApplication.translate("TimelineModel", "{free} free of {units} ({booked} booked)").format(
            free=day.free, units=day.units, booked=day.booked))
    for problem in day.problems:
        words = problem_words(problem)
        lines.append(words[:1].upper() + words[1:])
    if DRIFT in day.problems:
        lines.append(QCoreApplication.translate(
            "TimelineModel", "Coliving.com holds {holds} available, {free} free: push free units (Fix)").format(
            holds=day.holds, free=day.free))
    if day.pushed is None or day.push_state is None:
        lines.append(QCoreApplication.translate("TimelineModel", "Never pushed to Coliving.com"))
    else:
        lines.append(QCoreApplication.translate("TimelineModel", "Last pushed: {pushed} available, {state}").format(
            pushed=day.pushed, state=push_words(day.push_state)))
        if day.push_state == FAILED and day.reason:
            lines.append(QCoreApplication.translate("TimelineModel", "Reason: {reason}").format(reason=day.reason))
        if day.holds is not None and day.holds != day.pushed:
            lines.append(QCoreApplication.translate(
                "TimelineModel", "Coliving.com still holds {holds}").format(holds=day.holds))
    if bookings or more:
        lines.append(QCoreApplication.translate("TimelineModel", "Bookings:"))
        lines.extend(f"• {booking_text(b)}" for b in bookings)
        if more:
            lines.append(TimelineWords.tr("and %n more", "", more))
    return "\n".join(lines)


def _colour(day: CalendarDay) -> QColor | None:
    accents = theme.accents()
    if OVERBOOKED in day.problems:
        colour = QColor(accents.error)
    elif DRIFT in day.problems:
        colour = QColor(accents.warn)
    elif SOLD_OUT in day.problems:
        colour = QColor(accents.muted)
    elif day.push_state == FAILED:
        colour = QColor(accents.error)
        colour.setAlpha(50)
        return colour
    else:
        return None
    colour.setAlpha(90)
    return colour


class TimelineModel(QAbstractTableModel):
    """Listing header rows and room type rows over a span of days."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.start = date.today()
        self.compact = True  # the month zoom's narrow cells
        self._days: list[date] = []
        self._rows: list[TimelineRow] = []

    # ------------------------------------------------------------------ content
    def set_calendars(
        self,
        calendars: list[RoomCalendar],
        start: date,
        end: date,
        bars: Mapping[str, RoomBars] | None = None,
    ) -> None:
        """Show ``calendars`` (as ``load_calendar`` orders them: one listing's room types together) with the
        ``bars`` (room type id -> its stays as bars, :func:`room_bars`)."""
        self.beginResetModel()
        self.start = start
        self._days = day_span(start, end)
        rows: list[TimelineRow] = []
        for calendar in calendars:
            if not rows or rows[-1].listing_id != calendar.listing_id:
                title = self.tr("{name} ({id})").format(name=listing_title(calendar), id=calendar.listing_id)
                rows.append(TimelineRow(calendar.listing_id, title))
            found = (bars or {}).get(calendar.room_type_id)
            rows.append(TimelineRow(calendar.listing_id, room_title(calendar), calendar, found))
        self._rows = rows
        self.endResetModel()

    def lane_count(self, row: int) -> int:
        """Bar lanes drawn on ``row`` (at most ``MAX_LANES``)."""
        info = self.row_info(row)
        return 0 if info is None or info.bars is None else len(info.bars.lanes)

    def has_more(self, row: int) -> bool:
        """Whether ``row`` has stays beyond ``MAX_LANES`` lanes (counted, not drawn)."""
        info = self.row_info(row)
        return info is not None and info.bars is not None and info.bars.more

    def bar_columns(self, booking: Booking) -> tuple[int, int]:
        """First and last column a booking's bar covers (clipped to the span; the check-out day is not)."""
        first, last = iso_day(booking.checkin), iso_day(booking.checkout)
        assert first is not None and last is not None  # booking_lanes keeps dated stays only
        low = max((first - self.start).days, 0)
        high = min((last - timedelta(days=1) - self.start).days, len(self._days) - 1)
        return low, high

    def piece_columns(self, row: int, lane: int, booking: Booking, column: int) -> tuple[int, int]:
        """First and last column of the bar (or piece of a bar: see :mod:`bar_pieces`) of ``booking`` drawn in
        ``lane`` across ``column``."""
        info = self.row_info(row)
        day = self.day_at(column)
        extent = None if info is None or info.bars is None or day is None else info.bars.extent(lane, booking, day)
        if extent is None:
            return self.bar_columns(booking)
        return self.column_of(extent[0]), self.column_of(extent[1])

    def set_compact(self, compact: bool) -> None:
        """Problems as one symbol each (month zoom) or spelled out (week zoom)."""
        if compact != self.compact:
            self.compact = compact
            if self._rows and self._days:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._days) - 1))

    def calendars(self) -> list[RoomCalendar]:
        return [r.calendar for r in self._rows if r.calendar is not None]

    def row_info(self, row: int) -> TimelineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def day_at(self, column: int) -> date | None:
        return self._days[column] if 0 <= column < len(self._days) else None

    def column_of(self, day: date) -> int:
        """The column of ``day``, or -1 outside the span."""
        offset = (day - self.start).days
        return offset if 0 <= offset < len(self._days) else -1

    def row_of(self, room_type_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.calendar and r.calendar.room_type_id == room_type_id), -1)

    def selected_spans(self, indexes: list[QModelIndex]) -> list[tuple[RoomCalendar, date, date]]:
        """Per room type row touched by ``indexes``: its first and last selected day, in row order."""
        spans: dict[int, tuple[date, date]] = {}
        for index in indexes:
            info, day = self.row_info(index.row()), self.day_at(index.column())
            if info is None or info.calendar is None or day is None:
                continue
            low, high = spans.get(index.row(), (day, day))
            spans[index.row()] = (min(low, day), max(high, day))
        found = []
        for row in sorted(spans):
            calendar = self._rows[row].calendar
            assert calendar is not None
            found.append((calendar, *spans[row]))
        return found

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].calendar is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._days)):
            return None
        row = self._rows[index.row()]
        when = self._days[index.column()]
        if role == DayRole:
            return when.isoformat()
        if row.calendar is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                colour = QColor(theme.accents().muted)
                colour.setAlpha(35)
                return colour
            if role == Qt.ItemDataRole.DisplayRole and when.day == 1:
                return QLocale().monthName(when.month, QLocale.FormatType.ShortFormat)
            return None
        day = row.calendar.day(when)
        if day is None:
            return None
        if role == CalendarDayRole:
            return day
        if role == BarsRole:
            return row.bars_on(when)
        if role == HiddenBarsRole:
            return row.more_on(when)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(day, self.compact)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_tooltip(row.calendar, day, [b for _lane, b in row.bars_on(when)], row.more_on(when))
        if role == Qt.ItemDataRole.BackgroundRole:
            return _colour(day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and day.problems:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not (0 <= section < len(self._days)):
                return None
            return self._day_header(section, role)
        if not (0 <= section < len(self._rows)):
            return None
        row = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title if row.calendar is None else f"   {row.title}"
        if role == Qt.ItemDataRole.FontRole and row.calendar is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.calendar is None:
            return self.tr("Listing {title}").format(title=row.title)
        if role == Qt.ItemDataRole.ToolTipRole and row.calendar is not None:
            if row.calendar.units is None:
                return self.tr("Room type {id} of listing {listing}; unit count unknown").format(
                    id=row.calendar.room_type_id, listing=row.listing_id)
            return self.tr("Room type {id} of listing {listing}; units: %n", "", row.calendar.units).format(
                id=row.calendar.room_type_id, listing=row.listing_id)
        return None

    def _day_header(self, section: int, role: int) -> Any:
        """Day name and number in the locale's words; the first day of each week (by the locale) is bold and
        says which week it starts."""
        when = self._days[section]
        locale = QLocale()
        starts_week = when.weekday() == week_start()
        if role == Qt.ItemDataRole.DisplayRole:
            day_name = locale.dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
            month = locale.monthName(when.month, QLocale.FormatType.ShortFormat)
            return f"{day_name}\n{when.day}" + (f"\n{month}" if when.day == 1 or section == 0 else "\n")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = locale_date(when, long=True)
            return self.tr("{day}: first day of the week").format(day=text) if starts_week else text
        if role == Qt.ItemDataRole.FontRole and (starts_week or when.weekday() >= 5):
            font = QFont()
            font.setBold(starts_week)
            font.setItalic(when.weekday() >= 5)
            return font
        return None
