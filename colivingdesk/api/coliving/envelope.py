"""Coliving.com's envelopes: ``{data, meta: {request_id, pagination?}}`` and ``{error: {type, message,
request_id, errors: [{path, code, message}]}}``, mapped onto the one hierarchy.

The status decides the class, except that a 400 whose ``type`` names another refusal (the document's rates
sample shows ``forbidden`` under "400/403") takes that class. A 400 is a refusal whatever its ``type`` says:
one typed ``internal_error`` or ``auth_error`` stays a ``ValidationError``, never a ``ServerError`` the outbox
would retry as if the channel were down, nor a rejected key that stops the account. ``errors[].path``
becomes ``FieldError.path`` verbatim (``data.0.base_price``, ``message.text``); a 429 reads its wait from
the entry whose path is ``retry_after``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ..errors import (
    ApiStatusError,
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    RateLimited,
    ValidationError,
    error_for_status,
)

CHANNEL = "Coliving.com"

# The refusal classes a 400's ``type`` may select.
_BY_TYPE: dict[str, type[ApiStatusError]] = {
    "forbidden": Forbidden,
    "not_found": NotFound,
    "unsupported_provider": NotFound,
    "conflict": Conflict,
    "validation_error": ValidationError,
}


def parse_error(status: int, headers: Mapping[str, str], body: Any, text: str) -> ApiStatusError:
    """The one place a Coliving.com error answer becomes an exception."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    error_type = error.get("type") if isinstance(error.get("type"), str) else None
    raw_message = error.get("message")
    server_message = raw_message if isinstance(raw_message, str) else ""
    request_id = error.get("request_id") if isinstance(error.get("request_id"), str) else None
    if request_id is None and isinstance(body, dict) and isinstance(body.get("meta"), dict):
        rid = body["meta"].get("request_id")
        request_id = rid if isinstance(rid, str) else None
    request_id = request_id or headers.get("x-request-id")
    field_errors = tuple(_field_errors(error.get("errors")))
    message = _user_message(status, error_type, server_message.strip(), field_errors)
    kwargs: dict[str, Any] = {
        "status": status,
        "channel": CHANNEL,
        "request_id": request_id,
        "error_type": error_type,
        "field_errors": field_errors,
    }
    if status == 429:
        return RateLimited(message, retry_after=_retry_after(field_errors), **kwargs)
    cls = error_for_status(status)
    if status == 400 and error_type in _BY_TYPE:
        cls = _BY_TYPE[error_type]
    return cls(message, **kwargs)


def _field_errors(raw: Any) -> list[FieldError]:
    out: list[FieldError] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            out.append(
                FieldError(
                    path=str(item.get("path", "")),
                    message=str(item.get("message", "")),
                    code=str(item.get("code", "")),
                )
            )
    return out


def _retry_after(field_errors: tuple[FieldError, ...]) -> float:
    for fe in field_errors:
        if fe.path == "retry_after":
            try:
                return max(float(Decimal(fe.message.strip())), 0.0)
            except (ArithmeticError, ValueError):
                return 0.0
    return 0.0


def _user_message(
    status: int, error_type: str | None, server: str, field_errors: tuple[FieldError, ...]
) -> str:
    if error_type == "unsupported_provider" or (status == 404 and "provider" in server.lower()):
        return f"{CHANNEL} does not support this integration provider ({server or 'unsupported provider'})."
    listing_ids = [fe.message for fe in field_errors if fe.path.startswith("unauthorized_listing_ids")]
    if listing_ids:
        return f"{CHANNEL}: {server or 'Unauthorized access to listings'}: {', '.join(listing_ids)}."
    room_types = [fe for fe in field_errors if fe.path == "invalid_room_types"]
    if room_types:
        return f"{CHANNEL}: {server or 'Invalid room types'} {_describe_room_types(room_types[0].message)}"
    if status == 429:
        wait = _retry_after(field_errors)
        suffix = f" Try again in {wait:g} s." if wait else ""
        return f"{CHANNEL}: {server or 'Rate limit exceeded.'}{suffix}"
    base = server or _reason(status)
    details = [fe for fe in field_errors if fe.path and fe.message]
    if details:
        base = base.rstrip(".") + ": " + "; ".join(fe.message for fe in details)
    return f"{CHANNEL}: {base}"


def _describe_room_types(raw: str) -> str:
    """The document packs a JSON list into the message; spell it out for a person."""
    try:
        entries = json.loads(raw)
    except ValueError:
        return raw
    parts = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            parts.append(
                f"listing {entry.get('listing_id')}, room type {entry.get('room_type_id')}: "
                f"{entry.get('reason', 'invalid')}"
            )
    return "; ".join(parts) if parts else raw


def _reason(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}."
    except ValueError:
        return f"HTTP {status}."
