"""The calendar's Problems box: runs of overbooked, drifting and sold-out days, and the Fix button.

The box only says "No problems" when every room type shown has a known unit count: without it no day can be
found overbooked, drifting or sold out, so silence would be a false all-clear. Room types whose units are unknown
are named instead, with where to give them (Edit listings… or Import listings…).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from colivingdesk.sync.calendar import RoomCalendar
from colivingdesk.ui.models.timeline_model import listing_title, room_title
from colivingdesk.ui.views.calendar_records import Problem, find_problems


def same_problem(a: Problem, b: Problem) -> bool:
    """Whether ``a`` and ``b`` are the same run of days with the same problems on the same room type (a re-read
    makes new calendars, so identity says nothing)."""
    return (a.calendar.room_type_id, a.calendar.listing_id, a.start, a.end, a.problems) == (
        b.calendar.room_type_id, b.calendar.listing_id, b.start, b.end, b.problems)


class ProblemsBox(QGroupBox):
    """The list of problems (fixable ones first, marked ⚠) and the Fix button for the chosen one."""

    chosen = Signal()  # the user chose a problem (or none): the timeline shows it, Fix follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Problems"))
        self.problems: list[Problem] = []
        layout = QVBoxLayout(self)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("calendarProblems")
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)
        layout.addWidget(self.problem_list, 1)
        self.fix_button = QPushButton(self.tr("Fix: review the push that resolves it"))
        self.fix_button.setObjectName("fixProblem")
        self.fix_button.setEnabled(False)
        layout.addWidget(self.fix_button)
        self.problem_list.itemSelectionChanged.connect(self._on_selection)

    def _on_selection(self) -> None:
        self.fix_button.setEnabled(self.fixable_chosen() is not None)
        self.chosen.emit()

    def fill(self, calendars: list[RoomCalendar]) -> None:
        """List the problems of ``calendars``, keeping the chosen one chosen if it is still there."""
        current = self.current()
        # Refilling is no choice by the user: the timeline must not scroll to the problem chosen again.
        blocker = QSignalBlocker(self.problem_list)
        self.problems = find_problems(calendars)
        self.problem_list.clear()
        for problem in self.problems:
            self.problem_list.addItem(QListWidgetItem(("⚠ " if problem.fixable else "") + problem.text()))
        unknown = [c for c in calendars if any(d.units is None for d in c.days)]
        if unknown:
            names = ", ".join(
                self.tr("{listing} · {room}").format(listing=listing_title(c), room=room_title(c)) for c in unknown)
            note = QListWidgetItem(self.tr(
                "Not checked: %n room types without a unit count ({names}). Overbooking, drift and sold-out "
                "days can only be found once their units are known: give them in \"Edit listings…\" or "
                "\"Import listings…\".", "", len(unknown)).format(names=names))
            note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.problem_list.addItem(note)
        elif not self.problems:
            self.problem_list.addItem(self.tr("No problems: nothing overbooked or drifting, nothing sold out."))
        row = next((n for n, p in enumerate(self.problems) if current and same_problem(p, current)), -1)
        self.problem_list.setCurrentRow(row)
        del blocker
        self.fix_button.setEnabled(self.fixable_chosen() is not None)

    def current(self) -> Problem | None:
        """The chosen problem, if a problem (not a note) is chosen. Chosen means selected: Qt makes the first row
        current, unselected, when the list merely gets the keyboard (a disabled button hands it on), and that
        is no reason to move the timeline."""
        selected = self.problem_list.selectedIndexes()
        row = selected[0].row() if selected else -1
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def fixable_chosen(self) -> Problem | None:
        problem = self.current()
        return problem if problem is not None and problem.fixable else None

    def matching(self, problem: Problem) -> Problem | None:
        """The listed problem that is ``problem`` (with the latest calendar), or None once it is gone."""
        return next((p for p in self.problems if same_problem(p, problem)), None)
