"""Full-text search across kinds, safe against FTS syntax in user text, with prefix matching."""

from __future__ import annotations

import pytest

from colivingdesk.domain import Channel
from colivingdesk.store import SNIPPET_END, SNIPPET_START, Store
from colivingdesk.store.search import fts_query

from .builders import booking, lead, message, prop


@pytest.fixture
def filled(store: Store) -> Store:
    store.upsert_properties([prop("p1", "Casa Lisboa", address="Rua Augusta 10")])
    store.upsert_leads([lead("l1", guest_name="Zoë Müller", guest_email="zoe@example.org", message="Pets ok?")])
    store.upsert_bookings([booking("b1", guest_name="Ana Silva", guest_email="ana@mail.pt", reference="MB-2041")])
    store.upsert_messages(
        [message("u1", "m1", 1, 'Is "parking" (free) available? AND/OR near: metro*', sender_name="Ana")]
    )
    return store


def test_each_kind_is_found(filled: Store) -> None:
    assert [(h.kind, h.id, h.channel) for h in filled.search("lisboa")] == [("property", "p1", Channel.BMC)]
    assert [(h.kind, h.id) for h in filled.search("zoe@example")] == [("lead", "l1")]
    assert [(h.kind, h.id) for h in filled.search("mb-2041")] == [("booking", "b1")]
    hit = filled.search("parking")[0]
    assert (hit.kind, hit.id, hit.channel, hit.title) == ("message", "u1", Channel.BMC, "Ana")
    assert f"{SNIPPET_START}parking{SNIPPET_END}" in hit.snippet
    assert {h.kind for h in filled.search("ana")} == {"booking", "message"}
    assert [h.kind for h in filled.search("ana", kinds=("booking",))] == ["booking"]


def test_prefix_and_diacritics(filled: Store) -> None:
    assert [h.id for h in filled.search("lis")] == ["p1"]
    assert [h.id for h in filled.search("mull")] == ["l1"]  # Müller, accents folded
    assert [h.id for h in filled.search("casa lis")] == ["p1"]
    assert filled.search("casa porto") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"parking',
        "parking)",
        "(",
        "AND",
        "OR NOT",
        "near:",
        "metro*",
        "*",
        "-",
        "^",
        "a:b",
        "NEAR(x y)",
        "'; DROP TABLE messages; --",
        "   ",
        "",
        "\\",
        "{x}",
        "col:val",
    ],
)
def test_syntax_characters_never_raise(filled: Store, query: str) -> None:
    filled.search(query)


def test_operators_are_searched_as_words(filled: Store) -> None:
    assert [h.id for h in filled.search('"parking" (free)')] == ["u1"]
    assert [h.id for h in filled.search("near: metro*")] == ["u1"]
    assert fts_query("  ") is None


def test_index_follows_updates_and_deletes(filled: Store) -> None:
    filled.upsert_properties([prop("p1", "Casa Porto")])
    assert filled.search("lisboa") == []
    assert [h.id for h in filled.search("porto")] == ["p1"]
    filled.delete_property("p1")
    assert filled.search("porto") == []


def test_limit(store: Store) -> None:
    store.upsert_leads([lead(f"l{i}", guest_name=f"Sam {i}") for i in range(30)])
    assert len(store.search("sam", limit=7)) == 7
    assert store.search("sam", limit=0) == []


def test_edited_message_is_reindexed(filled: Store) -> None:
    filled.upsert_messages([message("u1", "m1", 1, "Actually, is there a garden?", sender_name="Ana")])
    assert filled.search("parking") == []
    assert [h.id for h in filled.search("garden")] == ["u1"]


def test_pages_come_best_first_and_add_up_to_search(store: Store) -> None:
    store.upsert_leads([lead(f"l{i}", guest_name=f"Sam {i}", message="sam " * (i % 5)) for i in range(25)])
    pages = list(store.search_pages("sam", limit=23))
    assert [len(p) for p in pages] == [10, 10, 3]
    assert [h for p in pages for h in p] == store.search("sam", limit=23)
    # Leads whose message repeats the word rank above those that only carry it in the name.
    first, last = pages[0][0], pages[-1][-1]
    assert first.snippet.count(SNIPPET_START) > last.snippet.count(SNIPPET_START)


def test_a_common_prefix_ranks_only_the_newest_matches(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from colivingdesk.store import search

    monkeypatch.setattr(search, "RANKED_CANDIDATES", 5)
    store.upsert_leads([lead(f"l{i:02d}", guest_name=f"Marta {i}") for i in range(20)])
    hits = store.search("ma", limit=30)
    assert sorted(h.id for h in hits) == [f"l{i:02d}" for i in range(15, 20)]


def test_snippet_marks_prefix_matches_and_cuts_long_text() -> None:
    from colivingdesk.store.search import snippet

    text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen Parking fifteen"
    shown, matched = snippet(text, ["park"], words=6)
    assert matched == 1
    assert shown == f"…eleven twelve thirteen fourteen {SNIPPET_START}Parking{SNIPPET_END} fifteen"
    assert snippet("Zoë Müller", ["mull"]) == (f"Zoë {SNIPPET_START}Müller{SNIPPET_END}", 1)
    assert snippet("short one", ["x"]) == ("short one", 0)
