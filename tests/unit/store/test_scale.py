"""A hundred thousand bookings written in batches of a hundred: all there, all pageable, re-delivery a
no-op."""

from __future__ import annotations

from colivingdesk.store import BookingFilter, Store, booking_key

from .builders import booking

TOTAL = 100_000
BATCH = 100


def test_100k_bookings(store: Store) -> None:
    def batch(start: int, version: str) -> list:
        return [
            booking(
                f"b{n:06d}",
                checkin=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}",
                version=version,
                listing_id=f"L{n % 7}",
                guest_name=f"Guest {n}",
            )
            for n in range(start, start + BATCH)
        ]

    changed = 0
    for start in range(0, TOTAL, BATCH):
        changed += len(store.upsert_bookings(batch(start, "v1")))
    assert changed == TOTAL
    assert store.count_bookings() == TOTAL
    assert store.count_bookings(BookingFilter(listing_id="L3")) == len([n for n in range(TOTAL) if n % 7 == 3])

    assert store.upsert_bookings(batch(5_000, "v1")) == []
    assert len(store.upsert_bookings(batch(5_000, "v2"))) == BATCH

    page = store.page_bookings(limit=500)
    seen = len(page)
    while len(page) == 500:
        page = store.page_bookings(after=booking_key(page[-1]), limit=500)
        seen += len(page)
    assert seen == TOTAL
    assert [h.id for h in store.search("99999")] == ["b099999"]
