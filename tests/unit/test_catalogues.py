"""The shipped translation catalogues are complete where we say so and cannot break the texts they replace.

A translation that drops ``{name}`` makes ``.format(name=...)`` show less than the English did (or raise, if it
gains one); a plural form without ``%n`` loses the count; a second ``&`` or a lost one changes the keyboard
mnemonics; a lost ``<code>`` tag changes the markup. An entry left unfinished is not compiled, so the window
shows it in English. And the ``.qm`` the app loads must be the compilation of the ``.ts`` in the repository,
not an older one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "colivingdesk" / "i18n"

#: Languages whose catalogue has every text of the window translated.
COMPLETE = ("es", "pt", "de")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
#: Qt's own numbered arguments (``%1``), in the Qt words we translate ourselves (``qtbase_<lang>.ts``).
QT_ARGUMENT = re.compile(r"%\d")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
#: A mnemonic marker: one ``&`` (``&&`` is a literal ampersand) before the letter it underlines.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str | None
    numerus: bool
    finished: bool
    #: The translation; one text per plural form for a numerus entry.
    forms: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(ts: Path) -> list[Entry]:
    """Every live entry of a ``.ts`` file (texts no longer in the code, obsolete or vanished, are skipped)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(Entry(name, message.findtext("source") or "", message.findtext("comment"), numerus,
                               kind != "unfinished", forms))
    return found


def unfinished(ts: Path) -> list[str]:
    return [entry.where for entry in entries(ts) if not entry.finished]


def damage(ts: Path) -> list[str]:
    """What each finished translation breaks of its source: placeholders, counts, mnemonics, markup."""
    problems = []
    for entry in entries(ts):
        if not entry.finished:
            continue
        count = "%Ln" if "%Ln" in entry.source else "%n"
        if entry.numerus and len(entry.forms) < 2:
            problems.append(f"{entry.where}: {len(entry.forms)} plural form(s)")
        for form in entry.forms:
            if not form:
                problems.append(f"{entry.where}: empty translation")
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(entry.source)):
                problems.append(f"{entry.where}: placeholders of {form!r}")
            if sorted(QT_ARGUMENT.findall(form)) != sorted(QT_ARGUMENT.findall(entry.source)):
                problems.append(f"{entry.where}: arguments of {form!r}")
            if entry.numerus and count not in form:
                problems.append(f"{entry.where}: {form!r} lacks {count}")
            marks = len(MNEMONIC.findall(form))
            if marks != len(MNEMONIC.findall(entry.source)) or marks > 1:
                problems.append(f"{entry.where}: {marks} mnemonic(s) in {form!r}")
            if TAG.findall(form) != TAG.findall(entry.source):
                problems.append(f"{entry.where}: markup of {form!r}")
    return problems


def compiled(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load"
    return translator


def stale(ts: Path, qm: Path) -> list[str]:
    """Finished entries of the ``.ts`` that the ``.qm`` does not translate the same way."""
    translator = compiled(qm)
    problems = []
    for entry in entries(ts):
        if not entry.finished:
            continue
        got: tuple[str | None, ...]
        wanted: tuple[str, ...]
        if entry.numerus:
            # One and five pick the first and last form in the languages shipped (one form for one, another else).
            got = (translator.translate(entry.context, entry.source, entry.comment, 1),
                   translator.translate(entry.context, entry.source, entry.comment, 5))
            wanted = (entry.forms[0], entry.forms[-1])
        else:
            got = (translator.translate(entry.context, entry.source, entry.comment),)
            wanted = entry.forms
        if got != wanted:
            problems.append(f"{entry.where}: compiled {got!r}, catalogue {wanted!r}")
    return problems


def catalogue(lang: str) -> Path:
    return I18N / f"colivingdesk_{lang}.ts"


ALL = sorted(path.stem.rsplit("_", 1)[1] for path in I18N.glob("colivingdesk_*.ts"))
#: Qt's own words we supply: all for a language Qt ships no catalogue for, the missing ones for another
#: (``packaging/i18n.py``: ``QT_WORDS``).
QT_WORDS = sorted(I18N.glob("qtbase_*.ts"))


@pytest.mark.parametrize("lang", COMPLETE)
def test_a_complete_language_has_no_unfinished_text(lang: str) -> None:
    assert unfinished(catalogue(lang)) == []


def test_english_has_a_singular_for_every_count() -> None:
    """``colivingdesk_en.ts`` holds only the plural texts: "1 reply", not "1 replies"."""
    english = entries(catalogue("en"))
    assert english and all(entry.numerus for entry in english)
    assert unfinished(catalogue("en")) == []


@pytest.mark.parametrize("lang", ALL)
def test_translations_keep_placeholders_counts_mnemonics_and_markup(lang: str) -> None:
    assert damage(catalogue(lang)) == []


@pytest.mark.parametrize("lang", ALL)
def test_the_shipped_qm_is_the_compiled_catalogue(lang: str) -> None:
    ts = catalogue(lang)
    assert stale(ts, ts.with_suffix(".qm")) == []


def test_qt_words_we_supply_are_complete_undamaged_and_compiled() -> None:
    """European Portuguese has no Qt catalogue and Spanish lacks a few words; ours must be finished, keep Qt's
    %1 and mnemonics, and ship."""
    assert [path.name for path in QT_WORDS] == ["qtbase_es.ts", "qtbase_pt.ts"]
    for ts in QT_WORDS:
        assert unfinished(ts) == []
        assert damage(ts) == []
        assert stale(ts, ts.with_suffix(".qm")) == []
    translator = compiled(I18N / "qtbase_pt.qm")
    assert translator.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert translator.translate("QLineEdit", "&Paste") == "Co&lar"
    assert compiled(I18N / "qtbase_es.qm").translate("QFileDialog", "&Look in:") == "&Ver en:"


def test_known_spanish_texts_in_the_compiled_catalogue() -> None:
    translator = compiled(catalogue("es").with_suffix(".qm"))
    assert translator.translate("SidebarModel", "Bookings") == "Reservas"
    assert translator.translate("LeadsView", "%Ln leads", None, 2) == "%Ln consultas"
    assert translator.translate("AccountStatusWidget", "{name}: up to date") == "{name}: al día"


def _edit(root: ET.Element, context: str, source: str) -> ET.Element:
    """The translation element of one entry of a parsed catalogue."""
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    translation = message.find("translation")
                    assert translation is not None
                    return translation
    raise AssertionError(f"{context}: {source!r} is not in the catalogue")


def test_the_checks_catch_an_unfinished_entry_and_a_dropped_placeholder(tmp_path: Path) -> None:
    """The checks above are only worth their green if a broken catalogue turns them red."""
    tree = ET.parse(catalogue("es"))
    _edit(tree.getroot(), "SidebarModel", "Bookings").set("type", "unfinished")
    _edit(tree.getroot(), "AccountStatusWidget", "{name}: up to date").text = "al día"
    broken = tmp_path / "colivingdesk_es.ts"
    tree.write(broken, encoding="utf-8")
    assert unfinished(broken) == ["SidebarModel: 'Bookings'"]
    assert damage(broken) == ["AccountStatusWidget: '{name}: up to date': placeholders of 'al día'"]
    # Still compiled from the repository's catalogue, so the shipped .qm no longer matches the edited text.
    assert stale(broken, catalogue("es").with_suffix(".qm")) == [
        "AccountStatusWidget: '{name}: up to date': compiled ('{name}: al día',), catalogue ('al día',)",
    ]
