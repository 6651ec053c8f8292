"""The PyInstaller bundle, built here from ``packaging/build.py`` exactly as the packaging README says, and then
used the way a user's first start and a cron job use it: version, window self-check (offscreen and on a real X
server), and a headless sync and export against the bundled sandbox.

It builds once per run (about 40 s on two cores) and needs the ``bundle`` extra; without PyInstaller it skips.
Deselect it with ``-m "not bundle"``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from colivingdesk import __version__

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[bundle]')",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.colivingdesk.ColivingDesk"
RUN_TIMEOUT = 120


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The built executable; the ~200 MB build is deleted after the module's tests."""
    folder = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(folder / "dist"),
         "--work", str(folder / "work")],
        capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    executable = Path(result.stdout.strip().splitlines()[-1])
    assert executable.is_file(), result.stdout
    try:
        yield executable
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _env(**extra: str) -> dict[str, str]:
    """The caller's environment without display, platform or app settings, so each test chooses them."""
    dropped = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("COLIVINGDESK_")}
    env.update(extra)
    return env


def _run(*command: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT, check=False,
    )


def test_bundle_prints_its_version(bundle: Path) -> None:
    result = _run(bundle, "--version", env=_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"colivingdesk {__version__}"


def test_bundle_self_check_paints_the_window_without_a_display(bundle: Path) -> None:
    result = _run(bundle, "--self-check", env=_env())
    assert result.returncode == 0, result.stderr
    assert "painted its main window" in result.stdout
    assert "Qt platform offscreen" in result.stdout


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private X server; Xvfb picks a free display number and reports it once it accepts clients."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (Debian package xvfb): the X11 platform plugin cannot be checked")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # returns when the server is ready, or empty if it exited
    try:
        assert number.isdigit(), "Xvfb exited before it accepted clients"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_bundle_self_check_paints_the_window_on_an_x_server(bundle: Path, x_display: str) -> None:
    result = _run(bundle, "--self-check", env=_env(DISPLAY=x_display))
    assert result.returncode == 0, result.stderr
    assert "Qt platform xcb" in result.stdout


def test_bundle_syncs_and_exports_from_its_own_sandbox(bundle: Path, tmp_path: Path) -> None:
    """The headless commands and the sandbox import HTTP, ASGI and SQLite code lazily: all of it must be bundled."""
    sandbox = subprocess.Popen(
        [str(bundle), "sandbox", "--port", "0", "--no-limits"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
    )
    try:
        assert sandbox.stdout is not None
        urls = [re.search(r"http://\S+", sandbox.stdout.readline()) for _ in range(2)]
        assert all(urls), "the bundled sandbox did not print its URLs"
        bmc_url, coliving_url = (u.group(0) for u in urls if u is not None)
        env = _env(
            COLIVINGDESK_BMC_API_KEY="bmc_demo_key", COLIVINGDESK_BMC_BASE_URL=bmc_url,
            COLIVINGDESK_COLIVING_API_KEY="your_api_key_here", COLIVINGDESK_COLIVING_BASE_URL=coliving_url,
            # The sandbox runs with --no-limits: paced at the documented 60 a minute, a complete first sync of
            # its demo would wait out a real minute.
            COLIVINGDESK_COLIVING_REQUESTS_PER_MINUTE="100000",
        )
        profile = tmp_path / "profile"
        synced = _run(bundle, "--profile", profile, "sync", "--once", "--json", env=env)
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert json.loads(synced.stdout)["ok"] is True
        exported = _run(bundle, "--profile", profile, "export", "bookings", env=env)
        assert exported.returncode == 0, exported.stderr
        assert len(json.loads(exported.stdout)) > 0
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop files are installed on Linux only")
def test_bundle_carries_its_desktop_entry_metadata_and_icon(bundle: Path) -> None:
    share = bundle.parent / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
