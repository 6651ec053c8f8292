"""Every line of the calendar's availability side says what is true now: the month box names the month in view,
a fix's review says what it sends and cannot be replaced unseen, a push's result goes when a new review starts,
a fix goes with its problem, and the Problems box never gives an all-clear it cannot know."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt

from colivingdesk.domain import Channel
from colivingdesk.sync import Service
from colivingdesk.sync.pushes import add_months
from colivingdesk.ui.models.timeline_model import MAX_LANES, BarsRole, HiddenBarsRole, locale_date
from colivingdesk.ui.views.calendar_view import CalendarView
from ui.test_calendar_window import (  # noqa: F401
    calendar,
    future_booking_day,
    open_calendar,
    select,
)


def month_name(day: date) -> str:
    return f"{QLocale().standaloneMonthName(day.month)} {day.year}"


def first_day_in_view(calendar: CalendarView) -> date:  # noqa: F811
    day = calendar.model.day_at(calendar.grid.columnAt(0))
    assert day is not None
    return day


def problem_texts(calendar: CalendarView) -> list[str]:  # noqa: F811
    return [calendar.problem_list.item(n).text() for n in range(calendar.problem_list.count())]


def push_units(calendar: CalendarView, service: Service, qtbot: Any, aio: Any, units: str) -> None:  # noqa: F811
    """Type ``units`` for the selected days, queue the row and let Coliving.com accept it."""
    calendar.panel.number.setText(units)
    calendar.panel.number.textEdited.emit(units)
    assert calendar.panel.review.rowCount() >= 1
    qtbot.mouseClick(calendar.panel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Queued"), timeout=5000)
    aio.run(service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: calendar.panel.state.text().startswith("Sent"), timeout=10_000)
    aio.settle()


def test_the_month_box_names_the_month_in_view_after_a_push_and_a_chosen_problem(
    calendar: CalendarView, synced_service: Service, qtbot: Any, aio: Any  # noqa: F811
) -> None:
    later = add_months(date.today().replace(day=1), 2)
    index = calendar.jump.findText(month_name(later))
    calendar.jump.setCurrentIndex(index)
    calendar.jump.activated.emit(index)
    assert first_day_in_view(calendar) == later

    select(calendar, "38753", later + timedelta(days=1), later + timedelta(days=3))
    push_units(calendar, synced_service, qtbot, aio, "6")
    # The calendar was read again after the push: it stays where it was, and the box says so.
    assert first_day_in_view(calendar).replace(day=1) == later
    assert calendar.jump.currentText() == month_name(later)

    # Choosing a problem brings its first day into view: the box follows.
    row = next(n for n, p in enumerate(calendar.problems) if p.start.replace(day=1) != later)
    calendar.problem_list.setCurrentRow(row)
    shown = first_day_in_view(calendar)
    assert calendar.jump.currentText() == month_name(shown)
    assert shown.replace(day=1) != later


def test_a_fix_says_what_it_sends_drops_the_last_result_and_goes_with_its_problem(
    calendar: CalendarView, main_window: Any, synced_service: Service, qtbot: Any, aio: Any  # noqa: F811
) -> None:
    room = "66713"  # one unit
    day = future_booking_day(main_window.ctx.reader, room)
    select(calendar, room, day, day)
    push_units(calendar, synced_service, qtbot, aio, "1")  # a unit offered that is taken: drift
    assert calendar.panel.state.text() == "Sent: Coliving.com accepted the availability."

    def drifting() -> list[int]:
        return [n for n, t in enumerate(problem_texts(calendar)) if "drift" in t and locale_date(day) in t]

    qtbot.waitUntil(lambda: bool(drifting()), timeout=10_000)
    drift_row = drifting()[0]
    calendar.problem_list.setCurrentRow(drift_row)
    qtbot.mouseClick(calendar.fix_button, Qt.MouseButton.LeftButton)
    panel = calendar.panel
    assert panel.selection.text().startswith("Fix: ") and "drift" in panel.selection.text()
    assert panel.review.rowCount() == 1 and panel.review.item(0, 4).text() == "0"
    # The rows set each day to its free units, and that is the choice shown; nothing typed can replace them.
    assert panel.free_choice.isChecked() and not panel.number_choice.isChecked()
    assert not panel.number.isEnabled() and not panel.number_choice.isEnabled()
    # The last push's result is not this review's: it is gone.
    assert panel.state.text() == ""

    # Someone else sends the same fix (another desk, the command line): the drift ends, and so does the review.
    aio.run(synced_service.push_availability(panel.rows()), timeout=10_000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: not drifting(), timeout=10_000)
    aio.settle()
    assert panel.selection.text() == panel.hint()
    assert panel.review.rowCount() == 0 and not panel.confirm.isEnabled()
    assert panel.number.isEnabled() and panel.number_choice.isEnabled()


def test_a_new_review_drops_the_last_push_s_result(
    calendar: CalendarView, synced_service: Service, qtbot: Any, aio: Any  # noqa: F811
) -> None:
    first = date.today() + timedelta(days=30)
    select(calendar, "38753", first, first + timedelta(days=2))
    push_units(calendar, synced_service, qtbot, aio, "6")
    assert calendar.panel.state.text().startswith("Sent")

    select(calendar, "38753", first + timedelta(days=10), first + timedelta(days=12))
    qtbot.mouseClick(calendar.panel.free_choice, Qt.MouseButton.LeftButton)
    assert calendar.panel.review.rowCount() >= 1
    assert calendar.panel.state.text() == ""


def test_problems_are_not_cleared_while_unit_counts_are_unknown(
    main_window: Any, qtbot: Any, aio: Any
) -> None:
    view = open_calendar(main_window, qtbot, aio)  # no register: units known from nowhere
    assert all(d.units is None for c in view.model.calendars() for d in c.days)
    texts = problem_texts(view)
    assert not any(t.startswith("No problems") for t in texts)
    note = texts[-1]
    assert note.startswith("Not checked:") and "without a unit count" in note
    assert "Edit listings…" in note
    assert not view.fix_button.isEnabled()


def test_no_stay_is_hidden_behind_a_count_while_a_lane_is_empty(
    calendar: CalendarView,  # noqa: F811
) -> None:
    model = calendar.model
    hidden_somewhere = False
    for row in range(model.rowCount()):
        info = model.row_info(row)
        if info is None or info.calendar is None:
            continue
        for column in range(model.columnCount()):
            index = model.index(row, column)
            bars = index.data(BarsRole) or []
            hidden = index.data(HiddenBarsRole) or 0
            lanes = [lane for lane, _booking in bars]
            assert len(set(lanes)) == len(lanes), (info.title, model.day_at(column))  # one bar per lane
            if hidden:
                hidden_somewhere = True
                # "+N" only when every lane drawn that day is taken.
                assert len(bars) == MAX_LANES, (info.title, model.day_at(column), lanes, hidden)
    assert hidden_somewhere  # the demo has days with more stays than lanes
