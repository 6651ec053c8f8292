"""A read-only store reads while the writer holds a transaction; one store is safe across threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from colivingdesk.store import ReadOnlyStoreError, Store, open_store

from .builders import booking, prop


def test_reader_sees_committed_snapshot_while_writer_is_mid_transaction(store: Store, db_path: Path) -> None:
    store.upsert_properties([prop("p1", "Committed")])
    reader = open_store(db_path, read_only=True)
    try:
        with store.transaction():
            store.upsert_properties([prop("p2", "Uncommitted")])
            # the writer holds the write lock; the reader is neither blocked nor sees half a batch
            assert [p.id for p in reader.page_properties()] == ["p1"]
            assert reader.count_properties() == 1
        assert reader.count_properties() == 2
        with pytest.raises(ReadOnlyStoreError):
            reader.upsert_properties([prop("p3")])
    finally:
        reader.close()


def test_reader_in_another_thread_during_a_write(store: Store, db_path: Path) -> None:
    reader = open_store(db_path, read_only=True)
    counts: list[int] = []
    try:
        with store.transaction():
            store.upsert_bookings([booking(f"b{i}") for i in range(100)])
            t = threading.Thread(target=lambda: counts.append(reader.count_bookings()))
            t.start()
            t.join(timeout=5)
        assert counts == [0]
    finally:
        reader.close()


def test_one_store_shared_by_writer_threads(store: Store) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for batch in range(10):
                store.upsert_bookings([booking(f"w{worker}-{batch}-{i}") for i in range(20)])
                store.count_bookings()
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert store.count_bookings() == 4 * 10 * 20


def test_reader_opens_after_the_writer_has_closed(db_path: Path) -> None:
    with open_store(db_path) as writer:
        writer.set_cursor("leads", "2026-04-01T00:00:00Z")
    with open_store(db_path, read_only=True) as reader:
        assert reader.read_only
        assert reader.get_cursor("leads") == "2026-04-01T00:00:00Z"
        with open_store(db_path) as writer:
            writer.set_cursor("leads", "later")
        assert reader.get_cursor("leads") == "later"


def test_nested_transaction_failure_rolls_back_only_the_inner_block(store: Store) -> None:
    with store.transaction():
        store.upsert_properties([prop("p1")])
        with pytest.raises(RuntimeError), store.transaction():
            store.upsert_properties([prop("p2")])
            raise RuntimeError("inner")
    assert [p.id for p in store.page_properties()] == ["p1"]
