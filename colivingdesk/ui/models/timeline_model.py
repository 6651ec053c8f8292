"""Every Coliving.com room type on one timeline: rows are room types under a header row per listing, columns days.

Staff check this grid before promising a room, so each cell says in text (not only in colour) what matters: the
free units, the problem of the day (``FULL`` sold out, ``OVER`` overbooked, ``DRIFT`` the channel offers more than
is free) and what was last pushed with its state (``✓`` confirmed, ``…`` pending, ``✗`` failed, the channel's
reason in the tooltip). The numbers come from :mod:`colivingdesk.sync.calendar`, read off the UI thread by the
view; this model only holds the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from colivingdesk.sync.calendar import (
    CONFIRMED,
    DRIFT,
    FAILED,
    OVERBOOKED,
    PENDING,
    SOLD_OUT,
    CalendarDay,
    RoomCalendar,
    day_span,
)
from colivingdesk.sync.register import UNNAMED
from colivingdesk.ui import theme

Index = QModelIndex | QPersistentModelIndex
DayRole = Qt.ItemDataRole.UserRole + 1
CalendarDayRole = Qt.ItemDataRole.UserRole + 2

#: The text each problem shows in a cell, and the words for it in tooltips and the problems list.
PROBLEM_TAGS = {OVERBOOKED: "OVER", DRIFT: "DRIFT", SOLD_OUT: "FULL"}
#: The same, in one character each, for the narrow cells of the month zoom.
PROBLEM_SYMBOLS = {OVERBOOKED: "‼", DRIFT: "≠", SOLD_OUT: "⊘"}
PROBLEM_WORDS = {
    OVERBOOKED: "overbooked",
    DRIFT: "drift: Coliving.com offers more than is free",
    SOLD_OUT: "sold out",
}
PUSH_MARKS = {CONFIRMED: "✓", PENDING: "…", FAILED: "✗"}
PUSH_WORDS = {CONFIRMED: "confirmed by Coliving.com", PENDING: "pending, not sent yet", FAILED: "failed"}
LEGEND = (
    "Each cell: free units, then ↑ the availability last pushed: ✓ confirmed, … pending, ✗ failed (hover for the "
    "reason). FULL ⊘ sold out · OVER ‼ overbooked · DRIFT ≠ Coliving.com offers more than is free · ? unit "
    "count unknown (import the listings). Week zoom spells the problems out."
)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A listing header (``calendar`` None) or one room type."""

    listing_id: str
    title: str
    calendar: RoomCalendar | None = None


def listing_title(calendar: RoomCalendar) -> str:
    return calendar.listing_name or UNNAMED


def room_title(calendar: RoomCalendar) -> str:
    return calendar.room_type_name or f"Room type {calendar.room_type_id}"


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


def cell_tooltip(calendar: RoomCalendar, day: CalendarDay) -> str:
    """Everything known about one day, in words."""
    lines = [f"{day.day:%a %d %b %Y} · {listing_title(calendar)} · {room_title(calendar)}"]
    if day.units is None:
        lines.append(f"{day.booked} booked; the unit count is unknown, so free units are too")
    else:
        lines.append(f"{day.free} free of {day.units} ({day.booked} booked)")
    lines.extend(PROBLEM_WORDS[p][:1].upper() + PROBLEM_WORDS[p][1:] for p in day.problems if p in PROBLEM_WORDS)
    if DRIFT in day.problems:
        lines.append(f"Coliving.com holds {day.holds} available, {day.free} free: push free units (Fix)")
    if day.pushed is None or day.push_state is None:
        lines.append("Never pushed to Coliving.com")
    else:
        state = PUSH_WORDS.get(day.push_state, day.push_state)
        lines.append(f"Last pushed: {day.pushed} available, {state}")
        if day.push_state == FAILED and day.reason:
            lines.append(f"Reason: {day.reason}")
        if day.holds is not None and day.holds != day.pushed:
            lines.append(f"Coliving.com still holds {day.holds}")
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
    def set_calendars(self, calendars: list[RoomCalendar], start: date, end: date) -> None:
        """Show ``calendars`` (as ``load_calendar`` orders them: one listing's room types together)."""
        self.beginResetModel()
        self.start = start
        self._days = day_span(start, end)
        rows: list[TimelineRow] = []
        for calendar in calendars:
            if not rows or rows[-1].listing_id != calendar.listing_id:
                rows.append(TimelineRow(calendar.listing_id, f"{listing_title(calendar)} ({calendar.listing_id})"))
            rows.append(TimelineRow(calendar.listing_id, room_title(calendar), calendar))
        self._rows = rows
        self.endResetModel()

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
                return f"{when:%b}"
            return None
        day = row.calendar.day(when)
        if day is None:
            return None
        if role == CalendarDayRole:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(day, self.compact)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_tooltip(row.calendar, day)
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
            when = self._days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{when:%a}\n{when.day}" + (f"\n{when:%b}" if when.day == 1 or section == 0 else "\n")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{when:%A %d %B %Y}"
            if role == Qt.ItemDataRole.FontRole and when.weekday() >= 5:
                font = QFont()
                font.setItalic(True)
                return font
            return None
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
            return f"Listing {row.title}"
        if role == Qt.ItemDataRole.ToolTipRole and row.calendar is not None:
            units = "unknown" if row.calendar.units is None else str(row.calendar.units)
            return f"Room type {row.calendar.room_type_id} of listing {row.listing_id}; {units} units"
        return None
