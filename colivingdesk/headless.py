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
import math
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from colivingdesk.accounts import AccountSettings, settings_from_environ
from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.export import pages, plain, write_csv
from colivingdesk.progress_output import ProgressPrinter, local_time, print_resume

if TYPE_CHECKING:
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import Store
    from colivingdesk.sync import Service, SyncReport

EXPORT_KINDS = ("properties", "leads", "bookings", "threads", "messages")
EXIT_OK, EXIT_CHANNEL, EXIT_USAGE = 0, 1, 2
#: Overrides the Coliving.com pace (requests a minute) of the headless commands.
PACE_VARIABLE = "COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE"
#: Characters of a reply shown on an ``outbox`` line (``--json`` carries the whole text).
PREVIEW_CHARS = 60


class CommandError(Exception):
    """A failure to report in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


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


# ---------------------------------------------------------------------------------------------- wiring


def _guarded(action: Callable[[], int]) -> int:
    from colivingdesk.api.errors import ChannelError
    from colivingdesk.secrets import SecretStoreError
    from colivingdesk.store import SchemaTooNewError

    try:
        return action()
    except CommandError as err:
        print(str(err), file=sys.stderr)
        return err.code
    except BrokenPipeError:
        # The reader went away (``colivingdesk export leads | head``): not an error worth a message. Point stdout
        # at /dev/null so the interpreter's final flush does not raise again (the recipe in Python's signal docs).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except ChannelError as err:
        print(f"error: {err.message}", file=sys.stderr)
        return EXIT_CHANNEL
    except (SecretStoreError, SchemaTooNewError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _open_store(args: argparse.Namespace) -> Store:
    import sqlite3

    from colivingdesk.profile import resolve_profile
    from colivingdesk.store import open_store
    from colivingdesk.team import TeamDatabaseError, database_setting, open_team_store

    try:
        team = database_setting(getattr(args, "database", None))
        if team is not None:
            return open_team_store(team)
    except TeamDatabaseError as err:
        raise CommandError(f"error: {err}") from None
    profile = resolve_profile(getattr(args, "profile", None))
    try:
        return open_store(profile.ensure().database)
    except sqlite3.Error as err:
        message = f"error: the profile cache at {profile.database} cannot be opened ({err})"
        raise CommandError(message) from None


def configured_accounts(
    store: Store, environ: Mapping[str, str] | None = None
) -> dict[Channel, AccountSettings]:
    """The profile's accounts, overridden per channel by ``COLIVINGDESK_*`` environment variables."""
    found: dict[Channel, AccountSettings] = {}
    for account in store.list_accounts():
        found[account.channel] = AccountSettings(
            account.channel,
            account.base_url,
            provider=account.provider or "mangobeds",
            auth_style=account.auth_style or "x-api-key",
        )
    found.update(settings_from_environ(environ))
    return found


def _service(
    args: argparse.Namespace, *, interval: float = 60.0, only: Channel | None = None
) -> tuple[Service, Store]:
    from colivingdesk.secrets import SecretStore
    from colivingdesk.sync import Service

    store = _open_store(args)
    try:
        accounts = configured_accounts(store)
        if only is not None:
            accounts = {c: s for c, s in accounts.items() if c is only}
        if not accounts:
            what = only.label if only is not None else "any channel"
            raise CommandError(
                f"error: no account configured for {what}; add one in the window or set "
                "COLIVINGDESK_BMC_API_KEY / COLIVINGDESK_COLIVING_API_KEY"
            )
        secrets = SecretStore()
        pace = _coliving_pace()
        service = Service(store, secrets, accounts, poll_interval=interval, coliving_requests_per_minute=pace)
        missing = [c for c in accounts if c not in service.channels]
        if missing:
            raise CommandError(_no_key_line(secrets, {c: accounts[c] for c in missing}))
        return service, store
    except BaseException:
        store.close()
        raise


def _coliving_pace() -> int:
    """Coliving.com requests a minute to pace to: the documented 60, or ``COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE``
    for a server that meters differently (a sandbox started with another limit)."""
    from colivingdesk.sync.runtime import COLIVING_REQUESTS_PER_MINUTE

    raw = os.environ.get(PACE_VARIABLE, "").strip()
    if not raw:
        return COLIVING_REQUESTS_PER_MINUTE
    if not raw.isdigit() or int(raw) < 1:
        raise CommandError(f"error: {PACE_VARIABLE} must be a whole number of requests a minute, got {raw!r}")
    return int(raw)


def _no_key_line(secrets: SecretStore, missing: Mapping[Channel, AccountSettings]) -> str:
    """Why no key could be had for the ``missing`` accounts, and the environment variables that work instead
    (with the base URL and provider too when the account does not use the defaults, since the key variable
    alone selects them)."""
    from colivingdesk.accounts import DEFAULT_BASE_URLS, DEFAULT_PROVIDER
    from colivingdesk.secrets import ENV_VARS, SecretStoreError

    labels = " and ".join(c.label for c in missing)
    cause = ""
    if not secrets.status().secure:
        cause = "no secure system keyring on this computer"
    else:
        try:  # read again to tell a keyring that fails from one that holds no key
            for channel in missing:
                secrets.get(channel.value, "api_key")
        except SecretStoreError as err:
            text = str(err).rstrip(".")
            cause = text[:1].lower() + text[1:]
    keys = "API keys" if len(missing) > 1 else "API key"
    if cause:
        cause = f"{cause}, so the {labels} {keys} cannot be read"
    else:
        cause = f"no {labels} {keys} found in the system keyring"
    names: list[str] = []
    for channel, settings in missing.items():
        names.append(ENV_VARS[(channel.value, "api_key")])
        if settings.base_url.rstrip("/") != DEFAULT_BASE_URLS[channel]:
            names.append(f"COLIVINGDESK_{channel.name}_BASE_URL={settings.base_url}")
        if channel is Channel.COLIVING and settings.provider != DEFAULT_PROVIDER:
            names.append(f"COLIVINGDESK_COLIVING_PROVIDER={settings.provider}")
    return f"error: {cause}; set {' '.join(names)} instead (README, \"Headless use\")"


def _status_json(service: Service, channel: Channel) -> dict[str, Any]:
    status = service.status(channel)
    return {
        "state": status.state,
        "last_synced_at": _iso(status.last_synced_at),
        "message": status.message,
        "stale": dict(status.stale),
    }


def _print_report(service: Service, report: SyncReport, as_json: bool) -> None:
    waiting = _all_waiting_line(report)
    if waiting:
        print(waiting, file=sys.stderr)
    if as_json:
        body = report.to_json()
        body["accounts"] = {c.value: _status_json(service, c) for c in service.channels}
        print(json.dumps(body, ensure_ascii=False))
        print_resume(report, waiting, sys.stderr)
        return
    if waiting:
        return
    changed = ", ".join(f"{n} {kind}" for kind, n in sorted(report.changed.items()) if n) or "no changes"
    requests = sum(report.requests.values())
    print(f"synced: {changed} ({requests} requests)")
    for channel, counts in sorted(report.conversations.items()):
        label = Channel(channel).label
        print(f"{label} conversations: {counts['read']} read, {counts['waiting']} waiting")
    from colivingdesk.sync.feed_runs import stale_message

    for channel in sorted({*report.errors, *report.feeds}):
        label = Channel(channel).label
        failed = report.feeds.get(channel, {})
        for feed, reason in failed.items():
            print(f"error: {label}: {feed} not refreshed: {reason}", file=sys.stderr)
        message = report.errors.get(channel, "")
        if message and message != stale_message(failed):
            print(f"error: {label}: {message}", file=sys.stderr)
    print_resume(report, waiting, sys.stderr)


def _all_waiting_line(report: SyncReport) -> str:
    """When no account could send anything for a rate-limit wait: one line saying until when, else empty.

    A run that met a new 429 sent a request first; it reports that as the account's error instead.
    """
    waiting = [
        channel
        for channel, sent in report.requests.items()
        if sent == 0 and channel in report.errors and channel in report.waits
    ]
    if not waiting or len(waiting) != len(report.requests):
        return ""
    now = datetime.now(UTC)
    parts = []
    for channel, wait in sorted(report.waits.items(), key=lambda item: item[1].until):
        seconds = max(math.ceil((wait.until - now).total_seconds()), 0)
        parts.append(f"{Channel(channel).label} until {local_time(wait.until, now)} (in {seconds} s)")
    return f"waiting for rate limits: {', '.join(parts)}; nothing sent"


# ---------------------------------------------------------------------------------------------- output


def item_json(item: OutboxItem, store: Store) -> dict[str, Any]:
    """An outbox item as printed by ``outbox --json`` and ``reply --json`` (``text`` and ``name`` from the
    cache, see :mod:`colivingdesk.sync.outbox_preview`)."""
    from colivingdesk.sync.outbox_preview import item_name, item_text

    return {
        "id": item.id,
        "channel": item.channel.value,
        "kind": item.kind,
        "target": item.target,
        "state": item.state.value,
        "error": item.error,
        "attempts": item.attempts,
        "created_at": _iso(item.created_at),
        "updated_at": _iso(item.updated_at),
        "not_before": _iso(item.not_before),
        "text": item_text(item, store),
        "name": item_name(item, store),
        "replayed": item.payload.get("replayed") is True,
        "author": None if item.author is None else store.people.name_of(item.author) or item.author,
    }


def _item_line(item: Mapping[str, Any]) -> str:
    """One tab-separated line: id, state, channel, kind, target, name (``-`` if unknown), text preview, then
    the held-until time and the error when there are any."""
    text = " ".join(str(item["text"]).split())
    preview = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
    line = "\t".join(
        str(v) for v in (
            item["id"], item["state"], item["channel"], item["kind"], item["target"], item["name"] or "-", preview
        )
    )
    if item["not_before"] is not None and item["state"] == "held":
        line += f"\tuntil {item['not_before']}"
    if item["error"]:
        line += "\t" + str(item["error"]).replace("\n", "; ")
    return line


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _records(store: Store, kind: str) -> Iterator[Any]:
    """Every cached record of ``kind``, in keyset pages so a large cache never sits in memory twice."""
    if kind == "properties":
        yield from pages(store.page_properties, lambda r: (r.name, r.id))
    elif kind == "leads":
        from colivingdesk.store import lead_key

        yield from pages(store.page_leads, lead_key)
    elif kind == "bookings":
        yield from pages(store.page_bookings, lambda r: (r.checkin, r.id))
    elif kind == "threads":
        from colivingdesk.store import thread_key

        yield from pages(store.page_threads, thread_key)
    else:
        from colivingdesk.domain import Message
        from colivingdesk.store import thread_key

        for thread in pages(store.page_threads, thread_key):
            for message in store.messages_for_thread(thread.channel, thread.external_id):
                if isinstance(message, Message):
                    yield message
