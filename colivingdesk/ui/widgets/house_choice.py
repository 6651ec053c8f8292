"""A "house" choice for lists of bookings: every house, or one place whichever channel it is listed on.

A house is a BookMyColiving property with the Coliving.com listings linked to it, or a listing of its own
(:mod:`colivingdesk.sync.houses`). The choice turns into the store filter's ``property_id`` or ``listing_id``,
which the store widens to the whole house, so the list shows the bookings of every linked listing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from colivingdesk.store import Store
from colivingdesk.sync import ChangeSet
from colivingdesk.sync.houses import House, houses
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext


def read_houses(reader: Store) -> list[House]:
    """The houses of the cached listings, with the linked properties' names (store thread)."""
    listings = reader.list_listings()
    names = {}
    for listing in listings:
        if listing.bmc_property_id and listing.bmc_property_id not in names:
            found = reader.get_property(listing.bmc_property_id)
            names[listing.bmc_property_id] = found.name if found is not None else ""
    return houses(listings, names)


class HouseChoice(QComboBox):
    """"All houses" and one entry per house; read off the UI thread by :meth:`refresh`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.houses: list[House] = []
        self._read = False  # the houses are read when the choice is first shown, not at start-up
        self.setObjectName("houseChoice")
        self.setAccessibleName(self.tr("House"))
        self.setToolTip(self.tr("Bookings of one house: a BookMyColiving property and its linked Coliving.com "
                                "listings count as one"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(self.tr("All houses"), None)
        unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _on_changes(self, changes: ChangeSet) -> None:
        if self._read and (changes.get_ids("listings") or changes.get_ids("properties")):
            self.refresh()  # a link made or removed, a listing named: the houses change

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._read:
            self._read = True
            self.refresh()

    def set_busy(self, busy: bool) -> None:
        """Nothing to show while the houses are read."""

    @async_slot()
    async def refresh(self) -> None:
        self.set_houses(await in_executor(read_houses, self.ctx.reader))

    def set_houses(self, found: list[House]) -> None:
        """Offer ``found``, keeping the chosen house when it is still there (no change signal when it is)."""
        chosen = self.currentData()
        self.houses = found
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All houses"), None)
        for house in found:
            self.addItem(house.name, house.key)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if chosen is not None and index < 0:
            self.currentIndexChanged.emit(0)  # the chosen house is gone: every house again

    def filter_fields(self) -> dict[str, Any]:
        """``property_id`` or ``listing_id`` for a booking filter (the store widens either to the house)."""
        house = next((h for h in self.houses if h.key == self.currentData()), None)
        if house is None:
            return {}
        if house.property_id is not None:
            return {"property_id": house.property_id}
        return {"listing_id": house.listing_ids[0]}
