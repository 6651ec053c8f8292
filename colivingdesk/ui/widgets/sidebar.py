"""The navigation column: icon, label and a count pill per section, painted by a delegate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyledItemDelegate, QStyleOptionViewItem

from colivingdesk.ui import theme
from colivingdesk.ui.models.sidebar_model import AlertRole, BadgeRole, PendingRole, SidebarModel
from colivingdesk.ui.widgets.badges import badge_text, paint_pill, pill_size, small_font

Index = QModelIndex | QPersistentModelIndex


class SidebarDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), option.fontMetrics.height()) + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = int(index.data(BadgeRole) or 0)
        alert = bool(index.data(AlertRole))
        pending = int(index.data(PendingRole) or 0)
        accents = theme.accents()
        pills = []
        if count or alert:
            pills.append(("!" if alert else badge_text(count), accents.error if alert else accents.badge))
        if pending:  # unsent replies: the warning colour, left of the unread count
            pills.append((self.tr("{count} unsent").format(count=badge_text(pending)), accents.warn))
        font = small_font(option.font)
        right = option.rect.right() - 10
        painter.save()
        painter.setFont(font)
        for text, colour in pills:
            size = pill_size(font, text)
            rect = QRect(right - size.width(), option.rect.center().y() - size.height() // 2,
                         size.width(), size.height())
            paint_pill(painter, rect, text, colour)
            right -= size.width() + 4
        painter.restore()


class SidebarWidget(QListView):
    def __init__(self, model: SidebarModel) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.setModel(model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_width()
        # Click focus only: with tab focus, Qt would select the first section as soon as the window opens,
        # leaving the welcome page; Ctrl+1..6 are the keyboard way between sections.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        theme.follow(
            self,
            "QListView#sidebar { background: palette(window); padding-top: 8px; outline: 0; }"
            "QListView#sidebar::item { padding-left: 10px; border-radius: 6px; color: palette(text); }"
            "QListView#sidebar::item:hover { background: palette(alternate-base); }"
            "QListView#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self._name_controls()

    def _fit_width(self) -> None:
        """Wide enough for the longest section name with both pills beside it ("Bandeja de entrada" with
        "1 unsent" and "99"), in the user's language and font: a fixed width cut translated names short."""
        model = self.model()
        names = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
        widest = max((self.fontMetrics().horizontalAdvance(name) for name in names), default=0)
        font = small_font(self.font())
        unsent = QCoreApplication.translate("SidebarDelegate", "{count} unsent").format(count=badge_text(9))
        pills = pill_size(font, unsent).width() + 4 + pill_size(font, badge_text(99)).width()
        # item padding, icon and its gap, the name, a gap, the pills, the delegate's right margin, the spacing
        needed = 10 + self.iconSize().width() + 8 + widest + 12 + pills + 10 + 2 * self.spacing() + 6
        self.setFixedWidth(max(190, needed))

    def _name_controls(self) -> None:
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+7 open a section from anywhere"))
