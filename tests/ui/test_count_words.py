"""Counts read right for one and for many in every shipped language: "1 respuesta", not "1 respuestas".

Each count is a Qt plural whose forms the language's catalogue gives; these are counts a user reads when
quitting with replies waiting, when a listing draft is stale (its photos), checking a BookMyColiving key (its
properties) and in the sync progress line (pages read), the last two made below the window.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from colivingdesk.domain import Channel, OutboxItem
from colivingdesk.sync.key_check import KeyCheck
from colivingdesk.sync.progress import FeedProgress
from colivingdesk.ui.dialogs.quit_confirm import pending_text
from colivingdesk.ui.dialogs.stale_draft import StaleDraftWords

#: language -> (one reply, two replies, one page, three pages, one property, two properties, one photo, two)
WORDS = {
    "en_GB": ("1 reply is", "2 replies are", "1 page", "3 pages", "1 property", "2 properties", "1 photo", "2 photos"),
    "es_ES": ("1 respuesta", "2 respuestas", "1 página", "3 páginas", "1 propiedad", "2 propiedades", "1 foto",
              "2 fotos"),
    "pt_PT": ("1 resposta", "2 respostas", "1 página", "3 páginas", "1 imóvel", "2 imóveis", "1 foto", "2 fotos"),
    "de_DE": ("1 Antwort", "2 Antworten", "1 Seite", "3 Seiten", "1 Objekt", "2 Objekte", "1 Foto", "2 Fotos"),
}


def _replies(n: int) -> list[OutboxItem]:
    return [OutboxItem(i, Channel.BMC, "reply", "t", {}, f"k{i}") for i in range(n)]


def _pages(n: int) -> str:
    return FeedProgress(Channel.BMC, "leads", "leads", done=10, pages=n).line()


@pytest.mark.parametrize("locale", sorted(WORDS))
def test_counts_take_the_singular_for_one_and_the_plural_for_more(
    language: Callable[[str], None], locale: str
) -> None:
    language(locale)
    reply, replies, page, pages, prop, props, photo, photos = WORDS[locale]
    assert pending_text(_replies(1)).startswith(reply)
    assert pending_text(_replies(2)).startswith(replies)
    assert _pages(1).endswith(f", {page}")
    assert _pages(3).endswith(f", {pages}")
    assert KeyCheck.tr("%Ln properties", "", 1) == prop
    assert KeyCheck.tr("%Ln properties", "", 2) == props
    assert StaleDraftWords.tr("%n photos", "", 1) == photo
    assert StaleDraftWords.tr("%n photos", "", 2) == photos


def test_without_a_translator_the_counts_are_english() -> None:
    """The command line installs no translator: its words are English, singular for one."""
    assert pending_text(_replies(1)).startswith("1 reply is")
    assert _pages(1).endswith(", 1 page")
    assert _pages(1200).endswith(", 1,200 pages")
    assert KeyCheck.tr("%Ln properties", "", 1) == "1 property"


#: language -> the notices' titles for three new guest messages and two new leads, and the progress line's units.
NOTICES = {
    "en_GB": ("3 new messages", "2 new leads", "1 booking", "0/1 booking", "2 bookings"),
    "es_ES": ("3 mensajes nuevos", "2 consultas nuevas", "1 reserva", "0/1 reserva", "2 reservas"),
    "pt_PT": ("3 mensagens novas", "2 novos contactos", "1 reserva", "0/1 reserva", "2 reservas"),
    "de_DE": ("3 neue Nachrichten", "2 neue Anfragen", "1 Buchung", "0/1 Buchung", "2 Buchungen"),
}


@pytest.mark.parametrize("locale", sorted(NOTICES))
def test_the_notices_and_the_progress_units_count_in_the_windows_language(
    language: Callable[[str], None], locale: str
) -> None:
    from colivingdesk.ui.window_notices import MainWindow as NoticeWords

    language(locale)
    messages, leads, one, of_one, two = NOTICES[locale]
    assert NoticeWords.tr("%n new messages", "", 3) == messages
    assert NoticeWords.tr("%n new leads", "", 2) == leads
    walk = FeedProgress(Channel.COLIVING, "bookings", "bookings", 1).line()
    assert walk.endswith(f": {one}")
    assert FeedProgress(Channel.COLIVING, "bookings", "bookings", 0, 1).line().endswith(f": {of_one}")
    assert FeedProgress(Channel.COLIVING, "bookings", "bookings", 2).line().endswith(f": {two}")
