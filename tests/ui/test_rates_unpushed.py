"""Rate edits not pushed yet: kept per room type and across a restart, marked on their rows, counted in the state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetSelectionRange

from colivingdesk.domain import Channel
from colivingdesk.sync import Service
from colivingdesk.ui.views.rates_panel import RatesPanel
from tests.ui.test_calendar_window import REGISTER, import_register, open_calendar

DEMO_ROOM = "38753"  # "Demo listing · Full Bedroom": base 1000 USD, January 1100, August 1700, no February override
OTHER_ROOM = "66713"


def rates_of(window: Any, qtbot: Any, aio: Any, *, register: bool) -> RatesPanel:
    calendar = open_calendar(window, qtbot, aio)
    if register:
        import_register(calendar, qtbot, aio, REGISTER)
    calendar.tabs.setCurrentWidget(calendar.rates)
    rates: RatesPanel = calendar.rates
    qtbot.waitUntil(lambda: rates.room.findData(DEMO_ROOM) >= 0, timeout=10_000)
    rates.room.setCurrentIndex(rates.room.findData(DEMO_ROOM))
    return rates


def set_month(rates: RatesPanel, qtbot: Any, month: str, price: str) -> None:
    """Select one month, type the price, press "Set price"."""
    row = rates.month_row(month)
    rates.table.clearSelection()
    rates.table.setRangeSelected(QTableWidgetSelectionRange(row, 0, row, 2), True)
    rates.bulk_value.setText(price)
    qtbot.mouseClick(rates.set_button, Qt.MouseButton.LeftButton)


def effective(rates: RatesPanel, month: str) -> str:
    item = rates.table.item(rates.month_row(month), 2)
    assert item is not None
    return item.text()


def test_unpushed_rates_stay_per_room_type_and_after_a_restart_marked_as_not_pushed(
    main_window: Any, make_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    rates = rates_of(main_window, qtbot, aio, register=True)
    assert effective(rates, "feb") == "1000 (base)"
    assert rates.state.text() == ""

    set_month(rates, qtbot, "feb", "1250")
    assert effective(rates, "feb") == "1250 (not pushed)"
    rates.base_price.setText("1050")
    assert effective(rates, "mar") == "1050 (base, not pushed)"
    assert effective(rates, "jan") == "1100 (override)"  # untouched months are not marked
    assert rates.state.text().startswith("2 changes not pushed yet")
    assert "Base price" in rates.state.text()

    # Another room type and back: the edits are still there, still marked.
    rates.room.setCurrentIndex(rates.room.findData(OTHER_ROOM))
    assert rates.base_price.text() == "1340" and not rates.state.text()
    rates.room.setCurrentIndex(rates.room.findData(DEMO_ROOM))
    assert rates.base_price.text() == "1050"
    assert rates.table.item(rates.month_row("feb"), 1).text() == "1250"  # type: ignore[union-attr]
    assert effective(rates, "feb") == "1250 (not pushed)"
    assert rates.state.text().startswith("2 changes not pushed yet")

    # Quitting and starting again over the same profile keeps them too.
    main_window.close()
    again = rates_of(make_window(synced_service), qtbot, aio, register=False)
    assert again.base_price.text() == "1050"
    assert effective(again, "feb") == "1250 (not pushed)"
    assert again.state.text().startswith("2 changes not pushed yet")

    # Typed back to the stored prices, nothing is left to push.
    again.base_price.setText("1000")
    again.table.item(again.month_row("feb"), 1).setText("")  # type: ignore[union-attr]
    assert effective(again, "feb") == "1000 (base)"
    assert again.state.text() == ""


def test_the_state_of_an_earlier_push_is_not_shown_as_covering_new_edits(
    main_window: Any, synced_service: Service, qtbot: Any, aio: Any, language: Any
) -> None:
    language("en")  # the English catalogue gives the singular ("1 change")
    rates = rates_of(main_window, qtbot, aio, register=True)
    set_month(rates, qtbot, "feb", "1250")
    qtbot.mouseClick(rates.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rates.state.text().startswith("Queued"), timeout=5000)
    assert effective(rates, "feb") == "1250 (override)"  # pushed: no longer marked
    aio.run(synced_service.send_pending([Channel.COLIVING]), timeout=20_000)
    qtbot.waitUntil(lambda: "accepted, not yet applied" in rates.state.text(), timeout=10_000)
    assert effective(rates, "feb") == "1250 (override)"

    set_month(rates, qtbot, "mar", "1234")
    assert effective(rates, "mar") == "1234 (not pushed)"
    state = rates.state.text()
    assert state.startswith("1 change not pushed yet"), state
    assert "Earlier push: Sent: accepted" in state

    # Once the room type's stored prices include the push, switching away and back keeps February's price.
    rates.room.setCurrentIndex(rates.room.findData(OTHER_ROOM))
    rates.room.setCurrentIndex(rates.room.findData(DEMO_ROOM))
    qtbot.waitUntil(lambda: effective(rates, "feb") == "1250 (override)", timeout=10_000)
    assert effective(rates, "mar") == "1234 (not pushed)"


def test_prices_of_a_refused_push_are_marked_not_pushed_again(
    main_window: Any, qtbot: Any, aio: Any, language: Any
) -> None:
    language("en")
    rates = rates_of(main_window, qtbot, aio, register=True)
    set_month(rates, qtbot, "feb", "1250")
    qtbot.mouseClick(rates.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rates.state.text().startswith("Queued"), timeout=5000)
    assert effective(rates, "feb") == "1250 (override)"

    # What the calendar tells the panel when the outbox marks the push failed.
    rates.push_state("Refused by Coliving.com: listing not yours", "error")
    assert effective(rates, "feb") == "1250 (not pushed)"
    february = rates.table.item(rates.month_row("feb"), 0).text()  # type: ignore[union-attr]
    assert rates.state.text() == (
        f"1 change not pushed yet: {february}.\nEarlier push: Refused by Coliving.com: listing not yours")


def test_a_price_still_being_typed_in_its_cell_is_kept_when_the_app_quits(
    main_window: Any, make_window: Any, synced_service: Service, qtbot: Any, aio: Any
) -> None:
    rates = rates_of(main_window, qtbot, aio, register=True)
    march = rates.table.item(rates.month_row("mar"), 1)
    assert march is not None
    rates.table.setCurrentItem(march)
    rates.table.editItem(march)
    editor = rates.table.indexWidget(rates.table.indexFromItem(march))
    assert editor is not None
    qtbot.keyClicks(editor, "1234")  # no Enter: the cell is still being edited

    main_window.close()
    again = rates_of(make_window(synced_service), qtbot, aio, register=False)
    assert effective(again, "mar") == "1234 (not pushed)"
