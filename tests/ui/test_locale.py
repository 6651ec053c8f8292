"""Dates, times, counts and prices in the window follow the user's locale; a booking keeps its currency."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from colivingdesk.domain import Money
from colivingdesk.store import BookingFilter
from colivingdesk.ui import formatting

PRICE = Money(Decimal("1250.5"), "EUR")
NOW = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "day", "price", "pounds", "count"),
    [
        ("de_DE", "3. März 2026", "1.250,50\u00a0€", "1.250,50\u00a0£", "12.345"),
        ("es_ES", "3 de mar de 2026", "1250,50\u00a0€", "1250,50\u00a0£", "12.345"),
        ("en_GB", "3 Mar 2026", "€1,250.50", "£1,250.50", "12,345"),
        ("en_US", "Mar 3, 2026", "€1,250.50", "£1,250.50", "12,345"),
    ],
)
def test_dates_prices_and_counts_are_written_the_local_way(
    use_locale: Any, locale: str, day: str, price: str, pounds: str, count: str
) -> None:
    use_locale(locale)
    assert formatting.day("2026-03-03") == day
    assert formatting.money(PRICE) == price
    # The channel's currency is kept: a stay priced in pounds is not shown in the user's euros.
    assert formatting.money(Money(Decimal("1250.5"), "GBP")) == pounds
    assert formatting.count(12345) == count


def test_a_day_and_a_price_already_shown_follow_a_change_of_locale(use_locale: Any) -> None:
    """Tables remember the texts they write (every repaint asks again); a locale set while the app runs still
    wins over what was remembered under the previous one."""
    use_locale("en_GB")
    assert (formatting.day("2026-03-03"), formatting.money(PRICE)) == ("3 Mar 2026", "€1,250.50")
    use_locale("de_DE")
    assert (formatting.day("2026-03-03"), formatting.money(PRICE)) == ("3. März 2026", "1.250,50\u00a0€")
    use_locale("en_GB")
    assert formatting.day("2026-03-03") == "3 Mar 2026"
    assert formatting.day("not a day") == "not a day"
    assert (formatting.day(None), formatting.money(None)) == ("", "")


def test_times_use_the_locale_words_and_clock(use_locale: Any) -> None:
    earlier_this_year = datetime(2026, 1, 3, 9, 5, tzinfo=UTC)
    use_locale("de_DE")
    assert formatting.short_time(earlier_this_year, NOW) == "3. Jan."
    use_locale("es_ES")
    assert formatting.short_time(earlier_this_year, NOW) == "3 de ene"
    use_locale("en_US")
    assert "PM" in formatting.clock(NOW)  # a twelve-hour clock where that is the custom
    use_locale("de_DE")
    assert "PM" not in formatting.clock(NOW)


def test_the_bookings_view_shows_a_german_date_and_price(
    main_window: Any, store: Any, qtbot: Any, use_locale: Any
) -> None:
    use_locale("de_DE")
    booking = main_window.ctx.reader.page_bookings(BookingFilter(), None, 1)[0]
    store.upsert_bookings([dataclasses.replace(
        booking, checkin="2026-03-03", guest_name="Jonas Weber", total=Money(Decimal("1250"), "EUR"),
        has_detail=True,
    )])
    main_window.open_booking(booking.id)
    bookings = main_window.bookings
    qtbot.waitUntil(lambda: "Jonas Weber" in bookings.details_text(), timeout=5000)
    text = bookings.details_text().replace("\u00a0", " ")  # rich text may turn the no-break space into a space
    assert "3. März 2026" in text
    assert "1.250,00 €" in text


@pytest.mark.parametrize(("locale", "day"), [("C", "3 Mar 2026"), ("de_DE", "3. März 2026")])
def test_the_calendar_writes_days_as_the_rest_of_the_window(use_locale: Any, locale: str, day: str) -> None:
    """The problems list and bar tooltips once read "3 3 2026" when no locale was set."""
    from datetime import date

    from colivingdesk.ui.models.timeline_model import locale_date

    use_locale(locale)
    assert locale_date(date(2026, 3, 3)) == day
    assert "2026" in locale_date(date(2026, 3, 3), long=True)


def test_listing_prices_are_shown_and_edited_the_local_way(use_locale: Any) -> None:
    from colivingdesk.ui.dialogs.listing_fields import format_dollars, parse_dollars, price_text
    from colivingdesk.ui.widgets.room_options_editor import PRICE_COLUMN, CentsRole, RoomOptionsModel

    use_locale("de_DE")
    model = RoomOptionsModel()
    model.set_options([{"type": "PRIVATE", "priceMonthly": 150050}])
    price = model.index(0, PRICE_COLUMN)
    # Dollars stay dollars; only the writing is German.
    assert price.data() == "1.500,50\u00a0US$"
    assert price.data(Qt.ItemDataRole.EditRole) == "1.500,50"
    # What a German user types (or the field shows) reads back to the exact cents.
    assert parse_dollars("1.500,50") == 150050 and parse_dollars("800") == 80000
    assert parse_dollars(format_dollars(123456789)) == 123456789
    assert model.setData(price, "2.000,25") and price.data(CentsRole) == 200025
    use_locale("en_US")
    assert price_text(150050) == "$1,500.50"


def test_the_properties_price_column_follows_the_locale(main_window: Any, use_locale: Any) -> None:
    use_locale("de_DE")
    main_window.show_view("properties")
    model = main_window.properties.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal)
                  == "Monthly price")
    prices = [str(model.index(r, column).data()) for r in range(model.rowCount())]
    assert prices and all("US$" in p and re.search(r"\d,\d\d\b", p) for p in prices if p != "—")


def test_the_reply_counter_groups_digits_the_local_way(qtbot: Any, use_locale: Any) -> None:
    from colivingdesk.ui.widgets.composer import ComposerWidget

    use_locale("de_DE")
    composer = ComposerWidget()
    qtbot.addWidget(composer)
    composer.editor.setPlainText("x" * 1234)
    assert composer.counter.text() == "1.234 / 5.000"


def test_the_rate_limit_message_gives_the_time_the_local_way(use_locale: Any) -> None:
    from colivingdesk.domain import Channel
    from colivingdesk.sync.status import AccountStatus
    from colivingdesk.ui.errors import sync_problem

    use_locale("en_US")
    until = datetime(2026, 3, 12, 15, 30, tzinfo=UTC)
    message = sync_problem(Channel.BMC, AccountStatus("rate_limited", waiting_until=until))
    assert message is not None and formatting.clock(until) in message.text and "PM" in message.text
