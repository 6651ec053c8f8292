"""One sync worker per team database: ``sync --watch`` takes the worker lock before it talks to the channels.

On a team's PostgreSQL store only one process sends the shared outbox and spends the channels' budgets (see
``store.worker_lock``). ``sync --watch`` takes the lock first; a second one started against the same database
says once on stderr that it stands by, with the running worker's host, pid and start time, and tries the lock
every :data:`STANDBY_POLL_SECONDS`, so it takes over within seconds of the first one's end (a killed worker's
session, and its lock, end when its connection drops). On take-over the outbox items the first left half-sent
are settled by the outbox's own rules: resent with their Idempotency-Key (BookMyColiving) or looked for on the
channel before any resend (Coliving.com), so none goes twice. A claim another worker left is taken over at once,
even from another machine (see ``OutboxSender.hold_worker_lock``); other claims keep their lease.

While it runs, the worker checks every :data:`WATCHDOG_SECONDS` that its connection still holds the lock. A lost
connection ends the lock (a standby may already have taken over), so the worker stops with exit status 1 rather
than send without it; a service manager restarts it, and it then stands by or takes the lock again.

``sync --once`` on a team database takes the lock for its run too, and refuses with exit status 1 while a worker
holds it; ``--alongside-worker`` runs it anyway (the outbox claims still keep the two from sending one item
twice, but both spend the channels' budgets). On SQLite none of this applies: nothing changes there.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from colivingdesk.sync.wakeup import wait_woken

if TYPE_CHECKING:
    import argparse

    from colivingdesk.store import Store
    from colivingdesk.sync import Service
    from colivingdesk.sync.team_worker import WorkerLink

#: How often a standby tries the lock: well inside the 30 seconds a take-over may take.
STANDBY_POLL_SECONDS = 5.0
#: How often the running worker checks that its connection still holds the lock.
WATCHDOG_SECONDS = 5.0
#: How long that check may take before the connection is taken as lost.
CHECK_TIMEOUT_SECONDS = 15.0
#: Exit status of a worker that lost its lock (the headless commands' "channel or connection" status).
EXIT_LOST = 1


def _me() -> tuple[str, int, datetime]:
    return socket.gethostname(), os.getpid(), datetime.now(UTC)


def take_for_once(store: Store, alongside: bool) -> bool:
    """Before ``sync --once`` talks to the channels: take the worker lock for the run (True), or refuse (exit 1)
    with one line naming the running worker. Nothing to do (False) on SQLite or with ``alongside``."""
    from colivingdesk.headless_wiring import EXIT_CHANNEL, CommandError

    lock = store.worker_lock
    if alongside or not lock.supported:
        return False
    if lock.try_take(*_me()):
        return True
    holder = lock.holder()
    who = holder.line() if holder is not None else "it stopped a moment ago; try again"
    raise CommandError(
        f"error: a worker is running on this database: {who} (--alongside-worker runs this sync anyway)",
        EXIT_CHANNEL,
    )


class WorkerGuard:
    """The ``sync --watch`` side: stand by until the lock is ours, then watch that it stays ours."""

    def __init__(self, store: Store, stop: asyncio.Event) -> None:
        self._lock = store.worker_lock
        self._stop = stop
        self._watchdog: asyncio.Task[None] | None = None
        #: Set when the lock was lost while running: the command's exit status is then :data:`EXIT_LOST`.
        self.lost = False

    async def acquire(self) -> bool:
        """Wait for the lock (at once on SQLite); False when asked to stop while standing by."""
        if not self._lock.supported:
            return True
        standing_by = False
        while not self._stop.is_set():
            if await asyncio.to_thread(self._lock.try_take, *_me()):
                if standing_by:
                    print("the running worker stopped; this one takes over", file=sys.stderr, flush=True)
                self._watchdog = asyncio.create_task(self._watch())
                return True
            if not standing_by:
                holder = await asyncio.to_thread(self._lock.holder)
                who = holder.line() if holder is not None else "one that is stopping"
                print(
                    f"standing by: a worker is running on this database: {who}; this one takes over when it stops",
                    file=sys.stderr, flush=True,
                )
                standing_by = True
            await wait_woken(self._stop, STANDBY_POLL_SECONDS)
        return False

    async def _watch(self) -> None:
        while not self._stop.is_set():
            await wait_woken(self._stop, WATCHDOG_SECONDS)
            if self._stop.is_set():
                return
            try:  # asyncio.timeout, not wait_for, which can swallow the cancellation that stops this task
                async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
                    held = await asyncio.to_thread(self._lock.held_here)
            except TimeoutError:
                held = False
            if not held:
                print(
                    "error: the connection to the team database was lost, and with it the worker lock; stopping "
                    "so that only one worker sends",
                    file=sys.stderr, flush=True,
                )
                self.lost = True
                self._stop.set()
                return

    async def aclose(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog
            self._watchdog = None


def team_link(args: argparse.Namespace, service: Service, store: Store) -> WorkerLink | None:
    """On a team database, publish what this sync changes and hear the desktops' writes (see
    ``sync.team_worker``); None on SQLite. Call on the event loop."""
    if not store.worker_lock.supported:
        return None
    from colivingdesk.sync.team_worker import WorkerLink
    from colivingdesk.team import conninfo_for, database_setting

    setting = database_setting(getattr(args, "database", None))
    if setting is None:
        return None
    link = WorkerLink(service, conninfo_for(setting))
    link.start()
    return link
