"""The generic lazy model: keyset paging, in-place updates, reloads that keep the selection on its record."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from colivingdesk.ui.models.store_list_model import Column, IdRole, StoreListModel


@dataclass(frozen=True)
class Row:
    id: str
    name: str


class FakeTable:
    """A list standing in for a store table sorted by (name, id)."""

    def __init__(self, n: int) -> None:
        self.rows = {f"r{i:04d}": Row(f"r{i:04d}", f"name {i:04d}") for i in range(n)}
        self.page_calls = 0

    def ordered(self) -> list[Row]:
        return sorted(self.rows.values(), key=lambda r: (r.name, r.id))

    def page(self, after: Any, limit: int) -> list[Row]:
        self.page_calls += 1
        rows = self.ordered()
        if after is not None:
            rows = [r for r in rows if (r.name, r.id) > after]
        return rows[:limit]

    def count(self) -> int:
        return len(self.rows)

    def get(self, ident: str) -> Row | None:
        return self.rows.get(ident)


def make_model(table: FakeTable, page_size: int = 10) -> StoreListModel:
    return StoreListModel(
        [Column("Name", lambda r: r.name), Column("Id", lambda r: r.id, tooltip=lambda r: f"id {r.id}")],
        table.page, table.count, key=lambda r: (r.name, r.id), ident=lambda r: r.id, get=table.get,
        page_size=page_size,
    )


def test_pages_lazily_and_passes_modeltester(qtmodeltester: Any) -> None:
    table = FakeTable(35)
    model = make_model(table)
    model.refresh()
    assert model.rowCount() == 10 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 35 and not model.canFetchMore()
    assert model.total() == 35
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "id r0000"
    qtmodeltester.check(model)


def test_known_row_change_is_data_changed_only(qtbot: Any, qtmodeltester: Any) -> None:
    table = FakeTable(5)
    model = make_model(table)
    model.refresh()
    qtmodeltester.check(model)
    table.rows["r0002"] = replace(table.rows["r0002"], id="r0002")  # same key, same record: content refresh
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.apply_changes(["r0002"])
    assert model.rowCount() == 5


def test_insert_and_reorder_keep_selection_on_the_same_record(qtmodeltester: Any) -> None:
    table = FakeTable(6)
    model = make_model(table)
    model.refresh()
    qtmodeltester.check(model)
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert selection.currentIndex().data(IdRole) == "r0003"

    table.rows["new"] = Row("new", "name 0000a")  # sorts second
    table.rows["r0005"] = replace(table.rows["r0005"], name="name -first")  # moves to the top
    del table.rows["r0001"]
    model.apply_changes(["new", "r0005", "r0001"])

    assert [model.data(model.index(i, 1)) for i in range(model.rowCount())] == [
        "r0005", "r0000", "new", "r0002", "r0003", "r0004"
    ]
    assert selection.currentIndex().data(IdRole) == "r0003"
    qtmodeltester.check(model)


def test_large_reload_runs_in_the_executor(qtbot: Any, aio: Any) -> None:
    table = FakeTable(60)
    model = make_model(table, page_size=10)
    model.executor_threshold = 20
    model.refresh()
    while model.canFetchMore():
        model.fetchMore()
    table.rows["zzz"] = Row("zzz", "name 0000z")

    async def reload_and_wait() -> None:
        model.reload()  # returns at once; the window is read in a worker thread
        assert model.rowCount() == 60
        await asyncio.sleep(0)

    aio.run(reload_and_wait())
    qtbot.waitUntil(lambda: model.data(model.index(1, 1)) == "zzz", timeout=5000)
    assert model.rowCount() == 60 and model.canFetchMore()  # the window keeps its size; the tail pages in


def test_slow_pages_arrive_from_the_executor_and_selection_still_finds_a_row(qtbot: Any, aio: Any) -> None:
    table = FakeTable(45)
    model = make_model(table, page_size=10)
    model.slow_page_seconds = 0.0  # every page read counts as slow, as a text filter scanning the table would
    model.refresh()

    async def fetch() -> None:
        model.fetchMore()  # returns at once; the page is read in a worker thread
        model.fetchMore()  # one read in flight at a time: no duplicate page
        assert model.rowCount() == 10
        await asyncio.sleep(0)

    aio.run(fetch())
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=5000)
    assert model.ids() == [r.id for r in table.ordered()[:20]]
    assert model.load_until("r0042") == 42  # selecting a search result pages in at once, not later
    assert model.ids() == [r.id for r in table.ordered()]
