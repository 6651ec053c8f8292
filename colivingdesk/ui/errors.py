"""The one place that turns an exception into words a person understands, and the sink views report them to.

Views never format exceptions themselves: they call ``notifier.report(err)`` (or ``describe(err)`` when the
message belongs next to a field), so "the key was refused" reads the same in the inbox, the editor and the
settings page, and a new error class needs one new branch here rather than a hunt through every view.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from colivingdesk.api import errors as api_errors
from colivingdesk.domain import Channel
from colivingdesk.secrets import SecretStoreError
from colivingdesk.sync.status import TeamModeRefused
from colivingdesk.ui import formatting

if TYPE_CHECKING:
    from colivingdesk.sync import AccountStatus

log = logging.getLogger(__name__)


class Level(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True, slots=True)
class UserMessage:
    """What to show: a short title, a sentence or two, and per-field problems keyed by the channel's path."""

    title: str
    text: str
    field_errors: dict[str, str] = field(default_factory=dict)
    level: Level = Level.ERROR

    def field_error(self, *paths: str) -> str | None:
        """The message for the first path given that has one; a path also matches its dotted descendants.

        Channels name the same field differently (``content`` vs ``data.content``, ``data.0.base_price``), so
        a form asks with the leaf names it knows and gets the first hit.
        """
        for path in paths:
            for key, message in self.field_errors.items():
                if key == path or key.endswith(f".{path}") or key.startswith(f"{path}."):
                    return message
        return None


def _channel_name(error: api_errors.ChannelError) -> str:
    """The channel's name for people: clients name themselves ("BookMyColiving"), the sync layer by code."""
    for channel in Channel:
        if error.channel in (channel.value, channel.label):
            return channel.label
    return QCoreApplication.translate("Errors", "The channel")


class Durations(QObject):
    """"2 minutes" for a wait. A class because lupdate marks plural forms only on a QObject's ``self.tr``
    (``QCoreApplication.translate`` with a count is extracted as a plain text)."""

    def wait(self, seconds: float) -> str:
        if seconds < 90:
            return self.tr("%n seconds", "", max(1, round(seconds)))
        return self.tr("%n minutes", "", round(seconds / 60))


def _wait_words(seconds: float) -> str:
    return Durations().wait(seconds)


def describe(error: BaseException) -> UserMessage:
    """A message for ``error``; unknown exceptions get a generic sentence (details go to the log, not the
    user)."""
    if isinstance(error, TeamModeRefused):
        return UserMessage(
            QCoreApplication.translate("Errors", "Done by the team's sync worker"),
            QCoreApplication.translate(
                "Errors",
                "This window works on the team database {database}. Only the team's sync worker talks to the "
                "channels (syncing, API keys, webhooks), so do this where the worker runs.",
            ).format(database=error.label),
            level=Level.INFO,
        )
    if isinstance(error, api_errors.ChannelError):
        who = _channel_name(error)
        fields = {fe.path: fe.message for fe in getattr(error, "field_errors", ())}
        if isinstance(error, api_errors.AuthError):
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} refused the API key").format(channel=who),
                QCoreApplication.translate(
                    "Errors", "{channel} says the key is wrong, inactive or expired. Open Settings to paste a new key."
                ).format(channel=who),
            )
        if isinstance(error, api_errors.Forbidden):
            return UserMessage(
                QCoreApplication.translate("Errors", "Not allowed"),
                QCoreApplication.translate("Errors", "{channel} says this account may not do that ({reason}).").format(
                    channel=who, reason=error.message
                ),
            )
        if isinstance(error, api_errors.NotFound):
            return UserMessage(
                QCoreApplication.translate("Errors", "Not found on the channel"),
                QCoreApplication.translate(
                    "Errors",
                    "{channel} no longer has this item. It may have been removed; the next sync will tidy the list.",
                ).format(channel=who),
            )
        if isinstance(error, api_errors.Conflict):
            return UserMessage(
                QCoreApplication.translate("Errors", "Could not be done now"),
                QCoreApplication.translate("Errors", "{channel} refused: {reason}").format(
                    channel=who, reason=error.message
                ),
            )
        if isinstance(error, api_errors.ValidationError):
            text = error.message if not fields else QCoreApplication.translate(
                "Errors", "Please correct the highlighted fields."
            )
            return UserMessage(
                QCoreApplication.translate("Errors", "Please check what you entered"), text, fields, Level.WARNING
            )
        if isinstance(error, api_errors.RateLimited):
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} asks us to slow down").format(channel=who),
                QCoreApplication.translate(
                    "Errors", "Too many requests for now. Work is kept and will continue in about {wait}."
                ).format(wait=_wait_words(error.retry_after)),
                level=Level.WARNING,
            )
        if isinstance(error, api_errors.ServerError):
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} is having trouble").format(channel=who),
                QCoreApplication.translate(
                    "Errors",
                    "{channel} answered with an error ({status}). Nothing was lost; we will try again shortly.",
                ).format(channel=who, status=error.status),
                level=Level.WARNING,
            )
        if isinstance(error, api_errors.Timeout):
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} is not answering").format(channel=who),
                QCoreApplication.translate(
                    "Errors",
                    "{channel} took too long to answer. You can keep working; changes are sent when it responds.",
                ).format(channel=who),
                level=Level.WARNING,
            )
        if isinstance(error, api_errors.NetworkError):
            return UserMessage(
                QCoreApplication.translate("Errors", "You appear to be offline"),
                QCoreApplication.translate(
                    "Errors",
                    "{channel} could not be reached. Check the internet connection. You can keep working from the "
                    "cache; replies and changes wait in the outbox until {channel} answers again.",
                ).format(channel=who),
                level=Level.WARNING,
            )
        if isinstance(error, api_errors.UnexpectedResponse):
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} sent something unexpected").format(channel=who),
                QCoreApplication.translate(
                    "Errors",
                    "{channel} answered in a form this version does not understand. Try again later or update "
                    "the app.",
                ).format(channel=who),
            )
        if isinstance(error, api_errors.ApiStatusError):
            text = QCoreApplication.translate("Errors", "{reason} (HTTP {status}).").format(
                reason=error.message, status=error.status
            )
            return UserMessage(
                QCoreApplication.translate("Errors", "{channel} refused the request").format(channel=who), text, fields
            )
        return UserMessage(
            QCoreApplication.translate("Errors", "{channel} could not be reached").format(channel=who),
            error.message or QCoreApplication.translate(
                "Errors", "Something went wrong while talking to {channel}. Try again in a moment."
            ).format(channel=who),
        )
    if isinstance(error, SecretStoreError):
        return UserMessage(QCoreApplication.translate("Errors", "The system keyring is unavailable"), str(error))
    from_store = type(error).__module__.startswith("colivingdesk.store")
    if from_store and isinstance(error, LookupError | ValueError):
        return UserMessage(
            QCoreApplication.translate("Errors", "That item changed meanwhile"),
            str(error) or QCoreApplication.translate("Errors", "Refresh the view and try again."),
        )
    if type(error).__name__ in ("OperationalError", "DatabaseError") and type(error).__module__ == "sqlite3":
        return UserMessage(
            QCoreApplication.translate("Errors", "The local cache could not be read"),
            QCoreApplication.translate(
                "Errors",
                "The cache file is busy or damaged. Close other copies of the app; if this persists, remove the "
                "profile's cache.sqlite3 and sync again.",
            ),
        )
    # The exception's class and details go to the log (see Notifier.report), never into the sentence.
    return UserMessage(
        QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors",
            "An unexpected problem stopped this action. Try again; if it keeps happening, restart colivingdesk.",
        ),
    )


def sync_problem(channel: Channel, status: AccountStatus) -> UserMessage | None:
    """Why a sync of ``channel`` did not fully work, from its status after the pass; None when it did, or
    when it is offline (the offline banner speaks for that state as long as it lasts)."""
    name = channel.label
    if status.state == "key_rejected":
        return UserMessage(
            QCoreApplication.translate("Errors", "{channel} refused the API key").format(channel=name),
            QCoreApplication.translate(
                "Errors", "{channel} says the key is wrong, inactive or expired. Open Settings to paste a new key."
            ).format(channel=name),
        )
    if status.state == "rate_limited":
        until = status.waiting_until
        if until is not None:
            text = QCoreApplication.translate(
                "Errors", "Too many requests for now. Syncing with {channel} continues at {time}; your work is kept."
            ).format(channel=name, time=formatting.clock(until))
        else:
            text = QCoreApplication.translate(
                "Errors",
                "Too many requests for now. Syncing with {channel} continues when the channel allows; your work "
                "is kept.",
            ).format(channel=name)
        return UserMessage(
            QCoreApplication.translate("Errors", "{channel} asks us to slow down").format(channel=name),
            text,
            level=Level.WARNING,
        )
    if status.state == "not_configured":
        connect = QCoreApplication.translate("Errors", "Open Settings to connect it.")
        return UserMessage(
            QCoreApplication.translate("Errors", "{channel} is not connected").format(channel=name),
            f"{status.message} {connect}" if status.message else connect,
            level=Level.WARNING,
        )
    if status.stale:
        return UserMessage(
            QCoreApplication.translate("Errors", "Some {channel} updates could not be fetched").format(channel=name),
            status.message or QCoreApplication.translate(
                "Errors", "Part of {channel} was not refreshed; the next sync tries again."
            ).format(channel=name),
            level=Level.WARNING,
        )
    return None


class Notifier(QObject):
    """Where views send errors and short notices; the main window shows them (banner or status bar).

    Keeping this a signal hub means views never reach up to the main window, and tests can listen to the same
    signals a user would see.
    """

    #: A message for the non-modal banner over the current view.
    banner = Signal(object)  # UserMessage
    #: A short line for the status bar and how long to show it (ms, 0 = until replaced).
    status = Signal(str, int)

    def report(self, error: BaseException) -> UserMessage:
        """Show ``error`` in the banner; returns the message so a caller may also place field errors."""
        message = describe(error)
        if not isinstance(error, api_errors.ChannelError):
            log.error("unexpected error reported to the user", exc_info=error)
        self.banner.emit(message)
        return message

    def show(self, message: UserMessage) -> None:
        self.banner.emit(message)

    def info(self, text: str, timeout_ms: int = 5000) -> None:
        self.status.emit(text, timeout_ms)
