"""Build the one-folder desktop bundle: ``python packaging/build.py`` from the repository root.

Needs the ``bundle`` extra (``pip install -e '.[bundle]'``). Checks that the environment has PySide6-Essentials
and not the full PySide6 (whose add-ons PyInstaller's Qt hooks would partly pick up), runs PyInstaller on
``packaging/colivingdesk.spec``, and on Linux adds the desktop entry, AppStream metadata and icon under
``share/`` in the bundle folder so it can be installed as described in ``packaging/README.md``.

Prints the path of the built executable as its last line; exits non-zero when anything is missing or fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "colivingdesk.spec"
APP_ID = "io.github.colivingdesk.ColivingDesk"
NAME = "colivingdesk"


def installed(distribution: str) -> bool:
    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


def environment_problem() -> str | None:
    """Why this Python cannot build the bundle, or None."""
    if not installed("pyinstaller"):
        return "PyInstaller is not installed: pip install -e '.[bundle]'"
    if not installed("PySide6_Essentials"):
        return "PySide6-Essentials is not installed: pip install -e '.[bundle]'"
    if installed("PySide6_Addons") or installed("PySide6"):
        return (
            "the full PySide6 (PySide6-Addons) is installed; the bundle is built from PySide6-Essentials only: "
            "pip uninstall -y PySide6 PySide6_Addons, or build from a fresh virtualenv"
        )
    return None


def add_linux_desktop_files(bundle: Path) -> None:
    """``share/`` beside the executable, laid out as under ``/usr`` so one copy installs the entry and icon."""
    share = bundle / "share"
    copies = {
        ROOT / "packaging" / "linux" / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        ROOT / "resources" / "icons" / f"{APP_ID}.svg": share
        / "icons"
        / "hicolor"
        / "scalable"
        / "apps"
        / f"{APP_ID}.svg",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle.parent / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder (default: build/pyinstaller/)",
    )
    args = parser.parse_args(argv)
    problem = environment_problem()
    if problem is not None:
        print(f"build: {problem}", file=sys.stderr)
        return 2
    started = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        print("build: PyInstaller failed (its messages are above)", file=sys.stderr)
        return 1
    bundle = args.dist.resolve() / NAME
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    print(f"build: bundle ready in {time.monotonic() - started:.0f} s")
    print(executable(bundle))
    return 0


if __name__ == "__main__":
    sys.exit(main())
