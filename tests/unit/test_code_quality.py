"""The layer rules and linters run with the tests, so a Qt import in ``api/`` fails the suite like any bug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [
        pytest.param((str(BIN / "lint-imports"),), id="import-contracts"),
        pytest.param((str(BIN / "ruff"), "check", "colivingdesk", "tests"), id="ruff"),
        pytest.param((str(BIN / "mypy"),), id="mypy"),
    ],
)
def test_tool_is_clean(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr
