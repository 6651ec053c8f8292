"""Small painted marks the lists share: channel pills, count badges and coloured state dots.

They are painted (not widgets) so a delegate can draw thousands of rows without creating a widget per row, and
the same drawing code serves the sidebar, the inbox and the status bar.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from colivingdesk.domain import Channel
from colivingdesk.ui import theme

CHANNEL_SHORT = {Channel.BMC: "BMC", Channel.COLIVING: "Coliving"}


def paint_pill(
    painter: QPainter, rect: QRect | QRectF, text: str, fill: QColor, fg: QColor | None = None
) -> None:
    """A rounded label; ``rect`` is the box to fill (callers size it with :func:`pill_size`)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    r = QRectF(rect)
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    painter.setPen(fg or theme.accents().on_accent)
    painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def pill_size(font: QFont, text: str) -> QSize:
    fm = QFontMetrics(font)
    height = fm.height() + 2
    return QSize(max(height, fm.horizontalAdvance(text) + height - 2), height)


def small_font(base: QFont, bold: bool = True) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(7.0, size * 0.82))
    font.setBold(bold)
    return font


@lru_cache(maxsize=16)
def _channel_pixmap(channel: str, which: theme.Theme, point_size: float, fixed_width: bool) -> QPixmap:
    font = QFont()
    if point_size > 0:
        font.setPointSizeF(point_size)
    font.setBold(True)
    text = CHANNEL_SHORT[Channel(channel)]
    size = pill_size(font, text)
    canvas = QSize(max(pill_size(font, t).width() for t in CHANNEL_SHORT.values()), size.height()) if (
        fixed_width
    ) else size
    pixmap = QPixmap(canvas)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setFont(font)
    accents = theme.accents_for(which)
    paint_pill(painter, QRect(0, 0, size.width(), size.height()), text, accents.channel(channel), accents.on_accent)
    painter.end()
    return pixmap


def channel_pixmap(channel: Channel | str, font: QFont | None = None, *, fixed_width: bool = False) -> QPixmap:
    """The channel's pill ("BMC" blue, "Coliving" green), usable as a DecorationRole value.

    ``fixed_width`` pads every channel's pill to the widest one, so text after it lines up in a list.
    """
    base = font or QFont()
    return _channel_pixmap(Channel(channel).value, theme.current(), small_font(base).pointSizeF(), fixed_width)


def badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class StatusDotWidget(QWidget):
    """A coloured dot and a label, e.g. "● BookMyColiving: up to date at 14:02" in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        self._dot = QLabel("●")
        self._label = QLabel()
        self._label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._dot)
        layout.addWidget(self._label)

    def set_state(self, text: str, color: QColor, tooltip: str = "") -> None:
        self._dot.setStyleSheet(f"color: {color.name()};")
        self._label.setText(text)
        self.setToolTip(tooltip)

    def text(self) -> str:
        return self._label.text()
