"""The inbox's replies: sending what the composer holds, the bar under the conversation for replies the
channel refused (Retry, Discard), and the one for replies that wait to be sent (Cancel sending).

A reply goes to the outbox through the Service and shows in the conversation with its state until the channel
confirms it; a refusal the channel explains next to the text (a field error) stays in the composer, anything
else goes to the notifier. Discarding a refused reply puts its text back in the composer (after the draft
being written there, if any), so nothing typed is lost. A reply that waits (held by the hourly limit, queued
while offline or without a key) can be taken back the same way until it starts to leave; one already being
sent cannot, and the user is told so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from colivingdesk.api.errors import ChannelError, ValidationError
from colivingdesk.domain import OutboxState
from colivingdesk.translatable import translated_reason
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.errors import describe
from colivingdesk.ui.models.inbox_models import ConversationItem, waits

if TYPE_CHECKING:
    from colivingdesk.ui.views.inbox_view import InboxView


class InboxReplies(QObject):
    """Send, Retry and Discard for the open conversation; owns the "Not sent" bar (``failed_bar``)."""

    def __init__(self, view: InboxView) -> None:
        super().__init__(view)
        self._view = view
        self.ctx = view.ctx
        self.notifier = view.notifier
        self.failed_bar = QFrame()
        self.failed_bar.setObjectName("failedBar")
        bar = QHBoxLayout(self.failed_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.failed_label = QLabel()
        self.failed_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry the reply that was not sent"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the reply that was not sent"))
        bar.addWidget(self.failed_label, 1)
        bar.addWidget(self.retry_button)
        bar.addWidget(self.discard_button)
        self.failed_bar.hide()
        self.retry_button.clicked.connect(self.retry_failed)
        self.discard_button.clicked.connect(self.discard_failed)
        self.waiting_bar = QFrame()
        self.waiting_bar.setObjectName("waitingBar")
        row = QHBoxLayout(self.waiting_bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        theme.tint(self.waiting_label, "muted")
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.cancel_button.setObjectName("cancelSendingButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel sending the newest reply that waits"))
        row.addWidget(self.waiting_label, 1)
        row.addWidget(self.cancel_button)
        self.waiting_bar.hide()
        self.cancel_button.clicked.connect(self.cancel_waiting)

    def set_busy(self, busy: bool) -> None:
        """While a reply is being stored (or a failed one retried), a second click must not queue it twice."""
        self._view.composer.send_button.setEnabled(not busy and self._view.current_key is not None)
        self.retry_button.setEnabled(not busy)
        self.discard_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def failed_items(self) -> list[ConversationItem]:
        return [i for i in self._view.conversation.items() if i.state == OutboxState.FAILED]

    def waiting_items(self) -> list[ConversationItem]:
        account_state = self._view.account_state
        return [i for i in self._view.conversation.items() if waits(i, account_state(i.channel) if i.channel else None)]

    def update_bars(self) -> None:
        """Show the "not sent" and "waiting" bars for what the open conversation holds now."""
        self._update_waiting_bar()
        self._update_failed_bar()

    def _update_waiting_bar(self) -> None:
        waiting = self.waiting_items()
        if not waiting:
            self.waiting_bar.hide()
            return
        self.waiting_label.setText(self.tr("%n replies wait to be sent.", "", len(waiting)))
        self.waiting_bar.show()

    def _update_failed_bar(self) -> None:
        failed = self.failed_items()
        if not failed:
            self.failed_bar.hide()
            return
        first = failed[0]
        channel = first.channel.label if first.channel else self.tr("The channel")
        reason = translated_reason(first.error) or self.tr("{channel} refused it").format(channel=channel)
        if len(failed) > 1:
            text = self.tr("Not sent (%n replies): {reason}", "", len(failed)).format(reason=reason)
        else:
            text = self.tr("Not sent: {reason}").format(reason=reason)
        self.failed_label.setText(text)
        theme.tint(self.failed_label, "error")
        self.failed_bar.show()

    @async_slot(str)
    async def send(self, text: str) -> None:
        view = self._view
        thread = view.current_thread
        key = view.current_key
        if thread is None or key is None:
            return
        try:
            await self.ctx.service.queue_reply(
                thread.channel, thread.external_id, text, property_id=thread.property_id, author=view.team.me
            )
        except ValidationError as err:
            if view.current_key == key:
                message = describe(err)
                text_error = message.field_error("content", "message", "text")
                view.composer.show_error(text_error or err.message, "text" if text_error else None)
            else:
                self.notifier.report(err)
            return
        except ChannelError as err:
            if view.current_key == key:
                view.composer.show_error(describe(err).text)
            else:
                self.notifier.report(err)
            return
        view.team.sent(key)
        if view.current_key == key and view.composer.text() == text:
            view.composer.sent()
        elif view.drafts.get(key) == text:
            # The user moved to another thread while the reply was stored: only that thread's draft goes.
            view.drafts.set(key, "")
        if view.current_key == key:
            view.conversation.reload()

    @async_slot()
    async def retry_failed(self) -> None:
        for item in self.failed_items():
            if item.outbox_id is not None:
                try:
                    await self.ctx.service.retry(item.outbox_id)
                except Exception as err:  # e.g. the item changed state meanwhile
                    self.notifier.report(err)
        self._view.conversation.reload()

    @async_slot()
    async def discard_failed(self) -> None:
        items = self.failed_items()
        if not items:
            return
        first = items[0]
        view = self._view
        self._take_back(first.text)  # before the outbox item goes: nothing typed is lost, whatever happens next
        if first.outbox_id is not None:
            try:
                await self.ctx.service.discard(first.outbox_id)
            except Exception as err:
                self.notifier.report(err)
        view.conversation.reload()

    @async_slot()
    async def cancel_waiting(self) -> None:
        """Take back the newest reply that waits: out of the outbox, its text back in the composer. Not when it
        has started to leave (it may already be on the channel): then the user is told it can't be stopped."""
        items = [i for i in self.waiting_items() if i.outbox_id is not None]
        if not items:
            return
        newest = items[-1]
        assert newest.outbox_id is not None
        try:
            taken = await self.ctx.service.discard(newest.outbox_id)
        except Exception as err:
            self.notifier.report(err)
            return
        if taken:
            self._take_back(newest.text)
        else:
            self._view.composer.show_error(self.tr("That reply is already being sent and can no longer be stopped."))
        self._view.conversation.reload()

    def _take_back(self, text: str) -> None:
        """Put a reply's text back in the composer, after what is being written there if anything is."""
        view = self._view
        draft = view.composer.text().rstrip()
        combined = f"{draft}\n\n{text}" if draft else text
        view.composer.load(combined)
        view.save_draft(combined)
