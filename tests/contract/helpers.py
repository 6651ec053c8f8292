"""Fixed instants for contract tests, so both backends see the same times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)
