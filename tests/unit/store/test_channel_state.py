"""Rate-limit waits and budgets in the profile: what one process saves, the next one reads."""

from __future__ import annotations

from pathlib import Path

from colivingdesk.store import ChannelLimit, Store, open_store

from .builders import at

ACCOUNT = "coliving@http://col.test/v1"


def test_a_wait_saved_by_one_process_is_read_by_the_next(db_path: Path) -> None:
    with open_store(db_path) as first:
        first.save_channel_limits([ChannelLimit(ACCOUNT, "api", cooldown_until=at(10))])
    with open_store(db_path) as second:
        assert second.channel_limits(ACCOUNT, at(0)) == [ChannelLimit(ACCOUNT, "api", cooldown_until=at(10))]
        assert second.channel_limits("bmc@http://bmc.test/api/v1", at(0)) == []


def test_two_processes_saving_keep_the_later_wait_and_the_newer_reading(db_path: Path) -> None:
    window = open_store(db_path)
    cron = open_store(db_path)
    try:
        window.save_channel_limits(
            [
                ChannelLimit(
                    "bmc", "replies", limit=60, remaining=0, reset_at=at(60), cooldown_until=at(20), updated_at=at(2)
                )
            ]
        )
        # The cron job's view is older (its reading at minute 1) and its cooldown shorter: neither may shorten
        # the wait the window learnt.
        cron.save_channel_limits(
            [
                ChannelLimit(
                    "bmc", "replies", limit=60, remaining=5, reset_at=at(50), cooldown_until=at(10), updated_at=at(1)
                )
            ]
        )
        (row,) = window.channel_limits("bmc", at(3))
        assert (row.remaining, row.reset_at, row.cooldown_until) == (0, at(60), at(20))

        # A newer reading replaces the counter as a whole; a later cooldown extends the wait.
        cron.save_channel_limits(
            [
                ChannelLimit(
                    "bmc", "replies", limit=60, remaining=59, reset_at=at(120), cooldown_until=at(30), updated_at=at(61)
                )
            ]
        )
        (row,) = window.channel_limits("bmc", at(62))
        assert (row.remaining, row.reset_at, row.cooldown_until, row.updated_at) == (59, at(120), at(30), at(61))
    finally:
        window.close()
        cron.close()


def test_a_cooldown_alone_keeps_the_stored_counter(store: Store) -> None:
    store.save_channel_limits([ChannelLimit("bmc", "leads", limit=100, remaining=3, reset_at=at(60), updated_at=at(0))])
    store.save_channel_limits([ChannelLimit("bmc", "leads", cooldown_until=at(15))])
    (row,) = store.channel_limits("bmc", at(1))
    assert (row.limit, row.remaining, row.reset_at, row.cooldown_until) == (100, 3, at(60), at(15))
