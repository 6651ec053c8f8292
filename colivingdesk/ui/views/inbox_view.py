"""The unified inbox: every conversation from both channels in one list, the open one beside it, and the
composer.

Everything shown comes from the cache, so the inbox opens instantly and works offline; opening a thread asks
the Service to refresh it in the background, and replies go to the outbox, where they are visible with their
state (queued, held by the hourly cap, failed with a Retry) until the channel confirms them.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.errors import ChannelError, NetworkError, ValidationError
from colivingdesk.domain import Channel, Message, OutboxState, Thread
from colivingdesk.store import ThreadFilter
from colivingdesk.sync import ChangeSet
from colivingdesk.templates import FilledReply, fill
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.asyncslots import async_slot, in_executor, spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.saved_replies_dialog import SavedRepliesDialog
from colivingdesk.ui.errors import describe
from colivingdesk.ui.models.inbox_models import (
    OWN_SENDERS,
    ConversationItem,
    ConversationModel,
    ThreadListModel,
    split_key,
)
from colivingdesk.ui.models.store_list_model import IdRole, RecordRole
from colivingdesk.ui.reply_context import reply_values
from colivingdesk.ui.reply_drafts import ReplyDraftStore
from colivingdesk.ui.views.inbox_delegates import BubbleDelegate, ThreadDelegate
from colivingdesk.ui.widgets.composer import ComposerWidget

log = logging.getLogger(__name__)


class InboxView(QWidget):
    """Thread list | conversation + composer."""

    #: A thread was opened (key "channel:external_id").
    threadOpened = Signal(str)
    #: The user asked to see the booking behind a Coliving.com conversation.
    openBookingRequested = Signal(str)
    #: Unread counts may have changed because the user read something.
    readStateChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.drafts = ReplyDraftStore(ctx.profile.root / "reply-drafts.json")
        self._subjects: dict[str, str] = {}
        self._participants: dict[str, str] = {}
        self.current_key: str | None = None
        self.current_thread: Thread | None = None

        self.threads = ThreadListModel(ctx.reader, self.subject_of, self, participant=self.participant_of)
        self.conversation = ConversationModel(ctx.reader, self)
        self._build()
        self.threads.refresh()
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        outer.addWidget(self.splitter)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 8, 4, 8)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter conversations")
        self.search.setClearButtonEnabled(True)
        self.channel_filter = QComboBox()
        self.channel_filter.addItem("All channels", None)
        for channel in Channel:
            self.channel_filter.addItem(channel.label, channel)
        self.unread_only = QCheckBox("Unread")
        filters.addWidget(self.search, 1)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.unread_only)
        lv.addLayout(filters)
        self.thread_list = QListView()
        self.thread_list.setObjectName("threadList")
        self.thread_list.setModel(self.threads)
        delegate = ThreadDelegate(self.subject_of, self.participant_of, self.thread_list)
        self.thread_list.setItemDelegate(delegate)
        self.thread_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thread_list.setUniformItemSizes(True)
        self.thread_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lv.addWidget(self.thread_list, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(f"color: {theme.accents().muted.name()};")
        lv.addWidget(self.count_label)
        self.splitter.addWidget(left)

        self.right = QStackedWidget()
        empty = QLabel("Select a conversation to read it.\n\nBoth channels' messages are listed on the left.")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet(f"color: {theme.accents().muted.name()};")
        self.right.addWidget(empty)
        self.right.addWidget(self._build_conversation())
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 560])

        self.thread_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.channel_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.unread_only.toggled.connect(lambda _b: self._apply_filter())
        self.threads.totalChanged.connect(self._update_count)

    def _build_conversation(self) -> QWidget:
        pane = QWidget()
        v = QVBoxLayout(pane)
        v.setContentsMargins(4, 8, 8, 8)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("conversationTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet(f"color: {theme.accents().muted.name()};")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.booking_button = QPushButton("Open booking")
        self.booking_button.clicked.connect(self._open_booking)
        header.addWidget(self.booking_button)
        v.addLayout(header)

        self.messages = QListView()
        self.messages.setObjectName("conversation")
        self.messages.setModel(self.conversation)
        self.messages.setItemDelegate(BubbleDelegate(self.messages))
        self.messages.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.messages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.messages.setResizeMode(QListView.ResizeMode.Adjust)
        self.messages.setWordWrap(True)
        self.messages.setFrameShape(QFrame.Shape.NoFrame)
        v.addWidget(self.messages, 1)

        self.failed_bar = QFrame()
        self.failed_bar.setObjectName("failedBar")
        fb = QHBoxLayout(self.failed_bar)
        fb.setContentsMargins(8, 4, 8, 4)
        self.failed_label = QLabel()
        self.failed_label.setWordWrap(True)
        self.retry_button = QPushButton("Retry")
        self.retry_button.setObjectName("retryButton")
        self.discard_button = QPushButton("Discard")
        fb.addWidget(self.failed_label, 1)
        fb.addWidget(self.retry_button)
        fb.addWidget(self.discard_button)
        self.failed_bar.hide()
        self.retry_button.clicked.connect(self._retry_failed)
        self.discard_button.clicked.connect(self._discard_failed)
        v.addWidget(self.failed_bar)

        self.composer = ComposerWidget()
        self.composer.sendRequested.connect(self._send)
        self.composer.draftChanged.connect(self._save_draft)
        self.composer.set_saved_replies(self.ctx.reader.list_saved_replies, self._fill_saved_reply)
        self.composer.manageSavedRepliesRequested.connect(self.open_saved_replies)
        v.addWidget(self.composer)
        self.conversation.modelReset.connect(self._after_conversation_change)
        self.conversation.rowsInserted.connect(lambda *_: self._after_conversation_change())
        self.conversation.dataChanged.connect(lambda *_: self._update_failed_bar())
        return pane

    # ------------------------------------------------------------------ helpers
    def participant_of(self, thread: Thread) -> str:
        """The guest's name: the thread's own, else the booking's guest (Coliving.com), else the first guest
        who wrote in it, else "Guest".

        Some channel feeds list conversations without naming the other side; the booking or the messages
        usually do.
        """
        if thread.participant_name:
            return thread.participant_name
        key = thread.key
        if key not in self._participants:
            name = ""
            if thread.booking_id:
                booking = self.ctx.reader.get_booking(thread.booking_id)
                name = (booking.guest_name or "") if booking is not None else ""
            if not name:
                for message in self.ctx.reader.messages_for_thread(thread.channel, thread.external_id):
                    if isinstance(message, Message) and message.sender.lower() not in OWN_SENDERS and (
                        message.sender_name
                    ):
                        name = message.sender_name
                        break
            self._participants[key] = name or "Guest"
        return self._participants[key]

    def subject_of(self, thread: Thread) -> str:
        """"Sunny Loft" for a BookMyColiving thread, "Booking 12345 · Room A" for Coliving.com."""
        cache_key = thread.key
        if cache_key in self._subjects:
            return self._subjects[cache_key]
        subject = ""
        reader = self.ctx.reader
        if thread.property_id:
            prop = reader.get_property(thread.property_id)
            subject = prop.name if prop is not None else ""
        if thread.booking_id:
            booking = reader.get_booking(thread.booking_id)
            ref = (booking.reference or booking.id) if booking else thread.booking_id
            subject = f"Booking {ref}"
            room_name = booking.room_type_name if booking is not None else None
            if booking is not None and not room_name and booking.room_type_id:
                # Until this booking's detail is fetched, the room type's name is known from other bookings.
                room = reader.get_room_type(booking.room_type_id)
                room_name = room.name if room is not None else None
            if room_name:
                subject += f" · {room_name}"
        self._subjects[cache_key] = subject
        return subject

    def set_busy(self, busy: bool) -> None:
        """While a reply is being stored (or a failed one retried), a second click must not queue it twice."""
        self.composer.send_button.setEnabled(not busy and self.current_key is not None)
        self.retry_button.setEnabled(not busy)
        self.discard_button.setEnabled(not busy)

    def _update_count(self, total: int) -> None:
        # Unread among the conversations listed, so "2 conversations · 1 unread" adds up under a filter.
        listed = self.threads.filter
        unread = total if listed.unread_only else self.ctx.reader.count_threads(
            dataclasses.replace(listed, unread_only=True)
        )
        self.count_label.setText(f"{formatting.count(total)} conversations" + (
            f" · {formatting.count(unread)} unread" if unread else ""
        ))

    def _apply_filter(self) -> None:
        # Qt hands a StrEnum back as its plain value ("coliving"), so the item data is read as text.
        value = self.channel_filter.currentData()
        channel = Channel(value) if value in {c.value for c in Channel} else None
        self.threads.set_filter(ThreadFilter(
            channel=channel,
            text=self.search.text().strip() or None,
            unread_only=self.unread_only.isChecked(),
        ))
        if self.current_key is not None:
            row = self.threads.row_of(self.current_key)
            if row >= 0:
                self.thread_list.setCurrentIndex(self.threads.index(row, 0))

    # ------------------------------------------------------------------ opening threads
    def open_thread(self, key: str) -> bool:
        """Select and open a thread by key (from search, a booking or a notification); False if not cached."""
        row = self.threads.load_until(key)
        if row < 0 and self.threads.filter != ThreadFilter():
            self.search.clear()
            self.channel_filter.setCurrentIndex(0)
            self.unread_only.setChecked(False)
            self._apply_filter()
            row = self.threads.load_until(key)
        if row < 0:
            channel, external_id = split_key(key)
            if self.ctx.reader.get_thread(channel, external_id) is None:
                return False
            self._show_thread(key)
            return True
        index = self.threads.index(row, 0)
        selection = self.thread_list.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.thread_list.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(IdRole) if current.isValid() else None
        if key is None or key == self.current_key:
            return
        self._show_thread(str(key))

    def _show_thread(self, key: str) -> None:
        self.composer.flush_draft()
        self.current_key = key
        channel, external_id = split_key(key)
        thread = self.ctx.reader.get_thread(channel, external_id)
        self.current_thread = thread
        self.right.setCurrentIndex(1)
        self.title.setText(self.participant_of(thread) if thread else "Conversation")
        subject = self.subject_of(thread) if thread else ""
        self.subtitle.setText(f"{channel.label}" + (f" · {subject}" if subject else ""))
        self.booking_button.setVisible(bool(thread and thread.booking_id))
        self.conversation.set_thread(key)
        self.composer.load(self.drafts.get(key))
        self.composer.set_enabled_for_thread(True)
        self.threadOpened.emit(key)
        try:
            self.ctx.service.focus("threads", key)
        except Exception:  # focus is a hint; a stub or a closed service must not stop reading
            log.debug("focus hint failed", exc_info=True)
        if thread is not None and thread.unread_count > 0:
            spawn(self._mark_read(key), self.notifier, self)
        spawn(self._refresh(channel, external_id), self.notifier, self)

    async def _mark_read(self, key: str) -> None:
        channel, external_id = split_key(key)
        changed = await in_executor(self.ctx.store.mark_thread_read, channel, external_id)
        if changed:
            # Tell every view (badges, this list) through the same stream sync uses.
            self.ctx.service.changes.emit({"threads": [key]})
            self.readStateChanged.emit()

    async def _refresh(self, channel: Channel, external_id: str) -> None:
        try:
            await self.ctx.service.refresh_thread(channel, external_id)
        except NetworkError:
            log.info("thread refresh skipped: offline")  # the status bar already says so
        except ChannelError as err:
            self.notifier.report(err)

    def _after_conversation_change(self) -> None:
        self._update_failed_bar()
        QTimer.singleShot(0, self.messages.scrollToBottom)

    def _update_failed_bar(self) -> None:
        failed = [i for i in self.conversation.items() if i.state == OutboxState.FAILED]
        if not failed:
            self.failed_bar.hide()
            return
        first = failed[0]
        more = f" ({len(failed)} replies)" if len(failed) > 1 else ""
        self.failed_label.setText(f"A reply was not sent{more}: {first.error or 'the channel refused it'}")
        self.failed_label.setStyleSheet(f"color: {theme.accents().error.name()};")
        self.failed_bar.show()

    def failed_items(self) -> list[ConversationItem]:
        return [i for i in self.conversation.items() if i.state == OutboxState.FAILED]

    # ------------------------------------------------------------------ writing
    def _save_draft(self, text: str) -> None:
        if self.current_key is not None:
            self.drafts.set(self.current_key, text)

    def flush_drafts(self) -> None:
        self.composer.flush_draft()

    def _fill_saved_reply(self, body: str) -> FilledReply:
        return fill(body, reply_values(self.ctx.reader, self.current_thread))

    def open_saved_replies(self) -> SavedRepliesDialog:
        dialog = SavedRepliesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @async_slot(str)
    async def _send(self, text: str) -> None:
        thread = self.current_thread
        key = self.current_key
        if thread is None or key is None:
            return
        try:
            await self.ctx.service.queue_reply(
                thread.channel, thread.external_id, text, property_id=thread.property_id
            )
        except ValidationError as err:
            if self.current_key == key:
                message = describe(err)
                self.composer.show_error(message.field_error("content", "message", "text") or err.message)
            else:
                self.notifier.report(err)
            return
        except ChannelError as err:
            if self.current_key == key:
                self.composer.show_error(describe(err).text)
            else:
                self.notifier.report(err)
            return
        if self.current_key == key and self.composer.text() == text:
            self.composer.sent()
        elif self.drafts.get(key) == text:
            # The user moved to another thread while the reply was stored: only that thread's draft goes.
            self.drafts.set(key, "")
        if self.current_key == key:
            self.conversation.reload()

    @async_slot()
    async def _retry_failed(self) -> None:
        for item in self.failed_items():
            if item.outbox_id is not None:
                try:
                    await self.ctx.service.retry(item.outbox_id)
                except Exception as err:  # e.g. the item changed state meanwhile
                    self.notifier.report(err)
        self.conversation.reload()

    @async_slot()
    async def _discard_failed(self) -> None:
        items = self.failed_items()
        if not items:
            return
        first = items[0]
        # Discarding drops the text; put it back in the composer so nothing typed is lost.
        if not self.composer.text().strip():
            self.composer.load(first.text)
            self._save_draft(first.text)
        if first.outbox_id is not None:
            try:
                await self.ctx.service.discard(first.outbox_id)
            except Exception as err:
                self.notifier.report(err)
        self.conversation.reload()

    def _open_booking(self) -> None:
        if self.current_thread is not None and self.current_thread.booking_id:
            self.openBookingRequested.emit(self.current_thread.booking_id)

    # ------------------------------------------------------------------ change stream
    def _on_changes(self, changes: ChangeSet) -> None:
        thread_ids = changes.get_ids("threads")
        if changes.get_ids("properties") or changes.get_ids("bookings") or changes.get_ids("rooms"):
            self._subjects.clear()
            self._participants.clear()  # a booking's detail may have brought the guest's name
            self.thread_list.viewport().update()
        if thread_ids:
            for key in thread_ids:
                self._subjects.pop(key, None)
                self._participants.pop(key, None)
            self.threads.apply_changes(thread_ids)
        current = self.current_key
        if current is None:
            return
        key = current
        touched = changes.get_ids("outbox") or any(
            i == key or i.startswith(f"{key}:") for i in changes.get_ids("messages") | thread_ids
        )
        if touched:
            self.conversation.reload()
            if key in thread_ids and self.isVisible() and self.window().isActiveWindow():
                thread = self.ctx.reader.get_thread(*split_key(key))
                if thread is not None and thread.unread_count > 0:
                    spawn(self._mark_read(key), self.notifier, self)

    def current_record(self) -> Any:
        return self.thread_list.currentIndex().data(RecordRole)
