"""Coliving.com bookings: the feed's summary rows, enriched by per-booking detail calls.

The feed and the detail call disagree on how much they say. A summary must never erase what a detail call
fetched, or every poll would blank the guest's phone and the totals. When the ``version`` moves, the booking
changed on the server, so the stored detail is stale: it stays visible (better than a blank) but
``has_detail`` drops to false so sync knows to fetch it again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from sys import intern
from typing import Any

from colivingdesk.domain import Booking
from colivingdesk.store.codec import decimal_to_text, money_parts, parts_to_money, text_to_decimal
from colivingdesk.store.db import Database
from colivingdesk.store.filters import BookingFilter, BookingKey, like_pattern
from colivingdesk.store.listings import HOUSE_OF_LISTING, LISTINGS_OF_PROPERTY
from colivingdesk.store.records import BookingRow
from colivingdesk.store.search import reindex
from colivingdesk.store.upsert import Row, upsert_rows

_COLS = (
    "id",
    "listing_id",
    "room_type_id",
    "status",
    "checkin",
    "checkout",
    "version",
    "reference",
    "room_type_name",
    "nights",
    "guest_name",
    "guest_email",
    "guest_phone",
    "guest_country",
    "total_amount",
    "total_currency",
    "deposit_amount",
    "deposit_currency",
    "notes",
    "has_detail",
    "guests",
    "rooms",
    "total_local",
)
_SELECT = f"SELECT {', '.join(_COLS)} FROM bookings"
_SELECT_ROW = f"SELECT {', '.join(BookingRow._fields)} FROM bookings"
_VERSION = _COLS.index("version")
_HAS_DETAIL = _COLS.index("has_detail")


def _to_row(b: Booking) -> tuple[Any, ...]:
    total_amount, total_currency = money_parts(b.total)
    deposit_amount, deposit_currency = money_parts(b.security_deposit)
    return (
        b.id,
        b.listing_id,
        b.room_type_id,
        b.status,
        b.checkin,
        b.checkout,
        b.version,
        b.reference,
        b.room_type_name,
        b.nights,
        b.guest_name,
        b.guest_email,
        b.guest_phone,
        b.guest_country,
        total_amount,
        total_currency,
        deposit_amount,
        deposit_currency,
        b.notes,
        int(b.has_detail),
        b.guests,
        b.rooms,
        decimal_to_text(b.total_local),
    )


def _from_row(row: sqlite3.Row) -> Booking:
    return Booking(
        id=row["id"],
        listing_id=row["listing_id"],
        room_type_id=row["room_type_id"],
        status=row["status"],
        checkin=row["checkin"],
        checkout=row["checkout"],
        version=row["version"],
        reference=row["reference"],
        room_type_name=row["room_type_name"],
        nights=row["nights"],
        guest_name=row["guest_name"],
        guest_email=row["guest_email"],
        guest_phone=row["guest_phone"],
        guest_country=row["guest_country"],
        total=parts_to_money(row["total_amount"], row["total_currency"]),
        security_deposit=parts_to_money(row["deposit_amount"], row["deposit_currency"]),
        notes=row["notes"],
        has_detail=bool(row["has_detail"]),
        guests=row["guests"],
        rooms=row["rooms"],
        total_local=text_to_decimal(row["total_local"]),
    )


def _light_row(row: sqlite3.Row) -> BookingRow:
    """A list row whose few-valued columns (days, listing, room type, status) share one string per value.

    SQLite hands out a new string for every value of every row; 100,000 rows of a few hundred distinct days
    and listings held half a million copies (about 27 MB).
    """
    (ident, checkin, checkout, listing_id, room_type_id, room_type_name, status, guest_name, total_amount,
     total_currency) = row
    return BookingRow(
        ident, intern(checkin), intern(checkout), intern(listing_id), intern(room_type_id), room_type_name,
        intern(status), guest_name, total_amount, total_currency,
    )


def merge_booking(existing: Row | None, incoming: Row) -> Row:
    """A detail record replaces the row; a summary fills only what it says and keeps the rest.

    ``has_detail`` survives a summary only while the version is unchanged.
    """
    if existing is None or incoming[_HAS_DETAIL]:
        return incoming
    merged = [new if new is not None else old for old, new in zip(existing, incoming, strict=True)]
    merged[_HAS_DETAIL] = int(bool(existing[_HAS_DETAIL]) and existing[_VERSION] == incoming[_VERSION])
    return tuple(merged)


def _where(f: BookingFilter, like: str = "LIKE") -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.status is not None:
        clauses.append("status = ?")
        params.append(f.status)
    if f.listing_id is not None:  # the listing's whole house (listings linked to the same property)
        clauses.append(f"listing_id IN ({HOUSE_OF_LISTING})")
        params += [f.listing_id, f.listing_id]
    if f.property_id is not None:  # the Coliving.com side of a BookMyColiving property's house
        clauses.append(f"listing_id IN ({LISTINGS_OF_PROPERTY})")
        params.append(f.property_id)
    if f.checkout_after is not None:
        clauses.append("checkout > ?")
        params.append(f.checkout_after)
    if f.text:
        cols = ("id", "reference", "guest_name", "guest_email")
        clauses.append("(" + " OR ".join(f"coalesce({c}, '') {like} ? ESCAPE '\\'" for c in cols) + ")")
        params += [like_pattern(f.text)] * len(cols)
    return clauses, params


class BookingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert(self, bookings: Sequence[Booking]) -> list[str]:
        with self._db.transaction() as conn:
            keys = upsert_rows(
                conn, "bookings", ("id",), _COLS, [_to_row(b) for b in bookings], merge_booking
            )
            reindex(conn, "booking", keys)
        return [k[0] for k in keys]

    def get(self, booking_id: str) -> Booking | None:
        row = self._db.query_one(f"{_SELECT} WHERE id = ?", (booking_id,))
        return None if row is None else _from_row(row)

    def count(self, f: BookingFilter) -> int:
        clauses, params = _where(f, self._db.dialect.like)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(self._db.scalar(f"SELECT count(*) FROM bookings{where}", params))

    def page(self, f: BookingFilter, after: BookingKey | None, limit: int) -> list[Booking]:
        return [_from_row(r) for r in self._page(_SELECT, f, after, limit)]

    def row_page(self, f: BookingFilter, after: BookingKey | None, limit: int) -> list[BookingRow]:
        """The same page as :meth:`page`, as list rows."""
        return [_light_row(r) for r in self._page(_SELECT_ROW, f, after, limit)]

    def get_row(self, booking_id: str) -> BookingRow | None:
        row = self._db.query_one(f"{_SELECT_ROW} WHERE id = ?", (booking_id,))
        return None if row is None else _light_row(row)

    def _page(self, select: str, f: BookingFilter, after: BookingKey | None, limit: int) -> list[Any]:
        clauses, params = _where(f, self._db.dialect.like)
        if after is not None:
            clauses.append("(checkin, id) > (?, ?)")
            params += [after[0], after[1]]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._db.query(f"{select}{where} ORDER BY checkin, id LIMIT ?", [*params, limit])

    def missing_detail(self, limit: int = 100, checkout_after: str | None = None) -> list[str]:
        """Ids whose detail was never fetched or went stale, for sync to enrich; ``checkout_after``: only stays
        checking out after that day (ISO date)."""
        if checkout_after is None:
            return self._db.column(
                "SELECT id FROM bookings WHERE has_detail = 0 ORDER BY checkin, id LIMIT ?", (limit,)
            )
        return self._db.column(
            "SELECT id FROM bookings WHERE has_detail = 0 AND checkout > ? ORDER BY checkin, id LIMIT ?",
            (checkout_after, limit),
        )
