"""Delivers queued writes, one account at a time, without ever sending one twice or losing one.

States: ``queued -> sending -> sent | failed | held``. The item is claimed (``sending``, its attempt counted,
this sender's :attr:`OutboxSender.owner` and the time recorded) in the store *before* the request goes out,
so after a crash we know which writes may have reached the channel, and another process on the same profile
(the window, ``sync --watch``, a cron ``sync --once``) skips it instead of sending it too. A claim is taken
over only once it is abandoned: its process is gone, or it is older than :data:`CLAIM_LEASE`.

* BookMyColiving writes carry the ``Idempotency-Key`` created at enqueue, on every retry and after a restart:
  the server replays its first answer, so resending an uncertain write is safe.
* Coliving.com messages have no idempotency key. A send whose outcome is unknown (timeout, dropped connection,
  5xx, bad body, or an item found in ``sending`` after a crash) is reconciled before any retry: the booking's
  messages are read, and a host message with the same text that is new since the item was queued means the
  first attempt landed. Only if none is found is it sent again. Availability and rates set absolute values, so
  sending them twice changes nothing.
* BookMyColiving allows 60 replies an hour per key. Before each reply the :class:`ReplyWindow` decides from
  the server's last ``X-RateLimit-*`` on the reply endpoint (another desktop may share the key) or our
  persisted log; an over-cap reply is ``held`` with ``not_before`` and goes out by itself when the window
  reopens.
* Listing creates and replaces send no photos; the photos follow as their own ``property.photos`` item, queued
  once the write has landed, and a create whose externalId is taken fails with the existing listing noted
  (:mod:`colivingdesk.sync.listing_writes`). A BookMyColiving answer marked ``Idempotent-Replayed`` is noted
  on its item as ``replayed``.
* A refusal (400, 403, 404, 409, 422: any 4xx but 401 and 429) fails the item at once with the server's
  message and field errors (see :func:`format_error`). A 5xx or network problem leaves it queued with a
  growing wait, a 429 with the channel's wait; either way its ``error`` says why and until when (``not_before``,
  persisted, so every process on the profile honours it). A rejected key stops delivery for the account.
"""

from __future__ import annotations

import functools
import logging
import os
import socket
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from colivingdesk.api.errors import (
    ApiStatusError,
    AuthError,
    ChannelError,
    FieldError,
    NetworkError,
    RateLimited,
    ServerError,
    UnexpectedResponse,
    ValidationError,
)
from colivingdesk.domain import Channel, Message, OutboxItem, OutboxState
from colivingdesk.store import Claim, OutboxNotFoundError, OutboxStateError
from colivingdesk.sync.automation_rules import reserve_reason, reserved_replies
from colivingdesk.sync.backoff import Backoff
from colivingdesk.sync.feeds import Changes, FeedContext
from colivingdesk.sync.replycap import ReplyWindow
from colivingdesk.sync.rooms import record_availability, record_rates
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled, reason_template

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient
    from colivingdesk.api.coliving import ColivingClient
    from colivingdesk.store import Store

log = logging.getLogger(__name__)

REPLY = "reply"
PROPERTY_CREATE = "property.create"
PROPERTY_REPLACE = "property.replace"
PROPERTY_SUBMIT = "property.submit"
PROPERTY_UNPUBLISH = "property.unpublish"
PROPERTY_DELETE = "property.delete"
PROPERTY_PHOTOS = "property.photos"
AVAILABILITY = "availability"
RATES = "rates"

#: How far a channel's message time may sit before our queue time and still count as "after" it (clock skew).
RECONCILE_SKEW = timedelta(minutes=2)
HELD_REASON = QT_TRANSLATE_NOOP("SyncReason", "Waiting for the 60 replies per hour limit to reopen.")
#: How long a claim protects an item from other processes on the same profile. Longer than the slowest send
#: (30 s HTTP timeout, up to four tries with backoff, waits of up to 2 min for a cooldown, then a read-back),
#: so a process still working is never overtaken; a claim whose process is known to be gone is taken over at once.
CLAIM_LEASE = timedelta(minutes=10)
#: Starts the random part of the claims of a process holding a team database's worker lock.
WORKER_MARK = "w-"


def claim_lease(http_timeout: float) -> timedelta:
    """:data:`CLAIM_LEASE`, stretched for a longer HTTP timeout: a send with its retries and read-back may use
    about eight timeouts, plus a cooldown wait and backoff."""
    return max(CLAIM_LEASE, timedelta(seconds=10 * http_timeout + 180))
INTERRUPTED_REASON = QT_TRANSLATE_NOOP(
    "SyncReason", "An earlier send was interrupted; it is checked on the channel before it is sent again."
)
#: Reasons with values, stored in English and translated where shown (see ``translatable.reason_template``).
KEY_REFUSED_REASON = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "{channel} refused the API key; it is sent once a new key is entered in Settings."))
ASKED_TO_WAIT_REASON = reason_template(QT_TRANSLATE_NOOP("SyncReason", "{channel} asked to wait until {time}."))
UNREACHABLE_REASON = reason_template(QT_TRANSLATE_NOOP("SyncReason", "Could not reach {channel}; next try at {time}."))
SERVER_PROBLEM_REASON = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "{channel} had a problem (HTTP {status}); next try at {time}."))
UNREADABLE_REASON = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "{channel} sent an answer that could not be read; next try at {time}."))
NOT_SENT_REASON = reason_template(QT_TRANSLATE_NOOP("SyncReason", "Could not be sent: {error}"))


def _pid_space() -> str:
    """This host and its process-id namespace: a pid only means something within one (a Flatpak window and a
    cron job on the same computer see different pids), so a claim from another space waits for its lease."""
    try:
        namespace = "".join(ch for ch in os.readlink("/proc/self/ns/pid") if ch.isdigit())
    except OSError:
        namespace = ""
    return f"{socket.gethostname()}@{namespace}" if namespace else socket.gethostname()


_HOST = _pid_space()


class KeyRejected(Exception):
    """Delivery stopped because the channel refused the API key."""

    def __init__(self, error: AuthError) -> None:
        super().__init__(str(error))
        self.error = error


def format_error(err: ChannelError) -> str:
    """The server's message, then one ``path: message`` line per field error (what the editor highlights)."""
    lines = [err.message]
    if isinstance(err, ApiStatusError):
        lines.extend(f"{fe.path}: {fe.message}" for fe in err.field_errors)
    return "\n".join(lines)


def parse_error(text: str | None) -> tuple[str, tuple[FieldError, ...]]:
    """Inverse of :func:`format_error`, for the UI to point at fields of a failed item."""
    if not text:
        return "", ()
    first, *rest = text.split("\n")
    fields = []
    for line in rest:
        path, sep, message = line.partition(": ")
        if sep:
            fields.append(FieldError(path=path, message=message))
    return first, tuple(fields)


class OutboxSender:
    """Sends due items of one account; the Service owns one per account.

    Each sender has its own :attr:`owner` id (host, process id, a random part) that it records on the items it
    claims, so several processes on one profile never send the same item at once, and a claim left by a
    process that is gone can be told from one that is still being worked on.
    """

    def __init__(
        self, window: ReplyWindow | None = None, backoff: Backoff | None = None, *, lease: timedelta = CLAIM_LEASE
    ) -> None:
        self.window = window or ReplyWindow()
        self.backoff = backoff or Backoff(base=5.0, cap=600.0)
        self.lease = lease
        self.owner = f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._worker = False
        self._failures: dict[int, int] = {}
        #: BookMyColiving reply times inside the cap's window as last read from the persisted log (plus the
        #: ones sent since), so the status bar can show the reply budget without reading the store itself.
        self.reply_times: list[datetime] = []

    async def recover(self, ctx: FeedContext) -> Changes:
        """Hand abandoned claims of this account back to the queue; live claims of other processes are left.

        A claim is abandoned when it is this sender's own (a send that was cancelled: each account's cycles
        run one at a time), when its process is known to be gone (same host, no such pid), or when it is
        older than :attr:`lease`. The item keeps its attempts, so it is reconciled (Coliving.com) or resent
        with its Idempotency-Key (BookMyColiving) rather than sent blind.
        """
        changes = ctx.changes
        now = ctx.now()
        for claim in await ctx.write(ctx.store.outbox_claims, ctx.account.channel):
            if not self._abandoned(claim, now):
                log.info("outbox item %d is being sent by %s; leaving it to that process", claim.item_id,
                         claim.owner)
                continue
            if await ctx.write(ctx.store.take_over_claim, claim, INTERRUPTED_REASON, now):
                log.info("outbox item %d: taking over the claim of %s", claim.item_id, claim.owner or "an old run")
                changes.add("outbox", [str(claim.item_id)])
        return changes

    def hold_worker_lock(self) -> None:
        """This process now holds a team database's worker lock (see ``colivingdesk.headless_worker``).

        Its claims are marked as a worker's (the owner's random part starts with :data:`WORKER_MARK`), and a
        claim another worker left is abandoned at once, whatever its host: only one process holds the lock,
        so the worker that made it has died or lost its connection, and with it the means to settle the
        claim. Without this, a worker that died on another machine would hold up its half-sent item for the
        whole :attr:`lease`. The item is then resent with its Idempotency-Key or reconciled, as after a crash.
        """
        self._worker = True
        if not self.owner.rpartition(":")[2].startswith(WORKER_MARK):
            host_pid, _, random = self.owner.rpartition(":")
            self.owner = f"{host_pid}:{WORKER_MARK}{random}"

    def _abandoned(self, claim: Claim, now: datetime) -> bool:
        if claim.owner is None or claim.claimed_at is None or claim.owner == self.owner:
            return True
        if self._worker and claim.owner.rpartition(":")[2].startswith(WORKER_MARK):
            return True
        if now - claim.claimed_at >= self.lease:
            return True
        host, _, rest = claim.owner.partition(":")
        pid = rest.partition(":")[0]
        return host == _HOST and pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid))

    async def deliver(self, ctx: FeedContext, only: Sequence[int] | None = None) -> Changes:
        """Send every due item of this account, oldest first; returns what changed in the store."""
        changes = await self.recover(ctx)
        now = ctx.now()
        if ctx.account.channel is Channel.BMC:
            await self.read_reply_log(ctx)
        items = await ctx.write(ctx.store.next_due, now, [ctx.account.channel])
        reply_hold: datetime | None = None
        auto_hold: datetime | None = None  # automated replies leave the host a reserve of the hourly cap
        for item in items:
            if only is not None and item.id not in only:
                continue
            if item.kind == REPLY and ctx.account.channel is Channel.BMC and "automation" in item.payload:
                reserve = await ctx.write(reserved_replies, ctx.store, Channel.BMC)
                until = reply_hold or auto_hold or await self._reply_slot(ctx, reserve)
                if until is not None:
                    auto_hold = until
                    if item.state is not OutboxState.HELD or item.not_before != until:
                        await self._hold(ctx, item, until, changes, reserve_reason(reserve))
                    continue
            elif item.kind == REPLY and ctx.account.channel is Channel.BMC:
                until = reply_hold or await self._reply_slot(ctx)
                if until is not None:
                    reply_hold = until
                    if item.state is not OutboxState.HELD or item.not_before != until:
                        await self._hold(ctx, item, until, changes)
                    continue
            try:
                changes.update_from(await self._send(ctx, item))
            except NetworkError:
                break  # offline: the rest would fail the same way
            except (ServerError, UnexpectedResponse):
                continue
            except RateLimited as err:
                if item.kind == REPLY and ctx.account.channel is Channel.BMC:
                    reply_hold = ctx.now() + timedelta(seconds=max(err.retry_after, 1.0))
        return changes

    async def _hold(
        self, ctx: FeedContext, item: OutboxItem, until: datetime, changes: Changes, reason: str = HELD_REASON
    ) -> None:
        try:
            await ctx.write(ctx.store.hold, item.id, until, reason)
        except (OutboxStateError, OutboxNotFoundError):
            log.info("outbox item %d changed before it could be held (sent by another process?)", item.id)
            return
        changes.add("outbox", [str(item.id)])

    async def _reply_slot(self, ctx: FeedContext, reserve: int = 0) -> datetime | None:
        from colivingdesk.api.bmc import BmcClient

        client = ctx.account.client
        assert isinstance(client, BmcClient)
        times = await self.read_reply_log(ctx)
        return self.window.next_slot(ctx.now(), times, client.budgets.get("replies"), reserve)

    async def read_reply_log(self, ctx: FeedContext) -> list[datetime]:
        """Refresh :attr:`reply_times` from the persisted log (and return it)."""
        since = ctx.now() - self.window.window
        self.reply_times = await ctx.write(ctx.store.reply_times_since, ctx.account.settings.account_id, since)
        return self.reply_times

    async def _send(self, ctx: FeedContext, item: OutboxItem) -> Changes:
        """Claim ``item``, send it (after reconciling an uncertain Coliving.com reply) and settle the claim.

        Raises the channel's error when the item stays queued (offline, 5xx, a wait), so :meth:`deliver` can
        decide about the items after it; a refusal fails the item and returns normally.
        """
        changes = ctx.changes
        claimed = await ctx.write(ctx.store.claim_outbox_item, item.id, self.owner, ctx.now())
        if claimed is None:
            log.info("outbox item %d was taken by another process (or changed) before this one sent it", item.id)
            return changes
        changes.add("outbox", [str(item.id)])
        channel = ctx.account.channel
        try:
            landed = None
            if claimed.kind == REPLY and channel is Channel.COLIVING and claimed.attempts > 1:
                landed = await self._reconcile(ctx, claimed, changes)
            result_id = landed if landed is not None else await self._perform(ctx, claimed, changes)
        except AuthError as err:
            await self._settle(ctx, claimed, OutboxState.QUEUED,
                               error=KEY_REFUSED_REASON.format(channel=channel.label))
            raise KeyRejected(err) from err
        except RateLimited as err:
            until = ctx.now() + timedelta(seconds=max(err.retry_after, 1.0))
            if claimed.kind == REPLY and channel is Channel.BMC:
                await self._settle(ctx, claimed, OutboxState.HELD, error=HELD_REASON, not_before=until)
            else:
                reason = ASKED_TO_WAIT_REASON.format(channel=channel.label, time=clock_text(until))
                await self._settle(ctx, claimed, OutboxState.QUEUED, error=reason, not_before=until)
            raise
        except (NetworkError, ServerError, UnexpectedResponse) as err:
            failures = self._failures.get(item.id, 0) + 1
            self._failures[item.id] = failures
            until = ctx.now() + timedelta(seconds=self.backoff.delay(failures))
            reason = waiting_reason(channel, err, until)
            await self._settle(ctx, claimed, OutboxState.QUEUED, error=reason, not_before=until)
            log.info("outbox item %d not delivered yet: %s", item.id, type(err).__name__)
            raise
        except ApiStatusError as err:
            # A refusal (400, 403, 404, 409, 422, ...): sending it again would be refused again.
            await self._settle(ctx, claimed, OutboxState.FAILED, error=format_error(err))
            return changes
        except Exception as err:
            # A payload this release cannot send, or a fault of ours after the send: retrying every cycle
            # would fail the same way. Failed shows it; Retry is safe (reconciled, or resent with its key).
            log.exception("outbox item %d could not be sent", item.id)
            await self._settle(ctx, claimed, OutboxState.FAILED, error=NOT_SENT_REASON.format(error=err))
            return changes
        await self._settle(ctx, claimed, OutboxState.SENT, result=result_id)
        return changes

    async def _settle(
        self,
        ctx: FeedContext,
        item: OutboxItem,
        state: OutboxState,
        *,
        error: str | None = None,
        not_before: datetime | None = None,
        result: str | None = None,
    ) -> None:
        settled = await ctx.write(
            functools.partial(
                ctx.store.finish_outbox_item,
                item.id,
                self.owner,
                state,
                error=error,
                not_before=not_before,
                result_external_id=result,
                now=ctx.now(),
            )
        )
        if settled is None:
            log.warning("outbox item %d was taken over by another process while this one was sending it", item.id)
        if state in (OutboxState.SENT, OutboxState.FAILED):
            self.forget(item.id)

    def forget(self, item_id: int) -> None:
        """Drop the failure count of an item (it was settled, or the user asked to retry it now)."""
        self._failures.pop(item_id, None)

    async def _perform(self, ctx: FeedContext, item: OutboxItem, changes: Changes) -> str | None:
        if ctx.account.channel is Channel.BMC:
            return await self._perform_bmc(ctx, item, changes)
        return await self._perform_coliving(ctx, item, changes)

    async def _perform_bmc(self, ctx: FeedContext, item: OutboxItem, changes: Changes) -> str | None:
        from colivingdesk.api.bmc import BmcClient
        from colivingdesk.sync import listing_writes
        from colivingdesk.sync.bmc_feeds import refresh_property

        client = ctx.account.client
        assert isinstance(client, BmcClient)
        try:
            if item.kind in listing_writes.KINDS:
                property_id = await listing_writes.perform(ctx, item, changes)
                # Re-read so the cache shows the server's status (PENDING_REVIEW, re-review flag), not our guess.
                changes.update_from(await refresh_property(ctx, property_id))
                return property_id
            return await self._perform_bmc_other(ctx, item, changes, client)
        finally:
            await listing_writes.note_replayed(ctx, item, client)

    async def _perform_bmc_other(
        self, ctx: FeedContext, item: OutboxItem, changes: Changes, client: BmcClient
    ) -> str | None:
        """Replies and the listing actions that carry no body (submit, unpublish, delete)."""
        from colivingdesk.sync.bmc_feeds import refresh_property

        key = item.idempotency_key
        payload = item.payload
        if item.kind == REPLY:
            message = await client.reply(
                item.target, str(payload["text"]), str(payload["property_id"]), idempotency_key=key
            )
            sent_at = ctx.now()
            await ctx.write(ctx.store.record_reply, ctx.account.settings.account_id, sent_at)
            self.reply_times.append(sent_at)
            await _store_messages(ctx, [message], changes)
            return message.external_id
        if item.kind == PROPERTY_SUBMIT:
            await client.submit_property(item.target, idempotency_key=key)
        elif item.kind == PROPERTY_UNPUBLISH:
            await client.unpublish_property(item.target, idempotency_key=key)
        elif item.kind == PROPERTY_DELETE:
            await client.delete_property(item.target, idempotency_key=key)
            if await ctx.write(ctx.store.delete_property, item.target):
                changes.add("properties", [item.target])
            return item.target
        else:
            raise ValueError(f"unknown outbox kind {item.kind!r}")
        changes.update_from(await refresh_property(ctx, item.target))
        return item.target

    async def _perform_coliving(self, ctx: FeedContext, item: OutboxItem, changes: Changes) -> str | None:
        from colivingdesk.api.coliving import AvailabilityUpdate, ColivingClient, RateUpdate

        client = ctx.account.client
        assert isinstance(client, ColivingClient)
        payload = item.payload
        if item.kind == REPLY:
            message = await client.create_message(item.target, str(payload["text"]))
            await _store_messages(ctx, [message], changes)
            return message.external_id
        if item.kind == AVAILABILITY:
            rows = [AvailabilityUpdate.model_validate(u) for u in payload["updates"]]
            await client.update_availability(rows)
            await _record_pushed(ctx, record_availability, payload["updates"], changes)
            return None
        if item.kind == RATES:
            accepted = await client.update_rates([RateUpdate.model_validate(u) for u in payload["updates"]])
            await _record_pushed(ctx, record_rates, payload["updates"], changes)
            return accepted.request_id
        raise ValueError(f"unknown outbox kind {item.kind!r}")

    async def _reconcile(self, ctx: FeedContext, item: OutboxItem, changes: Changes) -> str | None:
        """The id of a host message that proves an earlier attempt landed, or None to send again."""
        client: ColivingClient = ctx.account.client  # type: ignore[assignment]
        messages: list[Message] = []
        async for page in client.iter_messages(item.target):
            messages.extend(page)
        await _store_messages(ctx, messages, changes)
        claimed = await ctx.write(_claimed_ids, ctx.store, item)
        return find_landed(item, messages, claimed)


def waiting_reason(channel: Channel, err: ChannelError, until: datetime) -> str:
    """Why an item that was tried is still queued and when it is tried again, in words for its bubble."""
    time = clock_text(until)
    if isinstance(err, NetworkError):
        return UNREACHABLE_REASON.format(channel=channel.label, time=time)
    if isinstance(err, ApiStatusError):
        return SERVER_PROBLEM_REASON.format(channel=channel.label, status=err.status, time=time)
    return UNREADABLE_REASON.format(channel=channel.label, time=time)


def clock_text(when: datetime) -> str:
    """``HH:MM`` in the computer's time zone, as the reasons above show a wait's end."""
    return when.astimezone().strftime("%H:%M")


def _process_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists on this host (signal 0 checks without sending anything).

    Elsewhere than POSIX the answer is unknown and taken as yes: the claim's lease then decides.
    """
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_landed(item: OutboxItem, messages: Sequence[Message], claimed: set[str]) -> str | None:
    """A host message with the item's text, not known before it was queued and not matched by another item."""
    text = str(item.payload.get("text", ""))
    known_before = {str(i) for i in item.payload.get("known_ids", [])}
    earliest = None if item.created_at is None else item.created_at - RECONCILE_SKEW
    for message in messages:
        if message.sender not in ("host", "operator", "owner") or message.text != text:
            continue
        if message.external_id in known_before or message.external_id in claimed:
            continue
        if earliest is not None and message.created_at is not None and message.created_at < earliest:
            continue
        return message.external_id
    return None


def _claimed_ids(store: Store, item: OutboxItem) -> set[str]:
    claimed: set[str] = set()
    for other in store.list_outbox([OutboxState.SENT]):
        if other.id != item.id and other.channel is item.channel and other.kind == item.kind \
                and other.target == item.target:
            result = store.outbox_result(other.id)
            if result:
                claimed.add(result)
    return claimed


async def _record_pushed(
    ctx: FeedContext,
    record: Callable[[Store, Sequence[Mapping[str, Any]], date], list[str]],
    rows: Sequence[Mapping[str, Any]],
    changes: Changes,
) -> None:
    """Write what the channel accepted on the room types (it cannot be asked what it holds afterwards).

    The push itself succeeded: a problem recording it is logged, never turned into a resend.
    """
    try:
        changes.add("rooms", await ctx.write(record, ctx.store, rows, ctx.now().date()))
    except Exception:
        log.exception("could not record a pushed Coliving.com update on its room type")


async def _store_messages(ctx: FeedContext, messages: Sequence[Message], changes: Changes) -> None:
    if not messages:
        return
    outcome = await ctx.write(ctx.store.upsert_messages, list(messages))
    changes.add("threads", outcome.threads)
    if outcome.messages:
        changes.add("messages", {f"{m.channel.value}:{m.thread_external_id}" for m in messages})


#: Both channels' reply endpoints refuse longer text.
MAX_REPLY_CHARS = 5000


def check_reply_text(text: str) -> None:
    """Raise ``ValidationError`` (path ``content``) for an empty reply or one over the channels' limit."""
    if not text.strip():
        raise _content_error(filled("InputError", QT_TRANSLATE_NOOP("InputError", "The reply is empty.")), "required")
    if len(text) > MAX_REPLY_CHARS:
        raise _content_error(filled("InputError", QT_TRANSLATE_NOOP(
            "InputError", "A reply can be at most {limit} characters (this one has {count})."),
            limit=f"{MAX_REPLY_CHARS:,}", count=f"{len(text):,}"), "too_long")


def _content_error(message: str, code: str) -> ValidationError:
    return ValidationError(
        message, status=0, field_errors=(FieldError(path="content", message=message, code=code),)
    )


def reply_payload(text: str, property_id: str | None, known_ids: Sequence[str]) -> dict[str, Any]:
    payload: dict[str, Any] = {"text": text}
    if property_id is not None:
        payload["property_id"] = property_id
    if known_ids:
        payload["known_ids"] = list(known_ids)
    return payload
