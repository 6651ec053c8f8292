"""The cached records behave alike on both backends: upserts that report only real changes, keyset paging that
visits every row once in order, and search by word prefixes with accents folded."""

from __future__ import annotations

import pytest

from colivingdesk.domain import Channel
from colivingdesk.store import (
    SNIPPET_END,
    SNIPPET_START,
    BookingFilter,
    LeadFilter,
    Store,
    booking_key,
    lead_key,
    thread_key,
)
from tests.unit.store.builders import booking, detailed, lead, message, prop, thread, walk

from .conftest import Opener


def test_booking_upserts_report_only_changes_and_a_summary_keeps_the_detail(store: Store) -> None:
    full = detailed(booking("b1"))
    assert store.upsert_bookings([full, booking("b2")]) == ["b1", "b2"]
    assert store.upsert_bookings([detailed(booking("b1")), booking("b2")]) == []
    assert store.upsert_bookings([booking("b1")]) == []  # a summary says nothing the detail did not
    kept = store.get_booking("b1")
    assert kept is not None and kept.has_detail and kept.guest_phone == "+351 900 000 000"
    assert kept.total == full.total
    assert store.upsert_bookings([booking("b1", version="2026-04-02 10:00:00")]) == ["b1"]
    stale = store.get_booking("b1")
    assert stale is not None and not stale.has_detail and stale.guest_name == "Ana Silva"
    assert store.bookings_missing_detail() == ["b1", "b2"]


def test_the_same_key_twice_in_one_batch_keeps_the_last(store: Store) -> None:
    assert store.upsert_leads([lead("l1", guest_name="First"), lead("l1", guest_name="Second")]) == ["l1"]
    got = store.get_lead("l1")
    assert got is not None and got.guest_name == "Second"


def test_bookings_page_by_checkin_then_id(store: Store) -> None:
    store.upsert_bookings([booking(f"b{i:03d}", checkin=f"2026-05-{1 + i % 4:02d}") for i in range(37)])
    for size in (1, 5, 50):
        rows = walk(lambda after, n: store.page_bookings(after=after, limit=n), booking_key, size)
        assert len(rows) == 37 and len({r.id for r in rows}) == 37
        assert [booking_key(r) for r in rows] == sorted(booking_key(r) for r in rows)
    assert store.count_bookings(BookingFilter(checkout_after="2026-05-31")) == 37


def test_ids_page_in_code_point_order_whatever_the_locale(store: Store) -> None:
    ids = ["b-10", "B-2", "b_1", "b.3", "é-1", "e-1", "Z-9", "a 1"]
    store.upsert_bookings([booking(i) for i in ids])
    rows = walk(lambda after, n: store.page_bookings(after=after, limit=n), booking_key, 3)
    assert [r.id for r in rows] == sorted(ids)


def test_leads_newest_first_with_ties_and_missing_dates(store: Store) -> None:
    leads = [lead(f"l{i:02d}", minutes=(i // 3) if i % 5 else None) for i in range(20)]
    store.upsert_leads(leads)
    rows = walk(lambda after, n: store.page_leads(after=after, limit=n), lead_key, 4)
    assert sorted(r.id for r in rows) == sorted(x.id for x in leads)
    keys = [lead_key(r) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[-1].created_at is None
    assert store.count_leads(LeadFilter(property_id="p1")) == 20


def test_messages_are_idempotent_and_threads_page_by_activity(store: Store, open_another: Opener) -> None:
    first = store.upsert_messages([message("u1", "m1", 1, "Hello"), message("u1", "m2", 2, "Anyone?")])
    again = store.upsert_messages([message("u1", "m1", 1, "Hello"), message("u1", "m2", 2, "Anyone?")])
    assert first.messages == ["bmc:u1:m1", "bmc:u1:m2"] and first.threads == ["bmc:u1"]
    assert not again
    reader = open_another(read_only=True)
    assert [m.external_id for m in reader.messages_for_thread(Channel.BMC, "u1")] == ["m1", "m2"]
    t = reader.get_thread(Channel.BMC, "u1")
    assert t is not None and t.last_message == "Anyone?" and t.unread_count == 2
    threads = [thread(f"t{i:02d}", Channel.BMC if i % 2 else Channel.COLIVING, minutes=i // 4) for i in range(23)]
    threads.append(thread("never", minutes=None))
    store.upsert_threads(threads)
    rows = walk(lambda after, n: reader.page_threads(after=after, limit=n), thread_key, 3)
    assert len(rows) == 25
    assert [thread_key(r) for r in rows] == sorted((thread_key(r) for r in rows), reverse=True)
    assert rows[-1].external_id == "never"


@pytest.fixture
def filled(store: Store) -> Store:
    store.upsert_leads([lead("l1", guest_name="Zoë Müller", guest_email="zoe@example.org", message="Pets ok?")])
    store.upsert_bookings([booking("b1", guest_name="Ana Silva", guest_email="ana@mail.pt", reference="MB-2041")])
    store.upsert_bookings([booking("b2", guest_name="ÉLODIE Gonçalves", reference="MB-3000")])
    store.upsert_properties([prop("p1", "Casa Lisboa", address='Is "parking" (free) available? AND/OR near: metro*')])
    return store


def test_search_finds_each_kind_by_word_prefixes(filled: Store) -> None:
    assert [(h.kind, h.id) for h in filled.search("zoe@example")] == [("lead", "l1")]
    assert [(h.kind, h.id) for h in filled.search("mb-2041")] == [("booking", "b1")]
    hit = filled.search("park")[0]
    assert (hit.kind, hit.id, hit.channel, hit.title) == ("property", "p1", Channel.BMC, "Casa Lisboa")
    assert f"{SNIPPET_START}parking{SNIPPET_END}" in hit.snippet
    assert {h.kind for h in filled.search("a")} == {"booking", "property"}
    assert [h.id for h in filled.search("mb", kinds=("booking",))] == ["b2", "b1"]  # the newer first on a tie
    assert [h.id for h in filled.search("ana sil")] == ["b1"]
    assert filled.search("ana porto") == []


def test_search_finds_messages(store: Store) -> None:
    store.upsert_messages([message("u1", "m1", 1, "Is parking free?", sender_name="Ana")])
    [hit] = store.search("parking")
    assert (hit.kind, hit.id, hit.channel, hit.title) == ("message", "u1", Channel.BMC, "Ana")
    store.upsert_messages([message("u1", "m1", 1, "Actually, is there a garden?", sender_name="Ana")])
    assert store.search("parking") == [] and [h.id for h in store.search("gard")] == ["u1"]


def test_search_folds_accents_and_case(filled: Store) -> None:
    assert [h.id for h in filled.search("mull")] == ["l1"]  # Müller
    assert [h.id for h in filled.search("zoë")] == ["l1"]
    assert [h.id for h in filled.search("elodie")] == ["b2"]  # ÉLODIE
    assert [h.id for h in filled.search("GONCALVES")] == ["b2"]


@pytest.mark.parametrize(
    "query", ['"', "parking)", "AND", "OR NOT", "near:", "*", "a:b", "'; DROP TABLE x; --", "\\", "!&|", "   "]
)
def test_search_syntax_in_user_text_never_raises(filled: Store, query: str) -> None:
    filled.search(query)


def test_search_follows_updates_and_deletes(filled: Store) -> None:
    assert [h.id for h in filled.search("lisb")] == ["p1"]
    filled.upsert_properties([prop("p1", "Casa Porto")])
    assert filled.search("lisboa") == [] and filled.search("parking") == []
    filled.upsert_leads([lead("l1", guest_name="Zoe Martin")])
    assert filled.search("muller") == [] and [h.id for h in filled.search("mart")] == ["l1"]
    filled.delete_property("p1")
    assert filled.search("porto") == []


def test_search_pages_add_up_to_the_limit(store: Store) -> None:
    store.upsert_leads([lead(f"l{i}", guest_name=f"Sam {i}") for i in range(30)])
    assert len(store.search("sam", limit=7)) == 7
    pages = list(store.search_pages("sam", limit=25))
    assert [len(p) for p in pages] == [10, 10, 5]
    assert store.search("sam", limit=0) == []
