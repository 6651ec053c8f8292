"""The Service of a desktop on a team database: it reads and writes the shared store, never a channel.

In team mode one sync worker (``colivingdesk sync --watch --database URL``) talks to the channels for the whole
team. A desktop's Service therefore installs no account (it reads no API key), runs no scheduler and sends
nothing: every write the window makes (a reply, a retry, a listing change, a rate push, an inbox mark, a
register or automation edit) lands in the shared store and outbox exactly as on a single computer, and the
worker, woken by the notification, sends it. What only a channel can answer (checking a key, syncing now,
sending a test webhook, saving the provider key) is refused with :class:`TeamModeRefused`, which says why.

What the accounts are doing is the worker's knowledge: :meth:`DesktopService.status` reads the states the
worker saved (``store.worker_status``), and :meth:`DesktopService.team_state` says who holds the worker lock and
when it last finished a cycle. Both are re-read every :data:`TEAM_POLL_SECONDS`, and at once when a
notification says an account's state changed. Other processes' changes arrive through a :class:`TeamLink`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Channel
from colivingdesk.store.worker_lock import WorkerHolder
from colivingdesk.store.worker_status import WorkerReport
from colivingdesk.sync.changes import ChangeSet, ChangeStream
from colivingdesk.sync.clock import Clock
from colivingdesk.sync.service import Service
from colivingdesk.sync.status import AccountStatus, BudgetView, SyncReport, TeamModeRefused, VerifyResult
from colivingdesk.sync.team_link import TeamLink
from colivingdesk.sync.wakeup import wait_woken

if TYPE_CHECKING:
    from colivingdesk.accounts import AccountSettings
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import Store

log = logging.getLogger(__name__)

#: How often the worker's state is re-read when no notification says it changed (the worker lock's holder is
#: not announced by notifications: a killed worker cannot say it stopped).
TEAM_POLL_SECONDS = 5.0
#: What the status of an account says when the worker has not reported on it.
NO_REPORT = "The team's sync worker has not reported on this account yet."
NO_WORKER = "No sync worker is running on the team database: replies stay queued until one runs."


@dataclass(frozen=True, slots=True)
class TeamState:
    """The team database as a desktop sees it. ``reachable``: the last read of it worked and the listening
    connection is up (None until first known); ``holder``: the running worker (None: none runs);
    ``last_cycle``: when the worker last finished a pass over an account."""

    label: str
    reachable: bool | None
    holder: WorkerHolder | None
    last_cycle: datetime | None


class DesktopService(Service):
    """See the module docstring. ``url`` is the connection string of the team database (with its password,
    never shown); ``label`` what the window shows of it."""

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        *,
        url: str,
        label: str,
        changes: ChangeStream | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(store, secrets, {}, changes=changes, clock=clock)
        self.team_label = label
        self._url = url
        self._link: TeamLink | None = None
        self._reports: dict[str, WorkerReport] = {}
        self._holder: WorkerHolder | None = None
        self._read_ok: bool | None = None
        self._poll: asyncio.Task[None] | None = None
        self._wanted = asyncio.Event()

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Listen to the team database and read the worker's state; nothing is scheduled or sent here."""
        self._link = TeamLink(
            self.changes, self._url, expand=self._expand, on_remote=self._on_remote,
            on_connection=lambda _up: self._status_changed(),
        )
        self._link.start()
        await self.refresh_team()
        self._poll = asyncio.get_running_loop().create_task(self._watch_team(), name="colivingdesk-team-state")

    async def aclose(self) -> None:
        if self._poll is not None:
            self._poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poll
            self._poll = None
        if self._link is not None:
            await self._link.aclose()
            self._link = None
        await super().aclose()

    # ------------------------------------------------------------------ the worker's state
    def team_state(self) -> TeamState:
        listening = self._link.connected if self._link is not None else None
        reachable = None if self._read_ok is None else bool(self._read_ok and listening is not False)
        finished = [r.updated_at for r in self._reports.values() if r.state != "syncing"]
        return TeamState(self.team_label, reachable, self._holder, max(finished, default=None))

    def status(self, channel: Channel) -> AccountStatus:
        report = self._reports.get(channel.value)
        if self._holder is None and self._read_ok:
            return AccountStatus("no_worker", None if report is None else report.last_synced_at, NO_WORKER)
        if report is None:
            return AccountStatus("idle", None, NO_REPORT)
        budget = report.budget
        headline = None
        if budget.get("label"):
            reset = budget.get("reset_at")
            headline = BudgetView(
                str(budget["label"]), budget.get("limit"), budget.get("remaining"),
                datetime.fromisoformat(reset) if reset else None, str(budget.get("per") or ""),
            )
        return AccountStatus(
            report.state,  # type: ignore[arg-type]
            report.last_synced_at, report.message, headline=headline, waiting_until=report.waiting_until,
        )

    async def refresh_team(self) -> None:
        """Re-read who holds the worker lock and what the worker last said, then tell the window."""
        loop = asyncio.get_running_loop()
        try:
            holder, reports = await loop.run_in_executor(self._executor, self._read_team)
        except Exception as err:  # psycopg.OperationalError and kin: the database cannot be reached now
            log.info("the team database could not be read: %s", type(err).__name__)
            self._read_ok = False
        else:
            self._read_ok = True
            self._holder, self._reports = holder, reports
        self._status_changed()

    def _read_team(self) -> tuple[WorkerHolder | None, dict[str, WorkerReport]]:
        return self.store.worker_lock.holder(), self.store.worker_reports()

    async def _watch_team(self) -> None:
        while True:
            await wait_woken(self._wanted, TEAM_POLL_SECONDS)  # not wait_for: see sync.wakeup
            self._wanted.clear()
            await self.refresh_team()

    def _status_changed(self) -> None:
        """Every account's status may read differently: the window re-reads it (not published: each desktop
        reads the worker's state for itself)."""
        changes = ChangeSet({"status": {c.value for c in Channel}})
        if self._link is not None:
            self._link.emit_here(changes)
        else:
            self.changes.emit(changes)

    def _on_remote(self, changes: ChangeSet) -> None:
        # An account's state, or a send that spent a budget (the worker saved its reports before publishing).
        if changes.get_ids("status") or changes.get_ids("outbox"):
            self._wanted.set()

    def _expand(self, changes: ChangeSet) -> ChangeSet:
        """A change to every thread or message also names the conversation on screen, so it reloads."""
        focused = self._focus.get("threads")
        if focused and (changes.whole("threads") or changes.whole("messages")):
            return changes.merge({"threads": {focused}, "messages": {focused}})
        return changes

    # ------------------------------------------------------------------ what only the worker does
    def _refuse(self) -> TeamModeRefused:
        return TeamModeRefused(self.team_label)

    async def sync_once(self, channels: Iterable[Channel] | None = None, *, complete: bool = False) -> SyncReport:
        raise self._refuse()

    async def send_pending(self, channels: Iterable[Channel] | None = None) -> None:
        """Nothing to do here: the worker heard of the write and sends it."""

    async def refresh_thread(self, channel: Channel, external_id: str) -> None:
        """Opening a conversation refreshes it where a Service syncs; here the worker keeps it fresh."""

    async def refresh_feed(self, channel: Channel, label: str) -> dict[str, str]:
        raise self._refuse()

    async def verify(self, channel: Channel, settings: AccountSettings, api_key: str) -> VerifyResult:
        raise self._refuse()

    async def save_provider_key(self, key: str) -> str:
        raise self._refuse()

    async def send_test_webhook(self, event: str | None = None) -> dict[str, Any]:
        raise self._refuse()

    async def start_webhooks(self, host: str = "127.0.0.1", port: int = 0) -> int:
        raise self._refuse()

    def configure(self, channel: Channel, settings: AccountSettings | None) -> None:
        raise self._refuse()

