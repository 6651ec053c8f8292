"""HTTP clients for the two channels. Pure asyncio + httpx + pydantic: no Qt, no storage.

Everything above this package talks to ``BmcClient`` and ``ColivingClient``, gets domain records back, and
catches the one ``errors`` hierarchy; budgets (``RateBudget``) are plain data the scheduler and status bar
read.
"""

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
