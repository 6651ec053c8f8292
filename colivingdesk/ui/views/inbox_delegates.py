"""Painting for the inbox: two-line thread rows and chat bubbles, without a widget per row.

Delegates keep thousands of rows cheap (nothing is created per row) and let the list models stay plain data.
Sizes are computed from font metrics, so the rows follow the user's font size and the offscreen test font
alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from colivingdesk.domain import OutboxState, Thread
from colivingdesk.ui import formatting, theme
from colivingdesk.ui.models.inbox_models import ConversationItem, ItemRole, StateTextRole
from colivingdesk.ui.models.store_list_model import RecordRole
from colivingdesk.ui.widgets.badges import badge_text, channel_pixmap, paint_pill, pill_size, small_font

Index = QModelIndex | QPersistentModelIndex
PAD = 8


class ThreadDelegate(QStyledItemDelegate):
    """``[BMC] Participant ........ 14:02`` over ``subject · preview`` and an unread count pill.

    The preview is our own reply when one is not sent yet ("You (not sent): ..."), in the warning colour, so
    a thread whose answer is stuck does not look answered.
    """

    def __init__(
        self,
        describe_subject: Callable[[Thread], str],
        participant: Callable[[Thread], str],
        parent: QWidget | None = None,
        unsent_preview: Callable[[Thread], str | None] | None = None,
        team_note: Callable[[Thread], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe_subject = describe_subject
        self._participant = participant
        self._unsent_preview = unsent_preview or (lambda _thread: None)
        # Who is writing there, or who it is assigned to ("✎ Ana", "→ Ben"), beside the time.
        self._team_note = team_note or (lambda _thread: "")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(260, fm.height() * 2 + fm.leading() + PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        thread = index.data(RecordRole)
        if not isinstance(thread, Thread):
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = opt.icon.__class__()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else theme.accents().muted
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        fm = QFontMetrics(option.font)
        line_h = fm.height()

        pill = channel_pixmap(thread.channel, option.font)
        pill_y = rect.top() + (line_h - pill.height() // max(1, int(pill.devicePixelRatio()))) // 2
        painter.drawPixmap(rect.left(), pill_y, pill)
        x = rect.left() + pill.width() + 6

        when = formatting.short_time(thread.last_activity)
        small = small_font(option.font, bold=False)
        painter.setFont(small)
        time_w = QFontMetrics(small).horizontalAdvance(when)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - time_w, rect.top(), time_w, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        note = self._team_note(thread)
        if note:
            note_fm = QFontMetrics(small)
            note = note_fm.elidedText(note, Qt.TextElideMode.ElideRight, max(0, rect.width() // 3))
            note_w = note_fm.horizontalAdvance(note) + 2
            painter.setPen(text_color if selected else theme.accents().warn)
            painter.drawText(QRect(rect.right() - time_w - 8 - note_w, rect.top(), note_w, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note)
            time_w += note_w + 8

        name_font = QFont(option.font)
        name_font.setBold(thread.unread_count > 0)
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_rect = QRect(x, rect.top(), rect.right() - time_w - 8 - x, line_h)
        name = QFontMetrics(name_font).elidedText(
            self._participant(thread), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        second_top = rect.top() + line_h + 4
        right = rect.right()
        if thread.unread_count > 0:
            bf = small_font(option.font)
            text = badge_text(thread.unread_count)
            size = pill_size(bf, text)
            painter.setFont(bf)
            paint_pill(painter, QRect(right - size.width(), second_top, size.width(), size.height()), text,
                       theme.accents().badge)
            right -= size.width() + 6
        subject = self._describe_subject(thread)
        unsent = self._unsent_preview(thread)
        preview = unsent or formatting.one_line(thread.last_message, 300)
        line = f"{subject} · {preview}" if subject and preview else subject or preview
        painter.setFont(option.font)
        painter.setPen(text_color if thread.unread_count > 0 or selected else muted)
        if unsent and not selected:
            painter.setPen(theme.accents().warn)
        second = QRect(rect.left(), second_top, right - rect.left(), line_h)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(line, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()


class BubbleDelegate(QStyledItemDelegate):
    """Guest messages on the left, the operator's on the right; unsent replies show their state underneath."""

    MAX_FRACTION = 0.72

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _bubble_width(self) -> int:
        return max(160, int((self._view.viewport().width() - 2 * PAD) * self.MAX_FRACTION))

    def _layout(
        self, option: QStyleOptionViewItem, item: ConversationItem, state_text: str
    ) -> tuple[QRect, QRect, int, int]:
        fm = QFontMetrics(option.font)
        inner = self._bubble_width() - 2 * PAD
        text_rect = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, item.text or " ")
        small = QFontMetrics(small_font(option.font, bold=False))
        meta_h = small.height()
        state_h = meta_h if state_text else 0
        # The sender line (a host's long listing name, the time) and the state line widen a short message's
        # bubble, up to the bubble's maximum, so neither is cut off.
        # Advances are rounded to whole pixels; a line measured a fraction short would be elided when drawn.
        lines = [small.horizontalAdvance(_meta(item)) + 2]
        if state_text:
            lines.append(small.horizontalAdvance(state_text) + 2)
        width = min(max(text_rect.width(), 120, *lines), inner) + 2 * PAD
        height = meta_h + 2 + text_rect.height() + (state_h + 2 if state_h else 0) + 2 * PAD
        return QRect(0, 0, width, height), text_rect, meta_h, state_h

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = index.data(ItemRole)
        if not isinstance(item, ConversationItem):
            return super().sizeHint(option, index)
        bubble, _, _, _ = self._layout(option, item, str(index.data(StateTextRole) or ""))
        return QSize(self._view.viewport().width() - 4, bubble.height() + PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ItemRole)
        if not isinstance(item, ConversationItem):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        state_text = str(index.data(StateTextRole) or "")
        bubble, text_rect, meta_h, state_h = self._layout(option, item, state_text)
        row = option.rect
        left = row.right() - PAD - bubble.width() if item.own else row.left() + PAD
        bubble.moveTo(left, row.top() + PAD // 2)
        accents = theme.accents()
        pal = option.palette
        fill = theme.bubble_fill(pal, own=item.own, pending=item.state is not None)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 10, 10)
        if item.state == OutboxState.FAILED:
            painter.setPen(accents.error)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), 10, 10)

        small = small_font(option.font, bold=False)
        painter.setFont(small)
        painter.setPen(accents.muted)
        meta_rect = QRect(bubble.left() + PAD, bubble.top() + PAD, bubble.width() - 2 * PAD, meta_h)
        meta = QFontMetrics(small).elidedText(_meta(item), Qt.TextElideMode.ElideMiddle, meta_rect.width())
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)
        painter.setFont(option.font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        body = QRect(
            bubble.left() + PAD, bubble.top() + PAD + meta_h + 2, text_rect.width(), text_rect.height()
        )
        painter.drawText(body, Qt.TextFlag.TextWordWrap, item.text)
        if state_h:
            painter.setFont(small)
            color = {OutboxState.FAILED: accents.error, OutboxState.HELD: accents.warn}.get(
                item.state or OutboxState.QUEUED, accents.muted
            )
            painter.setPen(color)
            state_rect = QRect(bubble.left() + PAD, body.bottom() + 2, bubble.width() - 2 * PAD, state_h)
            text = QFontMetrics(small).elidedText(state_text, Qt.TextElideMode.ElideRight, state_rect.width())
            painter.drawText(state_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


def _meta(item: ConversationItem) -> str:
    return f"{item.sender_name}  ·  {formatting.short_time(item.at)}" if item.at else item.sender_name
