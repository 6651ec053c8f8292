"""The inbox's replies: sending what the composer holds, and the bar under the conversation for replies the
channel refused, with Retry and Discard.

A reply goes to the outbox through the Service and shows in the conversation with its state until the channel
confirms it; a refusal the channel explains next to the text (a field error) stays in the composer, anything
else goes to the notifier. Discarding a refused reply puts its text back in the composer (after the draft
being written there, if any), so nothing typed is lost.
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
from colivingdesk.ui.models.inbox_models import ConversationItem

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

    def set_busy(self, busy: bool) -> None:
        """While a reply is being stored (or a failed one retried), a second click must not queue it twice."""
        self._view.composer.send_button.setEnabled(not busy and self._view.current_key is not None)
        self.retry_button.setEnabled(not busy)
        self.discard_button.setEnabled(not busy)

    def failed_items(self) -> list[ConversationItem]:
        return [i for i in self._view.conversation.items() if i.state == OutboxState.FAILED]

    def update_failed_bar(self) -> None:
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
        # Discarding drops the reply from the outbox; its text goes back to the composer, after what is being
        # written there if anything is, so nothing typed is lost.
        draft = view.composer.text().rstrip()
        text = f"{draft}\n\n{first.text}" if draft else first.text
        view.composer.load(text)
        view.save_draft(text)
        if first.outbox_id is not None:
            try:
                await self.ctx.service.discard(first.outbox_id)
            except Exception as err:
                self.notifier.report(err)
        view.conversation.reload()
