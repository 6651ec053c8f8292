"""Dates, money and counts as the operator reads them: local time, the user's locale, short forms for today,
never a raw ISO string.

All views format through here so "14:02", "Mon 14:02" and "3 Mar" mean the same everywhere, and a change of
style is one edit. Everything goes through ``QLocale()`` (the system's locale unless ``QLocale.setDefault``
says otherwise), so a German user reads "3. März", "1.250,00 €" and "12.345", a Spanish one "3 mar" and
"1250,00 €". The channel's currency is kept as it is (a booking in pounds stays in pounds); only how the amount
is written follows the locale. Without a configured locale (``C``, common on servers and CI) British English
conventions are used, which is what the window showed before it was localised.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, QTime

from colivingdesk.domain import Money

#: Symbols for the channels' usual currencies when the user's locale has another one (the locale's own
#: currency uses the locale's symbol).
_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "US$"}
#: The weekday and the parts around it in a locale's long date format ("dddd, " or ", dddd").
_WEEKDAY = re.compile(r"^d{4}[,\s]*|[,\s]*d{4}$")
#: The year and what joins it to the rest ("yyyy", " 'de' yyyy", ", yyyy").
_YEAR = re.compile(r"[,\s]*('[^']*'\s*)?y+")
#: How many texts each memo of :func:`_per_locale` keeps before it starts afresh.
_MEMO_SIZE = 4096

_Arg = TypeVar("_Arg", bound=Hashable)


def _per_locale(write: Callable[[_Arg], str]) -> Callable[[_Arg], str]:
    """Remember what ``write`` said for each value, per locale.

    A table asks for the text of every visible cell at every repaint: scrolling 100,000 bookings to the end
    formatted the same few hundred days and amounts some 80,000 times, each time through several ``QLocale``
    calls. The locale's name is part of the key because ``QLocale.setDefault`` may change it while the app runs.
    """
    memo: dict[tuple[str, _Arg], str] = {}

    @functools.wraps(write)
    def remembered(value: _Arg) -> str:
        key = (QLocale().name(), value)
        text = memo.get(key)
        if text is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            text = memo[key] = write(value)
        return text

    return remembered


def ui_locale() -> QLocale:
    """The locale every view writes in: the user's, or British English where none is configured."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def _date_pattern(locale: QLocale, *, year: bool) -> str:
    """The locale's long date without the weekday and with abbreviated months: "d MMM yyyy" (en_GB),
    "d. MMM yyyy" (de), "d 'de' MMM 'de' yyyy" (es), "MMM d, yyyy" (en_US); without ``year``: "d MMM"."""
    return _pattern_for(locale.dateFormat(QLocale.FormatType.LongFormat), year)


@functools.lru_cache(maxsize=16)
def _pattern_for(long_format: str, year: bool) -> str:
    """Cached: a long table asks for every painted date cell, and the pattern only changes with the locale."""
    pattern = _WEEKDAY.sub("", long_format).replace("MMMM", "MMM")
    return pattern if year else _YEAR.sub("", pattern).strip(" ,")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: datetime) -> QTime:
    return QTime(value.hour, value.minute)


def local(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def date_text(value: date, *, year: bool = True) -> str:
    """A calendar day in the user's locale: "3 Mar 2026", "3. März 2026", "3 de mar de 2026"."""
    locale = ui_locale()
    return locale.toString(_qdate(value), _date_pattern(locale, year=year))


def long_date(value: date) -> str:
    """A day with its weekday, in full, for tooltips: "Thursday, 3 December 2026", "Donnerstag, 3. Dezember 2026"."""
    return ui_locale().toString(_qdate(value), QLocale.FormatType.LongFormat)


def short_time(value: datetime | None, now: datetime | None = None) -> str:
    """``14:02`` today, ``Mon 14:02`` this week, ``3 Mar`` this year, ``3 Mar 2025`` otherwise."""
    if value is None:
        return ""
    when = local(value)
    today = local(now or datetime.now(UTC))
    if when.date() == today.date():
        return clock(when)
    days = (today.date() - when.date()).days
    if 0 < days < 7:
        locale = ui_locale()
        weekday = locale.dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {clock(when)}"
    return date_text(when.date(), year=when.year != today.year)


def long_time(value: datetime | None) -> str:
    """"Mon 3 Mar 2026, 14:02" in the user's locale."""
    if value is None:
        return ""
    when = local(value)
    weekday = ui_locale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {date_text(when.date())}, {clock(when)}"


def clock(value: datetime | None) -> str:
    """The time of day in the locale's short form ("14:02", or "2:02 PM" where that is the custom)."""
    if value is None:
        return ""
    when = local(value)
    return ui_locale().toString(_qtime(when), QLocale.FormatType.ShortFormat)


def day(text: str | None) -> str:
    """A channel's ``YYYY-MM-DD`` as ``3 Mar 2026`` (in the user's locale); anything unparsable as sent."""
    return _day(text) if text else ""


@_per_locale
def _day(text: str) -> str:
    try:
        value = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return date_text(value)


def number(value: Decimal | float, decimals: int = 2) -> str:
    """An amount with the locale's separators: "1,375.50", "1.375,50"."""
    return ui_locale().toString(float(value), "f", decimals)


def money(value: Money | None) -> str:
    """The amount in its own currency, written the local way: "€1,250.00", "1.250,00 €", "1.250,00 £"."""
    return "" if value is None else _money(value)


@_per_locale
def _money(value: Money) -> str:
    locale = ui_locale()
    code = value.currency.upper()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode).upper()
    if code == own:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = _SYMBOLS.get(code, code)
    text = locale.toCurrencyString(float(value.amount), symbol, 2)
    if symbol == code and text.startswith(code):  # "EUR1,250.00" reads as one word
        text = code + "\u00a0" + text[len(code):]
    return text


def count(n: int) -> str:
    return ui_locale().toString(n)


def one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
