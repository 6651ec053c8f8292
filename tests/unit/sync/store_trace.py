"""Watching what the store does: how many transactions a sync opens (batching tests count them)."""

from __future__ import annotations

from colivingdesk.store import Store


def count_transactions(store: Store) -> list[int]:
    """A live count of the store's top-level transactions (``BEGIN IMMEDIATE`` statements): ``[n]``."""
    count = [0]

    def trace(sql: str) -> None:
        if sql.startswith("BEGIN"):
            count[0] += 1

    store._db.conn.set_trace_callback(trace)
    return count
