"""HTTP clients for the two channels. Pure asyncio + httpx + pydantic: no Qt, no storage.

Everything above this package talks to ``BmcClient`` and ``ColivingClient``, gets domain records back, and
catches the one ``errors`` hierarchy; budgets (``RateBudget``) are plain data the scheduler and status bar
read.

The names below load on first use (PEP 562): a caller that needs only ``colivingdesk.api.errors`` (the window's
error words, the inbox) must not pay for httpx and the pydantic channel models on import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from colivingdesk.lazy_names import lazy_getattr

if TYPE_CHECKING:
    from . import errors
    from ._http import HttpCore, HttpResult, RetryPolicy
    from .bmc import BmcClient, CreateResult, PropertyDraft, RoomOptionDraft
    from .coliving import AvailabilityUpdate, ColivingClient, HostProfile, RatesAccepted, RateUpdate
    from .errors import (
        ApiStatusError,
        AuthError,
        ChannelError,
        Conflict,
        FieldError,
        Forbidden,
        NetworkError,
        NotFound,
        RateLimited,
        ServerError,
        Timeout,
        UnexpectedResponse,
        ValidationError,
    )
    from .pagination import Page
    from .ratelimit import Budgets, RateBudget, SlidingWindowLimiter
    from .webhooks import WebhookEvent, parse_bmc_event, sign_bmc, verify_bmc

_HOMES = {
    "ApiStatusError": "errors",
    "AuthError": "errors",
    "AvailabilityUpdate": "coliving",
    "BmcClient": "bmc",
    "Budgets": "ratelimit",
    "ChannelError": "errors",
    "ColivingClient": "coliving",
    "Conflict": "errors",
    "CreateResult": "bmc",
    "FieldError": "errors",
    "Forbidden": "errors",
    "HostProfile": "coliving",
    "HttpCore": "_http",
    "HttpResult": "_http",
    "NetworkError": "errors",
    "NotFound": "errors",
    "Page": "pagination",
    "PropertyDraft": "bmc",
    "RateBudget": "ratelimit",
    "RateLimited": "errors",
    "RateUpdate": "coliving",
    "RatesAccepted": "coliving",
    "RetryPolicy": "_http",
    "RoomOptionDraft": "bmc",
    "ServerError": "errors",
    "SlidingWindowLimiter": "ratelimit",
    "Timeout": "errors",
    "UnexpectedResponse": "errors",
    "ValidationError": "errors",
    "WebhookEvent": "webhooks",
    "parse_bmc_event": "webhooks",
    "sign_bmc": "webhooks",
    "verify_bmc": "webhooks",
}

__all__ = [
    "ApiStatusError",
    "AuthError",
    "AvailabilityUpdate",
    "BmcClient",
    "Budgets",
    "ChannelError",
    "ColivingClient",
    "Conflict",
    "CreateResult",
    "FieldError",
    "Forbidden",
    "HostProfile",
    "HttpCore",
    "HttpResult",
    "NetworkError",
    "NotFound",
    "Page",
    "PropertyDraft",
    "RateBudget",
    "RateLimited",
    "RateUpdate",
    "RatesAccepted",
    "RetryPolicy",
    "RoomOptionDraft",
    "ServerError",
    "SlidingWindowLimiter",
    "Timeout",
    "UnexpectedResponse",
    "ValidationError",
    "WebhookEvent",
    "errors",
    "parse_bmc_event",
    "sign_bmc",
    "verify_bmc",
]


_named = lazy_getattr(__name__, _HOMES, globals())


def __getattr__(name: str) -> Any:
    if name == "errors":  # the submodule itself, as ``from . import errors`` used to bind it
        return importlib.import_module(f"{__name__}.errors")
    return _named(name)
