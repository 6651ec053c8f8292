"""The team's one-worker lock: one connection holds it, the others see who (host, pid, since), it ends with the
holder's connection, and a holder whose connection was cut learns that it no longer has it. SQLite has none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from colivingdesk.store.worker_lock import WorkerHolder, holder_name, parse_holder
from tests.contract.conftest import Opener

SINCE = datetime(2026, 12, 3, 9, 30, 5, tzinfo=UTC)


@pytest.mark.backends("postgresql")
def test_one_connection_holds_the_worker_lock_and_the_others_see_who(open_another: Opener) -> None:
    first, second = open_another(), open_another()
    assert first.worker_lock.holder() is None
    assert first.worker_lock.try_take("desk-server", 4242, SINCE)
    assert not second.worker_lock.try_take("laptop", 777, SINCE)
    assert second.worker_lock.holder() == WorkerHolder("desk-server", 4242, SINCE)
    assert second.worker_lock.holder().line() == "desk-server pid 4242 since 2026-12-03T09:30:05Z"
    assert first.worker_lock.held_here() and not second.worker_lock.held_here()
    first.close()  # a worker that ends (or is killed) ends its session, and the lock with it
    assert second.worker_lock.holder() is None
    assert second.worker_lock.try_take("laptop", 777, SINCE)
    assert second.worker_lock.holder() == WorkerHolder("laptop", 777, SINCE)


@pytest.mark.backends("postgresql")
def test_a_holder_whose_connection_was_cut_no_longer_holds_the_lock(open_another: Opener) -> None:
    worker, other = open_another(), open_another()
    assert worker.worker_lock.try_take("desk-server", 4242, SINCE)
    backend = worker._db.scalar("SELECT pg_backend_pid()")
    assert other._db.scalar("SELECT pg_terminate_backend(?)", (backend,))
    assert not worker.worker_lock.held_here()
    assert other.worker_lock.try_take("laptop", 777, SINCE)


@pytest.mark.backends("sqlite")
def test_sqlite_has_no_worker_lock(open_another: Opener) -> None:
    store = open_another()
    assert not store.worker_lock.supported
    assert not store.worker_lock.try_take("host", 1, SINCE)
    assert store.worker_lock.holder() is None


def test_the_holder_name_fits_postgresql_and_a_long_host_is_cut_not_the_pid_or_time() -> None:
    name = holder_name("a-very-long-host-name.in.a.deep.domain.example.org", 1234567, SINCE)
    kept = name.encode()[:63].decode()  # PostgreSQL keeps 63 bytes of application_name
    parsed = parse_holder(kept)
    assert parsed is not None and parsed.pid == 1234567 and parsed.since == SINCE
    assert parsed.host and "a-very-long-host-name".startswith(parsed.host[:21])
    assert parse_holder("psql") is None
