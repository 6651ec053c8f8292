"""The command line stays light: commands that need no window or sandbox never import Qt, Starlette or uvicorn.

Each case runs ``colivingdesk.cli.main`` in a fresh interpreter (imports are process-wide, so only a new
process shows what one command pulls in) and reads back the heavy modules it ended up with.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("starlette", "uvicorn", "PySide6", "shiboken6", "qasync")

_WRAPPER = """
import json, sys
from colivingdesk.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as exit_:
    code = exit_.code
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.argv[1])))
sys.stderr.write("\\nLOADED " + json.dumps(loaded) + "\\n")
sys.exit(code)
"""


def _heavy_modules_after(args: list[str]) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, json.dumps(HEAVY), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )
    line = next(ln for ln in done.stderr.splitlines() if ln.startswith("LOADED "))
    return json.loads(line.removeprefix("LOADED ")), done


def test_version_imports_no_window_or_sandbox() -> None:
    loaded, done = _heavy_modules_after(["--version"])
    assert done.returncode == 0
    assert "colivingdesk" in done.stdout
    assert loaded == []


@pytest.mark.parametrize("kind", ["bookings", "messages"])
def test_export_imports_no_window_or_sandbox(tmp_path: Path, kind: str) -> None:
    loaded, done = _heavy_modules_after(["--profile", str(tmp_path / "profile"), "export", kind])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    assert loaded == []


def test_sandbox_help_lists_its_options_without_starting_it() -> None:
    loaded, done = _heavy_modules_after(["sandbox", "--help"])
    assert done.returncode == 0
    assert "--seed" in done.stdout
    assert "PySide6" not in loaded
