"""``colivingdesk saved-replies export|import FILE`` on a temporary profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colivingdesk.cli import main
from colivingdesk.store import SavedReply, open_store


@pytest.fixture
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(folder))
    return folder


def test_export_then_import_into_another_profile(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["saved-replies", "export", str(tmp_path / "empty.json")]) == 0  # creates the profile
    capsys.readouterr()
    with open_store(profile_dir / "cache.sqlite3") as store:
        store.save_saved_reply(SavedReply("Welcome", "Hi {first_name}"))
    target = tmp_path / "replies.json"
    assert main(["saved-replies", "export", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"exported": 1}
    assert json.loads(target.read_text()) == {"saved_replies": [{"title": "Welcome", "body": "Hi {first_name}"}]}

    monkeypatch.setenv("COLIVINGDESK_PROFILE", str(tmp_path / "other"))
    assert main(["saved-replies", "import", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 1, "updated": 0}
    assert main(["saved-replies", "export", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["saved_replies"][0]["title"] == "Welcome"


def test_a_bad_file_is_a_usage_error(profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"saved_replies": [{"title": "x"}]}')
    assert main(["saved-replies", "import", str(bad)]) == 2
    assert "Entry 1" in capsys.readouterr().err
    bad.write_text("{nope")
    assert main(["saved-replies", "import", str(bad)]) == 2
    assert "not a JSON file" in capsys.readouterr().err
