"""Values the Service reports to the window and the headless commands: account state, budgets, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from colivingdesk.api.errors import ChannelError

#: ``no_worker``: a desktop on a team database while no sync worker runs there (writes wait for one).
AccountState = Literal[
    "not_configured", "idle", "syncing", "up_to_date", "offline", "key_rejected", "rate_limited", "no_worker"
]


@dataclass(frozen=True, slots=True)
class BudgetView:
    """One rate budget as the status bar shows it; ``None`` fields are not known yet (no response seen).

    ``per`` names the limit's window ("hour", "minute") for a budget whose reset time is not known.
    """

    label: str
    limit: int | None
    remaining: int | None
    reset_at: datetime | None
    per: str = ""


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """An account's health. ``headline`` is the budget the operator runs into (BookMyColiving's 60 replies
    an hour, Coliving.com's 60 requests a minute); ``budgets`` is every endpoint group the server reported.
    ``waiting_until`` is when a ``rate_limited`` account may send again (a wait this process or another one
    on the profile learnt). ``stale`` names the parts the last pass could not refresh (feed label -> the
    channel's words) while the rest synced; ``message`` then says so in a sentence. ``progress`` is one line
    saying how far a running pass has got (empty unless ``syncing``)."""

    state: AccountState
    last_synced_at: datetime | None = None
    message: str = ""
    budgets: list[BudgetView] = field(default_factory=list)
    headline: BudgetView | None = None
    waiting_until: datetime | None = None
    stale: dict[str, str] = field(default_factory=dict)
    progress: str = ""


@dataclass(frozen=True, slots=True)
class ChannelWait:
    """Endpoint groups of one account that may not be called now, and until when each (UTC).

    ``until`` is the earliest of them: the moment a later run can do more than this one.
    """

    groups: dict[str, datetime]
    reason: str

    @property
    def until(self) -> datetime:
        return min(self.groups.values())

    def to_json(self) -> dict[str, object]:
        return {
            "until": self.until.isoformat(),
            "groups": sorted(self.groups),
            "groups_until": {group: at.isoformat() for group, at in sorted(self.groups.items())},
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome of checking a key: ``message`` is one line to show; ``detail`` the host name or server text."""

    ok: bool
    message: str
    detail: str | None = None


@dataclass(slots=True)
class SyncReport:
    """What one ``sync_once`` did: requests made per channel, ids changed per kind, errors as text per
    channel, and ``feeds``: per channel, the feeds that failed while the others synced (label -> reason).

    ``conversations`` is per channel ``{"read": n, "waiting": m}``: conversations read during the sync, and
    open ones it did not get to (Coliving.com, where each conversation costs a request).
    """

    requests: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    #: Per channel, the rate-limit waits in force when the run ended (only channels that have one).
    waits: dict[str, ChannelWait] = field(default_factory=dict)
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)
    conversations: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Per channel, what the feeds still have to fetch when the run ended (kind -> count; all zero when the
    #: run was complete): BookMyColiving ``threads``; Coliving.com ``details`` and ``conversations``.
    backlog: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and not any(self.feeds.values())

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "requests": dict(sorted(self.requests.items())),
            "changed": dict(sorted(self.changed.items())),
            "errors": dict(sorted(self.errors.items())),
            "waits": {channel: wait.to_json() for channel, wait in sorted(self.waits.items())},
            "feeds": {channel: dict(failed) for channel, failed in sorted(self.feeds.items())},
            "conversations": dict(sorted(self.conversations.items())),
            "backlog": dict(sorted(self.backlog.items())),
        }

    def add_changed(self, counts: dict[str, int]) -> None:
        for kind, count in counts.items():
            self.changed[kind] = self.changed.get(kind, 0) + count


class TeamModeRefused(ChannelError):
    """A desktop on a team database was asked to talk to a channel itself (verify a key, sync now, send a test
    webhook): in team mode only the team's sync worker does that. ``label`` names the team database."""

    def __init__(self, label: str) -> None:
        super().__init__(
            f"This window works on the team database {label}: the team's sync worker talks to the channels, "
            "so this is done where the worker runs."
        )
        self.label = label
