"""A city picker that also takes typing: choose from the channel's city list or type a city's name.

Typed text counts when it names exactly one city, with or without its country code, in any case, so an operator
can type "lisbon" without opening the list. A listing's city that the reference list does not hold (yet) is
kept as an extra entry rather than silently replaced by nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from colivingdesk.domain import ReferenceItem


class CityComboBox(QComboBox):
    """Editable combo over reference cities; :meth:`city_id` is the chosen or typed city's id ("" if none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.line().setPlaceholderText(self.tr("Type to search cities"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo is editable
        return line

    def set_cities(self, cities: Sequence[ReferenceItem]) -> None:
        """Replace the list, keeping the current choice (without emitting change signals)."""
        current = self.city_id()
        with QSignalBlocker(self):
            self.clear()
            self._names = {}
            for item in cities:
                country = item.extra.get("countryCode") or item.extra.get("country_code")
                label = f"{item.name}" + (f", {country}" if country else "")
                self.addItem(label, item.id)
                for spelling in (label, item.name, item.slug or ""):
                    if spelling:
                        self._names.setdefault(spelling.casefold(), item.id)
            if not cities:
                self.line().setPlaceholderText(self.tr("Cities appear after the first sync"))
            self.select(current)

    def select(self, city_id: str) -> None:
        if not city_id:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        found = self.findData(city_id)
        if found < 0:
            # A city the reference list does not hold (yet): keep the id rather than lose it.
            self.addItem(self.tr("{city} (not in the current city list)").format(city=city_id), city_id)
            found = self.count() - 1
        self.setCurrentIndex(found)

    def city_id(self) -> str:
        data = self.currentData()
        text = self.currentText().strip()
        if data and self.itemText(self.currentIndex()) == text:
            return str(data)
        if text:
            return self._names.get(text.casefold(), "")
        return ""
