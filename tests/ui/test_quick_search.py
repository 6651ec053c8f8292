"""Ctrl+K search runs off the GUI thread: typing never waits on the query, and old results never win."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from colivingdesk.domain import Lead
from colivingdesk.profile import Profile
from colivingdesk.store import SearchHit, Store
from colivingdesk.ui.dialogs.quick_search import SEARCH_LIMIT, QuickSearchPopup

TIMEOUT_MS = 5000


@pytest.fixture
def popup(qtbot: Any, profile: Profile, store: Store) -> Iterator[QuickSearchPopup]:
    store.upsert_leads([
        Lead("lead_zeph", None, "Zephyrine Alder", message="Is the rooftop open?"),
        Lead("lead_quill", None, "Quillon Birch", message="Parking near the house?"),
        *(Lead(f"lead_m{i}", None, f"Marisol {i}", message="rooftop " * (i % 4)) for i in range(40)),
    ])
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    search = QuickSearchPopup(profile.database, window)
    search.popup()
    yield search
    search.hide()


def _titles(popup: QuickSearchPopup) -> list[str]:
    return [h.title for h in popup.model.hits()]


def test_results_arrive_from_a_worker_thread_best_first(
    popup: QuickSearchPopup, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    original = Store.search_pages

    def recording(self: Store, *args: Any, **kwargs: Any) -> Iterator[list[SearchHit]]:
        threads.append(threading.get_ident())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "search_pages", recording)
    popup.input.setText("rooftop")
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=TIMEOUT_MS)
    assert threads and all(t != threading.get_ident() for t in threads)
    titles = _titles(popup)
    assert len(titles) == SEARCH_LIMIT  # three pages of hits, all shown
    # The 30 Marisols whose message has the word rank above Zephyrine, who wrote it once in a longer message.
    assert all(t.startswith("Marisol") for t in titles)
    assert popup.results.currentIndex().row() == 0


def test_results_of_an_older_text_are_dropped(
    popup: QuickSearchPopup, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    original = Store.search_pages

    def slow_for_zephyrine(self: Store, query: str, *args: Any, **kwargs: Any) -> Iterator[list[SearchHit]]:
        if query == "zephyrine":
            release.wait(TIMEOUT_MS / 1000)  # the user types on while this query is still running
        yield from original(self, query, *args, **kwargs)

    monkeypatch.setattr(Store, "search_pages", slow_for_zephyrine)
    shown: list[str] = []
    popup.model.rowsInserted.connect(
        lambda _parent, first, last: shown.extend(popup.model.hits()[first : last + 1][i].title
                                                  for i in range(last - first + 1))
    )
    popup.input.setText("zephyrine")
    popup.run_search()
    popup.input.setText("quillon")
    popup.run_search()
    assert popup.searching()  # the GUI thread went on while the first query waits
    release.set()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=TIMEOUT_MS)
    assert _titles(popup) == ["Quillon Birch"]
    assert shown == ["Quillon Birch"]


def test_enter_before_the_results_arrive_opens_the_best_hit(popup: QuickSearchPopup, qtbot: Any) -> None:
    popup.input.setText("quillon")
    with qtbot.waitSignal(popup.hitChosen, timeout=TIMEOUT_MS) as chosen:
        popup.choose_current()  # still within the typing pause: nothing has been searched yet
    hit = chosen.args[0]
    assert (hit.kind, hit.id) == ("lead", "lead_quill")
    assert not popup.isVisible()


def test_no_match_and_an_emptied_field_say_so(popup: QuickSearchPopup, qtbot: Any) -> None:
    popup.input.setText("xylophonic")
    popup.run_search()
    qtbot.waitUntil(lambda: not popup.searching(), timeout=TIMEOUT_MS)
    assert popup.model.rowCount() == 0
    assert popup.hint.text() == "No matches in the local cache."
    popup.input.setText("")
    popup.run_search()
    assert not popup.searching()
    assert popup.hint.text() == "Type to search."
