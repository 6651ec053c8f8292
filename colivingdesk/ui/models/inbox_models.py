"""Models behind the inbox: the unified thread list (lazy, over the store) and one conversation's messages.

The thread list is a :class:`StoreListModel` because an operator may have thousands of conversations. A single
conversation is small (tens of messages), so :class:`ConversationModel` holds it whole, but it still updates
in place: messages that arrive are appended as row inserts so the view keeps its scroll position, and the
user's unsent replies (queued, held by the hourly cap, failed) are rows too, with their outbox state.

A reply's state is told as it is (:func:`reply_state_text`): what the outbox says, and for a queued reply
why it waits, which depends on the account right now (online, offline, no key), so the words are computed
when shown rather than stored with the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from colivingdesk.domain import Channel, Message, OutboxState, Thread
from colivingdesk.store import PendingMessage, Store, ThreadFilter, thread_key
from colivingdesk.translatable import translated_reason
from colivingdesk.ui import formatting
from colivingdesk.ui.models.store_list_model import Column, FirstUserRole, StoreListModel

Index = QModelIndex | QPersistentModelIndex

#: Senders that are the operator (the channel's words vary: host, operator, owner).
OWN_SENDERS = frozenset({"host", "operator", "owner"})


#: The thread list's default: every conversation not archived.
INBOX_FILTER = ThreadFilter(archived=False)

#: Account states in which a queued reply is waiting for the key rather than for its turn.
_NO_KEY_STATES = frozenset({"not_configured", "key_rejected"})
#: The account state a team desktop passes for a channel its team's sync worker reports offline.
WORKER_OFFLINE = "worker_offline"


def thread_ident(thread: Thread) -> str:
    return thread.key


def split_key(key: str) -> tuple[Channel, str]:
    channel, _, external_id = key.partition(":")
    return Channel(channel), external_id


class ThreadListModel(StoreListModel):
    """Both channels' conversations, most recent activity first; one column painted by the inbox delegate."""

    def __init__(
        self,
        reader: Store,
        describe_subject: Callable[[Thread], str],
        parent: Any = None,
        participant: Callable[[Thread], str] | None = None,
    ) -> None:
        name_of = participant or (lambda t: t.participant_name or QCoreApplication.translate("ThreadWords", "Guest"))
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ThreadListModel", "Conversation"),
                    name_of,
                    tooltip=lambda t: formatting.one_line(t.last_message, 300) or None,
                    bold=lambda t: t.unread_count > 0,
                )
            ],
            self._page, self._count, key=thread_key, ident=thread_ident, get=self._get, parent=parent,
        )
        self._reader = reader
        self._filter = INBOX_FILTER
        self.describe_subject = describe_subject

    @property
    def filter(self) -> ThreadFilter:
        return self._filter

    def set_filter(self, f: ThreadFilter) -> None:
        if f != self._filter:
            self._filter = f
            self.refresh()

    def _page(self, after: Any, limit: int) -> list[Thread]:
        return self._reader.page_threads(self._filter, after, limit)

    def _count(self) -> int:
        return self._reader.count_threads(self._filter)

    def _get(self, key: str) -> Thread | None:
        # A thread that no longer matches the filter (read under "Unread", archived) is reported as gone, so
        # it leaves the list; the store applies the same filter as the list's query.
        channel, external_id = split_key(key)
        return self._reader.get_thread(channel, external_id, self._filter)


@dataclass(frozen=True, slots=True)
class ConversationItem:
    """A row of the conversation: a channel message, or one of the user's replies still in the outbox."""

    ident: str
    text: str
    own: bool
    sender_name: str
    at: datetime | None
    state: OutboxState | None = None  # None for a message the channel has
    error: str | None = None
    outbox_id: int | None = None
    not_before: datetime | None = None
    channel: Channel | None = None

    @classmethod
    def of(cls, item: Message | PendingMessage, sent_by: str | None = None) -> ConversationItem:
        """``sent_by`` names the team member who queued one of our replies ("Sent by Ana"), when known."""
        if isinstance(item, PendingMessage):
            return cls(
                f"o:{item.outbox_id}", item.text, True, sent_by or _you(), item.created_at, item.state, item.error,
                item.outbox_id, item.not_before, item.channel,
            )
        own = item.sender.lower() in OWN_SENDERS
        name = (sent_by if own else None) or item.sender_name or (_you() if own else item.sender.title())
        return cls(f"m:{item.external_id}", item.text, own, name, item.created_at, channel=item.channel)

    def state_text(self, account_state: str | None = None) -> str:
        """Words under the bubble: see :func:`reply_state_text`."""
        return reply_state_text(self, account_state)


def _you() -> str:
    return QCoreApplication.translate("ReplyState", "You")


def reply_state_text(item: ConversationItem, account_state: str | None) -> str:
    """What the user's own message is doing, in words that are true right now.

    ``account_state`` is the channel account's state (``AccountStatus.state``); it matters for a queued reply
    with no reason stored, which is either about to go (online), waiting for the network (offline) or for a
    key, and for a reply held by the hourly limit, whose time means nothing while the key is missing. A queued
    reply's ``error`` is the reason the sender gave it for waiting.
    """
    if item.state is None:
        if not item.own:
            return ""
        when = formatting.clock(item.at)
        if when:
            return QCoreApplication.translate("ReplyState", "Sent {time}").format(time=when)
        return QCoreApplication.translate("ReplyState", "Sent")
    label = item.channel.label if item.channel is not None else QCoreApplication.translate("ReplyState", "The channel")
    if item.state == OutboxState.FAILED:
        reason = translated_reason(item.error) or QCoreApplication.translate(
            "ReplyState", "{channel} refused it"
        ).format(channel=label)
        return QCoreApplication.translate("ReplyState", "Not sent: {reason}").format(reason=reason)
    if item.state == OutboxState.HELD:
        if account_state in _NO_KEY_STATES:  # no time to promise: nothing goes until the key is back
            return QCoreApplication.translate("ReplyState", "Held: waiting for the key")
        until = formatting.clock(item.not_before)
        if until:
            return QCoreApplication.translate(
                "ReplyState", "Held by the 60 replies per hour limit; goes at {time}"
            ).format(time=until)
        return QCoreApplication.translate("ReplyState", "Held by the 60 replies per hour limit")
    sending = QCoreApplication.translate("ReplyState", "Sending...")
    if item.state == OutboxState.SENDING:
        return sending
    if item.state == OutboxState.QUEUED:
        if item.error:
            reason = translated_reason(item.error) or item.error
            return QCoreApplication.translate("ReplyState", "Queued: {reason}").format(reason=reason)
        if account_state == "offline":
            return QCoreApplication.translate("ReplyState", "Queued: {channel} is offline").format(channel=label)
        if account_state == WORKER_OFFLINE:
            return QCoreApplication.translate(
                "ReplyState", "Queued until the team's sync worker reaches {channel}"
            ).format(channel=label)
        if account_state in _NO_KEY_STATES:
            return QCoreApplication.translate("ReplyState", "Queued: waiting for the key")
        if account_state == "rate_limited":
            return QCoreApplication.translate("ReplyState", "Queued: {channel} asked us to wait").format(channel=label)
        if account_state == "no_worker":
            return QCoreApplication.translate("ReplyState", "Queued: no sync worker is running")
        return sending
    if item.state == OutboxState.SENT:
        return QCoreApplication.translate("ReplyState", "Sent")
    return str(item.state)


#: Account states in which a queued reply waits for something rather than going at once.
_WAITING_STATES = frozenset({"offline", WORKER_OFFLINE, "rate_limited", "no_worker", *_NO_KEY_STATES})


def waits(item: ConversationItem, account_state: str | None) -> bool:
    """Whether the user's reply waits for something (the hourly limit, the network, a key, the channel asking
    to wait) rather than going now: the replies that can still be taken back before they leave."""
    if item.state == OutboxState.HELD:
        return True
    return item.state == OutboxState.QUEUED and (bool(item.error) or account_state in _WAITING_STATES)


ItemRole = FirstUserRole
StateRole = FirstUserRole + 1
OwnRole = FirstUserRole + 2
#: The words under a bubble (the reply's state, or "Sent 14:02" for our own message on the channel).
StateTextRole = FirstUserRole + 3

AccountStateFn = Callable[[Channel], "str | None"]


class ConversationModel(QAbstractListModel):
    """One thread's messages oldest first, then the user's unconfirmed replies (the store's order)."""

    def __init__(
        self,
        reader: Store,
        parent: Any = None,
        account_state: AccountStateFn | None = None,
        sent_by: Callable[[str | None], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._account_state = account_state or (lambda _channel: None)
        self._sent_by = sent_by or (lambda _author: None)
        self._items: list[ConversationItem] = []
        self.thread_key: str | None = None

    def set_thread(self, key: str | None) -> None:
        self.beginResetModel()
        self.thread_key = key
        self._items = self._load()
        self.endResetModel()

    def _load(self) -> list[ConversationItem]:
        if self.thread_key is None:
            return []
        channel, external_id = split_key(self.thread_key)
        return [
            ConversationItem.of(m, self._sent_by(m.author))
            for m in self._reader.messages_for_thread(channel, external_id)
        ]

    def reload(self) -> None:
        """Re-read the thread: appended rows are inserted, changed rows updated, anything else resets."""
        fresh = self._load()
        old_ids = [i.ident for i in self._items]
        new_ids = [i.ident for i in fresh]
        if new_ids[: len(old_ids)] == old_ids:
            for row, item in enumerate(fresh[: len(old_ids)]):
                if item != self._items[row]:
                    self._items[row] = item
                    self.dataChanged.emit(self.index(row), self.index(row))
            if len(fresh) > len(old_ids):
                self.beginInsertRows(QModelIndex(), len(old_ids), len(fresh) - 1)
                self._items.extend(fresh[len(old_ids):])
                self.endInsertRows()
            return
        self.beginResetModel()
        self._items = fresh
        self.endResetModel()

    def items(self) -> list[ConversationItem]:
        return list(self._items)

    def state_text(self, row: int) -> str:
        item = self._items[row]
        return reply_state_text(item, self._account_state(item.channel) if item.channel is not None else None)

    def states_changed(self) -> None:
        """The accounts' state changed: the words of waiting replies may have too."""
        rows = [i for i, item in enumerate(self._items) if item.state is not None]
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]), [StateTextRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return formatting.long_time(item.at) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Who wrote it and, for the user's replies, what it is doing: the bubble shows both by colour,
            # side and small print, none of which a screen reader sees.
            state = self.state_text(index.row())
            return " ".join(part for part in (f"{item.sender_name}:", item.text, state) if part)
        if role == ItemRole:
            return item
        if role == StateRole:
            return None if item.state is None else item.state.value
        if role == OwnRole:
            return item.own
        if role == StateTextRole:
            return self.state_text(index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
