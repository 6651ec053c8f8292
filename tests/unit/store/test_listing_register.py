"""The listing register columns: a cache from before them keeps its listings, which read as learnt from bookings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from colivingdesk.store import Listing, RoomType, open_store
from colivingdesk.store.migrations import _V_LISTING_REGISTER, MIGRATIONS, migrate


def test_listings_cached_before_the_register_upgrade_as_unregistered(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=MIGRATIONS.index(_V_LISTING_REGISTER))  # the file as it was before the step
    conn.execute("INSERT INTO listings (id, name) VALUES ('22228', '')")
    conn.execute(
        "INSERT INTO room_types (id, listing_id, name, available) VALUES ('66713', '22228', 'Queen', "
        "'{\"2026-04-01\": 1}')"
    )
    conn.close()
    with open_store(db_path) as store:
        assert store.get_listing("22228") == Listing("22228")
        room = store.get_room_type("66713")
        assert room is not None and room.units is None and room.available == {"2026-04-01": 1}
        store.upsert_listings([Listing("22228", "Maple Grove", registered=True, stay_min=60, bmc_property_id="p9")])
        store.upsert_room_types([RoomType(id="66713", listing_id="22228", name="Queen", units=2)])
    with open_store(db_path) as store:
        assert store.get_listing("22228") == Listing(
            "22228", "Maple Grove", registered=True, stay_min=60, bmc_property_id="p9"
        )
        assert store.get_room_type("66713").units == 2  # type: ignore[union-attr]
