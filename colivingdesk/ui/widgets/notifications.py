"""Notifications inside the window, for desktops without a system tray.

Without a tray there is nowhere for a desktop notification to go, yet a new guest message, a new lead or a
reply the channel refused still needs the operator's eyes. A toast appears in the window's corner for a few
seconds, and every notification stays in a list behind the bell button in the status bar, newest first, until
the window closes; choosing one opens what it is about.

The toast covers no control: from the bottom-right corner it moves up past any button or field it would hide
(in the inbox, the composer with Saved replies and Send), so it lies over content (the conversation) instead,
and a user typing a reply never has Send hidden for those seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui import formatting, theme
from colivingdesk.ui.sizing import fit_text

Index = QModelIndex | QPersistentModelIndex
NotificationRole = Qt.ItemDataRole.UserRole + 1
TOAST_MS = 6000
MAX_KEPT = 100


@dataclass(frozen=True, slots=True)
class Notification:
    """One in-window notification, kept in the list behind the status bar button."""
    title: str
    text: str
    #: What choosing it opens: a thread key ("bmc:usr_1"), a view key ("leads"), or None.
    target: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


class NotificationListModel(QAbstractListModel):
    """Recent notifications, newest first (a plain list: at most ``MAX_KEPT`` rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Notification] = []

    def add(self, item: Notification) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._items.insert(0, item)
        self.endInsertRows()
        if len(self._items) > MAX_KEPT:
            self.beginRemoveRows(QModelIndex(), MAX_KEPT, len(self._items) - 1)
            del self._items[MAX_KEPT:]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self.endResetModel()

    def items(self) -> list[Notification]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title} · {formatting.short_time(item.at)}\n{item.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return formatting.long_time(item.at)
        if role == NotificationRole:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


# What a toast must not cover: what the user presses or types in (lists and tables are content it may lie over).
CONTROLS = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar,
)


class ToastWidget(QFrame):
    """A small card in the window's bottom-right corner that hides itself after ``TOAST_MS``."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.setObjectName("toast")
        theme.follow(self, lambda accents: (
            f"QFrame#toast {{ background: {accents.banner_info.name()}; border: 1px solid {accents.bmc.name()};"
            " border-radius: 6px; }"
        ))
        v = QVBoxLayout(self)
        v.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        v.addWidget(self.title)
        v.addWidget(self.text)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TOAST_MS)
        self.timer.timeout.connect(self.hide)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def show_notification(self, item: Notification) -> None:
        self.title.setText(item.title)
        self.text.setText(item.text)
        self.setFixedWidth(min(340, max(220, self._window.width() // 3)))
        self.adjustSize()
        self.hide()  # a toast still showing would hide from ``place`` the controls under it
        self.place()
        self.show()
        self.raise_()
        self.timer.start()

    def place(self) -> None:
        """In the bottom-right corner, moved up above any control it would cover; where no place up the right
        side covers none, the corner."""
        parent = self._window
        margin = 16
        status = getattr(parent, "statusBar", None)
        bottom = status().height() if callable(status) else 0
        menu = getattr(parent, "menuBar", None)
        top = (menu().height() if callable(menu) else 0) + margin
        corner = QRect(parent.width() - self.width() - margin, parent.height() - self.height() - margin - bottom,
                       self.width(), self.height())
        spot = QRect(corner)
        while (covered := self._highest_control(spot)) is not None:
            spot.moveBottom(covered - margin // 2)
            if spot.top() < top:
                spot = corner
                break
        self.move(spot.topLeft())

    def _highest_control(self, spot: QRect) -> int | None:
        """The top edge (window coordinates) of the highest control ``spot`` would cover, or None."""
        parent = self._window
        tops = []
        for widget in parent.findChildren(QWidget):
            # Cheapest test first: most of a window's widgets sit on pages not shown.
            if not isinstance(widget, CONTROLS) or not widget.isVisible():
                continue
            if widget.window() is not parent or self.isAncestorOf(widget):
                continue
            shown = widget.visibleRegion().boundingRect()  # empty when hidden, clipped by its scroll area
            if shown.isEmpty():
                continue
            area = shown.translated(widget.mapTo(parent, QPoint(0, 0)))
            if area.intersects(spot):
                tops.append(area.top())
        return min(tops, default=None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        self.clicked.emit()
        super().mousePressEvent(event)


class NotificationsPanel(QFrame):
    """The bell's popup: the list of recent notifications and a Clear button."""

    chosen = Signal(object)

    def __init__(self, model: NotificationListModel, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("notificationsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>{}</b>".format(self.tr("Notifications"))), 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(model.clear)
        header.addWidget(self.clear_button)
        v.addLayout(header)
        self.list = QListView()
        self.list.setObjectName("notificationsList")
        self.list.setModel(model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.activated.connect(self._choose)
        self.list.clicked.connect(self._choose)
        v.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("Nothing new."))
        theme.tint(self.empty, "muted")
        v.addWidget(self.empty)
        model.rowsInserted.connect(self._update_empty)
        model.modelReset.connect(self._update_empty)
        self._model = model
        self._update_empty()

    def _update_empty(self, *_args: Any) -> None:
        self.empty.setVisible(self._model.rowCount() == 0)

    def showEvent(self, event: QShowEvent) -> None:
        """Opened from the keyboard too: the newest notification is current, so Enter opens it and the arrows
        move through the rest (the keyboard was left on the Clear button, where they did nothing)."""
        super().showEvent(event)
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)
        if self._model.rowCount():
            self.list.setCurrentIndex(self._model.index(0, 0))

    def _choose(self, index: QModelIndex) -> None:
        item = index.data(NotificationRole)
        if isinstance(item, Notification):
            self.hide()
            self.chosen.emit(item)


class InWindowNotifications(QToolButton):
    """The status bar's bell: counts what arrived since the list was last opened; owns the toast and panel.

    Emits ``activated(target)`` when the user clicks the toast or a listed notification that has a target.
    """

    activated = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("notificationsButton")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Recent notifications"))
        self.model = NotificationListModel(self)
        self.toast = ToastWidget(window)
        self.panel = NotificationsPanel(self.model, window)
        self._unseen = 0
        self._last: Notification | None = None
        self.clicked.connect(self.open_panel)
        self.toast.clicked.connect(lambda: self._activate(self._last))
        self.panel.chosen.connect(self._activate)
        self._update_text()

    def add(self, title: str, text: str, target: str | None = None) -> Notification:
        item = Notification(title, text, target)
        self.model.add(item)
        self._last = item
        self._unseen += 1
        self._update_text()
        self.toast.show_notification(item)
        return item

    def unseen(self) -> int:
        return self._unseen

    def open_panel(self) -> None:
        self._unseen = 0
        self._update_text()
        fit_text(self.panel, 60, 22, within=self.window().rect())
        corner = self.mapToGlobal(self.rect().topRight())
        self.panel.move(corner.x() - self.panel.width(), corner.y() - self.panel.height())
        self.panel.show()
        self.panel.raise_()

    def _update_text(self) -> None:
        unseen = self._unseen
        self.setText(self.tr("Notifications ({count})").format(count=unseen) if unseen else self.tr("Notifications"))

    def _activate(self, item: object) -> None:
        if isinstance(item, Notification) and item.target:
            self.activated.emit(item.target)
