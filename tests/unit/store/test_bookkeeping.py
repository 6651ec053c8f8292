"""Cursors, the persisted reply window, and webhook replay dropping."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from colivingdesk.store import Store, open_store

from .builders import at


def test_cursors(store: Store) -> None:
    assert store.get_cursor("coliving.bookings") is None
    store.set_cursor("coliving.bookings", "2026-04-12 15:30:00")
    store.set_cursor("coliving.bookings", "2026-04-12 16:00:00")
    assert store.get_cursor("coliving.bookings") == "2026-04-12 16:00:00"
    assert store.cursor_updated_at("coliving.bookings") is not None
    store.clear_cursor("coliving.bookings")
    assert store.get_cursor("coliving.bookings") is None


def test_reply_window_counts_and_survives_reopen(db_path: Path) -> None:
    with open_store(db_path) as store:
        for minute in range(0, 70, 10):  # 0, 10, ... 60
            store.record_reply("bmc-1", at(minute))
        store.record_reply("bmc-2", at(30))
    with open_store(db_path) as store:
        window = timedelta(hours=1)
        assert store.replies_since("bmc-1", at(60) - window) == 7
        assert store.replies_since("bmc-1", at(65) - window) == 6
        assert store.replies_since("bmc-2", at(65) - window) == 1
        assert store.reply_times_since("bmc-1", at(45))[0] == at(50)
        assert store.prune_replies(at(30)) == 3
        assert store.replies_since("bmc-1", at(0)) == 4


def test_webhook_replays_are_dropped(store: Store) -> None:
    assert store.seen_before("sig-abc") is False
    assert store.seen_before("sig-abc") is True
    assert store.seen_before("sig-def") is False
    assert store.prune_webhooks(at(0)) == 0  # recorded now, long after T0
    assert store.seen_before("sig-abc") is True
