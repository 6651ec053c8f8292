"""BookMyColiving properties and the reference data (cities, coliving types, amenities) that labels them.

Room options and photos are ordered lists owned by one property and never queried on their own, so they are
kept as JSON columns on the property row: one row per property keeps upserts, diffs and deletes whole and
simple.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from colivingdesk.domain import Photo, Property, ReferenceItem, RoomOption
from colivingdesk.store.codec import dt_to_text, from_json, text_to_dt, to_json
from colivingdesk.store.db import Database
from colivingdesk.store.filters import PropertyFilter, PropertyKey, like_pattern
from colivingdesk.store.search import reindex, unindex
from colivingdesk.store.upsert import upsert_rows

_COLS = (
    "id",
    "name",
    "status",
    "description",
    "city_id",
    "address",
    "amenities",
    "contact_email",
    "coliving_type_ids",
    "room_options",
    "photos",
    "external_id",
    "admin_notes",
    "needs_review",
    "created_at",
    "updated_at",
)
_SELECT = f"SELECT {', '.join(_COLS)} FROM properties"


def _to_row(p: Property) -> tuple[Any, ...]:
    return (
        p.id,
        p.name,
        p.status,
        p.description,
        p.city_id,
        p.address,
        to_json(list(p.amenities)),
        p.contact_email,
        to_json(list(p.coliving_type_ids)),
        to_json(
            [
                {"type": o.type, "price_monthly_cents": o.price_monthly_cents, "extra": o.extra}
                for o in p.room_options
            ]
        ),
        to_json([{"url": ph.url, "id": ph.id} for ph in p.photos]),
        p.external_id,
        p.admin_notes,
        int(p.needs_review),
        dt_to_text(p.created_at),
        dt_to_text(p.updated_at),
    )


def _from_row(row: sqlite3.Row) -> Property:
    return Property(
        id=row["id"],
        name=row["name"],
        status=row["status"],
        description=row["description"],
        city_id=row["city_id"],
        address=row["address"],
        amenities=from_json(row["amenities"], []),
        contact_email=row["contact_email"],
        coliving_type_ids=from_json(row["coliving_type_ids"], []),
        room_options=[
            RoomOption(o["type"], o["price_monthly_cents"], o.get("extra") or {})
            for o in from_json(row["room_options"], [])
        ],
        photos=[Photo(url=ph["url"], id=ph.get("id")) for ph in from_json(row["photos"], [])],
        external_id=row["external_id"],
        admin_notes=row["admin_notes"],
        needs_review=bool(row["needs_review"]),
        created_at=text_to_dt(row["created_at"]),
        updated_at=text_to_dt(row["updated_at"]),
    )


def _where(f: PropertyFilter, like: str = "LIKE") -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.status is not None:
        clauses.append("status = ?")
        params.append(f.status)
    if f.needs_review is not None:
        clauses.append("needs_review = ?")
        params.append(int(f.needs_review))
    if f.text:
        clauses.append(
            f"(name {like} ? ESCAPE '\\' OR address {like} ? ESCAPE '\\' "
            f"OR coalesce(external_id, '') {like} ? ESCAPE '\\')"
        )
        params += [like_pattern(f.text)] * 3
    return clauses, params


class PropertyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert(self, properties: Sequence[Property]) -> list[str]:
        with self._db.transaction() as conn:
            keys = upsert_rows(conn, "properties", ("id",), _COLS, [_to_row(p) for p in properties])
            reindex(conn, "property", keys)
        return [k[0] for k in keys]

    def delete(self, property_id: str) -> bool:
        with self._db.transaction() as conn:
            unindex(conn, "property", [(property_id,)])
            return conn.execute("DELETE FROM properties WHERE id = ?", (property_id,)).rowcount > 0

    def get(self, property_id: str) -> Property | None:
        row = self._db.query_one(f"{_SELECT} WHERE id = ?", (property_id,))
        return None if row is None else _from_row(row)

    def by_external_id(self, external_id: str) -> Property | None:
        row = self._db.query_one(f"{_SELECT} WHERE external_id = ? ORDER BY id LIMIT 1", (external_id,))
        return None if row is None else _from_row(row)

    def count(self, f: PropertyFilter) -> int:
        clauses, params = _where(f, self._db.dialect.like)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(self._db.scalar(f"SELECT count(*) FROM properties{where}", params))

    def page(self, f: PropertyFilter, after: PropertyKey | None, limit: int) -> list[Property]:
        clauses, params = _where(f, self._db.dialect.like)
        if after is not None:
            nocase_cmp = self._db.dialect.nocase_cmp
            clauses.append(f"({nocase_cmp('name', '>', '?')} OR ({nocase_cmp('name', '=', '?')} AND id > ?))")
            params += [after[0], after[0], after[1]]
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        order = f"{self._db.dialect.nocase('name')}, id"
        rows = self._db.query(f"{_SELECT}{where} ORDER BY {order} LIMIT ?", [*params, limit])
        return [_from_row(r) for r in rows]

    def count_by_status(self, status: str) -> int:
        return int(self._db.scalar("SELECT count(*) FROM properties WHERE status = ?", (status,)))


class ReferenceRepository:
    """Reference lists are replaced whole per kind: the endpoints return complete lists, and an item the
    channel dropped must disappear from pickers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def replace(self, kind: str, items: Sequence[ReferenceItem], fetched_at: datetime) -> list[str]:
        cols = ("kind", "id", "name", "slug", "extra", "position")
        rows = [(kind, it.id, it.name, it.slug, to_json(it.extra), pos) for pos, it in enumerate(items)]
        with self._db.transaction() as conn:
            changed = [k[1] for k in upsert_rows(conn, "reference_items", ("kind", "id"), cols, rows)]
            keep = {it.id for it in items}
            gone = [
                r[0]
                for r in conn.execute("SELECT id FROM reference_items WHERE kind = ?", (kind,))
                if r[0] not in keep
            ]
            conn.executemany(
                "DELETE FROM reference_items WHERE kind = ? AND id = ?", [(kind, g) for g in gone]
            )
            conn.execute(
                "INSERT INTO reference_fetches (kind, fetched_at) VALUES (?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET fetched_at = excluded.fetched_at",
                (kind, dt_to_text(fetched_at)),
            )
        return changed + gone

    def items(self, kind: str) -> list[ReferenceItem]:
        rows = self._db.query(
            "SELECT kind, id, name, slug, extra FROM reference_items WHERE kind = ? ORDER BY position, id",
            (kind,),
        )
        return [
            ReferenceItem(r["kind"], r["id"], r["name"], r["slug"], from_json(r["extra"], {})) for r in rows
        ]

    def fetched_at(self, kind: str) -> datetime | None:
        return text_to_dt(self._db.scalar("SELECT fetched_at FROM reference_fetches WHERE kind = ?", (kind,)))
