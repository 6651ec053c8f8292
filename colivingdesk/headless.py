"""Headless commands for scripts and cron: ``sync``, ``export``, ``reply`` and ``outbox``.

They use the same profile cache, keyring and sync code as the window. Accounts come from the profile (its
``accounts`` table, keys in the keyring) or, winning over it, from ``COLIVINGDESK_*`` environment variables.
Errors print one line to stderr; exit status is 0 on success, 1 when a channel refused or could not be
reached, 2 for usage or configuration problems (no account, bad arguments, unusable profile).

``--json`` output (stable; fields are only ever added):

``sync --once --json`` prints one object::

    {"ok": bool,
     "requests": {"bmc": int, "coliving": int},            # HTTP requests made per configured account
     "changed": {"bookings": int, "leads": int, ...},      # ids changed per kind (kinds of ChangeSet)
     "errors": {"bmc": "message"},                         # per account, only accounts that failed
     "conversations": {"coliving": {"read": int, "waiting": int}},  # conversations read; open ones left unread
     "accounts": {"bmc": {"state": str, "last_synced_at": "ISO 8601 UTC" | null, "message": str}}}

``sync --watch --json`` prints that object once per completed cycle, one per line.

``outbox --json`` prints ``{"items": [ITEM, ...]}`` oldest first, and ``reply ... --json`` prints one ITEM::

    ITEM = {"id": int, "channel": "bmc" | "coliving", "kind": str, "target": str,
            "state": "queued" | "sending" | "sent" | "failed" | "held", "error": str | null, "attempts": int,
            "created_at": ISO | null, "updated_at": ISO | null, "not_before": ISO | null}

``export KIND --format json`` prints a JSON array of records with the fields of the matching
``colivingdesk.domain`` dataclass (times ISO 8601, money as ``{"amount": "decimal string", "currency":
str}``); ``--format csv`` prints the same fields as columns, nested values as JSON text.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import dataclasses
import io
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from colivingdesk.accounts import AccountSettings, settings_from_environ
from colivingdesk.domain import Channel, OutboxItem

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync import Service

EXPORT_KINDS = ("properties", "leads", "bookings", "threads", "messages")
EXIT_OK, EXIT_CHANNEL, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the headless commands on the main parser's subcommands."""
    sync = subparsers.add_parser("sync", help="bring the local cache up to date with both channels")
    mode = sync.add_mutually_exclusive_group(required=True)
    mode.add_argument("--once", action="store_true", help="one full cycle, then exit")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument(
        "--interval", type=float, default=60.0, metavar="SECONDS", help="poll interval (--watch)"
    )
    sync.add_argument(
        "--webhook-port", type=int, metavar="N", help="also receive BookMyColiving webhooks on port N"
    )
    sync.add_argument("--webhook-host", default="127.0.0.1", help="address for the webhook receiver")
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
    coliving = channels.add_parser("coliving", help="message the guest of a Coliving.com booking")
    coliving.add_argument("thread_id", metavar="BOOKING_ID")
    coliving.add_argument("text", metavar="TEXT")
    coliving.add_argument("--json", action="store_true")
    reply.set_defaults(handler=run_reply, property_id=None)

    outbox = subparsers.add_parser("outbox", help="list queued, held, failed and sent writes")
    outbox.add_argument("--json", action="store_true")
    outbox.set_defaults(handler=run_outbox)


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
            _write_csv(records, sys.stdout)
        else:
            json.dump([_plain(r) for r in records], sys.stdout, ensure_ascii=False, indent=None)
            sys.stdout.write("\n")
        return EXIT_OK

    return _guarded(export)


def run_reply(args: argparse.Namespace) -> int:
    return _guarded(lambda: asyncio.run(_reply(args)))


def run_outbox(args: argparse.Namespace) -> int:
    def show() -> int:
        store = _open_store(args)
        try:
            items = store.list_outbox()
        finally:
            store.close()
        if args.json:
            print(json.dumps({"items": [item_json(i) for i in items]}, ensure_ascii=False))
        else:
            for item in items:
                print(_item_line(item))
        return EXIT_OK

    return _guarded(show)


async def _sync(args: argparse.Namespace) -> int:
    service, store = _service(args, interval=args.interval)
    try:
        if args.once:
            report = await service.sync_once()
            _print_report(service, report, args.json)
            return EXIT_CHANNEL if report.errors else EXIT_OK
        if args.webhook_port is not None:
            port = await service.start_webhooks(args.webhook_host, args.webhook_port)
            print(f"receiving webhooks on http://{args.webhook_host}:{port}/", file=sys.stderr)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        if args.json:
            service.changes.subscribe(lambda changes: _watch_line(service, changes))
        await service.start()
        await stop.wait()
        return EXIT_OK
    finally:
        await service.aclose()
        store.close()


def _watch_line(service: Service, changes: Mapping[str, frozenset[str]]) -> None:
    """In --watch --json, one report line each time an account finishes a cycle."""
    for value in changes.get("status", frozenset()):
        channel = Channel(value)
        status = service.status(channel)
        if status.state in ("up_to_date", "offline", "key_rejected", "rate_limited"):
            print(json.dumps({"account": value, **_status_json(service, channel)}), flush=True)


async def _reply(args: argparse.Namespace) -> int:
    channel = Channel(args.channel)
    service, store = _service(args, only=channel)
    try:
        from colivingdesk.api.errors import ValidationError

        try:
            item = service.enqueue_reply(channel, args.thread_id, args.text, property_id=args.property_id)
        except ValidationError as err:
            raise CommandError(f"error: {err.message}", EXIT_USAGE) from None
        await service.send_pending([channel])
        item = store.get_outbox_item(item.id) or item
        if args.json:
            print(json.dumps(item_json(item), ensure_ascii=False))
        else:
            print(_item_line(item))
        if item.state.value == "failed":
            return EXIT_CHANNEL
        return EXIT_OK
    finally:
        await service.aclose()
        store.close()


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
        service = Service(store, SecretStore(), accounts, poll_interval=interval)
        missing = [c for c in accounts if c not in service.channels]
        if missing:
            raise CommandError(f"error: {service.status(missing[0]).message or 'no API key'}")
        return service, store
    except BaseException:
        store.close()
        raise


def _status_json(service: Service, channel: Channel) -> dict[str, Any]:
    status = service.status(channel)
    return {
        "state": status.state,
        "last_synced_at": _iso(status.last_synced_at),
        "message": status.message,
    }


def _print_report(service: Service, report: Any, as_json: bool) -> None:
    if as_json:
        body = report.to_json()
        body["accounts"] = {c.value: _status_json(service, c) for c in service.channels}
        print(json.dumps(body, ensure_ascii=False))
        return
    changed = ", ".join(f"{n} {kind}" for kind, n in sorted(report.changed.items()) if n) or "no changes"
    requests = sum(report.requests.values())
    print(f"synced: {changed} ({requests} requests)")
    for channel, counts in sorted(report.conversations.items()):
        label = Channel(channel).label
        print(f"{label} conversations: {counts['read']} read, {counts['waiting']} waiting")
    for channel, message in sorted(report.errors.items()):
        print(f"error: {Channel(channel).label}: {message}", file=sys.stderr)


# ---------------------------------------------------------------------------------------------- output


def item_json(item: OutboxItem) -> dict[str, Any]:
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
    }


def _item_line(item: OutboxItem) -> str:
    line = f"{item.id}\t{item.state.value}\t{item.channel.value}\t{item.kind}\t{item.target}"
    if item.not_before is not None and item.state.value == "held":
        line += f"\tuntil {_iso(item.not_before)}"
    if item.error:
        line += "\t" + item.error.replace("\n", "; ")
    return line


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _records(store: Store, kind: str) -> Iterator[Any]:
    """Every cached record of ``kind``, in keyset pages so a large cache never sits in memory twice."""
    if kind == "properties":
        yield from _pages(store.page_properties, lambda r: (r.name, r.id))
    elif kind == "leads":
        from colivingdesk.store import lead_key

        yield from _pages(store.page_leads, lead_key)
    elif kind == "bookings":
        yield from _pages(store.page_bookings, lambda r: (r.checkin, r.id))
    elif kind == "threads":
        from colivingdesk.store import thread_key

        yield from _pages(store.page_threads, thread_key)
    else:
        from colivingdesk.domain import Message
        from colivingdesk.store import thread_key

        for thread in _pages(store.page_threads, thread_key):
            for message in store.messages_for_thread(thread.channel, thread.external_id):
                if isinstance(message, Message):
                    yield message


def _pages(fetch: Callable[..., list[Any]], key: Callable[[Any], Any], size: int = 500) -> Iterator[Any]:
    after = None
    while True:
        page = fetch(None, after, size)
        yield from page
        if len(page) < size:
            return
        after = key(page[-1])


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ == "Money":
            return {"amount": str(value.amount), "currency": value.currency}  # type: ignore[attr-defined]
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _write_csv(records: list[Any], out: io.TextIOBase | Any) -> None:
    rows = [_plain(r) for r in records]
    if not rows:
        return
    columns = list(rows[0].keys())
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            json.dumps(row[c], ensure_ascii=False) if isinstance(row[c], dict | list) else row[c]
            for c in columns
        )
