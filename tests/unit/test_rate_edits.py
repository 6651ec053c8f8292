"""Rate edits not pushed yet: what stays unpushed through a push, its failure, a restart and the cache catching up."""

from __future__ import annotations

from pathlib import Path

from colivingdesk.ui.drafts import DraftStore
from colivingdesk.ui.views.rates_edits import RateEdits

STORED = {"base_price": "1000", "currency": "USD", "2027-02": "", "2027-03": ""}


def test_a_failed_push_makes_its_values_unpushed_again_and_they_survive_a_restart(tmp_path: Path) -> None:
    edits = RateEdits(DraftStore(tmp_path))
    typed = {**STORED, "2027-02": "1250"}
    assert edits.update("38753", STORED, typed) == {"2027-02": "1250"}

    edits.sent("38753", {"base_price": "1000", "currency": "USD", "2027-02": "1250"})
    assert edits.update("38753", STORED, typed) == {}  # pushed: nothing left unpushed
    assert edits.shown("38753", STORED)["2027-02"] == "1250"  # still shown while the channel has not applied it
    assert RateEdits(DraftStore(tmp_path)).unpushed("38753") == {}

    edits.failed("38753")
    assert edits.update("38753", STORED, typed) == {"2027-02": "1250"}
    assert RateEdits(DraftStore(tmp_path)).shown("38753", STORED)["2027-02"] == "1250"


def test_values_the_cache_now_holds_are_no_longer_edits(tmp_path: Path) -> None:
    edits = RateEdits(DraftStore(tmp_path))
    edits.update("38753", STORED, {**STORED, "base_price": "1050.00", "currency": "usd"})
    assert edits.unpushed("38753") == {"base_price": "1050.00"}  # "usd" is the stored currency

    accepted = {**STORED, "base_price": "1050"}
    assert edits.shown("38753", accepted)["base_price"] == "1050"
    assert edits.unpushed("38753") == {}
    assert not DraftStore(tmp_path).has("38753")
