"""What the window shows while a sync's change sets arrive in bursts.

The attention counts are read off the event loop; change sets that arrive during a read share the next one.
What the operator sees must not suffer for it: the badge ends on the true count, never goes back to an older
one, and the messages that arrived are announced exactly once in total. A batch of changed bookings re-reads the
words of the conversations behind those bookings only.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtWidgets import QWidget

from colivingdesk.store import ThreadFilter
from colivingdesk.sync import ChangeSet


def _announced_messages(titles: list[str]) -> int:
    """How many new guest messages the notices announced ("New message from …" is one, "3 new messages" three)."""
    total = 0
    for title in titles:
        counted = re.match(r"(\d+) new messages", title)
        if counted:
            total += int(counted.group(1))
        elif title.startswith("New message"):
            total += 1
    return total


def test_a_burst_of_change_sets_ends_on_the_true_counts_and_announces_each_message_once(
    main_window: Any, qtbot: Any
) -> None:
    other = QWidget()  # the operator is in another window: new messages are notified
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main_window.isActiveWindow(), timeout=3000)
    store, sidebar = main_window.ctx.store, main_window.sidebar_model
    threads = store.page_threads(ThreadFilter(), None, 6)
    assert len(threads) == 6
    for thread in threads:
        store.mark_thread_read(thread.channel, thread.external_id)
    main_window.refresh_badges()
    before = sidebar.badge("inbox")
    shown: list[int] = []
    sidebar.dataChanged.connect(lambda *_: shown.append(sidebar.badge("inbox")))
    raised: list[str] = []
    main_window.notified.connect(lambda title, _text: raised.append(title))

    for thread in threads:  # one change set per conversation, sent back to back as a sync sends them
        store.mark_thread_unread(thread.channel, thread.external_id)
        main_window.ctx.changes.emit(ChangeSet({"threads": {thread.key}}))

    after = before + len(threads)
    qtbot.waitUntil(lambda: sidebar.badge("inbox") == after and not main_window.attention.busy, timeout=5000)
    assert main_window.windowTitle().startswith(f"({after})")
    assert shown == sorted(shown), shown  # never back to an older count on the way
    assert _announced_messages(raised) == len(threads), raised


def test_a_changed_booking_renames_its_conversation_and_leaves_the_others_as_they_were(
    main_window: Any, qtbot: Any
) -> None:
    inbox, store = main_window.inbox, main_window.ctx.store
    threads = [t for t in store.page_threads(ThreadFilter(), None, 500) if t.booking_id]
    assert len(threads) >= 2
    first, second = threads[0], threads[1]
    subjects = {t.key: inbox.subject_of(t) for t in (first, second)}
    for thread, room in ((first, "Garden Room"), (second, "Attic Room")):
        booking = store.get_booking(thread.booking_id)
        assert booking is not None
        store.upsert_bookings([dataclasses.replace(booking, room_type_name=room, has_detail=True)])

    main_window.ctx.changes.emit(ChangeSet({"bookings": {first.booking_id}}))  # only the first one said so

    assert inbox.subject_of(first).endswith(" · Garden Room"), inbox.subject_of(first)
    # Nothing said the second changed: its name is the one already read, not read again at every booking batch.
    assert inbox.subject_of(second) == subjects[second.key]
    main_window.ctx.changes.emit(ChangeSet({"bookings": {second.booking_id}}))
    assert inbox.subject_of(second).endswith(" · Attic Room"), inbox.subject_of(second)

    # A sync's change set naming thousands of conversations, this one among them, renames it too.
    booking = store.get_booking(first.booking_id)
    assert booking is not None
    store.upsert_bookings([dataclasses.replace(booking, room_type_name="Loft Room", has_detail=True)])
    many = {first.key, *(f"coliving:elsewhere-{n}" for n in range(2000))}
    main_window.ctx.changes.emit(ChangeSet({"threads": many}))
    assert inbox.subject_of(first).endswith(" · Loft Room"), inbox.subject_of(first)
