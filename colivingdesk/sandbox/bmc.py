"""BookMyColiving partner API v1, served under ``/bmc/api/v1``.

Every call is authenticated by ``x-api-key``; a missing or unknown key is 401 (without rate-limit headers, as
no budget is known). Every authenticated response, errors and 429 included, carries ``X-RateLimit-Limit``,
``-Remaining`` and ``-Reset``; a 429 also carries ``Retry-After`` (seconds). Errors are
``{"error": "Human-readable message"}``.

Choices where the document is silent:

* Lists: ``{data, pagination: {page, limit, total, totalPages}}``; ``limit`` defaults to 20 (as in the
  document's sample) and 100 on the reference lists; above 100 it is clamped to 100 and the envelope reports
  ``limit: 100``; a non-integer or < 1 ``page``/``limit`` is 400. ``totalPages`` is 0 when ``total`` is 0.
  Properties are ordered by ``createdAt`` then ``id``; leads by ``createdAt`` then ``id`` (oldest first, so a
  ``since`` poll reads forward); conversations newest ``lastMessageAt`` first; a conversation's messages
  oldest first. The reference endpoints use the same envelope.
* POST /properties answers 201 with the property (``PENDING_REVIEW``); with an ``externalId`` the operator
  already uses it answers 200 with the existing property plus ``"reused": true``. An explicit ``slug`` already
  used by any property is 409; otherwise the slug is derived from ``name`` and made unique.
* Validation (400): ``name`` non-empty string; ``cityId`` from /cities; ``amenities`` slugs from /amenities;
  ``colivingTypeIds`` from /coliving-types; ``contactEmail`` contains ``@``; ``roomOptions`` a list of
  ``{type: string, priceMonthly: integer cents >= 0}`` (unknown ``type`` values are kept as sent); ``photos``
  ``[{url: http(s) URL}]``. Optional fields default to empty.
* PUT replaces every editable field (same validation as POST); ``externalId`` and ``photos`` are kept when
  omitted. On ``APPROVED`` it sets ``reReviewPending: true`` and the listing stays ``APPROVED``; other
  statuses are unchanged. An ``externalId`` used by another of the operator's properties is 409.
* POST /submit from any status but ``DRAFT``/``REJECTED`` is 409; /unpublish from anything but ``APPROVED`` is
  409 (it also clears ``reReviewPending``). ``adminNotes`` stays until an admin approves.
* DELETE answers 200 ``{"id", "deleted": true}`` and also removes the property's leads and conversations.
* Someone else's property, lead or conversation is 403; an unknown one is 404. GET never changes state
  (reading a conversation does not reset ``unreadCount``; replying does).
* POST /messages/:threadId needs an existing conversation and an owned ``propertyId``; ``content`` must be a
  non-empty string of at most 5,000 characters; answers 201 with the message.
* ``dateFrom``/``dateTo`` filter conversations by ``lastMessageAt``; both inclusive; a bare date in ``dateTo``
  covers the whole day. ``since`` is inclusive. Dates without a zone are UTC.
* POST /webhooks/test delivers synchronously and answers 200 ``{delivered, status, event}`` (``error`` added
  when the receiver could not be reached); 400 if ``event`` is not a known event or no URL is configured.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .config import SandboxConfig
from .data import Operator, Property, SandboxState, iso_ms, slugify, utcnow
from .idempotency import CachedResponse, IdempotencyStore
from .ratelimit import SlidingWindowLimiter, bmc_group
from .webhooks import EVENTS, WebhookDispatcher

log = logging.getLogger(__name__)
PREFIX = "/bmc/api/v1"
MAX_MESSAGE_CHARS = 5000
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")

Result = tuple[int, Any]
Handler = Callable[[Request, Operator, bytes], Awaitable[Result]]


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _dump(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


def _json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(_dump(payload), status, headers=headers, media_type="application/json")


def json_body(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, "Request body must be valid JSON") from exc
    if not isinstance(value, dict):
        raise ApiError(400, "Request body must be a JSON object")
    return value


def parse_when(value: str, name: str, *, end_of_day: bool = False) -> datetime:
    """ISO 8601 date or date-time; naive values are UTC."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            moment = datetime.fromisoformat(value).replace(tzinfo=UTC)
            return moment + timedelta(days=1, microseconds=-1) if end_of_day else moment
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ApiError(400, f"{name} must be an ISO 8601 date or date-time") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def paginate(
    request: Request, items: list[Any], render: Callable[[Any], Any], default_limit: int = 20
) -> Result:
    def number(name: str, default: int) -> int:
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            return default
        if not raw.isdigit() or int(raw) < 1:
            raise ApiError(400, f"{name} must be a positive integer")
        return int(raw)

    page, limit = number("page", 1), min(100, number("limit", default_limit))
    total = len(items)
    chunk = items[(page - 1) * limit : page * limit]
    return 200, {
        "data": [render(item) for item in chunk],
        "pagination": {"page": page, "limit": limit, "total": total, "totalPages": math.ceil(total / limit)},
    }


class BmcApi:
    """Routes and rules of the BookMyColiving fake."""

    def __init__(
        self,
        state: SandboxState,
        config: SandboxConfig,
        limiter: SlidingWindowLimiter,
        idempotency: IdempotencyStore,
        webhooks: WebhookDispatcher,
    ) -> None:
        self.state = state
        self.limits = config.bmc_limits()
        self.limiter = limiter
        self.idempotency = idempotency
        self.webhooks = webhooks

    # ------------------------------------------------------------------ plumbing
    def routes(self) -> list[Route]:
        table: list[tuple[str, str, Handler]] = [
            ("/properties", "GET", self.list_properties),
            ("/properties", "POST", self.create_property),
            ("/properties/{id}", "GET", self.get_property),
            ("/properties/{id}", "PUT", self.replace_property),
            ("/properties/{id}", "DELETE", self.delete_property),
            ("/properties/{id}/submit", "POST", self.submit_property),
            ("/properties/{id}/unpublish", "POST", self.unpublish_property),
            ("/properties/{id}/photos", "POST", self.add_photos),
            ("/leads", "GET", self.list_leads),
            ("/leads/{id}", "GET", self.get_lead),
            ("/messages", "GET", self.list_conversations),
            ("/messages/{thread_id}", "GET", self.get_conversation),
            ("/messages/{thread_id}", "POST", self.reply),
            ("/cities", "GET", self.cities),
            ("/coliving-types", "GET", self.coliving_types),
            ("/amenities", "GET", self.amenities),
            ("/webhooks/test", "POST", self.webhook_test),
        ]
        grouped: dict[str, dict[str, Handler]] = {}
        for path, method, handler in table:
            grouped.setdefault(path, {})[method] = handler
        return [
            Route(PREFIX + path, self._endpoint(handlers), methods=list(handlers))
            for path, handlers in grouped.items()
        ]

    def _endpoint(self, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self._serve(request, handlers[request.method])

        return endpoint

    async def _serve(self, request: Request, handler: Handler) -> Response:
        key = request.headers.get("x-api-key", "")
        operator = self.state.operator_by_key.get(key)
        if operator is None:
            return _json_response(401, {"error": "Missing or invalid API key"})
        group = bmc_group(request.method, request.url.path[len(PREFIX) :])
        verdict = self.limiter.check(key, group, self.limits[group])
        headers = verdict.headers()
        if not verdict.allowed:
            return _json_response(
                429,
                {"error": f"Rate limit exceeded: {verdict.limit} calls per hour for this endpoint"},
                headers | {"Retry-After": str(verdict.retry_after)},
            )
        raw = await request.body()
        idem_key = request.headers.get("idempotency-key") if request.method in WRITE_METHODS else None
        fingerprint = ""
        if idem_key:
            fingerprint = IdempotencyStore.fingerprint(request.method, request.url.path, raw)
            found = self.idempotency.lookup(key, idem_key, fingerprint)
            if isinstance(found, CachedResponse):
                replay = dict(found.headers) | headers | {"Idempotent-Replayed": "true"}
                return Response(found.body, found.status, headers=replay, media_type="application/json")
            if found == "conflict":
                return _json_response(
                    409, {"error": "Idempotency-Key was already used with a different request"}, headers
                )
        try:
            status, payload = await handler(request, operator, raw)
        except ApiError as exc:
            status, payload = exc.status, {"error": exc.message}
        except Exception:
            log.exception("BookMyColiving handler failed")
            if idem_key:
                self.idempotency.release(key, idem_key)
            return _json_response(500, {"error": "Internal server error"}, headers)
        body = _dump(payload)
        if idem_key:
            self.idempotency.store(key, idem_key, fingerprint, status, body, {})
        return Response(body, status, headers=headers, media_type="application/json")

    def _owned_property(self, operator: Operator, property_id: str) -> Property:
        prop = self.state.properties.get(property_id)
        if prop is None:
            raise ApiError(404, f"Property {property_id} not found")
        if prop.operator_id != operator.id:
            raise ApiError(403, "API key doesn't own this property")
        return prop

    # ------------------------------------------------------------------ validation
    def _validated(self, body: dict[str, Any]) -> dict[str, Any]:
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ApiError(400, "name is required")
        city_id = body.get("cityId")
        if city_id not in {city["id"] for city in self.state.cities}:
            raise ApiError(400, "cityId must be an id from /cities")

        def str_list(field: str, allowed: set[str]) -> list[str]:
            value = body.get(field, [])
            if value is None:
                return []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ApiError(400, f"{field} must be an array of strings")
            unknown = [v for v in value if v not in allowed]
            if unknown:
                raise ApiError(400, f"{field} contains unknown values: {', '.join(unknown)}")
            return list(value)

        amenities = str_list("amenities", {a["slug"] for a in self.state.amenities})
        type_ids = str_list("colivingTypeIds", {t["id"] for t in self.state.coliving_types})
        email = body.get("contactEmail", "")
        if email is None:
            email = ""
        if not isinstance(email, str) or (email and "@" not in email):
            raise ApiError(400, "contactEmail must be an email address")
        options = body.get("roomOptions", []) or []
        if not isinstance(options, list):
            raise ApiError(400, "roomOptions must be an array")
        for n, option in enumerate(options):
            if not isinstance(option, dict) or not isinstance(option.get("type"), str):
                raise ApiError(400, f"roomOptions[{n}].type is required")
            price = option.get("priceMonthly")
            if not isinstance(price, int) or isinstance(price, bool) or price < 0:
                raise ApiError(
                    400, f"roomOptions[{n}].priceMonthly must be a non-negative integer (USD cents)"
                )
        for field in ("description", "address", "externalId", "slug"):
            if body.get(field) is not None and not isinstance(body[field], str):
                raise ApiError(400, f"{field} must be a string")
        photos = self._photos(body["photos"]) if body.get("photos") is not None else None
        return {
            "name": name.strip(),
            "description": body.get("description") or "",
            "city_id": city_id,
            "address": body.get("address") or "",
            "amenities": amenities,
            "contact_email": email,
            "coliving_type_ids": type_ids,
            "room_options": [dict(option) for option in options],
            "photos": photos,
            "external_id": body.get("externalId"),
            "slug": body.get("slug"),
        }

    @staticmethod
    def _photos(value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not value:
            raise ApiError(400, "photos must be a non-empty array of { url }")
        for n, photo in enumerate(value):
            url = photo.get("url") if isinstance(photo, dict) else None
            if not isinstance(url, str) or not re.match(r"https?://\S+$", url):
                raise ApiError(400, f"photos[{n}].url must be an http(s) URL")
        return [dict(photo) for photo in value]

    def _unique_slug(self, base: str) -> str:
        taken = {p.slug for p in self.state.properties.values()}
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    # ------------------------------------------------------------------ properties
    async def list_properties(self, request: Request, operator: Operator, raw: bytes) -> Result:
        external_id = request.query_params.get("externalId")
        with self.state.lock:
            items = [
                p
                for p in self.state.properties.values()
                if p.operator_id == operator.id and (external_id is None or p.external_id == external_id)
            ]
        items.sort(key=lambda p: (p.created_at, p.id))
        return paginate(request, items, Property.render)

    async def create_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        fields = self._validated(json_body(raw))
        with self.state.lock:
            if fields["external_id"]:
                for existing in self.state.properties.values():
                    if existing.operator_id == operator.id and existing.external_id == fields["external_id"]:
                        return 200, existing.render() | {"reused": True}
            if fields["slug"]:
                if any(p.slug == fields["slug"] for p in self.state.properties.values()):
                    raise ApiError(409, f"A property with slug '{fields['slug']}' already exists")
                slug = fields["slug"]
            else:
                slug = self._unique_slug(slugify(fields["name"]))
            now = utcnow()
            pid = self.state.next_id("prop")
            photos = [
                {**photo, "position": n, "addedAt": iso_ms(now)}
                for n, photo in enumerate(fields["photos"] or [], 1)
            ]
            prop = Property(
                id=pid,
                operator_id=operator.id,
                name=fields["name"],
                slug=slug,
                description=fields["description"],
                city_id=fields["city_id"],
                address=fields["address"],
                amenities=fields["amenities"],
                contact_email=fields["contact_email"],
                coliving_type_ids=fields["coliving_type_ids"],
                room_options=fields["room_options"],
                photos=photos,
                external_id=fields["external_id"],
                status="PENDING_REVIEW",
                admin_notes=None,
                re_review_pending=False,
                created_at=now,
                updated_at=now,
            )
            self.state.add_property(prop)
            rendered = prop.render()
        self.state.emit(operator.id, "property.created", rendered)
        return 201, rendered

    async def get_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        return 200, self._owned_property(operator, request.path_params["id"]).render()

    async def replace_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        prop = self._owned_property(operator, request.path_params["id"])
        fields = self._validated(json_body(raw))
        with self.state.lock:
            external_id = fields["external_id"]
            if external_id and any(
                p.operator_id == operator.id and p.external_id == external_id and p.id != prop.id
                for p in self.state.properties.values()
            ):
                raise ApiError(409, f"externalId '{external_id}' is already used by another property")
            if fields["slug"] and fields["slug"] != prop.slug:
                if any(p.slug == fields["slug"] for p in self.state.properties.values()):
                    raise ApiError(409, f"A property with slug '{fields['slug']}' already exists")
                prop.slug = fields["slug"]
            now = utcnow()
            prop.name, prop.description = fields["name"], fields["description"]
            prop.city_id, prop.address = fields["city_id"], fields["address"]
            prop.amenities, prop.contact_email = fields["amenities"], fields["contact_email"]
            prop.coliving_type_ids, prop.room_options = fields["coliving_type_ids"], fields["room_options"]
            if external_id is not None:
                prop.external_id = external_id
            if fields["photos"] is not None:
                prop.photos = [
                    {**photo, "position": n, "addedAt": iso_ms(now)}
                    for n, photo in enumerate(fields["photos"], 1)
                ]
            if prop.status == "APPROVED":
                prop.re_review_pending = True
            prop.updated_at = now
            rendered = prop.render()
        self.state.emit(operator.id, "property.updated", rendered)
        return 200, rendered

    async def delete_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        prop = self._owned_property(operator, request.path_params["id"])
        with self.state.lock:
            rendered = prop.render()
            del self.state.properties[prop.id]
            for lead_id in [lead.id for lead in self.state.lead_order if lead.property_id == prop.id]:
                del self.state.leads[lead_id]
            self.state.lead_order = [lead for lead in self.state.lead_order if lead.property_id != prop.id]
            for key in [k for k, t in self.state.threads.items() if t.property_id == prop.id]:
                del self.state.threads[key]
        self.state.emit(operator.id, "property.deleted", rendered)
        return 200, {"id": prop.id, "deleted": True}

    async def submit_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        prop = self._owned_property(operator, request.path_params["id"])
        with self.state.lock:
            if prop.status not in ("DRAFT", "REJECTED"):
                raise ApiError(
                    409, f"Only DRAFT or REJECTED properties can be submitted (status is {prop.status})"
                )
            prop.status = "PENDING_REVIEW"
            prop.updated_at = utcnow()
            rendered = prop.render()
        self.state.emit(operator.id, "property.updated", rendered)
        return 200, rendered

    async def unpublish_property(self, request: Request, operator: Operator, raw: bytes) -> Result:
        prop = self._owned_property(operator, request.path_params["id"])
        with self.state.lock:
            if prop.status != "APPROVED":
                raise ApiError(409, f"Only APPROVED properties can be unpublished (status is {prop.status})")
            prop.status = "DRAFT"
            prop.re_review_pending = False
            prop.updated_at = utcnow()
            rendered = prop.render()
        self.state.emit(operator.id, "property.updated", rendered)
        return 200, rendered

    async def add_photos(self, request: Request, operator: Operator, raw: bytes) -> Result:
        prop = self._owned_property(operator, request.path_params["id"])
        photos = self._photos(json_body(raw).get("photos"))
        with self.state.lock:
            now = utcnow()
            start = len(prop.photos)
            for n, photo in enumerate(photos, start + 1):
                prop.photos.append({**photo, "position": n, "addedAt": iso_ms(now)})
            prop.updated_at = now
            rendered = prop.render()
        self.state.emit(operator.id, "property.updated", rendered)
        return 200, rendered

    # ------------------------------------------------------------------ leads
    async def list_leads(self, request: Request, operator: Operator, raw: bytes) -> Result:
        property_id = request.query_params.get("propertyId")
        if property_id:
            self._owned_property(operator, property_id)
        since_raw = request.query_params.get("since")
        since = parse_when(since_raw, "since") if since_raw else None
        with self.state.lock:
            owned = {p.id for p in self.state.properties.values() if p.operator_id == operator.id}
            items = [
                lead
                for lead in self.state.lead_order
                if lead.property_id in owned
                and (property_id is None or lead.property_id == property_id)
                and (since is None or lead.created_at >= since)
            ]
        return paginate(request, items, lambda lead: lead.render())

    async def get_lead(self, request: Request, operator: Operator, raw: bytes) -> Result:
        lead = self.state.leads.get(request.path_params["id"])
        if lead is None:
            raise ApiError(404, f"Lead {request.path_params['id']} not found")
        prop = self.state.properties.get(lead.property_id)
        if prop is None or prop.operator_id != operator.id:
            raise ApiError(403, "API key doesn't own this lead's property")
        return 200, lead.render()

    # ------------------------------------------------------------------ messages
    async def list_conversations(self, request: Request, operator: Operator, raw: bytes) -> Result:
        query = request.query_params
        property_id = query.get("propertyId")
        if property_id:
            self._owned_property(operator, property_id)
        date_from = parse_when(query["dateFrom"], "dateFrom") if query.get("dateFrom") else None
        date_to = parse_when(query["dateTo"], "dateTo", end_of_day=True) if query.get("dateTo") else None
        with self.state.lock:
            items = [
                t
                for t in self.state.threads.values()
                if t.operator_id == operator.id
                and t.messages
                and (property_id is None or t.property_id == property_id)
                and (date_from is None or t.last_message_at >= date_from)
                and (date_to is None or t.last_message_at <= date_to)
            ]
            items.sort(key=lambda t: (t.last_message_at, t.thread_id), reverse=True)
            return paginate(request, items, lambda t: t.render())

    def _thread(self, operator: Operator, thread_id: str) -> Any:
        thread = self.state.threads.get((operator.id, thread_id))
        if thread is None:
            if any(tid == thread_id for (_, tid) in self.state.threads):
                raise ApiError(403, "API key doesn't own this conversation")
            raise ApiError(404, f"Conversation {thread_id} not found")
        return thread

    async def get_conversation(self, request: Request, operator: Operator, raw: bytes) -> Result:
        with self.state.lock:
            thread = self._thread(operator, request.path_params["thread_id"])
            return paginate(request, list(thread.messages), lambda m: m.render(), default_limit=100)

    async def reply(self, request: Request, operator: Operator, raw: bytes) -> Result:
        body = json_body(raw)
        content, property_id = body.get("content"), body.get("propertyId")
        if not isinstance(content, str) or not content.strip():
            raise ApiError(400, "content is required")
        if len(content) > MAX_MESSAGE_CHARS:
            raise ApiError(400, f"content exceeds {MAX_MESSAGE_CHARS} characters ({len(content)})")
        if not isinstance(property_id, str) or not property_id:
            raise ApiError(400, "propertyId is required")
        self._owned_property(operator, property_id)
        with self.state.lock:
            thread = self._thread(operator, request.path_params["thread_id"])
            message = self.state.operator_reply(operator, thread, property_id, content)
            return 201, message.render()

    # ------------------------------------------------------------------ reference and webhooks
    async def cities(self, request: Request, operator: Operator, raw: bytes) -> Result:
        return paginate(request, self.state.cities, dict, default_limit=100)

    async def coliving_types(self, request: Request, operator: Operator, raw: bytes) -> Result:
        return paginate(request, self.state.coliving_types, dict, default_limit=100)

    async def amenities(self, request: Request, operator: Operator, raw: bytes) -> Result:
        return paginate(request, self.state.amenities, dict, default_limit=100)

    async def webhook_test(self, request: Request, operator: Operator, raw: bytes) -> Result:
        event = json_body(raw).get("event") or "lead.created"
        if event not in EVENTS:
            raise ApiError(400, f"event must be one of {', '.join(EVENTS)}")
        if operator.id != self.webhooks.operator_id or not self.webhooks.url:
            raise ApiError(400, "No webhook URL configured for this operator")
        return 200, await self.webhooks.deliver_now(event, self._synthetic(event, operator))

    def _synthetic(self, event: str, operator: Operator) -> dict[str, Any]:
        """Sample data shaped like the real event, marked ``test: true``."""
        now = iso_ms(utcnow())
        if event == "lead.created":
            return {
                "id": "lead_test",
                "propertyId": "prop_test",
                "guestName": "Jane Smith",
                "guestEmail": "jane@example.com",
                "createdAt": now,
                "test": True,
            }
        if event == "message.received":
            return {
                "id": "msg_test",
                "threadId": "usr_test",
                "propertyId": "prop_test",
                "senderType": "TENANT",
                "senderName": "Jane Smith",
                "content": "Hello!",
                "createdAt": now,
                "test": True,
            }
        return {
            "id": "prop_test",
            "name": "Sunny Coliving",
            "status": "APPROVED",
            "adminNotes": None,
            "updatedAt": now,
            "test": True,
        }
