"""What an automation rule may say, and the checks that refuse a rule that could never send what it promises.

A rule is a trigger (what happened), a filter (to which records), a saved reply and a timing. Timing is read
in the house's time zone: "2 days before check-in at 10:00" means 10:00 where the guests arrive, whatever
zone the computer running the sync is in. Each account has its zone, its working hours (for "only outside
working hours") and how many of BookMyColiving's 60 replies an hour stay for the host's own replies.

A rule is refused, with the reason, when its saved reply has a placeholder its trigger cannot fill (a lead has
no check-in date), when its timing points before the event it follows, and when the working hours it depends
on never open; so nothing is discovered at the moment a guest should have received a message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from colivingdesk.domain import Channel
from colivingdesk.store.automations import AutomationRule
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled, reason_template, translated

if TYPE_CHECKING:
    from colivingdesk.store import Store
from colivingdesk.templates import PLACEHOLDERS, placeholders_in

CONFIRMED = "booking_confirmed"
BEFORE_CHECKIN = "before_checkin"
BEFORE_CHECKOUT = "before_checkout"
CANCELLED = "booking_cancelled"
NEW_LEAD = "new_lead"
UNANSWERED = "unanswered_message"

_BOOKING_VALUES = ("guest_name", "first_name", "listing", "room_type", "checkin", "checkout", "host_name")


@dataclass(frozen=True, slots=True)
class TriggerKind:
    label: str
    channels: tuple[Channel, ...]
    #: The placeholders the trigger's record can fill.
    fills: tuple[str, ...]
    #: "days" (N days before a date, at a local time) or "minutes" (N minutes after the event).
    timing: str


TRIGGERS: dict[str, TriggerKind] = {
    CONFIRMED: TriggerKind("Booking confirmed", (Channel.COLIVING,), _BOOKING_VALUES, "minutes"),
    BEFORE_CHECKIN: TriggerKind("Days before check-in", (Channel.COLIVING,), _BOOKING_VALUES, "days"),
    BEFORE_CHECKOUT: TriggerKind("Days before check-out", (Channel.COLIVING,), _BOOKING_VALUES, "days"),
    CANCELLED: TriggerKind("Booking cancelled", (Channel.COLIVING,), _BOOKING_VALUES, "minutes"),
    NEW_LEAD: TriggerKind("New lead", (Channel.BMC,), ("guest_name", "first_name", "property", "host_name"),
                          "minutes"),
    UNANSWERED: TriggerKind("Guest message unanswered", (Channel.BMC, Channel.COLIVING),
                            ("guest_name", "first_name", "host_name"), "minutes"),
}
#: What an unanswered message can fill once the rule names its channel.
_UNANSWERED_FILLS = {
    Channel.BMC: ("guest_name", "first_name", "property", "host_name"),
    Channel.COLIVING: _BOOKING_VALUES,
}

DEFAULT_RESERVE = 10
DEFAULT_WORK_START = "09:00"
DEFAULT_WORK_END = "18:00"
DEFAULT_WORK_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday
MAX_DAYS = 365
MAX_MINUTES = 60 * 24 * 14


class AutomationError(ValueError):
    """A rule or setting that cannot be accepted; the message says why, for the user."""


def _say(source: str, **values: object) -> str:
    """A reason marked under ``AutomationError``, in the window's language (English on the command line)."""
    return filled("AutomationError", source, **values)


def system_zone() -> tzinfo:
    """The computer's time zone by name when it can be found (so summer time moves with it), else its offset."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            name = str(Path("/etc/localtime").resolve()).partition("zoneinfo/")[2]
        except OSError:
            name = ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def parse_clock(text: Any, what: str) -> time:
    try:
        hours, minutes = str(text).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "{what} must be a time such as 09:30."), what=what)) from None


@dataclass(frozen=True, slots=True)
class HouseSettings:
    """One account's zone, working hours and the hourly replies kept for the host."""

    zone: tzinfo
    work_start: time
    work_end: time
    work_days: tuple[int, ...]
    reserve: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HouseSettings:
        """Read stored settings (missing values take their defaults); ``AutomationError`` if they are wrong."""
        problems = settings_problems(data)
        if problems:
            raise AutomationError(next(iter(problems.values())))
        zone_name = data.get("time_zone")
        zone: tzinfo = ZoneInfo(zone_name) if zone_name else system_zone()
        start = parse_clock(data.get("work_start", DEFAULT_WORK_START), "")
        end = parse_clock(data.get("work_end", DEFAULT_WORK_END), "")
        days = tuple(sorted({int(d) for d in data.get("work_days", DEFAULT_WORK_DAYS)}))
        return cls(zone, start, end, days, int(data.get("reserve", DEFAULT_RESERVE)))

    def working(self, at: datetime) -> bool:
        local = at.astimezone(self.zone)
        return local.weekday() in self.work_days and self.work_start <= local.time() < self.work_end


def settings_problems(data: dict[str, Any]) -> dict[str, str]:
    """What is wrong with an account's settings, by field (``time_zone``, ``work_start``, ``work_end``,
    ``work_days``, ``reserve``), each with the reason for the user; empty when they can be saved. The settings
    form shows each reason next to its field; :meth:`HouseSettings.from_dict` refuses with the first."""
    problems: dict[str, str] = {}
    zone_name = data.get("time_zone")
    if zone_name:
        try:
            ZoneInfo(str(zone_name))
        except (ZoneInfoNotFoundError, ValueError):
            problems["time_zone"] = _say(QT_TRANSLATE_NOOP(
                "AutomationError", "“{zone}” is not a known time zone (e.g. Europe/Lisbon)."), zone=zone_name)
    clocks: dict[str, time] = {}
    for name, default, what in (
        ("work_start", DEFAULT_WORK_START, _say(QT_TRANSLATE_NOOP("AutomationError", "The start of working hours"))),
        ("work_end", DEFAULT_WORK_END, _say(QT_TRANSLATE_NOOP("AutomationError", "The end of working hours"))),
    ):
        try:
            clocks[name] = parse_clock(data.get(name, default), what)
        except AutomationError as err:
            problems[name] = str(err)
    if len(clocks) == 2 and clocks["work_start"] >= clocks["work_end"]:
        problems["work_end"] = _say(QT_TRANSLATE_NOOP(
            "AutomationError", "These working hours never open: the end must be after the start."))
    try:
        days = {int(d) for d in data.get("work_days", DEFAULT_WORK_DAYS)}
    except (TypeError, ValueError):
        days = {-1}
    if not days:
        problems["work_days"] = _say(QT_TRANSLATE_NOOP(
            "AutomationError", "These working hours never open: choose at least one day of the week."))
    elif any(d < 0 or d > 6 for d in days):
        problems["work_days"] = _say(QT_TRANSLATE_NOOP(
            "AutomationError", "Working days are numbered 0 (Monday) to 6 (Sunday)."))
    try:
        reserve = int(data.get("reserve", DEFAULT_RESERVE))
    except (TypeError, ValueError):
        reserve = -1
    if not 0 <= reserve < 60:
        problems["reserve"] = _say(QT_TRANSLATE_NOOP(
            "AutomationError", "The replies kept for you must be between 0 and 59 of the 60 an hour."))
    return problems


def rule_channel(rule: AutomationRule) -> Channel:
    """The account a rule's messages go through."""
    kind = TRIGGERS[rule.trigger]
    wanted = rule.filters.get("channel")
    return Channel(wanted) if wanted else kind.channels[0]


def fillable(rule: AutomationRule) -> tuple[str, ...]:
    if rule.trigger == UNANSWERED and rule.filters.get("channel"):
        return _UNANSWERED_FILLS[Channel(rule.filters["channel"])]
    return TRIGGERS[rule.trigger].fills


def check_rule(rule: AutomationRule, reply_body: str | None, settings: HouseSettings | None) -> None:
    """Refuse a rule that could not do what it says; the error's text is the reason, for the user."""
    if not rule.name.strip():
        raise AutomationError(_say(QT_TRANSLATE_NOOP("AutomationError", "A rule needs a name.")))
    kind = TRIGGERS.get(rule.trigger)
    if kind is None:
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "“{trigger}” is not a trigger; choose one of {triggers}."),
            trigger=rule.trigger, triggers=", ".join(TRIGGERS)))
    channel = rule.filters.get("channel")
    if channel is not None and channel not in {c.value for c in kind.channels}:
        names = " / ".join(c.label for c in kind.channels)
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "“{trigger}” happens on {channels} only."),
            trigger=_trigger_name(kind), channels=names))
    if reply_body is None:
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "The rule's saved reply does not exist (deleted?).")))
    can_fill = fillable(rule)
    for name in placeholders_in(reply_body):
        if name not in PLACEHOLDERS:
            raise AutomationError(_say(QT_TRANSLATE_NOOP(
                "AutomationError", "{placeholder} in the saved reply is not a placeholder."),
                placeholder=f"{{{name}}}"))
        if name not in can_fill:
            raise AutomationError(_say(QT_TRANSLATE_NOOP(
                "AutomationError", "{placeholder} cannot be filled for “{trigger}”: it knows {known}."),
                placeholder=f"{{{name}}}", trigger=_trigger_name(kind),
                known=", ".join(f"{{{n}}}" for n in can_fill)))
    _check_timing(rule, kind)
    nights = [rule.filters.get("min_nights"), rule.filters.get("max_nights")]
    if any(n is not None and int(n) < 0 for n in nights):
        raise AutomationError(_say(QT_TRANSLATE_NOOP("AutomationError", "A stay length cannot be negative.")))
    if None not in nights and int(nights[0]) > int(nights[1]):  # type: ignore[arg-type]
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "The shortest stay is longer than the longest: no booking could match.")))
    if rule.timing.get("outside_hours_only") and settings is None:
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "“Only outside working hours” needs working hours that open.")))


def _check_timing(rule: AutomationRule, kind: TriggerKind) -> None:
    if kind.timing == "days":
        days = int(rule.timing.get("days", 0))
        if days < 0:
            raise AutomationError(_say(QT_TRANSLATE_NOOP(
                "AutomationError", "A message before a date cannot be timed after it: use 0 days or more.")))
        if days > MAX_DAYS:
            raise AutomationError(_say(QT_TRANSLATE_NOOP(
                "AutomationError", "At most {days} days ahead."), days=MAX_DAYS))
        parse_clock(rule.timing.get("at", "10:00"), _say(QT_TRANSLATE_NOOP("AutomationError", "The time of day")))
        return
    minutes = int(rule.timing.get("minutes", 0))
    if minutes < 0:
        raise AutomationError(_say(QT_TRANSLATE_NOOP(
            "AutomationError", "A message cannot be sent before what triggers it: use 0 minutes or more.")))
    if minutes > MAX_MINUTES:
        raise AutomationError(_say(QT_TRANSLATE_NOOP("AutomationError", "At most 14 days after what triggers it.")))


def reserved_replies(store: Store, channel: Channel) -> int:
    """How many of the hourly replies automated messages leave for the host (the account's setting)."""
    try:
        return HouseSettings.from_dict(store.automations.settings(channel)).reserve
    except AutomationError:
        return DEFAULT_RESERVE


#: Why an automated reply waits, on its outbox item (stored in English, translated where shown).
RESERVE_REASON = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "Held: the last {reserve} replies this hour are kept for you."))


def reserve_reason(reserve: int) -> str:
    """Why an automated reply waits, on its outbox item."""
    return RESERVE_REASON.format(reserve=reserve)


def _trigger_name(kind: TriggerKind) -> str:
    """A trigger's name in the window's language (the rule dialog's own words for it)."""
    return translated("AutomationRuleDialog", kind.label)
