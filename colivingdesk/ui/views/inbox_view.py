"""The unified inbox: every conversation from both channels in one list, the open one beside it, and the
composer.

Everything shown comes from the cache, so the inbox opens instantly and works offline; opening a thread asks
the Service to refresh it in the background, and replies go to the outbox, where they are visible with their
state (queued, held by the hourly cap, failed with a Retry) until the channel confirms them.

Opening a thread marks it read for both channels (a store write on the Service's store thread): at once when
opened on purpose, after a moment when the arrow keys pass through it (see ``inbox_marks``); "Mark unread"
and "Done" (archive) are in the context menu, the header and on Ctrl+U / Ctrl+E. The open thread
stays open when it leaves the list (read under "Unread", archived): the list never opens, and so never marks
read, a thread the user did not pick.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.errors import ChannelError, NetworkError
from colivingdesk.domain import Channel, Thread
from colivingdesk.sync import ChangeSet
from colivingdesk.templates import FilledReply, fill
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.models.inbox_models import (
    INBOX_FILTER,
    WORKER_OFFLINE,
    ConversationModel,
    ThreadListModel,
    split_key,
)
from colivingdesk.ui.models.store_list_model import IdRole, RecordRole
from colivingdesk.ui.reply_context import reply_values
from colivingdesk.ui.reply_drafts import ReplyDraftStore
from colivingdesk.ui.views.inbox_delegates import BubbleDelegate, ThreadDelegate
from colivingdesk.ui.views.inbox_filters import InboxFilterBar
from colivingdesk.ui.views.inbox_marks import InboxMarks
from colivingdesk.ui.views.inbox_replies import InboxReplies
from colivingdesk.ui.views.inbox_team import InboxTeam, TeamDrafts
from colivingdesk.ui.views.inbox_text import ThreadWords
from colivingdesk.ui.widgets.composer import ComposerWidget

if TYPE_CHECKING:
    from colivingdesk.ui.dialogs.saved_replies_dialog import SavedRepliesDialog

log = logging.getLogger(__name__)

CLOSED_CONVERSATION = QT_TRANSLATE_NOOP(
    "InboxView",
    "Coliving.com has closed this conversation (the booking is cancelled): replies cannot be sent. "
    "Your text is kept.",
)


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
        self.team = InboxTeam(ctx, self)
        self.drafts = TeamDrafts(ReplyDraftStore(ctx.profile.root / "reply-drafts.json"), ctx)
        self.words = ThreadWords(ctx.reader)
        self.current_key: str | None = None
        self.current_thread: Thread | None = None
        self._current_leaving = False

        self.threads = ThreadListModel(ctx.reader, self.subject_of, self, participant=self.participant_of)
        self.conversation = ConversationModel(
            ctx.reader, self, account_state=self.account_state, sent_by=self.team.sent_by
        )
        self.replies = InboxReplies(self)
        self._build()
        self.marks = InboxMarks(self)
        self.team.attach(self)  # reads the list, as this person
        self._unsubscribe = ctx.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for each control; the lists' descriptions follow what they hold."""
        self.thread_list.setAccessibleName(self.tr("Conversations"))
        self.messages.setAccessibleName(self.tr("Messages"))
        self.messages.setAccessibleDescription(self.tr("The open conversation, oldest message first"))
        self.booking_button.setAccessibleDescription(self.tr("Show the booking behind this conversation"))
        self.unread_button.setAccessibleName(self.tr("Mark conversation unread"))
        self.archive_button.setAccessibleName(self.tr("Done: archive conversation"))

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
        self.filters = InboxFilterBar(self.ctx.reader)
        self.search, self.channel_filter = self.filters.search, self.filters.channel_filter
        lv.addWidget(self.filters)
        self.thread_list = QListView()
        self.thread_list.setObjectName("threadList")
        # Connected before the view's selection model exists, so it runs before the selection moves off a
        # row that is leaving (see ``_on_current_changed``).
        self.threads.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.threads.rowsRemoved.connect(self._rows_left)
        self.thread_list.setModel(self.threads)
        delegate = ThreadDelegate(self.subject_of, self.participant_of, self.thread_list, self.words.unsent_preview,
                                  self.team.list_note)
        self.thread_list.setItemDelegate(delegate)
        self.thread_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thread_list.setUniformItemSizes(True)
        self.thread_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lv.addWidget(self.thread_list, 1)
        self.count_label = QLabel()
        theme.tint(self.count_label, "muted")
        lv.addWidget(self.count_label)
        self.splitter.addWidget(left)

        self.right = QStackedWidget()
        empty = QLabel(self.tr("Select a conversation to read it.\n\nBoth channels' messages are listed on the left."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.tint(empty, "muted")
        self.right.addWidget(empty)
        self.right.addWidget(self._build_conversation())
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 560])

        self.thread_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.thread_list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Opened on purpose, not passed through with the arrows: read at once (see ``inbox_marks``).
        self.thread_list.activated.connect(lambda *_: self.marks.read_now(self.current_key))
        self.thread_list.clicked.connect(lambda *_: self.marks.read_now(self.current_key))
        self.thread_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.thread_list.customContextMenuRequested.connect(lambda pos: self.marks.show_menu(pos))
        self.filters.changed.connect(self._apply_filter)
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
        self.subtitle.setWordWrap(True)  # the stay's dates come last and must not be cut off by the buttons
        theme.tint(self.subtitle, "muted")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.team.assign_button)
        self.booking_button = QPushButton(self.tr("Open booking"))
        self.booking_button.clicked.connect(self._open_booking)
        header.addWidget(self.booking_button)
        self.unread_button = QPushButton(self.tr("Mark unread"))
        self.unread_button.setObjectName("markUnreadButton")
        self.unread_button.setToolTip(self.tr("Show this conversation as unread again (Ctrl+U)"))
        self.unread_button.clicked.connect(lambda: self.marks.mark_unread(self.current_key))
        header.addWidget(self.unread_button)
        self.archive_button = QPushButton(self.tr("Done"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setToolTip(self.tr("Archive: out of the Inbox until the guest writes again (Ctrl+E)"))
        self.archive_button.clicked.connect(lambda: self.marks.archive_or_restore_current())
        header.addWidget(self.archive_button)
        v.addLayout(header)
        v.addWidget(self.team.banner)

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

        v.addWidget(self.replies.failed_bar)
        v.addWidget(self.replies.waiting_bar)

        self.composer = ComposerWidget()
        self.composer.sendRequested.connect(self.replies.send)
        self.composer.draftChanged.connect(self.save_draft)
        self.composer.edited.connect(lambda: self.marks.read_now(self.current_key))
        self.composer.set_saved_replies(self.ctx.reader.list_saved_replies, self._fill_saved_reply)
        self.composer.saved_replies.set_favourites(self.team.favourites)
        self.composer.manageSavedRepliesRequested.connect(self.open_saved_replies)
        v.addWidget(self.composer)
        self.conversation.modelReset.connect(self._after_conversation_change)
        self.conversation.rowsInserted.connect(lambda *_: self._after_conversation_change())
        self.conversation.dataChanged.connect(lambda *_: self.replies.update_bars())
        return pane

    # ------------------------------------------------------------------ helpers
    def participant_of(self, thread: Thread) -> str:
        return self.words.participant(thread)

    def subject_of(self, thread: Thread) -> str:
        return self.words.subject(thread)

    def account_state(self, channel: Channel) -> str | None:
        if not self.ctx.has_service:  # not known before the Service is built, and painting must not build it
            return None
        try:
            state = str(self.ctx.service.status(channel).state)
        except Exception:  # a status read must never break painting
            log.debug("status unavailable for %s", channel, exc_info=True)
            return None
        if state == "offline" and self.ctx.team_label is not None:
            return WORKER_OFFLINE  # the team's worker cannot reach the channel; this computer is fine
        return state

    def _update_count(self, total: int) -> None:
        # Unread among the conversations listed, so "2 conversations · 1 unread" adds up under a filter.
        listed = self.threads.filter
        unread = total if listed.unread_only else self.ctx.reader.count_threads(
            dataclasses.replace(listed, unread_only=True)
        )
        conversations = self.tr("%Ln conversations", "", total)
        if unread:
            conversations = self.tr("{conversations} · %Ln unread", "", unread).format(conversations=conversations)
        self.count_label.setText(conversations)
        # Said when the list gets focus: "Conversations, 12 conversations · 3 unread".
        self.thread_list.setAccessibleDescription(self.count_label.text())

    def _apply_filter(self) -> None:
        self.threads.set_filter(self.team.scoped(self.filters.current()))
        if self.current_key is not None:
            row = self.threads.row_of(self.current_key)
            if row >= 0:
                self.thread_list.setCurrentIndex(self.threads.index(row, 0))

    # ------------------------------------------------------------------ opening threads
    def open_thread(self, key: str) -> bool:
        """Select and open a thread by key (from search, a booking or a notification), read at once since the
        user asked for it; False if unknown.

        A Coliving.com booking with no messages yet opens as an empty conversation for that booking, so the
        host can write first.
        """
        opened = self._select_thread(key)
        if opened:
            self.marks.read_now(key)
        return opened

    def _select_thread(self, key: str) -> bool:
        row = self.threads.load_until(key)
        if row < 0 and self.threads.filter != self.team.scoped(INBOX_FILTER):
            self.filters.reset()
            row = self.threads.load_until(key)
        if row < 0:
            channel, external_id = split_key(key)
            if self.ctx.reader.get_thread(channel, external_id) is None and (
                channel is not Channel.COLIVING or self.ctx.reader.get_booking(external_id) is None
            ):
                return False
            self.thread_list.selectionModel().clear()  # the list must not show another guest as open
            self._show_thread(key)
            return True
        index = self.threads.index(row, 0)
        selection = self.thread_list.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.thread_list.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._current_leaving:
            return  # the open thread's row is leaving the list; Qt moving to a neighbour is not the user
        selection = self.thread_list.selectionModel()
        if current.isValid() and not selection.isSelected(current):
            # Focus entering the list makes Qt put its first row current, unselected: passing through must not
            # open (and mark read) a conversation. No current row either, so Down then opens the first one.
            if not previous.isValid():
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        key = current.data(IdRole) if current.isValid() else None
        if key is None or key == self.current_key:
            return
        self._show_thread(str(key))

    def _on_selection_changed(self, *_args: object) -> None:
        """The selected row is the one to open: Space on the row Tab made current selects it without moving,
        and a click makes its row current before selecting it, which ``_on_current_changed`` takes for focus
        passing through (and, with no row open before, leaves no row current)."""
        selection = self.thread_list.selectionModel()
        chosen = selection.selectedRows()
        if len(chosen) != 1:
            return
        if self.thread_list.currentIndex() != chosen[0]:
            selection.setCurrentIndex(chosen[0], QItemSelectionModel.SelectionFlag.NoUpdate)  # opens it
            return
        self._on_current_changed(chosen[0], chosen[0])

    def _rows_leaving(self, _parent: QModelIndex, first: int, last: int) -> None:
        row = self.thread_list.currentIndex().row()
        if self.thread_list.currentIndex().isValid() and first <= row <= last:
            self._current_leaving = True

    def _rows_left(self, *_args: Any) -> None:
        if self._current_leaving:
            self.thread_list.selectionModel().clear()
            self._current_leaving = False

    def _show_thread(self, key: str) -> None:
        self.composer.flush_draft()
        self.marks.shown(key if key == self.current_key else None)
        self.current_key = key
        channel, external_id = split_key(key)
        thread = self.team.read_thread(key)
        if thread is None and channel is Channel.COLIVING:
            # A booking nobody wrote in yet: its conversation, empty until the first message.
            thread = Thread(channel=channel, external_id=external_id, booking_id=external_id)
        self.current_thread = thread
        self.right.setCurrentIndex(1)
        self.title.setText(self.participant_of(thread) if thread else self.tr("Conversation"))
        self.subtitle.setText(self.words.subtitle(channel, thread))
        self.booking_button.setVisible(bool(thread and thread.booking_id))
        self.conversation.set_thread(key)
        self.composer.load(self.drafts.get(key))
        self.composer.set_enabled_for_thread(True)
        self._update_closed()
        self.update_header_actions()
        self.team.thread_shown(key)
        self.threadOpened.emit(key)
        try:
            self.ctx.service.focus("threads", key)
        except Exception:  # focus is a hint; a stub or a closed service must not stop reading
            log.debug("focus hint failed", exc_info=True)
        self.marks.opened(key, thread)
        spawn(self._refresh(channel, external_id), self.notifier, self)

    def _update_closed(self) -> None:
        booking = self.words.booking(self.current_thread)
        closed = booking is not None and booking.status == "cancelled"
        self.composer.set_closed(self.tr(CLOSED_CONVERSATION) if closed else None)

    def update_header_actions(self) -> None:
        key = self.current_key
        stored = key is not None and self.ctx.reader.get_thread(*split_key(key)) is not None
        self.unread_button.setEnabled(stored)
        self.archive_button.setEnabled(stored)
        archived = stored and key is not None and self.marks.is_archived(key)
        self.archive_button.setText(self.tr("Move to Inbox") if archived else self.tr("Done"))

    def close_conversation(self) -> None:
        self.composer.flush_draft()
        self.current_key = None
        self.current_thread = None
        self.marks.shown(None)
        self.thread_list.selectionModel().clear()
        self.conversation.set_thread(None)
        self.right.setCurrentIndex(0)
        self.team.thread_shown(None)

    async def _refresh(self, channel: Channel, external_id: str) -> None:
        try:
            await self.ctx.service.refresh_thread(channel, external_id)
        except NetworkError:
            log.info("thread refresh skipped: offline")  # the status bar already says so
        except ChannelError as err:
            self.notifier.report(err)

    def _after_conversation_change(self) -> None:
        self.replies.update_bars()
        QTimer.singleShot(0, self.messages.scrollToBottom)

    # ------------------------------------------------------------------ writing
    def save_draft(self, text: str) -> None:
        if self.current_key is not None:
            self.drafts.set(self.current_key, text)

    def flush_drafts(self) -> None:
        self.composer.flush_draft()

    def _fill_saved_reply(self, body: str) -> FilledReply:
        return fill(body, reply_values(self.ctx.reader, self.current_thread))

    def open_saved_replies(self) -> SavedRepliesDialog:
        # Imported when first opened: its file dialogs and forms are not part of the first frame.
        from colivingdesk.ui.dialogs.saved_replies_dialog import SavedRepliesDialog

        dialog = SavedRepliesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_booking(self) -> None:
        if self.current_thread is not None and self.current_thread.booking_id:
            self.openBookingRequested.emit(self.current_thread.booking_id)

    # ------------------------------------------------------------------ change stream
    def _on_changes(self, changes: ChangeSet) -> None:
        self.team.on_changes(changes)
        thread_ids = changes.get_ids("threads")
        places = changes.get_ids("properties") or changes.get_ids("rooms") or changes.whole("bookings")
        if places or changes.get_ids("bookings"):
            if places:
                self.words.forget_places()
            else:
                self.words.forget_bookings(changes.get_ids("bookings"))
            self.thread_list.viewport().update()
            self.filters.refresh_places()
            self._update_closed()
        if changes.get_ids("outbox") or changes.get_ids("messages"):
            self.words.forget_unsent()
            self.thread_list.viewport().update()
        if changes.get_ids("status"):
            self.conversation.states_changed()
        if thread_ids:
            self.words.forget(thread_ids)
            self.threads.apply_changes(thread_ids)
        current = self.current_key
        if current is None:
            return
        key = current
        touched = changes.get_ids("outbox") or any(
            i == key or i.startswith(f"{key}:") for i in changes.get_ids("messages") | thread_ids
        )
        if key in thread_ids:
            self.current_thread = self.team.read_thread(key) or self.current_thread
            self.update_header_actions()
        if touched:
            self.conversation.reload()
            if key in thread_ids and self.isVisible() and self.window().isActiveWindow():
                self.marks.read_if_unread(key)

    def current_record(self) -> Any:
        return self.thread_list.currentIndex().data(RecordRole)
