"""The demo's listing register: the Coliving.com document's demo listings as an operator would register them.

Names, stay minimums and prices are the document's demo context (``demo_context_v1.php``). The unit counts are
the rooms the demo house really has, so the demo calendar reads like a real one: the document's context gives
Maple Grove's room types one unit each, while the demo sandbox (which, like the channel, takes bookings without
counting rooms) holds up to six overlapping stays on them, which would paint nearly every day overbooked. With
these counts most days are free or partly booked, a few are sold out, and one spell is overbooked on purpose,
the Queen Studio Room holding six stays for five rooms for a few days, so the Problems list and its Fix have
something to show. Maple Grove is linked to the BookMyColiving property ``prop_0004`` (Sunny Shoreditch House,
London, also paid in pounds), so the demo shows one house across both channels.

Only ``colivingdesk --demo`` imports it, into its throwaway profile.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from colivingdesk.sync.register import import_register, parse_register

if TYPE_CHECKING:
    from colivingdesk.store import Store


def _months(**prices: int) -> dict[str, int | None]:
    names = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return {f"price_{m}": prices.get(m) for m in names}


DEMO_REGISTER: dict[str, Any] = {
    "host": {"id": 6368, "name": "Demo Host"},
    "listings": [
        {
            "id": 5325, "name": "Demo listing", "status": "published", "stay_min": 30,
            "room_types": [
                {"id": 38753, "name": "Full Bedroom", "room_type": "private", "amount": 6,
                 "prices": {"currency": "USD", "base_price": 1000, **_months(jan=1100, aug=1700)}},
            ],
        },
        {
            "id": 22228, "name": "Maple Grove Commons Coliving 3333", "status": "pending", "stay_min": 60,
            "bmc_property_id": "prop_0004",
            "room_types": [
                {"id": 66713, "name": "Queen Studio Room", "room_type": "private", "amount": 5,
                 "prices": {"currency": "GBP", "base_price": 1340, **_months(
                     jan=1320, feb=1460, mar=1380, apr=1410, may=1375, jun=1395, jul=1440, aug=1400, sep=1360,
                     oct=1490, nov=1425, dec=1450)}},
                {"id": 66714, "name": "Full Comfort Room", "room_type": "private", "amount": 4,
                 "prices": {"currency": "GBP", "base_price": 1580, **_months(
                     jan=1560, feb=1710, mar=1605, apr=1475, may=1590, jun=1570, jul=1500, aug=1610, sep=1585,
                     oct=1525, nov=1600, dec=1540)}},
            ],
        },
    ],
}


def import_demo_register(store: Store, today: date | None = None) -> dict[str, int]:
    """Write the demo register into ``store`` (the demo's own profile)."""
    return import_register(store, parse_register(DEMO_REGISTER, today or date.today()))
