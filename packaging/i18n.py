"""Regenerate the translation sources and compile them: ``python packaging/i18n.py [update|release|all]``.

* ``update``: ``pyside6-lupdate`` reads every module of the package that can show words to a user (not the
  sandbox, which plays the channels, nor the command line, which stays English) and refreshes
  ``colivingdesk/i18n/colivingdesk_<lang>.ts``: new source texts are added, translations already written are
  kept, texts no longer in the code are marked obsolete. Translators edit the ``.ts`` files (Qt Linguist:
  ``pyside6-linguist colivingdesk/i18n/colivingdesk_es.ts``).
  ``colivingdesk_en.ts`` holds only the texts with a count (``-pluralonly``): English needs its singular
  written once ("%n replies" -> "1 reply"); every other English text is the source itself.
* ``release``: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads at start-up; only
  translations marked finished are compiled.
* ``all`` (the default): both, in that order.

Qt's own words (OK, Cancel, a text field's Copy and Paste, the file dialog) come from Qt's ``qtbase_<lang>.qm``.
Qt ships none for European Portuguese (only Brazil's), and its Spanish one lacks a few the file dialog shows
("Look in:", "Files of type:", "Folder"). ``colivingdesk/i18n/qtbase_<lang>.ts`` hold them: every Qt word the
window shows for ``pt`` (``QPlatformTheme``, ``QLineEdit``, ``QWidgetTextControl``, ``QFileDialog``...), the
missing ones for ``es``. They are written by hand (lupdate has no sources for them; the source texts are Qt's,
as in Qt's own ``qtbase_*.ts``), compiled by ``release`` and installed by the window in front of Qt's own
catalogue, which still gives every word they do not have.

A new language: add its code to ``LANGUAGES`` below and run ``python packaging/i18n.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "colivingdesk"
TS_DIR = PACKAGE / "i18n"
LANGUAGES = ("es", "pt", "de")
#: The source language: its catalogue carries only the plural forms.
ENGLISH = "en"
#: Languages for which we supply Qt words ourselves (``qtbase_<lang>.ts``): Qt ships no catalogue (pt) or lacks some.
QT_WORDS = ("es", "pt")
#: Folders whose words a user of the window never reads (the fake channels, the English command line).
SKIPPED = ("sandbox", "cli")


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (a venv's bin/Scripts), else the one on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """The package's modules lupdate reads, as paths relative to the repository (stable locations in the .ts)."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in SKIPPED:
            continue
        files.append(str(path.relative_to(ROOT)))
    return files


def ts_files() -> list[Path]:
    return [TS_DIR / f"colivingdesk_{lang}.ts" for lang in (ENGLISH, *LANGUAGES)]


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    files = sources()
    for ts in ts_files():
        lang = ts.stem.rsplit("_", 1)[1]
        options = ["-pluralonly"] if lang == ENGLISH else []
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *options,
                "-locations",
                "relative",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def qt_word_files() -> list[Path]:
    return [TS_DIR / f"qtbase_{lang}.ts" for lang in QT_WORDS]


def release() -> None:
    for ts in [*ts_files(), *qt_word_files()]:
        # Only finished translations ship: lupdate pre-fills some from the same text elsewhere, marked
        # unfinished until a translator confirms them in Linguist.
        subprocess.run(
            [_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main(argv: list[str]) -> int:
    step = argv[0] if argv else "all"
    if step not in ("update", "release", "all"):
        print(__doc__)
        return 2
    if step in ("update", "all"):
        update()
    if step in ("release", "all"):
        release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
