"""The window's language: Qt translators for the system locale, installed before any window is built.

The locale is ``QLocale.system()``, which follows ``LANG``/``LC_ALL`` on Linux and the regional settings on
Windows and macOS. Two catalogues are loaded: ours (``colivingdesk/i18n/colivingdesk_<lang>.qm``, shipped in the
package) and Qt's own ``qtbase_<lang>.qm`` so standard buttons (OK, Cancel) and context menus match. Qt ships no
``qtbase`` catalogue for European Portuguese (only Brazil's) and its Spanish one lacks a few words of the file
dialog; the package carries its own ``qtbase_<lang>.qm`` with those (see ``packaging/i18n.py``), searched before
Qt's, which gives every word ours does not have. A
language without a catalogue falls back to the English source texts silently: nothing to report, the app simply
works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from colivingdesk import translatable

#: Where the compiled catalogues live inside the package (``packaging/i18n.py`` writes them).
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "i18n"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install our and Qt's catalogues for ``locale`` (default: the system's) on ``app``.

    Returns the translators installed (parented to ``app`` so they live as long as it does); empty when the
    language has no catalogue. Qt-free modules' marked words follow too (see :mod:`colivingdesk.translatable`).
    """
    locale = locale if locale is not None else QLocale.system()
    ours = str(TRANSLATIONS_DIR)
    # Installed first, so searched last: English plural forms ("1 reply") for whatever the language leaves out.
    sources = [(QLocale(QLocale.Language.English), "colivingdesk", ours)]
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        sources += [
            (locale, "colivingdesk", ours),
            # Qt's, then ours in front of it: ours fills what Qt's lacks, and is in the variant our own words are
            # written in (``LANGUAGE=pt`` puts Brazil's ``pt_BR`` first among the system's languages; Qt's
            # Brazilian "Salvar" must not sit next to our "Definições").
            (locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (locale, "qtbase", ours),
        ]
    installed: list[QTranslator] = []
    for language, name, directory in sources:
        translator = QTranslator(app)
        # Tries colivingdesk_es_ES.qm, colivingdesk_es.qm, ... for each of the locale's UI languages.
        if translator.load(language, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    if installed:
        translatable.set_lookup(QCoreApplication.translate, QCoreApplication.translate)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (a test switching language back to English)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translatable.set_lookup(None)
