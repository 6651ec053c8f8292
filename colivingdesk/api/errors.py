"""One error hierarchy for both channels.

Each channel unwraps its own envelope into these classes (see ``bmc/client.py`` and ``coliving/client.py``),
so the sync layer and the UI handle "the key is wrong" or "this field is invalid" once, whatever channel said
it. Messages are written to be shown to a person; they never contain a secret.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one input field; ``path`` uses the channel's own dotted path (``data.0.base_price``)."""

    path: str
    message: str
    code: str = ""


class ChannelError(Exception):
    """Anything that went wrong talking to a channel."""

    def __init__(self, message: str, *, channel: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.channel = channel

    def __str__(self) -> str:
        return self.message


class NetworkError(ChannelError):
    """The request may or may not have reached the server (DNS, refused, reset, bad JSON in transit)."""


class Timeout(NetworkError):
    pass


class ApiStatusError(ChannelError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        channel: str = "",
        request_id: str | None = None,
        error_type: str | None = None,
        field_errors: tuple[FieldError, ...] = (),
    ) -> None:
        super().__init__(message, channel=channel)
        self.status = status
        self.request_id = request_id
        self.error_type = error_type
        self.field_errors = field_errors

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, message={self.message!r}, "
            f"request_id={self.request_id!r})"
        )


class AuthError(ApiStatusError):
    """401: the API key is missing, wrong, inactive or expired."""


class Forbidden(ApiStatusError):
    """403: the key is valid but does not own this resource."""


class NotFound(ApiStatusError):
    pass


class Conflict(ApiStatusError):
    """409: e.g. a provider key used by another account, or a closed conversation."""


class ValidationError(ApiStatusError):
    """400/422: the request was refused because of its content; ``field_errors`` says where.

    ``status`` is 0 when the client refused the input itself before sending (e.g. a reply over 5,000
    characters), so nothing reached the channel and no budget was spent.
    """


class RateLimited(ApiStatusError):
    """429: wait ``retry_after`` seconds before calling this budget again."""

    def __init__(self, message: str, *, retry_after: float, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    """5xx: the channel failed; safe to retry a read or an idempotent write."""


class UnexpectedResponse(ChannelError):
    """The server answered 2xx but the body is not what the document describes."""


def error_for_status(status: int) -> type[ApiStatusError]:
    """The class for a status code; 429 is built separately because it needs its wait."""
    if status == 401:
        return AuthError
    if status == 403:
        return Forbidden
    if status == 404:
        return NotFound
    if status == 409:
        return Conflict
    if status in (400, 422):
        return ValidationError
    if status >= 500:
        return ServerError
    return ApiStatusError
