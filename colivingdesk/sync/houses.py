"""Houses: one place as staff think of it, whichever channel its guests come through.

A Coliving.com listing linked to a BookMyColiving property (the operator says so in the listing register; neither
channel knows the other) is the same house as that property, and several listings may name the same property.
A listing or property without a link is a house of its own. The calendar offers houses to choose from, and the
store's inbox and bookings filters widen a property or a listing to its whole house the same way
(:meth:`colivingdesk.store.Store.house_listing_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from colivingdesk.store import Listing
from colivingdesk.sync.register import display_name


@dataclass(frozen=True, slots=True)
class House:
    """One house: its BookMyColiving property (if linked) and its Coliving.com listings, by id."""

    key: str  # "bmc:<property id>" for a linked house, "coliving:<listing id>" for a listing of its own
    name: str
    property_id: str | None
    listing_ids: tuple[str, ...]

    @property
    def linked(self) -> bool:
        return self.property_id is not None


def houses(listings: Iterable[Listing], property_names: Mapping[str, str]) -> list[House]:
    """The houses the Coliving.com listings make up, linked ones first, each sorted by name.

    ``property_names`` maps BookMyColiving property ids to their names (an id the cache does not know is
    shown as the id).
    """
    linked: dict[str, list[Listing]] = {}
    alone: list[House] = []
    for listing in listings:
        if listing.bmc_property_id:
            linked.setdefault(listing.bmc_property_id, []).append(listing)
        else:
            alone.append(House(f"coliving:{listing.id}", display_name(listing), None, (listing.id,)))
    found = []
    for property_id, members in linked.items():
        names = " + ".join(display_name(m) for m in sorted(members, key=lambda m: display_name(m).casefold()))
        title = property_names.get(property_id) or property_id
        found.append(House(f"bmc:{property_id}", f"{title} = {names}", property_id, tuple(m.id for m in members)))
    found.sort(key=lambda h: h.name.casefold())
    alone.sort(key=lambda h: h.name.casefold())
    return found + alone
