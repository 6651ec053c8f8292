"""Fixtures for the API client tests; the loader and helpers live in ``apitestkit``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from apitestkit import FakeClock, load_fixture, sample

__all__ = ["load_fixture", "sample"]


@pytest.fixture
def clock() -> FakeClock:
    """A fixed clock whose sleep returns at once and advances time, so waits are tested without waiting."""
    return FakeClock()


@pytest.fixture
def fixture_sample() -> Callable[[str, str], Any]:
    """``fixture_sample("coliving", "me_200")`` -> the document's JSON sample."""
    return sample
