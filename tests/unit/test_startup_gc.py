"""The window's start pauses the cyclic collector and resumes it with start-up's objects set aside."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from colivingdesk import startup_gc


@pytest.fixture(autouse=True)
def collector() -> Iterator[None]:
    enabled = gc.isenabled()
    threshold = gc.get_threshold()
    yield
    startup_gc.release()
    gc.unfreeze()
    gc.set_threshold(*threshold)
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_start_up_pauses_collection_and_release_resumes_it_with_earlier_objects_frozen() -> None:
    gc.enable()
    startup_gc.hold()
    assert not gc.isenabled() and startup_gc.holding()
    frozen_before = gc.get_freeze_count()
    survivors: list[list[int]] = [[] for _ in range(1000)]  # objects start-up keeps
    startup_gc.release()
    assert gc.isenabled() and not startup_gc.holding()
    assert gc.get_freeze_count() >= frozen_before + len(survivors)  # later collections skip them
    assert gc.get_threshold()[2] == startup_gc.FULL_EVERY  # and full ones come a tenth as often


def test_release_only_undoes_hold_and_is_safe_twice() -> None:
    gc.disable()  # the collector was off for another reason: start-up leaves it off
    startup_gc.hold()
    startup_gc.release()
    assert not gc.isenabled()
    gc.enable()
    startup_gc.hold()
    startup_gc.release()
    startup_gc.release()
    assert gc.isenabled()
