"""One click on a conversation in the list opens that conversation, whatever was open before.

Qt makes a clicked row current before it selects it; the list must not mistake that for focus passing through,
or the row is highlighted while the pane keeps showing another guest (whose reply box then sends to them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _click_row(qtbot: Any, inbox: Any, row: int) -> str:
    index = inbox.threads.index(row, 0)
    inbox.thread_list.scrollTo(index)
    qtbot.mouseClick(
        inbox.thread_list.viewport(), Qt.MouseButton.LeftButton, pos=inbox.thread_list.visualRect(index).center()
    )
    return str(inbox.threads.record(row).key)


def _opened(inbox: Any, key: str) -> bool:
    row = inbox.threads.row_of(key)
    shown = inbox.current_key == key and inbox.right.currentIndex() == 1
    return shown and row >= 0 and inbox.thread_list.currentIndex().row() == row


def test_the_first_click_after_opening_the_window_opens_the_row_clicked(main_window: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() >= 3, timeout=5000)
    assert not inbox.thread_list.currentIndex().isValid() and inbox.current_key is None
    key = _click_row(qtbot, inbox, 2)
    qtbot.waitUntil(lambda: _opened(inbox, key), timeout=3000)
    assert inbox.title.text() == inbox.participant_of(inbox.current_thread)


def test_a_click_after_the_list_was_filtered_opens_the_row_clicked(main_window: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    qtbot.waitUntil(lambda: inbox.threads.rowCount() >= 3, timeout=5000)
    first = _click_row(qtbot, inbox, 0)
    qtbot.waitUntil(lambda: _opened(inbox, first), timeout=3000)
    inbox.search.setText("a")  # the list is read again
    qtbot.waitUntil(lambda: inbox.threads.filter.text == "a" and inbox.threads.rowCount() >= 2, timeout=5000)
    other = next(r for r in range(inbox.threads.rowCount()) if inbox.threads.record(r).key != first)
    key = _click_row(qtbot, inbox, other)
    qtbot.waitUntil(lambda: _opened(inbox, key), timeout=3000)
