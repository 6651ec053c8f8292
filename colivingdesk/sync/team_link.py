"""One process's link to the other processes on a team database: its change sets out, theirs in.

Every change set the process's Service emits is published (see ``sync.team_changes`` for the payload and
``store.notify`` for the channel) from a thread of its own, with a connection of its own, so neither the event
loop nor the store's thread ever waits on it. A listening thread, on another connection, hands what the other
processes publish to the event loop, where it is emitted on the same change stream, so the views refresh as
they do after a local sync; a change set heard this way is not published again, and the process's own
notifications come back to it and are dropped (it applied them already).

When the listening connection drops, ``on_connection(False)`` says so, the link reconnects with a growing pause
(:data:`RECONNECT_DELAYS`), and on reconnecting emits "everything changed" for every kind: notifications sent
meanwhile were missed, so every view re-reads. Publishing is best-effort too: a payload that cannot be sent is
dropped (and logged), and the connection is opened again for the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from colivingdesk.store import notify
from colivingdesk.sync.changes import EVERY, KINDS, ChangeSet, ChangeStream
from colivingdesk.sync.team_changes import decode, encode, new_origin

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

#: Pauses before each attempt to reconnect the listening connection, the last one repeated.
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0)
#: How often the listening thread looks up from waiting to see whether it should stop.
LISTEN_SLICE = 0.5
#: Every kind, changed: what a process that missed notifications must assume.
EVERYTHING = ChangeSet({kind: {EVERY} for kind in (*KINDS, "automations")})


class TeamLink:
    """Publish ``changes`` and relay the other processes' change sets into it; build it on the event loop.

    ``expand`` may add ids to a change set heard from elsewhere before it is emitted (a desktop adds the
    conversation on screen to "every message changed", so it reloads); ``on_remote`` is called after it is
    emitted; ``before_publish`` runs on the publishing thread before each local change set goes out, with the
    value ``prepare`` (called on the loop) made of it: the worker saves its account states that way, so a
    desktop that re-reads them on the notification finds them saved.
    """

    def __init__(
        self,
        changes: ChangeStream,
        url: str,
        *,
        expand: Callable[[ChangeSet], ChangeSet] | None = None,
        on_remote: Callable[[ChangeSet], None] | None = None,
        on_connection: Callable[[bool], None] | None = None,
        prepare: Callable[[ChangeSet], Any] | None = None,
        before_publish: Callable[[Any], None] | None = None,
    ) -> None:
        self.origin = new_origin()
        self._changes = changes
        self._url = url
        self._expand = expand
        self._on_remote = on_remote
        self._on_connection = on_connection
        self._prepare = prepare
        self._before_publish = before_publish
        self._loop = asyncio.get_running_loop()
        self._publisher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="colivingdesk-notify")
        self._conn: psycopg.Connection[Any] | None = None  # the publishing thread's only
        self._relaying = False
        self._stop = threading.Event()
        self._listener = threading.Thread(target=self._listen, name="colivingdesk-listen", daemon=True)
        self._connected: bool | None = None
        self._unsubscribe = changes.subscribe(self._on_local)

    @property
    def connected(self) -> bool | None:
        """Whether the listening connection is up (None until its first attempt ends)."""
        return self._connected

    def start(self) -> None:
        self._listener.start()

    def emit_here(self, changes: ChangeSet | dict[str, Any]) -> None:
        """Emit on this process's stream without publishing: for what concerns this process alone (a desktop's
        view of the worker's state, which every desktop reads for itself)."""
        self._relaying = True
        try:
            self._changes.emit(changes)
        finally:
            self._relaying = False

    async def aclose(self) -> None:
        self._unsubscribe()
        self._stop.set()
        if self._listener.is_alive():
            await asyncio.to_thread(self._listener.join, LISTEN_SLICE * 4)
        await asyncio.wrap_future(self._publisher.submit(self._close_publisher))
        self._publisher.shutdown(wait=True)

    # ------------------------------------------------------------------ out
    def _on_local(self, changes: ChangeSet) -> None:
        if self._relaying or self._stop.is_set():
            return
        prepared = self._prepare(changes) if self._prepare is not None else None
        payload = encode(changes, self.origin)
        with contextlib.suppress(RuntimeError):  # shut down: nothing more goes out
            self._publisher.submit(self._publish, payload, prepared)

    def _publish(self, payload: str, prepared: Any) -> None:
        import psycopg

        try:
            if self._before_publish is not None:
                self._before_publish(prepared)
            if self._conn is None or self._conn.closed:
                self._conn = notify.connect(self._url)
            notify.publish(self._conn, payload)
        except psycopg.Error as err:
            log.info("a change notification was not sent (%s); the others see it at their next re-read",
                     type(err).__name__)
            self._close_publisher()

    def _close_publisher(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    # ------------------------------------------------------------------ in
    def _listen(self) -> None:
        import psycopg

        attempt = 0
        while not self._stop.is_set():
            try:
                conn = notify.connect(self._url)
            except psycopg.Error:
                self._tell_connection(False)
                self._stop.wait(RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)])
                attempt += 1
                continue
            try:
                notify.listen(conn)
                self._tell_connection(True)
                attempt = 0
                while not self._stop.is_set():
                    for payload in notify.received(conn, LISTEN_SLICE):
                        self._heard(payload)
            except psycopg.Error:
                self._tell_connection(False)
            finally:
                with contextlib.suppress(Exception):
                    conn.close()

    def _heard(self, payload: str) -> None:
        notice = decode(payload)
        if notice is None or notice.origin == self.origin or not notice.changes:
            return
        self._to_loop(self._relay, notice.changes)

    def _tell_connection(self, up: bool) -> None:
        self._to_loop(self._connection_changed, up)

    def _to_loop(self, callback: Callable[[Any], None], value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closed: the process is ending
            self._loop.call_soon_threadsafe(callback, value)

    def _relay(self, changes: ChangeSet) -> None:
        if self._stop.is_set():
            return
        if self._expand is not None:
            changes = self._expand(changes)
        self.emit_here(changes)
        if self._on_remote is not None:
            self._on_remote(changes)

    def _connection_changed(self, up: bool) -> None:
        if self._stop.is_set():
            return
        missed = up and self._connected is False
        if up != self._connected:
            self._connected = up
            if self._on_connection is not None:
                self._on_connection(up)
        if missed:
            self._relay(EVERYTHING)
