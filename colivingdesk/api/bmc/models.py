"""BookMyColiving wire models and the draft the user edits.

The document shows request bodies but no response bodies, so these models read several plausible spellings
(camelCase first, as the request bodies use it) and keep every unknown field in ``model_extra``.
``PropertyDraft`` is the opposite: it writes only the document's exact camelCase body. ``priceMonthly`` is
integer USD cents.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import AliasChoices, AliasPath, BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from ...domain import Channel, Lead, Message, Photo, Property, ReferenceItem, RoomOption, Thread
from .._tolerant import (
    LenientDatetime,
    LenientInt,
    OptBool,
    OptInt,
    OptStr,
    StrId,
    StrList,
    Text,
    WireModel,
)


def _aliases(*names: str | AliasPath) -> AliasChoices:
    return AliasChoices(*names)


class BmcRoomOption(WireModel):
    type: Text = ""
    price_monthly: LenientInt = Field(0, validation_alias=_aliases("priceMonthly", "price_monthly", "price"))

    def to_domain(self) -> RoomOption:
        return RoomOption(
            type=self.type, price_monthly_cents=self.price_monthly, extra=dict(self.model_extra or {})
        )


class BmcPhoto(WireModel):
    url: Text = Field("", validation_alias=_aliases("url", "src", "href"))
    id: OptStr = Field(None, validation_alias=_aliases("id", "_id"))


def _photos(value: Any) -> Any:
    if not isinstance(value, list):
        return []
    return [
        {"url": item} if isinstance(item, str) else item for item in value if isinstance(item, str | dict)
    ]


class BmcProperty(WireModel):
    id: StrId = Field(validation_alias=_aliases("id", "_id", "propertyId"))
    name: Text = ""
    status: Text = ""
    description: Text = ""
    city_id: OptStr = Field(None, validation_alias=_aliases("cityId", "city_id", AliasPath("city", "id")))
    address: Text = ""
    amenities: StrList = Field(default_factory=list)
    contact_email: Text = Field("", validation_alias=_aliases("contactEmail", "contact_email", "email"))
    coliving_type_ids: StrList = Field(
        default_factory=list,
        validation_alias=_aliases("colivingTypeIds", "coliving_type_ids", "colivingTypes", "coliving_types"),
    )
    room_options: list[BmcRoomOption] = Field(
        default_factory=list, validation_alias=_aliases("roomOptions", "room_options", "rooms")
    )
    photos: list[BmcPhoto] = Field(default_factory=list, validation_alias=_aliases("photos", "images"))
    external_id: OptStr = Field(None, validation_alias=_aliases("externalId", "external_id"))
    admin_notes: OptStr = Field(None, validation_alias=_aliases("adminNotes", "admin_notes"))
    needs_review: OptBool = Field(
        None,
        validation_alias=_aliases(
            "needsReview", "needsReReview", "reReviewPending", "flaggedForReview", "pendingReReview", "reReview"
        ),
    )
    created_at: LenientDatetime = Field(None, validation_alias=_aliases("createdAt", "created_at"))
    updated_at: LenientDatetime = Field(None, validation_alias=_aliases("updatedAt", "updated_at"))

    _norm_photos = field_validator("photos", mode="before")(_photos)

    @field_validator("room_options", mode="before")
    @classmethod
    def _rooms(cls, value: Any) -> Any:
        return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []

    def to_domain(self) -> Property:
        return Property(
            id=self.id,
            name=self.name,
            status=self.status,
            description=self.description,
            city_id=self.city_id,
            address=self.address,
            amenities=list(self.amenities),
            contact_email=self.contact_email,
            coliving_type_ids=list(self.coliving_type_ids),
            room_options=[room.to_domain() for room in self.room_options],
            photos=[Photo(url=p.url, id=p.id) for p in self.photos if p.url],
            external_id=self.external_id,
            admin_notes=self.admin_notes,
            needs_review=bool(self.needs_review),
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class BmcLead(WireModel):
    id: StrId = Field(validation_alias=_aliases("id", "_id", "leadId"))
    property_id: OptStr = Field(
        None, validation_alias=_aliases("propertyId", "property_id", AliasPath("property", "id"), "property")
    )
    guest_name: Text = Field(
        "",
        validation_alias=_aliases("guestName", "guest_name", "name", "fullName", AliasPath("guest", "name")),
    )
    guest_email: OptStr = Field(
        None, validation_alias=_aliases("guestEmail", "guest_email", "email", AliasPath("guest", "email"))
    )
    guest_phone: OptStr = Field(
        None, validation_alias=_aliases("guestPhone", "guest_phone", "phone", AliasPath("guest", "phone"))
    )
    message: OptStr = Field(None, validation_alias=_aliases("message", "notes", "content", "body"))
    status: OptStr = None
    move_in: OptStr = Field(
        None, validation_alias=_aliases("moveIn", "moveInDate", "move_in", "move_in_date", "moveInAt")
    )
    created_at: LenientDatetime = Field(None, validation_alias=_aliases("createdAt", "created_at"))
    thread_id: OptStr = Field(
        None,
        validation_alias=_aliases("threadId", "thread_id", "partnerUserId", "userId", AliasPath("thread", "id")),
    )

    def to_domain(self) -> Lead:
        return Lead(
            id=self.id,
            property_id=self.property_id,
            guest_name=self.guest_name,
            guest_email=self.guest_email,
            guest_phone=self.guest_phone,
            message=self.message,
            status=self.status,
            move_in=self.move_in,
            created_at=self.created_at,
            thread_id=self.thread_id,
        )


def _last_message_text(value: Any) -> Any:
    if isinstance(value, dict):
        for key in ("content", "text", "message", "body"):
            if isinstance(value.get(key), str):
                return value[key]
        return ""
    return value


# Where a conversation may name the other person, most specific first; ``True`` marks a person object
# (the sandbox, for one, sends ``participant: {id, name, email}``), ``False`` a flat string. A bare
# top-level ``name`` comes last: it may be the conversation's own title.
_PARTICIPANT_NAME_SOURCES: tuple[tuple[str, bool], ...] = (
    ("participantName", False),
    ("participant_name", False),
    ("participant", True),
    ("partnerName", False),
    ("partner_name", False),
    ("partnerUserName", False),
    ("partnerUser", True),
    ("partner", True),
    ("userName", False),
    ("user_name", False),
    ("user", True),
    ("guestName", False),
    ("guest_name", False),
    ("guest", True),
    ("name", False),
)
_PERSON_NAME_KEYS = ("name", "fullName", "full_name", "displayName", "display_name")


def _nonempty(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _person_name(person: Any) -> str:
    """The name in a person object; only objects count, since a bare string there is as likely an id."""
    if not isinstance(person, dict):
        return ""
    for key in _PERSON_NAME_KEYS:
        if name := _nonempty(person.get(key)):
            return name
    first = _nonempty(person.get("firstName") or person.get("first_name"))
    last = _nonempty(person.get("lastName") or person.get("last_name"))
    return " ".join(part for part in (first, last) if part)


def _participant_name(raw: dict[str, Any]) -> str:
    """The first non-empty candidate. Plain alias choices stop at the first key present, so an empty or null
    ``participantName`` would hide a filled ``participant.name``.
    """
    for key, is_person in _PARTICIPANT_NAME_SOURCES:
        name = _person_name(raw.get(key)) if is_person else _nonempty(raw.get(key))
        if name:
            return name
    return ""


class BmcConversation(WireModel):
    """One entry of GET /messages. ``threadId`` is the partner user id; other spellings are accepted, and
    the participant's name is read from a nested person object as well as from flat fields.
    """

    thread_id: StrId = Field(
        validation_alias=_aliases(
            "threadId",
            "partnerUserId",
            "userId",
            "thread_id",
            "partner_user_id",
            "user_id",
            AliasPath("user", "id"),
            AliasPath("partnerUser", "id"),
            AliasPath("participant", "id"),
            "id",
        )
    )
    participant_name: Text = Field("", validation_alias="participantName")
    property_id: OptStr = Field(
        None, validation_alias=_aliases("propertyId", "property_id", AliasPath("property", "id"))
    )
    last_message: Text = Field(
        "", validation_alias=_aliases("lastMessage", "last_message", "preview", "snippet")
    )
    last_activity: LenientDatetime = Field(
        None,
        validation_alias=_aliases(
            "lastMessageAt",
            "lastActivityAt",
            "last_message_at",
            AliasPath("lastMessage", "createdAt"),
            "updatedAt",
            "updated_at",
            "createdAt",
        ),
    )
    unread_count: OptInt = Field(None, validation_alias=_aliases("unreadCount", "unread_count", "unread"))

    _norm_last = field_validator("last_message", mode="before")(_last_message_text)

    @model_validator(mode="before")
    @classmethod
    def _find_participant_name(cls, data: Any) -> Any:
        if isinstance(data, dict) and (name := _participant_name(data)):
            return {**data, "participantName": name}
        return data

    def to_domain(self) -> Thread:
        return Thread(
            channel=Channel.BMC,
            external_id=self.thread_id,
            participant_name=self.participant_name,
            property_id=self.property_id,
            last_message=self.last_message,
            last_activity=self.last_activity,
            unread_count=self.unread_count or 0,
        )


# Sender words that plainly mean the same role; anything else is kept as the channel sent it (lower-cased).
_SENDER_SYNONYMS = {
    "tenant": "guest",
    "user": "guest",
    "guest": "guest",
    "operator": "host",
    "host": "host",
    "admin": "admin",
}


def _sender(value: Any) -> Any:
    if isinstance(value, dict):
        value = value.get("role") or value.get("type") or value.get("name") or ""
    if isinstance(value, str):
        return _SENDER_SYNONYMS.get(value.strip().lower(), value.strip().lower())
    return value


class BmcMessage(WireModel):
    id: OptStr = Field(None, validation_alias=_aliases("id", "_id", "messageId"))
    text: Text = Field("", validation_alias=_aliases("content", "text", "message", "body"))
    sender: Text = Field(
        "", validation_alias=_aliases("sender", "senderType", "senderRole", "role", "from", "direction")
    )
    sender_name: Text = Field(
        "", validation_alias=_aliases("senderName", "sender_name", AliasPath("sender", "name"), "authorName")
    )
    created_at: LenientDatetime = Field(
        None, validation_alias=_aliases("createdAt", "created_at", "sentAt", "timestamp")
    )
    is_seen: OptBool = Field(None, validation_alias=_aliases("isRead", "read", "seen", "isSeen", "is_seen"))

    _norm_sender = field_validator("sender", mode="before")(_sender)

    def to_domain(self, thread_id: str) -> Message:
        external_id = self.id or _synthetic_id(self.created_at, self.text)
        return Message(
            channel=Channel.BMC,
            thread_external_id=thread_id,
            external_id=external_id,
            sender=self.sender,
            text=self.text,
            sender_name=self.sender_name,
            created_at=self.created_at,
            is_seen=self.is_seen,
        )


def _synthetic_id(created_at: datetime | None, text: str) -> str:
    """A stable id for a message the server sent without one, so re-polling does not duplicate it."""
    digest = hashlib.sha1(f"{created_at.isoformat() if created_at else ''}|{text}".encode()).hexdigest()
    return f"local-{digest[:16]}"


class BmcReference(WireModel):
    id: StrId = Field(validation_alias=_aliases("id", "_id", "slug", "value", "code"))
    name: Text = Field("", validation_alias=_aliases("name", "label", "title"))
    slug: OptStr = None

    def to_domain(self, kind: str) -> ReferenceItem:
        return ReferenceItem(
            kind=kind,
            id=self.id,
            name=self.name or self.slug or self.id,
            slug=self.slug,
            extra=dict(self.model_extra or {}),
        )


def reference_from_raw(raw: Any, kind: str) -> ReferenceItem:
    """Reference lists may be objects or bare slugs (amenities are described as "canonical slugs")."""
    if isinstance(raw, str | int):
        text = str(raw)
        return ReferenceItem(kind=kind, id=text, name=text, slug=text)
    return BmcReference.model_validate(raw).to_domain(kind)


# ---------------------------------------------------------------- what we send


class RoomOptionDraft(BaseModel):
    """One room option as the user edits it; ``type`` stays a free string (only ``PRIVATE`` is documented)."""

    model_config = ConfigDict(frozen=True)

    type: str = "PRIVATE"
    price_monthly_cents: StrictInt = Field(ge=0)

    def to_body(self) -> dict[str, Any]:
        return {"type": self.type, "priceMonthly": self.price_monthly_cents}


class PropertyDraft(BaseModel):
    """What the user edits; ``to_body()`` is the document's exact camelCase create/replace body.

    ``photos`` are the photo URLs the listing should have, in order. They are never part of the body: the
    document's create and replace bodies define no photos, and its only photo endpoint appends
    (``POST /properties/:id/photos``), so the outbox sends the ones the channel does not hold yet there, once
    the listing exists.
    """

    model_config = ConfigDict(frozen=True)

    name: str
    description: str = ""
    city_id: str
    address: str = ""
    amenities: list[str] = Field(default_factory=list)
    contact_email: str = ""
    coliving_type_ids: list[str] = Field(default_factory=list)
    room_options: list[RoomOptionDraft] = Field(default_factory=list)
    external_id: str | None = None
    photos: list[str] = Field(default_factory=list)

    @classmethod
    def from_property(cls, prop: Property) -> PropertyDraft:
        """Start an edit from what the channel holds."""
        return cls(
            name=prop.name,
            description=prop.description,
            city_id=prop.city_id or "",
            address=prop.address,
            amenities=list(prop.amenities),
            contact_email=prop.contact_email,
            coliving_type_ids=list(prop.coliving_type_ids),
            room_options=[
                RoomOptionDraft(type=r.type, price_monthly_cents=r.price_monthly_cents)
                for r in prop.room_options
            ],
            external_id=prop.external_id,
            photos=[p.url for p in prop.photos],
        )

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "cityId": self.city_id,
            "address": self.address,
            "amenities": list(self.amenities),
            "contactEmail": self.contact_email,
            "colivingTypeIds": list(self.coliving_type_ids),
            "roomOptions": [room.to_body() for room in self.room_options],
        }
        if self.external_id is not None:
            body["externalId"] = self.external_id
        return body


@dataclass(frozen=True, slots=True)
class CreateResult:
    """POST /properties: ``reused`` when the externalId already existed (HTTP 200 + ``reused: true``);
    ``replayed`` when the server replayed an earlier answer for the same Idempotency-Key.
    """

    property: Property
    reused: bool
    replayed: bool = False
    idempotency_key: str | None = None


__all__ = [
    "BmcConversation",
    "BmcLead",
    "BmcMessage",
    "BmcProperty",
    "BmcReference",
    "CreateResult",
    "PropertyDraft",
    "RoomOptionDraft",
    "reference_from_raw",
]
