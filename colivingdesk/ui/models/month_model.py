"""A month of nights for one Coliving.com room type (or a whole listing): how many are booked, how many are
free.

Staff answer "is there a room from the 12th?" from this grid, so it is computed from the cached bookings (no
network) and the availability last accepted by the channel. The bookings of a month are read off the UI thread by
the view; this model only holds the result.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from colivingdesk.domain import Booking
from colivingdesk.store import BookingFilter, RoomType, Store
from colivingdesk.ui import theme

Index = QModelIndex | QPersistentModelIndex
DateRole = Qt.ItemDataRole.UserRole + 1
BookedRole = Qt.ItemDataRole.UserRole + 2


@dataclass(slots=True)
class DayCell:
    day: date
    in_month: bool
    guests: list[str] = field(default_factory=list)
    available: int | None = None

    @property
    def booked(self) -> int:
        return len(self.guests)


def month_grid(year: int, month: int) -> list[date]:
    """42 days (6 weeks, Monday first) covering the month, like a wall calendar."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(42)]


def read_month_bookings(
    reader: Store, listing_id: str, room_type_id: str | None, first: date, last: date, page: int = 500
) -> list[Booking]:
    """Non-cancelled bookings of a listing (optionally one room type) with a night in [first, last].

    Runs in an executor: a busy listing may have thousands of bookings, and the store sorts them by check-in,
    so the scan stops at the first booking that starts after ``last``.
    """
    f = BookingFilter(listing_id=listing_id, checkout_after=first.isoformat())
    found: list[Booking] = []
    after = None
    while True:
        rows = reader.page_bookings(f, after, page)
        for b in rows:
            if b.checkin > last.isoformat():
                return found
            if b.status == "cancelled" or (room_type_id and b.room_type_id != room_type_id):
                continue
            found.append(b)
        if len(rows) < page:
            return found
        after = (rows[-1].checkin, rows[-1].id)


@dataclass(slots=True)
class KnownRooms:
    """Listings (id -> name) and their room types, as far as the cache knows them."""

    listings: dict[str, str] = field(default_factory=dict)
    room_types: dict[str, list[RoomType]] = field(default_factory=dict)


def known_rooms(reader: Store) -> KnownRooms:
    """Listings and their room types as the cache knows them (sync records them from bookings and pushes).

    Runs in an executor with the other calendar reads.
    """
    known = KnownRooms()
    for listing in reader.list_listings():
        known.listings[listing.id] = listing.name
        known.room_types[listing.id] = []
    for rt in reader.list_room_types():
        known.listings.setdefault(rt.listing_id, "")
        known.room_types.setdefault(rt.listing_id, []).append(rt)
    for rts in known.room_types.values():
        rts.sort(key=lambda rt: ((rt.name or "").lower() or "\uffff", rt.id))
    return known


class MonthOccupancyModel(QAbstractTableModel):
    """6 x 7 cells (weeks x weekdays); display is the day number and the booked count."""

    HEADERS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.year, self.month = today.year, today.month
        self._cells = [DayCell(d, d.month == self.month) for d in month_grid(self.year, self.month)]

    def set_month(
        self, year: int, month: int, bookings: Iterable[Booking], available: dict[str, int]
    ) -> None:
        """Replace the grid: ``available`` maps ``YYYY-MM-DD`` or ``YYYY-MM`` to free units."""
        self.year, self.month = year, month
        cells = [DayCell(d, d.month == month) for d in month_grid(year, month)]
        by_day = {c.day: c for c in cells}
        for b in bookings:
            try:
                start, end = date.fromisoformat(b.checkin[:10]), date.fromisoformat(b.checkout[:10])
            except ValueError:
                continue
            night = max(start, cells[0].day)
            while night < end and night <= cells[-1].day:
                by_day[night].guests.append(b.guest_name or f"Booking {b.id}")
                night += timedelta(days=1)
        for c in cells:
            value = available.get(c.day.isoformat(), available.get(c.day.strftime("%Y-%m")))
            c.available = value
        self.beginResetModel()
        self._cells = cells
        self.endResetModel()

    def title(self) -> str:
        return f"{calendar.month_name[self.month]} {self.year}"

    def cell(self, row: int, column: int) -> DayCell | None:
        i = row * 7 + column
        return self._cells[i] if 0 <= row < 6 and 0 <= column < 7 else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < 6:
            return f"W{self._cells[section * 7].day.isocalendar().week}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        accents = theme.accents()
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(cell.day.day)]
            if cell.in_month:
                lines.append(f"{cell.booked} booked" if cell.booked else "free")
                if cell.available is not None:
                    lines.append(f"{cell.available} open")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [cell.day.isoformat()]
            if cell.available is not None:
                lines.append(f"{cell.available} open (as last sent to Coliving.com)")
            lines.extend(sorted(cell.guests) or ["No booking"])
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and cell.day == date.today():
            font = QFont()
            font.setBold(True)  # where "now" is, at a glance
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not cell.in_month:
            return accents.muted
        if role == Qt.ItemDataRole.BackgroundRole and cell.in_month and cell.booked:
            color = QColor(accents.coliving)
            color.setAlpha(min(200, 50 + 35 * cell.booked))
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == DateRole:
            return cell.day.isoformat()
        if role == BookedRole:
            return cell.booked
        return None
