"""The visual listing editor: every field of a BookMyColiving property on one scrolling form.

Design choices a user can feel:

* **Nothing typed is lost, and nothing untyped is kept.** Every pause in typing writes a draft to the profile
  (:mod:`colivingdesk.ui.drafts`) when the form differs from the channel's copy, and removes it when it no
  longer does, so opening and closing a listing leaves no "unsaved changes" behind. Reopening the listing,
  even after quitting the app, brings a draft back with a note saying so, and with a warning when the
  listing changed on the channel after the draft was started (:mod:`.stale_draft`). The draft is removed
  only once the channel has accepted the save (the outbox item reached ``sent``), not when the button is
  pressed.
* **A new listing says where it goes.** BookMyColiving puts every created listing in review, so the buttons
  are "Keep as draft on this computer" (nothing is sent; the Listings page lists it under "Drafts on this
  computer") and "Create and send to review".
* **Errors sit next to their field and follow it** (:mod:`.field_errors`): local checks and the server's
  answer land under the widget concerned and go as soon as the field is corrected; only an error about the
  listing as a whole goes to the banner at the top.
* **Saving never waits on the network.** Save queues a create or replace in the outbox (with its idempotency
  key) and returns at once; the dialog then follows that outbox item through the change stream and closes when
  it is sent. Closing earlier is fine: the properties table shows the same item's state and the draft stays.
* **Enter never sends.** Saving a new listing or a live one puts it in review, which cannot be taken back, so
  Enter in a field only does what that field does (adds the photo, finishes the cell); the save button or
  Ctrl+Enter saves (:mod:`.enter_guard`).
* **A live listing says what saving does.** BookMyColiving keeps an approved listing online but puts the edit
  back in review; the editor says so before the user saves, not after.
* **Photos can only be added** (the channel's one photo endpoint appends): its photos are shown locked.
* **A reference already in use is a question**, not a loss: see :mod:`.reference_conflict`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api.bmc.models import PropertyDraft
from colivingdesk.api.errors import ApiStatusError
from colivingdesk.domain import OutboxItem, OutboxState, Property, PropertyStatus
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.sync.listing_writes import reused_listing
from colivingdesk.sync.outbox import parse_error
from colivingdesk.translatable import translated_reason
from colivingdesk.ui.asyncslots import async_slot
from colivingdesk.ui.dialogs.enter_guard import EnterGuard
from colivingdesk.ui.dialogs.listing_fields import (
    FIELDS,
    ListingReader,
    ListingWriter,
    comparable,
    empty_payload,
    payload_from_property,
    place_errors,
    to_draft,
    validate,
)
from colivingdesk.ui.dialogs.listing_form import ListingForm
from colivingdesk.ui.dialogs.reference_conflict import ReferenceConflictWidget
from colivingdesk.ui.dialogs.stale_draft import StaleDraftNotice, describe_differences, draft_started_from
from colivingdesk.ui.drafts import DraftStore, new_draft_key
from colivingdesk.ui.errors import Notifier, describe
from colivingdesk.ui.formatting import long_time
from colivingdesk.ui.widgets.notice import NoticeWidget
from colivingdesk.ui.widgets.photo_strip import ThumbnailLoader

#: Reference kinds as the store keeps them (see ``domain.ReferenceItem``).
CITY, COLIVING_TYPE, AMENITY = "city", "coliving_type", "amenity"
DRAFT_DELAY_MS = 600
#: The dialog's size in lines of its font, so it grows with a larger font; the screen caps it (see ``_fit``).
WIDTH_EM, HEIGHT_EM = 56, 48
#: At most this tall at the usual font size (a 768-pixel laptop screen keeps room for the title bar and panel).
MAX_HEIGHT_PX_AT_DEFAULT_FONT, DEFAULT_LINE_PX = 700, 15
NEW_LISTING_NOTE = str(QT_TRANSLATE_NOOP(
    "PropertyEditorDialog",
    "BookMyColiving reviews every new listing before it goes online: keep it as a draft on "
    "this computer until it is ready, nothing is sent until you create it.",
))


class PropertyEditorDialog(QDialog):
    """Create (``property_id=None``) or edit one listing. Open it with ``open()``; it is window-modal only.

    A new listing's draft lives in the slot ``draft`` (a fresh one when not given), so several new listings
    can be kept as drafts side by side and each reopened from the Listings page.
    """

    #: The listing was accepted by the channel: its id (new for a create).
    saved = Signal(str)
    #: The user asked to see another listing (the one that already has the typed reference).
    openListing = Signal(str)

    def __init__(
        self,
        store: ListingReader,
        service: ListingWriter,
        drafts: DraftStore,
        property_id: str | None = None,
        *,
        default_email: str = "",
        thumbnails: ThumbnailLoader | None = None,
        draft: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._service = service
        self._drafts = drafts
        self._property_id = property_id
        self._key = property_id or draft or new_draft_key()
        self._property = store.get_property(property_id) if property_id else None
        self._base = payload_from_property(self._property) if self._property else empty_payload(default_email)
        self._outbox_id: int | None = None
        #: When this draft was started, and the channel's ``updatedAt`` of the version it was started from.
        self._draft_started: str | None = None
        self._started_from: datetime | None = self._property.updated_at if self._property else None
        self.setObjectName("propertyEditor")
        self.setWindowTitle(
            self.tr("Edit “{name}”").format(name=self._property.name) if self._property else self.tr("New listing")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self._build(thumbnails)
        self.enter_guard = EnterGuard(self, self.tr("Save the listing"), self.save_button)
        self._fit()
        # Problems no field owns (e.g. the store went away while saving) are said in this dialog's banner,
        # where the operator is looking, not behind it.
        self.notifier = Notifier(self)
        self.notifier.banner.connect(
            lambda m: self.error_banner.say(self.tr("{title}. {text}").format(title=m.title, text=m.text), "error")
        )
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._reload_reference()
        self._load_initial()
        self._unsubscribe: Callable[[], None] | None = service.changes.subscribe(self._on_changes)
        self.finished.connect(self._detach)

    # ------------------------------------------------------------------ construction
    def _build(self, thumbnails: ThumbnailLoader | None) -> None:
        self.status_banner = NoticeWidget("statusBanner", parent=self)
        self.notes_banner = NoticeWidget("adminNotesBanner", parent=self)
        self.draft_banner = NoticeWidget("draftBanner", self.tr("Discard my unsaved changes"), self)
        self.error_banner = NoticeWidget("errorBanner", parent=self)
        self.stale = StaleDraftNotice(self)
        self.stale.discard_button.clicked.connect(self.discard_draft)
        self.conflict = ReferenceConflictWidget(self)
        self.conflict.openExisting.connect(self.openListing)
        self.conflict.replaceExisting.connect(self.replace_existing)
        self.conflict.changeReference.connect(self.change_reference)
        self.conflict.answered.connect(self._drop_failed_create)
        assert self.draft_banner.button is not None
        self.discard_button = self.draft_banner.button
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.clicked.connect(self.discard_draft)

        self.form = ListingForm(thumbnails, self)
        self.errors = self.form.errors
        self.name_edit, self.city_combo = self.form.name_edit, self.form.city_combo
        self.address_edit, self.description_edit = self.form.address_edit, self.form.description_edit
        self.email_edit, self.external_edit = self.form.email_edit, self.form.external_edit
        self.types_chips, self.amenity_chips = self.form.types_chips, self.form.amenity_chips
        self.rooms, self.photos = self.form.rooms, self.form.photos
        self.form.edited.connect(self._on_edited)
        self.photos.problemChanged.connect(self._on_photo_problem)
        self.rooms.model.invalidInput.connect(
            lambda row, message: self.show_field_error(
                "roomOptions", self.tr("Room option {index}: {problem}").format(index=row + 1, problem=message),
            )
        )

        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.save_state.setWordWrap(True)  # a long state must not widen the dialog past the screen
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        # Saving sends to review, which cannot be undone: Enter in a field must not do it (see ``EnterGuard``).
        self.save_button.setToolTip(self.tr("Or press Ctrl+Enter in any field. Enter alone never saves."))
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        top = QVBoxLayout()
        top.setContentsMargins(18, 12, 18, 0)
        top.addWidget(self.status_banner)
        top.addWidget(self.notes_banner)
        top.addWidget(self.draft_banner)
        top.addWidget(self.stale)
        top.addWidget(self.error_banner)
        top.addWidget(self.conflict)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(18, 6, 18, 12)
        bottom.addWidget(self.save_state, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)

    def _fit(self) -> None:
        """Size in lines of the font, never taller or wider than the screen it opens on: the form scrolls."""
        line = self.fontMetrics().height()
        width = WIDTH_EM * line
        height = min(HEIGHT_EM * line, MAX_HEIGHT_PX_AT_DEFAULT_FONT * max(line, DEFAULT_LINE_PX) // DEFAULT_LINE_PX)
        host = self.parentWidget() or self
        screen = host.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------------ loading
    def _reload_reference(self) -> None:
        self.city_combo.set_cities(self._store.reference_items(CITY))
        self.types_chips.set_items([(i.id, i.name) for i in self._store.reference_items(COLIVING_TYPE)])
        self.amenity_chips.set_items([(i.id, i.name) for i in self._store.reference_items(AMENITY)])

    def _load_initial(self) -> None:
        prop = self._property
        if prop is not None:
            self._show_status(prop)
        else:
            self.status_banner.say(self.tr(NEW_LISTING_NOTE), "info")
        saved = self._drafts.load(self._key)
        payload = self._base
        typed: dict[str, Any] = {}
        if saved and isinstance(saved.get("payload"), dict):
            payload = {**self._base, **saved["payload"]}
            typed = saved["typed_prices"] if isinstance(saved.get("typed_prices"), dict) else {}
            pending = isinstance(saved.get("outbox_id"), int) or isinstance(saved.get("conflict"), dict)
            if comparable(payload) == comparable(self._base) and not pending and not typed:
                # Nothing in it differs from the listing (written by a version that compared less carefully).
                self._drafts.clear(self._key)
                saved, payload = None, self._base
        if saved:
            when = self._drafts.saved_at(self._key)
            restored = (
                self.tr("Restored your unsaved changes from {time}.").format(time=long_time(when)) if when
                else self.tr("Restored your unsaved changes from earlier.")
            )
            self.draft_banner.say(restored, "info")
            self._draft_started = str(saved.get("started_at") or "") or None
            self._started_from = draft_started_from(saved, when)
            if isinstance(saved.get("conflict"), dict):
                self.conflict.ask(saved["conflict"])
            outbox_id = saved.get("outbox_id")
            if isinstance(outbox_id, int):
                self._outbox_id = outbox_id
                self._follow_outbox()
        self.set_payload(payload, typed)
        if self.rooms.model.problems():  # said next to the table again, as when it was typed
            self.show_field_error("roomOptions", self._local_problems()["roomOptions"], reveal=False)
        self._update_buttons()
        self._check_stale()

    def _check_stale(self) -> None:
        """Warn when the channel's copy is newer than the version this draft was started from."""
        prop = self._property
        newer = (
            prop is not None and prop.updated_at is not None and self._started_from is not None
            and prop.updated_at > self._started_from
        )
        restored = self.draft_banner.label.text()
        if newer and prop is not None and self.is_dirty():
            cities = {c.id: c.name for c in self._store.reference_items(CITY)}
            differences = describe_differences(self.payload(), self._base, lambda i: cities.get(i, i))
            self.stale.say(prop.updated_at, differences, restored)
            self.draft_banner.hide()  # said by the warning, whose button discards the same draft
        else:
            self.stale.clear()
            self.draft_banner.setVisible(bool(restored))

    def _show_status(self, prop: Property) -> None:
        if prop.status == PropertyStatus.APPROVED:
            text = self.tr("This listing is live. Saving keeps it online and sends your changes to "
                           "BookMyColiving's review; they appear publicly once approved.")
            if prop.needs_review:
                text = self.tr("This listing is live and earlier changes are still in review. Saving keeps it "
                               "online and sends your changes to BookMyColiving's review; they appear publicly "
                               "once approved.")
            self.status_banner.say(text, "warn")
        elif prop.status == PropertyStatus.PENDING_REVIEW:
            self.status_banner.say(
                self.tr("BookMyColiving is reviewing this listing. You can still correct it."), "info"
            )
        elif prop.status == PropertyStatus.REJECTED:
            self.status_banner.say(
                self.tr("BookMyColiving rejected this listing. Fix it, save, then submit it again."), "error"
            )
        if prop.admin_notes:
            self.notes_banner.say(self.tr("Reviewer's notes: {notes}").format(notes=prop.admin_notes), "error")

    def _update_buttons(self) -> None:
        """Each button says what it does: a create always goes to review, and so does an edit to a live
        listing; closing a new listing keeps it here as a draft."""
        if self._property is None and self._property_id is None:
            self.save_button.setText(self.tr("Create and send to review"))
            if self._outbox_id is not None:  # on its way: closing no longer just keeps a draft
                self.close_button.setText(self.tr("Close"))
                self.close_button.setToolTip(self.tr("It is kept here until BookMyColiving has it."))
                return
            self.close_button.setText(self.tr("Keep as draft on this computer"))
            self.close_button.setToolTip(self.tr("Nothing is sent; reopen it from “Drafts on this computer”."))
            return
        live = self._property is not None and self._property.status == PropertyStatus.APPROVED
        self.save_button.setText(self.tr("Save and send to review") if live else self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip("")

    # ------------------------------------------------------------------ payload in and out
    def payload(self) -> dict[str, Any]:
        """What the form holds now, in API names (prices in cents)."""
        return self.form.payload()

    def set_payload(self, payload: Mapping[str, Any], typed_prices: Mapping[str, Any] | None = None) -> None:
        locked = [p.url for p in self._property.photos] if self._property else []
        self.form.set_payload(payload, locked, typed_prices)

    def is_dirty(self) -> bool:
        """Whether the form differs from the channel's copy (or, for a new listing, from an empty form), counting
        text typed in a price cell that is not a price (the payload has no price there)."""
        return comparable(self.payload()) != comparable(self._base) or bool(self.form.typed_prices())

    # ------------------------------------------------------------------ drafts
    def _on_edited(self) -> None:
        self.errors.follow(self.payload(), self._local_problems)
        if not self.errors.shown() and self.save_state.text() == self._correct_fields_text():
            self.save_state.clear()
        self._draft_timer.start()

    @property
    def draft_key(self) -> str:
        """The slot this editor's draft lives in (the listing's id, or this new listing's own slot)."""
        return self._key

    def flush_draft(self) -> None:
        """Write (or, when nothing differs from the channel's copy, remove) this listing's draft now."""
        self._draft_timer.stop()
        if self.is_dirty() or self._outbox_id is not None:
            if self._draft_started is None:
                self._draft_started = datetime.now(UTC).isoformat()
            fields = {
                "payload": self.payload(), "outbox_id": self._outbox_id, "conflict": self.conflict.note(),
                "typed_prices": self.form.typed_prices(),
                "started_at": self._draft_started,
                "base_updated_at": self._started_from.isoformat() if self._started_from else None,
            }
            self._drafts.save(self._key, fields)
            if self._outbox_id is None and self.save_state.text() not in self._not_saved_texts():
                self.save_state.setText(
                    self.tr("Kept on this computer as a draft until you create it.") if self._property_id is None
                    else self.tr("Unsaved changes are kept on this computer until you save.")
                )
        else:
            self._drafts.clear(self._key)
            self._draft_started = None
            if self._outbox_id is None:
                self.save_state.clear()

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        self._drafts.clear(self._key)
        self._outbox_id = None
        self.conflict.clear()
        self._draft_started = None
        self._started_from = self._property.updated_at if self._property else None
        self.set_payload(self._base)
        self.clear_errors()
        self.draft_banner.say("")
        self.stale.clear()
        self.save_state.clear()

    # ------------------------------------------------------------------ errors
    def clear_errors(self) -> None:
        self.errors.clear()
        self.error_banner.say("")

    def show_field_error(
        self, field: str, message: str, about: Mapping[str, Any] | None = None, *, reveal: bool = True
    ) -> None:
        """Show ``message`` under ``field``; ``about`` is the form a channel's answer concerned (the error then
        stays until that field changes), none for a local check (it stays while the check fails)."""
        if not self.errors.owns(field):
            self.error_banner.say(message, "error")
            return
        self.errors.show(field, message, about, reveal=reveal)

    def field_error(self, field: str) -> str:
        """The error shown under ``field`` now ("" when none); what tests and screen readers read."""
        return self.errors.text(field)

    def _local_problems(self) -> dict[str, str]:
        """The local checks, with an unreadable price cell named as such rather than as a missing price."""
        problems = validate(self.payload())
        unreadable = self.rooms.model.problems()
        if unreadable:
            row, message = unreadable[0]
            problems["roomOptions"] = self.tr("Room option {index}: {problem}").format(index=row + 1, problem=message)
        if self.photos.problem():  # an address refused and still in its field, not yet corrected
            problems["photos"] = self.photos.problem()
        return problems

    def _on_photo_problem(self) -> None:
        """A refused photo address is said under the photos at once, and the line goes once it is corrected."""
        if self.photos.problem():
            self.show_field_error("photos", self.photos.problem())
        else:
            self.errors.follow(self.payload(), self._local_problems)

    def _show_problems(self, problems: Mapping[str, str], about: Mapping[str, Any] | None = None) -> None:
        self.clear_errors()
        first = next((f for f in FIELDS if f in problems), None)
        for field in FIELDS:
            if field in problems:
                self.show_field_error(field, problems[field], about, reveal=field == first)
        if first is not None:
            self.form.widgets[first].setFocus()

    # ------------------------------------------------------------------ saving
    def _correct_fields_text(self) -> str:
        return self.tr("Not saved: please correct the fields marked in red.")

    def _refused_text(self) -> str:
        return self.tr("Not saved: BookMyColiving refused the change. Correct it and save again.")

    def _not_saved_texts(self) -> tuple[str, ...]:
        """The states that say the last save did not happen, which a draft note must not cover."""
        return self._correct_fields_text(), self._refused_text(), self.tr("Not saved.")

    def save(self) -> None:
        """Check the form, then queue the create or replace; the outcome arrives through the change stream."""
        payload = self.payload()
        problems = self._local_problems()
        if problems:
            self._show_problems(problems)
            self.save_state.setText(self._correct_fields_text())
            return
        self.clear_errors()
        self.conflict.clear()
        self.save_state.setText(self.tr("Creating…") if self._property_id is None else self.tr("Saving…"))
        self._queue_save(to_draft(payload))

    def replace_existing(self, property_id: str) -> None:
        """Become the editor of the listing that has the reference and send what was typed to it (a PUT)."""
        typed = self.payload()
        existing = self._store.get_property(property_id)
        self._drafts.clear(self._key)
        self._property_id, self._key, self._property = property_id, property_id, existing
        if existing is not None:
            self._base = payload_from_property(existing)
            self.setWindowTitle(self.tr("Edit “{name}”").format(name=existing.name))
            self.status_banner.say("")
            self._show_status(existing)
            self._started_from = existing.updated_at
        self._update_buttons()
        self.conflict.clear()
        self.set_payload(typed)  # its photos on the channel come first, locked; the typed ones follow
        self.save()

    def change_reference(self) -> None:
        """Back to the form on the reference field, marked, with the rest of the typed listing untouched."""
        note = self.conflict.note() or {}
        self.conflict.clear()
        reference = note.get("external_id") or self.tr("this one")
        if note.get("name"):
            problem = self.tr("Choose another reference: {reference} is already used by “{name}”.").format(
                reference=reference, name=note["name"],
            )
        else:
            problem = self.tr("Choose another reference: {reference} is already used.").format(reference=reference)
        self.show_field_error("externalId", problem, self.payload())
        self.external_edit.setFocus()
        self.external_edit.selectAll()
        self.save_state.setText(self.tr("Change your reference, then save again."))
        self.flush_draft()

    @async_slot(int)
    async def _drop_failed_create(self, outbox_id: int) -> None:
        """The question is answered (the draft keeps it if needed): the failed create need not be listed."""
        await self._service.discard(outbox_id)

    @async_slot()
    async def _queue_save(self, draft: PropertyDraft) -> None:
        try:
            item = await self._service.save_property(draft, self._property_id)
        except ApiStatusError as err:
            self._place_error(err)
            return
        self._outbox_id = item.id
        self.flush_draft()
        self._update_buttons()
        self._follow_outbox()

    def set_busy(self, busy: bool) -> None:
        """No second save while one is being queued; after that the outbox state decides (see
        ``_follow_outbox``)."""
        self.save_button.setEnabled(not busy and self._outbox_id is None)

    def _place_error(self, err: ApiStatusError) -> None:
        message = describe(err)
        placed = place_errors(message.field_errors.items(), err.message)
        self._show_problems(placed, self.payload())
        if not placed:
            self.error_banner.say(self.tr("{title}. {text}").format(title=message.title, text=message.text), "error")
        self.save_state.setText(self.tr("Not saved."))

    def _follow_outbox(self) -> None:
        if self._outbox_id is None:
            return
        item = self._store.get_outbox_item(self._outbox_id)
        if item is None:  # discarded from the outbox meanwhile
            self._outbox_id = None
            self.save_button.setEnabled(True)
            self._update_buttons()
            return
        self.save_button.setEnabled(item.state in (OutboxState.FAILED,))
        if item.state == OutboxState.SENT:
            self._on_sent(item)
        elif item.state == OutboxState.FAILED:
            self.save_button.setEnabled(True)
            self._show_failure(item.error or self.tr("The channel refused the change."))
            self.save_state.setText(self._refused_text())
            note = reused_listing(item)
            if note is not None:
                self.conflict.ask({**note, "outbox_id": str(item.id)})
                self.save_state.setText(
                    self.tr("Not created: choose what to do with the listing that has this reference.")
                )
            self._outbox_id = None
            self._update_buttons()
            self.flush_draft()
        elif item.state == OutboxState.HELD:
            reason = translated_reason(item.error) or self.tr("the channel asked us to slow down")
            self.save_state.setText(self.tr("Waiting to send: {reason}.").format(reason=reason))
        elif self._property_id is None:
            self.save_state.setText(self.tr("Creating… (you can close this window; it is kept here until it is "
                                            "sent, then waits for BookMyColiving's review)"))
        else:
            self.save_state.setText(self.tr("Saving… (you can close this window; the change is kept and sent)"))

    def _show_failure(self, stored: str) -> None:
        """Put a failed save's errors under their fields: its stored field lines first, else the sentence."""
        sentence, field_errors = parse_error(translated_reason(stored))
        sentence = sentence.removeprefix("BookMyColiving: ")
        placed = place_errors(((e.path, e.message) for e in field_errors), sentence)
        self._show_problems(placed, self.payload())
        if not placed:
            refused = self.tr("BookMyColiving refused the change: {reason}").format(reason=sentence)
            self.error_banner.say(refused, "error")

    def _on_sent(self, item: OutboxItem) -> None:
        self._draft_timer.stop()
        self._drafts.clear(self._key)
        result = getattr(self._store, "outbox_result", None)
        new_id = self._property_id or (result(item.id) if callable(result) else None) or ""
        self._outbox_id = None
        self.save_state.setText(self.tr("Saved."))
        self.saved.emit(str(new_id))
        self.accept()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self._outbox_id is not None and changes.get_ids("outbox"):
            self._follow_outbox()
        if changes.get_ids("reference"):
            self._reload_reference()
        if self._property_id and self._property_id in changes.get_ids("properties"):
            fresh = self._store.get_property(self._property_id)
            if fresh is None:
                self.error_banner.say(
                    self.tr("This listing no longer exists on BookMyColiving. Your text is kept as a draft here."),
                    "error",
                )
                self.save_button.setEnabled(False)
                return
            untouched = not self.is_dirty() and self._outbox_id is None
            self._property = fresh
            self._base = payload_from_property(fresh)
            if untouched:  # nothing typed yet: show the channel's current version, and start from it
                self.set_payload(self._base)
                self._started_from = fresh.updated_at
            self.notes_banner.say("")
            self.status_banner.say("")
            self._show_status(fresh)
            self._update_buttons()
            self._check_stale()

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        self.flush_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        super().closeEvent(event)

    def _detach(self, _result: int = 0) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
