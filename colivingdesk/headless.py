"""Headless commands for scripts and cron: ``sync``, ``export``, ``reply``, ``outbox`` and ``saved-replies``.

They use the same profile cache, keyring and sync code as the window. Accounts come from the profile (its
``accounts`` table, keys in the keyring) or, winning over it, from ``COLIVINGDESK_*`` environment variables;
without a usable keyring the error names the variables to set. Errors print one line each to stderr. Nothing
printed promises a later attempt: a one-shot command makes none (a queued write waits for the next ``sync``
or the window).

Exit status:

- 0: done; ``sync --once``: every feed of every account synced, with everything the feeds show fetched;
- 1: a channel refused or could not be reached: ``sync --once`` when an account failed or any one feed failed
  (the other feeds and the outbox still ran), or when a rate-limit wait too long to sleep through cut it short
  (stderr says what is left and when the next run can go on; it continues where this one stopped); ``reply``
  when the channel refused the reply (its reason on stderr) or could not take it now (it stays queued);
- 2: usage or configuration: no account, no key (or no keyring), bad arguments, unusable profile, a reply too
  long, ``reply bmc --property ID`` with an ID not among the cached properties (``--force`` sends anyway, after
  re-reading the properties when the channel can be reached).

``--json`` output (stable; fields are only ever added):

``sync --once --json`` prints one object::

    {"ok": bool,                                           # false when any account or any feed failed
     "requests": {"bmc": int, "coliving": int},            # HTTP requests made per configured account
     "changed": {"bookings": int, "leads": int, ...},      # ids changed per kind (kinds of ChangeSet)
     "errors": {"bmc": "message"},                         # per account, only accounts that failed (in part)
     "feeds": {"bmc": {"properties": "message"}},          # per account, the feeds that failed and why
     "conversations": {"coliving": {"read": int, "waiting": int}},  # conversations read; open ones left unread
     "backlog": {"bmc": {"threads": int}, "coliving": {"details": int, "conversations": int}},  # left to fetch
     "waits": {"coliving": WAIT},                          # per account with a rate-limit wait ({} if none)
     "accounts": {"bmc": {"state": str, "last_synced_at": "ISO 8601 UTC" | null, "message": str,
                          "stale": {"properties": "message"}}}}

    WAIT = {"until": ISO 8601 UTC,                         # earliest moment a waiting endpoint group frees
            "groups": [str, ...],                          # endpoint groups that may not be called yet
            "groups_until": {"leads": ISO 8601 UTC, ...},  # when each of them frees
            "reason": str}                                 # the server's 429, or an X-RateLimit budget at 0

Feed names: ``properties``, ``reference data``, ``leads``, ``conversations`` (BookMyColiving), ``bookings``,
``booking messages`` (Coliving.com).
A wait is what the channel asked for (``Retry-After``, Coliving.com's ``retry_after``, an ``X-RateLimit-Reset``
with nothing remaining); it is kept in the profile, so every later run and the window honour it without
sending. Waits of up to two minutes are simply waited out during the run and not listed. When every account is
waiting, ``sync --once`` sends nothing, prints one line to stderr with the local time and seconds until the
first wait ends, and exits 1. A BookMyColiving account with one endpoint group waiting still syncs the others
(listed under ``waits``, not ``errors``).

``sync --once`` fetches everything the feeds show (every pending conversation, every booking detail of a
current or upcoming stay, every open Coliving.com conversation), waiting for the rate limits as needed, where
``--watch`` and the window take a share per cycle. It shows its progress on stderr (records and pages per feed,
and the time left where a rate limit sets the pace): one line rewritten in place on a terminal, otherwise a
plain line at most every five seconds. With ``--json`` stderr carries only errors. The Coliving.com pace is the
documented 60 requests a minute; ``COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE`` sets another for a server that
meters differently (a sandbox started with another limit).

``sync --watch --json`` prints ``{"account": "bmc", "state", "last_synced_at", "message", "stale"}`` once per
completed cycle of an account, one per line.

``outbox --json`` prints ``{"items": [ITEM, ...]}`` oldest first, and ``reply ... --json`` prints one ITEM::

    ITEM = {"id": int, "channel": "bmc" | "coliving", "kind": str, "target": str,
            "state": "queued" | "sending" | "sent" | "failed" | "held", "error": str | null, "attempts": int,
            "created_at": ISO | null, "updated_at": ISO | null, "not_before": ISO | null,
            "text": str,            # the reply's text, or a preview: "Create listing 'Casa Sol'"
            "name": str | null,     # the person replied to (participant or guest, from the cache)
            "replayed": bool,       # BookMyColiving answered Idempotent-Replayed: its first answer, repeated
            "author": str | null}   # the name of the person who queued it (COLIVINGDESK_PERSON or "Your name")

``export KIND --format json`` prints a JSON array of records with the fields of the matching
``colivingdesk.domain`` dataclass (times ISO 8601, money as ``{"amount": "decimal string", "currency":
str}``); ``--format csv`` prints the same fields as columns, nested values as JSON text.

``saved-replies export FILE`` writes ``{"saved_replies": [{"title": str, "body": str}, ...]}``; ``import FILE``
reads the same shape, adding new titles and updating the text of existing ones (titles match ignoring case).
With ``--json`` they print ``{"exported": int}`` or ``{"added": int, "updated": int}``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.export import plain, write_csv
from colivingdesk.headless_output import _item_line, _print_report, _records, _status_json, item_json
from colivingdesk.headless_wiring import (
    EXIT_CHANNEL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    _guarded,
    _open_store,
    _service,
)
from colivingdesk.progress_output import ProgressPrinter

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync import Service

EXPORT_KINDS = ("properties", "leads", "bookings", "threads", "messages")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the headless commands on the main parser's subcommands."""
    sync = subparsers.add_parser("sync", help="bring the local cache up to date with both channels")
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--once", action="store_true", help="fetch everything the channels show (progress on stderr), then exit"
    )
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument(
        "--interval", type=float, default=60.0, metavar="SECONDS", help="poll interval (--watch)"
    )
    sync.add_argument(
        "--webhook-port", type=int, metavar="N", help="also receive BookMyColiving webhooks on port N"
    )
    sync.add_argument("--webhook-host", default="127.0.0.1", help="address for the webhook receiver")
    sync.add_argument(
        "--alongside-worker", action="store_true",
        help="--once on a team database: run even while a sync worker is running there",
    )
    sync.set_defaults(handler=run_sync)

    export = subparsers.add_parser("export", help="write cached records to stdout")
    export.add_argument("kind", choices=EXPORT_KINDS)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.set_defaults(handler=run_export)

    reply = subparsers.add_parser("reply", help="queue a reply and try to send it once")
    channels = reply.add_subparsers(dest="channel", metavar="CHANNEL", required=True)
    bmc = channels.add_parser("bmc", help="reply in a BookMyColiving conversation")
    bmc.add_argument("thread_id", metavar="THREAD_ID")
    bmc.add_argument("--property", required=True, metavar="PROPERTY_ID", dest="property_id")
    bmc.add_argument("text", metavar="TEXT")
    bmc.add_argument("--json", action="store_true")
    bmc.add_argument(
        "--force", action="store_true", help="send even if PROPERTY_ID is not among the cached properties"
    )
    coliving = channels.add_parser("coliving", help="message the guest of a Coliving.com booking")
    coliving.add_argument("thread_id", metavar="BOOKING_ID")
    coliving.add_argument("text", metavar="TEXT")
    coliving.add_argument("--json", action="store_true")
    reply.set_defaults(handler=run_reply, property_id=None, force=False)

    outbox = subparsers.add_parser("outbox", help="list queued, held, failed and sent writes")
    outbox.add_argument("--json", action="store_true")
    outbox.set_defaults(handler=run_outbox)

    saved = subparsers.add_parser("saved-replies", help="export or import the saved replies as JSON")
    saved.add_argument("action", choices=("export", "import"))
    saved.add_argument("file", metavar="FILE", help="the JSON file to write or read ('-': stdout or stdin)")
    saved.add_argument("--json", action="store_true", help="print the counts as JSON")
    saved.set_defaults(handler=run_saved_replies)

    from colivingdesk.headless_calendar import add_calendar_commands

    add_calendar_commands(subparsers)

    from colivingdesk import headless_automations  # its own module: rules, upcoming and history

    headless_automations.add_parser(subparsers)


# ---------------------------------------------------------------------------------------------- commands


def run_sync(args: argparse.Namespace) -> int:
    return _guarded(lambda: asyncio.run(_sync(args)))


def run_export(args: argparse.Namespace) -> int:
    def export() -> int:
        store = _open_store(args)
        try:
            records = list(_records(store, args.kind))
        finally:
            store.close()
        if args.format == "csv":
            write_csv(records, sys.stdout)
        else:
            json.dump([plain(r) for r in records], sys.stdout, ensure_ascii=False, indent=None)
            sys.stdout.write("\n")
        return EXIT_OK

    return _guarded(export)


def run_reply(args: argparse.Namespace) -> int:
    return _guarded(lambda: asyncio.run(_reply(args)))


def run_outbox(args: argparse.Namespace) -> int:
    def show() -> int:
        from colivingdesk.headless_team import outbox_note

        store = _open_store(args)
        try:
            listed = store.list_outbox()
            items = [item_json(item, store) for item in listed]
            note = outbox_note(store, listed)  # on a team database with no worker running
        finally:
            store.close()
        if note is not None:
            print(note, file=sys.stderr)
        if args.json:
            print(json.dumps({"items": items}, ensure_ascii=False))
        else:
            for item in items:
                print(_item_line(item))
        return EXIT_OK

    return _guarded(show)


def run_saved_replies(args: argparse.Namespace) -> int:
    from colivingdesk.store.saved_replies import SavedReplyError, export_data, parse_export

    def transfer() -> int:
        store = _open_store(args)
        try:
            if args.action == "export":
                replies = store.list_saved_replies()
                text = json.dumps(export_data(replies), ensure_ascii=False, indent=2) + "\n"
                count = len(replies)
                if args.file == "-":
                    sys.stdout.write(text)
                else:
                    with open(args.file, "w", encoding="utf-8") as out:
                        out.write(text)
                result: dict[str, int] = {"exported": count}
            else:
                try:
                    with sys.stdin if args.file == "-" else open(args.file, encoding="utf-8") as source:
                        data = json.load(source)
                    added, updated = store.import_saved_replies(parse_export(data))
                except (json.JSONDecodeError, UnicodeDecodeError) as err:
                    raise CommandError(f"error: {args.file} is not a JSON file ({err})") from None
                except SavedReplyError as err:
                    raise CommandError(f"error: {err}") from None
                result = {"added": added, "updated": updated}
        finally:
            store.close()
        to_stdout = args.action == "export" and args.file == "-"  # stdout already carries the file
        if args.json and not to_stdout:
            print(json.dumps(result))
        else:
            print(", ".join(f"{n} {what}" for what, n in result.items()), file=sys.stderr)
        return EXIT_OK

    return _guarded(transfer)


async def _sync(args: argparse.Namespace) -> int:
    from colivingdesk.headless_worker import EXIT_LOST, WorkerGuard, take_for_once, team_link

    service, store = _service(args, interval=args.interval)
    stop = asyncio.Event()
    guard = WorkerGuard(store, stop)  # on a team database: one worker at a time (see headless_worker)
    link = team_link(args, service, store)  # on a team database: changes to and from the desktops
    try:
        if args.once:
            if await asyncio.to_thread(take_for_once, store, args.alongside_worker):
                service.hold_worker_lock()
            return await _sync_once(service, args.json)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        if not await guard.acquire():
            return EXIT_OK  # stopped while standing by
        if store.worker_lock.supported:
            service.hold_worker_lock()
        if args.webhook_port is not None:
            port = await service.start_webhooks(args.webhook_host, args.webhook_port)
            print(f"receiving webhooks on http://{args.webhook_host}:{port}/", file=sys.stderr)
        if args.json:
            service.changes.subscribe(lambda changes: _watch_line(service, changes))
        await service.start()
        await stop.wait()
        return EXIT_LOST if guard.lost else EXIT_OK
    finally:
        await guard.aclose()
        if link is not None:
            await link.aclose()
        await service.aclose()
        store.close()


async def _sync_once(service: Service, as_json: bool) -> int:
    """A complete sync: every pending conversation, booking detail and open conversation, waiting out short
    rate-limit waits; progress on stderr unless ``--json`` (whose stderr carries only errors)."""
    printer = None if as_json else ProgressPrinter(service.progress, sys.stderr)
    unsubscribe = service.changes.subscribe(printer.on_changes) if printer is not None else None
    try:
        report = await service.sync_once(complete=True)
    finally:
        if unsubscribe is not None and printer is not None:
            unsubscribe()
            printer.finish()
    _print_report(service, report, as_json)
    return EXIT_OK if report.ok else EXIT_CHANNEL


def _watch_line(service: Service, changes: Mapping[str, frozenset[str]]) -> None:
    """In --watch --json, one report line each time an account finishes a cycle."""
    for value in changes.get("status", frozenset()):
        channel = Channel(value)
        status = service.status(channel)
        if status.state in ("up_to_date", "offline", "key_rejected", "rate_limited"):
            print(json.dumps({"account": value, **_status_json(service, channel)}), flush=True)


#: How long ``reply`` waits for another process that claimed its item (a second ``reply``, the window, a worker)
#: to finish sending it, so that what it prints is the reply's real outcome rather than "stays queued".
SETTLE_SECONDS = 30.0


async def _settled(store: Store, item: OutboxItem) -> OutboxItem:
    """The item once no other process is sending it (or as it is after :data:`SETTLE_SECONDS`)."""
    item = store.get_outbox_item(item.id) or item
    deadline = asyncio.get_running_loop().time() + SETTLE_SECONDS
    while item.state.value == "sending" and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.2)
        item = store.get_outbox_item(item.id) or item
    return item


async def _reply(args: argparse.Namespace) -> int:
    from colivingdesk.headless_team import reply_through_worker

    channel = Channel(args.channel)
    through_worker = await reply_through_worker(args, channel)  # a team database's worker sends it
    if through_worker is not None:
        return through_worker
    service, store = _service(args, only=channel)
    try:
        from colivingdesk.api.errors import ValidationError

        if args.property_id is not None:
            await _check_property(service, store, args.property_id, force=args.force)
        from colivingdesk.people import current_person
        from colivingdesk.profile import resolve_profile

        person = current_person(resolve_profile(getattr(args, "profile", None)))
        store.people.note_person(person)
        try:
            item = service.enqueue_reply(
                channel, args.thread_id, args.text, property_id=args.property_id, author=person.key
            )
        except ValidationError as err:
            raise CommandError(f"error: {err.message}", EXIT_USAGE) from None
        await service.send_pending([channel])
        item = await _settled(store, item)
        # Not refused, not sent: the channel could not be reached or failed. Nothing here tries again.
        queued = (
            f"error: the reply could not be delivered to {channel.label} now; it stays queued for the next "
            "`colivingdesk sync` or the window"
        )
        return reply_outcome(item, store, args.json, queued)
    finally:
        await service.aclose()
        store.close()


def reply_outcome(item: OutboxItem, store: Store, as_json: bool, queued: str) -> int:
    """Print what became of a reply and return the exit status; ``queued`` is the line for a reply still in
    the queue."""
    channel = item.channel
    shown = item_json(item, store)
    if as_json:
        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(_item_line(shown))
    if item.state.value == "failed":
        reason = (item.error or "the channel refused the reply").replace("\n", "; ")
        print(f"error: {channel.label} refused the reply: {reason}", file=sys.stderr)
        return EXIT_CHANNEL
    if item.state.value == "sending":
        print(
            f"error: another colivingdesk process is still sending the reply to {channel.label}; "
            "`colivingdesk outbox` shows when it has gone",
            file=sys.stderr,
        )
        return EXIT_CHANNEL
    if item.state.value == "queued":
        print(queued, file=sys.stderr)
        return EXIT_CHANNEL
    return EXIT_OK


async def _check_property(service: Service, store: Store, property_id: str, *, force: bool) -> None:
    """Refuse a BookMyColiving reply about a property the cache does not know, unless ``force``d.

    A mistyped id would otherwise be sent, spend one of the 60 replies an hour, and come back refused. With
    ``force`` the properties are re-read first when the channel can be reached, so the cache learns a new one.
    """
    if store.get_property(property_id) is not None:
        return
    if not force:
        raise CommandError(
            f"error: property {property_id} is not in the local cache; run `colivingdesk sync --once` to "
            "refresh it, or add --force to send anyway",
            EXIT_USAGE,
        )
    from colivingdesk.api.errors import ChannelError

    with contextlib.suppress(ChannelError):  # not reachable now: the reply is still queued and tried as asked
        await service.refresh_feed(Channel.BMC, "properties")
