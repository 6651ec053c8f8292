"""The schema as an ordered list of steps; ``PRAGMA user_version`` records how many have run.

Steps are only ever appended: a released step never changes, so any older file (a user who skipped releases)
is brought forward by running the steps it has not seen, each in its own transaction with its version bump.

Times are UTC ISO text (see ``codec``), amounts decimal text, free-form values JSON. Channel-specific tables
(``listings``, ``room_types``) are the Coliving.com side; everything else is channel-neutral.
"""

from __future__ import annotations

import sqlite3

from colivingdesk.store.automations import AUTOMATION_EDITS_SQL, AUTOMATIONS_SQL
from colivingdesk.store.channel_state import CHANNEL_STATE_SQL
from colivingdesk.store.people import people_sql
from colivingdesk.store.search import SEARCH_TABLE_PREFIXED_SQL, SEARCH_TABLE_SQL, backfill_sql
from colivingdesk.store.worker_status import WORKER_STATUS_SQL

_V1_CORE = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    label TEXT NOT NULL,
    base_url TEXT NOT NULL,
    provider TEXT,
    auth_style TEXT,
    settings TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE properties (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    city_id TEXT,
    address TEXT NOT NULL DEFAULT '',
    amenities TEXT NOT NULL DEFAULT '[]',
    contact_email TEXT NOT NULL DEFAULT '',
    coliving_type_ids TEXT NOT NULL DEFAULT '[]',
    room_options TEXT NOT NULL DEFAULT '[]',
    photos TEXT NOT NULL DEFAULT '[]',
    external_id TEXT,
    admin_notes TEXT,
    needs_review INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX properties_by_name ON properties (name COLLATE NOCASE, id);
CREATE INDEX properties_by_status ON properties (status);

CREATE TABLE reference_items (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    slug TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
);
CREATE TABLE reference_fetches (
    kind TEXT PRIMARY KEY,
    fetched_at TEXT NOT NULL
);

CREATE TABLE leads (
    id TEXT PRIMARY KEY,
    property_id TEXT,
    guest_name TEXT NOT NULL DEFAULT '',
    guest_email TEXT,
    guest_phone TEXT,
    message TEXT,
    status TEXT,
    move_in TEXT,
    created_at TEXT
);
CREATE INDEX leads_by_created ON leads (coalesce(created_at, ''), id);
CREATE INDEX leads_by_property ON leads (property_id);

CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    listing_id TEXT NOT NULL,
    room_type_id TEXT NOT NULL,
    status TEXT NOT NULL,
    checkin TEXT NOT NULL,
    checkout TEXT NOT NULL,
    version TEXT NOT NULL,
    reference TEXT,
    room_type_name TEXT,
    nights INTEGER,
    guest_name TEXT,
    guest_email TEXT,
    guest_phone TEXT,
    guest_country TEXT,
    total_amount TEXT,
    total_currency TEXT,
    deposit_amount TEXT,
    deposit_currency TEXT,
    notes TEXT,
    has_detail INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bookings_by_checkin ON bookings (checkin, id);
CREATE INDEX bookings_by_listing ON bookings (listing_id, checkin);

CREATE TABLE listings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE room_types (
    id TEXT PRIMARY KEY,
    listing_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    room_type TEXT,
    currency TEXT,
    base_price TEXT,
    monthly_prices TEXT NOT NULL DEFAULT '{}',
    available TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX room_types_by_listing ON room_types (listing_id);

CREATE TABLE threads (
    channel TEXT NOT NULL,
    external_id TEXT NOT NULL,
    participant_name TEXT NOT NULL DEFAULT '',
    property_id TEXT,
    booking_id TEXT,
    last_message TEXT NOT NULL DEFAULT '',
    last_activity TEXT,
    unread_count INTEGER NOT NULL DEFAULT 0,
    read_through TEXT,
    read_through_id INTEGER,
    PRIMARY KEY (channel, external_id)
);
CREATE INDEX threads_by_activity ON threads (coalesce(last_activity, ''), channel, external_id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    thread_external_id TEXT NOT NULL,
    external_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    sender_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT,
    is_seen INTEGER,
    UNIQUE (channel, thread_external_id, external_id)
);
CREATE INDEX messages_by_thread ON messages (channel, thread_external_id, created_at);

CREATE TABLE sync_cursors (
    feed TEXT PRIMARY KEY,
    value TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    not_before TEXT,
    result_external_id TEXT
);
CREATE INDEX outbox_by_state ON outbox (state, created_at, id);
CREATE INDEX outbox_by_target ON outbox (channel, kind, target);

CREATE TABLE reply_log (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX reply_log_by_account ON reply_log (account_id, sent_at);

CREATE TABLE webhook_seen (
    delivery_key TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
);
CREATE INDEX webhook_seen_by_time ON webhook_seen (seen_at);

CREATE TABLE marks (
    name TEXT PRIMARY KEY,
    value TEXT
);
"""

# Step 2: the search index (see ``search``), filled from rows written before it existed.
_V2_SEARCH = f"{SEARCH_TABLE_SQL}\n{backfill_sql()}"

# Rate-limit waits and budgets per account and endpoint group, shared by every process (see ``channel_state``).
_V_CHANNEL_STATE = CHANNEL_STATE_SQL

# Saved replies: texts with placeholders the operator reuses; titles are unique so an import can match them.
_V_SAVED_REPLIES = """
CREATE TABLE saved_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_replies_by_title ON saved_replies (title COLLATE NOCASE);
"""

# Coliving.com booking detail: how many guests and rooms, and the total in the listing's local currency.
_V_BOOKING_GUESTS = """
ALTER TABLE bookings ADD COLUMN guests INTEGER;
ALTER TABLE bookings ADD COLUMN rooms INTEGER;
ALTER TABLE bookings ADD COLUMN total_local TEXT;
"""

# Which process is sending an outbox item, and since when: several processes (the window, ``sync --watch``, cron
# ``sync --once``) may share one profile, and only a claim that is stale (its process gone, or older than the
# sender's lease) may be taken over. Rows left in ``sending`` by older releases have no claim and count as stale.
_V_OUTBOX_CLAIMS = """
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
"""

# When each Coliving.com booking's conversation was last read, so the sweep over open conversations continues
# across restarts and cron runs instead of starting over. The sweep asks every cycle for the "still open" and
# "ended lately" check-out ranges: the index covers those queries, so a long history is neither scanned nor
# fetched row by row. The one-booking rotation this replaces kept its position as a cursor, now unused.
_V_CONVERSATION_READS = """
CREATE TABLE conversation_reads (
    booking_id TEXT PRIMARY KEY,
    read_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX bookings_by_checkout ON bookings (checkout, status, id, checkin);
DELETE FROM sync_cursors WHERE feed = 'coliving.messages.rotation';
"""

# Inbox state the user sets here, kept beside the read marker (``read_through``/``read_through_id``):
# ``marked_unread`` (the user asked to see the thread as unread again), ``archived_through_id`` (archived with
# every message up to this row id; NULL when not archived, so a later guest message brings the thread back),
# ``archived_activity`` (the summary's activity then, for a thread listed before its messages are stored) and
# ``last_inbound`` (1 when the newest stored message is the guest's, 0 when it is ours, NULL before any is
# stored), which the "Needs reply" filter reads.
_V_INBOX_STATE = """
ALTER TABLE threads ADD COLUMN marked_unread INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN archived_through_id INTEGER;
ALTER TABLE threads ADD COLUMN archived_activity TEXT;
ALTER TABLE threads ADD COLUMN last_inbound INTEGER;
UPDATE threads SET last_inbound = (
    SELECT m.sender NOT IN ('host', 'operator', 'owner') FROM messages AS m
    WHERE m.channel = threads.channel AND m.thread_external_id = threads.external_id
    ORDER BY coalesce(m.created_at, '') DESC, m.id DESC LIMIT 1
);
CREATE INDEX threads_by_booking ON threads (booking_id);
"""

# The listing register: Coliving.com offers no endpoint that lists a host's listings, so names, unit counts,
# stay minimum and the BookMyColiving property a listing corresponds to are the operator's own data, imported
# from a file in the shape of the channel's demo context. ``registered`` tells those apart from ids only seen
# on bookings; ``units`` (the channel's ``amount``) is what free units are counted from.
_V_LISTING_REGISTER = """
ALTER TABLE listings ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE listings ADD COLUMN stay_min INTEGER;
ALTER TABLE listings ADD COLUMN bmc_property_id TEXT;
ALTER TABLE room_types ADD COLUMN units INTEGER;
"""

# The conversation a BookMyColiving lead opened, when the channel names it on the lead.
_V_LEAD_THREADS = """
ALTER TABLE leads ADD COLUMN thread_id TEXT;
"""

# The search index again, with 2- and 3-character prefix indexes for type-ahead (see ``search``); rebuilt from
# the source tables, as when it was first created.
_V_SEARCH_PREFIX = f"DROP TABLE search_index;\n{SEARCH_TABLE_PREFIXED_SQL}\n{backfill_sql()}"

# Message automations (see ``automations``): rules, one row per (rule, record, occurrence) that remembers forever
# whether that message was scheduled, queued in the outbox, skipped or cancelled, and each account's house time
# zone, working hours and the replies per hour kept for the host.
_V_AUTOMATIONS = AUTOMATIONS_SQL

# One upcoming automated message's text as the user edited it, and the name of a deleted rule in its history.
_V_AUTOMATION_EDITS = AUTOMATION_EDITS_SQL

# What the team's sync worker last said about each account, for the desktops (see ``worker_status``).
_V_TEAM_WORKER_STATUS = WORKER_STATUS_SQL

# A team's people on one store (see ``people`` and ``person_reads``): their names, who is writing to which
# guest, who a conversation is assigned to, each person's read state, drafts and saved-reply favourites, and
# who queued each reply (``author`` on the outbox item and on the channel's copy of the sent message).
_V_PEOPLE = people_sql()

MIGRATIONS: list[str] = [
    _V1_CORE, _V2_SEARCH, _V_CHANNEL_STATE, _V_SAVED_REPLIES, _V_BOOKING_GUESTS, _V_OUTBOX_CLAIMS,
    _V_CONVERSATION_READS, _V_INBOX_STATE, _V_LISTING_REGISTER, _V_LEAD_THREADS, _V_SEARCH_PREFIX,
    _V_AUTOMATIONS, _V_AUTOMATION_EDITS, _V_TEAM_WORKER_STATUS, _V_PEOPLE,
]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer release; opening it with older code could lose data."""


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Run every step between the file's version and ``target``; returns the version reached.

    Each step and its ``user_version`` bump commit together, so a crash mid-way leaves a file at a clean
    version.
    """
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise SchemaTooNewError(f"database schema {current} is newer than this release ({len(MIGRATIONS)})")
    if target is None:
        target = len(MIGRATIONS)
    for version in range(current + 1, target + 1):
        script = MIGRATIONS[version - 1]
        # The guard re-reads the version once this step holds the write lock: a step another process ran
        # meanwhile fails the CHECK and is skipped, rather than run again, which for a step that rebuilds
        # something (the search index) would succeed and set the version back below steps already run.
        guard = (
            f"CREATE TEMP TABLE migration_guard (version INTEGER CHECK (version < {version}));\n"
            "INSERT INTO migration_guard SELECT user_version FROM pragma_user_version;\n"
            "DROP TABLE temp.migration_guard;"
        )
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{guard}\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except (sqlite3.OperationalError, sqlite3.IntegrityError):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Two processes opening a new profile at once (two cron runs) both saw the old version; the one that
            # got the write lock second finds the step done (the guard's CHECK) and goes on.
            if schema_version(conn) >= version:
                continue
            raise
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
