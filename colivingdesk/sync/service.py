"""The one object the window and the headless commands use to read status, sync and write.

It owns one long-lived HTTP client per account, the scheduler, the outbox senders and (optionally) the webhook
receiver. The UI never calls the api clients or the store's writers directly: it reads the store, listens to
:attr:`Service.changes`, and asks the Service to sync or to queue a write. Every write goes through the
persisted outbox first, so a crash, a cap or a lost network never loses what the user did.

All methods run on the event loop thread. Store writes, a sync page as much as one queued reply, go to one
worker thread: the store's connection is locked while a page is written, so a write made on the loop thread
would freeze the window until the page was done. Change sets carry ids per kind; thread ids (and the ids
under "messages", which name the threads whose messages changed) are ``"channel:external_id"``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from colivingdesk.accounts import AccountSettings
from colivingdesk.api.errors import (
    AuthError,
    ChannelError,
    RateLimited,
)
from colivingdesk.domain import Channel, OutboxItem, OutboxState
from colivingdesk.secrets import SecretStore, SecretStoreError
from colivingdesk.sync import automations, bmc_feeds, coliving_feeds
from colivingdesk.sync.automation_writes import AutomationWrites
from colivingdesk.sync.backlog import backlog
from colivingdesk.sync.backoff import Backoff
from colivingdesk.sync.budgets import headline
from colivingdesk.sync.changes import ChangeSet, ChangeStream
from colivingdesk.sync.channel_writes import ChannelWrites, PropertyAction
from colivingdesk.sync.clock import Clock, SystemClock
from colivingdesk.sync.feed_runs import run_feeds, stale_message
from colivingdesk.sync.feeds import Changes, Feed, FeedContext
from colivingdesk.sync.key_check import verify_key
from colivingdesk.sync.local_writes import LocalWrites
from colivingdesk.sync.outbox import (
    KeyRejected,
    OutboxSender,
    claim_lease,
    clock_text,
)
from colivingdesk.sync.people_writes import PeopleWrites
from colivingdesk.sync.progress import FeedProgress, ProgressBoard
from colivingdesk.sync.runtime import COLIVING_REQUESTS_PER_MINUTE, AccountRuntime, CountingTransport, make_client
from colivingdesk.sync.scheduler import Scheduler
from colivingdesk.sync.status import AccountStatus, SyncReport, VerifyResult
from colivingdesk.sync.waits import WaitKeeper, channel_waits
from colivingdesk.sync.webhooks import WebhookReceiver, bmc_verifier, refresh_for_event
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

if TYPE_CHECKING:
    from colivingdesk.api.webhooks import WebhookEvent
    from colivingdesk.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")




def _say(source: str, **values: object) -> str:
    """An account's state in words, marked under ``AccountStatus``: the window's language, English elsewhere."""
    return filled("AccountStatus", source, **values)


class Service(ChannelWrites, LocalWrites, AutomationWrites, PeopleWrites):
    """Facade over feeds, scheduler, outbox and webhooks for both channels."""

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        accounts: Mapping[Channel, AccountSettings],
        *,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        poll_interval: float = 60.0,
        coliving_requests_per_minute: int | None = 60,
        max_threads_per_cycle: int = 50,
        max_details_per_cycle: int = 10,
        max_booking_messages_per_cycle: int | None = None,
        http_timeout: float = 30.0,
        changes: ChangeStream | None = None,
    ) -> None:
        self.store = store
        self.secrets = secrets
        self.clock: Clock = clock or SystemClock()
        # The window passes the stream its views subscribed to before this Service was built (see AppContext).
        self.changes = changes if changes is not None else ChangeStream()
        self.poll_interval = poll_interval
        self._transport = transport
        self._coliving_rpm = coliving_requests_per_minute
        self._http_timeout = http_timeout
        self._limits: tuple[int, int, int | None] = (
            max_threads_per_cycle, max_details_per_cycle, max_booking_messages_per_cycle
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="colivingdesk-store")
        self._waits = WaitKeeper(store, self.clock, self._executor)
        self._backoff = Backoff()
        self._runtimes: dict[Channel, AccountRuntime] = {}
        self._problems: dict[Channel, str] = {}
        self._feeds: dict[Channel, list[Feed]] = {}
        self._senders: dict[Channel, OutboxSender] = {}
        self._focus: dict[str, str] = {}
        self._locks: dict[Channel, asyncio.Lock] = {}
        self._closing: list[AccountRuntime] = []
        self._progress = ProgressBoard(self.clock.now, lambda channel: self._emit({"status": {channel.value}}))
        self._scheduler = Scheduler(self._scheduled_cycle, self.clock, poll_interval, self._outbox_wake)
        self._webhooks: WebhookReceiver | None = None
        self._worker = False
        for channel, settings in accounts.items():
            self._install(channel, settings)

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Start the background scheduler (polling, outbox delivery); returns once the reply log is read."""
        bmc = self._runtimes.get(Channel.BMC)
        if bmc is not None:
            # So the status bar shows the replies left this hour from the start, not after a first long sync.
            await self._senders[Channel.BMC].read_reply_log(self._context(bmc))
        self._scheduler.start(list(self._runtimes.values()))

    async def aclose(self) -> None:
        """Stop background work and close every account's HTTP client."""
        await self._scheduler.aclose()
        await self.stop_webhooks()
        for runtime in [*self._runtimes.values(), *self._closing]:
            await runtime.aclose()
        self._closing.clear()
        await self._waits.aclose()
        self._executor.shutdown(wait=True)

    def hold_worker_lock(self) -> None:
        """Say this process holds a team database's worker lock: claims other workers left are taken over at
        once (see ``OutboxSender.hold_worker_lock``). Call before :meth:`start`."""
        self._worker = True
        for sender in self._senders.values():
            sender.hold_worker_lock()

    async def start_webhooks(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Listen for BookMyColiving deliveries; returns the port. Off unless asked for."""
        if self._webhooks is None:
            verify = bmc_verifier(
                lambda: self._secret(Channel.BMC, "webhook_secret"), self.store, self.clock.now
            )
            self._webhooks = WebhookReceiver(
                verify, self._on_webhook, host=host, port=port, executor=self._executor
            )
            await self._webhooks.start()
        return self._webhooks.port

    async def stop_webhooks(self) -> None:
        if self._webhooks is not None:
            await self._webhooks.aclose()
            self._webhooks = None

    # ------------------------------------------------------------------ status and reads
    @property
    def channels(self) -> list[Channel]:
        """Configured accounts (with a key)."""
        return list(self._runtimes)

    def status(self, channel: Channel) -> AccountStatus:
        runtime = self._runtimes.get(channel)
        if runtime is None:
            return AccountStatus("not_configured", None, self._problems.get(channel, ""))
        sender = self._senders.get(channel) or OutboxSender()
        limit = self._coliving_rpm or COLIVING_REQUESTS_PER_MINUTE
        progress = self._progress.get(channel)
        return dataclasses.replace(
            runtime.status(),
            headline=headline(runtime, sender, self.clock.now(), limit),
            progress=progress.line() if progress is not None and runtime.state == "syncing" else "",
        )

    def progress(self, channel: Channel) -> FeedProgress | None:
        """How far the account's running pass has got (``None`` between passes)."""
        return self._progress.get(channel)

    def requests_made(self, channel: Channel) -> int:
        """HTTP requests this account has sent since it was configured (retries included)."""
        runtime = self._runtimes.get(channel)
        return 0 if runtime is None else runtime.requests

    async def sync_once(self, channels: Iterable[Channel] | None = None, *, complete: bool = False) -> SyncReport:
        """One full cycle of every feed of the given (default: all configured) accounts, then the outbox.

        ``complete``: fetch the whole backlog the feeds show (every pending conversation, every missing booking
        detail, every open Coliving.com conversation), waiting out short rate-limit waits, rather than the
        per-cycle share background cycles take; it ends early only on a wait too long to sleep through
        (``report.waits`` says until when, ``report.backlog`` what is left for the next run).
        """
        wanted = list(self._runtimes) if channels is None else [c for c in channels if c in self._runtimes]
        report = SyncReport()
        before = {c: self._runtimes[c].requests for c in wanted}
        started = self.clock.now()
        results = await asyncio.gather(*(self._cycle(self._runtimes[c], True, complete=complete) for c in wanted))
        for channel, (changes, error, failed) in zip(wanted, results, strict=True):
            report.requests[channel.value] = self._runtimes[channel].requests - before[channel]
            report.add_changed({kind: len(ids) for kind, ids in changes.items()})
            if failed:
                report.feeds[channel.value] = failed
            if error or failed:
                report.errors[channel.value] = error or stale_message(failed)
        report.waits = channel_waits((self._runtimes[c] for c in wanted), self.clock.now())
        if Channel.COLIVING in wanted:
            coverage = functools.partial(coliving_feeds.conversation_coverage, self.store, self.clock.now(), started)
            loop = asyncio.get_running_loop()
            report.conversations[Channel.COLIVING.value] = await loop.run_in_executor(self._executor, coverage)
        loop = asyncio.get_running_loop()
        for channel in wanted:
            left = functools.partial(backlog, self.store, channel, self.clock.now())
            report.backlog[channel.value] = await loop.run_in_executor(self._executor, left)
        if Channel.COLIVING in wanted:
            waiting = report.conversations[Channel.COLIVING.value]["waiting"]
            report.backlog[Channel.COLIVING.value]["conversations"] = waiting
        return report

    async def send_pending(self, channels: Iterable[Channel] | None = None) -> None:
        """Deliver due outbox items now (what the scheduler does after each cycle)."""
        wanted = list(self._runtimes) if channels is None else [c for c in channels if c in self._runtimes]
        await asyncio.gather(*(self._cycle(self._runtimes[c], False, feeds=False) for c in wanted))

    def focus(self, kind: str, ident: str | None) -> None:
        """Say what the user is looking at (e.g. ``("threads", "bmc:usr_1")``) so it is refreshed first."""
        if ident is None:
            self._focus.pop(kind, None)
            return
        self._focus[kind] = ident
        channel = _focus_channel(kind, ident)
        if channel is not None:
            self._scheduler.wake(channel)

    def wake(self) -> None:
        """Run every account's loop now: another process on a team database queued a write for it."""
        self._scheduler.wake()

    async def refresh_thread(self, channel: Channel, external_id: str) -> None:
        """Fetch one conversation now (BMC thread id or Coliving.com booking id)."""
        runtime = self._runtimes.get(channel)
        if runtime is None:
            return
        ctx = self._context(runtime)
        async with self._lock(channel):
            if channel is Channel.BMC:
                await bmc_feeds.refresh_thread(ctx, external_id)
            else:
                await coliving_feeds.refresh_booking_messages(ctx, external_id)
        self._emit(ctx.changes)

    async def refresh_feed(self, channel: Channel, label: str) -> dict[str, str]:
        """Run one feed of an account now, by its label (``"properties"``); returns its failure as
        :meth:`sync_once` reports feeds. Raises what ends a whole pass (refused key, rate limit, offline)."""
        runtime = self._require(channel)
        ctx = self._context(runtime)
        async with self._lock(channel):
            try:
                return await run_feeds([f for f in self._feeds[channel] if f.label == label], ctx)
            finally:
                self._emit(ctx.changes)

    # ------------------------------------------------------------------ accounts
    async def verify(self, channel: Channel, settings: AccountSettings, api_key: str) -> VerifyResult:
        """Check a key without saving it: Coliving.com ``GET /me``, BookMyColiving a one-item list call."""
        transport = CountingTransport(self._transport)
        try:
            client = make_client(
                settings, api_key, transport, self.clock, requests_per_minute=None, timeout=self._http_timeout
            )
        except ValueError as err:
            return VerifyResult(False, str(err))
        return await verify_key(client)

    async def save_provider_key(self, key: str) -> str:
        """Coliving.com provider key; returns the server's ``created``/``updated``/``unchanged``."""
        from colivingdesk.api.coliving import ColivingClient

        client = self._require(Channel.COLIVING).client
        assert isinstance(client, ColivingClient)
        return await client.save_provider_key(key)

    async def send_test_webhook(self, event: str | None = None) -> dict[str, Any]:
        """Ask BookMyColiving to fire a signed test event at the configured webhook URL."""
        from colivingdesk.api.bmc import BmcClient

        client = self._require(Channel.BMC).client
        assert isinstance(client, BmcClient)
        return await client.send_test_webhook(event)

    def configure(self, channel: Channel, settings: AccountSettings | None) -> None:
        """Add, replace (e.g. after a new key) or remove (``None``) an account while running."""
        old = self._runtimes.pop(channel, None)
        self._scheduler.remove(channel)
        if old is not None:
            self._closing.append(old)
        self._problems.pop(channel, None)
        if settings is not None:
            runtime = self._install(channel, settings)
            if runtime is not None and self._scheduler.running:
                self._scheduler.add(runtime)
        self._emit({"accounts": {channel.value}, "status": {channel.value}})

    # ------------------------------------------------------------------ internals
    def _install(self, channel: Channel, settings: AccountSettings) -> AccountRuntime | None:
        try:
            key = self.secrets.get(settings.account_id, "api_key")
        except SecretStoreError as err:
            self._problems[channel] = err.args[0] if err.args else _say(QT_TRANSLATE_NOOP(
                "AccountStatus", "The system keyring could not be read."))
            return None
        if not key:
            self._problems[channel] = _say(QT_TRANSLATE_NOOP("AccountStatus", "No API key for {channel}."),
                                           channel=channel.label)
            return None
        transport = CountingTransport(self._transport, self._epoch)
        rpm = self._coliving_rpm if channel is Channel.COLIVING else None
        client = make_client(
            settings, key, transport, self.clock, requests_per_minute=rpm, timeout=self._http_timeout
        )
        runtime = AccountRuntime(settings=settings, client=client, transport=transport)
        self._runtimes[channel] = runtime
        self._waits.attach(runtime)
        threads, details, booking_messages = self._limits
        if channel is Channel.BMC:
            self._feeds[channel] = [
                bmc_feeds.PropertiesFeed(),
                bmc_feeds.ReferenceFeed(),
                bmc_feeds.LeadsFeed(),
                bmc_feeds.ConversationsFeed(max_threads_per_cycle=threads),
            ]
        else:
            bookings = coliving_feeds.BookingsFeed(max_details_per_cycle=details, requests_per_minute=rpm)
            self._feeds[channel] = [
                bookings,
                coliving_feeds.BookingMessagesFeed(bookings, rpm, max_per_cycle=booking_messages),
            ]
        sender = self._senders.setdefault(channel, OutboxSender(lease=claim_lease(self._http_timeout)))
        if self._worker:
            sender.hold_worker_lock()
        return runtime

    def _epoch(self) -> float:
        return self.clock.now().timestamp()

    def _secret(self, channel: Channel, name: str) -> str | None:
        try:
            return self.secrets.get(channel.value, name)
        except SecretStoreError:
            return None

    def _require(self, channel: Channel) -> AccountRuntime:
        runtime = self._runtimes.get(channel)
        if runtime is None:
            raise ChannelError(
                self._problems.get(channel) or _say(QT_TRANSLATE_NOOP(
                    "AccountStatus", "{channel} is not configured."), channel=channel.label),
                channel=channel.label,
            )
        return runtime

    def _lock(self, channel: Channel) -> asyncio.Lock:
        return self._locks.setdefault(channel, asyncio.Lock())

    def _context(self, runtime: AccountRuntime, complete: bool = False, tracked: bool = False) -> FeedContext:
        """``tracked``: feeds report progress (a pass whose end clears it, see :meth:`_cycle`)."""
        focus = [(kind, ident) for kind, ident in self._focus.items()]
        progress = self._progress if tracked else None
        return FeedContext(self.store, self.clock, runtime, self._executor, focus, complete=complete, progress=progress)

    def _emit(self, changes: Mapping[str, Iterable[str]]) -> None:
        self.changes.emit(ChangeSet(changes))

    def _set_state(self, runtime: AccountRuntime, state: str, message: str = "") -> None:
        runtime.state = state  # type: ignore[assignment]
        runtime.message = message
        self._emit({"status": {runtime.channel.value}})

    async def _scheduled_cycle(self, runtime: AccountRuntime, full: bool) -> None:
        await self._cycle(runtime, full, feeds=full)

    async def _cycle(
        self, runtime: AccountRuntime, full: bool, *, feeds: bool = True, complete: bool = False
    ) -> tuple[Changes, str, dict[str, str]]:
        """One pass over an account: feeds (or just focused items), then the outbox. Records the outcome.

        Returns the changes, the account's error (the pass stopped) and the feeds that failed while the rest
        went on (see :mod:`colivingdesk.sync.feed_runs`). Only a process that keeps polling (the scheduler
        runs) says when it will try again. ``complete``: see :meth:`sync_once`.
        """
        ctx = self._context(runtime, complete, tracked=True)
        error = ""
        failed: dict[str, str] = {}
        async with self._lock(runtime.channel):
            if full and feeds:
                self._set_state(runtime, "syncing")
            try:
                waiting = await self._waits.load(runtime)  # waits any process on the profile learnt
                if full and feeds:
                    failed = await run_feeds(waiting.runnable(self._feeds[runtime.channel]), ctx)
                else:
                    await self._refresh_focus(ctx)
                await automations.run_account(ctx)  # rules queue their due messages before delivery
                await self._senders[runtime.channel].deliver(ctx)
            except (AuthError, KeyRejected):
                runtime.key_rejected = True
                error = _say(QT_TRANSLATE_NOOP(
                    "AccountStatus", "The API key was refused; enter a new one in Settings."))
                log.warning("%s refused the API key", runtime.channel.label)
                self._set_state(runtime, "key_rejected", error)
            except RateLimited as err:
                wait = max(err.retry_after, 1.0)
                runtime.blocked_until = self.clock.now() + timedelta(seconds=wait)
                if self._scheduler.running:
                    error = _say(QT_TRANSLATE_NOOP("AccountStatus", "Rate limit reached; resuming in {seconds} s."),
                                 seconds=f"{wait:.0f}")
                else:
                    error = _say(QT_TRANSLATE_NOOP(
                        "AccountStatus", "Rate limit reached; the channel asks to wait {seconds} s."),
                        seconds=f"{wait:.0f}")
                self._set_state(runtime, "rate_limited", error)
            except ChannelError as err:
                runtime.failures += 1
                delay = self._backoff.delay(runtime.failures)
                runtime.blocked_until = self.clock.now() + timedelta(seconds=delay)
                error = err.message
                if self._scheduler.running:
                    # The backoff only delays what comes sooner; the next full pass is the next poll, if later.
                    # "by HH:MM" rounds up, so the minute shown is never before the try.
                    retry = self.clock.now() + timedelta(seconds=max(delay, self.poll_interval) + 59)
                    error = _say(QT_TRANSLATE_NOOP("AccountStatus", "{reason} Trying again by {time}."),
                                 reason=error, time=clock_text(retry))
                log.info("%s sync failed: %s", runtime.channel.label, type(err).__name__)
                self._set_state(runtime, "offline", error)
            else:
                runtime.failures = 0
                runtime.blocked_until = None
                runtime.key_rejected = False
                if full and feeds:
                    runtime.last_synced_at = self.clock.now()
                    runtime.stale = failed
                    note = " ".join(part for part in (stale_message(failed), waiting.note()) if part)
                    self._set_state(runtime, "up_to_date", note)
            finally:
                self._progress.clear(runtime.channel)
                await self._waits.flush()
                self._emit(ctx.changes)
        return ctx.changes, error, failed

    async def _refresh_focus(self, ctx: FeedContext) -> None:
        channel = ctx.account.channel
        for kind, ident in ctx.focus:
            if _focus_channel(kind, ident) is not channel:
                continue
            if kind == "threads":
                await self.refresh_thread_in(ctx, ident.partition(":")[2])
            elif kind == "properties":
                await bmc_feeds.refresh_property(ctx, ident)
            elif kind == "bookings":
                await coliving_feeds.refresh_booking(ctx, ident)
                await coliving_feeds.refresh_booking_messages(ctx, ident)

    @staticmethod
    async def refresh_thread_in(ctx: FeedContext, external_id: str) -> None:
        if ctx.account.channel is Channel.BMC:
            await bmc_feeds.refresh_thread(ctx, external_id)
        else:
            await coliving_feeds.refresh_booking_messages(ctx, external_id)

    async def _outbox_wake(self, runtime: AccountRuntime) -> datetime | None:
        loop = asyncio.get_running_loop()
        held = await loop.run_in_executor(
            self._executor, self.store.list_outbox, [OutboxState.HELD, OutboxState.QUEUED]
        )
        present = [i.not_before for i in held if i.channel is runtime.channel and i.not_before]
        due = await loop.run_in_executor(self._executor, automations.next_due, self.store, runtime.channel,
                                         self.clock.now())
        present += [due] if due is not None else []
        return min(present) if present else None

    async def _persist(self, write: Callable[[], OutboxItem]) -> OutboxItem:
        return await self._off_loop(write, self._announce)

    async def _off_loop(self, write: Callable[[], T], then: Callable[[T], None]) -> T:
        """Run a store write on the store thread, then ``then(result)`` on the loop.

        Once handed to the store thread the write lands whatever happens to the caller (a view closed
        mid-send cancels its task), so ``then`` runs from the write's own completion, not after the
        caller's ``await``: a queued item is always announced and its account woken.
        """
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, write)

        def landed(done: asyncio.Future[T]) -> None:
            if not done.cancelled() and done.exception() is None:
                then(done.result())

        future.add_done_callback(landed)
        return await asyncio.shield(future)

    def _announce(self, item: OutboxItem) -> None:
        self._emit({"outbox": {str(item.id)}})
        self._scheduler.wake(item.channel)

    async def _on_webhook(self, event: WebhookEvent) -> None:
        """Turn a verified delivery into a targeted refresh; polling remains the truth."""
        runtime = self._runtimes.get(Channel.BMC)
        if runtime is None or runtime.key_rejected:
            return
        ctx = self._context(runtime)
        async with self._lock(Channel.BMC):
            try:
                await refresh_for_event(ctx, event, self._feeds[Channel.BMC][3])
            except ChannelError as err:
                log.info("webhook-triggered refresh failed: %s", type(err).__name__)
            finally:
                self._emit(ctx.changes)


def _focus_channel(kind: str, ident: str) -> Channel | None:
    if kind == "threads":
        prefix = ident.partition(":")[0]
        return Channel(prefix) if prefix in (Channel.BMC.value, Channel.COLIVING.value) else None
    if kind in ("properties", "leads"):
        return Channel.BMC
    if kind == "bookings":
        return Channel.COLIVING
    return None


__all__ = ["PropertyAction", "Service"]
