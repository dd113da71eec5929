"""How a timeline row looks: the day once (and the month where it changes), a dot on one line, the record.

Every row has the same height, so a list of a hundred thousand lays out at
once. Everything is painted as plain text: titles and details are the
person's own words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from ....domain.enums import EntryKind, RecordKind
from ....domain.timeline import TimelineItem
from ...icons import icon
from ...models.table import RECORD_ROLE
from ...theme import WARM
from ...widgets.text_label import tooltip_text

GUTTER = 92.0  # the day, on the left
LINE_X = GUTTER + 8.0  # the line the dots sit on
TEXT_X = LINE_X + 30.0
ICONS = {
    RecordKind.ENTRY: "journal",
    RecordKind.GOAL: "goals",
    RecordKind.MILESTONE: "check",
    RecordKind.SKILL: "teaching",
    RecordKind.TEACHING: "teaching",
    RecordKind.HANDOVER: "teaching",
    RecordKind.PERSON: "person",
    RecordKind.INTERACTION: "network",
    RecordKind.OPPORTUNITY: "pipeline",
    RecordKind.ADVISER: "team",
}
ENTRY_ICONS = {EntryKind.WIN: "star", EntryKind.REFLECTION: "reflect"}


def icon_name(item: TimelineItem) -> str:
    if item.entry_kind is not None and item.entry_kind in ENTRY_ICONS:
        return ENTRY_ICONS[item.entry_kind]
    return ICONS[item.kind]


def _day_text(day: date, pattern: str) -> str:
    """The day in the app's locale ("Mon 23", "mån 23"), not the process's C locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _item(index: QModelIndex) -> TimelineItem | None:
    return index.data(RECORD_ROLE) if index.isValid() else None


def starts_month(index: QModelIndex) -> bool:
    """The row is the first of its month (the list is newest first)."""
    item, before = _item(index), _item(index.siblingAtRow(index.row() - 1)) if index.row() > 0 else None
    return item is not None and (
        before is None or (before.day.year, before.day.month) != (item.day.year, item.day.month)
    )


def starts_day(index: QModelIndex) -> bool:
    item, before = _item(index), _item(index.siblingAtRow(index.row() - 1)) if index.row() > 0 else None
    return item is not None and (before is None or before.day != item.day)


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(400, int(2 * QFontMetricsF(option.font).height() + 16))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = _item(index)
        if item is None:
            return
        painter.save()
        palette = option.palette
        metrics = QFontMetricsF(option.font)
        rect = QRectF(option.rect)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        new_month = starts_month(index)
        if new_month and index.row() > 0:
            rule = QColor(muted)
            rule.setAlphaF(0.35)
            painter.setPen(rule)
            painter.drawLine(QPointF(rect.left() + 10, rect.top()), QPointF(rect.right() - 10, rect.top()))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.HighlightedText) if selected else muted
        line = QColor(muted)
        line.setAlphaF(0.4)
        painter.setPen(line)
        painter.drawLine(QPointF(LINE_X, rect.top()), QPointF(LINE_X, rect.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARM) if item.kind is RecordKind.ENTRY else palette.color(QPalette.ColorRole.Accent))
        painter.drawEllipse(QPointF(LINE_X, rect.top() + 8 + metrics.height() / 2), 4, 4)
        if starts_day(index):
            painter.setPen(quiet)
            day = QRectF(rect.left() + 10, rect.top() + 7, GUTTER - 16, metrics.height())
            painter.drawText(
                day, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _day_text(item.day, "ddd d")
            )
        if new_month:
            month_font = QFont(option.font)
            month_font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(month_font)
            painter.setPen(text)
            month = QRectF(rect.left() + 4, rect.top() + 9 + metrics.height(), GUTTER - 10, metrics.height())
            painter.drawText(
                month, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _day_text(item.day, "MMM yyyy")
            )
            painter.setFont(option.font)
        color = palette.color(QPalette.ColorRole.HighlightedText) if selected else None
        icon(icon_name(item), color).paint(painter, int(LINE_X + 10), int(rect.top() + 8), 16, 16)
        right = rect.right() - 10
        if item.private:
            icon("lock", color).paint(painter, int(right - 16), int(rect.top() + 8), 16, 16)
            right -= 22
        width = right - TEXT_X
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text)
        title = QFontMetricsF(title_font).elidedText(item.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(TEXT_X, rect.top() + 7, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(quiet)
        detail = metrics.elidedText(item.detail, Qt.TextElideMode.ElideRight, width)
        below = QRectF(TEXT_X, rect.top() + 9 + metrics.height(), width, metrics.height())
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex
    ) -> bool:
        item = _item(index)
        if item is None:
            return False
        lines = [item.title, item.detail, self.tr("Private: never exported unless you ask") if item.private else ""]
        QToolTip.showText(event.globalPos(), tooltip_text(" · ".join(line for line in lines if line)), view)
        return True
