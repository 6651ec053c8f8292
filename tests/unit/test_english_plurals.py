"""English counts read "1 reply", not "1 replies": every ``%n`` text has its English forms in the shipped catalogue.

Qt writes a ``%n`` source text as it is for every count unless a catalogue gives the forms, so English needs
one too (``colivingdesk_en.qm``, always installed, see ``colivingdesk.ui.i18n``). The texts with a count are
read from the code as ``pyside6-lupdate`` reads them (the same command ``packaging/i18n.py`` runs), and each
is looked up in the compiled English catalogue for one and for two.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import i18n  # noqa: E402  (packaging/i18n.py: the catalogue's source list and tools)

Message = tuple[str, str, str]  # context, source, disambiguation


def _numerus_sources(tmp_path: Path) -> list[Message]:
    """Every text with a count in the code, as a freshly generated catalogue lists it."""
    ts = tmp_path / "plurals_en.ts"
    subprocess.run(
        [i18n._tool("pyside6-lupdate"), "-pluralonly", "-locations", "none", "-target-language", "en",
         *i18n.sources(), "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found.append((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def test_the_check_reads_the_counts_from_the_code(tmp_path: Path) -> None:
    sources = _numerus_sources(tmp_path)
    assert ("ComposerWidget", "{count} / {limit}: %Ln over the limit", "") in sources


def test_every_count_has_its_english_singular_and_plural(tmp_path: Path) -> None:
    english = QTranslator()
    assert english.load(str(i18n.TS_DIR / "colivingdesk_en.qm"))
    missing = [
        f"{context}: {source!r}"
        for context, source, comment in _numerus_sources(tmp_path)
        if not (english.translate(context, source, comment or None, 1)
                and english.translate(context, source, comment or None, 2))
    ]
    assert missing == [], (
        "English forms to write in colivingdesk/i18n/colivingdesk_en.ts (then `python packaging/i18n.py`):\n"
        + "\n".join(missing)
    )
