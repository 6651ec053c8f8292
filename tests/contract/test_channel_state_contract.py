"""Persisted waits and budgets behave alike on both backends: what one connection learnt binds the others, and
two connections saving at once never shorten a wait."""

from __future__ import annotations

import threading

from colivingdesk.store import ChannelLimit, Store
from tests.unit.store.builders import at

from .conftest import Opener, WaitForBlocked

ACCOUNT = "coliving@http://col.test/v1"


def test_a_wait_saved_by_one_connection_is_read_by_another(store: Store, open_another: Opener) -> None:
    store.save_channel_limits([ChannelLimit(ACCOUNT, "api", cooldown_until=at(10))])
    second = open_another(read_only=True)
    assert second.channel_limits(ACCOUNT, at(0)) == [ChannelLimit(ACCOUNT, "api", cooldown_until=at(10))]
    assert second.channel_limits("bmc@http://bmc.test/api/v1", at(0)) == []


def test_waits_and_budgets_that_are_over_are_not_read_and_are_pruned(store: Store) -> None:
    store.save_channel_limits(
        [
            ChannelLimit(ACCOUNT, "api", cooldown_until=at(5)),
            ChannelLimit("bmc", "leads", limit=100, remaining=0, reset_at=at(60), updated_at=at(0)),
            ChannelLimit("bmc", "messages", limit=100, remaining=40, reset_at=at(30), updated_at=at(0)),
        ]
    )
    assert store.channel_limits(ACCOUNT, at(6)) == []
    assert [row.group for row in store.channel_limits("bmc", at(6))] == ["leads", "messages"]
    assert store.prune_channel_limits(at(31)) == 2
    assert [row.group for row in store.channel_limits("bmc", at(31))] == ["leads"]


def test_an_older_reading_and_a_shorter_cooldown_never_shorten_the_wait(store: Store, open_another: Opener) -> None:
    cron = open_another()
    store.save_channel_limits(
        [ChannelLimit("bmc", "replies", 60, remaining=0, reset_at=at(60), cooldown_until=at(20), updated_at=at(2))]
    )
    # The other connection's view is older (its reading at minute 1) and its cooldown shorter.
    cron.save_channel_limits(
        [ChannelLimit("bmc", "replies", 60, remaining=5, reset_at=at(50), cooldown_until=at(10), updated_at=at(1))]
    )
    (row,) = store.channel_limits("bmc", at(3))
    assert (row.remaining, row.reset_at, row.cooldown_until) == (0, at(60), at(20))
    # A newer reading replaces the counter as a whole; a later cooldown extends the wait.
    cron.save_channel_limits(
        [ChannelLimit("bmc", "replies", 60, remaining=59, reset_at=at(120), cooldown_until=at(30), updated_at=at(61))]
    )
    (row,) = store.channel_limits("bmc", at(62))
    assert (row.remaining, row.reset_at, row.cooldown_until, row.updated_at) == (59, at(120), at(30), at(61))


def test_a_save_racing_another_merges_with_what_the_other_committed(
    store: Store, open_another: Opener, wait_for_blocked: WaitForBlocked
) -> None:
    """The second save of a row nobody had stored yet waits for the first and merges with it, rather than both
    seeing no row and the last one overwriting a longer wait."""
    other = open_another()
    errors: list[BaseException] = []

    def save_shorter_wait() -> None:
        try:
            other.save_channel_limits([ChannelLimit("bmc", "replies", cooldown_until=at(10))])
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    saver = threading.Thread(target=save_shorter_wait)
    with store.transaction():
        store.save_channel_limits([ChannelLimit("bmc", "replies", cooldown_until=at(20))])
        saver.start()
        wait_for_blocked()
    saver.join(timeout=30)
    assert errors == []
    (row,) = open_another().channel_limits("bmc", at(0))
    assert row.cooldown_until == at(20)
