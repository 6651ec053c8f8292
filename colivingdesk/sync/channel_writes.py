"""The Service's writes that go to a channel: replies, listing saves and actions, photos, availability and
rates, each checked, then persisted in the outbox.

A write is checked on the loop (checks that need the cache run with the write), persisted on the store thread,
which may be busy with a sync page while the loop keeps turning, and announced on the loop; the outbox
senders deliver it (see ``sync.outbox``). They live apart from the Service's syncing and delivery so that
module stays about running the accounts.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from colivingdesk.api.errors import FieldError, ValidationError
from colivingdesk.domain import Channel, Message, OutboxItem
from colivingdesk.sync import listing_writes
from colivingdesk.sync.outbox import (
    AVAILABILITY,
    PROPERTY_DELETE,
    PROPERTY_PHOTOS,
    PROPERTY_SUBMIT,
    PROPERTY_UNPUBLISH,
    RATES,
    REPLY,
    check_reply_text,
    reply_payload,
)
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled

if TYPE_CHECKING:
    from colivingdesk.api.bmc import PropertyDraft
    from colivingdesk.store import Store

PropertyAction = Literal["submit", "unpublish", "delete"]
_ACTION_KINDS = {"submit": PROPERTY_SUBMIT, "unpublish": PROPERTY_UNPUBLISH, "delete": PROPERTY_DELETE}


class ChannelWrites:
    """Mixed into :class:`~colivingdesk.sync.service.Service`, which provides the attributes declared here."""

    store: Store

    if TYPE_CHECKING:

        async def _persist(self, write: Callable[[], OutboxItem]) -> OutboxItem: ...

        def _announce(self, item: OutboxItem) -> None: ...

    # The window awaits these coroutines; ``enqueue_reply`` is the blocking form for the command line, which
    # has no window to keep responsive.
    async def queue_reply(
        self,
        channel: Channel,
        thread_external_id: str,
        text: str,
        *,
        property_id: str | None = None,
        author: str | None = None,
    ) -> OutboxItem:
        """Queue a reply; raises ``api.errors.ValidationError`` (path ``content``) if empty or too long.
        ``author`` is the key of the person writing it (``store.people``)."""
        check_reply_text(text)
        return await self._persist(
            functools.partial(self._store_reply, channel, thread_external_id, text, property_id, author)
        )

    def enqueue_reply(
        self,
        channel: Channel,
        thread_external_id: str,
        text: str,
        *,
        property_id: str | None = None,
        author: str | None = None,
    ) -> OutboxItem:
        """:meth:`queue_reply` without leaving the calling thread (it waits for the store)."""
        check_reply_text(text)
        item = self._store_reply(channel, thread_external_id, text, property_id, author)
        self._announce(item)
        return item

    async def save_property(
        self, draft: PropertyDraft | Mapping[str, Any], property_id: str | None
    ) -> OutboxItem:
        """Queue a BookMyColiving create (``property_id=None``) or replace, from a ``PropertyDraft`` or its
        fields; photos follow it as their own step (see ``sync.listing_writes``)."""
        from colivingdesk.api.bmc import PropertyDraft

        model = draft if isinstance(draft, PropertyDraft) else PropertyDraft.model_validate(dict(draft))

        def plan_and_store() -> OutboxItem:
            cached = self.store.get_property(property_id) if property_id else None
            kind, target, payload = listing_writes.save_plan(model, property_id, cached)
            return self.store.enqueue(Channel.BMC, kind, target, payload, str(uuid.uuid4()))

        return await self._persist(plan_and_store)

    async def property_action(self, property_id: str, action: PropertyAction) -> OutboxItem:
        if action not in _ACTION_KINDS:
            raise ValueError(f"unknown property action {action!r}")
        return await self._enqueue(Channel.BMC, _ACTION_KINDS[action], property_id, {})

    async def add_photos(self, property_id: str, urls: Sequence[str]) -> OutboxItem:
        if not urls:
            raise ValidationError(
                _refuse(QT_TRANSLATE_NOOP("InputError", "Add at least one photo URL.")), status=0,
                channel=Channel.BMC.label,
                field_errors=(FieldError(path="photos", message=_required(), code="required"),),
            )
        return await self._enqueue(Channel.BMC, PROPERTY_PHOTOS, property_id, {"urls": list(urls)})

    async def push_availability(self, updates: Sequence[Mapping[str, Any]]) -> OutboxItem:
        """Queue Coliving.com availability rows (``listing_id``, ``room_type_id``, ``available``, dates)."""
        from colivingdesk.api.coliving import AvailabilityUpdate

        rows = [
            AvailabilityUpdate.model_validate(dict(u)).model_dump(mode="json") for u in _non_empty(updates)
        ]
        return await self._enqueue(Channel.COLIVING, AVAILABILITY, _listings(rows), {"updates": rows})

    async def push_rates(self, updates: Sequence[Mapping[str, Any]]) -> OutboxItem:
        """Queue Coliving.com rate rows (``listing_id``, ``room_type_id``, ``base_price``, ``currency``)."""
        from colivingdesk.api.coliving import RateUpdate

        rows = [RateUpdate.model_validate(dict(u)).model_dump(mode="json") for u in _non_empty(updates)]
        return await self._enqueue(Channel.COLIVING, RATES, _listings(rows), {"updates": rows})

    async def _enqueue(self, channel: Channel, kind: str, target: str, payload: dict[str, Any]) -> OutboxItem:
        key = str(uuid.uuid4())
        return await self._persist(functools.partial(self.store.enqueue, channel, kind, target, payload, key))

    def _store_reply(
        self, channel: Channel, thread_external_id: str, text: str, property_id: str | None, author: str | None = None
    ) -> OutboxItem:
        """Check a reply against the cache and persist it (store thread, or the command line's own)."""
        known: list[str] = []
        if channel is Channel.BMC:
            if property_id is None:
                thread = self.store.get_thread(channel, thread_external_id)
                property_id = thread.property_id if thread is not None else None
            if not property_id:
                raise ValidationError(
                    _refuse(QT_TRANSLATE_NOOP("InputError", "Choose the property this reply is about.")), status=0,
                    channel=channel.label,
                    field_errors=(FieldError(path="propertyId", message=_required(), code="required"),),
                )
        else:
            # Host messages with this exact text already here cannot prove a later send landed.
            known = [
                m.external_id
                for m in self.store.messages_for_thread(channel, thread_external_id)
                if isinstance(m, Message) and m.text == text
            ]
        payload = reply_payload(text, property_id if channel is Channel.BMC else None, known)
        return self.store.enqueue(channel, REPLY, thread_external_id, payload, str(uuid.uuid4()), author=author)


def _refuse(source: str) -> str:
    """A request refused before it is queued, marked under ``InputError``, in the window's language."""
    return filled("InputError", source)


def _required() -> str:
    return _refuse(QT_TRANSLATE_NOOP("InputError", "Required."))


def _non_empty(updates: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    if not updates:
        raise ValidationError(
            _refuse(QT_TRANSLATE_NOOP("InputError", "Nothing to send.")),
            status=0,
            field_errors=(FieldError(path="data", message=_required(), code="required"),),
        )
    return updates


def _listings(rows: list[dict[str, Any]]) -> str:
    return ",".join(sorted({str(r.get("listing_id", "")) for r in rows}))
