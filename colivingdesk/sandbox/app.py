"""Assembly of the sandbox: one Starlette app serving both channels plus the back office.

``/bmc/api/v1/...`` is BookMyColiving, ``/coliving/v1/...`` is Coliving.com (the document's ``/v1/...`` paths
under a ``/coliving`` prefix), ``/_admin`` and ``/_control`` are the back office. Fault injection wraps the
whole stack from the outside (see :class:`SandboxApp`) so a ``drop`` can reach the connection itself.
Background work (applying queued rate updates, the optional demo ticker) runs in the app's lifespan. A path
under either prefix that no endpoint serves (or a method an endpoint does not take) is a 404 in that channel's
error shape rather than a plain-text page.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from .admin import Admin, admin_routes
from .bmc import BmcApi
from .coliving import ColivingApi
from .config import SandboxConfig
from .data import SandboxState
from .faults import FaultInjector, FaultMiddleware
from .idempotency import IdempotencyStore
from .ratelimit import SlidingWindowLimiter
from .seed import build_state
from .webhooks import WebhookDispatcher

log = logging.getLogger(__name__)
RATES_POLL_SECONDS = 0.1
ANY_METHOD = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@dataclass
class Sandbox:
    """Everything one running sandbox holds; reachable as ``app.state.sandbox``."""

    config: SandboxConfig
    state: SandboxState
    injector: FaultInjector
    bmc_limiter: SlidingWindowLimiter
    coliving_limiter: SlidingWindowLimiter
    idempotency: IdempotencyStore
    webhooks: WebhookDispatcher
    admin: Admin


class SandboxApp(Starlette):
    """Starlette with the fault layer outside its own error middleware.

    Starlette's ``ServerErrorMiddleware`` wraps ``send``; putting faults outside it hands the fault layer the
    server's own ``send`` (needed to abort a connection for ``drop``).
    """

    injector: FaultInjector

    def build_middleware_stack(self) -> ASGIApp:
        return FaultMiddleware(super().build_middleware_stack(), self.injector)


def build_sandbox(config: SandboxConfig) -> Sandbox:
    state = build_state(config)
    injector = FaultInjector(config.faults)
    bmc_limiter, coliving_limiter = SlidingWindowLimiter(3600.0), SlidingWindowLimiter(60.0)
    for limiter in (bmc_limiter, coliving_limiter):
        limiter.enabled = config.limits_enabled
    main_operator = state.operator_by_key[config.bmc_key]
    webhooks = WebhookDispatcher(config.webhook_url, config.webhook_secret, main_operator.id)
    state.on_event = webhooks.publish
    admin = Admin(
        state, injector, [bmc_limiter, coliving_limiter], webhooks, random.Random(config.random_seed + 1)
    )
    return Sandbox(
        config, state, injector, bmc_limiter, coliving_limiter, IdempotencyStore(), webhooks, admin
    )


async def _apply_rates(sandbox: Sandbox) -> None:
    while True:
        await asyncio.sleep(RATES_POLL_SECONDS)
        sandbox.state.apply_due_rates(sandbox.config.rates_apply_seconds, time.time())


async def _ticker(sandbox: Sandbox, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            sandbox.admin.tick()
        except Exception:
            log.exception("demo tick failed")


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The sandbox ASGI app for ``config`` (defaults: demo data, document keys, no faults)."""
    sandbox = build_sandbox(config or SandboxConfig())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_apply_rates(sandbox))]
        if sandbox.config.demo_ticker_seconds:
            tasks.append(asyncio.create_task(_ticker(sandbox, sandbox.config.demo_ticker_seconds)))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            sandbox.webhooks.close()

    async def index(request: Request) -> JSONResponse:
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            {
                "bmc": f"{base}/bmc/api/v1",
                "coliving": f"{base}/coliving/v1",
                "admin": f"{base}/_admin",
                "control": f"{base}/_control",
            }
        )

    async def bmc_unknown(request: Request) -> JSONResponse:
        return JSONResponse({"error": f"No endpoint {request.method} {request.url.path}"}, 404)

    async def coliving_unknown(request: Request) -> JSONResponse:
        error = {
            "type": "not_found",
            "message": "Endpoint not found.",
            "request_id": "req_unrouted",
            "errors": [],
        }
        return JSONResponse({"error": error}, 404)

    bmc = BmcApi(sandbox.state, sandbox.config, sandbox.bmc_limiter, sandbox.idempotency, sandbox.webhooks)
    coliving = ColivingApi(sandbox.state, sandbox.config, sandbox.coliving_limiter)
    app = SandboxApp(
        routes=[
            Route("/", index),
            *bmc.routes(),
            *coliving.routes(),
            *admin_routes(sandbox.admin),
            Route("/bmc/{rest:path}", bmc_unknown, methods=ANY_METHOD),
            Route("/coliving/{rest:path}", coliving_unknown, methods=ANY_METHOD),
        ],
        lifespan=lifespan,
    )
    app.injector = sandbox.injector
    app.state.sandbox = sandbox
    return app
