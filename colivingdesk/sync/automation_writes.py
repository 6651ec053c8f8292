"""The Service's automation writes: rules saved or deleted, an account's settings, and the user's hand on one
upcoming message (skip, send now, edit this one).

Each is a store write on the Service's store thread (the engine runs there too, so a rule saved mid-cycle is
read whole by the next run), announced on the change stream under ``automations`` when it lands. Checks that
refuse a rule or a setting (``AutomationError``, with the reason) run in the same write, against what the store
holds at that moment. Writes that can make a message due wake the account, whose next cycle queues and
delivers it like any due message.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from colivingdesk.domain import Channel
from colivingdesk.store.automations import AutomationRule
from colivingdesk.sync import automations
from colivingdesk.sync.automation_rules import HouseSettings, rule_channel

if TYPE_CHECKING:
    from colivingdesk.store import Store
    from colivingdesk.sync.clock import Clock
    from colivingdesk.sync.scheduler import Scheduler

T = TypeVar("T")


class AutomationWrites:
    """Mixed into :class:`~colivingdesk.sync.service.Service`, which provides the attributes declared here."""

    store: Store
    clock: Clock
    _scheduler: Scheduler

    if TYPE_CHECKING:

        def _emit(self, changes: Mapping[str, Iterable[str]]) -> None: ...

        async def _off_loop(self, write: Callable[[], T], then: Callable[[T], None]) -> T: ...

    async def save_automation_settings(self, channel: Channel, settings: dict[str, Any]) -> HouseSettings:
        """Check and store an account's time zone, working hours and reserve; ``AutomationError`` says what is
        wrong (``automation_rules.settings_problems`` says it per field, for a form)."""
        saved = await self._off_loop(
            functools.partial(automations.save_settings, self.store, channel, dict(settings)),
            lambda _: self._emit({"automations": {f"settings:{channel.value}"}}),
        )
        self._scheduler.wake(channel)  # an unanswered-message rule may now owe a message outside the new hours
        return saved

    async def save_automation_rule(self, rule: AutomationRule) -> AutomationRule:
        """Create (no id) or change a rule; ``AutomationError`` with the reason when it is refused, and then
        nothing is stored. What a rule already sent is never owed again, whatever is edited."""
        write = functools.partial(automations.save_rule, self.store, rule, self.clock.now())
        saved = await self._off_loop(write, lambda done: self._emit({"automations": {f"rule:{done.id}"}}))
        self._scheduler.wake(rule_channel(saved))
        return saved

    async def delete_automation_rule(self, rule_id: int) -> bool:
        """Remove a rule: what it has not sent is cancelled ("The rule was deleted."), its history stays."""
        write = functools.partial(self.store.automations.delete_rule, rule_id, self.clock.now())
        return await self._off_loop(write, lambda done: self._emit({"automations": {f"rule:{rule_id}"}}
                                                                   if done else {}))

    async def skip_automation(self, key: str) -> bool:
        """The user's Skip on an upcoming message; False when it is no longer upcoming."""
        return await self._occurrence_write(key, functools.partial(automations.skip, self.store, key,
                                                                   self.clock.now()))

    async def send_automation_now(self, key: str, channel: Channel) -> bool:
        """The user's Send now: the message falls due at once and its account is woken to queue and send it."""
        done = await self._occurrence_write(key, functools.partial(automations.send_now, self.store, key,
                                                                   self.clock.now()))
        if done:
            self._scheduler.wake(channel)
        return done

    async def edit_automation_text(self, key: str, text: str | None) -> bool:
        """The user's own text for one upcoming message (None: back to the saved reply); it goes once, to that
        message only. ``api.errors.ValidationError`` for an empty or too long text."""
        return await self._occurrence_write(key, functools.partial(automations.edit_text, self.store, key, text,
                                                                   self.clock.now()))

    async def _occurrence_write(self, key: str, write: Callable[[], bool]) -> bool:
        return await self._off_loop(write, lambda done: self._emit({"automations": {key}} if done else {}))


__all__ = ["AutomationWrites"]
