"""``Store``: the one object the rest of the app uses to read and write the local cache.

It is a thin facade over the repositories, so callers see one flat, stable set of methods and never SQL. Every
method is synchronous and thread-safe (one connection behind a lock); bulk writes are meant to run in an
executor. The sync side opens the store read-write; the UI opens a second, read-only store on the same file so
its reads never wait behind a sync batch (WAL gives it a consistent snapshot).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from colivingdesk.domain import (
    Booking,
    Channel,
    Lead,
    Message,
    OutboxItem,
    OutboxState,
    Property,
    PropertyStatus,
    ReferenceItem,
    Thread,
)
from colivingdesk.store.accounts import AccountRepository
from colivingdesk.store.automations import AutomationRepository
from colivingdesk.store.bookings import BookingRepository
from colivingdesk.store.bookkeeping import BookkeepingRepository
from colivingdesk.store.channel_state import ChannelLimit, ChannelStateRepository
from colivingdesk.store.codec import dt_to_text, text_to_dt
from colivingdesk.store.conversations import ConversationReadRepository
from colivingdesk.store.db import Database, connect
from colivingdesk.store.filters import (
    BookingFilter,
    BookingKey,
    LeadFilter,
    LeadKey,
    PropertyFilter,
    PropertyKey,
    ThreadFilter,
    ThreadKey,
)
from colivingdesk.store.inbox import InboxRepository
from colivingdesk.store.leads import LeadRepository
from colivingdesk.store.listings import ListingRepository
from colivingdesk.store.migrations import SCHEMA_VERSION, SchemaTooNewError, migrate, schema_version
from colivingdesk.store.outbox import Claim, OutboxRepository
from colivingdesk.store.people import PeopleRepository
from colivingdesk.store.properties import PropertyRepository, ReferenceRepository
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
from colivingdesk.store.saved_replies import SavedReply, SavedReplyRepository
from colivingdesk.store.search import SearchIndex
from colivingdesk.store.worker_lock import WorkerLock
from colivingdesk.store.worker_status import WorkerReport, load_reports, save_report

DEFAULT_PAGE = 200
_LEADS_SEEN_MARK = "leads_seen_at"
_HOST_NAME_MARK = "reply_host_name"
_HOST_NAME_SETTING = "host_name"  # a Coliving.com account's cached ``GET /me`` name


class Store:
    """The local cache. Create it with ``open_store``; close it with ``close()`` (or use it as a context
    manager)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._accounts = AccountRepository(db)
        self._properties = PropertyRepository(db)
        self._reference = ReferenceRepository(db)
        self._leads = LeadRepository(db)
        self._bookings = BookingRepository(db)
        self._reads = ConversationReadRepository(db)
        self._listings = ListingRepository(db)
        self._inbox = InboxRepository(db)
        self._outbox = OutboxRepository(db)
        self._books = BookkeepingRepository(db)
        self._search = SearchIndex(db)
        self._limits = ChannelStateRepository(db)
        self._saved_replies = SavedReplyRepository(db)
        self._automations = AutomationRepository(db)
        self._people = PeopleRepository(db)

    @property
    def people(self) -> PeopleRepository:
        """The team's people: names, presence, assignments, favourites and drafts (see ``store.people``)."""
        return self._people

    @property
    def shared(self) -> bool:
        """Whether a team shares this store (PostgreSQL), so read state and drafts are kept per person."""
        return self._db.dialect.postgres

    @property
    def worker_lock(self) -> WorkerLock:
        """The team's one-sync-worker lock on this store's connection (PostgreSQL; see ``store.worker_lock``)."""
        return WorkerLock(self._db)

    def save_worker_report(self, report: WorkerReport) -> None:
        """The sync worker's account state, for the desktops (see ``store.worker_status``)."""
        save_report(self._db, report)

    def worker_reports(self) -> dict[str, WorkerReport]:
        return load_reports(self._db)

    @property
    def automations(self) -> AutomationRepository:
        """Message automation rules, their occurrences and settings (see ``store.automations``)."""
        return self._automations

    # lifecycle

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def schema_version(self) -> int:
        return self._db.schema_version()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one atomic commit (batch methods already are one transaction each)."""
        with self._db.transaction():
            yield

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # accounts

    def save_account(self, account: Account) -> Account:
        return self._accounts.save(account)

    def get_account(self, account_id: int) -> Account | None:
        return self._accounts.get(account_id)

    def list_accounts(self) -> list[Account]:
        return self._accounts.all()

    def delete_account(self, account_id: int) -> bool:
        return self._accounts.delete(account_id)

    # properties and reference data

    def upsert_properties(self, properties: Sequence[Property]) -> list[str]:
        return self._properties.upsert(properties)

    def delete_property(self, property_id: str) -> bool:
        return self._properties.delete(property_id)

    def get_property(self, property_id: str) -> Property | None:
        return self._properties.get(property_id)

    def property_by_external_id(self, external_id: str) -> Property | None:
        return self._properties.by_external_id(external_id)

    def count_properties(self, filter: PropertyFilter | None = None) -> int:
        return self._properties.count(filter or PropertyFilter())

    def page_properties(
        self,
        filter: PropertyFilter | None = None,
        after: PropertyKey | None = None,
        limit: int = DEFAULT_PAGE,
    ) -> list[Property]:
        return self._properties.page(filter or PropertyFilter(), after, limit)

    def replace_reference(self, kind: str, items: Sequence[ReferenceItem], fetched_at: datetime) -> list[str]:
        return self._reference.replace(kind, items, fetched_at)

    def reference_items(self, kind: str) -> list[ReferenceItem]:
        return self._reference.items(kind)

    def reference_fetched_at(self, kind: str) -> datetime | None:
        return self._reference.fetched_at(kind)

    # leads

    def upsert_leads(self, leads: Sequence[Lead]) -> list[str]:
        return self._leads.upsert(leads)

    def get_lead(self, lead_id: str) -> Lead | None:
        return self._leads.get(lead_id)

    def count_leads(self, filter: LeadFilter | None = None) -> int:
        return self._leads.count(filter or LeadFilter())

    def page_leads(
        self, filter: LeadFilter | None = None, after: LeadKey | None = None, limit: int = DEFAULT_PAGE
    ) -> list[Lead]:
        return self._leads.page(filter or LeadFilter(), after, limit)

    def mark_leads_seen(self, at: datetime | None = None) -> None:
        """The user has looked at the leads list; leads created up to ``at`` no longer count as new."""
        self._books.set_mark(_LEADS_SEEN_MARK, dt_to_text(at or datetime.now(UTC)))

    def leads_seen_at(self) -> datetime | None:
        return text_to_dt(self._books.get_mark(_LEADS_SEEN_MARK))

    def thread_for_lead(self, lead: Lead) -> Thread | None:
        """The BookMyColiving conversation with the lead's guest, if one is cached."""
        external_id = self._leads.thread_for(lead)
        return None if external_id is None else self._inbox.get_thread(Channel.BMC, external_id)

    # bookings, listings, room types

    def upsert_bookings(self, bookings: Sequence[Booking]) -> list[str]:
        return self._bookings.upsert(bookings)

    def get_booking(self, booking_id: str) -> Booking | None:
        return self._bookings.get(booking_id)

    def count_bookings(self, filter: BookingFilter | None = None) -> int:
        return self._bookings.count(filter or BookingFilter())

    def page_bookings(
        self, filter: BookingFilter | None = None, after: BookingKey | None = None, limit: int = DEFAULT_PAGE
    ) -> list[Booking]:
        return self._bookings.page(filter or BookingFilter(), after, limit)

    def page_booking_rows(
        self, filter: BookingFilter | None = None, after: BookingKey | None = None, limit: int = DEFAULT_PAGE
    ) -> list[BookingRow]:
        """:meth:`page_bookings` as light list rows (what the bookings list keeps for every row it shows)."""
        return self._bookings.row_page(filter or BookingFilter(), after, limit)

    def get_booking_row(self, booking_id: str) -> BookingRow | None:
        return self._bookings.get_row(booking_id)

    def bookings_missing_detail(self, limit: int = 100, checkout_after: str | None = None) -> list[str]:
        return self._bookings.missing_detail(limit, checkout_after)

    # Coliving.com conversation sweep (see ``conversations``)

    def mark_conversations_read(self, booking_ids: Sequence[str], at: datetime) -> None:
        self._reads.mark_read(booking_ids, at)

    def conversation_read_at(self, booking_id: str) -> datetime | None:
        return self._reads.last_read(booking_id)

    def open_conversations_due(
        self,
        checkout_after: str,
        closed: Sequence[str],
        today: str,
        first: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[str]:
        return self._reads.open_in_sweep_order(checkout_after, closed, today, first, limit)

    def ended_conversations_due(
        self, ended_after: str, ended_by: str, closed: Sequence[str], read_before: datetime, limit: int
    ) -> list[str]:
        return self._reads.ended_due(ended_after, ended_by, closed, read_before, limit)

    def conversation_coverage(self, checkout_after: str, closed: Sequence[str], since: datetime) -> tuple[int, int]:
        return self._reads.coverage(checkout_after, closed, since)

    def upsert_listings(self, listings: Sequence[Listing]) -> list[str]:
        return self._listings.upsert_listings(listings)

    def list_listings(self) -> list[Listing]:
        return self._listings.listings()

    def get_listing(self, listing_id: str) -> Listing | None:
        return self._listings.get_listing(listing_id)

    def delete_listing(self, listing_id: str) -> bool:
        return self._listings.delete_listing(listing_id)

    def link_listing_property(self, listing_id: str, property_id: str | None) -> bool:
        return self._listings.link_property(listing_id, property_id)

    def house_listing_ids(self, listing_id: str) -> set[str]:
        """The listing and those linked to the same BookMyColiving property (one house, see ``sync.houses``)."""
        return self._listings.house_listing_ids(listing_id)

    def upsert_room_types(self, room_types: Sequence[RoomType]) -> list[str]:
        return self._listings.upsert_room_types(room_types)

    def list_room_types(self, listing_id: str | None = None) -> list[RoomType]:
        return self._listings.room_types(listing_id)

    def get_room_type(self, room_type_id: str) -> RoomType | None:
        return self._listings.get_room_type(room_type_id)

    def known_rooms(
        self, listing_ids: Sequence[str], room_type_ids: Sequence[str]
    ) -> tuple[set[str], dict[str, tuple[str, str]]]:
        """Which of ``listing_ids`` are cached, and ``(listing_id, name)`` of the cached ones of
        ``room_type_ids``: what sync checks for every page of bookings, in two queries."""
        return self._listings.known(listing_ids, room_type_ids)

    # inbox

    def upsert_threads(self, threads: Sequence[Thread]) -> list[str]:
        return self._inbox.upsert_threads(threads)

    def get_thread(
        self, channel: Channel | str, external_id: str, filter: ThreadFilter | None = None
    ) -> Thread | None:
        """The thread, or None when it is not stored or does not match ``filter`` (when given)."""
        return self._inbox.get_thread(channel, external_id, filter)

    def count_threads(self, filter: ThreadFilter | None = None) -> int:
        return self._inbox.count_threads(filter or ThreadFilter())

    def page_threads(
        self, filter: ThreadFilter | None = None, after: ThreadKey | None = None, limit: int = DEFAULT_PAGE
    ) -> list[Thread]:
        return self._inbox.page_threads(filter or ThreadFilter(), after, limit)

    def upsert_messages(self, messages: Sequence[Message]) -> MessageChanges:
        return self._inbox.upsert_messages(messages)

    def upsert_message_groups(self, groups: Sequence[Sequence[Message]]) -> list[MessageChanges]:
        """Several threads' messages in one transaction; one ``upsert_messages`` result per group."""
        return self._inbox.upsert_message_groups(groups)

    def messages_for_thread(
        self, channel: Channel | str, thread_external_id: str
    ) -> list[Message | PendingMessage]:
        """The thread's messages oldest first, then the user's replies the channel has not confirmed yet.

        Unsent replies go last, in the order written, rather than interleaved by time: they have not joined
        the conversation yet, and our clock and the channel's are not comparable.
        """
        with self._db.lock:
            sent: list[Message | PendingMessage] = list(self._inbox.messages(channel, thread_external_id))
            return sent + list(self._outbox.pending_replies(channel, thread_external_id))

    def latest_unsent_reply(self, channel: Channel | str, thread_external_id: str) -> PendingMessage | None:
        """The newest reply to this thread the channel has not taken yet (queued, held or refused)."""
        pending = self._outbox.pending_replies(channel, thread_external_id)
        return pending[-1] if pending else None

    def mark_thread_read(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        """Read up to the newest message: for everyone, or (``person``) for that person alone."""
        return self._inbox.mark_thread_read(channel, external_id, person)

    def mark_thread_unread(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        return self._inbox.mark_thread_unread(channel, external_id, person)

    def archive_thread(self, channel: Channel | str, external_id: str, person: str | None = None) -> bool:
        """Read (by ``person``, when given), and out of the inbox's default list until the guest writes again."""
        return self._inbox.archive_thread(channel, external_id, person)

    def unarchive_thread(self, channel: Channel | str, external_id: str) -> bool:
        return self._inbox.unarchive_thread(channel, external_id)

    def unread_total(self, person: str | None = None) -> int:
        return self._inbox.unread_total(person)

    def attention_counts(self, person: str | None = None) -> AttentionCounts:
        """What the sidebar counts; unread as ``person`` sees it when given (see ``person_reads``)."""
        with self._db.lock:
            return AttentionCounts(
                unread_threads=self._inbox.unread_threads(person),
                unread_messages=self._inbox.unread_total(person),
                new_leads=self._leads.count_created_after(self.leads_seen_at()),
                rejected_properties=self._properties.count_by_status(PropertyStatus.REJECTED.value),
                unsent_replies=self._inbox.unsent_replies(),
            )

    # saved replies

    def list_saved_replies(self) -> list[SavedReply]:
        return self._saved_replies.all()

    def get_saved_reply(self, reply_id: int) -> SavedReply | None:
        return self._saved_replies.get(reply_id)

    def save_saved_reply(self, reply: SavedReply) -> SavedReply:
        return self._saved_replies.save(reply)

    def delete_saved_reply(self, reply_id: int) -> bool:
        return self._saved_replies.delete(reply_id)

    def import_saved_replies(self, replies: Sequence[SavedReply]) -> tuple[int, int]:
        return self._saved_replies.import_replies(replies)

    def host_name(self) -> str:
        """The name ``{host_name}`` fills in: the one set for saved replies, else the Coliving.com profile's."""
        chosen = self._books.get_mark(_HOST_NAME_MARK)
        if chosen and chosen.strip():
            return chosen.strip()
        for account in self._accounts.all():
            cached = account.settings.get(_HOST_NAME_SETTING) if account.channel is Channel.COLIVING else None
            if isinstance(cached, str) and cached.strip():
                return cached.strip()
        return ""

    def set_host_name(self, name: str) -> None:
        self._books.set_mark(_HOST_NAME_MARK, name.strip() or None)

    # search

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None) -> list[SearchHit]:
        return self._search.search(query, limit, kinds)

    def search_pages(
        self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None
    ) -> Iterator[list[SearchHit]]:
        """The same hits as :meth:`search`, in rank order, a page at a time (the best page comes first)."""
        return self._search.search_pages(query, limit, kinds)

    # sync cursors

    def get_cursor(self, feed: str) -> str | None:
        return self._books.get_cursor(feed)

    def set_cursor(self, feed: str, value: str | None) -> None:
        self._books.set_cursor(feed, value)

    def cursor_updated_at(self, feed: str) -> datetime | None:
        return self._books.cursor_updated_at(feed)

    def clear_cursor(self, feed: str) -> None:
        self._books.clear_cursor(feed)

    # outbox

    def enqueue(
        self,
        channel: Channel | str,
        kind: str,
        target: str,
        payload: dict[str, Any],
        idempotency_key: str,
        *,
        not_before: datetime | None = None,
        author: str | None = None,
    ) -> OutboxItem:
        """Persist a user write before sending it. For ``kind="reply"`` the text is ``payload["text"]`` and
        ``target`` is the thread's external id. The same idempotency key again returns the stored item.
        ``author`` is the key of the person who wrote it (``store.people``)."""
        return self._outbox.enqueue(
            channel, kind, target, payload, idempotency_key, not_before=not_before, author=author
        )

    def get_outbox_item(self, item_id: int) -> OutboxItem | None:
        return self._outbox.get(item_id)

    def outbox_result(self, item_id: int) -> str | None:
        return self._outbox.result_external_id(item_id)

    def list_outbox(self, states: Iterable[OutboxState | str] | None = None) -> list[OutboxItem]:
        return self._outbox.list_items(states)

    def next_due(
        self, now: datetime, channels: Iterable[Channel | str] | None = None, limit: int | None = None
    ) -> list[OutboxItem]:
        return self._outbox.next_due(now, channels, limit)

    def mark_sending(self, item_id: int) -> OutboxItem:
        return self._outbox.mark_sending(item_id)

    def mark_sent(self, item_id: int, result_external_id: str | None = None) -> OutboxItem:
        return self._outbox.mark_sent(item_id, result_external_id)

    def mark_failed(self, item_id: int, error: str) -> OutboxItem:
        return self._outbox.mark_failed(item_id, error)

    def hold(self, item_id: int, until: datetime, reason: str) -> OutboxItem:
        """Park an item until ``until`` (a rate cap); ``reason`` is shown as the item's ``error``."""
        return self._outbox.hold(item_id, until, reason)

    def requeue(self, item_id: int) -> OutboxItem:
        return self._outbox.requeue(item_id)

    def claim_outbox_item(self, item_id: int, owner: str, now: datetime | None = None) -> OutboxItem | None:
        """Take a due item for sending; None when another process has it or it changed (see ``outbox``)."""
        return self._outbox.claim(item_id, owner, now)

    def finish_outbox_item(
        self,
        item_id: int,
        owner: str,
        state: OutboxState,
        *,
        error: str | None = None,
        not_before: datetime | None = None,
        result_external_id: str | None = None,
        now: datetime | None = None,
    ) -> OutboxItem | None:
        """Settle ``owner``'s claim; None when it was taken over meanwhile."""
        return self._outbox.finish(
            item_id,
            owner,
            state,
            error=error,
            not_before=not_before,
            result_external_id=result_external_id,
            now=now,
        )

    def outbox_claims(self, channel: Channel | str) -> list[Claim]:
        return self._outbox.claims(channel)

    def take_over_claim(self, claim: Claim, reason: str, now: datetime | None = None) -> bool:
        """Requeue an abandoned claim if it is still exactly ``claim``."""
        return self._outbox.take_over(claim, reason, now)

    def cancel_outbox_item(self, item_id: int) -> bool:
        return self._outbox.delete(item_id)

    def uncertain_items(self) -> list[OutboxItem]:
        return self._outbox.uncertain()

    def prune_sent_outbox(self, before: datetime) -> int:
        return self._outbox.prune_sent(before)

    def annotate_outbox_item(self, item_id: int, notes: dict[str, Any]) -> OutboxItem:
        """Record what the channel said about a write in its payload (see ``OutboxRepository.annotate``)."""
        return self._outbox.annotate(item_id, notes)

    # reply window and webhook replay

    def record_reply(self, account_id: str, at: datetime) -> None:
        self._books.record_reply(account_id, at)

    def replies_since(self, account_id: str, since: datetime) -> int:
        return self._books.replies_since(account_id, since)

    def reply_times_since(self, account_id: str, since: datetime) -> list[datetime]:
        return self._books.reply_times_since(account_id, since)

    def prune_replies(self, before: datetime) -> int:
        return self._books.prune_replies(before)

    def seen_before(self, delivery_key: str) -> bool:
        return self._books.seen_before(delivery_key)

    def prune_webhooks(self, before: datetime) -> int:
        return self._books.prune_webhooks(before)

    # rate-limit waits and budgets, shared by every process on the profile

    def save_channel_limits(self, limits: Sequence[ChannelLimit]) -> None:
        """Merge what a process learnt about rate limits into the shared record (later waits win)."""
        self._limits.save(limits)

    def channel_limits(self, account: str, now: datetime) -> list[ChannelLimit]:
        """The account's waits and budgets that still matter at ``now``."""
        return self._limits.load(account, now)

    def prune_channel_limits(self, now: datetime) -> int:
        return self._limits.prune(now)


def open_store(path: Path, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the cache at ``path`` and bring its schema up to date.

    A read-only store expects the file to exist and be current (the writer migrates it); it refuses a schema
    it does not know rather than misreading it.
    """
    conn = connect(path, read_only=read_only)
    try:
        if read_only:
            version = schema_version(conn)
            if version != SCHEMA_VERSION:
                raise SchemaTooNewError(
                    f"database schema is {version}, this release reads {SCHEMA_VERSION}; "
                    "open it read-write first"
                )
        else:
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return Store(Database(conn, read_only=read_only))
