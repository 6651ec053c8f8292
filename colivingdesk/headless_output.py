"""What the headless commands print: the ``sync`` report (text or ``--json``), outbox items (``outbox``,
``reply``) as JSON objects or tab-separated lines, and the cached records ``export`` writes.

The ``--json`` shapes are documented in :mod:`colivingdesk.headless`; fields are only ever added.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.export import pages
from colivingdesk.progress_output import local_time, print_resume

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync import Service, SyncReport

#: Characters of a reply shown on an ``outbox`` line (``--json`` carries the whole text).
PREVIEW_CHARS = 60


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
