"""Leads: enquiries from BookMyColiving, newest first, with the guest's contact details and message.

Leads are the operator's sales pipeline, so the list opens on the newest and marks them seen (the sidebar
badge counts leads that arrived since the list was last looked at).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from colivingdesk.domain import Lead
from colivingdesk.export import pages
from colivingdesk.labels import lead_label, property_label
from colivingdesk.store import LeadFilter, Store, lead_key
from colivingdesk.translatable import QT_TRANSLATE_NOOP
from colivingdesk.ui import formatting
from colivingdesk.ui.asyncslots import in_executor, spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.keyboard import add_enter_action
from colivingdesk.ui.models.store_list_model import Column, StoreListModel
from colivingdesk.ui.views.record_table import RecordTableView, details_html


class LeadsModel(StoreListModel):
    """Leads in the store's order (newest first), filtered in SQL."""

    def __init__(self, reader: Store, property_name: Any, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("LeadsModel", "Received"),
                       lambda r: formatting.short_time(r.created_at),
                       tooltip=lambda r: formatting.long_time(r.created_at) or None),
                Column(QCoreApplication.translate("LeadsModel", "Guest"), lead_label),
                Column(QCoreApplication.translate("LeadsModel", "Property"), lambda r: property_name(r.property_id)),
                Column(QCoreApplication.translate("LeadsModel", "Move-in"), lambda r: formatting.day(r.move_in)),
                Column(QCoreApplication.translate("LeadsModel", "Message"),
                       lambda r: formatting.one_line(r.message or "", 120),
                       tooltip=lambda r: r.message or None),
            ],
            self._page, self._count, key=lead_key, ident=lambda r: r.id, get=self._get, parent=parent,
        )
        self._reader = reader
        self.filter = LeadFilter()

    def set_filter(self, f: LeadFilter) -> None:
        if f != self.filter:
            self.filter = f
            self.refresh()

    def _page(self, after: Any, limit: int) -> list[Lead]:
        return self._reader.page_leads(self.filter, after, limit)

    def _count(self) -> int:
        return self._reader.count_leads(self.filter)

    def _get(self, lead_id: str) -> Lead | None:
        lead = self._reader.get_lead(lead_id)
        if lead is None or self.filter.text:
            return None
        if self.filter.property_id is not None and lead.property_id != self.filter.property_id:
            return None
        return lead


class LeadsView(RecordTableView):
    """Leads table with property and text filters; details show how to reach the guest."""

    #: The user has now seen every lead (the sidebar's "new leads" badge should drop to zero).
    attentionChanged = Signal()
    #: Open the lead's conversation (thread key); True when the user wants to reply right away.
    openThreadRequested = Signal(str, bool)

    kind = "leads"
    empty_text = QT_TRANSLATE_NOOP("LeadsView", "Select a lead to see the guest's details and message.")
    export_title = QT_TRANSLATE_NOOP("LeadsView", "Export leads as CSV")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, LeadsModel(ctx.reader, self.property_name), parent)
        self._names: dict[str, str] = {}
        self.search.setPlaceholderText(self.tr("Search guest name, email, phone or message"))
        self.property_filter = QComboBox()
        self.property_filter.setObjectName("leadPropertyFilter")
        self.property_filter.setMinimumContentsLength(18)
        self.filter_bar.addWidget(self.property_filter)
        self._fill_properties()
        self.property_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 180)
        self.table.setColumnWidth(3, 110)
        self.conversation_button = QPushButton(self.tr("Open conversation"))
        self.conversation_button.setObjectName("leadConversation")
        self.conversation_button.clicked.connect(lambda: self._open_conversation(reply=False))
        add_enter_action(
            self.table, self.tr("Open the selected lead's conversation"), lambda: self._open_conversation(reply=False)
        )
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setObjectName("leadReply")
        self.reply_button.clicked.connect(lambda: self._open_conversation(reply=True))
        self.action_bar.addWidget(self.conversation_button)
        self.action_bar.addWidget(self.reply_button)
        self.action_bar.addStretch(1)
        self._lead_thread: str | None = None
        self.update_actions(None)
        self.model.refresh()
        self._name_controls()
        # Filters before the table they filter (they were added to the bar after the table was built).
        self.order_tabs(self.search, self.property_filter, self.export_button, self.table, self.details,
                        self.conversation_button, self.reply_button)

    def _name_controls(self) -> None:
        """What a screen reader says for each control (the count of rows is the table's description)."""
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setAccessibleDescription(self.tr("Guest name, email, phone or message"))
        self.property_filter.setAccessibleName(self.tr("Property"))
        self.table.setAccessibleName(self.tr("Leads"))
        self.details.setAccessibleName(self.tr("Lead details"))
        self.export_button.setAccessibleDescription(self.tr("Save the leads the filter shows as a CSV file"))
        self.conversation_button.setAccessibleName(self.tr("Open this lead's conversation"))
        self.reply_button.setAccessibleName(self.tr("Reply to this lead"))

    def count_text(self, n: int) -> str:
        return self.tr("%Ln leads", "", n)

    def property_name(self, property_id: str | None) -> str:
        if not property_id:
            return ""
        if property_id not in self._names:
            self._names[property_id] = property_label(self.ctx.reader.get_property(property_id), property_id)
        return self._names[property_id]

    def _fill_properties(self) -> None:
        from colivingdesk.store import PropertyFilter

        current = self.property_filter.currentData()
        self.property_filter.blockSignals(True)
        self.property_filter.clear()
        self.property_filter.addItem(self.tr("All properties"), None)
        for prop in self.ctx.reader.page_properties(PropertyFilter(), None, 500):
            self.property_filter.addItem(prop.name, prop.id)
        index = self.property_filter.findData(current)
        self.property_filter.setCurrentIndex(max(0, index))
        self.property_filter.blockSignals(False)

    def apply_filter(self) -> None:
        assert isinstance(self.model, LeadsModel)
        self.model.set_filter(LeadFilter(
            property_id=self.property_filter.currentData(), text=self.search.text().strip() or None,
        ))

    def export_records(self) -> Iterator[Lead]:
        assert isinstance(self.model, LeadsModel)
        return pages(self.ctx.reader.page_leads, lead_key, self.model.filter)

    def render_details(self, lead: Lead) -> str:
        return details_html(
            lead_label(lead),
            [
                (self.tr("Email"), lead.guest_email or ""),
                (self.tr("Phone"), lead.guest_phone or ""),
                (self.tr("Property"), self.property_name(lead.property_id)),
                (self.tr("Move-in"), formatting.day(lead.move_in)),
                (self.tr("Status"), lead.status or ""),
                (self.tr("Received"), formatting.long_time(lead.created_at)),
                (self.tr("Lead id"), lead.id),
            ],
            lead.message or "",
        )

    def update_actions(self, record: Any) -> None:
        """The buttons show for a selected lead and work when its guest's conversation is cached."""
        thread = self.ctx.reader.thread_for_lead(record) if isinstance(record, Lead) else None
        self._lead_thread = thread.key if thread is not None else None
        for button in (self.conversation_button, self.reply_button):
            button.setVisible(isinstance(record, Lead))
            button.setEnabled(thread is not None)
            button.setToolTip("" if thread is not None else self.tr("No conversation with this guest is cached yet."))

    def _open_conversation(self, *, reply: bool) -> None:
        if self._lead_thread is not None:
            self.openThreadRequested.emit(self._lead_thread, reply)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        spawn(self._mark_seen(), self.notifier, self)

    async def _mark_seen(self) -> None:
        await in_executor(self.ctx.store.mark_leads_seen, datetime.now(UTC))
        self.attentionChanged.emit()

    def _on_changes(self, changes: Any) -> None:
        if changes.get_ids("properties"):
            self._names.clear()
            self._fill_properties()
        super()._on_changes(changes)
