"""BookMyColiving's error envelope, ``{"error": "Human-readable message"}``, mapped onto the one hierarchy.

The document gives no field paths, only a sentence. For a 400 we look for a field name of the documented
bodies in that sentence (``roomOptions[0].priceMonthly``, ``"contactEmail" must be...``) so the editor can
point at the field; when none is named, ``field_errors`` stays empty and the sentence is shown as is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from ..errors import ApiStatusError, FieldError, RateLimited, error_for_status

CHANNEL = "BookMyColiving"

# Every field name the document's request bodies and queries use.
KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "cityId",
        "address",
        "amenities",
        "contactEmail",
        "colivingTypeIds",
        "roomOptions",
        "type",
        "priceMonthly",
        "externalId",
        "photos",
        "url",
        "content",
        "propertyId",
        "event",
        "page",
        "limit",
        "since",
        "dateFrom",
        "dateTo",
    }
)

_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*|\.\d+)*")

_FALLBACK = {
    400: "The request was refused as invalid.",
    401: "The API key is missing or invalid.",
    403: "This API key does not own that resource.",
    404: "Not found.",
    409: "Conflict with existing data.",
    429: "Rate limit exceeded.",
}


def field_path_in(message: str) -> str | None:
    """The longest documented field path named in ``message``, e.g. ``roomOptions[0].priceMonthly``."""
    best: str | None = None
    for match in _PATH.finditer(message):
        token = match.group(0)
        parts = re.split(r"[.\[\]]+", token)
        if any(part in KNOWN_FIELDS for part in parts if part) and (best is None or len(token) > len(best)):
            best = token
    # A lone lower-case common word is only a field when quoted or followed by "is"/"must".
    common = best in {"name", "type", "url", "page", "limit", "event"}
    if common and not re.search(rf"([\"'`]{best}[\"'`])|(\b{best}\b\s+(is|must|should|field))", message):
        return None
    return best


def parse_error(status: int, headers: Mapping[str, str], body: Any, text: str) -> ApiStatusError:
    """The one place a BookMyColiving error answer becomes an exception."""
    server_message = ""
    if isinstance(body, dict):
        raw = body.get("error")
        if isinstance(raw, str):
            server_message = raw.strip()
        elif isinstance(raw, dict) and isinstance(raw.get("message"), str):
            server_message = raw["message"].strip()
        elif isinstance(body.get("message"), str):
            server_message = body["message"].strip()
    if not server_message:
        server_message = _FALLBACK.get(status) or _reason(status)
    request_id = headers.get("x-request-id")
    message = f"{CHANNEL}: {server_message}"
    if status == 429:
        return RateLimited(message, retry_after=0.0, status=status, channel=CHANNEL, request_id=request_id)
    field_errors: tuple[FieldError, ...] = ()
    if status == 400:
        path = field_path_in(server_message)
        if path:
            field_errors = (FieldError(path=path, message=server_message),)
    cls = error_for_status(status)
    return cls(message, status=status, channel=CHANNEL, request_id=request_id, field_errors=field_errors)


def _reason(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}."
    except ValueError:
        return f"HTTP {status}."
