"""A large profile for the start-up and search benchmarks: 100,000 bookings and 50,000 messages.

Written straight through the store (no sandbox, no HTTP), so building it costs only the store's own upserts
and the search index. Names and texts come from a seeded generator: the same profile every run, with a
vocabulary large enough that prefixes and words match the way real guest messages do (a few common words,
many rare ones).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from colivingdesk.domain import Booking, Channel, Message, Thread
from colivingdesk.store import open_store


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Maria Marco Martina Mateo Anna Andrea Lucas Laura Sofia Samuel Noah Nina Elena Emil Julia Jonas Clara "
    "Carlos Hugo Hanna Ines Ivan Leo Lea Mia Max Paula Pablo Rosa Ruben Sara Simon Tomas Tina Vera Victor"
)
LAST = _words(
    "Garcia Martin Muller Rossi Silva Santos Schmidt Bernard Dubois Moreau Novak Kowalski Jensen Larsen "
    "Costa Ferreira Lopez Marino Romano Fischer Weber Meyer Wagner Becker Hoffmann Petit Durand Leroy"
)
COMMON = _words(
    "the room is and to a for in of my we you i it be on at can with this will thanks hello arrive check "
    "please kitchen key wifi late early booking stay"
)


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    consonants, vowels = "bcdfghjklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < size:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables)))
    return sorted(words)


def _text(rng: random.Random, vocabulary: list[str]) -> str:
    words = [rng.choice(COMMON) if rng.random() < 0.55 else rng.choice(vocabulary) for _ in range(rng.randint(6, 30))]
    return " ".join(words).capitalize() + "."


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def build_profile(root: Path, *, bookings: int = 100_000, threads: int = 5_000, per_thread: int = 10) -> Path:
    """Create the profile folder ``root`` with its cache; returns the database path."""
    rng = random.Random(7)
    vocabulary = _vocabulary(rng, 20_000)
    root.mkdir(parents=True, exist_ok=True)
    database = root / "cache.sqlite3"
    store = open_store(database)
    try:
        start = date(2025, 1, 1)
        batch: list[Booking] = []
        for n in range(bookings):
            checkin = start + timedelta(days=rng.randint(0, 720))
            batch.append(Booking(
                id=str(100_000 + n), listing_id=str(1 + n % 40), room_type_id=str(1 + n % 200),
                status=rng.choice(("confirmed", "confirmed", "confirmed", "cancelled", "pending")),
                checkin=checkin.isoformat(), checkout=(checkin + timedelta(days=rng.randint(30, 180))).isoformat(),
                version=f"2025-01-01T00:00:{n % 60:02d}Z", reference=f"CL{700_000 + n}", guest_name=_name(rng),
                guest_email=f"guest{n}@example.com",
            ))
            if len(batch) == 2_000:
                store.upsert_bookings(batch)
                batch = []
        if batch:
            store.upsert_bookings(batch)
        base = datetime(2025, 6, 1, tzinfo=UTC)
        thread_batch: list[Thread] = []
        groups: list[list[Message]] = []
        for t in range(threads):
            channel = Channel.BMC if t % 2 else Channel.COLIVING
            thread_id = f"usr_{t}" if channel is Channel.BMC else str(100_000 + t)
            guest = _name(rng)
            when = base + timedelta(minutes=17 * t)
            messages = [
                Message(
                    channel=channel, thread_external_id=thread_id, external_id=f"m{t}_{m}",
                    sender="guest" if m % 2 == 0 else "host", text=_text(rng, vocabulary),
                    sender_name=guest if m % 2 == 0 else "Host", created_at=when + timedelta(minutes=m),
                    is_seen=m < per_thread - 1,
                )
                for m in range(per_thread)
            ]
            thread_batch.append(Thread(
                channel=channel, external_id=thread_id, participant_name=guest, last_message=messages[-1].text,
                last_activity=messages[-1].created_at, unread_count=1 if t % 3 == 0 else 0,
            ))
            groups.append(messages)
            if len(groups) == 200 or t == threads - 1:
                store.upsert_threads(thread_batch)
                store.upsert_message_groups(groups)
                thread_batch, groups = [], []
    finally:
        store.close()
    return database
