"""Icons: the desktop theme's where it has one, else the app's own SVGs drawn in the text colour."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import resource_dir

# Our names for the few actions a freedesktop icon theme also draws.
THEME_NAMES = {
    "add": "list-add",
    "delete": "edit-delete",
    "edit": "document-edit",
    "search": "edit-find",
    "save": "document-save",
    "export": "document-export",
}
SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str) -> str:
    return str(resource_dir() / "icons" / f"{name}.svg")


def app_icon() -> QIcon:
    return QIcon(icon_path("career-journal"))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon called ``name``, from the theme when it has it, else ours in ``color`` (default: text colour)."""
    themed = THEME_NAMES.get(name)
    if themed and QIcon.hasThemeIcon(themed):
        return QIcon.fromTheme(themed)
    if color is None:
        color = QGuiApplication.palette().windowText().color()
    return _drawn(name, color.name())


@functools.cache
def _drawn(name: str, color: str) -> QIcon:
    with open(icon_path(name), encoding="utf-8") as handle:
        svg = handle.read().replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    # Drawn for this screen's pixel ratio only (1, or 2 on a high-density screen): half the drawing at start.
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    for size in SIZES:
        for scale in dict.fromkeys((1, math.ceil(ratio))):
            image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result
