"""The sync worker's side of a team database's notifications: its changes out, the desktops' writes in.

The worker publishes every change set it emits (a synced page, a sent reply) so the desktops show it within a
second, and before each change set that carries an account's state it saves that state (see
``store.worker_status``), so a desktop re-reading on the notification finds it. A desktop's write to the outbox
(a reply, a rate push) or to the automations wakes the worker's accounts at once, rather than at the next poll.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Channel
from colivingdesk.store.worker_status import WorkerReport
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.sync.team_link import TeamLink

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.service import Service

#: Kinds a desktop writes that the worker acts on: it wakes to deliver them.
WAKING_KINDS = ("outbox", "automations")


class WorkerReports:
    """Turns the Service's account states into ``worker_status`` rows, saving only what changed."""

    def __init__(self, service: Service, url: str) -> None:
        self._service = service
        self._url = url
        self._host = socket.gethostname()
        self._pid = os.getpid()
        self._last: dict[str, tuple[Any, ...]] = {}
        self._store: Store | None = None  # the publishing thread's only

    def changed(self, changes: ChangeSet) -> list[WorkerReport]:
        """On the loop: the reports of the accounts whose state or budget may have changed, as far as they
        differ from the last saved."""
        reports: list[WorkerReport] = []
        named = set(changes.get_ids("status"))
        if changes.get_ids("outbox"):  # a send spends a budget (the reply cap) without changing the state
            named |= {channel.value for channel in self._service.channels}
        for value in sorted(named):
            try:
                channel = Channel(value)
            except ValueError:
                continue
            status = self._service.status(channel)
            head = status.headline
            budget = {} if head is None else {
                "label": head.label, "limit": head.limit, "remaining": head.remaining,
                "reset_at": head.reset_at.isoformat() if head.reset_at is not None else None, "per": head.per,
            }
            key = (status.state, status.message, status.last_synced_at, status.waiting_until, tuple(budget.items()))
            if self._last.get(value) == key:
                continue
            self._last[value] = key
            reports.append(WorkerReport(
                channel=value, host=self._host, pid=self._pid, state=status.state, updated_at=datetime.now(UTC),
                message=status.message, last_synced_at=status.last_synced_at,
                waiting_until=status.waiting_until, budget=budget,
            ))
        return reports

    def save(self, reports: list[WorkerReport] | None) -> None:
        """On the publishing thread, before the change set goes out."""
        if not reports:
            return
        if self._store is None:
            from colivingdesk.store import open_postgres_store

            self._store = open_postgres_store(self._url)
        try:
            for report in reports:
                self._store.save_worker_report(report)
        except Exception:
            self._close()
            raise

    def _close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()

    def close(self) -> None:
        """Once the link is closed (its thread no longer uses the connection)."""
        self._close()


class WorkerLink:
    """The worker's :class:`TeamLink` with its account reports; build on the loop, ``aclose`` when stopping."""

    def __init__(self, service: Service, url: str) -> None:
        self.reports = WorkerReports(service, url)
        self.link = TeamLink(
            service.changes, url, on_remote=lambda changes: _wake(service, changes),
            prepare=self.reports.changed, before_publish=self.reports.save,
        )

    def start(self) -> None:
        self.link.start()

    async def aclose(self) -> None:
        await self.link.aclose()
        self.reports.close()


def _wake(service: Service, changes: ChangeSet) -> None:
    if any(changes.get_ids(kind) for kind in WAKING_KINDS):
        service.wake()
