"""The inbox's read state and Done: mark read / unread, archive and move back to the Inbox, from the thread
list's context menu, the conversation's header and the keyboard (Ctrl+Shift+U, Ctrl+U, Ctrl+E, Ctrl+Shift+E).

Each mark is a store write through the Service, for this person on a team's store. A conversation marked
unread while it is open stays unread while it stays on screen: new messages arriving in it do not read it
again until the user opens it again.

Like a mail client, moving through the list with the arrow keys opens each conversation but reads none of
them at once: a conversation is read once it has stayed open for ``READ_DELAY_MS`` (one timer, restarted on
each move), or at once when the user opens it on purpose (Return, a click, typing a reply, or opening it from
elsewhere in the window). Scanning the list with Down leaves what the user only passed unread.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from colivingdesk.domain import Thread
from colivingdesk.store import ThreadFilter
from colivingdesk.ui.asyncslots import spawn
from colivingdesk.ui.models.inbox_models import split_key
from colivingdesk.ui.models.store_list_model import RecordRole

if TYPE_CHECKING:
    from colivingdesk.ui.views.inbox_view import InboxView

#: How long a conversation opened by moving through the list stays open before it counts as read.
READ_DELAY_MS = 1500

# A Service call marking one thread for one person: ``(channel, external_id, person=...) -> changed``.
Mark = Callable[..., Awaitable[bool]]


class InboxMarks(QObject):
    """Read, unread and Done for the thread under the context menu, else the open one."""

    def __init__(self, view: InboxView) -> None:
        super().__init__(view)
        self._view = view
        self.ctx = view.ctx
        self.notifier = view.notifier
        self.kept_unread: str | None = None  # marked unread while open: not read again until reopened
        self._menu_key: str | None = None
        self.thread_menu: QMenu | None = None
        self._pending: str | None = None  # opened, to be read once it has stayed open (``read_timer``)
        self.read_timer = QTimer(self)
        self.read_timer.setSingleShot(True)
        self.read_timer.setInterval(READ_DELAY_MS)
        self.read_timer.timeout.connect(self._read_pending)
        self.mark_read_action = self._action(self.tr("Mark as read"), "Ctrl+Shift+U", self.mark_read)
        self.mark_unread_action = self._action(self.tr("Mark as unread"), "Ctrl+U", self.mark_unread)
        self.archive_action = self._action(self.tr("Done (archive)"), "Ctrl+E", self.archive)
        self.unarchive_action = self._action(self.tr("Move back to Inbox"), "Ctrl+Shift+E", self.unarchive)

    def _action(self, text: str, shortcut: str, slot: Callable[[str | None], None]) -> QAction:
        act = QAction(text, self._view)
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda _checked=False: slot(self._action_key()))
        self._view.addAction(act)
        return act

    def _action_key(self) -> str | None:
        """The thread the context menu was opened on, else the open one."""
        key, self._menu_key = self._menu_key, None
        return key or self._view.current_key

    def show_menu(self, pos: QPoint) -> None:
        """The thread list's context menu for the row at ``pos``."""
        thread_list = self._view.thread_list
        index = thread_list.indexAt(pos)
        thread = index.data(RecordRole) if index.isValid() else None
        if not isinstance(thread, Thread):
            return
        menu = QMenu(self._view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        unread = thread.unread_count > 0
        menu.addAction(self.mark_read_action if unread else self.mark_unread_action)
        menu.addAction(self.unarchive_action if self.is_archived(thread.key) else self.archive_action)
        self._view.team.add_menu_actions(menu, thread.key)
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self._forget_menu_key))
        self._menu_key = thread.key
        menu.popup(thread_list.viewport().mapToGlobal(pos))
        self.thread_menu = menu

    def _forget_menu_key(self) -> None:
        self._menu_key = None

    def is_archived(self, key: str) -> bool:
        channel, external_id = split_key(key)
        return self.ctx.reader.get_thread(channel, external_id, ThreadFilter(archived=True)) is not None

    def shown(self, key: str | None) -> None:
        """The conversation on screen is now ``key`` (None: none); one kept unread stops being so once left."""
        if key != self.kept_unread:
            self.kept_unread = None

    def opened(self, key: str, thread: Thread | None) -> None:
        """``key`` is on screen now: read it once it has stayed there a moment (or sooner, see
        :meth:`read_now`)."""
        self.read_timer.stop()
        self._pending = None
        if thread is not None and thread.unread_count > 0:
            self._pending = key
            self.read_timer.start()

    def read_now(self, key: str | None) -> None:
        """The user opened ``key`` on purpose (Return, a click, typing a reply): read it without waiting."""
        if key is not None and key == self._pending:
            self.read_timer.stop()
            self._pending = None
            spawn(self._mark_read(key), self.notifier, self)

    def _read_pending(self) -> None:
        key, self._pending = self._pending, None
        if key is not None and key == self._view.current_key and key != self.kept_unread:
            spawn(self._mark_read(key), self.notifier, self)

    def read_if_unread(self, key: str) -> None:
        """New messages arrived in the open conversation ``key``: read them, unless it was kept unread."""
        if key in (self.kept_unread, self._pending):
            return  # kept unread, or not open long enough yet: the timer reads it
        thread = self._view.team.read_thread(key)
        if thread is not None and thread.unread_count > 0:
            spawn(self._mark_read(key), self.notifier, self)

    def mark_read(self, key: str | None) -> None:
        if key is not None:
            if key == self.kept_unread:
                self.kept_unread = None
            if key == self._pending:
                self.read_timer.stop()
                self._pending = None
            spawn(self._mark_read(key), self.notifier, self)

    def mark_unread(self, key: str | None) -> None:
        if key is None:
            return
        if key == self._view.current_key:
            self.kept_unread = key  # stays unread while it is still on screen
            self.read_timer.stop()
            self._pending = None
        spawn(self._mark(self.ctx.service.mark_thread_unread, key), self.notifier, self)

    def archive(self, key: str | None) -> None:
        if key is None:
            return
        if key == self._view.current_key:
            self._view.close_conversation()  # done with it: the next thread is the user's choice
        spawn(self._mark(self.ctx.service.archive_thread, key), self.notifier, self)

    def unarchive(self, key: str | None) -> None:
        if key is not None:
            spawn(self._mark(self.ctx.service.unarchive_thread, key), self.notifier, self)

    def archive_or_restore_current(self) -> None:
        key = self._view.current_key
        if key is not None and self.is_archived(key):
            self.unarchive(key)
        else:
            self.archive(key)

    async def _mark_read(self, key: str) -> None:
        if await self.ctx.service.mark_thread_read(*split_key(key), person=self._view.team.reader):
            self._view.readStateChanged.emit()

    async def _mark(self, mark: Mark, key: str) -> None:
        view = self._view
        if await mark(*split_key(key), person=view.team.reader):
            view.readStateChanged.emit()
            if key == view.current_key:
                view.update_header_actions()
