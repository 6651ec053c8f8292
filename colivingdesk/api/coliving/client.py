"""Async client for the Coliving.com Integrations API v1 (https://api.coliving.com/v1).

Auth is ``X-API-Key`` (default) or ``Authorization: Bearer``. The whole API is one budget of 60 requests a
minute, so a client-side sliding window keeps us under it and one ``api`` budget group carries any 429
cooldown.

This channel offers no idempotency key, so its writes are sent exactly once: a create_message that times out
or gets a 5xx raises, and the caller reconciles by reading the conversation back. Availability and rates
bodies are absolute values (setting the same numbers twice is harmless), but they are still sent once; the
outbox may resend.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from datetime import date
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ...domain import Booking, Message
from .._client_base import ChannelClient
from .._http import HttpCore, HttpResult, RetryPolicy
from .._tolerant import parse_records
from ..errors import FieldError, UnexpectedResponse, ValidationError
from ..pagination import Page, walk_pages
from ..ratelimit import Budgets, Clock, RateBudget, Sleep
from . import envelope
from .models import (
    AvailabilityUpdate,
    BookingDetail,
    ColivingMessage,
    HostProfile,
    RatesAccepted,
    RateUpdate,
    booking_summary,
)

DEFAULT_BASE_URL = "https://api.coliving.com/v1"
MAX_PER_PAGE = 100
GROUP = "api"
_PROVIDER = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

AuthStyle = Literal["x-api-key", "bearer"]


def _seg(value: str | int) -> str:
    return quote(str(value), safe="")


def _unexpected(what: str) -> UnexpectedResponse:
    return UnexpectedResponse(f"{envelope.CHANNEL} sent {what}.", channel=envelope.CHANNEL)


class ColivingClient(ChannelClient):
    """One host account on Coliving.com; ``async with ColivingClient(...) as c:`` or ``aclose()``."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str = "",
        provider: str = "mangobeds",
        auth_style: AuthStyle = "x-api-key",
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        requests_per_minute: int | None = 60,
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
            raise ValueError("ColivingClient needs an API key")
        if not _PROVIDER.match(provider):
            raise ValueError(f"not a provider name: {provider!r}")
        if auth_style == "bearer":
            header, value = "Authorization", f"Bearer {api_key}"
        elif auth_style == "x-api-key":
            header, value = "X-API-Key", api_key
        else:
            raise ValueError(f"unknown auth_style {auth_style!r}")
        self.provider = provider
        self.auth_style = auth_style
        self._http = HttpCore(
            base_url,
            channel=envelope.CHANNEL,
            auth_header=header,
            auth_value=value,
            error_parser=envelope.parse_error,
            transport=transport,
            timeout=timeout,
            retry=retry or RetryPolicy(max_attempts=max_attempts, wait_for_cooldown=wait_for_cooldown),
            budgets=budgets,
            requests_per_minute=requests_per_minute or None,
            sleep=sleep,
            clock=clock,
            rng=rng,
        )

    def __repr__(self) -> str:
        return f"ColivingClient(base_url={self._http.base_url!r}, provider={self.provider!r})"

    @property
    def budget(self) -> RateBudget:
        """The account's one budget (60 requests a minute assumed until headers say otherwise)."""
        return self.budgets.get(GROUP) or RateBudget(limit=60)

    # ------------------------------------------------------------ plumbing

    def _integration(self, tail: str) -> str:
        return f"integrations/{_seg(self.provider)}/{tail}"

    async def _get(self, path: str, params: dict[str, Any] | None = None) -> HttpResult:
        return await self._http.request("GET", path, group=GROUP, params=params)

    async def _post(self, path: str, body: Any) -> HttpResult:
        return await self._http.request("POST", path, group=GROUP, json=body)

    @staticmethod
    def _data(result: HttpResult) -> dict[str, Any]:
        body = result.body
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            raise _unexpected("an answer without a 'data' object")
        return body["data"]

    @staticmethod
    def _meta(result: HttpResult) -> dict[str, Any]:
        body = result.body
        meta = body.get("meta") if isinstance(body, dict) else None
        return meta if isinstance(meta, dict) else {}

    def _page(
        self, result: HttpResult, items: list[Any], skipped: tuple[Any, ...], requested: int
    ) -> Page[Any]:
        meta = self._meta(result)
        raw = meta.get("pagination")
        pagination: dict[str, Any] = raw if isinstance(raw, dict) else {}
        current = _int(pagination.get("current_page")) or 1
        return Page(
            items,
            page=current,
            per_page=_int(pagination.get("per_page")) or requested,
            total=_int(pagination.get("total")),
            last_page=_int(pagination.get("last_page")) if pagination else current,
            request_id=meta.get("request_id") if isinstance(meta.get("request_id"), str) else None,
            skipped=skipped,
        )

    # ------------------------------------------------------------ account

    async def save_provider_key(self, provider_api_key: str) -> str:
        """Store the provider's key for this host; returns ``created``, ``updated`` or ``unchanged``."""
        if not provider_api_key.strip():
            raise ValidationError(
                f"{envelope.CHANNEL}: the provider API key is empty.",
                status=0,
                channel=envelope.CHANNEL,
                field_errors=(FieldError(path="provider_api_key", message="Required.", code="required"),),
            )
        result = await self._post(self._integration("provider-key"), {"provider_api_key": provider_api_key})
        status = self._data(result).get("status")
        if not isinstance(status, str):
            raise _unexpected("no data.status for the provider key")
        return status

    async def me(self) -> HostProfile:
        result = await self._get("me")
        return HostProfile.model_validate(self._data(result))

    # ------------------------------------------------------------ inventory

    async def update_availability(self, updates: list[AvailabilityUpdate]) -> str:
        """Set rooms available per listing/room type and date range; returns the server's message."""
        body = {"data": [u.to_body() for u in _non_empty(updates, "data")]}
        result = await self._post(self._integration("availability"), body)
        message = self._data(result).get("message")
        return message if isinstance(message, str) else ""

    async def update_rates(self, updates: list[RateUpdate]) -> RatesAccepted:
        """Send rates. A 200 means "accepted for background processing": queued, not yet applied."""
        body = {"data": [u.to_body() for u in _non_empty(updates, "data")]}
        result = await self._post(self._integration("rates"), body)
        message = self._data(result).get("message")
        request_id = self._meta(result).get("request_id")
        return RatesAccepted(
            message if isinstance(message, str) else "", request_id if isinstance(request_id, str) else None
        )

    # ------------------------------------------------------------ bookings

    async def list_bookings(
        self,
        page: int = 1,
        per_page: int = MAX_PER_PAGE,
        updated_after: str | None = None,
        checkout_after: date | str | None = None,
        listing_id: str | int | None = None,
    ) -> Page[Booking]:
        """One page of ``data.Bookings``; ``updated_after`` is sent verbatim (copy it from a ``version``)."""
        per_page = max(1, min(per_page, MAX_PER_PAGE))
        params = {
            "page": page,
            "per_page": per_page,
            "updated_after": updated_after,
            "checkout_after": checkout_after.isoformat()[:10]
            if isinstance(checkout_after, date)
            else checkout_after,
            "listing_id": listing_id,
        }
        result = await self._get(self._integration("bookings"), params)
        data = self._data(result)
        if "Bookings" not in data or not isinstance(data["Bookings"], list):
            raise _unexpected("a bookings answer without data.Bookings")
        items, skipped = parse_records(
            data["Bookings"], booking_summary, what="booking"
        )
        return self._page(result, items, skipped, per_page)

    async def iter_bookings(
        self,
        updated_after: str | None = None,
        checkout_after: date | str | None = None,
        listing_id: str | int | None = None,
    ) -> AsyncIterator[list[Booking]]:
        async def fetch(page: int) -> Page[Booking]:
            return await self.list_bookings(page, MAX_PER_PAGE, updated_after, checkout_after, listing_id)

        async for items in walk_pages(fetch, page_size=MAX_PER_PAGE):
            yield items

    async def get_booking(self, booking_id: str | int) -> Booking:
        """``data.Booking`` in full: guest, money (exact, in the booking's currency), ``meta.version``."""
        result = await self._get(self._integration(f"bookings/{_seg(booking_id)}"))
        data = self._data(result)
        raw = data.get("Booking")
        if not isinstance(raw, dict):
            raise _unexpected("a booking answer without data.Booking")
        try:
            return BookingDetail.model_validate(raw).to_domain()
        except Exception as err:
            raise _unexpected("a booking that could not be read") from err

    # ------------------------------------------------------------ messages

    async def list_messages(
        self, booking_id: str | int, page: int = 1, per_page: int = MAX_PER_PAGE
    ) -> Page[Message]:
        per_page = max(1, min(per_page, MAX_PER_PAGE))
        result = await self._get(
            f"bookings/{_seg(booking_id)}/messages", {"page": page, "per_page": per_page}
        )
        data = self._data(result)
        raw = data.get("messages")
        if not isinstance(raw, list):
            raise _unexpected("a messages answer without data.messages")
        thread = str(booking_id)
        items, skipped = parse_records(
            raw, lambda r: ColivingMessage.model_validate(r).to_domain(thread), what="message"
        )
        return self._page(result, items, skipped, per_page)

    async def iter_messages(self, booking_id: str | int) -> AsyncIterator[list[Message]]:
        async def fetch(page: int) -> Page[Message]:
            return await self.list_messages(booking_id, page, MAX_PER_PAGE)

        async for items in walk_pages(fetch, page_size=MAX_PER_PAGE):
            yield items

    async def create_message(self, booking_id: str | int, text: str) -> Message:
        """Send a message to the guest (201); sent once, never retried: there is no idempotency key."""
        if not text.strip():
            raise ValidationError(
                f"{envelope.CHANNEL}: the message is empty.",
                status=0,
                channel=envelope.CHANNEL,
                field_errors=(FieldError(path="message.text", message="Required.", code="required"),),
            )
        result = await self._post(f"bookings/{_seg(booking_id)}/messages", {"message": {"text": text}})
        raw = self._data(result).get("message")
        if not isinstance(raw, dict):
            raise _unexpected("no data.message for the created message")
        try:
            return ColivingMessage.model_validate(raw).to_domain(str(booking_id))
        except Exception as err:
            raise _unexpected("a created message that could not be read") from err


def _non_empty(updates: list[Any], path: str) -> list[Any]:
    if not updates:
        raise ValidationError(
            f"{envelope.CHANNEL}: nothing to update.",
            status=0,
            channel=envelope.CHANNEL,
            field_errors=(FieldError(path=path, message="At least one entry is needed.", code="required"),),
        )
    return updates


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None
