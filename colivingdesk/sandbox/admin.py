"""The channels' own back office, which the partner APIs do not expose.

``/_admin/...`` lets a person (or a test) act as the BookMyColiving moderator, as a tenant, or as Coliving.com
itself: approve or reject listings, make leads and tenant messages arrive, create or change bookings, and look
at what the sandbox holds (webhook log, queued rate updates, room prices). ``/_control`` reads and changes the
running sandbox: fault rules, whether rate limits apply, the webhook URL. Neither needs a partner key and
neither is subject to faults or rate limits. The same operations are methods of :class:`Admin` so tests can
call them directly.

``GET /_control`` answers ``{faults, rules, fired, limits_enabled, webhook_url}``; ``PUT``/``POST /_control``
accepts any of ``{"faults": "<spec>", "limits_enabled": bool, "reset_limits": true, "webhook_url": str|null}``
and answers the new state (400 on a bad fault spec).

Back-office routes (JSON bodies; errors ``{"error": "..."}``):

* ``GET /_admin/properties``; ``POST /_admin/properties/{id}/approve``;
  ``POST /_admin/properties/{id}/reject`` ``{notes}`` (both 409 unless the property is ``PENDING_REVIEW``
  or ``APPROVED`` with ``reReviewPending``).
* ``POST /_admin/leads`` ``{propertyId?}``; ``POST /_admin/messages`` ``{content, threadId?, operatorId?,
  propertyId?, senderType?}``; ``GET /_admin/webhooks`` (delivery log); ``POST /_admin/tick`` (one demo tick).
* ``GET /_admin/coliving/listings``; ``GET /_admin/coliving/rates``; ``POST /_admin/coliving/rates/apply``;
  ``POST /_admin/coliving/bookings`` ``{host_id?}``; ``PATCH /_admin/coliving/bookings/{id}`` ``{status?,
  checkin_at?, checkout_at?, notes?}`` (bumps ``version``); ``POST /_admin/coliving/bookings/{id}/messages``
  ``{text}`` (a guest writes).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .data import BmcMessage, Booking, BookingMessage, Lead, Property, SandboxState
from .faults import FaultInjector, FaultSpecError
from .ratelimit import SlidingWindowLimiter
from .seed import new_booking, new_lead
from .webhooks import WebhookDispatcher


class AdminError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Admin:
    """Back-office operations shared by the ``/_admin`` routes, the demo ticker and tests."""

    def __init__(
        self,
        state: SandboxState,
        injector: FaultInjector,
        limiters: list[SlidingWindowLimiter],
        webhooks: WebhookDispatcher,
        rng: random.Random,
    ) -> None:
        self.state = state
        self.injector = injector
        self.limiters = limiters
        self.webhooks = webhooks
        self.rng = rng

    # ------------------------------------------------------------------ BookMyColiving
    def _property(self, property_id: str) -> Property:
        prop = self.state.properties.get(property_id)
        if prop is None:
            raise AdminError(404, f"Property {property_id} not found")
        return prop

    def approve(self, property_id: str) -> Property:
        try:
            return self.state.approve(self._property(property_id))
        except ValueError as exc:
            raise AdminError(409, str(exc)) from exc

    def reject(self, property_id: str, notes: str) -> Property:
        try:
            return self.state.reject(self._property(property_id), notes)
        except ValueError as exc:
            raise AdminError(409, str(exc)) from exc

    def add_lead(self, property_id: str | None = None) -> Lead:
        if property_id is not None:
            self._property(property_id)
        return new_lead(self.state, self.rng, property_id)

    def tenant_message(
        self,
        content: str,
        thread_id: str | None = None,
        operator_id: str = "op_0001",
        property_id: str | None = None,
        sender_type: str = "TENANT",
    ) -> BmcMessage:
        """A tenant (or ``ADMIN``) writes; without ``thread_id`` one of the ten most recent conversations."""
        if thread_id is None:
            mine = [t for t in self.state.threads.values() if t.operator_id == operator_id and t.messages]
            if not mine:
                raise AdminError(404, "No conversation to write to")
            recent = sorted(mine, key=lambda t: t.last_message_at)[-10:]
            thread_id = recent[self.rng.randrange(len(recent))].thread_id
        try:
            return self.state.tenant_message(
                operator_id, thread_id, content, property_id, sender_type=sender_type
            )
        except KeyError as exc:
            raise AdminError(404, f"Conversation {thread_id} not found; pass propertyId to open one") from exc

    # ------------------------------------------------------------------ Coliving.com
    def add_booking(self, host_id: int = 6368) -> Booking:
        return new_booking(self.state, self.rng, host_id)

    def change_booking(self, booking_id: int, **changes: Any) -> Booking:
        if booking_id not in self.state.bookings:
            raise AdminError(404, f"Booking {booking_id} not found")
        try:
            return self.state.change_booking(booking_id, **changes)
        except (AttributeError, ValueError) as exc:
            raise AdminError(400, f"Cannot change {exc}") from exc

    def guest_message(self, booking_id: int, text: str) -> dict[str, Any]:
        booking = self.state.bookings.get(booking_id)
        if booking is None:
            raise AdminError(404, f"Booking {booking_id} not found")
        with self.state.lock:
            message = BookingMessage(
                self.state.new_booking_message_id(),
                "guest",
                booking.guest_name,
                text,
                False,
                datetime.now(UTC).replace(microsecond=0),
            )
            self.state.booking_messages(booking).append(message)
        return message.render()

    def apply_rates(self) -> int:
        return self.state.apply_due_rates(0.0, time.time())

    # ------------------------------------------------------------------ demo ticker
    def tick(self) -> str:
        """One unit of demo life: a tenant writes, a lead arrives, or a booking changes."""
        roll = self.rng.random()
        if roll < 0.35:
            self.tenant_message(self.rng.choice(("Any news?", "Is the room still free?", "Thanks a lot!")))
            return "message"
        if roll < 0.65:
            self.add_lead()
            return "lead"
        mine = [b for b in self.state.bookings.values() if b.host_id == 6368 and b.status != "cancelled"]
        if roll < 0.8 or not mine:
            self.add_booking()
            return "booking.created"
        booking = self.rng.choice(mine)
        status = "confirmed" if booking.status == "pending" else self.rng.choice(("confirmed", "cancelled"))
        self.change_booking(booking.booking_id, status=status, notes=booking.notes or "Updated by the guest")
        return "booking.changed"

    # ------------------------------------------------------------------ control
    def control(self) -> dict[str, Any]:
        return {
            **self.injector.snapshot(),
            "limits_enabled": all(limiter.enabled for limiter in self.limiters),
            "webhook_url": self.webhooks.url,
        }

    def configure(self, body: dict[str, Any]) -> dict[str, Any]:
        if "faults" in body:
            try:
                self.injector.configure(str(body["faults"] or ""))
            except FaultSpecError as exc:
                raise AdminError(400, str(exc)) from exc
        if "limits_enabled" in body:
            for limiter in self.limiters:
                limiter.enabled = bool(body["limits_enabled"])
        if body.get("reset_limits"):
            for limiter in self.limiters:
                limiter.reset()
        if "webhook_url" in body:
            self.webhooks.url = body["webhook_url"] or None
        return self.control()


def _owner_view(prop: Property) -> dict[str, Any]:
    return prop.render() | {"operatorId": prop.operator_id}


def admin_routes(admin: Admin) -> list[Route]:
    """``/_admin`` and ``/_control`` routes; JSON in, JSON out, errors as ``{"error": "..."}``."""
    state = admin.state

    def route(path: str, methods: list[str], fn: Callable[[Request, dict[str, Any]], Any]) -> Route:
        async def endpoint(request: Request) -> Response:
            raw = await request.body()
            try:
                body = json.loads(raw) if raw.strip() else {}
                if not isinstance(body, dict):
                    raise AdminError(400, "Body must be a JSON object")
                result = fn(request, body)
            except ValueError as exc:
                return JSONResponse({"error": f"Bad request: {exc}"}, 400)
            except AdminError as exc:
                return JSONResponse({"error": str(exc)}, exc.status)
            return JSONResponse(result)

        return Route(path, endpoint, methods=methods)

    def booking_changes(body: dict[str, Any]) -> dict[str, Any]:
        names = {"status": "status", "checkin_at": "checkin", "checkout_at": "checkout", "notes": "notes"}
        return {names.get(k, k): v for k, v in body.items()}

    return [
        route("/_control", ["GET"], lambda r, b: admin.control()),
        route("/_control", ["PUT", "POST"], lambda r, b: admin.configure(b)),
        route(
            "/_admin/properties", ["GET"], lambda r, b: [_owner_view(p) for p in state.properties.values()]
        ),
        route(
            "/_admin/properties/{id}/approve",
            ["POST"],
            lambda r, b: _owner_view(admin.approve(r.path_params["id"])),
        ),
        route(
            "/_admin/properties/{id}/reject",
            ["POST"],
            lambda r, b: _owner_view(admin.reject(r.path_params["id"], str(b.get("notes") or "Rejected"))),
        ),
        route("/_admin/leads", ["POST"], lambda r, b: admin.add_lead(b.get("propertyId")).render()),
        route(
            "/_admin/messages",
            ["POST"],
            lambda r, b: admin.tenant_message(
                str(b.get("content") or "Hello!"),
                b.get("threadId"),
                b.get("operatorId") or "op_0001",
                b.get("propertyId"),
                b.get("senderType") or "TENANT",
            ).render(),
        ),
        route("/_admin/webhooks", ["GET"], lambda r, b: list(admin.webhooks.log)),
        route("/_admin/tick", ["POST"], lambda r, b: {"did": admin.tick()}),
        route(
            "/_admin/coliving/listings",
            ["GET"],
            lambda r, b: [
                {
                    "id": lst.id,
                    "user_id": lst.user_id,
                    "name": lst.name,
                    "status": lst.status,
                    "stay_min": lst.stay_min,
                    "room_types": [
                        {
                            "id": rt.id,
                            "name": rt.name,
                            **rt.attributes,
                            "prices": rt.prices,
                            "availability": rt.availability,
                        }
                        for rt in lst.room_types.values()
                    ],
                }
                for lst in state.listings.values()
            ],
        ),
        route("/_admin/coliving/rates", ["GET"], lambda r, b: [u.render() for u in state.rate_updates]),
        route("/_admin/coliving/rates/apply", ["POST"], lambda r, b: {"applied": admin.apply_rates()}),
        route(
            "/_admin/coliving/bookings",
            ["POST"],
            lambda r, b: admin.add_booking(int(b.get("host_id") or 6368)).detail(),
        ),
        route(
            "/_admin/coliving/bookings/{id:int}",
            ["PATCH", "POST"],
            lambda r, b: admin.change_booking(r.path_params["id"], **booking_changes(b)).detail(),
        ),
        route(
            "/_admin/coliving/bookings/{id:int}/messages",
            ["POST"],
            lambda r, b: admin.guest_message(r.path_params["id"], str(b.get("text") or "Hello!")),
        ),
    ]
