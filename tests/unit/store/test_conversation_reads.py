"""The order the Coliving.com conversation sweep reads in, and what counts as open, ended lately or read."""

from __future__ import annotations

import sqlite3

from colivingdesk.domain import Channel
from colivingdesk.store import Store, open_store

from .builders import at, booking, message

CLOSED = ("cancelled",)
TODAY = "2026-04-01"
FLOOR = "2026-03-31"  # check-out after this day: still open


def test_never_read_first_then_longest_unread_then_activity_then_nearest_checkin(store: Store):
    store.upsert_bookings(
        [
            booking("far", checkin="2026-09-01", checkout="2026-12-01"),
            booking("near", checkin="2026-04-03", checkout="2026-06-01"),
            booking("staying", checkin="2026-03-20", checkout="2026-05-01"),  # 12 days from today, before
            booking("busy", checkin="2026-08-01", checkout="2026-10-01"),
            booking("old_read", checkin="2026-04-02", checkout="2026-05-01"),
            booking("new_read", checkin="2026-04-02", checkout="2026-05-01"),
        ]
    )
    store.upsert_messages([message("busy", "m1", 50, channel=Channel.COLIVING)])
    store.mark_conversations_read(["old_read"], at(10))
    store.mark_conversations_read(["new_read"], at(20))

    order = store.open_conversations_due(FLOOR, CLOSED, TODAY)

    # Never read: "busy" has the most recent message; the others by distance of check-in from today.
    assert order[:4] == ["busy", "near", "staying", "far"]
    assert order[4:] == ["old_read", "new_read"]


def test_one_cycle_stamp_orders_its_reads_by_activity_next_round(store: Store):
    store.upsert_bookings([booking(b, checkin="2026-04-05", checkout="2026-06-01") for b in ("a", "b", "c")])
    store.upsert_messages([message("c", "m1", 5, channel=Channel.COLIVING)])
    store.upsert_messages([message("b", "m2", 9, channel=Channel.COLIVING)])
    store.mark_conversations_read(["a", "b", "c"], at(60))  # one cycle
    assert store.open_conversations_due(FLOOR, CLOSED, TODAY) == ["b", "c", "a"]


def test_cancelled_and_ended_stays_are_not_open(store: Store):
    store.upsert_bookings(
        [
            booking("open", checkout="2026-06-01"),
            booking("pending", status="pending", checkout="2026-06-01"),
            booking("leaves_today", checkin="2026-03-01", checkout=TODAY),
            booking("cancelled", status="cancelled", checkout="2026-06-01"),
            booking("left_yesterday", checkin="2026-03-01", checkout=FLOOR),
        ]
    )
    due = store.open_conversations_due(FLOOR, CLOSED, TODAY)
    assert sorted(due) == ["leaves_today", "open", "pending"]


def test_ended_lately_are_due_hourly_and_old_history_never(store: Store):
    store.upsert_bookings(
        [
            booking("ended_2d", checkin="2026-02-01", checkout="2026-03-30"),
            booking("ended_10d", checkin="2026-02-01", checkout="2026-03-22"),
            booking("ended_cancelled", status="cancelled", checkin="2026-02-01", checkout="2026-03-30"),
            booking("ended_1y", checkin="2025-02-01", checkout="2025-03-30"),
            booking("open", checkout="2026-06-01"),
        ]
    )
    window = ("2026-03-02", FLOOR)  # ended within 30 days
    assert store.ended_conversations_due(*window, CLOSED, at(0), 10) == ["ended_2d", "ended_10d"]
    store.mark_conversations_read(["ended_2d"], at(0))
    # Read at minute 0: not due again before an hour has passed, then due after the never-read ones.
    assert store.ended_conversations_due(*window, CLOSED, at(-60 + 30), 10) == ["ended_10d"]
    assert store.ended_conversations_due(*window, CLOSED, at(60), 10) == ["ended_10d", "ended_2d"]
    assert store.ended_conversations_due(*window, CLOSED, at(60), 1) == ["ended_10d"]


def test_coverage_counts_reads_since_and_open_left_unread(store: Store):
    store.upsert_bookings([booking(b, checkout="2026-06-01") for b in ("a", "b", "c")])
    store.upsert_bookings([booking("past", checkin="2026-02-01", checkout="2026-03-20")])
    store.mark_conversations_read(["a"], at(0))
    store.mark_conversations_read(["b", "past"], at(5))
    assert store.conversation_coverage(FLOOR, CLOSED, at(5)) == (2, 2)  # b and past read; a and c wait
    assert store.conversation_coverage(FLOOR, CLOSED, at(0)) == (3, 1)


def test_read_times_survive_reopening(db_path, store: Store):
    store.upsert_bookings([booking("a")])
    store.mark_conversations_read(["a"], at(3))
    store.mark_conversations_read(["a"], at(7))
    store.close()
    with open_store(db_path) as again:
        assert again.conversation_read_at("a") == at(7)


def test_just_changed_go_first_and_a_cycle_asks_only_for_what_it_can_read(store: Store):
    store.upsert_bookings([booking(b, checkin="2026-04-05", checkout="2026-06-01") for b in ("a", "b", "c", "d")])
    store.upsert_bookings([booking("gone", status="cancelled", checkout="2026-06-01")])
    store.mark_conversations_read(["a", "b", "c", "d"], at(0))
    store.mark_conversations_read(["a"], at(-10))
    assert store.open_conversations_due(FLOOR, CLOSED, TODAY, ["d", "gone"]) == ["d", "a", "b", "c"]
    assert store.open_conversations_due(FLOOR, CLOSED, TODAY, ["d", "gone"], limit=2) == ["d", "a"]


def test_a_file_from_before_the_sweep_is_upgraded_with_its_bookings_all_due(db_path):
    from colivingdesk.store.migrations import _V_CONVERSATION_READS, MIGRATIONS, migrate

    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=MIGRATIONS.index(_V_CONVERSATION_READS))
    conn.execute(
        "INSERT INTO bookings (id, listing_id, room_type_id, status, checkin, checkout, version) "
        "VALUES ('b1', 'L1', 'R1', 'confirmed', '2026-04-02', '2026-05-01', 'v')"
    )
    conn.execute(
        "INSERT INTO sync_cursors (feed, value, updated_at) "
        "VALUES ('coliving.messages.rotation', '{}', '2026-04-01T00:00:00+00:00')"
    )
    conn.close()
    with open_store(db_path) as store:
        assert store.open_conversations_due(FLOOR, CLOSED, TODAY) == ["b1"]
        assert store.get_cursor("coliving.messages.rotation") is None
