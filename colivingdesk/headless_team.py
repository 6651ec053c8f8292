"""``reply`` and ``outbox`` on a team database, from a desktop's computer: the team's sync worker sends.

When a worker holds the team database's worker lock (see ``headless_worker``), ``reply`` only queues: it reads
no API key and talks to no channel. It puts the reply in the shared outbox, tells the worker at once (a
notification, see ``sync.team_link``), and waits up to :data:`WORKER_SETTLE_SECONDS` for the worker's result,
as ``reply`` waits for any other process sending its item, so what it prints is what became of the reply. A
reply the worker has not sent by then stays queued for it (exit status 1, as for any reply not sent now).

When no worker runs and this computer has no key for the channel, the reply is queued and the command says
that it stays queued until a worker runs (exit status 1). With a key, ``reply`` sends it itself, as it does
without a team database. ``outbox`` says on stderr when no worker runs while items wait.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING

from colivingdesk.domain import Channel, OutboxItem

if TYPE_CHECKING:
    from colivingdesk.store import Store

#: How long ``reply`` waits for the team's worker to send a reply it queued (the worker is told at once).
WORKER_SETTLE_SECONDS = 30.0
#: Said when no worker runs on a team database.
NO_WORKER = (
    "no sync worker is running on the team database; {what} until one runs "
    "(colivingdesk sync --watch --database URL)"
)


def _has_key(store: Store, channel: Channel) -> bool:
    from colivingdesk.headless_wiring import configured_accounts
    from colivingdesk.secrets import SecretStore, SecretStoreError

    settings = configured_accounts(store).get(channel)
    if settings is None:
        return False
    try:
        return bool(SecretStore().get(settings.account_id, "api_key"))
    except SecretStoreError:
        return False


def _tell_worker(args: argparse.Namespace, item: OutboxItem) -> None:
    """Wake the worker for ``item`` now rather than at its next poll (best-effort: it polls anyway)."""
    import psycopg

    from colivingdesk.store import notify
    from colivingdesk.sync.team_changes import encode, new_origin
    from colivingdesk.team import conninfo_for, database_setting

    setting = database_setting(getattr(args, "database", None))
    if setting is None:
        return
    try:
        with notify.connect(conninfo_for(setting)) as conn:
            notify.publish(conn, encode({"outbox": {str(item.id)}}, new_origin()))
    except psycopg.Error:
        pass


async def _until_worker_done(store: Store, item: OutboxItem) -> OutboxItem:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WORKER_SETTLE_SECONDS
    while item.state.value in ("queued", "sending") and loop.time() < deadline:
        await asyncio.sleep(0.2)
        item = store.get_outbox_item(item.id) or item
    return item


async def reply_through_worker(args: argparse.Namespace, channel: Channel) -> int | None:
    """Queue the reply for the team's worker and report what became of it; None when this command sends it
    itself (not a team database, or no worker runs and this computer has the channel's key)."""
    from colivingdesk.api.errors import ValidationError
    from colivingdesk.headless import reply_outcome
    from colivingdesk.headless_wiring import EXIT_USAGE, CommandError, _open_store
    from colivingdesk.secrets import SecretStore
    from colivingdesk.sync.service import Service

    store = _open_store(args)
    try:
        if not store.worker_lock.supported:
            return None
        holder = store.worker_lock.holder()
        if holder is None and _has_key(store, channel):
            return None
        if args.property_id is not None and store.get_property(args.property_id) is None and not args.force:
            raise CommandError(
                f"error: property {args.property_id} is not in the team's cache; add --force to send anyway",
                EXIT_USAGE,
            )
        service = Service(store, SecretStore(), {})  # no account: it queues and never sends
        try:
            item = service.enqueue_reply(channel, args.thread_id, args.text, property_id=args.property_id)
        except ValidationError as err:
            raise CommandError(f"error: {err.message}", EXIT_USAGE) from None
        finally:
            await service.aclose()
        await asyncio.to_thread(_tell_worker, args, item)
        if holder is None:
            return reply_outcome(item, store, args.json, "error: " + NO_WORKER.format(what="the reply stays queued"))
        item = await _until_worker_done(store, item)
        queued = (
            f"error: the reply is queued for the team's sync worker ({holder.line()}), which has not sent it yet; "
            "`colivingdesk outbox` shows when it has gone"
        )
        return reply_outcome(item, store, args.json, queued)
    finally:
        store.close()


def outbox_note(store: Store, items: list[OutboxItem]) -> str | None:
    """For ``outbox`` on a team database with items waiting and no worker running: the line that says so."""
    if not store.worker_lock.supported:
        return None
    waiting = [i for i in items if i.state.value in ("queued", "held", "sending")]
    if not waiting or store.worker_lock.holder() is not None:
        return None
    return "note: " + NO_WORKER.format(what=f"{len(waiting)} waiting item(s) stay queued")


__all__ = ["WORKER_SETTLE_SECONDS", "outbox_note", "reply_through_worker"]
