"""Fixtures for store tests: a fresh database file in a temporary profile directory per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from colivingdesk.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "cache.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    try:
        yield s
    finally:
        s.close()
