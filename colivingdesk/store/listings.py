"""Coliving.com listings and room types: the ids the operator manages and the prices and availability sent for
them.

Coliving.com has no endpoint that lists a host's listings, so this table is the app's own memory of them
(entered by the operator, seen on bookings, or from the demo context).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from colivingdesk.store.codec import decimal_to_text, from_json, text_to_decimal, to_json
from colivingdesk.store.db import Database
from colivingdesk.store.records import Listing, RoomType
from colivingdesk.store.upsert import upsert_rows

#: The listing ids of listing ``?``'s house: itself and every listing linked to the same BookMyColiving property
#: (binds the listing id twice). The inbox and bookings filters widen a listing to its house with it.
HOUSE_OF_LISTING = (
    "SELECT ? UNION SELECT id FROM listings WHERE bmc_property_id IS NOT NULL "
    "AND bmc_property_id = (SELECT bmc_property_id FROM listings WHERE id = ?)"
)
#: The listing ids linked to BookMyColiving property ``?``: the Coliving.com side of its house.
LISTINGS_OF_PROPERTY = "SELECT id FROM listings WHERE bmc_property_id = ?"
_LISTING_COLS = ("id", "name", "extra", "registered", "stay_min", "bmc_property_id")
_LISTING_SELECT = f"SELECT {', '.join(_LISTING_COLS)} FROM listings"
_ROOM_COLS = (
    "id",
    "listing_id",
    "name",
    "room_type",
    "currency",
    "base_price",
    "monthly_prices",
    "available",
    "units",
)


def _room_row(rt: RoomType) -> tuple[Any, ...]:
    return (
        rt.id,
        rt.listing_id,
        rt.name,
        rt.room_type,
        rt.currency,
        decimal_to_text(rt.base_price),
        to_json({k: str(v) for k, v in rt.monthly_prices.items()}),
        to_json(dict(rt.available)),
        rt.units,
    )


def _listing_row(item: Listing) -> tuple[Any, ...]:
    return (
        item.id, item.name, to_json(item.extra), int(item.registered), item.stay_min, item.bmc_property_id
    )


def _listing_from(row: sqlite3.Row) -> Listing:
    return Listing(
        id=row["id"],
        name=row["name"],
        extra=from_json(row["extra"], {}),
        registered=bool(row["registered"]),
        stay_min=row["stay_min"],
        bmc_property_id=row["bmc_property_id"],
    )


def _room_from(row: sqlite3.Row) -> RoomType:
    return RoomType(
        id=row["id"],
        listing_id=row["listing_id"],
        name=row["name"],
        room_type=row["room_type"],
        currency=row["currency"],
        base_price=text_to_decimal(row["base_price"]),
        monthly_prices={k: Decimal(v) for k, v in from_json(row["monthly_prices"], {}).items()},
        available={k: int(v) for k, v in from_json(row["available"], {}).items()},
        units=row["units"],
    )


class ListingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_listings(self, listings: Sequence[Listing]) -> list[str]:
        rows = [_listing_row(item) for item in listings]
        with self._db.transaction() as conn:
            return [k[0] for k in upsert_rows(conn, "listings", ("id",), _LISTING_COLS, rows)]

    def upsert_room_types(self, room_types: Sequence[RoomType]) -> list[str]:
        with self._db.transaction() as conn:
            keys = upsert_rows(conn, "room_types", ("id",), _ROOM_COLS, [_room_row(rt) for rt in room_types])
        return [k[0] for k in keys]

    def listings(self) -> list[Listing]:
        rows = self._db.query(f"{_LISTING_SELECT} ORDER BY {self._db.dialect.nocase('name')}, id")
        return [_listing_from(r) for r in rows]

    def get_listing(self, listing_id: str) -> Listing | None:
        r = self._db.query_one(f"{_LISTING_SELECT} WHERE id = ?", (listing_id,))
        return None if r is None else _listing_from(r)

    def link_property(self, listing_id: str, property_id: str | None) -> bool:
        """Record which BookMyColiving property ``listing_id`` is (None removes the link); False if unknown."""
        with self._db.transaction() as conn:
            sql = "UPDATE listings SET bmc_property_id = ? WHERE id = ?"
            return conn.execute(sql, (property_id, listing_id)).rowcount > 0

    def house_listing_ids(self, listing_id: str) -> set[str]:
        """``listing_id`` and the listings linked to the same BookMyColiving property."""
        return {r[0] for r in self._db.query(HOUSE_OF_LISTING, (listing_id, listing_id))}

    def delete_listing(self, listing_id: str) -> bool:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM room_types WHERE listing_id = ?", (listing_id,))
            return conn.execute("DELETE FROM listings WHERE id = ?", (listing_id,)).rowcount > 0

    def room_types(self, listing_id: str | None = None) -> list[RoomType]:
        select = f"SELECT {', '.join(_ROOM_COLS)} FROM room_types"
        if listing_id is None:
            rows = self._db.query(f"{select} ORDER BY listing_id, {self._db.dialect.nocase('name')}, id")
        else:
            rows = self._db.query(
                f"{select} WHERE listing_id = ? ORDER BY {self._db.dialect.nocase('name')}, id", (listing_id,)
            )
        return [_room_from(r) for r in rows]

    def known(
        self, listing_ids: Sequence[str], room_type_ids: Sequence[str]
    ) -> tuple[set[str], dict[str, tuple[str, str]]]:
        listings: set[str] = set()
        rooms: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(list(listing_ids)):
            sql = f"SELECT id FROM listings WHERE id IN ({', '.join('?' * len(chunk))})"
            listings.update(r[0] for r in self._db.query(sql, chunk))
        for chunk in _chunks(list(room_type_ids)):
            sql = f"SELECT id, listing_id, name FROM room_types WHERE id IN ({', '.join('?' * len(chunk))})"
            rooms.update((r[0], (r[1], r[2])) for r in self._db.query(sql, chunk))
        return listings, rooms

    def get_room_type(self, room_type_id: str) -> RoomType | None:
        row = self._db.query_one(
            f"SELECT {', '.join(_ROOM_COLS)} FROM room_types WHERE id = ?", (room_type_id,)
        )
        return None if row is None else _room_from(row)


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    """Slices small enough for one statement's bound parameters."""
    return [values[i : i + size] for i in range(0, len(values), size)]
