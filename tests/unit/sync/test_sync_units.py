"""Small pieces of sync in isolation: change sets, cursors, reply window, error text, reconciliation matching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from colivingdesk.api.errors import FieldError, ValidationError
from colivingdesk.api.ratelimit import RateBudget
from colivingdesk.domain import Channel, Message, OutboxItem
from colivingdesk.sync import ChangeSet, ChangeStream
from colivingdesk.sync.backoff import Backoff
from colivingdesk.sync.coliving_feeds import advance_cursor
from colivingdesk.sync.outbox import find_landed, format_error, parse_error
from colivingdesk.sync.replycap import ReplyWindow

NOW = datetime(2026, 4, 25, 10, 0, tzinfo=UTC)


def test_change_set_merges_and_drops_empty_kinds():
    changes = ChangeSet({"leads": ["a"], "bookings": []})
    assert dict(changes) == {"leads": frozenset({"a"})}
    merged = changes.merge({"leads": {"b"}, "threads": {"bmc:u1"}})
    assert merged.get_ids("leads") == {"a", "b"} and merged.get_ids("threads") == {"bmc:u1"}
    assert merged.get_ids("outbox") == frozenset()
    assert not ChangeSet({})


def test_change_stream_survives_a_failing_subscriber_and_unsubscribes():
    stream = ChangeStream()
    seen: list[ChangeSet] = []

    def broken(_: ChangeSet) -> None:
        raise RuntimeError("view bug")

    stream.subscribe(broken)
    unsubscribe = stream.subscribe(seen.append)
    stream.emit({"leads": {"x"}})
    stream.emit({})  # nothing changed: nobody is called
    unsubscribe()
    unsubscribe()
    stream.emit({"leads": {"y"}})
    assert [c.get_ids("leads") for c in seen] == [{"x"}]


def test_cursor_keeps_newest_version_and_the_one_before():
    assert advance_cursor(None, None, set()) == {}
    first = advance_cursor(None, None, {"2026-04-12 15:30:00", "2026-04-12 15:29:59", "2026-01-01 00:00:00"})
    assert first == {"version": "2026-04-12 15:30:00", "floor": "2026-04-12 15:29:59"}
    # Only the newest second comes back in a quiet cycle: the floor stays, so that second is always re-read.
    assert advance_cursor(first["version"], first["floor"], {"2026-04-12 15:30:00"}) == first
    moved = advance_cursor(first["version"], first["floor"], {"2026-04-12 15:30:00", "2026-04-12 16:00:00"})
    assert moved == {"version": "2026-04-12 16:00:00", "floor": "2026-04-12 15:30:00"}


def test_reply_window_local_log():
    window = ReplyWindow(cap=3, window=timedelta(hours=1))
    sent = [NOW - timedelta(minutes=m) for m in (50, 20, 10)]
    assert window.next_slot(NOW, sent[1:]) is None
    assert window.next_slot(NOW, sent) == sent[0] + timedelta(hours=1)
    assert window.next_slot(NOW, [NOW - timedelta(minutes=70), *sent[1:]]) is None


def test_reply_window_trusts_the_server_over_the_local_count():
    window = ReplyWindow(cap=3)
    full_log = [NOW - timedelta(minutes=m) for m in (5, 4, 3)]
    reset = (NOW + timedelta(minutes=30)).timestamp()
    assert window.next_slot(NOW, full_log, RateBudget(limit=60, remaining=7, reset_at=reset)) is None
    held = window.next_slot(NOW, [], RateBudget(limit=60, remaining=0, reset_at=reset))
    assert held == NOW + timedelta(minutes=30)
    # A server window that has already reset says nothing about now: fall back to the log.
    stale = RateBudget(limit=60, remaining=0, reset_at=(NOW - timedelta(minutes=1)).timestamp())
    assert window.next_slot(NOW, [], stale) is None


def test_backoff_doubles_to_a_cap():
    backoff = Backoff(base=5, cap=60)
    assert [backoff.delay(n) for n in range(6)] == [0, 5, 10, 20, 40, 60]


def test_error_text_round_trips_field_errors():
    err = ValidationError(
        "Validation failed", status=422,
        field_errors=(FieldError("data.0.base_price", "The base_price must be at least 0."),),
    )
    text = format_error(err)
    assert text == "Validation failed\ndata.0.base_price: The base_price must be at least 0."
    message, fields = parse_error(text)
    assert message == "Validation failed"
    assert fields == (FieldError("data.0.base_price", "The base_price must be at least 0."),)
    assert parse_error(None) == ("", ())


def _item(text: str, known: list[str] | None = None) -> OutboxItem:
    payload = {"text": text, **({"known_ids": known} if known else {})}
    return OutboxItem(1, Channel.COLIVING, "reply", "8821", payload, "k", created_at=NOW)


def _msg(ident: str, text: str, sender: str = "host", at: datetime | None = NOW) -> Message:
    return Message(Channel.COLIVING, "8821", ident, sender, text, created_at=at)


def test_reconciliation_matches_only_a_new_host_message_with_the_same_text():
    item = _item("OK", known=["1"])
    old = _msg("1", "OK")
    guest = _msg("2", "OK", sender="guest")
    earlier = _msg("3", "OK", at=NOW - timedelta(hours=2))
    other_text = _msg("4", "OK!")
    assert find_landed(item, [old, guest, earlier, other_text], set()) is None
    landed = _msg("5", "OK", at=NOW + timedelta(seconds=3))
    assert find_landed(item, [old, landed], set()) == "5"
    assert find_landed(item, [old, landed], {"5"}) is None  # already proves another identical reply
    assert find_landed(item, [_msg("6", "OK", at=None)], set()) == "6"
