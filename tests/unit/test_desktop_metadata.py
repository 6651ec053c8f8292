"""The Linux desktop entry and AppStream metadata: valid for the tools software centres use, and in step with the
app (its icon, its command, the screenshots that ship in ``packaging/screenshots``)."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.colivingdesk.ColivingDesk"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = ROOT / "packaging" / "screenshots"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}); .ci/run installs it")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True, text=True, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_shows_every_screenshot_at_its_real_size() -> None:
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("./screenshots/screenshot")
    assert [s.get("type") for s in shots].count("default") == 1, "exactly one screenshot leads the listing"
    listed: dict[str, tuple[int, int]] = {}
    for shot in shots:
        assert (shot.findtext("caption") or "").strip(), "every screenshot has a caption"
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith("https://")
        name = image.text.rsplit("/", 1)[-1]
        assert image.text.endswith(f"/packaging/screenshots/{name}")
        listed[name] = (int(image.get("width", "0")), int(image.get("height", "0")))
    shipped = {p.name: _png_size(p) for p in sorted(SCREENSHOTS.glob("*.png"))}
    assert listed == shipped


def test_desktop_entry_and_metainfo_describe_the_installed_command_and_icon() -> None:
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("./provides/binary") in scripts
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
