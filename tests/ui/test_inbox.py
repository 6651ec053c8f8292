"""The inbox on the sandbox: opening, replying through the outbox, the 5,000-character limit and drafts."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, QTimer

from colivingdesk.domain import Channel, OutboxState
from colivingdesk.sync import Service
from colivingdesk.ui.models.inbox_models import ConversationModel, ThreadListModel


def _open_first(window: Any, qtbot: Any, channel: Channel) -> str:
    inbox = window.inbox
    row = next(i for i in range(inbox.threads.rowCount()) if inbox.threads.record(i).channel == channel)
    key = inbox.threads.record(row).key
    inbox.thread_list.setCurrentIndex(inbox.threads.index(row, 0))
    qtbot.waitUntil(lambda: inbox.current_key == key and inbox.conversation.rowCount() > 0, timeout=5000)
    return str(key)


def test_opening_a_thread_shows_messages_and_marks_it_read(main_window: Any, qtbot: Any, aio: Any) -> None:
    inbox = main_window.inbox
    unread = [i for i in range(inbox.threads.rowCount()) if inbox.threads.record(i).unread_count > 0]
    assert unread, "the demo data has unread conversations"
    row = unread[0]
    key = inbox.threads.record(row).key
    inbox.thread_list.setCurrentIndex(inbox.threads.index(row, 0))
    qtbot.waitUntil(lambda: inbox.conversation.rowCount() > 0, timeout=5000)
    aio.settle()
    qtbot.waitUntil(lambda: inbox.threads.record(inbox.threads.row_of(key)).unread_count == 0, timeout=5000)
    assert inbox.title.text()


def test_reply_shows_pending_then_sent(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    inbox = main_window.inbox
    _open_first(main_window, qtbot, Channel.BMC)
    text = "Yes, the room is free from the 1st. Shall I book a viewing?"
    inbox.composer.editor.setPlainText(text)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)

    def mine() -> list[Any]:
        return [i for i in inbox.conversation.items() if i.text == text]

    qtbot.waitUntil(lambda: bool(mine()) and inbox.composer.text() == "", timeout=5000)
    assert mine()[0].state in (OutboxState.QUEUED, OutboxState.SENDING)
    assert "Queued" in mine()[0].state_text() or "Sending" in mine()[0].state_text()

    aio.run(synced_service.sync_once(), timeout=20_000)  # delivers the outbox, then re-reads the thread
    qtbot.waitUntil(lambda: bool(mine()) and mine()[-1].state is None, timeout=10_000)
    assert mine()[-1].own


def test_too_long_reply_shows_error_next_to_composer_and_keeps_the_draft(
    main_window: Any, qtbot: Any, make_window: Any, synced_service: Service
) -> None:
    inbox = main_window.inbox
    key = _open_first(main_window, qtbot, Channel.COLIVING)
    long_text = "x" * 5001
    inbox.composer.editor.setPlainText(long_text)
    assert "over the limit" in inbox.composer.counter.text()
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.composer.error.isVisible(), timeout=3000)
    assert "5,000" in inbox.composer.error.text() or "5000" in inbox.composer.error.text()
    assert inbox.composer.text() == long_text
    assert not [i for i in inbox.conversation.items() if i.state is not None]

    main_window.close()  # the draft is flushed on close and read back by a new window
    again = make_window(synced_service)
    again.show_view("inbox")
    assert again.inbox.open_thread(key)
    qtbot.waitUntil(lambda: again.inbox.current_key == key, timeout=3000)
    assert again.inbox.composer.text() == long_text


def test_quick_search_finds_a_guest_and_opens_it(main_window: Any, qtbot: Any) -> None:
    booking = main_window.ctx.reader.page_bookings(None, None, 50)
    guest = next(b for b in booking if b.guest_name)
    surname = guest.guest_name.split()[-1]
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = main_window.search_popup
    assert popup.isVisible()
    popup.input.setText(surname)
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=5000)
    titles = [h.title for h in popup.model.hits()]
    assert any(surname in t for t in titles), titles
    hit_row = next(i for i, h in enumerate(popup.model.hits()) if surname in h.title)
    popup.results.setCurrentIndex(popup.model.index(hit_row, 0))
    hit = popup.model.hits()[hit_row]
    popup.choose_current()
    assert not popup.isVisible()
    views = {"message": "inbox", "booking": "bookings", "lead": "leads", "property": "properties"}
    expected = views[hit.kind]
    assert main_window.current_view_key() == expected


def test_inbox_models_pass_modeltester(main_window: Any, qtmodeltester: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    assert isinstance(inbox.threads, ThreadListModel)
    qtmodeltester.check(inbox.threads)
    _open_first(main_window, qtbot, Channel.BMC)
    assert isinstance(inbox.conversation, ConversationModel)
    qtmodeltester.check(inbox.conversation)


def test_failed_reply_shows_the_reason_and_retry_sends_it(
    main_window: Any, synced_service: Service, sandbox: Any, qtbot: Any, aio: Any
) -> None:
    inbox = main_window.inbox
    _open_first(main_window, qtbot, Channel.COLIVING)
    sandbox.sandbox.admin.configure({"faults": "error:count=1,status=403,method=POST,path=/coliving/"})
    text = "We can hold the room until Friday."
    inbox.composer.editor.setPlainText(text)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(lambda: inbox.replies.failed_bar.isVisible(), timeout=10_000)
    assert [i.text for i in inbox.replies.failed_items()] == [text]
    assert "not sent" in inbox.replies.failed_label.text().lower()

    qtbot.mouseClick(inbox.replies.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inbox.replies.failed_items(), timeout=5000)
    aio.run(synced_service.sync_once(), timeout=20_000)
    qtbot.waitUntil(
        lambda: any(i.text == text and i.state is None for i in inbox.conversation.items()), timeout=10_000
    )
    assert not inbox.replies.failed_bar.isVisible()


def test_channel_filter_lists_coliving_booking_threads_with_the_guest(main_window: Any, qtbot: Any) -> None:
    inbox = main_window.inbox
    inbox.channel_filter.setCurrentIndex(inbox.channel_filter.findData(Channel.COLIVING))
    qtbot.waitUntil(lambda: inbox.threads.filter.channel is Channel.COLIVING, timeout=3000)
    threads = [inbox.threads.record(i) for i in range(inbox.threads.rowCount())]
    assert threads, "the demo has Coliving.com bookings with messages"
    assert {t.channel for t in threads} == {Channel.COLIVING}
    for thread in threads:
        assert inbox.participant_of(thread) not in ("", "Guest")
        assert inbox.subject_of(thread).startswith("Booking ")
    key = _open_first(main_window, qtbot, Channel.COLIVING)
    assert inbox.title.text() == inbox.participant_of(threads[0])
    assert inbox.subtitle.text().startswith("Coliving.com · Booking ")
    assert inbox.booking_button.isVisibleTo(inbox)
    assert key == threads[0].key


def test_sending_while_sync_holds_the_store_keeps_the_window_responsive(
    main_window: Any, synced_service: Service, qtbot: Any
) -> None:
    inbox = main_window.inbox
    _open_first(main_window, qtbot, Channel.BMC)
    release, held = threading.Event(), threading.Event()

    def sync_page() -> None:  # what a feed's page write does on the store thread
        with synced_service.store.transaction():
            held.set()
            release.wait(10)

    writer = threading.Thread(target=sync_page)
    writer.start()
    try:
        assert held.wait(5)
        text = "Written while a big page was being stored."
        inbox.composer.editor.setPlainText(text)
        qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.wait(300)  # the event loop keeps running while the reply waits for the store
        timer.stop()
        assert len(ticks) >= 5
        assert not inbox.composer.send_button.isEnabled()  # no second click while it is being stored
        assert inbox.composer.text() == text
    finally:
        release.set()
        writer.join(5)
    qtbot.waitUntil(lambda: any(i.text == text for i in inbox.conversation.items()), timeout=5000)
    qtbot.waitUntil(lambda: inbox.composer.text() == "" and inbox.composer.send_button.isEnabled(), timeout=5000)


def test_discarding_a_failed_reply_puts_its_text_back(
    main_window: Any, synced_service: Service, sandbox: Any, qtbot: Any, aio: Any
) -> None:
    inbox = main_window.inbox
    _open_first(main_window, qtbot, Channel.COLIVING)
    sandbox.sandbox.admin.configure({"faults": "error:count=1,status=403,method=POST,path=/coliving/"})
    text = "Your room is ready from noon."
    inbox.composer.editor.setPlainText(text)
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.composer.text() == "", timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: inbox.replies.failed_bar.isVisible(), timeout=10_000)
    qtbot.mouseClick(inbox.replies.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inbox.replies.failed_bar.isVisible(), timeout=5000)
    assert inbox.composer.text() == text
    assert not [i for i in synced_service.store.list_outbox() if i.payload.get("text") == text]


def test_discarding_failed_replies_while_writing_another_keeps_every_text_in_the_reply_box(
    main_window: Any, synced_service: Service, sandbox: Any, qtbot: Any, aio: Any
) -> None:
    inbox = main_window.inbox
    _open_first(main_window, qtbot, Channel.COLIVING)
    sandbox.sandbox.admin.configure({"faults": "error:count=2,status=403,method=POST,path=/coliving/"})
    texts = ["Your room is ready from noon.", "The keys are at the front desk."]
    for text in texts:
        inbox.composer.editor.setPlainText(text)
        qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: inbox.composer.text() == "", timeout=5000)
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: len(inbox.replies.failed_items()) == 2, timeout=10_000)
    inbox.composer.editor.setPlainText("Half a new reply")
    for _ in texts:
        qtbot.mouseClick(inbox.replies.discard_button, Qt.MouseButton.LeftButton)
        aio.settle()
    qtbot.waitUntil(lambda: not inbox.replies.failed_bar.isVisible(), timeout=5000)
    assert inbox.composer.text() == "\n\n".join(["Half a new reply", *texts])
    assert not [i for i in synced_service.store.list_outbox() if i.payload.get("text") in texts]


def _held_reply(main_window: Any, service: Service, qtbot: Any, text: str) -> int:
    """A reply to the first BookMyColiving conversation, held by the hourly limit, as the sender leaves it."""
    from datetime import UTC, datetime, timedelta

    key = _open_first(main_window, qtbot, Channel.BMC)
    item = service.store.enqueue(Channel.BMC, "reply", key.split(":", 1)[1], {"text": text}, f"held-{text}")
    service.store.hold(item.id, datetime.now(UTC) + timedelta(minutes=40), "Waiting for the 60 replies per hour limit.")
    main_window.inbox.conversation.reload()
    return item.id


def test_a_held_reply_can_be_taken_back_into_the_reply_box(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any, language: Any
) -> None:
    language("en_GB")  # the English catalogue gives "1 reply" its singular, as the app installs it
    inbox = main_window.inbox
    _held_reply(main_window, synced_service, qtbot, "Wrong guest, sorry!")
    qtbot.waitUntil(lambda: inbox.replies.waiting_bar.isVisible(), timeout=5000)
    assert inbox.replies.waiting_label.text() == "1 reply waits to be sent."
    inbox.composer.editor.setPlainText("Something else")
    qtbot.mouseClick(inbox.replies.cancel_button, Qt.MouseButton.LeftButton)
    # The text comes back once the outbox has let the reply go (the bar may hide a moment before).
    qtbot.waitUntil(lambda: inbox.composer.text() == "Something else\n\nWrong guest, sorry!", timeout=5000)
    qtbot.waitUntil(lambda: not inbox.replies.waiting_bar.isVisible(), timeout=5000)
    assert not [i for i in inbox.conversation.items() if i.text == "Wrong guest, sorry!"]
    assert not [i for i in synced_service.store.list_outbox() if i.payload.get("text") == "Wrong guest, sorry!"]


def test_a_reply_that_started_to_leave_is_not_taken_back_and_the_user_is_told(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    inbox = main_window.inbox
    held = _held_reply(main_window, synced_service, qtbot, "See you at noon.")
    qtbot.waitUntil(lambda: inbox.replies.waiting_bar.isVisible(), timeout=5000)
    synced_service.store.requeue(held)
    synced_service.store.mark_sending(held)  # the sender took it meanwhile: it may already be on the channel
    qtbot.mouseClick(inbox.replies.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.composer.error.isVisible(), timeout=5000)
    assert "can no longer be stopped" in inbox.composer.error.text()
    assert inbox.composer.text() == ""  # not put back: it would be sent twice
    assert [i for i in synced_service.store.list_outbox() if i.payload.get("text") == "See you at noon."]
