"""The window's event loop lets go of what a sync no longer needs: cancelled timeouts.

Every HTTP request arms timeouts on the loop and cancels them when the answer comes; the loop must drop a
cancelled one at once rather than keep it (and a Qt timer) until it would have fired, or a large sync keeps
thousands alive for the collector to walk while the window waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from colivingdesk.ui.qt_loop import EventLoop


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[EventLoop]:
    created = EventLoop(qapp)
    try:
        yield created
    finally:
        created.close()


def test_a_cancelled_delayed_call_is_dropped_at_once_and_never_runs(qtbot: Any, loop: EventLoop) -> None:
    ran: list[str] = []
    timeouts = [loop.call_later(30, ran.append, f"timeout {i}") for i in range(50)]
    soon = loop.call_later(0.01, ran.append, "due")
    assert loop.pending_delayed_calls() == 51

    for handle in timeouts:
        handle.cancel()
    assert loop.pending_delayed_calls() == 1

    qtbot.waitUntil(lambda: ran == ["due"], timeout=2000)
    assert loop.pending_delayed_calls() == 0
    soon.cancel()  # after it ran: harmless
    assert ran == ["due"]


def test_call_at_runs_in_time_order_and_close_drops_what_is_left(qtbot: Any, qapp: QApplication) -> None:
    loop = EventLoop(qapp)
    ran: list[str] = []
    now = loop.time()
    loop.call_at(now + 0.05, ran.append, "second")
    loop.call_at(now + 0.01, ran.append, "first")
    loop.call_later(60, ran.append, "never")
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=2000)
    assert ran == ["first", "second"]

    loop.close()
    assert loop.pending_delayed_calls() == 0
    qtbot.wait(20)
    assert ran == ["first", "second"]

