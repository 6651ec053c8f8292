"""Words made outside the window: translated whole with their values, stored reasons recognised by template."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from colivingdesk import translatable
from colivingdesk.sync.listing_writes import REFERENCE_REASON, USED_BY_REASON
from colivingdesk.sync.outbox import ASKED_TO_WAIT_REASON, HELD_REASON, NOT_SENT_REASON
from colivingdesk.translatable import filled, translated_reason

SPANISH = {
    ("SyncReason", ASKED_TO_WAIT_REASON): "{channel} ha pedido esperar hasta las {time}.",
    ("SyncReason", HELD_REASON): "Esperando a que se reabra el límite de 60 respuestas por hora.",
    ("SyncReason", NOT_SENT_REASON): "No se ha podido enviar: {error}",
    ("InputError", "{text} is not a number"): "{text} no es un número",
    ("SyncReason", REFERENCE_REASON): "Ya existe un anuncio con la referencia {reference}.",
    ("SyncReason", USED_BY_REASON): "Ya la usa «{name}».",
}


@pytest.fixture
def spanish() -> Iterator[None]:
    translatable.set_lookup(lambda context, text: SPANISH.get((context, text), text))
    yield
    translatable.set_lookup(None)


def test_without_the_window_everything_stays_english() -> None:
    """The command line never installs a lookup: what it prints and stores is the English source."""
    stored = ASKED_TO_WAIT_REASON.format(channel="Coliving.com", time="14:05")
    assert translated_reason(stored) == "Coliving.com asked to wait until 14:05."
    assert filled("InputError", "{text} is not a number", text="'abc'") == "'abc' is not a number"


def test_a_stored_reason_with_values_is_translated_with_the_same_values(spanish: None) -> None:
    stored = ASKED_TO_WAIT_REASON.format(channel="Coliving.com", time="14:05")
    assert translated_reason(stored) == "Coliving.com ha pedido esperar hasta las 14:05."
    assert translated_reason(HELD_REASON) == "Esperando a que se reabra el límite de 60 respuestas por hora."


def test_a_channels_own_words_stay_as_the_channel_wrote_them(spanish: None) -> None:
    assert translated_reason("Guest has blocked messages.") == "Guest has blocked messages."
    # Inside our framing, translated around them.
    stored = NOT_SENT_REASON.format(error="Payload too large\nline two")
    assert translated_reason(stored) == "No se ha podido enviar: Payload too large\nline two"


def test_a_stored_refusal_with_field_lines_is_translated_line_by_line(spanish: None) -> None:
    """``outbox.format_error``: our sentence, then "path: message" per field; the channel's lines stay."""
    stored = "\n".join([REFERENCE_REASON.format(reference="pms-101"),
                        "externalId: " + USED_BY_REASON.format(name="Casa Sol"), "name: Too short."])
    assert translated_reason(stored) == (
        "Ya existe un anuncio con la referencia pms-101.\nexternalId: Ya la usa «Casa Sol».\nname: Too short.")


def test_a_message_made_in_the_window_is_translated_before_its_values_go_in(spanish: None) -> None:
    assert filled("InputError", "{text} is not a number", text="'{x}'") == "'{x}' no es un número"
