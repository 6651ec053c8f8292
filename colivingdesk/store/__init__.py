"""The local cache: SQLite in WAL mode, fed by sync and read by the UI's list models; for a team, the same
``Store`` over a shared PostgreSQL database (``open_postgres_store``, see ``postgres``).

Import from here: ``open_store`` and ``Store``, the filter and key helpers for paging, and the store's own
records.
"""

from colivingdesk.store.accounts import SecretInSettingsError
from colivingdesk.store.channel_state import ChannelLimit
from colivingdesk.store.db import ReadOnlyStoreError
from colivingdesk.store.filters import (
    BookingFilter,
    BookingKey,
    LeadFilter,
    LeadKey,
    PropertyFilter,
    PropertyKey,
    ThreadFilter,
    ThreadKey,
    booking_key,
    lead_key,
    property_key,
    thread_key,
)
from colivingdesk.store.migrations import SCHEMA_VERSION, SchemaTooNewError
from colivingdesk.store.outbox import Claim, OutboxNotFoundError, OutboxStateError
from colivingdesk.store.postgres import open_postgres_store
from colivingdesk.store.records import (
    Account,
    AttentionCounts,
    BookingRow,
    Listing,
    MessageChanges,
    PendingMessage,
    RoomType,
    SearchHit,
)
from colivingdesk.store.saved_replies import SavedReply, SavedReplyError
from colivingdesk.store.search import SNIPPET_END, SNIPPET_START
from colivingdesk.store.store import Store, open_store

__all__ = [
    "SCHEMA_VERSION",
    "SNIPPET_END",
    "SNIPPET_START",
    "Account",
    "AttentionCounts",
    "BookingFilter",
    "BookingKey",
    "BookingRow",
    "ChannelLimit",
    "Claim",
    "LeadFilter",
    "LeadKey",
    "Listing",
    "MessageChanges",
    "OutboxNotFoundError",
    "OutboxStateError",
    "PendingMessage",
    "PropertyFilter",
    "PropertyKey",
    "ReadOnlyStoreError",
    "RoomType",
    "SavedReply",
    "SavedReplyError",
    "SchemaTooNewError",
    "SearchHit",
    "SecretInSettingsError",
    "Store",
    "ThreadFilter",
    "ThreadKey",
    "booking_key",
    "lead_key",
    "open_postgres_store",
    "open_store",
    "property_key",
    "thread_key",
]
