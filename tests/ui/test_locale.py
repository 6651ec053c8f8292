"""Dates, times, counts and prices in the window follow the user's locale; a booking keeps its currency."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

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
