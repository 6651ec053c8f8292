"""Coliving.com Integrations API v1, served under ``/coliving/v1``.

Authentication is ``X-API-Key: KEY`` or ``Authorization: Bearer KEY`` (``X-API-Key`` wins when both are sent).
Success bodies are ``{"data": ..., "meta": {"request_id", "pagination"?}}``; errors are
``{"error": {"type", "message", "request_id", "errors": [{"path", "code", "message"}]}}``. Every response also
carries an ``X-Request-Id`` header equal to ``request_id``.

Choices where the document is silent:

* Order of checks: authentication (401), rate limit (429), provider (404 ``unsupported_provider``), body
  parsing, field validation (422, every failing field listed), ownership (403), room types (400), then the
  change. A body that is not JSON is 400 ``validation_error`` "Malformed JSON body." with no ``errors``.
* Rate limit: 60 calls per minute per key over all endpoints, sliding window; the 429 carries the wait both in
  ``errors[0]`` (``path: retry_after``) and in a ``Retry-After`` header.
* provider-key: ``provider_api_key`` must be a string of 8-255 characters without whitespace (422 ``invalid``
  otherwise, ``required`` when missing or empty). Same key as stored: ``unchanged``; no key yet: ``created``;
  a different key: ``updated``; a key stored by another host: 409.
* availability/rates: ``data`` must be a non-empty array; ids may be integers or digit strings; ``available``
  an integer >= 0; dates ``YYYY-MM-DD`` with ``end_date >= start_date``; ``base_price`` a number >= 0;
  ``currency`` an upper-case ISO 4217 code from a known list (422 ``data.N.currency`` otherwise);
  ``price_jan``...``price_dec`` null or a number >= 0. A listing that is unknown or not the host's is 403
  (availability lists them as ``unauthorized_listing_ids.N``; rates answers ``errors: []`` as in its sample).
  An accepted rate update is queued and applied to the room type by a background step
  ``rates_apply_seconds`` later (visible at ``GET /_admin/coliving/rates``).
* Bookings feed: ordered by ``version`` (updated_at) then ``booking_id``. ``updated_after`` is INCLUSIVE
  (``version >= updated_after``; a bare date means 00:00:00 server-local), so the booking whose version is the
  cursor comes back once more: clients de-duplicate. ``checkout_after`` is inclusive too
  (``checkout_at >= checkout_after``) so stays ending today are still listed. ``page``/``per_page`` outside
  their ranges are 422 (not clamped). An empty page has ``from``/``to`` null and ``last_page`` 1.
  ``listing_id`` that is unknown or not the host's is 404.
* Booking detail: unknown or another host's booking is 404 (as documented). ``room_id`` and
  ``pricing.total_local`` are always null; ``guests`` is always one guest in one room.
* Booking messages: an unknown booking is 404, another host's booking 403. Messages carry an extra
  ``created_at`` (ISO 8601 UTC), the documented sort key. ``message.text`` is required, at most 5,000
  characters (422 ``max``). Cancelled bookings are closed conversations: creating a message there is 409
  ``conflict``. Sending a message does not change the booking or its ``version``. The created message has
  ``sender: "host"``, ``sender_name`` the listing's name and ``is_seen: false``.
* ``version`` is the booking's ``updated_at`` in server-local time (UTC+01:00); every booking change moves it
  forward by at least one second.
"""

from __future__ import annotations

import json
import math
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .config import SandboxConfig
from .data import SERVER_LOCAL_TZ, Booking, BookingMessage, Host, RateUpdate, SandboxState
from .ratelimit import SlidingWindowLimiter

PREFIX = "/coliving/v1"
PROVIDERS = ("mangobeds",)
MAX_TEXT = 5000
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
CURRENCIES = frozenset(
    (
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "ISK",
        "CAD",
        "AUD",
        "NZD",
        "JPY",
        "CNY",
        "HKD",
        "SGD",
        "INR",
        "IDR",
        "THB",
        "MYR",
        "PHP",
        "VND",
        "KRW",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "ZAR",
        "MAD",
        "AED",
        "ILS",
        "TRY",
    )
)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$")

Result = tuple[int, Any]
Handler = Callable[[Request, Host, str], Awaitable[Result]]


def _zulu(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ColivingError(Exception):
    """An error answer in the Coliving.com envelope."""

    def __init__(
        self,
        status: int,
        kind: str,
        message: str,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message
        self.errors = errors or []
        self.headers = headers or {}


def field_error(path: str, code: str, message: str) -> dict[str, str]:
    return {"path": path, "code": code, "message": message}


def validation_failed(errors: list[dict[str, str]]) -> ColivingError:
    return ColivingError(422, "validation_error", "Validation failed", errors)


def _is_id(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return (isinstance(value, int) and value > 0) or (isinstance(value, str) and value.isdigit())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _valid_date(value: Any) -> date | None:
    if not isinstance(value, str) or not DATE_RE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def pagination(total: int, page: int, per_page: int, shown: int) -> dict[str, Any]:
    first = (page - 1) * per_page
    return {
        "current_page": page,
        "per_page": per_page,
        "total": total,
        "last_page": max(1, math.ceil(total / per_page)),
        "from": first + 1 if shown else None,
        "to": first + shown if shown else None,
    }


class ColivingApi:
    """Routes and rules of the Coliving.com fake."""

    def __init__(self, state: SandboxState, config: SandboxConfig, limiter: SlidingWindowLimiter) -> None:
        self.state = state
        self.per_minute = config.coliving_per_minute
        self.limiter = limiter

    def routes(self) -> list[Route]:
        table: list[tuple[str, str, Handler]] = [
            ("/me", "GET", self.me),
            ("/integrations/{provider}/provider-key", "POST", self.provider_key),
            ("/integrations/{provider}/availability", "POST", self.availability),
            ("/integrations/{provider}/rates", "POST", self.rates),
            ("/integrations/{provider}/bookings", "GET", self.bookings),
            ("/integrations/{provider}/bookings/{id}", "GET", self.booking),
            ("/bookings/{booking_id}/messages", "GET", self.messages),
            ("/bookings/{booking_id}/messages", "POST", self.create_message),
        ]
        grouped: dict[str, dict[str, Handler]] = {}
        for path, method, handler in table:
            grouped.setdefault(path, {})[method] = handler
        return [
            Route(PREFIX + p, self._endpoint(handlers), methods=list(handlers))
            for p, handlers in grouped.items()
        ]

    def _endpoint(self, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self._serve(request, handlers[request.method])

        return endpoint

    async def _serve(self, request: Request, handler: Handler) -> Response:
        request_id = "req_" + secrets.token_hex(8)
        headers = {"X-Request-Id": request_id}
        try:
            host = self._authenticate(request)
            verdict = self.limiter.check(host.api_key, "all", self.per_minute)
            if not verdict.allowed:
                wait = str(verdict.retry_after)
                raise ColivingError(
                    429,
                    "rate_limit_error",
                    "Rate limit exceeded.",
                    [field_error("retry_after", "rate_limited", wait)],
                    {"Retry-After": wait},
                )
            provider = request.path_params.get("provider")
            if provider is not None and provider not in PROVIDERS:
                raise ColivingError(404, "unsupported_provider", "Unsupported integration provider.")
            status, data = await handler(request, host, request_id)
            meta: dict[str, Any] = {"request_id": request_id}
            if isinstance(data, tuple):
                data, meta["pagination"] = data
            payload: dict[str, Any] = {"data": data, "meta": meta}
        except ColivingError as exc:
            status = exc.status
            headers |= exc.headers
            payload = {
                "error": {
                    "type": exc.kind,
                    "message": exc.message,
                    "request_id": request_id,
                    "errors": exc.errors,
                }
            }
        except Exception:
            status = 500
            payload = {
                "error": {
                    "type": "internal_error",
                    "message": "An unexpected error occurred.",
                    "request_id": request_id,
                    "errors": [],
                }
            }
        return Response(
            json.dumps(payload, ensure_ascii=False), status, headers=headers, media_type="application/json"
        )

    def _authenticate(self, request: Request) -> Host:
        key = request.headers.get("x-api-key")
        if not key:
            auth = request.headers.get("authorization", "")
            scheme, _, token = auth.partition(" ")
            key = token.strip() if scheme.lower() == "bearer" else ""
        host = self.state.host_by_key.get(key or "")
        if host is None:
            raise ColivingError(401, "auth_error", "Invalid API key")
        return host

    @staticmethod
    async def _body(request: Request) -> dict[str, Any]:
        raw = await request.body()
        try:
            value = json.loads(raw) if raw.strip() else {}
        except ValueError as exc:
            raise ColivingError(400, "validation_error", "Malformed JSON body.") from exc
        if not isinstance(value, dict):
            raise ColivingError(400, "validation_error", "Malformed JSON body.")
        return value

    @staticmethod
    def _page_params(request: Request) -> tuple[int, int]:
        errors = []
        values = {}
        for name, default, upper in (("page", 1, None), ("per_page", 50, 100)):
            raw = request.query_params.get(name)
            if raw is None or raw == "":
                values[name] = default
                continue
            if not raw.isdigit() or int(raw) < 1 or (upper is not None and int(raw) > upper):
                bound = f"between 1 and {upper}" if upper else "at least 1"
                errors.append(field_error(name, "invalid", f"The {name} must be an integer {bound}."))
            else:
                values[name] = int(raw)
        if errors:
            raise validation_failed(errors)
        return values["page"], values["per_page"]

    # ------------------------------------------------------------------ account
    async def me(self, request: Request, host: Host, request_id: str) -> Result:
        return 200, {
            "name": host.name,
            "email": host.email,
            "created_at": _zulu(host.created_at),
            "last_login_at": _zulu(host.last_login_at),
        }

    async def provider_key(self, request: Request, host: Host, request_id: str) -> Result:
        body = await self._body(request)
        value = body.get("provider_api_key")
        if value is None or value == "":
            raise validation_failed(
                [field_error("provider_api_key", "required", "The provider_api_key field is required.")]
            )
        if not isinstance(value, str) or not 8 <= len(value) <= 255 or re.search(r"\s", value):
            raise validation_failed(
                [field_error("provider_api_key", "invalid", "The provider_api_key must be a valid API key.")]
            )
        with self.state.lock:
            if any(other.provider_key == value for other in self.state.hosts.values() if other.id != host.id):
                raise ColivingError(
                    409, "conflict", "This provider API key is already used by another account."
                )
            status = (
                "unchanged"
                if host.provider_key == value
                else "created"
                if host.provider_key is None
                else "updated"
            )
            host.provider_key = value
        return 200, {"status": status, "message": "Provider API key saved successfully"}

    # ------------------------------------------------------------------ inventory
    def _items(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        items = body.get("data")
        if not isinstance(items, list) or not items:
            raise validation_failed([field_error("data", "required", "The data field is required.")])
        errors = []
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                errors.append(field_error(f"data.{n}", "invalid", f"The data.{n} must be an object."))
                continue
            for name in ("listing_id", "room_type_id"):
                if item.get(name) is None:
                    errors.append(
                        field_error(f"data.{n}.{name}", "required", f"The data.{n}.{name} field is required.")
                    )
                elif not _is_id(item[name]):
                    errors.append(
                        field_error(f"data.{n}.{name}", "invalid", f"The data.{n}.{name} must be an id.")
                    )
        if errors:
            raise validation_failed(errors)
        return items

    def _check_access(self, host: Host, items: list[dict[str, Any]], *, list_ids: bool) -> None:
        bad: list[str] = []
        for item in items:
            listing = self.state.listings.get(int(item["listing_id"]))
            if (listing is None or listing.user_id != host.id) and str(item["listing_id"]) not in bad:
                bad.append(str(item["listing_id"]))
        if bad:
            errors = [
                field_error(f"unauthorized_listing_ids.{n}", "forbidden", lid) for n, lid in enumerate(bad)
            ]
            raise ColivingError(
                403, "forbidden", "Unauthorized access to listings", errors if list_ids else []
            )
        invalid = []
        for item in items:
            listing = self.state.listings[int(item["listing_id"])]
            if int(item["room_type_id"]) not in listing.room_types:
                invalid.append(
                    {
                        "listing_id": str(item["listing_id"]),
                        "room_type_id": str(item["room_type_id"]),
                        "reason": "Room type not found or does not belong to listing",
                    }
                )
        if invalid:
            raise ColivingError(
                400,
                "validation_error",
                "Invalid room types for listings.",
                [field_error("invalid_room_types", "invalid", json.dumps(invalid, separators=(",", ":")))],
            )

    async def availability(self, request: Request, host: Host, request_id: str) -> Result:
        items = self._items(await self._body(request))
        errors = []
        for n, item in enumerate(items):
            available = item.get("available")
            if available is None:
                errors.append(
                    field_error(
                        f"data.{n}.available", "required", f"The data.{n}.available field is required."
                    )
                )
            elif not isinstance(available, int) or isinstance(available, bool) or available < 0:
                errors.append(
                    field_error(
                        f"data.{n}.available",
                        "invalid",
                        f"The data.{n}.available must be an integer of at least 0.",
                    )
                )
            dates = {}
            for name in ("start_date", "end_date"):
                if item.get(name) is not None:
                    dates[name] = _valid_date(item[name])
                    if dates[name] is None:
                        errors.append(
                            field_error(
                                f"data.{n}.{name}", "date_format", f"The data.{n}.{name} must match Y-m-d."
                            )
                        )
            start, end = dates.get("start_date"), dates.get("end_date")
            if start and end and end < start:
                errors.append(
                    field_error(
                        f"data.{n}.end_date",
                        "after_or_equal",
                        f"The data.{n}.end_date must be on or after start_date.",
                    )
                )
        if errors:
            raise validation_failed(errors)
        with self.state.lock:
            self._check_access(host, items, list_ids=True)
            for item in items:
                room = self.state.listings[int(item["listing_id"])].room_types[int(item["room_type_id"])]
                room.availability.append(
                    {
                        "available": item["available"],
                        "start_date": item.get("start_date"),
                        "end_date": item.get("end_date"),
                    }
                )
        return 200, {"message": "Availability updated successfully"}

    async def rates(self, request: Request, host: Host, request_id: str) -> Result:
        items = self._items(await self._body(request))
        errors = []
        for n, item in enumerate(items):
            price = item.get("base_price")
            if price is None:
                errors.append(
                    field_error(
                        f"data.{n}.base_price", "required", f"The data.{n}.base_price field is required."
                    )
                )
            elif not _is_number(price):
                errors.append(
                    field_error(f"data.{n}.base_price", "invalid", "The base_price must be a number.")
                )
            elif price < 0:
                errors.append(
                    field_error(f"data.{n}.base_price", "invalid", "The base_price must be at least 0.")
                )
            currency = item.get("currency")
            if currency is not None and currency not in CURRENCIES:
                errors.append(
                    field_error(
                        f"data.{n}.currency",
                        "invalid",
                        "The currency must be a valid ISO 4217 currency code.",
                    )
                )
            for month in MONTHS:
                value = item.get(f"price_{month}")
                if value is not None and (not _is_number(value) or value < 0):
                    errors.append(
                        field_error(
                            f"data.{n}.price_{month}", "invalid", f"The price_{month} must be at least 0."
                        )
                    )
        if errors:
            raise validation_failed(errors)
        with self.state.lock:
            self._check_access(host, items, list_ids=False)
            kept = ("listing_id", "room_type_id", "base_price", "currency", *(f"price_{m}" for m in MONTHS))
            update = RateUpdate(
                id=len(self.state.rate_updates) + 1,
                host_id=host.id,
                items=[{k: item[k] for k in kept if k in item} for item in items],
                accepted_at=time.time(),
            )
            self.state.rate_updates.append(update)
        return 200, {"message": "Rates update accepted for background processing"}

    # ------------------------------------------------------------------ bookings
    async def bookings(self, request: Request, host: Host, request_id: str) -> Result:
        query = request.query_params
        errors = []
        updated_after: datetime | None = None
        checkout_after: date | None = None
        raw_updated = query.get("updated_after")
        if raw_updated:
            try:
                if not DATETIME_RE.match(raw_updated):
                    raise ValueError(raw_updated)
                local = datetime.fromisoformat(
                    raw_updated if " " in raw_updated else raw_updated + " 00:00:00"
                )
                updated_after = local.replace(tzinfo=SERVER_LOCAL_TZ).astimezone(UTC)
            except ValueError:
                errors.append(
                    field_error(
                        "updated_after",
                        "date_format",
                        "The updated_after does not match the format Y-m-d H:i:s.",
                    )
                )
        raw_checkout = query.get("checkout_after")
        if raw_checkout:
            checkout_after = _valid_date(raw_checkout)
            if checkout_after is None:
                errors.append(
                    field_error(
                        "checkout_after", "date_format", "The checkout_after does not match the format Y-m-d."
                    )
                )
        try:
            page, per_page = self._page_params(request)
        except ColivingError as exc:
            errors.extend(exc.errors)
        if errors:
            raise validation_failed(errors)
        listing_id: int | None = None
        raw_listing = query.get("listing_id")
        if raw_listing:
            listing = self.state.listings.get(int(raw_listing)) if raw_listing.isdigit() else None
            if listing is None or listing.user_id != host.id:
                raise ColivingError(404, "not_found", "Listing not found or unauthorized.")
            listing_id = listing.id

        def build() -> list[Booking]:
            found = [
                b
                for b in self.state.bookings.values()
                if b.host_id == host.id
                and (listing_id is None or b.listing_id == listing_id)
                and (updated_after is None or b.updated_at >= updated_after)
                and (checkout_after is None or b.checkout >= checkout_after)
            ]
            found.sort(key=lambda b: (b.updated_at, b.booking_id))
            return found

        with self.state.lock:
            matched = self.state.feed((host.id, listing_id, updated_after, checkout_after), build)
            chunk = matched[(page - 1) * per_page : page * per_page]
            rendered = [b.summary() for b in chunk]
        return 200, ({"Bookings": rendered}, pagination(len(matched), page, per_page, len(rendered)))

    def _booking(self, raw_id: str) -> Booking | None:
        return self.state.bookings.get(int(raw_id)) if raw_id.isdigit() else None

    async def booking(self, request: Request, host: Host, request_id: str) -> Result:
        booking = self._booking(request.path_params["id"])
        if booking is None or booking.host_id != host.id:
            raise ColivingError(404, "not_found", "Booking not found or unauthorized")
        with self.state.lock:
            return 200, {"Booking": booking.detail()}

    def _conversation(self, host: Host, raw_id: str) -> Booking:
        booking = self._booking(raw_id)
        if booking is None:
            raise ColivingError(404, "not_found", "Booking or conversation not found.")
        if booking.host_id != host.id:
            raise ColivingError(403, "forbidden", "You do not have access to this booking.")
        return booking

    async def messages(self, request: Request, host: Host, request_id: str) -> Result:
        booking = self._conversation(host, request.path_params["booking_id"])
        page, per_page = self._page_params(request)
        with self.state.lock:
            ordered = sorted(self.state.booking_messages(booking), key=lambda m: (m.created_at, m.id))
            chunk = [m.render() for m in ordered[(page - 1) * per_page : page * per_page]]
        return 200, ({"messages": chunk}, pagination(len(ordered), page, per_page, len(chunk)))

    async def create_message(self, request: Request, host: Host, request_id: str) -> Result:
        booking = self._conversation(host, request.path_params["booking_id"])
        body = await self._body(request)
        message = body.get("message")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise validation_failed(
                [field_error("message.text", "required", "The message.text field is required.")]
            )
        if len(text) > MAX_TEXT:
            raise validation_failed(
                [
                    field_error(
                        "message.text",
                        "max",
                        f"The message.text may not be greater than {MAX_TEXT} characters.",
                    )
                ]
            )
        if booking.status == "cancelled":
            raise ColivingError(409, "conflict", "This conversation is closed.")
        with self.state.lock:
            listing = self.state.listings.get(booking.listing_id)
            created = BookingMessage(
                id=self.state.new_booking_message_id(),
                sender="host",
                sender_name=listing.name if listing else host.name,
                text=text,
                is_seen=False,
                created_at=datetime.now(UTC).replace(microsecond=0),
            )
            self.state.booking_messages(booking).append(created)
        return 201, {"message": created.render()}
