"""Sync's own memory behaves alike on both backends: cursors, the reply window shared by every connection,
webhook deliveries seen once, and marks."""

from __future__ import annotations

import threading
from datetime import timedelta

from colivingdesk.store import Store
from tests.unit.store.builders import at

from .conftest import Opener

HOUR = timedelta(hours=1)


def test_cursors_written_by_one_connection_are_read_by_another(store: Store, open_another: Opener) -> None:
    reader = open_another(read_only=True)
    assert reader.get_cursor("coliving.bookings") is None
    store.set_cursor("coliving.bookings", "2026-04-12 15:30:00")
    store.set_cursor("coliving.bookings", "2026-04-12 16:00:00")
    assert reader.get_cursor("coliving.bookings") == "2026-04-12 16:00:00"
    assert reader.cursor_updated_at("coliving.bookings") is not None
    store.clear_cursor("coliving.bookings")
    assert reader.get_cursor("coliving.bookings") is None


def test_the_reply_window_counts_replies_from_every_connection(store: Store, open_another: Opener) -> None:
    """Two senders on one store spend one cap: each sees the other's replies in the hour's count."""
    desk_a, desk_b = open_another(), open_another()
    errors: list[BaseException] = []

    def send(sender: Store, first_minute: int) -> None:
        try:
            for n in range(30):
                sender.record_reply("bmc-1", at(first_minute + n))
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=send, args=(desk, start)) for desk, start in ((desk_a, 0), (desk_b, 0.5))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    store.record_reply("bmc-2", at(10))
    assert store.replies_since("bmc-1", at(59) - HOUR) == 60
    assert desk_a.replies_since("bmc-1", at(60) - HOUR) == 60
    assert desk_b.replies_since("bmc-1", at(70) - HOUR) == 40  # minutes 10 to 29.5 of both desks
    assert desk_b.replies_since("bmc-2", at(0)) == 1
    times = desk_a.reply_times_since("bmc-1", at(29))
    assert times == [at(29), at(29.5)]  # oldest first: the oldest says when the window reopens
    assert store.prune_replies(at(15)) == 31
    assert desk_b.replies_since("bmc-1", at(0)) == 30


def test_a_webhook_delivery_is_new_to_exactly_one_connection(store: Store, open_another: Opener) -> None:
    other = open_another()
    assert store.seen_before("sig-abc") is False
    assert other.seen_before("sig-abc") is True
    assert other.seen_before("sig-def") is False
    assert store.prune_webhooks(at(0)) == 0  # recorded now, long after T0
    assert store.seen_before("sig-def") is True


def test_marks_are_shared(store: Store, open_another: Opener) -> None:
    other = open_another()
    assert other.leads_seen_at() is None
    store.mark_leads_seen(at(5))
    store.mark_leads_seen(at(7))
    assert other.leads_seen_at() == at(7)
