"""Icons: the app's own SVGs, drawn when painted in the colour the palette has then.

One set of SVGs serves light and dark. An icon is not a picture baked when it
is made: it is drawn each time it is painted (and cached per colour and size),
in the palette's text colour, in the highlighted-text colour on a selected row,
and in the disabled text colour on a disabled button. So switching between
light and dark, or a row being selected, never leaves a dark icon on a dark
background. (A desktop icon theme is not used: its icons would not follow the
app's own light or dark choice.)
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from ..paths import resource_dir

Colour = QColor | QPalette.ColorRole


def icon_path(name: str) -> str:
    return str(resource_dir() / "icons" / f"{name}.svg")


def app_icon() -> QIcon:
    return QIcon(icon_path("career-journal"))


def icon(name: str, color: Colour | None = None, *, checked: Colour | None = None) -> QIcon:
    """The icon called ``name`` in ``color``: a fixed colour, or a palette role read when painted (default: text).

    ``checked``: the colour on a checked button (a toggle filled with the highlight colour when on).
    """
    return QIcon(_PaletteIconEngine(name, QPalette.ColorRole.WindowText if color is None else color, checked))


class _PaletteIconEngine(QIconEngine):
    def __init__(self, name: str, color: Colour, checked: Colour | None = None) -> None:
        super().__init__()
        self.name = name
        self.color = color
        self.checked = checked

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self.name, self.color, self.checked)

    def _colour(self, mode: QIcon.Mode, state: QIcon.State) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        color = self.checked if state == QIcon.State.On and self.checked is not None else self.color
        if isinstance(color, QColor):
            return color.name()
        return palette.color(color).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return _drawn(self.name, self._colour(mode, state), size.width(), size.height(), scale)

    def iconName(self) -> str:
        return self.name


@functools.lru_cache(maxsize=1024)
def _svg(name: str) -> str:
    with open(icon_path(name), encoding="utf-8") as handle:
        return handle.read()


@functools.lru_cache(maxsize=1024)
def _drawn(name: str, color: str, width: int, height: int, scale: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode()))
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class IconView(QWidget):
    """An icon on its own (a lock beside private details, a clock): painted in the palette of the moment."""

    def __init__(self, name: str, size: int, color: Colour | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icon(name, color)
        self.setFixedSize(size, size)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
        self.icon.paint(painter, self.rect(), Qt.AlignmentFlag.AlignCenter, mode)
