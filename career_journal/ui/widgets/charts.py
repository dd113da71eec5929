"""Small charts drawn with QPainter: bars, stacked bars, a line, and progress rows against a marker.

One drawing routine serves the widget and ``chart_image`` (a QImage of any
size, no window needed, for exports). Colours come from the palette, so a
chart follows light and dark. The widget tells what is under the mouse in a
tooltip, and a click, or Enter on the bucket chosen with the arrow keys,
emits which bucket it was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ...domain.charts import Chart, ChartStyle
from ...phrasebook import phrase
from ..theme import WARM
from .text_label import tooltip_text

PAD = 8.0
LEGEND_GAP = 6.0
SWATCH = 10.0
PROGRESS_ROW = 46.0  # a goal's name, and its bar under it


@dataclass(slots=True)
class _Layout:
    """Where everything goes in a given rectangle: the plot, each bucket's slot, the legend and the labels."""

    plot: QRectF
    slots: list[QRectF]  # one per bucket: the column (or, for progress, the row) it owns
    top: float  # the value at the top of the plot


def nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of an axis (1, 2, 5, 10, 20, 50…)."""
    if value <= 1:
        return 1.0  # counts: never a scale below one
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value - 1e-9:
            return step * power
    return 10 * power


def layer_colors(chart: Chart, palette: QPalette) -> list[QColor]:
    """Shades of the accent for the steps of one scale; accent, warm and grey for categories."""
    accent = palette.color(QPalette.ColorRole.Accent)  # bright enough to draw with on the dark scheme's base
    base = palette.color(QPalette.ColorRole.Base)
    count = len(chart.layers)
    if chart.ordered_layers and count > 1:
        return [_mix(accent, base, 0.58 * (1 - n / (count - 1))) for n in range(count)]
    neutral = _mix(palette.color(QPalette.ColorRole.PlaceholderText), base, 0.35)
    return [[accent, QColor(WARM), neutral][n % 3] for n in range(count)]


def _mix(color: QColor, other: QColor, share: float) -> QColor:
    """``color`` moved ``share`` of the way towards ``other``."""
    return QColor.fromRgbF(
        color.redF() + (other.redF() - color.redF()) * share,
        color.greenF() + (other.greenF() - color.greenF()) * share,
        color.blueF() + (other.blueF() - color.blueF()) * share,
    )


def _fmt(value: float) -> str:
    return f"{value:g}"


def _percent(chart: Chart, value: float) -> str:
    """ "50%", or "50 %" in a Swedish chart: written the way the chart's own words are."""
    return phrase("{value}%", chart.language, value=f"{value:.0f}")


def _legend(chart: Chart) -> list[str]:
    if chart.style is ChartStyle.PROGRESS:
        return [chart.layers[0], chart.marker_label] if chart.marker_label else []
    return list(chart.layers) if len(chart.layers) > 1 else []


def _legend_items(chart: Chart, rect: QRectF, metrics: QFontMetricsF) -> tuple[list[tuple[QRectF, str]], float]:
    """Where each legend entry goes (wrapping onto more lines when narrow), and the height they take."""
    items: list[tuple[QRectF, str]] = []
    x, y, right = rect.left() + PAD, rect.top() + PAD, rect.right() - PAD
    for name in _legend(chart):
        width = SWATCH + 5 + metrics.horizontalAdvance(name) + 2
        if items and x + width > right:
            x, y = rect.left() + PAD, y + metrics.height() + 2
        items.append((QRectF(x, y, width, metrics.height()), name))
        x += width + 14
    height = (y - rect.top() - PAD + metrics.height() + LEGEND_GAP) if items else 0.0
    return items, height


def layout_chart(chart: Chart, rect: QRectF, metrics: QFontMetricsF) -> _Layout:
    area = rect.adjusted(PAD, PAD + _legend_items(chart, rect, metrics)[1], -PAD, -PAD)
    count = max(len(chart.buckets), 1)
    if chart.style is ChartStyle.PROGRESS:
        value_width = metrics.horizontalAdvance(_percent(chart, 100)) + 8
        plot = QRectF(area.left(), area.top(), area.width() - value_width, area.height())
        row = min(PROGRESS_ROW, area.height() / count)
        slots = [QRectF(area.left(), area.top() + n * row, area.width(), row) for n in range(len(chart.buckets))]
        return _Layout(plot, slots, chart.max_value or 100.0)
    top = chart.max_value or nice_top(
        max((b.total if chart.style is ChartStyle.STACKED else max(b.values, default=0)) for b in chart.buckets)
        if chart.buckets
        else 0
    )
    axis_width = metrics.horizontalAdvance(_fmt(top)) + 6
    plot = QRectF(
        area.left() + axis_width, area.top() + 2, area.width() - axis_width, area.height() - metrics.height() - 6
    )
    width = plot.width() / count
    slots = [QRectF(plot.left() + n * width, plot.top(), width, plot.height()) for n in range(len(chart.buckets))]
    return _Layout(plot, slots, top)


def bucket_at(chart: Chart, rect: QRectF, metrics: QFontMetricsF, point: QPointF) -> int | None:
    """The bucket under ``point``, or None."""
    layout = layout_chart(chart, rect, metrics)
    for number, slot in enumerate(layout.slots):
        column = QRectF(slot.left(), rect.top(), slot.width(), rect.height())
        if (slot if chart.style is ChartStyle.PROGRESS else column).contains(point):
            return number
    return None


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, palette: QPalette, *, marked: int | None = None) -> None:
    """Draw ``chart`` in ``rect``; ``marked`` is the bucket under the mouse or chosen with the keyboard."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    colors = layer_colors(chart, palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    _paint_legend(painter, rect, chart, colors, muted, metrics)
    layout = layout_chart(chart, rect, metrics)
    if not chart.buckets or (chart.is_empty and chart.style in (ChartStyle.BARS, ChartStyle.STACKED)):
        painter.setPen(muted)
        painter.drawText(layout.plot, Qt.AlignmentFlag.AlignCenter, chart.empty_text)
        painter.restore()
        return
    if marked is not None and 0 <= marked < len(layout.slots):
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlphaF(0.12)
        painter.fillRect(layout.slots[marked], shade)
    if chart.style is ChartStyle.PROGRESS:
        _paint_progress(painter, chart, layout, colors, palette, metrics)
    else:
        _paint_axes(painter, chart, layout, muted, metrics)
        if chart.style is ChartStyle.LINE:
            _paint_lines(painter, chart, layout, colors, text, marked)
        else:
            _paint_bars(painter, chart, layout, colors)
    painter.restore()


def _paint_legend(
    painter: QPainter, rect: QRectF, chart: Chart, colors: list[QColor], muted: QColor, metrics: QFontMetricsF
) -> None:
    for number, (box, name) in enumerate(_legend_items(chart, rect, metrics)[0]):
        marker = chart.style is ChartStyle.PROGRESS and number == 1
        swatch = QRectF(box.left(), box.top() + (box.height() - SWATCH) / 2, 3 if marker else SWATCH, SWATCH)
        painter.fillRect(swatch, QColor(WARM) if marker else colors[number])
        painter.setPen(muted)
        label = QRectF(box.left() + SWATCH + 5, box.top(), box.width() - SWATCH - 5, box.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)


def _y(layout: _Layout, value: float) -> float:
    return layout.plot.bottom() - layout.plot.height() * (value / layout.top if layout.top else 0)


def _paint_axes(painter: QPainter, chart: Chart, layout: _Layout, muted: QColor, metrics: QFontMetricsF) -> None:
    grid = QColor(muted)
    grid.setAlphaF(0.25)
    steps = _steps(layout.top)
    for step in range(steps + 1):
        value = layout.top * step / steps
        y = _y(layout, value)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y))
        painter.setPen(muted)
        box = QRectF(layout.plot.left() - 60, y - metrics.height() / 2, 56, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _fmt(value))
    widths = [metrics.horizontalAdvance(b.axis_label) for b in chart.buckets]
    slot = layout.slots[0].width() if layout.slots else 1.0
    last = len(chart.buckets) - 1
    every = next(
        step
        for step in range(1, len(widths) + 1)
        if all((widths[n] + widths[n + step]) / 2 + 6 <= slot * step for n in range(last % step, last - step + 1, step))
    )
    painter.setPen(muted)
    for number, (bucket, column) in enumerate(zip(chart.buckets, layout.slots, strict=True)):
        if (last - number) % every:
            continue  # counted back from the newest bucket, which is always named
        box = QRectF(
            column.center().x() - widths[number] / 2 - 4, layout.plot.bottom() + 4, widths[number] + 8, metrics.height()
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bucket.axis_label)


def _steps(top: float) -> int:
    """How many gridline intervals divide ``top`` into round numbers."""
    if top <= 5 and float(top).is_integer():
        return max(int(top), 1)
    for steps in (4, 5, 2):
        if float(top / steps).is_integer():
            return steps
    return 1


def _paint_bars(painter: QPainter, chart: Chart, layout: _Layout, colors: list[QColor]) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    stacked = chart.style is ChartStyle.STACKED
    for bucket, slot in zip(chart.buckets, layout.slots, strict=True):
        inner = slot.adjusted(slot.width() * 0.18, 0, -slot.width() * 0.18, 0)
        if stacked:
            bottom = layout.plot.bottom()
            for value, color in zip(bucket.values, colors, strict=True):
                height = layout.plot.bottom() - _y(layout, value)
                if height > 0:
                    painter.setBrush(color)
                    painter.drawRect(QRectF(inner.left(), bottom - height, inner.width(), height))
                    bottom -= height
            continue
        width = inner.width() / max(len(bucket.values), 1)
        for number, (value, color) in enumerate(zip(bucket.values, colors, strict=True)):
            top = _y(layout, value)
            painter.setBrush(color)
            bar = QRectF(inner.left() + number * width + 1, top, max(width - 2, 1), layout.plot.bottom() - top)
            painter.drawRoundedRect(bar, 2, 2)


def _paint_lines(
    painter: QPainter, chart: Chart, layout: _Layout, colors: list[QColor], text: QColor, marked: int | None
) -> None:
    for layer, color in enumerate(colors):
        points = [
            QPointF(slot.center().x(), _y(layout, bucket.values[layer]))
            for bucket, slot in zip(chart.buckets, layout.slots, strict=True)
        ]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(color, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, point in enumerate(points):
            radius = 5.0 if number == marked else 3.0
            painter.drawEllipse(point, radius, radius)
        if marked is not None and 0 <= marked < len(points):
            painter.setPen(text)
            spot = points[marked]
            value = _fmt(chart.buckets[marked].values[layer])
            painter.drawText(QRectF(spot.x() - 30, spot.y() - 24, 60, 18), Qt.AlignmentFlag.AlignCenter, value)


def _paint_progress(
    painter: QPainter, chart: Chart, layout: _Layout, colors: list[QColor], palette: QPalette, metrics: QFontMetricsF
) -> None:
    track = palette.color(QPalette.ColorRole.Midlight)
    text = palette.color(QPalette.ColorRole.WindowText)
    for bucket, row in zip(chart.buckets, layout.slots, strict=True):
        painter.setPen(text)
        name = metrics.elidedText(bucket.label, Qt.TextElideMode.ElideRight, row.width() - 8)
        title = QRectF(row.left() + 2, row.top() + 2, row.width() - 4, metrics.height())
        painter.drawText(title, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        bar = QRectF(layout.plot.left() + 2, title.bottom() + 8, layout.plot.width() - 2, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 5, 5)
        share = max(0.0, min(1.0, bucket.values[0] / layout.top))
        if share:
            painter.setBrush(colors[0])
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(bar.width() * share, 10), bar.height()), 5, 5)
        if bucket.marker is not None:
            x = bar.left() + bar.width() * max(0.0, min(1.0, bucket.marker / layout.top))
            painter.setPen(QPen(QColor(WARM), 3))
            painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
        painter.setPen(text)
        painter.drawText(
            QRectF(bar.right() + 6, bar.center().y() - metrics.height() / 2, 60, metrics.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            _percent(chart, bucket.values[0]),
        )


def chart_image(chart: Chart, size: QSize, palette: QPalette | None = None, *, font: QFont | None = None) -> QImage:
    """The chart drawn on the palette's base colour into an image of ``size`` (needs a QGuiApplication, no window)."""
    palette = palette or QApplication.palette()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    if font is not None:
        painter.setFont(font)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), chart, palette)
    painter.end()
    return image


class ChartView(QWidget):
    """A chart on a page: hover for the numbers, click (or arrows and Enter) to ask for the records behind a bucket."""

    bucket_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.keyboard_focus = False  # the focus frame shows only when the keyboard brought the focus here
        self.hovered: int | None = None
        self.current: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 170)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)  # axis labels and legends sit quieter than the text
        self.setFont(small)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        if chart is not None:
            self.setAccessibleName(chart.title)
            self.setAccessibleDescription(chart.reading)
            if self.current is not None and self.current >= len(chart.buckets):
                self.current = None
            if chart.style is ChartStyle.PROGRESS:
                self.setMinimumHeight(int(max(170, PROGRESS_ROW * len(chart.buckets) + 60)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, 230)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        if self.chart is None:
            return
        painter = QPainter(self)
        marked = self.hovered if self.hovered is not None else self.current if self.hasFocus() else None
        paint_chart(painter, QRectF(self.rect()), self.chart, self.palette(), marked=marked)
        if self.hasFocus() and self.keyboard_focus:
            pen = QPen(self.palette().color(QPalette.ColorRole.Accent), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def bucket_at(self, point: QPointF) -> int | None:
        if self.chart is None:
            return None
        return bucket_at(self.chart, QRectF(self.rect()), QFontMetricsF(self.font()), point)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        keys = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
        self.keyboard_focus = event.reason() in keys
        super().focusInEvent(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        found = self.bucket_at(event.position())
        if found != self.hovered:
            self.hovered = found
            self.update()
        if found is not None and self.chart is not None:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip_text(self.chart.describe(found)), self)
        else:
            QToolTip.hideText()
        self.setCursor(Qt.CursorShape.PointingHandCursor if found is not None else Qt.CursorShape.ArrowCursor)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.hovered = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        found = self.bucket_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and found is not None:
            self.choose(found)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        count = len(self.chart.buckets) if self.chart else 0
        forward = (Qt.Key.Key_Right, Qt.Key.Key_Down)
        if count and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up, *forward):
            step = 1 if event.key() in forward else -1
            start = self.current if self.current is not None else (-1 if step > 0 else count)
            self.current = max(0, min(count - 1, start + step))
            self.keyboard_focus = True
            self.setAccessibleDescription(self.chart.describe(self.current))  # type: ignore[union-attr]
            self.update()
        elif (
            count
            and self.current is not None
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        ):
            self.choose(self.current)
        else:
            super().keyPressEvent(event)

    def choose(self, index: int) -> None:
        self.current = index
        self.update()
        self.bucket_clicked.emit(index)
