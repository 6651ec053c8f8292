"""The inbox on the sandbox: unread for both channels, Mark unread and Done, the filters, a booking's first
message, and the composer refusing what cannot be sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from colivingdesk.domain import Channel, Message, Thread
from colivingdesk.store import ThreadFilter
from colivingdesk.sync import Service
from colivingdesk.ui import formatting
from colivingdesk.ui.models.inbox_models import OWN_SENDERS
from colivingdesk.ui.views.inbox_view import CLOSED_CONVERSATION


def _rows(inbox: Any) -> list[Thread]:
    return [inbox.threads.record(i) for i in range(inbox.threads.rowCount())]


def _thread(window: Any, channel: Channel) -> Thread:
    return window.ctx.reader.page_threads(ThreadFilter(channel=channel), None, 1)[0]


def _unread(window: Any, thread: Thread) -> int:
    fresh = window.ctx.reader.get_thread(thread.channel, thread.external_id)
    return int(fresh.unread_count)


def _select(inbox: Any, qtbot: Any, key: str) -> None:
    row = inbox.threads.load_until(key)
    assert row >= 0, key
    inbox.thread_list.setCurrentIndex(inbox.threads.index(row, 0))
    qtbot.waitUntil(lambda: inbox.current_key == key, timeout=15000)


def test_coliving_guest_message_is_unread_until_opened(
    main_window: Any, synced_service: Service, sandbox: Any, aio: Any, qtbot: Any
) -> None:
    inbox, sidebar = main_window.inbox, main_window.sidebar_model
    thread = _thread(main_window, Channel.COLIVING)
    aio.run(synced_service.mark_thread_read(thread.channel, thread.external_id))
    main_window.refresh_badges()
    before = sidebar.badge("inbox")
    unread_elsewhere = main_window.ctx.reader.attention_counts().unread_threads

    sandbox.sandbox.admin.guest_message(int(thread.external_id), "Is there parking nearby?")
    aio.run(synced_service.refresh_thread(Channel.COLIVING, thread.external_id))
    qtbot.waitUntil(lambda: sidebar.badge("inbox") == before + 1, timeout=15000)
    row = inbox.threads.row_of(thread.key)
    assert inbox.threads.record(row).unread_count == 1
    assert inbox.threads.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()

    inbox.filters.select_show("unread")
    qtbot.waitUntil(lambda: inbox.threads.filter.unread_only, timeout=15000)
    listed = _rows(inbox)
    assert thread.key in [t.key for t in listed]
    assert all(t.unread_count > 0 for t in listed)

    _select(inbox, qtbot, thread.key)
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 0, timeout=15000)
    qtbot.waitUntil(lambda: sidebar.badge("inbox") == before, timeout=15000)
    qtbot.waitUntil(lambda: inbox.threads.row_of(thread.key) < 0, timeout=15000)  # read: not "Unread" now
    aio.settle()
    # The open conversation stays open, and no other unread thread was opened (and read) in its place.
    assert inbox.current_key == thread.key
    assert main_window.ctx.reader.attention_counts().unread_threads == unread_elsewhere


def test_mark_unread_and_done_then_a_new_message_brings_it_back(
    main_window: Any, synced_service: Service, sandbox: Any, aio: Any, qtbot: Any
) -> None:
    inbox, sidebar = main_window.inbox, main_window.sidebar_model
    thread = _thread(main_window, Channel.BMC)
    _select(inbox, qtbot, thread.key)
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 0, timeout=15000)
    aio.settle()
    main_window.refresh_badges()
    before = sidebar.badge("inbox")

    qtbot.mouseClick(inbox.unread_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 1, timeout=15000)
    qtbot.waitUntil(lambda: sidebar.badge("inbox") == before + 1, timeout=15000)
    aio.settle()
    assert _unread(main_window, thread) == 1  # still open, but not read again behind the user's back
    row = inbox.threads.row_of(thread.key)
    assert inbox.threads.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()

    # The context menu on the row offers "Mark as read" for an unread thread.
    rect = inbox.thread_list.visualRect(inbox.threads.index(row, 0))
    inbox.marks.show_menu(rect.center())
    labels = {a.text(): a for a in inbox.marks.thread_menu.actions()}
    assert set(labels) == {"Mark as read", "Done (archive)"}
    inbox.marks.thread_menu.close()
    labels["Mark as read"].trigger()
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 0, timeout=15000)

    qtbot.mouseClick(inbox.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.threads.row_of(thread.key) < 0, timeout=15000)
    assert inbox.current_key is None and inbox.right.currentIndex() == 0
    inbox.filters.select_show("archived")
    qtbot.waitUntil(lambda: thread.key in [t.key for t in _rows(inbox)], timeout=15000)
    inbox.filters.select_show("inbox")

    sandbox.sandbox.admin.tenant_message("One more thing: is there a gym?", thread_id=thread.external_id)
    aio.run(synced_service.refresh_thread(Channel.BMC, thread.external_id))
    qtbot.waitUntil(lambda: inbox.threads.row_of(thread.key) >= 0, timeout=15000)
    assert inbox.threads.record(inbox.threads.row_of(thread.key)).unread_count == 1


def test_keyboard_marks_unread_and_archives_the_open_thread(main_window: Any, aio: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    thread = _thread(main_window, Channel.COLIVING)
    _select(inbox, qtbot, thread.key)
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 0, timeout=15000)
    main_window.activateWindow()
    inbox.thread_list.setFocus()
    qtbot.waitUntil(inbox.thread_list.hasFocus, timeout=15000)
    qtbot.keyClick(inbox.thread_list, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _unread(main_window, thread) == 1, timeout=15000)
    qtbot.keyClick(inbox.thread_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inbox.threads.row_of(thread.key) < 0, timeout=15000)
    aio.settle()
    assert _unread(main_window, thread) == 0  # done means read
    assert main_window.ctx.reader.get_thread(thread.channel, thread.external_id, ThreadFilter(archived=True))


def test_needs_reply_and_place_filters(main_window: Any, qtbot: Any) -> None:
    inbox, reader = main_window.inbox, main_window.ctx.reader
    everything = inbox.threads.total()
    inbox.filters.select_show("needs_reply")
    qtbot.waitUntil(lambda: inbox.threads.filter.needs_reply, timeout=15000)
    waiting = _rows(inbox)
    assert 0 < len(waiting) < everything
    for thread in waiting:
        stored = [m for m in reader.messages_for_thread(thread.channel, thread.external_id)
                  if isinstance(m, Message)]
        if stored:
            assert stored[-1].sender not in OWN_SENDERS, thread.key
        else:
            assert thread.unread_count > 0, thread.key
    inbox.filters.select_show("inbox")

    coliving = _thread(main_window, Channel.COLIVING)
    booking = reader.get_booking(coliving.external_id)
    assert booking is not None
    places = inbox.filters.place_filter
    places.setCurrentIndex(places.findData(f"coliving:{booking.listing_id}"))
    qtbot.waitUntil(lambda: inbox.threads.filter.listing_id == booking.listing_id, timeout=15000)
    listed = _rows(inbox)
    assert coliving.key in [t.key for t in listed]
    assert all(reader.get_booking(str(t.booking_id)).listing_id == booking.listing_id for t in listed)

    bmc = _thread(main_window, Channel.BMC)
    places.setCurrentIndex(places.findData(f"bmc:{bmc.property_id}"))
    qtbot.waitUntil(lambda: inbox.threads.filter.property_id == bmc.property_id, timeout=15000)
    listed = _rows(inbox)
    assert bmc.key in [t.key for t in listed]
    assert {t.property_id for t in listed} == {bmc.property_id}


def test_reply_states_from_sending_to_refused_to_sent(
    main_window: Any, synced_service: Service, sandbox: Any, aio: Any, qtbot: Any
) -> None:
    from colivingdesk.ui.models.inbox_models import StateTextRole

    inbox = main_window.inbox
    thread = _thread(main_window, Channel.COLIVING)
    _select(inbox, qtbot, thread.key)
    sandbox.sandbox.admin.configure({"faults": "error:count=1,status=403,method=POST,path=/coliving/"})
    text = "The keys are in the lockbox."

    def state() -> str:
        rows = [i for i, item in enumerate(inbox.conversation.items()) if item.text == text]
        return str(inbox.conversation.index(rows[-1]).data(StateTextRole)) if rows else ""

    inbox.composer.editor.setPlainText(text)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state() != "", timeout=15000)
    assert state() == "Sending..."  # the account is online: it goes at the next delivery
    qtbot.waitUntil(lambda: main_window.sidebar_model.pending("inbox") == 1, timeout=15000)
    qtbot.waitUntil(lambda: inbox.words.unsent_preview(thread) == f"You (not sent): {text}", timeout=15000)

    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: state().startswith("Not sent: "), timeout=10_000)
    reason = state().removeprefix("Not sent: ")
    assert reason and reason == inbox.replies.failed_items()[0].error
    assert inbox.replies.failed_label.text() == f"Not sent: {reason}"
    assert inbox.replies.retry_button.isVisible() and inbox.replies.discard_button.isVisible()

    qtbot.mouseClick(inbox.replies.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state() == "Sending...", timeout=15000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: state().startswith("Sent "), timeout=10_000)
    sent = next(i for i in inbox.conversation.items() if i.text == text and i.state is None)
    assert state() == f"Sent {formatting.clock(sent.at)}"
    qtbot.waitUntil(lambda: main_window.sidebar_model.pending("inbox") == 0, timeout=15000)
    qtbot.waitUntil(lambda: inbox.words.unsent_preview(thread) is None, timeout=15000)


def test_messages_on_a_booking_without_messages_opens_its_empty_conversation(
    main_window: Any, qtbot: Any, aio: Any
) -> None:
    inbox, bookings, reader = main_window.inbox, main_window.bookings, main_window.ctx.reader
    other = _thread(main_window, Channel.BMC)
    _select(inbox, qtbot, other.key)
    inbox.composer.editor.setPlainText("Draft for the other guest")
    inbox.composer.flush_draft()

    main_window.show_view("bookings")
    model = bookings.model
    booking = next(
        model.record(i) for i in range(model.rowCount())
        if reader.get_thread(Channel.COLIVING, model.record(i).id) is None
    )
    assert bookings.select_id(booking.id)
    qtbot.mouseClick(bookings.messages_button, Qt.MouseButton.LeftButton)

    key = f"coliving:{booking.id}"
    assert main_window.current_view_key() == "inbox"
    assert inbox.current_key == key
    assert inbox.conversation.rowCount() == 0
    assert inbox.title.text() == (booking.guest_name or "Guest")
    assert formatting.day(booking.checkin) in inbox.subtitle.text()
    assert formatting.day(booking.checkout) in inbox.subtitle.text()
    assert inbox.composer.text() == ""
    assert not inbox.thread_list.currentIndex().isValid()

    inbox.composer.editor.setPlainText("Welcome! Anything you need before you arrive?")
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.conversation.rowCount() == 1, timeout=15000)
    aio.settle()
    assert [i.target for i in main_window.ctx.store.list_outbox() if i.kind == "reply"] == [booking.id]
    assert inbox.drafts.get(other.key) == "Draft for the other guest"


def test_composer_refuses_empty_and_closed_and_clears_when_fixed(
    main_window: Any, synced_service: Service, sandbox: Any, aio: Any, qtbot: Any
) -> None:
    inbox, composer, store = main_window.inbox, main_window.inbox.composer, main_window.ctx.store
    thread = _thread(main_window, Channel.COLIVING)
    _select(inbox, qtbot, thread.key)

    composer.editor.setPlainText("   \n ")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert composer.error.isVisible() and "empty" in composer.error.text()
    composer.editor.setPlainText("Hello")
    assert not composer.error.isVisible()

    composer.editor.setPlainText("x" * 5001)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert composer.error.isVisible() and "5,000" in composer.error.text()
    composer.editor.setPlainText("x" * 5000)
    assert not composer.error.isVisible()

    sandbox.sandbox.admin.change_booking(int(thread.external_id), status="cancelled")
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: composer.error.isVisible(), timeout=15000)
    assert composer.error.text() == CLOSED_CONVERSATION
    composer.editor.setPlainText("Sorry to see you go.")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    aio.settle()
    assert composer.text() == "Sorry to see you go."
    assert not [i for i in store.list_outbox() if i.kind == "reply"]

    sandbox.sandbox.admin.change_booking(int(thread.external_id), status="confirmed")
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: not composer.error.isVisible(), timeout=15000)


def test_changed_models_pass_modeltester(main_window: Any, qtmodeltester: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    for show in ("unread", "needs_reply", "archived", "inbox"):
        inbox.filters.select_show(show)
        qtmodeltester.check(inbox.threads)
    _select(inbox, qtbot, _thread(main_window, Channel.COLIVING).key)
    qtmodeltester.check(inbox.conversation)
    qtmodeltester.check(main_window.sidebar_model)


def test_reply_state_words_follow_the_outbox_and_the_account(
    store: Any, profile: Any, qtmodeltester: Any
) -> None:
    import sqlite3
    from datetime import UTC, datetime, timedelta

    from colivingdesk.store import open_store
    from colivingdesk.ui.models.inbox_models import ConversationModel, StateTextRole

    at = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    store.upsert_messages([
        Message(Channel.BMC, "u1", "m1", "guest", "Is it free?", created_at=at),
        Message(Channel.BMC, "u1", "m2", "host", "Yes", created_at=at + timedelta(minutes=3)),
    ])
    queued = store.enqueue(Channel.BMC, "reply", "u1", {"text": "queued"}, "k1")
    waiting = store.enqueue(Channel.BMC, "reply", "u1", {"text": "waiting"}, "k2")
    sending = store.enqueue(Channel.BMC, "reply", "u1", {"text": "sending"}, "k3")
    held = store.enqueue(Channel.BMC, "reply", "u1", {"text": "held"}, "k4")
    failed = store.enqueue(Channel.BMC, "reply", "u1", {"text": "failed"}, "k5")
    store.mark_sending(sending.id)
    until = datetime(2026, 4, 1, 10, 30, tzinfo=UTC)
    store.hold(held.id, until, "Waiting for the 60 replies per hour limit to reopen.")
    store.mark_sending(failed.id)
    store.mark_failed(failed.id, "The property is not published.")
    with sqlite3.connect(profile.database) as conn:  # what the sender stores for a queued item that waits
        conn.execute("UPDATE outbox SET error = ? WHERE id = ?", ("BookMyColiving asked to wait 30 s", waiting.id))
    assert queued.state.value == "queued"

    account = {"state": "up_to_date"}
    reader = open_store(profile.database, read_only=True)
    try:
        model = ConversationModel(reader, account_state=lambda _channel: account["state"])
        model.set_thread("bmc:u1")
        qtmodeltester.check(model)

        def words() -> dict[str, str]:
            return {item.text: str(model.index(row).data(StateTextRole))
                    for row, item in enumerate(model.items())}

        assert words() == {
            "Is it free?": "",
            "Yes": f"Sent {formatting.clock(at + timedelta(minutes=3))}",
            "queued": "Sending...",
            "waiting": "Queued: BookMyColiving asked to wait 30 s",
            "sending": "Sending...",
            "held": f"Held by the 60 replies per hour limit; goes at {formatting.clock(until)}",
            "failed": "Not sent: The property is not published.",
        }
        changed: list[int] = []
        model.dataChanged.connect(lambda first, last, _roles: changed.extend(range(first.row(), last.row() + 1)))
        account["state"] = "offline"
        model.states_changed()
        assert words()["queued"] == "Queued: BookMyColiving is offline"
        assert model.items().index(next(i for i in model.items() if i.text == "queued")) in changed
        account["state"] = "not_configured"
        assert words()["queued"] == "Queued: waiting for the key"
        assert words()["held"] == "Held: waiting for the key"  # not a time it cannot keep
        assert words()["sending"] == "Sending..."
        assert all("reachable" not in text for text in words().values())
    finally:
        reader.close()
