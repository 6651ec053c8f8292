"""Idempotent upserts that report only real changes, and the booking summary/detail merge."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from colivingdesk.domain import Money, Photo, ReferenceItem, RoomOption
from colivingdesk.store import Listing, RoomType, Store

from .builders import at, booking, detailed, lead, prop


def _count(store: Store, table: str) -> int:
    return int(store._db.scalar(f"SELECT count(*) FROM {table}"))


def test_property_upsert_is_idempotent_and_keeps_child_order(store: Store) -> None:
    p = prop(
        "p1",
        "Casa Lisboa",
        amenities=["wifi", "gym"],
        room_options=[RoomOption("PRIVATE", 80000), RoomOption("SHARED", 45000, {"beds": 2})],
        photos=[Photo("https://x/2.jpg", "b"), Photo("https://x/1.jpg", "a")],
        created_at=at(0),
    )
    assert store.upsert_properties([p]) == ["p1"]
    assert store.upsert_properties([p]) == []
    assert _count(store, "properties") == 1
    got = store.get_property("p1")
    assert got == p
    assert got is not None and [o.type for o in got.room_options] == ["PRIVATE", "SHARED"]
    assert [ph.id for ph in got.photos] == ["b", "a"]

    p.status = "REJECTED"
    p.admin_notes = "Photos too dark"
    assert store.upsert_properties([p, prop("p2")]) == ["p1", "p2"]
    assert store.upsert_properties([p, prop("p2")]) == []


def test_same_key_twice_in_one_batch_keeps_last(store: Store) -> None:
    assert store.upsert_properties([prop("p1", "Old"), prop("p1", "New")]) == ["p1"]
    got = store.get_property("p1")
    assert got is not None and got.name == "New"
    assert _count(store, "properties") == 1


def test_delete_property(store: Store) -> None:
    store.upsert_properties([prop("p1", "Casa")])
    assert store.delete_property("p1")
    assert not store.delete_property("p1")
    assert store.get_property("p1") is None
    assert store.search("casa") == []


def test_leads_upsert_reports_changes_only(store: Store) -> None:
    assert store.upsert_leads([lead("l1"), lead("l2")]) == ["l1", "l2"]
    assert store.upsert_leads([lead("l1"), lead("l2")]) == []
    assert store.upsert_leads([lead("l1", status="contacted"), lead("l2")]) == ["l1"]
    got = store.get_lead("l1")
    assert got is not None and got.status == "contacted" and got.created_at == at(0)


def test_reference_replace_drops_missing_and_keeps_order(store: Store) -> None:
    fetched = datetime(2026, 4, 1, tzinfo=UTC)
    items = [ReferenceItem("city", "c2", "Porto", "porto"), ReferenceItem("city", "c1", "Lisbon", "lisbon")]
    assert sorted(store.replace_reference("city", items, fetched)) == ["c1", "c2"]
    assert store.replace_reference("city", items, fetched) == []
    assert [i.name for i in store.reference_items("city")] == ["Porto", "Lisbon"]
    assert store.reference_fetched_at("city") == fetched
    assert store.replace_reference("city", items[1:], fetched) == ["c1", "c2"]  # c1 moved to first, c2 gone
    assert [i.id for i in store.reference_items("city")] == ["c1"]
    assert store.reference_items("amenity") == []


def test_booking_summary_upsert_keeps_detail(store: Store) -> None:
    store.upsert_bookings([detailed(booking("b1"))])
    assert store.upsert_bookings([booking("b1")]) == []  # same version, summary says nothing new
    got = store.get_booking("b1")
    assert got is not None and got.has_detail
    assert got.guest_phone == "+351 900 000 000"
    assert got.total == Money(Decimal("1234.50"), "EUR")


def test_booking_version_change_marks_detail_stale_but_keeps_values(store: Store) -> None:
    store.upsert_bookings([detailed(booking("b1"))])
    assert store.upsert_bookings([booking("b1", version="2026-04-02 08:00:00", status="cancelled")]) == ["b1"]
    got = store.get_booking("b1")
    assert got is not None
    assert not got.has_detail
    assert got.status == "cancelled"
    assert got.guest_email == "ana@example.com"
    assert store.bookings_missing_detail() == ["b1"]
    # the detail call brings everything, including fields it now leaves empty
    store.upsert_bookings([detailed(booking("b1", version="2026-04-02 08:00:00"), notes=None)])
    got = store.get_booking("b1")
    assert got is not None and got.has_detail and got.notes is None
    assert store.bookings_missing_detail() == []


def test_listings_and_room_types(store: Store) -> None:
    rt = RoomType(
        "R1",
        "L1",
        "Double",
        "private",
        "EUR",
        Decimal("850.00"),
        monthly_prices={"2026-05": Decimal("900.50")},
        available={"2026-05": 2},
    )
    assert store.upsert_listings([Listing("L1", "Mango Lisbon")]) == ["L1"]
    assert store.upsert_listings([Listing("L1", "Mango Lisbon")]) == []
    assert store.upsert_room_types([rt]) == ["R1"]
    assert store.upsert_room_types([rt]) == []
    assert store.list_room_types("L1") == [rt]
    got = store.get_room_type("R1")
    assert got is not None and got.base_price == Decimal("850.00")
    assert store._db.scalar("SELECT base_price FROM room_types") == "850.00"
    assert store.delete_listing("L1")
    assert store.list_room_types() == []


def test_transaction_groups_batches_and_rolls_back_together(store: Store) -> None:
    try:
        with store.transaction():
            store.upsert_properties([prop("p1")])
            store.upsert_leads([lead("l1")])
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert store.get_property("p1") is None
    assert store.get_lead("l1") is None
    with store.transaction():
        store.upsert_properties([prop("p1")])
        store.upsert_leads([lead("l1")])
    assert store.get_property("p1") is not None and store.get_lead("l1") is not None


def test_a_large_batch_is_stored_as_row_by_row_writes_would_store_it(store: Store) -> None:
    """Batches larger than one multi-row statement: every row lands, each value keeps its storage class, rows
    get their ids in the order given, and a second delivery changes nothing."""
    from colivingdesk.store.upsert import VALUES_CHUNK, upsert_rows

    conn = store._db.conn
    conn.execute("CREATE TABLE wide (a TEXT, b, c, n INTEGER PRIMARY KEY, UNIQUE (a))")
    count = 3 * VALUES_CHUNK + 37
    rows = [(f"k{i:04d}", i if i % 3 else str(i), None if i % 5 == 0 else b"\x00\x01") for i in range(count)]
    with store._db.transaction() as tx:
        changed = upsert_rows(tx, "wide", ("a",), ("a", "b", "c"), rows)
    assert changed == [(r[0],) for r in rows]
    stored = conn.execute("SELECT a, b, typeof(b), c, n FROM wide ORDER BY n").fetchall()
    assert [tuple(r)[:2] for r in stored] == [r[:2] for r in rows]
    assert [r[2] for r in stored] == ["integer" if i % 3 else "text" for i in range(count)]
    assert [r[3] for r in stored] == [r[2] for r in rows]
    assert [r[4] for r in stored] == list(range(1, count + 1))
    with store._db.transaction() as tx:
        assert upsert_rows(tx, "wide", ("a",), ("a", "b", "c"), rows) == []


def test_keys_of_every_kind_find_their_stored_rows(store: Store) -> None:
    """A batch's keys are looked up as bound: numeric-looking text, integers (large ones too), text with a NUL
    or a surrogate pair, and a float all find the row stored under them, so a second delivery changes
    nothing."""
    from colivingdesk.store.upsert import upsert_rows

    conn = store._db.conn
    conn.execute("CREATE TABLE keyed (a, b, v TEXT, PRIMARY KEY (a, b))")
    plain = [("007", 7, "x"), (7, "007", "y"), ("emoji \U0001f600", -(2**63), "w"), ("x" * 300, 2**62, "long")]
    odd = [("a\x00b", 1, "z"), (1.5, "f", "q")]  # not sent as JSON: a NUL, a float
    for rows in (plain, odd):
        with store._db.transaction() as tx:
            assert upsert_rows(tx, "keyed", ("a", "b"), ("a", "b", "v"), rows) == [r[:2] for r in rows]
        with store._db.transaction() as tx:
            assert upsert_rows(tx, "keyed", ("a", "b"), ("a", "b", "v"), rows) == []
            renamed = [(*r[:2], "new") for r in rows]
            assert upsert_rows(tx, "keyed", ("a", "b"), ("a", "b", "v"), renamed) == [r[:2] for r in rows]
    assert conn.execute("SELECT count(*) FROM keyed").fetchone()[0] == len(plain) + len(odd)
