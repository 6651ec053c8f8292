"""Keyset paging visits every row exactly once, in order, with ties on the sort key; filters run in SQL."""

from __future__ import annotations

from colivingdesk.domain import Channel
from colivingdesk.store import (
    BookingFilter,
    LeadFilter,
    PropertyFilter,
    Store,
    ThreadFilter,
    booking_key,
    lead_key,
    property_key,
    thread_key,
)

from .builders import booking, detailed, lead, prop, thread, walk


def test_properties_by_name_case_insensitive_with_ties(store: Store) -> None:
    names = ["beta", "Alpha", "alpha", "Gamma", "alpha", "Beta", "delta"]
    store.upsert_properties([prop(f"p{i:02d}", n) for i, n in enumerate(names)])
    for size in (1, 2, 3, 7, 50):
        rows = walk(lambda after, n: store.page_properties(after=after, limit=n), property_key, size)
        assert len(rows) == len(names)
        assert len({r.id for r in rows}) == len(names)
        assert [(r.name.lower(), r.id) for r in rows] == sorted((r.name.lower(), r.id) for r in rows)
    assert store.count_properties() == len(names)


def test_leads_newest_first_with_ties_and_missing_dates(store: Store) -> None:
    leads = [lead(f"l{i:02d}", minutes=(i // 3) if i % 5 else None) for i in range(20)]
    store.upsert_leads(leads)
    rows = walk(lambda after, n: store.page_leads(after=after, limit=n), lead_key, 4)
    assert sorted(r.id for r in rows) == sorted(x.id for x in leads)
    keys = [lead_key(r) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[-1].created_at is None  # undated leads sink to the end


def test_bookings_by_checkin_then_id(store: Store) -> None:
    store.upsert_bookings([booking(f"b{i:03d}", checkin=f"2026-05-{1 + i % 4:02d}") for i in range(37)])
    rows = walk(lambda after, n: store.page_bookings(after=after, limit=n), booking_key, 5)
    assert len(rows) == 37 and len({r.id for r in rows}) == 37
    assert [booking_key(r) for r in rows] == sorted(booking_key(r) for r in rows)


def test_booking_rows_page_like_bookings_and_show_what_the_list_shows(store: Store) -> None:
    store.upsert_bookings([booking(f"b{i:03d}", checkin=f"2026-05-{1 + i % 4:02d}") for i in range(23)])
    store.upsert_bookings([detailed(booking("b007", checkin="2026-05-04"))])
    f = BookingFilter(status="confirmed")
    rows = walk(lambda after, n: store.page_booking_rows(f, after, n), booking_key, 5)
    full = walk(lambda after, n: store.page_bookings(f, after, n), booking_key, 5)
    assert [r.id for r in rows] == [b.id for b in full]
    row, record = store.get_booking_row("b007"), store.get_booking("b007")
    assert row is not None and record is not None
    assert (row.guest_name, row.total, row.checkout, row.listing_id) == (
        record.guest_name,
        record.total,
        record.checkout,
        record.listing_id,
    )
    assert store.get_booking_row("missing") is None


def test_threads_by_activity_desc_across_channels(store: Store) -> None:
    threads = [thread(f"t{i:02d}", Channel.BMC if i % 2 else Channel.COLIVING, minutes=i // 4) for i in range(23)]
    threads.append(thread("never", minutes=None))
    store.upsert_threads(threads)
    rows = walk(lambda after, n: store.page_threads(after=after, limit=n), thread_key, 3)
    assert sorted(r.key for r in rows) == sorted(t.key for t in threads)
    assert [thread_key(r) for r in rows] == sorted((thread_key(r) for r in rows), reverse=True)
    assert rows[-1].external_id == "never"


def test_filters(store: Store) -> None:
    store.upsert_properties(
        [
            prop("p1", "Casa 100%", "REJECTED"),
            prop("p2", "Casa Azul"),
            prop("p3", "Loft_1", needs_review=True),
        ]
    )
    assert store.count_properties(PropertyFilter(status="REJECTED")) == 1
    assert [p.id for p in store.page_properties(PropertyFilter(text="100%"))] == ["p1"]
    assert [p.id for p in store.page_properties(PropertyFilter(text="t_"))] == ["p3"]  # _ is literal
    assert [p.id for p in store.page_properties(PropertyFilter(text="casa"))] == ["p1", "p2"]
    assert [p.id for p in store.page_properties(PropertyFilter(needs_review=True))] == ["p3"]

    store.upsert_leads([lead("l1", status="new"), lead("l2", property_id="p2", message="pets allowed?")])
    assert store.count_leads(LeadFilter(property_id="p2")) == 1
    assert [x.id for x in store.page_leads(LeadFilter(text="PETS"))] == ["l2"]
    assert [x.id for x in store.page_leads(LeadFilter(status="new"))] == ["l1"]

    store.upsert_bookings(
        [
            booking("b1", checkout="2026-04-30", guest_name="Ana"),
            booking("b2", listing_id="L2", status="cancelled", reference="MB-77"),
            booking("b3", checkout="2026-05-15"),
        ]
    )
    assert [b.id for b in store.page_bookings(BookingFilter(checkout_after="2026-04-30"))] == ["b2", "b3"]
    assert [b.id for b in store.page_bookings(BookingFilter(listing_id="L2"))] == ["b2"]
    assert [b.id for b in store.page_bookings(BookingFilter(status="cancelled"))] == ["b2"]
    assert [b.id for b in store.page_bookings(BookingFilter(text="mb-7"))] == ["b2"]
    assert store.count_bookings(BookingFilter(text="ana")) == 1

    store.upsert_threads(
        [
            thread("u1", unread_count=2, property_id="p1", participant_name="Ana"),
            thread("b3", Channel.COLIVING, booking_id="b3", participant_name="Bo"),
        ]
    )
    assert [t.external_id for t in store.page_threads(ThreadFilter(unread_only=True))] == ["u1"]
    assert [t.external_id for t in store.page_threads(ThreadFilter(channel=Channel.COLIVING))] == ["b3"]
    assert [t.external_id for t in store.page_threads(ThreadFilter(property_id="p1"))] == ["u1"]
    assert [t.external_id for t in store.page_threads(ThreadFilter(booking_id="b3"))] == ["b3"]
    assert store.count_threads(ThreadFilter(text="bo")) == 1
