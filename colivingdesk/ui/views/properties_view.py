"""The Listings page: every BookMyColiving property with its moderation state, and the actions that move it.

The table reads the cache (never the network) and follows the change stream, so a status changed by the
moderator appears after the next sync without a reload button. Actions are offered only where the document
allows them (submit from Draft or Rejected, unpublish when Live, delete always) and go through the outbox like
every write: the "Pending" column and the details pane say "Submitting for review…" or "Failed: …" until the
channel confirms.

New listings kept as drafts exist only in the profile, so they are listed apart, under "Drafts on this
computer" (:mod:`~colivingdesk.ui.widgets.local_drafts`), where they can be reopened or deleted. After a save
the selection goes to the listing saved, and after a create to the new listing once the channel has answered,
even if the editor was closed meanwhile.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import Channel, OutboxState, Property
from colivingdesk.store.filters import PropertyFilter
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.sync.listing_writes import reused_listing
from colivingdesk.sync.service import PropertyAction
from colivingdesk.translatable import translated_reason
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.dialogs.property_editor import CITY, PropertyEditorDialog
from colivingdesk.ui.drafts import DraftStore, is_new_key
from colivingdesk.ui.formatting import long_time
from colivingdesk.ui.keyboard import add_enter_action, add_shortcut
from colivingdesk.ui.models.properties_model import (
    STATUS_FILTERS,
    PendingRole,
    PropertiesModel,
    StatusKeyRole,
    allowed_actions,
    pending_by_target,
    status_key,
    status_label,
)
from colivingdesk.ui.models.store_list_model import RecordRole
from colivingdesk.ui.widgets.badges import paint_pill, pill_size, small_font
from colivingdesk.ui.widgets.local_drafts import LocalDraft, LocalDraftsWidget
from colivingdesk.ui.widgets.photo_strip import ThumbnailLoader

ModelIndex = QModelIndex | QPersistentModelIndex
UNSENT = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED, OutboxState.HELD)
#: Question, consequence and button per action, in English; translated in the ``PropertiesView`` context.
CONFIRM = {
    "delete": (
        str(QT_TRANSLATE_NOOP("PropertiesView", "Delete “{name}”?")),
        str(QT_TRANSLATE_NOOP("PropertiesView", "The listing and all its data are removed from BookMyColiving "
                                                "for good. Leads and conversations about it stay in your inbox.")),
        str(QT_TRANSLATE_NOOP("PropertiesView", "Delete listing")),
    ),
    "unpublish": (
        str(QT_TRANSLATE_NOOP("PropertiesView", "Unpublish “{name}”?")),
        str(QT_TRANSLATE_NOOP("PropertiesView", "It goes back to Draft and disappears from the public site until "
                                                "you submit it again and it is approved.")),
        str(QT_TRANSLATE_NOOP("PropertiesView", "Unpublish")),
    ),
}


def status_colors(key: str) -> tuple[QColor, QColor]:
    """Chip fill and text colour per status; taken from the shared accents so both themes keep contrast."""
    accents = theme.accents()
    fill = {
        "draft": accents.muted, "review": accents.warn, "live": accents.ok, "live_review": accents.bmc,
        "rejected": accents.error,
    }.get(key, accents.muted)
    return fill, accents.on_accent


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status column as a coloured pill (no widget per row), using the shared pill drawing."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = str(index.data(StatusKeyRole) or "other")
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        font = small_font(option.font)
        painter.save()
        painter.setFont(font)
        size = pill_size(font, text)
        size.setWidth(size.width() + 8)
        rect = QRect(option.rect.left() + 6, option.rect.center().y() - size.height() // 2, size.width(),
                     size.height())
        fill, fg = status_colors(key)
        paint_pill(painter, rect, text, fill, fg)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        size = pill_size(small_font(option.font), text)
        return QSize(size.width() + 20, max(size.height() + 10, 28))


class PendingDelegate(QStyledItemDelegate):
    """The "Pending" column: failures in the error colour, work in progress muted."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        state = index.data(PendingRole)
        accents = theme.accents()
        if state == OutboxState.FAILED.value:
            option.palette.setColor(option.palette.ColorRole.Text, accents.error)
        elif state:
            option.palette.setColor(option.palette.ColorRole.Text, accents.muted)


class PropertiesView(QWidget):
    """Listings table, filters, actions and a details pane for the selected listing."""

    #: The editor was opened (tests and the window's title bar listen).
    editorOpened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.drafts = DraftStore(ctx.profile.root / "drafts")
        self.thumbnails = ThumbnailLoader(self)
        self.editor: PropertyEditorDialog | None = None
        self._confirm: QMessageBox | None = None
        self._busy = False
        #: A listing to select as soon as it is in the table (a create the channel has just answered).
        self._want_selected: str | None = None
        self.setObjectName("propertiesView")
        reader = ctx.reader
        self._cities = {c.id: c.name for c in reader.reference_items(CITY)}
        self.model = PropertiesModel(
            reader.page_properties, reader.count_properties, reader.get_property,
            city_name=lambda ident: self._cities.get(ident or "", ident or "—"), parent=self,
        )
        self._build()
        self.model.refresh()
        self._refresh_pending()
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for each control; the table's description is its row count."""
        self.search_edit.setAccessibleName(self.tr("Search listings"))
        self.search_edit.setAccessibleDescription(self.tr("Name, address or your reference"))
        self.status_filter.setAccessibleName(self.tr("Listing status"))
        self.table.setAccessibleName(self.tr("Listings on BookMyColiving"))
        self.details.setAccessibleName(self.tr("Listing details"))
        self.refresh_button.setAccessibleDescription(self.tr("Fetch listings from BookMyColiving now"))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        title = QLabel(self.tr("Listings on BookMyColiving"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("propertyCount")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("propertySearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, address or your reference"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for label, _fields in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("PropertiesModel", label))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.new_button = QPushButton(self.tr("New listing"))
        self.new_button.setObjectName("newListing")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.unpublish_button = QPushButton(self.tr("Unpublish"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch listings from BookMyColiving now"))
        named = (
            ("editListing", self.edit_button), ("submitListing", self.submit_button),
            ("unpublishListing", self.unpublish_button), ("deleteListing", self.delete_button),
            ("refreshListings", self.refresh_button),
        )
        for name, button in named:
            button.setObjectName(name)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self._selected_id()))
        self.submit_button.clicked.connect(lambda: self.run_action("submit"))
        self.unpublish_button.clicked.connect(lambda: self.confirm_action("unpublish"))
        self.delete_button.clicked.connect(lambda: self.confirm_action("delete"))
        self.refresh_button.clicked.connect(self.refresh_from_channel)

        self.table = QTableView()
        self.table.setObjectName("propertiesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 130), (3, 130), (4, 70), (5, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setItemDelegateForColumn(1, StatusChipDelegate(self.table))
        self.table.setItemDelegateForColumn(5, PendingDelegate(self.table))
        self.table.doubleClicked.connect(lambda index: self.open_editor(self._id_at(index)))
        add_enter_action(self.table, self.tr("Edit the selected listing"), self._edit_selected)
        add_shortcut(self, self.tr("New listing"), [QKeySequence.StandardKey.New], lambda: self.open_editor(None))
        self.table.selectionModel().selectionChanged.connect(self._update_selection)
        self.model.modelReset.connect(self._update_selection)
        self.model.dataChanged.connect(self._update_selection)
        self.model.totalChanged.connect(self._update_count)

        self.details = QLabel()
        self.details.setObjectName("propertyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable by keyboard too, so the keyboard can reach (and copy from) the selected listing's details.
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setContentsMargins(10, 8, 10, 8)
        theme.follow(self.details, "QLabel#propertyDetails { background: palette(base); border: 1px solid "
                                   "palette(mid); border-radius: 6px; }")
        self.new_pending = QLabel()
        self.new_pending.setObjectName("newListingsPending")
        self.new_pending.setWordWrap(True)
        self.new_pending.hide()
        self.local_drafts = LocalDraftsWidget(self)
        self.local_drafts.openDraft.connect(lambda key: self.open_editor(None, draft=key))
        self.local_drafts.deleteDraft.connect(self.confirm_delete_draft)
        self.model.reloaded.connect(self._select_wanted)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(8)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.submit_button)
        actions.addWidget(self.unpublish_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.new_pending)
        layout.addWidget(self.local_drafts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.details)
        # Tab in screen order: the drafts on this computer sit above the listings but were built after them.
        # Refresh and New listing (Ctrl+N) come last, so Ctrl+4 starts in the search field as in other sections.
        drafts = self.local_drafts
        order = (
            self.search_edit, self.status_filter, drafts.list, drafts.open_button, drafts.delete_button, self.table,
            self.edit_button, self.submit_button, self.unpublish_button, self.delete_button, self.refresh_button,
            self.new_button,
        )
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self._update_selection()

    # ------------------------------------------------------------------ filter and selection
    def _apply_filter(self, *_args: object) -> None:
        fields = STATUS_FILTERS[max(self.status_filter.currentIndex(), 0)][1]
        text = self.search_edit.text().strip() or None
        self._want_selected = None  # the user is looking for something else now
        self.model.set_filter(PropertyFilter(text=text, **fields))

    def _update_count(self, total: int) -> None:
        self.count_label.setText(
            self.tr("%n listing", "", total) if total == 1 else self.tr("%n listings", "", total)
        )
        self.table.setAccessibleDescription(self.count_label.text())

    def _id_at(self, index: ModelIndex) -> str | None:
        record = self.model.data(self.model.index(index.row(), 0), RecordRole) if index.isValid() else None
        return record.id if isinstance(record, Property) else None

    def _selected(self) -> Property | None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record(rows[0].row()) if rows else None
        return record if isinstance(record, Property) else None

    def _edit_selected(self) -> None:
        if (property_id := self._selected_id()) is not None:  # with no row, Enter must not start a new listing
            self.open_editor(property_id)

    def _selected_id(self) -> str | None:
        prop = self._selected()
        return prop.id if prop else None

    def select(self, property_id: str) -> bool:
        """Select a listing by id (loading pages as needed); used by search results and tests."""
        row = self.model.load_until(property_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _select_saved(self, property_id: str) -> None:
        """After a save, the listing saved is the one selected: now if it is listed, else once it is."""
        if property_id and not self.select(property_id):
            self._want_selected = property_id

    def _select_wanted(self, *_args: object) -> None:
        if self._want_selected is not None and self.select(self._want_selected):
            self._want_selected = None

    def _update_selection(self, *_args: object) -> None:
        prop = self._selected()
        allowed = allowed_actions(prop) if prop and not self._busy else set()
        self.edit_button.setEnabled("edit" in allowed)
        self.submit_button.setEnabled("submit" in allowed)
        self.unpublish_button.setEnabled("unpublish" in allowed)
        self.delete_button.setEnabled("delete" in allowed)
        self.details.setText(self._details_text(prop))

    def _details_text(self, prop: Property | None) -> str:
        if prop is None:
            if Channel.BMC not in self.ctx.service.channels and not self.model.total():
                return self.tr("BookMyColiving is not connected yet. Add its API key in Settings and your "
                               "listings appear here; you can start writing a new one meanwhile.")
            total = self.model.total()
            return (self.tr("Select a listing to see its review notes and what you can do with it.") if total else
                    self.tr("No listings here yet. Use “New listing” to write your first one."))
        lines = [self.tr("{name} — {status}").format(name=prop.name, status=status_label(prop))]
        place = ", ".join(p for p in (prop.address, self._cities.get(prop.city_id or "", "")) if p)
        facts = [place] if place else []
        if prop.external_id:
            facts.append(self.tr("your reference {reference}").format(reference=prop.external_id))
        if prop.updated_at:
            facts.append(self.tr("last changed {time}").format(time=long_time(prop.updated_at)))
        if facts:
            lines.append(" · ".join(facts))
        if prop.admin_notes:
            lines.append(self.tr("Reviewer's notes: {notes}").format(notes=prop.admin_notes))
        pending = self.model.pending(prop.id)
        if pending is not None:
            lines.append(pending.detail())
        if self.drafts.has(prop.id):
            lines.append(self.tr("You have unsaved changes to this listing; open it to continue."))
        if status_key(prop) == "live_review":
            lines.append(self.tr("The previous version stays online until BookMyColiving approves your changes."))
        return "\n".join(lines)

    # ------------------------------------------------------------------ change stream
    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("reference"):
            self._cities = {c.id: c.name for c in self.ctx.reader.reference_items(CITY)}
        if changes.get_ids("properties"):
            self.model.apply_changes(changes.get_ids("properties"))
        if changes.get_ids("outbox"):
            self._refresh_pending()
        self._select_wanted()
        self._update_selection()

    def _refresh_pending(self) -> None:
        items = self.ctx.reader.list_outbox(UNSENT)
        pending = pending_by_target(items)
        creates = [i for i in items if i.kind == "property.create"]
        self.model.set_pending({k: v for k, v in pending.items() if k})
        if creates:
            failed = [i for i in creates if i.state == OutboxState.FAILED]
            if failed:
                first = (translated_reason(failed[0].error) or self.tr("refused")).split("\n")[0].removeprefix(
                    "BookMyColiving: ")
                then = (self.tr("Open its draft below to open that listing, replace it, or change your reference.")
                        if reused_listing(failed[0]) else self.tr("Open its draft below to correct it."))
                self.new_pending.setText(
                    self.tr("A new listing was not created. Failed: {reason} {next}").format(reason=first, next=then)
                )
            else:
                count = len(creates)
                self.new_pending.setText(
                    self.tr("Creating %n new listing…", "", count) if count == 1
                    else self.tr("Creating %n new listings…", "", count)
                )
        self.new_pending.setVisible(bool(creates))
        self._sweep_drafts()

    def _sweep_drafts(self) -> None:
        """Drop drafts whose save the channel has since accepted (the editor may have closed meanwhile); a
        created listing becomes the selected one."""
        for key in self.drafts.keys():  # noqa: SIM118 (a DraftStore, not a dict)
            saved = self.drafts.load(key) or {}
            outbox_id = saved.get("outbox_id")
            if isinstance(outbox_id, int):
                item = self.ctx.reader.get_outbox_item(outbox_id)
                if item is not None and item.state == OutboxState.SENT:
                    self.drafts.clear(key)
                    created = self.ctx.reader.outbox_result(outbox_id) if is_new_key(key) else None
                    if created:
                        payload = saved.get("payload") if isinstance(saved.get("payload"), dict) else {}
                        name = str((payload or {}).get("name") or self.tr("The new listing")).strip()
                        self.notifier.info(self.tr(
                            "“{name}” was created; BookMyColiving reviews it before it goes online."
                        ).format(name=name))
                        self._select_saved(created)
        self.refresh_local_drafts()

    def refresh_local_drafts(self) -> None:
        """List the new listings kept on this computer, with how their create went when one was tried."""
        entries: list[LocalDraft] = []
        for key in self.drafts.new_keys():
            saved = self.drafts.load(key) or {}
            payload = saved.get("payload") if isinstance(saved.get("payload"), dict) else {}
            name = str((payload or {}).get("name") or "").strip() or self.tr("Untitled listing")
            when = self.drafts.saved_at(key)
            text = self.tr("{name} · kept {time}").format(name=name, time=long_time(when)) if when else name
            deletable, tooltip = True, self.tr("Not sent: open it to finish it and create it.")
            outbox_id = saved.get("outbox_id")
            item = self.ctx.reader.get_outbox_item(outbox_id) if isinstance(outbox_id, int) else None
            if item is not None and item.state in (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.HELD):
                text, deletable = self.tr("{draft} · creating…").format(draft=text), False
                tooltip = self.tr("On its way to BookMyColiving.")
            elif (item is not None and item.state == OutboxState.FAILED) or saved.get("conflict"):
                text = self.tr("{draft} · not created").format(draft=text)
                tooltip = self.tr("BookMyColiving refused it: open it to see why.")
            entries.append(LocalDraft(key, text, deletable, tooltip))
        self.local_drafts.set_drafts(entries)

    # ------------------------------------------------------------------ actions
    def open_editor(self, property_id: str | None, draft: str | None = None) -> PropertyEditorDialog | None:
        """Open the editor for a listing, a new one, or (``draft``) a new listing kept on this computer; an
        editor already open is brought forward instead."""
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        default_email = ""
        first = self.ctx.reader.page_properties(PropertyFilter(), None, 1)
        if first:
            default_email = first[0].contact_email
        editor = PropertyEditorDialog(
            self.ctx.reader, self.ctx.service, self.drafts, property_id, default_email=default_email,
            thumbnails=self.thumbnails, draft=draft, parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(self._editor_closed)
        editor.saved.connect(self._select_saved)
        editor.openListing.connect(self._open_instead)
        self.editor = editor
        editor.open()
        self.editorOpened.emit(editor)
        return editor

    def _open_instead(self, property_id: str) -> None:
        """Close the editor (its typed text stays a draft) and open the listing it pointed at."""
        if self.editor is not None:
            self.editor.reject()
        self.select(property_id)
        self.open_editor(property_id)

    def _editor_closed(self, _result: int) -> None:
        self.editor = None
        self.refresh_local_drafts()
        self._update_selection()

    def confirm_delete_draft(self, key: str) -> None:
        """Ask, then delete a new listing kept on this computer (it was never sent, so it is gone for good)."""
        saved = self.drafts.load(key) or {}
        payload = saved.get("payload") if isinstance(saved.get("payload"), dict) else {}
        name = str((payload or {}).get("name") or "").strip()
        question = (
            self.tr("Delete the draft of “{name}”?").format(name=name) if name
            else self.tr("Delete this untitled listing?")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, question, question, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("It was never sent to BookMyColiving, so it cannot be brought back."))
        box.setObjectName("confirm-deleteDraft")
        accept = box.addButton(self.tr("Delete draft"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            if box.clickedButton() is accept:
                self.delete_draft(key)
            self._confirm = None
            box.deleteLater()

        box.finished.connect(done)
        self._confirm = box
        box.open()

    @async_slot(str)
    async def delete_draft(self, key: str) -> None:
        """Remove a new-listing draft, and the refused create it carried, if any, from the outbox."""
        if self.editor is not None and self.editor.draft_key == key:
            self.editor.discard_draft()
            self.editor.reject()
        outbox_id = (self.drafts.load(key) or {}).get("outbox_id")
        self.drafts.clear(key)
        self.refresh_local_drafts()
        if isinstance(outbox_id, int):
            item = self.ctx.reader.get_outbox_item(outbox_id)
            if item is not None and item.state == OutboxState.FAILED:
                await self.ctx.service.discard(outbox_id)

    @async_slot(str, str)
    async def run_action(self, action: PropertyAction, property_id: str | None = None) -> None:
        """Queue ``action`` for the selected (or given) listing; the outbox delivers it."""
        target = property_id or self._selected_id()
        if target is None:
            return
        # A refusal before queueing (e.g. not configured) reaches the banner through the slot.
        await self.ctx.service.property_action(target, action)
        self._refresh_pending()
        self.notifier.info({"submit": self.tr("Submitting for review…"), "unpublish": self.tr("Unpublishing…"),
                            "delete": self.tr("Deleting…")}[action])

    def confirm_action(self, action: PropertyAction) -> None:
        """Ask before an action that takes a listing offline; ``open()`` keeps the event loop unblocked."""
        prop = self._selected()
        if prop is None:
            return
        title, text, verb = CONFIRM[action]
        question = self.tr(title).format(name=prop.name)
        # The question goes in the text, not only the title bar: some platforms do not show dialog titles.
        cancel = QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Warning, question, question, cancel, self)
        box.setInformativeText(self.tr(text))
        box.setObjectName(f"confirm-{action}")
        accept = box.addButton(self.tr(verb), QMessageBox.ButtonRole.DestructiveRole
                               if action == "delete" else QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        property_id = prop.id

        def done(_result: int) -> None:
            if box.clickedButton() is accept:
                self.run_action(action, property_id)
            self._confirm = None
            box.deleteLater()

        box.finished.connect(done)
        self._confirm = box
        box.open()

    def set_busy(self, busy: bool) -> None:
        """While an action is being queued or a refresh runs, the buttons that start them wait."""
        self._busy = busy
        self.refresh_button.setEnabled(not busy)
        self._update_selection()

    @async_slot()
    async def refresh_from_channel(self) -> None:
        self.refresh_button.setText(self.tr("Refreshing…"))
        try:
            await self.ctx.service.sync_once([Channel.BMC])
        finally:
            self.refresh_button.setText(self.tr("Refresh"))

