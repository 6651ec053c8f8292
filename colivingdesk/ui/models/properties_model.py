"""BookMyColiving listings as table rows, with their moderation state in words and any write still in flight.

Rows come from the store a page at a time (:class:`StoreListModel`); this model only decides what each column
says. Two things the store row alone cannot show are folded in here:

* the **status a person reads**: BookMyColiving keeps an approved listing live while an edit is re-reviewed,
  so ``APPROVED`` + ``needs_review`` reads "Live, changes in review", not just "Live";
* the **outbox state** of writes not yet confirmed ("Saving…", "Failed: <reason>"), so a save or an action
  that has not reached the channel is never mistaken for one that has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from colivingdesk.domain import OutboxItem, OutboxState, Property, PropertyStatus
from colivingdesk.labels import property_label
from colivingdesk.store.filters import PropertyFilter, PropertyKey, property_key
from colivingdesk.sync.listing_writes import was_replayed
from colivingdesk.ui.dialogs.listing_fields import price_text
from colivingdesk.ui.models.store_list_model import Column, FirstUserRole, StoreListModel

#: Role giving a row's status key for the chip delegate: "draft" | "review" | "live" | "live_review" |
#: "rejected" | "other".
StatusKeyRole = FirstUserRole
#: Role giving the pending write's state ("queued", "sending", "failed", "held") or None.
PendingRole = FirstUserRole + 1

STATUS_LABELS = {
    "draft": str(QT_TRANSLATE_NOOP("PropertiesModel", "Draft")),
    "review": str(QT_TRANSLATE_NOOP("PropertiesModel", "In review")),
    "live": str(QT_TRANSLATE_NOOP("PropertiesModel", "Live")),
    "live_review": str(QT_TRANSLATE_NOOP("PropertiesModel", "Live, changes in review")),
    "rejected": str(QT_TRANSLATE_NOOP("PropertiesModel", "Rejected")),
}

#: Filter choices offered to the user: label (English, translated in the ``PropertiesModel`` context where
#: shown) -> store filter fields.
STATUS_FILTERS: list[tuple[str, dict[str, Any]]] = [
    (str(QT_TRANSLATE_NOOP("PropertiesModel", "All statuses")), {}),
    (STATUS_LABELS["draft"], {"status": PropertyStatus.DRAFT.value}),
    (STATUS_LABELS["review"], {"status": PropertyStatus.PENDING_REVIEW.value}),
    (STATUS_LABELS["live"], {"status": PropertyStatus.APPROVED.value}),
    (STATUS_LABELS["live_review"], {"status": PropertyStatus.APPROVED.value, "needs_review": True}),
    (STATUS_LABELS["rejected"], {"status": PropertyStatus.REJECTED.value}),
]

REPLAYED_NOTE = str(QT_TRANSLATE_NOOP(
    "PropertiesModel", "BookMyColiving replayed its first answer to this request: it was not applied twice.",
))

ACTION_WORDS = {
    "property.create": str(QT_TRANSLATE_NOOP("PropertiesModel", "Creating")),
    "property.replace": str(QT_TRANSLATE_NOOP("PropertiesModel", "Saving changes")),
    "property.submit": str(QT_TRANSLATE_NOOP("PropertiesModel", "Submitting for review")),
    "property.unpublish": str(QT_TRANSLATE_NOOP("PropertiesModel", "Unpublishing")),
    "property.delete": str(QT_TRANSLATE_NOOP("PropertiesModel", "Deleting")),
    "property.photos": str(QT_TRANSLATE_NOOP("PropertiesModel", "Adding photos")),
}


def status_key(prop: Property) -> str:
    status = prop.status.upper()
    if status == PropertyStatus.APPROVED:
        return "live_review" if prop.needs_review else "live"
    return {
        PropertyStatus.DRAFT.value: "draft",
        PropertyStatus.PENDING_REVIEW.value: "review",
        PropertyStatus.REJECTED.value: "rejected",
    }.get(status, "other")


def status_label(prop: Property) -> str:
    """The moderation state in the operator's words; an unknown server value is shown as sent, not hidden."""
    key = status_key(prop)
    label = STATUS_LABELS.get(key)
    return QCoreApplication.translate("PropertiesModel", label) if label else prop.status.replace("_", " ").capitalize()


def allowed_actions(prop: Property) -> set[str]:
    """What the document lets a listing do next: submit from DRAFT or REJECTED, unpublish when APPROVED."""
    status = prop.status.upper()
    allowed = {"edit", "delete"}
    if status in (PropertyStatus.DRAFT, PropertyStatus.REJECTED):
        allowed.add("submit")
    if status == PropertyStatus.APPROVED:
        allowed.add("unpublish")
    return allowed


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """The most relevant unconfirmed write for one listing (a failure outranks a queued item)."""

    outbox_id: int
    kind: str
    state: OutboxState
    error: str | None
    #: The channel answered it with a replay of its first answer (``Idempotent-Replayed: true``).
    replayed: bool = False

    def describe(self) -> str:
        known = ACTION_WORDS.get(self.kind)
        verb = QCoreApplication.translate("PropertiesModel", known) if known else QCoreApplication.translate(
            "PropertiesModel", "Sending",
        )
        if self.state == OutboxState.FAILED:
            refused = QCoreApplication.translate("PropertiesModel", "refused by the channel")
            reason = (self.error or refused).removeprefix("BookMyColiving: ")
            return QCoreApplication.translate("PropertiesModel", "Failed: {reason}").format(reason=reason)
        if self.state == OutboxState.HELD:
            return QCoreApplication.translate("PropertiesModel", "{action}: waiting ({reason})").format(
                action=verb, reason=self.error or QCoreApplication.translate("PropertiesModel", "rate limit"),
            )
        if self.state == OutboxState.SENDING:
            return QCoreApplication.translate("PropertiesModel", "{action}…").format(action=verb)
        # Queued: it goes when BookMyColiving answers, which offline may be a while; "…" would say it is going.
        if self.error:
            return QCoreApplication.translate("PropertiesModel", "{action}: queued ({reason})").format(
                action=verb, reason=self.error,
            )
        return QCoreApplication.translate("PropertiesModel", "{action}: queued").format(action=verb)

    def detail(self) -> str:
        """:meth:`describe`, plus whether the channel replayed its first answer, for the details pane."""
        if not self.replayed:
            return self.describe()
        return "\n".join((self.describe(), QCoreApplication.translate("PropertiesModel", REPLAYED_NOTE)))


def pending_by_target(items: Iterable[OutboxItem]) -> dict[str, PendingWrite]:
    """Unsent property writes grouped by the listing they concern; failed ones win, then the newest."""
    rank = {OutboxState.FAILED: 3, OutboxState.HELD: 2, OutboxState.SENDING: 1, OutboxState.QUEUED: 0}
    found: dict[str, PendingWrite] = {}
    for item in items:
        if not item.kind.startswith("property.") or item.state == OutboxState.SENT:
            continue
        current = found.get(item.target)
        if current is None or (rank[item.state], item.id) >= (rank[current.state], current.outbox_id):
            found[item.target] = PendingWrite(item.id, item.kind, item.state, item.error, was_replayed(item))
    return found


def _from_price(prop: Property) -> str:
    prices = [o.price_monthly_cents for o in prop.room_options]
    if not prices:
        return "—"
    low = price_text(min(prices))
    if len(set(prices)) == 1:
        return low
    return QCoreApplication.translate("PropertiesModel", "from {price}").format(price=low)


class PropertiesModel(StoreListModel):
    """Listings in name order, filtered in SQL; :meth:`set_filter` and :meth:`set_pending` update it."""

    COLUMNS = ("Name", "Status", "City", "Monthly price", "Photos", "Pending")

    def __init__(
        self,
        page: Callable[[PropertyFilter, PropertyKey | None, int], Sequence[Property]],
        count: Callable[[PropertyFilter], int],
        get: Callable[[str], Property | None],
        *,
        city_name: Callable[[str | None], str] | None = None,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        self._page = page
        self._count_fn = count
        self._filter = PropertyFilter()
        self._pending: dict[str, PendingWrite] = {}
        self._city_name = city_name or (lambda ident: ident or "")
        columns = [
            Column(
                QCoreApplication.translate("PropertiesModel", "Name"), lambda p: property_label(p, p.id),
                tooltip=lambda p: p.external_id and QCoreApplication.translate(
                    "PropertiesModel", "Your reference: {reference}",
                ).format(reference=p.external_id),
            ),
            Column(QCoreApplication.translate("PropertiesModel", "Status"), status_label,
                   tooltip=self._status_tooltip, roles={StatusKeyRole: status_key}),
            Column(QCoreApplication.translate("PropertiesModel", "City"), lambda p: self._city_name(p.city_id)),
            Column(QCoreApplication.translate("PropertiesModel", "Monthly price"), _from_price,
                   alignment=Qt.AlignmentFlag.AlignRight),
            Column(QCoreApplication.translate("PropertiesModel", "Photos"), lambda p: str(len(p.photos)),
                   alignment=Qt.AlignmentFlag.AlignRight),
            Column(QCoreApplication.translate("PropertiesModel", "Pending"), self._pending_text,
                   tooltip=self._pending_tooltip, roles={PendingRole: self._pending_state}),
        ]
        super().__init__(
            columns,
            lambda after, limit: page(self._filter, after, limit),
            lambda: count(self._filter),
            property_key,
            lambda p: p.id,
            get=get,
            page_size=page_size,
            parent=parent,
        )

    @property
    def filter(self) -> PropertyFilter:
        return self._filter

    def set_filter(self, value: PropertyFilter) -> None:
        if value == self._filter:
            return
        self._filter = value
        self.refresh()

    def pending(self, property_id: str) -> PendingWrite | None:
        return self._pending.get(property_id)

    def set_pending(self, pending: dict[str, PendingWrite]) -> None:
        """Replace the in-flight writes; only rows whose text changes are repainted."""
        moved = {k for k in set(pending) | set(self._pending) if pending.get(k) != self._pending.get(k)}
        self._pending = dict(pending)
        column = self.COLUMNS.index("Pending")
        for ident in moved:
            row = self.row_of(ident)
            if row >= 0:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def _pending_state(self, prop: Property) -> str | None:
        write = self._pending.get(prop.id)
        return None if write is None else write.state.value

    def _pending_text(self, prop: Property) -> str:
        write = self._pending.get(prop.id)
        return "" if write is None else write.describe()

    def _pending_tooltip(self, prop: Property) -> str | None:
        write = self._pending.get(prop.id)
        if write is None:
            return None
        if write.state == OutboxState.FAILED:
            return self.tr("{reason}\nOpen the listing to correct it, or retry.").format(
                reason=write.error or self.tr("Refused by the channel"),
            )
        return self.tr("Kept in the outbox and sent as soon as BookMyColiving answers.")

    @staticmethod
    def _status_tooltip(prop: Property) -> str | None:
        if prop.admin_notes:
            return QCoreApplication.translate("PropertiesModel", "Reviewer's notes: {notes}").format(
                notes=prop.admin_notes,
            )
        if status_key(prop) == "live_review":
            return QCoreApplication.translate(
                "PropertiesModel", "Live with the previous version; your latest changes are waiting for review.",
            )
        return None
