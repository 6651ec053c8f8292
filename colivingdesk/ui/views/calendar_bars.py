"""Booking bars on the calendar: each confirmed or pending stay drawn from check-in to check-out on its room type's
row, under the day's numbers, with the guest's name where it fits.

Overlapping stays take separate lanes (the model's :data:`~colivingdesk.ui.models.timeline_model.BarsRole`), up to
``MAX_LANES`` a row; more are counted in the cell ("+2"). Confirmed stays are solid, pending ones hatched, so the
status is never carried by colour alone, and each bar's tooltip and the cell's accessible text say it in words.
A bar is painted cell by cell, each cell drawing its slice of the whole bar (clipped to itself), so the name runs
on across the days.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolTip, QWidget

from colivingdesk.domain import Booking
from colivingdesk.ui import theme
from colivingdesk.ui.models.timeline_model import (
    MAX_LANES,
    BarsRole,
    HiddenBarsRole,
    TimelineModel,
    booking_text,
)

#: Height of the numbers at the top of a cell, and of one lane of bars under them.
TEXT_HEIGHT = 34
LANE_HEIGHT = 17
_MIN_NAME_WIDTH = 36  # narrower bars show no name (their tooltip still does)

Index = QModelIndex | QPersistentModelIndex


#: Height of the strip under the lanes that counts the stays without a bar ("+2"), on rows that have such stays.
MORE_HEIGHT = 13


def row_height(lanes: int, more: bool = False) -> int:
    """A room type row's height for ``lanes`` lanes of bars, and the "+N" strip when ``more``."""
    return TEXT_HEIGHT + lanes * LANE_HEIGHT + (MORE_HEIGHT if more else 0) + (4 if lanes else 6)


def lane_at(rect: QRect, y: int) -> int:
    """The lane under ``y`` in a cell drawn in ``rect``; -1 above the lanes."""
    offset = y - rect.top() - TEXT_HEIGHT
    return -1 if offset < 0 else offset // LANE_HEIGHT


class BookingBarDelegate(QStyledItemDelegate):
    """Paints a cell's numbers in its upper part and its slices of booking bars under them."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(rect, QBrush(background))
        if option.state & QStyle.StateFlag.State_Selected:
            highlight = QColor(option.palette.highlight().color())
            highlight.setAlpha(110)
            painter.fillRect(rect, highlight)
        top = QStyleOptionViewItem(option)
        self.initStyleOption(top, index)
        top.rect = QRect(rect.left(), rect.top(), rect.width(), min(rect.height(), TEXT_HEIGHT))
        # Filled once above: a second fill of the translucent state colour (what the base class would do)
        # doubles it under the numbers and takes their contrast below what the theme promises.
        top.backgroundBrush = QBrush()
        top.state &= ~QStyle.StateFlag.State_Selected
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, top, painter, self.view)
        bars = index.data(BarsRole) or []
        if bars:
            painter.save()
            painter.setClipRect(rect)
            for lane, booking in bars:
                self._paint_bar(painter, rect, index, lane, booking)
            painter.restore()
        hidden = index.data(HiddenBarsRole) or 0
        if hidden:
            painter.save()
            painter.setPen(option.palette.text().color())
            strip = QRect(rect.left(), rect.top() + TEXT_HEIGHT + MAX_LANES * LANE_HEIGHT, rect.width(), MORE_HEIGHT)
            painter.drawText(strip, int(Qt.AlignmentFlag.AlignCenter), f"+{hidden}")
            painter.restore()

    def _paint_bar(self, painter: QPainter, cell: QRect, index: Index, lane: int, booking: Booking) -> None:
        model = index.model()
        assert isinstance(model, TimelineModel)
        first, last = model.piece_columns(index.row(), lane, booking, index.column())
        left = self.view.columnViewportPosition(first)
        right = self.view.columnViewportPosition(last) + self.view.columnWidth(last)
        # The whole bar in viewport coordinates, drawn clipped to this cell: neighbours draw the rest.
        bar = QRect(left + 2, cell.top() + TEXT_HEIGHT + lane * LANE_HEIGHT + 1, right - left - 4, LANE_HEIGHT - 3)
        accents = theme.accents()
        pending = booking.status.lower() == "pending"
        fill = QColor(accents.ok if not pending else accents.warn)
        if pending:
            fill.setAlpha(150)
        painter.setPen(QPen(fill.darker(150), 1))
        painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern if pending else Qt.BrushStyle.SolidPattern))
        painter.drawRoundedRect(bar, 4, 4)
        if bar.width() >= _MIN_NAME_WIDTH:
            name = booking.guest_name or self.tr("Booking {id}").format(id=booking.id)
            if pending:
                name = self.tr("{name} (pending)").format(name=name)
            # A solid bar is filled with an accent: its name in the colour made for text on accents. A pending
            # bar is hatched, the cell's background shows through: the view's text colour.
            painter.setPen(self.view.palette().text().color() if pending else accents.on_accent)
            text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, bar.width() - 8)
            painter.drawText(bar.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             text)

    def booking_at(self, index: Index, point: QPoint) -> Booking | None:
        """The booking whose bar is under ``point`` (viewport coordinates) in ``index``'s cell."""
        if not index.isValid():
            return None
        lane = lane_at(self.view.visualRect(self.view.model().index(index.row(), index.column())), point.y())
        return next((b for n, b in index.data(BarsRole) or [] if n == lane), None)

    def helpEvent(self, event: QHelpEvent, view: object, option: QStyleOptionViewItem, index: Index) -> bool:
        """A bar's own tooltip names its booking; elsewhere the cell's tooltip says the day."""
        booking = self.booking_at(index, event.pos())
        if booking is None or not isinstance(view, QWidget):
            return super().helpEvent(event, view, option, index)  # type: ignore[arg-type]
        QToolTip.showText(event.globalPos(), self.tr("{booking}\nClick to open it.").format(
            booking=booking_text(booking)), view)
        return True


class BarActivation(QObject):
    """Turns a click on a bar (press and release on the same bar) or Enter on a cell into ``activated``.

    ``activated(booking_id)`` for one booking; ``chooseAmong(index)`` when Enter is pressed on a cell crossed by
    several bars, so the view can offer a list.
    """

    activated = Signal(str)
    chooseAmong = Signal(QModelIndex)

    def __init__(self, view: QTableView, delegate: BookingBarDelegate) -> None:
        super().__init__(view)
        self.view = view
        self.delegate = delegate
        self._pressed: tuple[str, tuple[int, int]] | None = None  # booking id and cell under the press
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # The viewport is asked for each time: a Python wrapper kept from construction was found invalidated by
        # PySide while the widget lived on, and then never matched, so clicks on bars did nothing.
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and watched is self.view.viewport():
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.LeftButton:
                self._mouse(kind, event.position().toPoint())
        elif kind == QEvent.Type.KeyPress and watched is self.view:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._enter()
        return False

    def _mouse(self, kind: QEvent.Type, point: QPoint) -> None:
        """A click opens the bar's booking; a drag (release on another day) is a range selection, not a click."""
        index = self.view.indexAt(point)
        booking = self.delegate.booking_at(index, point)
        where = (index.row(), index.column())
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = (booking.id, where) if booking is not None else None
            return
        if booking is not None and self._pressed == (booking.id, where):
            self.activated.emit(booking.id)
        self._pressed = None

    def _enter(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        bars = index.data(BarsRole) or []
        hidden = index.data(HiddenBarsRole) or 0
        if len(bars) == 1 and not hidden:
            self.activated.emit(bars[0][1].id)
            return True
        if bars or hidden:
            self.chooseAmong.emit(index)
            return True
        return False
