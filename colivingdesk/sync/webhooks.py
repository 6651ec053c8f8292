"""A small local receiver for BookMyColiving webhooks, off unless the user turns it on.

Why ``asyncio.start_server`` with a minimal HTTP/1.1 reader rather than uvicorn + Starlette: the receiver runs
on the window's own event loop (qasync), and uvicorn's ``Server.serve`` installs signal handlers and expects
to own its loop; a webhook delivery is one small POST with a ``Content-Length``, so a reader of one request
per connection (no keep-alive, no chunked bodies, a size cap and a read timeout) is a few dozen lines we
control and cannot fight the GUI for SIGINT.

A webhook is only a hint (deliveries are fire-and-forget and never retried), so each accepted event just asks
for an immediate targeted refresh; polling remains the source of truth. Deliveries are verified with the
shared ``api.webhooks.verify_bmc`` (signature over ``timestamp.rawBody`` and the 5-minute window) and replays
are dropped by remembering each signature in the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from datetime import datetime
from typing import TYPE_CHECKING, Any

from colivingdesk.api.errors import UnexpectedResponse
from colivingdesk.api.webhooks import SIGNATURE_HEADER, WebhookEvent, parse_bmc_event, verify_bmc

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.feeds import Feed, FeedContext

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024
READ_TIMEOUT_SECONDS = 10.0
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
            408: "Request Timeout", 413: "Payload Too Large", 503: "Service Unavailable"}


#: Verifies one delivery: (raw body, lower-cased headers) -> accepted event, or a (status, reason) refusal.
Verifier = Callable[[bytes, dict[str, str]], "WebhookEvent | tuple[int, str]"]
#: Called with each accepted event; may be sync or async, runs after the 2xx has been written.
EventHandler = Callable[[WebhookEvent], Awaitable[None] | None]


class WebhookReceiver:
    """Accepts ``POST`` deliveries on ``host:port`` (``port=0`` picks a free one)."""

    def __init__(
        self,
        verify: Verifier,
        on_event: EventHandler,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        executor: Executor | None = None,
    ) -> None:
        self._verify = verify
        #: Where ``verify`` runs: it reads the keyring and records the delivery in the store, and the loop it
        #: would otherwise block is the window's.
        self._executor = executor
        self._on_event = on_event
        self.host = host
        self._requested_port = port
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        if self._server is None or not self._server.sockets:
            return self._requested_port
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._handle, self.host, self._requested_port)
        return self.port

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, body, event = await asyncio.wait_for(self._read_and_verify(reader), READ_TIMEOUT_SECONDS)
        except TimeoutError:
            status, body, event = 408, {"error": "request timed out"}, None
        except (ConnectionError, asyncio.IncompleteReadError):
            writer.close()
            return
        payload = json.dumps(body).encode()
        head = (
            f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
        ).encode()
        try:
            writer.write(head + payload)
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()
        if event is not None:
            self._dispatch(event)

    async def _read_and_verify(
        self, reader: asyncio.StreamReader
    ) -> tuple[int, dict[str, Any], WebhookEvent | None]:
        request_line = (await reader.readline()).decode("latin-1").strip()
        parts = request_line.split(" ")
        if len(parts) != 3:
            return 400, {"error": "bad request line"}, None
        method = parts[0]
        headers: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
            if len(headers) > 100:
                return 400, {"error": "too many headers"}, None
        if method != "POST":
            return 405, {"error": "only POST is accepted"}, None
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            return 400, {"error": "Content-Length is required"}, None
        if length < 0 or length > MAX_BODY_BYTES:
            return 413, {"error": "body too large"}, None
        raw = await reader.readexactly(length)
        verdict = await asyncio.get_running_loop().run_in_executor(self._executor, self._verify, raw, headers)
        if isinstance(verdict, tuple):
            status, reason = verdict
            if status < 300:
                return status, {"status": reason}, None
            return status, {"error": reason}, None
        return 200, {"status": "accepted"}, verdict

    def _dispatch(self, event: WebhookEvent) -> None:
        async def run() -> None:
            try:
                result = self._on_event(event)
                if result is not None:
                    await result
            except Exception:
                log.exception("webhook refresh for %s failed", event.event)

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def bmc_verifier(
    secret: Callable[[], str | None], store: Store, now: Callable[[], datetime]
) -> Verifier:
    """Signature and freshness via ``api.webhooks.verify_bmc``, then replay suppression by signature.

    A replay is answered 200 (the sender did nothing wrong by delivering twice) but not acted on. Signatures
    are recorded only after verification, so junk cannot fill the table.
    """

    def verify(raw: bytes, headers: dict[str, str]) -> WebhookEvent | tuple[int, str]:
        key = secret()
        if not key:
            return 503, "no webhook secret is configured"
        if not verify_bmc(raw, headers, key, now=now()):
            return 401, "bad signature or stale timestamp"
        try:
            event = parse_bmc_event(raw)
        except UnexpectedResponse as err:
            return 400, str(err)
        if store.seen_before(headers.get(SIGNATURE_HEADER, "").strip().lower()):
            return 200, "duplicate delivery ignored"
        return event

    return verify


async def refresh_for_event(ctx: FeedContext, event: WebhookEvent, conversations: Feed) -> None:
    """Turn a verified delivery into the smallest refresh that covers it; polling remains the truth.

    A lead opens a conversation with its enquiry, so a ``lead.created`` that names its thread reads that too;
    a ``message.received`` without a thread id falls back to the conversation list (``conversations``).
    """
    from colivingdesk.sync import bmc_feeds

    data = event.data
    if event.event == "lead.created":
        await bmc_feeds.LeadsFeed().run(ctx)
        if data.get("threadId"):
            await bmc_feeds.refresh_thread(ctx, str(data["threadId"]))
    elif event.event == "message.received":
        thread_id = data.get("threadId") or data.get("thread_id")
        if thread_id:
            await bmc_feeds.refresh_thread(ctx, str(thread_id))
        else:
            await conversations.run(ctx)
    elif event.event.startswith("property."):
        property_id = data.get("id") or data.get("propertyId")
        if property_id:
            await bmc_feeds.refresh_property(ctx, str(property_id))
