"""BookMyColiving listing writes as the outbox sends them: create, replace, photos, and what follows them.

* **Photos go through the photos endpoint only.** The document's create and replace bodies define no photos;
  ``POST /properties/:id/photos`` appends. So a create or replace is sent without photos, and once it has
  landed (and a new listing's id is known) the photos the channel does not hold yet become their own
  ``property.photos`` outbox item. That item's Idempotency-Key is derived from the parent's key, so whatever
  happens between the two steps (a 500 after the server processed the create, a crash before the parent was
  marked sent) the parent's resend replays the server's first answer and finds the same follow-up item instead
  of queueing a second one: the photos are appended exactly once.
* **Removing or reordering photos is not possible.** The document has no endpoint for either, so only the
  photos missing from the server's copy are appended; the editor says so and offers neither.
* **A reused externalId is a question, not a success.** A create whose ``externalId`` the operator already
  uses is answered ``200 {reused: true}`` with the existing listing, and nothing the user typed was applied.
  The item fails with "A listing with reference X already exists" (:class:`ReferenceInUse`, its field error on
  ``externalId``) and its payload records the existing listing under ``reused``, so the editor can offer to
  open it, replace it with the typed text, or change the reference.
* **Adding photos alone is not an edit.** Saving a listing whose fields match the cached server copy and
  that only gains photos queues just the photos step: a PUT would put a live listing back in review for nothing.
* **Replays are recorded.** A write answered ``Idempotent-Replayed: true`` gets ``replayed: true`` in its
  payload: the channel did not apply it again, it repeated its first answer.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from colivingdesk.api.errors import Conflict, FieldError
from colivingdesk.domain import Channel, OutboxItem, Property
from colivingdesk.sync.feeds import Changes, FeedContext
from colivingdesk.sync.outbox import PROPERTY_CREATE, PROPERTY_PHOTOS, PROPERTY_REPLACE
from colivingdesk.translatable import QT_TRANSLATE_NOOP, reason_template

if TYPE_CHECKING:
    from colivingdesk.api.bmc import BmcClient, PropertyDraft

KINDS = frozenset({PROPERTY_CREATE, PROPERTY_REPLACE, PROPERTY_PHOTOS})

#: Payload notes (never read back as request fields, so a resend is unchanged by them).
REUSED = "reused"
REPLAYED = "replayed"
PHOTOS_ITEM = "photos_item"
AFTER = "after"

_FOLLOW_UP = uuid.UUID("5b0f4c55-8a61-4f0e-9a57-0c3b1d3f9e21")


class ReferenceInUse(Conflict):
    """A create met an ``externalId`` the operator already uses; the existing listing is ``property_id``."""

    def __init__(self, external_id: str, property_id: str, name: str) -> None:
        message = reference_message(external_id)
        detail = USED_BY_REASON.format(name=name) if name else USED_ELSEWHERE_REASON
        super().__init__(
            message,
            status=200,
            channel=Channel.BMC.label,
            field_errors=(FieldError(path="externalId", message=detail, code="reused"),),
        )
        self.external_id = external_id
        self.property_id = property_id


#: Stored with the failed create (in English, translated where shown: see ``translatable.reason_template``).
REFERENCE_REASON = reason_template(QT_TRANSLATE_NOOP(
    "SyncReason", "A listing with reference {reference} already exists."))
USED_BY_REASON = reason_template(QT_TRANSLATE_NOOP("SyncReason", "Already used by “{name}”."))
USED_ELSEWHERE_REASON = QT_TRANSLATE_NOOP("SyncReason", "Already used by another of your listings.")


def reference_message(external_id: str) -> str:
    return REFERENCE_REASON.format(reference=external_id)


def follow_up_key(parent_key: str) -> str:
    """The photos step's Idempotency-Key: the same for every resend of its parent, unique to that parent."""
    return str(uuid.uuid5(_FOLLOW_UP, parent_key))


def reused_listing(item: OutboxItem) -> dict[str, str] | None:
    """``{"property_id", "external_id", "name"}`` when the item failed because its reference is taken."""
    note = item.payload.get(REUSED)
    if not isinstance(note, dict) or not note.get("property_id"):
        return None
    return {k: str(note.get(k) or "") for k in ("property_id", "external_id", "name")}


def was_replayed(item: OutboxItem) -> bool:
    """The channel answered this write with a replay of its first answer (``Idempotent-Replayed: true``)."""
    return item.payload.get(REPLAYED) is True


def new_photos(wanted: Sequence[str], held: Sequence[str]) -> list[str]:
    """The wanted photos the listing does not have yet, in the wanted order, each once."""
    have = set(held)
    return [url for url in dict.fromkeys(wanted) if url and url not in have]


def save_plan(
    draft: PropertyDraft, property_id: str | None, cached: Property | None
) -> tuple[str, str, dict[str, Any]]:
    """``(kind, target, payload)`` to queue for saving ``draft``: a create, a replace, or only new photos
    when nothing but photos differs from the cached server copy."""
    from colivingdesk.api.bmc import PropertyDraft

    payload: dict[str, Any] = {"draft": draft.model_dump(mode="json")}
    if property_id is None:
        return PROPERTY_CREATE, draft.external_id or "", payload
    if cached is not None and PropertyDraft.from_property(cached).to_body() == draft.to_body():
        urls = new_photos(draft.photos, [p.url for p in cached.photos])
        if urls:
            return PROPERTY_PHOTOS, property_id, {"urls": urls}
    return PROPERTY_REPLACE, property_id, payload


async def perform(ctx: FeedContext, item: OutboxItem, changes: Changes) -> str:
    """Send one create, replace or photos item; returns the listing's id (new for a create)."""
    from colivingdesk.api.bmc import BmcClient, PropertyDraft

    client = ctx.account.client
    assert isinstance(client, BmcClient)
    key = item.idempotency_key
    if item.kind == PROPERTY_PHOTOS:
        urls = [str(u) for u in item.payload["urls"]]
        await client.add_photos(item.target, urls, idempotency_key=key)
        return item.target
    draft = PropertyDraft.model_validate(item.payload["draft"])
    if item.kind == PROPERTY_CREATE:
        created = await client.create_property(draft, idempotency_key=key)
        if created.reused:
            await _refuse_reused(ctx, item, draft.external_id or "", created.property, changes)
        server_copy = created.property
    else:
        server_copy = await client.replace_property(item.target, draft, idempotency_key=key)
    await _queue_photos(ctx, item, server_copy, draft.photos, changes)
    return server_copy.id


async def note_replayed(ctx: FeedContext, item: OutboxItem, client: BmcClient) -> None:
    """Record on the item that its write was answered with a replay, if it was."""
    if client.take_replayed(item.idempotency_key) and not was_replayed(item):
        await ctx.write(ctx.store.annotate_outbox_item, item.id, {REPLAYED: True})
        ctx.changes.add("outbox", [str(item.id)])


async def _queue_photos(
    ctx: FeedContext, parent: OutboxItem, server_copy: Property, wanted: Sequence[str], changes: Changes
) -> None:
    """Queue the photos the server's copy (as the write returned it, which the cache then holds) lacks."""
    urls = new_photos(wanted, [p.url for p in server_copy.photos])
    if not urls or not server_copy.id:
        return
    payload: dict[str, Any] = {"urls": urls, AFTER: parent.id}
    # Due now: the scheduler wakes for it at once instead of at the next poll.
    enqueue = functools.partial(ctx.store.enqueue, not_before=ctx.now())
    follow = await ctx.write(
        enqueue, Channel.BMC, PROPERTY_PHOTOS, server_copy.id, payload, follow_up_key(parent.idempotency_key)
    )
    await ctx.write(ctx.store.annotate_outbox_item, parent.id, {PHOTOS_ITEM: follow.id})
    changes.add("outbox", [str(follow.id)])


async def _refuse_reused(
    ctx: FeedContext, item: OutboxItem, external_id: str, existing: Property, changes: Changes
) -> None:
    """Keep the existing listing in the cache (so it can be opened), note it on the item, and fail it."""
    if existing.id:
        changes.add("properties", await ctx.write(ctx.store.upsert_properties, [existing]))
    reference = external_id or existing.external_id or ""
    note = {"property_id": existing.id, "external_id": reference, "name": existing.name}
    await ctx.write(ctx.store.annotate_outbox_item, item.id, {REUSED: note})
    raise ReferenceInUse(reference, existing.id, existing.name)
