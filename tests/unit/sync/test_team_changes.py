"""Change sets as LISTEN/NOTIFY payloads: they round-trip, stay under the server's limit, and when the ids do not
fit, the largest kinds are sent as "everything of this kind changed" while the others keep their ids."""

from __future__ import annotations

from colivingdesk.store.notify import PAYLOAD_LIMIT
from colivingdesk.sync.changes import EVERY, ChangeSet
from colivingdesk.sync.team_changes import decode, encode


def test_a_change_set_round_trips_with_its_origin() -> None:
    changes = ChangeSet({"threads": {"bmc:usr_1", "coliving:b_9"}, "outbox": {"17"}, "status": {"bmc"}})
    notice = decode(encode(changes, "abc123"))
    assert notice is not None
    assert notice.origin == "abc123"
    assert dict(notice.changes) == dict(changes)
    assert not notice.changes.whole("threads")


def test_ids_that_do_not_fit_become_the_whole_kind_and_the_small_kinds_keep_their_ids() -> None:
    many = {f"bmc:usr_{n:06d}" for n in range(2000)}  # about 30 kB of ids
    changes = ChangeSet({"messages": many, "threads": many, "outbox": {"42"}, "status": {"coliving"}})
    payload = encode(changes, "origin")
    assert len(payload.encode()) <= PAYLOAD_LIMIT
    notice = decode(payload)
    assert notice is not None
    assert notice.changes.whole("messages") and notice.changes.whole("threads")
    assert notice.changes.get_ids("messages") == {EVERY}
    assert notice.changes.get_ids("outbox") == {"42"}
    assert notice.changes.get_ids("status") == {"coliving"}


def test_the_limit_counts_bytes_not_characters() -> None:
    names = {f"coliving:résumé-ñandú-{n}" for n in range(400)}
    payload = encode({"threads": names}, "o", limit=4000)
    assert len(payload.encode()) <= 4000
    notice = decode(payload)
    assert notice is not None and notice.changes.whole("threads")
    fits = encode({"threads": set(list(names)[:3])}, "o", limit=4000)
    decoded = decode(fits)
    assert decoded is not None and len(decoded.changes.get_ids("threads")) == 3


def test_a_whole_kind_stays_whole_and_an_unreadable_payload_is_ignored() -> None:
    notice = decode(encode({"bookings": {EVERY}}, "o"))
    assert notice is not None and notice.changes.whole("bookings")
    assert decode("not json") is None
    assert decode('{"c": {}}') is None  # no origin: not ours
    assert decode('{"o": "x", "c": {"threads": 5}}') is None
