"""What the window tells the operator about news: a desktop notification through the tray, or toasts in the
window where there is no tray (see ``MainWindow._build_tray``).

New guest messages and new leads are counted from the cache (the attention counts before and after a change
set), replies the channel refused come from the outbox, and booking changes only while the operator is away.
Texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from colivingdesk.domain import Channel, OutboxState, Thread
from colivingdesk.labels import booking_label, guest_name, lead_label
from colivingdesk.store import ThreadFilter
from colivingdesk.sync import ChangeSet
from colivingdesk.translatable import Counted, translated_reason
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.icons import app_icon
from colivingdesk.ui.widgets.notifications import InWindowNotifications

#: The notices' counted words, under the window's context (``pyside6-lupdate`` takes a plural only from a
#: ``NAME.tr(source, "", n)`` call, named like its context; see ``Counted``). One of each is said otherwise.
MainWindow = Counted("MainWindow", {"%n leads imported": "%n lead imported"})


class WindowNotices:
    """Mixed into ``MainWindow``: turns change sets into notifications (the window sets the attributes below)."""

    ctx: AppContext
    #: The window's ``notified`` signal (title, text).
    notified: Any
    tray: QSystemTrayIcon | None
    in_window: InWindowNotifications | None
    _failed_notified: set[str]
    #: The attention counts last shown (``MainWindow._show_counts``).
    _last_counts: Any
    #: BookMyColiving's first sync is importing the leads already there (see ``_importing_leads``).
    _leads_import: bool = False

    def _notify(self, changes: ChangeSet, before: Any, *, active: bool = False) -> None:
        """Notify new guest messages, new leads, replies the channel refused and (when away) booking changes."""
        after = self._last_counts
        if before is None or after is None:
            return
        new_messages = after.unread_messages - before.unread_messages
        new_leads = after.new_leads - before.new_leads
        if new_messages > 0:
            thread = self._unread_thread()
            title = MainWindow.tr("%n new messages", "", new_messages)
            if new_messages == 1:
                title = (
                    QCoreApplication.translate("MainWindow", "New message from {guest}").format(
                        guest=self._guest(thread)
                    ) if thread else QCoreApplication.translate("MainWindow", "New message")
                )
            text = QCoreApplication.translate("MainWindow", "Open the Inbox to reply.")
            self._notify_one(title, text, thread.key if thread else "inbox")
        if new_leads > 0 and self._importing_leads(new_leads):
            title = MainWindow.tr("%n leads imported", "", new_leads)
            text = QCoreApplication.translate(
                "MainWindow", "Enquiries already on BookMyColiving when it was connected.",
            )
            self._notify_one(title, text, "leads")
        elif new_leads > 0:
            newest = self.ctx.reader.page_leads(None, None, 1) if new_leads == 1 else []  # newest first
            if newest:
                title = QCoreApplication.translate("MainWindow", "New lead: {lead}").format(lead=lead_label(newest[0]))
            elif new_leads == 1:
                title = QCoreApplication.translate("MainWindow", "New lead")
            else:
                title = MainWindow.tr("%n new leads", "", new_leads)
            text = QCoreApplication.translate("MainWindow", "A guest asked about one of your properties.")
            self._notify_one(title, text, "leads")
        self._notify_failed(changes)
        bookings = changes.get_ids("bookings")
        if bookings and not active:
            title = MainWindow.tr("%n bookings updated", "", len(bookings))
            if len(bookings) == 1:
                (booking_id,) = bookings
                booking = booking_label(self.ctx.reader.get_booking(booking_id), booking_id)
                title = QCoreApplication.translate("MainWindow", "{booking} updated").format(booking=booking)
            text = QCoreApplication.translate("MainWindow", "Check the Bookings view for new or changed stays.")
            self._notify_one(title, text, "bookings")

    def _importing_leads(self, arrived: int) -> bool:
        """Whether leads that just ``arrived`` are BookMyColiving's backlog, imported by the account's first sync.

        Every lead is "new" to an empty cache, so the first sync would announce the whole backlog as guests
        asking now. The cache held no lead before them: an import, and so is every lead that comes before that
        first sync has finished (a long backlog arrives page by page).
        """
        if not self._leads_import:
            self._leads_import = self.ctx.reader.count_leads() - arrived <= 0
        elif self.ctx.has_service and self.ctx.service.status(Channel.BMC).last_synced_at is not None:
            self._leads_import = False  # the first sync had finished: these arrived since
        return self._leads_import

    def _unread_thread(self) -> Thread | None:
        """The most recently active conversation with unread messages, for the notification to open.

        Read from the cache rather than the change set: the counts may move on a later change set than the
        one that carried the thread ids."""
        threads = self.ctx.reader.page_threads(ThreadFilter(unread_only=True), None, 1)
        return threads[0] if threads else None

    def _guest(self, thread: Thread) -> str:
        """Who the conversation is with, named as the inbox names it (``labels.guest_name``)."""
        reader = self.ctx.reader
        booking = reader.get_booking(thread.booking_id) if thread.booking_id else None
        messages = functools.partial(reader.messages_for_thread, thread.channel, thread.external_id)
        return guest_name(thread, booking, messages) or QCoreApplication.translate("MainWindow", "Guest")

    def _notify_failed(self, changes: ChangeSet) -> None:
        """One notification per reply that ends up failed (a retry that fails again notifies again)."""
        for outbox_id in sorted(changes.get_ids("outbox")):
            item = self.ctx.reader.get_outbox_item(int(outbox_id)) if outbox_id.isdigit() else None
            if item is None or item.kind != "reply":
                continue
            if item.state is not OutboxState.FAILED:
                self._failed_notified.discard(outbox_id)
                continue
            if outbox_id in self._failed_notified:
                continue
            self._failed_notified.add(outbox_id)
            reason = translated_reason(item.error) or QCoreApplication.translate(
                "MainWindow", "The channel refused a reply."
            )
            title = QCoreApplication.translate("MainWindow", "Reply not sent")
            self._notify_one(title, reason, f"{item.channel.value}:{item.target}")

    def _notify_one(self, title: str, text: str, target: str | None = None) -> None:
        self.notified.emit(title, text)
        if self.in_window is not None:
            self.in_window.add(title, text, target)
        elif self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, app_icon(), 8000)
