"""What records are called: one function per kind, so every screen and command names a record alike."""

from __future__ import annotations

from colivingdesk.domain import Booking, Lead, Property
from colivingdesk.labels import booking_label, lead_label, listing_label, property_label
from colivingdesk.store.records import Listing


def booking(reference: str | None) -> Booking:
    return Booking("8858", "5325", "38753", "confirmed", "2026-05-01", "2026-05-31", "v1", reference=reference)


def test_a_booking_is_named_by_its_reference_once_known_and_by_its_id_until_then() -> None:
    assert booking_label(booking("CO-8858")) == "Booking CO-8858"
    assert booking_label(booking(None)) == "Booking 8858"
    assert booking_label(None, "8858") == "Booking 8858"  # only the id is cached (a conversation's booking)


def test_places_and_leads_fall_back_to_words_that_still_tell_records_apart() -> None:
    assert listing_label(Listing("5325", "Maple Grove"), "5325") == "Maple Grove"
    assert listing_label(None, "5325") == listing_label(Listing("5325"), "5325") == "Listing 5325"
    assert property_label(Property("prop_1", "Casa Sol", "DRAFT"), "prop_1") == "Casa Sol"
    assert property_label(Property("prop_1", "", "DRAFT"), "prop_1") == "Property prop_1"
    assert property_label(None, "prop_1") == "Property prop_1"
    assert lead_label(Lead("l1", None, "Alex Rivera")) == "Alex Rivera"
    assert lead_label(Lead("l1", None, "")) == "Unknown guest"
