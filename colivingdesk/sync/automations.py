"""The automation engine: turns what the cache knows into outbox replies, each owed message at most once.

It never sends. After every sync cycle of an account, and when the scheduler wakes for the next message due,
:func:`run` (on the store thread) walks the account's enabled rules:

1. **Plan**: from the cached bookings, leads and conversations, every occurrence the rule owes now, each under
   a durable key made of the rule's id, the record and the occurrence (``r3:booking:812:checkin``), never the
   rule's text, so editing a rule does not make it owe anything again.
2. **Reconcile** with the stored occurrences: a new key is recorded ``scheduled``; a scheduled one follows
   the booking's new dates; a scheduled one the record no longer calls for (the booking was cancelled, the
   guest was answered) is ``cancelled`` with the reason. What was queued stays as it is.
3. **Fire** each due occurrence: fill the saved reply and, in the same transaction that marks it ``queued``,
   put it in the outbox under an idempotency key derived from the occurrence key. Two processes, a restart,
   a second sync of the same booking: the conditional state change lets exactly one through.

Delivery, retries, the reply cap and the host's reserve are the outbox sender's (see ``outbox``).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from colivingdesk.domain import Booking, Channel, Lead, Message, OutboxItem, Thread
from colivingdesk.labels import stay_values
from colivingdesk.store.automations import (
    CANCELLED as CANCELLED_STATE,
)
from colivingdesk.store.automations import (
    FAILED,
    MISSED,
    PREVIEW,
    QUEUED,
    SCHEDULED,
    SKIPPED,
    AutomationRule,
    Occurrence,
    PlannedOccurrence,
)
from colivingdesk.sync.automation_rules import (
    BEFORE_CHECKIN,
    BEFORE_CHECKOUT,
    CANCELLED,
    CONFIRMED,
    NEW_LEAD,
    TRIGGERS,
    UNANSWERED,
    AutomationError,
    HouseSettings,
    check_rule,
    parse_clock,
    rule_channel,
)
from colivingdesk.sync.outbox import check_reply_text, reply_payload
from colivingdesk.templates import fill
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled, reason_template

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.feeds import FeedContext

log = logging.getLogger(__name__)

#: How far back unanswered guest messages are looked for (older ones are past any rule's use).
UNANSWERED_LOOKBACK = timedelta(days=14)
#: How long after its time a message about a guest message, a lead or a cancellation is still worth sending.
LATE_LIMIT = timedelta(hours=12)
GONE_CANCELLED = "The booking was cancelled."
GONE_ANSWERED = "Answered before it was due."
GONE_CHANGED = "The booking no longer matches the rule (its dates, status or stay changed)."
BEFORE_RULE = "Already there when the rule was turned on."
EDITED = "Edited by you: this text goes instead of the saved reply."
GONE_LEAD = "The lead no longer matches the rule."
OFF_WHEN_DUE = "Its time came while the rule was off."
TOO_LATE = "Not sent: its time passed while nothing was syncing, and it would arrive too late to help."
REPLY_DELETED = "The rule's saved reply was deleted."
PREVIEWED = "Preview only: recorded, not sent."
SKIPPED_BY_YOU = "Skipped by you."
#: Reasons with values (stored in English, translated where shown: see ``translatable.reason_template``).
MISSING_VALUES = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "Not sent: {placeholders} had no value for this guest."))
NO_VALUE_YET = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "{placeholders} has no value yet: it is not sent unless one arrives by then."))


@dataclass(slots=True)
class RunResult:
    """What one run changed: outbox items it created and occurrences it recorded or settled."""

    queued: list[OutboxItem] = field(default_factory=list)
    occurrences: set[str] = field(default_factory=set)


def house_settings(store: Store, channel: Channel) -> HouseSettings:
    """The account's saved settings; defaults where none (or unreadable ones, which the settings form refuses)."""
    try:
        return HouseSettings.from_dict(store.automations.settings(channel))
    except AutomationError:
        log.warning("automation settings of %s are not valid; using the defaults", channel.label)
        return HouseSettings.from_dict({})


def save_settings(store: Store, channel: Channel, settings: dict[str, Any]) -> HouseSettings:
    """Check and store an account's zone, working hours and reserve; ``AutomationError`` says what is wrong."""
    checked = HouseSettings.from_dict(settings)
    store.automations.save_settings(channel, settings)
    return checked


def save_rule(store: Store, rule: AutomationRule, now: datetime | None = None) -> AutomationRule:
    """Check a rule against its saved reply and the account's settings, then store it."""
    reply = store.get_saved_reply(rule.saved_reply_id)
    settings = house_settings(store, rule_channel(rule)) if rule.trigger in TRIGGERS else None
    check_rule(rule, None if reply is None else reply.body, settings)
    return store.automations.save_rule(rule, now)


def applies(rule: AutomationRule, channel: Channel) -> bool:
    kind = TRIGGERS.get(rule.trigger)
    if kind is None or channel not in kind.channels:
        return False
    wanted = rule.filters.get("channel")
    return wanted is None or wanted == channel.value


# ---------------------------------------------------------------------------------------------- planning
def _local(day: date, at: time, settings: HouseSettings) -> datetime:
    return datetime.combine(day, at, tzinfo=settings.zone)


def _end_of(day: date, settings: HouseSettings) -> datetime:
    return _local(day + timedelta(days=1), time(0, 0), settings)


def _nights(booking: Booking) -> int:
    if booking.nights is not None:
        return booking.nights
    try:
        return (date.fromisoformat(booking.checkout[:10]) - date.fromisoformat(booking.checkin[:10])).days
    except ValueError:
        return 0


def _booking_matches(rule: AutomationRule, booking: Booking) -> bool:
    f = rule.filters
    if f.get("listings") and booking.listing_id not in {str(x) for x in f["listings"]}:
        return False
    nights = _nights(booking)
    if f.get("min_nights") is not None and nights < int(f["min_nights"]):
        return False
    return not (f.get("max_nights") is not None and nights > int(f["max_nights"]))


def _booking_statuses(rule: AutomationRule) -> set[str]:
    if rule.trigger == CONFIRMED:
        return {"confirmed"}
    if rule.trigger == CANCELLED:
        return {"cancelled"}
    return {str(s).lower() for s in rule.filters.get("statuses") or ["confirmed"]}


def _plan_bookings(store: Store, rule: AutomationRule, settings: HouseSettings, now: datetime
                   ) -> list[PlannedOccurrence]:
    assert rule.id is not None
    today = now.astimezone(settings.zone).date()
    statuses = _booking_statuses(rule)
    planned: list[PlannedOccurrence] = []
    for booking_id in store.automations.booking_ids((today - timedelta(days=1)).isoformat()):
        booking = store.get_booking(booking_id)
        if booking is None or booking.status.lower() not in statuses or not _booking_matches(rule, booking):
            continue
        try:
            checkin = date.fromisoformat(booking.checkin[:10])
            checkout = date.fromisoformat(booking.checkout[:10])
        except ValueError:
            continue
        if rule.trigger in (BEFORE_CHECKIN, BEFORE_CHECKOUT):
            anchor = checkin if rule.trigger == BEFORE_CHECKIN else checkout
            at = parse_clock(rule.timing.get("at", "10:00"), "The time of day")
            due = _local(anchor - timedelta(days=int(rule.timing.get("days", 0))), at, settings)
            latest = _end_of(anchor, settings)
            occurrence = "checkin" if rule.trigger == BEFORE_CHECKIN else "checkout"
        else:
            # The event has no time of its own in the cache: it happened when first seen, and that time is
            # kept by the stored occurrence (a planned time is used only when the key is new).
            due = now + timedelta(minutes=int(rule.timing.get("minutes", 0)))
            latest = _end_of(checkin, settings) if rule.trigger == CONFIRMED else due + LATE_LIMIT
            occurrence = "confirmed" if rule.trigger == CONFIRMED else "cancelled"
        planned.append(PlannedOccurrence(
            key=f"r{rule.id}:booking:{booking.id}:{occurrence}", rule_id=rule.id, channel=Channel.COLIVING,
            record_kind="booking", record_id=booking.id, target=booking.id, due_at=due, latest_at=latest,
        ))
    return planned


def _plan_leads(store: Store, rule: AutomationRule, now: datetime) -> list[PlannedOccurrence]:
    assert rule.id is not None and rule.active_since is not None
    wanted = {str(x) for x in rule.filters.get("properties") or []}
    planned = []
    for lead_id in store.automations.lead_ids(rule.active_since):
        lead = store.get_lead(lead_id)
        if lead is None or lead.created_at is None or (wanted and lead.property_id not in wanted):
            continue
        thread = lead.thread_id or _thread_id(store.thread_for_lead(lead)) or ""
        due = lead.created_at + timedelta(minutes=int(rule.timing.get("minutes", 0)))
        planned.append(PlannedOccurrence(
            key=f"r{rule.id}:lead:{lead.id}", rule_id=rule.id, channel=Channel.BMC, record_kind="lead",
            record_id=lead.id, target=thread, due_at=due, latest_at=due + LATE_LIMIT, property_id=lead.property_id,
        ))
    return planned


def _thread_id(thread: Thread | None) -> str | None:
    return None if thread is None else thread.external_id


def _plan_unanswered(store: Store, rule: AutomationRule, channel: Channel, settings: HouseSettings,
                     now: datetime) -> list[PlannedOccurrence]:
    assert rule.id is not None and rule.active_since is not None
    since = max(rule.active_since, now - UNANSWERED_LOOKBACK)
    places = {str(x) for x in [*(rule.filters.get("properties") or []), *(rule.filters.get("listings") or [])]}
    planned = []
    for thread_id, message_id, at in store.automations.awaiting_messages(channel, since):
        if rule.timing.get("outside_hours_only") and settings.working(at):
            continue
        thread = store.get_thread(channel, thread_id)
        booking = store.get_booking(thread.booking_id or thread_id) if channel is Channel.COLIVING and thread \
            else None
        place = booking.listing_id if booking is not None else (thread.property_id if thread else None)
        if places and place not in places:
            continue
        due = at + timedelta(minutes=int(rule.timing.get("minutes", 0)))
        planned.append(PlannedOccurrence(
            key=f"r{rule.id}:message:{channel.value}:{thread_id}:{message_id}", rule_id=rule.id, channel=channel,
            record_kind="message", record_id=message_id, target=thread_id, due_at=due, latest_at=due + LATE_LIMIT,
            property_id=thread.property_id if thread is not None else None,
        ))
    return planned


def plan(store: Store, rule: AutomationRule, channel: Channel, settings: HouseSettings, now: datetime
         ) -> list[PlannedOccurrence]:
    """Every occurrence ``rule`` owes on ``channel`` according to the cache right now."""
    if rule.trigger == NEW_LEAD:
        return _plan_leads(store, rule, now)
    if rule.trigger == UNANSWERED:
        return _plan_unanswered(store, rule, channel, settings, now)
    return _plan_bookings(store, rule, settings, now)


# ---------------------------------------------------------------------------------------------- running
def run(store: Store, channel: Channel, now: datetime) -> RunResult:
    """Plan, reconcile and fire every enabled rule of ``channel`` (synchronous: call it on the store thread)."""
    result = RunResult()
    settings = house_settings(store, channel)
    rules = {r.id: r for r in store.automations.rules(enabled_only=True) if applies(r, channel)}
    for rule in rules.values():
        try:
            _reconcile(store, rule, channel, settings, now, result)
        except Exception:
            log.exception("automation rule %s could not be evaluated", rule.id)
    for occurrence in store.automations.due(channel, now):
        owner = rules.get(occurrence.rule_id)
        if owner is not None:
            _fire(store, owner, occurrence, now, result)
    return result


def _reconcile(store: Store, rule: AutomationRule, channel: Channel, settings: HouseSettings, now: datetime,
               result: RunResult) -> None:
    assert rule.id is not None and rule.active_since is not None
    repo = store.automations
    planned = plan(store, rule, channel, settings, now)
    baseline = not rule.baselined and rule.trigger in (CONFIRMED, CANCELLED)
    for occurrence in planned:
        if baseline:
            if repo.add(occurrence, SKIPPED, BEFORE_RULE, now):
                result.occurrences.add(occurrence.key)
            continue
        if occurrence.due_at < rule.active_since and rule.trigger in (BEFORE_CHECKIN, BEFORE_CHECKOUT):
            continue  # its time had passed before the rule existed
        # A new key is recorded; a known one follows its booking's dates unless its time is when it was seen.
        movable = rule.trigger not in (CONFIRMED, CANCELLED)
        if repo.add(occurrence, now=now) or (movable and repo.reschedule(occurrence, now)):
            result.occurrences.add(occurrence.key)
    if baseline:
        repo.mark_baselined(rule.id)
    live = {o.key for o in planned}
    for stale in repo.scheduled(rule.id):
        gone = stale.channel is channel and stale.key not in live
        if gone and repo.settle(stale.key, CANCELLED_STATE, _why_gone(store, stale), now=now):
            result.occurrences.add(stale.key)


def _why_gone(store: Store, occurrence: Occurrence) -> str:
    if occurrence.record_kind == "message":
        return GONE_ANSWERED
    if occurrence.record_kind == "booking":
        booking = store.get_booking(occurrence.record_id)
        if booking is not None and booking.status.lower() == "cancelled":
            return GONE_CANCELLED
        return GONE_CHANGED
    return GONE_LEAD


def _fire(store: Store, rule: AutomationRule, occurrence: Occurrence, now: datetime, result: RunResult) -> None:
    repo = store.automations
    if rule.active_since is not None and occurrence.due_at < rule.active_since:
        if repo.settle(occurrence.key, SKIPPED, OFF_WHEN_DUE, now=now):
            result.occurrences.add(occurrence.key)
        return
    if now > occurrence.latest_at:
        reason = TOO_LATE
        if repo.settle(occurrence.key, MISSED, reason, now=now):
            result.occurrences.add(occurrence.key)
        return
    if not occurrence.target:
        return  # a lead whose conversation is not known yet; it goes once the conversation is synced
    text = occurrence.edited_text
    if text is None:
        reply = store.get_saved_reply(rule.saved_reply_id)
        if reply is None:
            repo.settle(occurrence.key, FAILED, REPLY_DELETED, now=now)
            result.occurrences.add(occurrence.key)
            return
        filled = fill(reply.body, occurrence_values(store, occurrence))
        if not filled.complete:
            missing = ", ".join(f"{{{n}}}" for n in (*filled.unfilled, *filled.unknown))
            repo.settle(occurrence.key, FAILED, MISSING_VALUES.format(placeholders=missing), filled.text, now)
            result.occurrences.add(occurrence.key)
            return
        text = filled.text
    if rule.preview_only:
        repo.settle(occurrence.key, PREVIEW, PREVIEWED, text, now)
        result.occurrences.add(occurrence.key)
        return
    if occurrence.channel is Channel.BMC and not occurrence.property_id:
        thread = store.get_thread(Channel.BMC, occurrence.target)
        property_id = thread.property_id if thread is not None else None
        if not property_id:
            return  # BookMyColiving needs the property; wait for the conversation's summary
    else:
        property_id = occurrence.property_id
    known = [m.external_id for m in store.messages_for_thread(occurrence.channel, occurrence.target)
             if isinstance(m, Message) and m.text == text]
    payload = reply_payload(text, property_id if occurrence.channel is Channel.BMC else None, known)
    payload["automation"] = {"rule_id": rule.id, "rule": rule.name, "occurrence": occurrence.key}
    item = repo.fire(occurrence.key, occurrence.channel, occurrence.target, payload, text, now)
    result.occurrences.add(occurrence.key)
    if item is not None:
        result.queued.append(item)


def occurrence_values(store: Store, occurrence: Occurrence | PlannedOccurrence) -> dict[str, str | None]:
    """Placeholder values for an occurrence's record, read from the cache at the moment it is sent."""
    values: dict[str, str | None] = {"host_name": store.host_name() or None}
    booking: Booking | None = None
    lead: Lead | None = None
    if occurrence.record_kind == "booking":
        booking = store.get_booking(occurrence.record_id)
    elif occurrence.record_kind == "lead":
        lead = store.get_lead(occurrence.record_id)
    else:
        thread = store.get_thread(occurrence.channel, occurrence.target)
        if thread is not None:
            values["guest_name"] = thread.participant_name or None
            if thread.property_id:
                prop = store.get_property(thread.property_id)
                values["property"] = prop.name if prop is not None else None
        if occurrence.channel is Channel.COLIVING:
            booking = store.get_booking(thread.booking_id if thread and thread.booking_id else occurrence.target)
    if lead is not None:
        values["guest_name"] = lead.guest_name or None
        prop = store.get_property(lead.property_id) if lead.property_id else None
        values["property"] = prop.name if prop is not None else None
    if booking is not None:
        values["guest_name"] = values.get("guest_name") or booking.guest_name or None
        values.update(stay_values(store, booking))
    return values


async def run_account(ctx: FeedContext) -> None:
    """The engine for the account of ``ctx``, on the store thread; what changed joins the cycle's changes."""
    result = await ctx.write(functools.partial(run, ctx.store, ctx.account.channel, ctx.now()))
    if result.queued:
        ctx.changes.add("outbox", [str(i.id) for i in result.queued])
    if result.occurrences:
        ctx.changes.add("automations", result.occurrences)


def skip(store: Store, key: str, now: datetime) -> bool:
    """The user's Skip on an upcoming message: it is not sent, now or later; False if it is no longer upcoming."""
    return store.automations.settle(key, SKIPPED, SKIPPED_BY_YOU, now=now)


def send_now(store: Store, key: str, now: datetime) -> bool:
    """The user's Send now: the message falls due at once (the next run queues it)."""
    return store.automations.send_now(key, now)


def edit_text(store: Store, key: str, text: str | None, now: datetime) -> bool:
    """The user's "edit this one": ``text`` goes instead of the saved reply, to this occurrence only (None or
    the text the saved reply gives anyway: back to the saved reply). ``api.errors.ValidationError`` for an
    empty or too long text; False when the message is no longer upcoming."""
    if text is not None:
        check_reply_text(text)
        occurrence = store.automations.get(key)
        if occurrence is not None and text == _filled_now(store, occurrence):
            text = None
    return store.automations.edit_text(key, text, now)


def _filled_now(store: Store, occurrence: Occurrence) -> str | None:
    rule = store.automations.get_rule(occurrence.rule_id)
    reply = store.get_saved_reply(rule.saved_reply_id) if rule is not None else None
    return fill(reply.body, occurrence_values(store, occurrence)).text if reply is not None else None


def try_rule(store: Store, rule: AutomationRule, booking_id: str) -> str:
    """The rule's saved reply filled for one booking, as it would be sent (unfillable placeholders left as
    ``{name}``), for trying a rule before turning it on."""
    reply = store.get_saved_reply(rule.saved_reply_id)
    if reply is None:
        raise AutomationError(filled("AutomationError", QT_TRANSLATE_NOOP(
            "AutomationError", "The rule's saved reply does not exist (deleted?).")))
    booking = store.get_booking(booking_id)
    if booking is None:
        raise AutomationError(filled("AutomationError", QT_TRANSLATE_NOOP(
            "AutomationError", "No booking {booking} in the cache."), booking=booking_id))
    probe = PlannedOccurrence(key="", rule_id=rule.id or 0, channel=Channel.COLIVING, record_kind="booking",
                              record_id=booking.id, target=booking.id, due_at=datetime.min, latest_at=datetime.min)
    return fill(reply.body, occurrence_values(store, probe)).text


def true_state(occurrence: Occurrence) -> str:
    """What became of an occurrence: its outbox item's state once queued (a pruned item was sent)."""
    if occurrence.state != "queued":
        return occurrence.state
    return occurrence.outbox_state.value if occurrence.outbox_state is not None else "sent"


def describe(store: Store, occurrence: Occurrence, names: dict[int, str]) -> dict[str, Any]:
    """One occurrence as the headless listing prints it and the Automations view shows it: an upcoming one
    with its text as it would be filled now, a past one with its true state and why."""
    text = occurrence.text
    reason = occurrence.outbox_error if occurrence.state == QUEUED else occurrence.reason
    if occurrence.state == SCHEDULED and occurrence.edited_text is not None:
        text, reason = occurrence.edited_text, EDITED
    elif occurrence.state == SCHEDULED:
        rule = store.automations.get_rule(occurrence.rule_id)
        reply = store.get_saved_reply(rule.saved_reply_id) if rule is not None else None
        filled = fill(reply.body, occurrence_values(store, occurrence)) if reply is not None else None
        text = filled.text if filled is not None else None
        if filled is not None and (filled.unfilled or filled.unknown):
            # Said before it is due: at its time such a message is not sent, never sent with a raw placeholder.
            missing = ", ".join(f"{{{n}}}" for n in (*filled.unfilled, *filled.unknown))
            reason = NO_VALUE_YET.format(placeholders=missing)
    return {
        "key": occurrence.key,
        "rule_id": occurrence.rule_id,
        "rule": names.get(occurrence.rule_id, occurrence.rule_name),
        "channel": occurrence.channel.value,
        "record": f"{occurrence.record_kind}:{occurrence.record_id}",
        "target": occurrence.target,
        "due_at": occurrence.due_at.isoformat(),
        "state": true_state(occurrence),
        "reason": reason,
        "text": text,
        "outbox_id": occurrence.outbox_id,
        "edited": occurrence.edited_text is not None,
    }


def listing(store: Store, history_limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(upcoming soonest first, history newest first), each entry as :func:`describe` makes it."""
    names = {r.id: r.name for r in store.automations.rules() if r.id is not None}
    upcoming = [describe(store, o, names) for o in store.automations.listing([SCHEDULED])]
    done = [QUEUED, PREVIEW, SKIPPED, CANCELLED_STATE, MISSED, FAILED]
    history = [describe(store, o, names)
               for o in store.automations.listing(done, limit=history_limit, newest_first=True)]
    return upcoming, history


def next_due(store: Store, channel: Channel, now: datetime) -> datetime | None:
    """When the engine next has a message to queue on ``channel`` (for the scheduler's wake-up)."""
    return store.automations.next_due(channel, now)
