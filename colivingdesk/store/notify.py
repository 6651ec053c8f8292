"""LISTEN/NOTIFY on a team's PostgreSQL store: how one process tells the others what it changed.

Every process on a team database (the sync worker, each desktop) publishes the ids it changed with
``pg_notify`` on one channel, :data:`CHANGES_CHANNEL`, and the desktops and the worker listen on it, each on a
connection of its own (a listening connection must not be busy with queries, or notifications wait behind them).
A notification is delivered only after its transaction commits, so a listener that re-reads the ids finds the
committed rows. Notifications are a hint for freshness: a process that misses some re-reads everything when it
reconnects, and nothing's correctness depends on them.

The server refuses a payload of 8000 bytes or more: :data:`PAYLOAD_LIMIT` is the most a payload may take.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from colivingdesk.store.postgres import APPLICATION_NAME

if TYPE_CHECKING:
    import psycopg

#: The one notification channel of a team database.
CHANGES_CHANNEL = "colivingdesk_changes"
#: The largest payload, in UTF-8 bytes, the server accepts (it refuses 8000 and more).
PAYLOAD_LIMIT = 7999


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection of its own, for publishing or listening (never the store's)."""
    import psycopg

    return psycopg.connect(url, autocommit=True, application_name=APPLICATION_NAME)


def publish(conn: psycopg.Connection[Any], payload: str) -> None:
    """Send ``payload`` to every listener (at once: the connection is in autocommit)."""
    conn.execute("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, payload))


def listen(conn: psycopg.Connection[Any]) -> None:
    conn.execute(f"LISTEN {CHANGES_CHANNEL}")


def received(conn: psycopg.Connection[Any], timeout: float) -> Iterator[str]:
    """The payloads that arrive within ``timeout`` seconds, each as soon as it arrives. Raises
    ``psycopg.OperationalError`` when the connection is lost."""
    for notice in conn.notifies(timeout=timeout):
        yield notice.payload
