"""The calendar's month box: go to a month, and always name the month the timeline shows.

The box follows the timeline: whatever moves it (Today, a chosen problem, a re-read after a push, the scroll
bar) the box names the month of the first day in view, so it never claims a month the grid has left.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from colivingdesk.sync.pushes import add_months


class MonthBox(QComboBox):
    """One entry per month of the timeline's span; its data is the first day of that month in the span."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarJump")
        self.setToolTip(self.tr("Go to a month"))
        self.setAccessibleName(self.tr("Go to a month"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(14)

    def fill(self, start: date, months: int) -> None:
        """The months from ``start``'s on, once (the span starts today and the box is filled on the first read)."""
        if self.count():
            return
        locale = QLocale()
        first = start.replace(day=1)
        for n in range(months + 1):
            month = add_months(first, n)
            self.addItem(self.tr("{month} {year}").format(
                month=locale.standaloneMonthName(month.month), year=month.year), max(month, start))

    def follow(self, day: date | None) -> None:
        """Name the month of ``day``, the first day in view (without counting as a choice to go there)."""
        if day is None:
            return
        found = next((n for n in range(self.count()) if (d := self.itemData(n)) is not None
                      and (d.year, d.month) == (day.year, day.month)), -1)
        if found >= 0 and found != self.currentIndex():
            blocker = QSignalBlocker(self)
            self.setCurrentIndex(found)
            del blocker
