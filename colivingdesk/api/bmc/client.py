"""Async client for the BookMyColiving partner API v1 (header ``x-api-key``).

Methods follow the document's endpoint list (HTTP methods as restored in the reading notes). Lists come back
as ``Page`` from the ``{data, pagination}`` envelope (the list may also sit under the resource's own plural
name, ``{leads, pagination}``, as an earlier form of the public pages showed); ``iter_*`` walk them with the
shared loop. Every write
carries one ``Idempotency-Key`` per logical call (a fresh uuid4 unless the caller passes its own, e.g. from a
persisted outbox item), and that same key is sent on every retry, so a write that timed out can be retried
without duplicates. A write the server answered with ``Idempotent-Replayed: true`` is remembered by its key
until :meth:`BmcClient.take_replayed` asks, so the outbox can record that the channel replayed an earlier answer.

Rate budgets are kept per endpoint group (the document meters "per endpoint"): ``properties``, ``leads``,
``messages`` (reading conversations), ``replies`` (POST /messages/:threadId, 60 per hour per key),
``reference`` (5,000 per hour) and ``webhooks``.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...domain import Lead, Message, Property, ReferenceItem, Thread
from .._client_base import ChannelClient
from .._http import HttpCore, HttpResult, RetryPolicy
from .._tolerant import iso_utc, parse_records, records_in
from ..errors import FieldError, UnexpectedResponse, ValidationError
from ..pagination import Page, walk_pages
from ..ratelimit import Budgets, Clock, RateBudget, Sleep
from . import envelope
from .models import (
    BmcConversation,
    BmcLead,
    BmcMessage,
    BmcProperty,
    CreateResult,
    PropertyDraft,
    reference_from_raw,
)

DEFAULT_BASE_URL = "https://bookmycoliving.com/api/v1"
MAX_LIMIT = 100
MAX_REPLY_CHARS = 5000
REPLIES_PER_HOUR = 60

GROUP_PROPERTIES = "properties"
GROUP_LEADS = "leads"
GROUP_MESSAGES = "messages"
GROUP_REPLIES = "replies"
GROUP_REFERENCE = "reference"
GROUP_WEBHOOKS = "webhooks"


def _seg(value: str) -> str:
    """One path segment, escaped so an id can never change the path."""
    return quote(str(value), safe="")


def _key(idempotency_key: str | None) -> str:
    return idempotency_key if idempotency_key is not None else str(uuid.uuid4())


class BmcClient(ChannelClient):
    """One operator account on BookMyColiving; ``async with BmcClient(...) as bmc:`` or ``aclose()``."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str = "",
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        max_attempts: int = 4,
        wait_for_cooldown: bool = True,
        budgets: Budgets | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: Callable[[], float] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("BmcClient needs an API key")
        self._http = HttpCore(
            base_url,
            channel=envelope.CHANNEL,
            auth_header="x-api-key",
            auth_value=api_key,
            error_parser=envelope.parse_error,
            transport=transport,
            timeout=timeout,
            retry=retry or RetryPolicy(max_attempts=max_attempts, wait_for_cooldown=wait_for_cooldown),
            budgets=budgets,
            sleep=sleep,
            clock=clock,
            rng=rng,
        )
        self._replayed: set[str] = set()

    def __repr__(self) -> str:
        return f"BmcClient(base_url={self._http.base_url!r})"

    # ------------------------------------------------------------ budgets

    @property
    def replies_budget(self) -> RateBudget:
        """The 60-replies-per-hour budget as last reported (limit 60 until the server says otherwise)."""
        return self.budgets.get(GROUP_REPLIES) or RateBudget(limit=REPLIES_PER_HOUR)

    # ------------------------------------------------------------ plumbing

    async def _get(self, path: str, group: str, params: dict[str, Any] | None = None) -> HttpResult:
        return await self._http.request("GET", path, group=group, params=params)

    async def _write(
        self, method: str, path: str, group: str, body: Any, idempotency_key: str | None
    ) -> HttpResult:
        result = await self._http.request(
            method, path, group=group, json=body, idempotency_key=_key(idempotency_key)
        )
        if result.replayed and result.idempotency_key is not None:
            self._replayed.add(result.idempotency_key)
        return result

    def take_replayed(self, idempotency_key: str) -> bool:
        """Whether the last write with this key was answered ``Idempotent-Replayed: true``; asking forgets it.

        Kept by key, not as a "last call" flag, so a write of another task in between cannot be mistaken for
        it; forgetting on read keeps the set as small as the writes nobody asked about.
        """
        if idempotency_key in self._replayed:
            self._replayed.discard(idempotency_key)
            return True
        return False

    @staticmethod
    def _page(result: HttpResult, requested: int | None) -> tuple[int, int | None, int | None, int | None]:
        """(page, limit, total, last page) from the ``pagination`` block, with absurd values set aside.

        A limit larger than the one asked for cannot be true of a page we asked for, and would end a walk
        after its first page (a full page would look short), so it is read as the requested one; a page below
        1 as 1, a negative total as unknown.
        """
        body = result.body
        pagination = body.get("pagination") if isinstance(body, dict) else None
        pagination = pagination if isinstance(pagination, dict) else {}
        page = max(_int(pagination.get("page")) or 1, 1)
        limit = _int(pagination.get("limit"))
        if limit is None or limit <= 0 or (requested is not None and limit > requested):
            limit = requested
        total = _int(pagination.get("total"))
        total = total if total is not None and total >= 0 else None
        last = _int(pagination.get("totalPages"))
        if last is None and not pagination:
            last = page  # no pagination block: treat the answer as the whole list
        return page, limit, total, last

    def _list(
        self,
        result: HttpResult,
        parse: Callable[[Any], Any],
        what: str,
        requested: int | None,
        names: tuple[str, ...],
    ) -> Page[Any]:
        """One list page; ``names`` are the resource's own plural spellings accepted beside ``data``."""
        body = result.body
        data = records_in(body, *names)
        if data is None:
            if isinstance(body, dict) and "data" in body:
                problem = "'data' that is not a list"
            elif isinstance(body, dict):
                problem = f"a list without 'data' or '{names[0]}'"
            else:
                problem = "no list"
            raise UnexpectedResponse(f"{envelope.CHANNEL} sent {problem}.", channel=envelope.CHANNEL)
        page, limit, total, last = self._page(result, requested)
        items, skipped = parse_records(data, parse, what=what)
        return Page(
            items,
            page=page,
            per_page=limit,
            total=total,
            last_page=last,
            request_id=result.request_id,
            skipped=skipped,
        )

    @staticmethod
    def _single(body: Any) -> Any:
        """Single resources come "directly"; tolerate a ``{data: {...}}`` or ``{property: {...}}`` wrapper
        too.
        """
        if isinstance(body, dict):
            for key in ("property", "data", "lead", "message"):
                inner = body.get(key)
                if isinstance(inner, dict) and "id" not in body:
                    return inner
        return body

    def _property(self, body: Any) -> Property:
        try:
            return BmcProperty.model_validate(self._single(body)).to_domain()
        except Exception as err:
            raise UnexpectedResponse(
                f"{envelope.CHANNEL} sent a property that could not be read.", channel=envelope.CHANNEL
            ) from err

    async def _property_or_refetch(self, body: Any, property_id: str) -> Property:
        """Some writes may answer with a bare status: read the property back rather than fail a done write."""
        single = self._single(body)
        if isinstance(single, dict) and any(k in single for k in ("id", "_id", "propertyId")):
            return self._property(body)
        return await self.get_property(property_id)

    # ------------------------------------------------------------ properties

    async def list_properties(
        self, page: int = 1, limit: int = MAX_LIMIT, external_id: str | None = None
    ) -> Page[Property]:
        params = {"page": page, "limit": min(limit, MAX_LIMIT), "externalId": external_id}
        result = await self._get("properties", GROUP_PROPERTIES, params)
        return self._list(
            result, lambda r: BmcProperty.model_validate(r).to_domain(), "property", limit, ("properties",)
        )

    async def iter_properties(
        self, external_id: str | None = None, skipped: list[Any] | None = None
    ) -> AsyncIterator[list[Property]]:
        """Every property; raw records that could not be read are appended to ``skipped`` when given, so a
        caller that deletes what a walk did not return can spare them."""

        async def fetch(page: int) -> Page[Property]:
            result = await self.list_properties(page=page, limit=MAX_LIMIT, external_id=external_id)
            if skipped is not None:
                skipped.extend(result.skipped)
            return result

        async for items in walk_pages(fetch, page_size=MAX_LIMIT):
            yield items

    async def get_property(self, property_id: str) -> Property:
        result = await self._get(f"properties/{_seg(property_id)}", GROUP_PROPERTIES)
        return self._property(result.body)

    async def create_property(
        self, draft: PropertyDraft, *, idempotency_key: str | None = None
    ) -> CreateResult:
        """Create (lands as PENDING_REVIEW); a known externalId answers 200 + ``reused: true``.

        The body carries no photos (see :class:`PropertyDraft`); add them with :meth:`add_photos`.
        """
        result = await self._write("POST", "properties", GROUP_PROPERTIES, draft.to_body(), idempotency_key)
        body = result.body
        reused = isinstance(body, dict) and body.get("reused") is True
        return CreateResult(
            property=self._property(body),
            reused=reused,
            replayed=result.replayed,
            idempotency_key=result.idempotency_key,
        )

    async def replace_property(
        self, property_id: str, draft: PropertyDraft, *, idempotency_key: str | None = None
    ) -> Property:
        """PUT: replaces the details; an APPROVED listing stays live but is flagged for re-review."""
        path = f"properties/{_seg(property_id)}"
        result = await self._write("PUT", path, GROUP_PROPERTIES, draft.to_body(), idempotency_key)
        return await self._property_or_refetch(result.body, property_id)

    async def delete_property(self, property_id: str, *, idempotency_key: str | None = None) -> None:
        """Permanent. A retried delete carries the same key, so a replay answers like the first call."""
        await self._write("DELETE", f"properties/{_seg(property_id)}", GROUP_PROPERTIES, None, idempotency_key)

    async def submit_property(self, property_id: str, *, idempotency_key: str | None = None) -> Property:
        """DRAFT or REJECTED -> PENDING_REVIEW."""
        path = f"properties/{_seg(property_id)}/submit"
        result = await self._write("POST", path, GROUP_PROPERTIES, None, idempotency_key)
        return await self._property_or_refetch(result.body, property_id)

    async def unpublish_property(self, property_id: str, *, idempotency_key: str | None = None) -> Property:
        """APPROVED -> DRAFT (off the public site)."""
        path = f"properties/{_seg(property_id)}/unpublish"
        result = await self._write("POST", path, GROUP_PROPERTIES, None, idempotency_key)
        return await self._property_or_refetch(result.body, property_id)

    async def add_photos(
        self, property_id: str, urls: list[str], *, idempotency_key: str | None = None
    ) -> Property:
        """Append photos: body ``{"photos": [{"url": ...}]}``."""
        if not urls:
            raise ValidationError(
                f"{envelope.CHANNEL}: no photo to add.",
                status=0,
                channel=envelope.CHANNEL,
                field_errors=(
                    FieldError(path="photos", message="At least one photo URL is needed.", code="required"),
                ),
            )
        body = {"photos": [{"url": url} for url in urls]}
        path = f"properties/{_seg(property_id)}/photos"
        result = await self._write("POST", path, GROUP_PROPERTIES, body, idempotency_key)
        return await self._property_or_refetch(result.body, property_id)

    # ------------------------------------------------------------ leads

    async def list_leads(
        self,
        page: int = 1,
        limit: int = MAX_LIMIT,
        property_id: str | None = None,
        since: datetime | str | None = None,
    ) -> Page[Lead]:
        params = {
            "page": page,
            "limit": min(limit, MAX_LIMIT),
            "propertyId": property_id,
            "since": None if since is None else iso_utc(since),
        }
        result = await self._get("leads", GROUP_LEADS, params)
        return self._list(result, lambda r: BmcLead.model_validate(r).to_domain(), "lead", limit, ("leads",))

    async def iter_leads(
        self, property_id: str | None = None, since: datetime | str | None = None
    ) -> AsyncIterator[list[Lead]]:
        async def fetch(page: int) -> Page[Lead]:
            return await self.list_leads(page=page, limit=MAX_LIMIT, property_id=property_id, since=since)

        async for items in walk_pages(fetch, page_size=MAX_LIMIT):
            yield items

    async def get_lead(self, lead_id: str) -> Lead:
        result = await self._get(f"leads/{_seg(lead_id)}", GROUP_LEADS)
        try:
            return BmcLead.model_validate(self._single(result.body)).to_domain()
        except Exception as err:
            raise UnexpectedResponse(
                f"{envelope.CHANNEL} sent a lead that could not be read.", channel=envelope.CHANNEL
            ) from err

    # ------------------------------------------------------------ conversations

    async def list_conversations(
        self,
        property_id: str | None = None,
        date_from: datetime | date | str | None = None,
        date_to: datetime | date | str | None = None,
        page: int = 1,
        limit: int = MAX_LIMIT,
    ) -> Page[Thread]:
        """GET /messages. The document names only propertyId/dateFrom/dateTo for it, but it is a list endpoint
        and list endpoints page with ``page``/``limit``: both are sent on every page, page 1 included, so a
        server whose default page is 20 is still read 100 at a time rather than in five times the requests.
        """
        params: dict[str, Any] = {
            "propertyId": property_id,
            "dateFrom": None if date_from is None else iso_utc(date_from),
            "dateTo": None if date_to is None else iso_utc(date_to),
            "page": page,
            "limit": min(limit, MAX_LIMIT),
        }
        result = await self._get("messages", GROUP_MESSAGES, params)
        return self._list(
            result,
            lambda r: BmcConversation.model_validate(r).to_domain(),
            "conversation",
            limit,
            ("conversations", "threads", "messages"),
        )

    async def iter_conversations(
        self,
        property_id: str | None = None,
        date_from: datetime | date | str | None = None,
        date_to: datetime | date | str | None = None,
    ) -> AsyncIterator[list[Thread]]:
        """Every conversation, at the maximum page size; a server that caps lower is followed by the limit it
        echoes (the shared loop reads it from each page).
        """

        async def fetch(page: int) -> Page[Thread]:
            return await self.list_conversations(property_id, date_from, date_to, page=page, limit=MAX_LIMIT)

        async for items in walk_pages(fetch, page_size=MAX_LIMIT):
            yield items

    async def get_thread(self, thread_id: str) -> list[Message]:
        """All messages of one conversation (threadId is the partner user id), in the order sent.

        The document says "all messages" but also that list endpoints return a ``{data, pagination}``
        envelope, so either may come back. ``page``/``limit`` go out at the maximum size, and when the
        pagination block says there are more pages they are walked with the shared loop; otherwise a thread of
        more than one page would silently lose its newest messages. A bare array or an envelope without
        pagination is the whole thread: one request.
        """
        path = f"messages/{_seg(thread_id)}"

        def parse(raw: Any) -> Message:
            return BmcMessage.model_validate(raw).to_domain(thread_id)

        async def fetch(page: int) -> Page[Message]:
            result = await self._get(path, GROUP_MESSAGES, {"page": page, "limit": MAX_LIMIT})
            raw = records_in(result.body, "messages")
            if raw is None:
                raise UnexpectedResponse(
                    f"{envelope.CHANNEL} sent a conversation that could not be read.", channel=envelope.CHANNEL
                )
            echoed_page, limit, total, last = self._page(result, MAX_LIMIT)
            items, skipped = parse_records(raw, parse, what="message")
            return Page(
                items,
                page=echoed_page,
                per_page=limit,
                total=total,
                last_page=last,
                request_id=result.request_id,
                skipped=skipped,
            )

        messages: list[Message] = []
        async for items in walk_pages(fetch, page_size=MAX_LIMIT):
            messages.extend(items)
        return messages

    async def reply(
        self, thread_id: str, content: str, property_id: str, *, idempotency_key: str | None = None
    ) -> Message:
        """POST /messages/:threadId ``{content, propertyId}``: at most 5,000 chars, 60 replies an hour."""
        if len(content) > MAX_REPLY_CHARS:
            raise ValidationError(
                f"{envelope.CHANNEL}: a reply can be at most {MAX_REPLY_CHARS:,} characters "
                f"(this one has {len(content):,}).",
                status=0,
                channel=envelope.CHANNEL,
                field_errors=(
                    FieldError(path="content", message="At most 5,000 characters.", code="too_long"),
                ),
            )
        if not content.strip():
            raise ValidationError(
                f"{envelope.CHANNEL}: the reply is empty.",
                status=0,
                channel=envelope.CHANNEL,
                field_errors=(FieldError(path="content", message="The reply is empty.", code="required"),),
            )
        body = {"content": content, "propertyId": property_id}
        result = await self._write(
            "POST", f"messages/{_seg(thread_id)}", GROUP_REPLIES, body, idempotency_key
        )
        single = self._single(result.body)
        raw = single if isinstance(single, dict) else {}
        message = BmcMessage.model_validate(raw)
        domain = message.to_domain(thread_id)
        if message.id is None or not message.text:
            domain.text = content  # a bare acknowledgement ({"message": "sent"}) is not the reply's text
        if not message.sender:
            domain.sender = "host"
        if message.id is None:
            domain.external_id = f"idem-{result.idempotency_key}"
        return domain

    # ------------------------------------------------------------ reference data

    async def _reference(self, path: str, kind: str, names: tuple[str, ...]) -> list[ReferenceItem]:
        result = await self._get(path, GROUP_REFERENCE)
        body = result.body
        raw = records_in(body, *names)
        inner = body.get("data") if isinstance(body, dict) else None
        if raw is None and isinstance(inner, dict):  # {"data": {<any name>: [...]}}
            raw = next((v for v in inner.values() if isinstance(v, list)), None)
        if not isinstance(raw, list):
            raise UnexpectedResponse(f"{envelope.CHANNEL} sent no {kind} list.", channel=envelope.CHANNEL)
        items, _ = parse_records(raw, lambda r: reference_from_raw(r, kind), what=kind)
        return items

    async def list_cities(self) -> list[ReferenceItem]:
        return await self._reference("cities", "city", ("cities",))

    async def list_coliving_types(self) -> list[ReferenceItem]:
        return await self._reference(
            "coliving-types", "coliving_type", ("colivingTypes", "coliving_types", "types")
        )

    async def list_amenities(self) -> list[ReferenceItem]:
        return await self._reference("amenities", "amenity", ("amenities",))

    # ------------------------------------------------------------ webhooks

    async def send_test_webhook(
        self, event: str | None = None, *, idempotency_key: str | None = None
    ) -> dict[str, Any]:
        """Ask the channel to fire a synthetic signed event at the configured webhook URL."""
        body: dict[str, Any] = {} if event is None else {"event": event}
        result = await self._write("POST", "webhooks/test", GROUP_WEBHOOKS, body, idempotency_key)
        return result.body if isinstance(result.body, dict) else {"result": result.body}


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None
