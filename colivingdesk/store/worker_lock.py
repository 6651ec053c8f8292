"""The team's one sync worker: a session-level advisory lock on the shared PostgreSQL store.

Only one process may talk to the channels for a team (one budget, one reply cap, one sender of the shared
outbox). The worker holds ``pg_advisory_lock(ADVISORY_NAMESPACE, WORKER_LOCK_KEY)`` on the store's own
connection for as long as it runs. Taking it on that connection, rather than on a side one, ties the right to
send to the connection every outbox claim is written through: when the connection drops, the lock is gone and
so is any way to claim an item, so a worker cut off from the database cannot go on sending.

A session's advisory locks end with the session: a killed worker's connection closes, the server frees the lock
at once, and a standby polling with ``pg_try_advisory_lock`` takes it on its next try.

Who holds it is read from the server itself (``pg_locks`` joined with ``pg_stat_activity``): the holder puts its
host, process id and start time in its connection's ``application_name``, which every role may read. No table
is needed, and the answer can never name a worker that is gone. PostgreSQL keeps 63 bytes of the name, so a
long host name is cut short; the process id and the time come first for that reason.

SQLite has no such lock: one person's profile coordinates its processes by the outbox claims alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from colivingdesk.store.dialect import ADVISORY_NAMESPACE

if TYPE_CHECKING:
    from colivingdesk.store.db import Database

#: The second key of the worker's lock under ``ADVISORY_NAMESPACE`` (1 is the migration lock).
WORKER_LOCK_KEY = 2
#: How the holder's connection names itself: ``colivingdesk worker PID SINCE HOST``.
_NAME_PREFIX = "colivingdesk worker"
_SINCE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True, slots=True)
class WorkerHolder:
    """The running worker as its connection names itself (host may be cut short, see the module docstring)."""

    host: str
    pid: int
    since: datetime | None

    def line(self) -> str:
        """``host pid N since ISO``, for the one-line messages of the commands."""
        since = self.since.strftime(_SINCE_FORMAT) if self.since is not None else "an unknown time"
        return f"{self.host or 'unknown host'} pid {self.pid} since {since}"


def holder_name(host: str, pid: int, since: datetime) -> str:
    return f"{_NAME_PREFIX} {pid} {since.astimezone(UTC).strftime(_SINCE_FORMAT)} {host}"


def parse_holder(name: str) -> WorkerHolder | None:
    """The holder described by an ``application_name`` written by :func:`holder_name`; None for any other."""
    if not name.startswith(_NAME_PREFIX + " "):
        return None
    pid, _, rest = name[len(_NAME_PREFIX) + 1:].partition(" ")
    since_text, _, host = rest.partition(" ")
    try:
        since: datetime | None = datetime.strptime(since_text, _SINCE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        since = None
    return WorkerHolder(host=host, pid=int(pid) if pid.isdigit() else 0, since=since)


class WorkerLock:
    """The worker lock of one store's connection (PostgreSQL only: :attr:`supported` says so)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def supported(self) -> bool:
        return self._db.dialect.postgres

    def try_take(self, host: str, pid: int, since: datetime) -> bool:
        """Take the lock if no other session holds it (it stays until this connection closes); on success the
        connection names this process as the holder."""
        if not self.supported:
            return False
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT pg_try_advisory_lock(?, ?)", (ADVISORY_NAMESPACE, WORKER_LOCK_KEY)
            ).fetchone()
            if row is None or not row[0]:
                return False
            self._db.conn.execute("SELECT set_config('application_name', ?, false)", (holder_name(host, pid, since),))
            return True

    def holder(self) -> WorkerHolder | None:
        """The session that holds the lock, or None when no worker runs on this database."""
        if not self.supported:
            return None
        row = self._db.query_one(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            " AND l.classid::bigint = ? AND l.objid::bigint = ?"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            (ADVISORY_NAMESPACE, WORKER_LOCK_KEY),
        )
        if row is None:
            return None
        return parse_holder(str(row[0] or "")) or WorkerHolder(host="", pid=0, since=None)

    def held_here(self) -> bool:
        """Whether this connection still holds the lock: False once the connection to the server is lost
        (which ends the session and its lock), so the caller stops sending."""
        if not self.supported:
            return False
        try:
            row = self._db.query_one(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2"
                " AND classid::bigint = ? AND objid::bigint = ? AND pid = pg_backend_pid()",
                (ADVISORY_NAMESPACE, WORKER_LOCK_KEY),
            )
        except Exception:  # psycopg.OperationalError and kin: the session, and so the lock, is gone
            return False
        return row is not None and int(row[0]) > 0
