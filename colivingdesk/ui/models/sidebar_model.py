"""The sidebar's sections and their badges (unread conversations, new leads, rejected listings), and for the
inbox a second count: replies not sent yet (queued, being sent, held by a cap, refused).

Badges come from one cheap store query (``attention_counts``) re-run after change-stream events, so they are
always what the cache says, never a count kept separately in the UI that could drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from colivingdesk.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
BadgeRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
AlertRole = Qt.ItemDataRole.UserRole + 3
#: Things the user sent that have not gone out yet (the inbox's unsent replies); painted as a second pill.
PendingRole = Qt.ItemDataRole.UserRole + 4


@dataclass(slots=True)
class Section:
    """One sidebar entry and the counts its pills show."""
    key: str
    label: str
    badge: int = 0
    alert: bool = False  # a problem rather than a count (e.g. a rejected key): badge shows "!"
    pending: int = 0


SECTIONS = (
    ("inbox", str(QT_TRANSLATE_NOOP("SidebarModel", "Inbox"))),
    ("leads", str(QT_TRANSLATE_NOOP("SidebarModel", "Leads"))),
    ("bookings", str(QT_TRANSLATE_NOOP("SidebarModel", "Bookings"))),
    ("properties", str(QT_TRANSLATE_NOOP("SidebarModel", "Properties"))),
    ("calendar", str(QT_TRANSLATE_NOOP("SidebarModel", "Calendar"))),
    ("automations", str(QT_TRANSLATE_NOOP("SidebarModel", "Automations"))),
    ("settings", str(QT_TRANSLATE_NOOP("SidebarModel", "Settings"))),
)


class SidebarModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections = [Section(k, QCoreApplication.translate("SidebarModel", label)) for k, label in SECTIONS]
        self._icons: dict[str, QIcon] = {}

    def keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def row_of(self, key: str) -> int:
        return next((i for i, s in enumerate(self._sections) if s.key == key), -1)

    def badge(self, key: str) -> int:
        row = self.row_of(key)
        return self._sections[row].badge if row >= 0 else 0

    def set_badge(self, key: str, count: int, alert: bool = False) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        section = self._sections[row]
        if section.badge != count or section.alert != alert:
            section.badge, section.alert = count, alert
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def pending(self, key: str) -> int:
        row = self.row_of(key)
        return self._sections[row].pending if row >= 0 else 0

    def set_pending(self, key: str, count: int) -> None:
        row = self.row_of(key)
        if row >= 0 and self._sections[row].pending != count:
            self._sections[row].pending = count
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        s = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.label
        if role == Qt.ItemDataRole.DecorationRole:
            if s.key not in self._icons:
                self._icons[s.key] = icon(s.key)
            return self._icons[s.key]
        if role == Qt.ItemDataRole.ToolTipRole:
            shortcut = f"Ctrl+{index.row() + 1}"
            tip = self.tr("{section} ({shortcut})").format(section=s.label, shortcut=shortcut)
            if s.badge:
                tip = self.tr("{section}: %n need attention", "", s.badge).format(section=tip)
            if s.pending:
                unsent = (
                    self.tr("{section}; %n reply not sent", "", s.pending) if s.pending == 1
                    else self.tr("{section}; %n replies not sent", "", s.pending)
                )
                tip = unsent.format(section=tip)
            return tip
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._spoken_counts(s)
        if role == BadgeRole:
            return s.badge
        if role == AlertRole:
            return s.alert
        if role == PendingRole:
            return s.pending
        if role == KeyRole:
            return s.key
        return None

    def _spoken_counts(self, s: Section) -> str:
        """The pills in words, for screen readers (the pills are painted, so only seen)."""
        parts = []
        if s.alert:
            parts.append(self.tr("needs your attention"))
        elif s.badge:
            parts.append(self.tr("%n need attention", "", s.badge))
        if s.pending:
            parts.append(
                self.tr("%n reply not sent yet", "", s.pending) if s.pending == 1
                else self.tr("%n replies not sent yet", "", s.pending)
            )
        return ", ".join(parts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
