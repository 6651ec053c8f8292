"""Saved reply placeholders: what gets filled, what is reported unfilled or unknown, and what blocks sending."""

from __future__ import annotations

from colivingdesk.templates import (
    PLACEHOLDERS,
    blocking_placeholders,
    describe_blocking,
    fill,
    first_name,
    placeholders_in,
    spans,
)

BOOKING_VALUES = {
    "guest_name": "Alex Rivera",
    "listing": "Sunny Villa",
    "room_type": "Studio",
    "checkin": "1 May 2026",
    "checkout": "31 May 2026",
    "host_name": "Jane Cooper",
}


def test_every_known_placeholder_is_filled_from_a_booking_context() -> None:
    template = (
        "Hi {first_name} ({guest_name}), your {room_type} at {listing} is ready from {checkin} to {checkout}. "
        "{host_name}"
    )
    result = fill(template, BOOKING_VALUES)
    assert result.text == (
        "Hi Alex (Alex Rivera), your Studio at Sunny Villa is ready from 1 May 2026 to 31 May 2026. Jane Cooper"
    )
    assert result.complete
    assert result.unfilled == () and result.unknown == ()


def test_first_name_comes_from_the_full_name_unless_given() -> None:
    assert fill("{first_name}", {"guest_name": "Ana María López"}).text == "Ana"
    assert fill("{first_name}", {"guest_name": "Ana López", "first_name": "Anita"}).text == "Anita"
    assert first_name("  ") == ""


def test_missing_or_blank_values_stay_raw_and_are_named_once_in_order() -> None:
    values = {"guest_name": "Sam Lee", "property": "Harbour House", "checkin": "  ", "host_name": None}
    result = fill("Dear {guest_name}, {checkin}… {property} {checkout} {checkin} {host_name}", values)
    assert result.text == "Dear Sam Lee, {checkin}… Harbour House {checkout} {checkin} {host_name}"
    assert result.unfilled == ("checkin", "checkout", "host_name")
    assert not result.complete


def test_unknown_words_in_braces_are_reported_and_left_alone() -> None:
    result = fill("Hi {frist_name}, room {room_type} {frist_name} { not one } {a-b}", {"room_type": "A"})
    assert result.text == "Hi {frist_name}, room A {frist_name} { not one } {a-b}"
    assert result.unknown == ("frist_name",)
    assert result.unfilled == ()


def test_values_are_inserted_verbatim_even_when_they_look_like_placeholders() -> None:
    result = fill("{guest_name} at {property}", {"guest_name": "{checkin}", "property": "P"})
    assert result.text == "{checkin} at P"
    assert result.complete


def test_known_placeholders_always_block_and_unknown_ones_only_when_guarded() -> None:
    text = "Hi {first_name}, see {frist_name} and {json}"
    assert blocking_placeholders(text) == ["first_name"]
    assert blocking_placeholders(text, {"frist_name"}) == ["first_name", "frist_name"]
    assert blocking_placeholders("All done, thanks!", {"frist_name"}) == []


def test_the_blocking_message_names_each_placeholder() -> None:
    assert describe_blocking([]) == ""
    assert describe_blocking(["checkin"]) == "{checkin} needs filling in before this reply can be sent."
    message = describe_blocking(["checkin", "frist_name"])
    assert "{checkin}, {frist_name}" in message and "need filling in" in message
    assert "not a known placeholder" in describe_blocking(["frist_name"])


def test_spans_point_at_each_occurrence() -> None:
    text = "a {checkin} b {x} {checkin}"
    assert [text[s:e] for s, e in spans(text, ["checkin"])] == ["{checkin}", "{checkin}"]


def test_placeholders_in_lists_each_once() -> None:
    assert placeholders_in("{a} {b} {a}") == ["a", "b"]
    assert set(PLACEHOLDERS) >= {"guest_name", "checkin", "host_name"}
