"""Light and dark: follow the system's colour scheme unless the person picked one."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

ACCENT = "#2f6f73"
ACCENT_DARK = "#4f9ea3"  # the accent as text or a line on a dark background
SELECTION_DARK = "#2e7d82"  # a selected row or a primary button in the dark scheme: white text on it reads (4.8:1)
WARM = "#c8702a"


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def is_dark() -> bool:
    return QGuiApplication.palette().window().color().lightness() < 128


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        colors = {
            QPalette.ColorRole.Window: "#202427",
            QPalette.ColorRole.WindowText: "#e4e6e7",
            QPalette.ColorRole.Base: "#171a1c",
            QPalette.ColorRole.AlternateBase: "#1d2123",
            QPalette.ColorRole.Text: "#e4e6e7",
            QPalette.ColorRole.Button: "#2a2f33",
            QPalette.ColorRole.ButtonText: "#e4e6e7",
            QPalette.ColorRole.Highlight: SELECTION_DARK,
            QPalette.ColorRole.Accent: ACCENT_DARK,
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#2a2f33",
            QPalette.ColorRole.ToolTipText: "#e4e6e7",
            QPalette.ColorRole.PlaceholderText: "#8d9497",
            QPalette.ColorRole.Link: "#7cc4c8",
            QPalette.ColorRole.Mid: "#3a4045",
            QPalette.ColorRole.Midlight: "#30363a",
            QPalette.ColorRole.Dark: "#111315",
            QPalette.ColorRole.Light: "#3d4448",
        }
    else:
        colors = {
            QPalette.ColorRole.Window: "#f4f2ee",
            QPalette.ColorRole.WindowText: "#22292c",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f8f7f4",
            QPalette.ColorRole.Text: "#22292c",
            QPalette.ColorRole.Button: "#ebe8e2",
            QPalette.ColorRole.ButtonText: "#22292c",
            QPalette.ColorRole.Highlight: ACCENT,
            QPalette.ColorRole.Accent: ACCENT,
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#22292c",
            QPalette.ColorRole.PlaceholderText: "#7b8386",
            QPalette.ColorRole.Link: ACCENT,
            QPalette.ColorRole.Mid: "#d3cfc7",
            QPalette.ColorRole.Midlight: "#e2ded7",
            QPalette.ColorRole.Dark: "#a9a49b",
            QPalette.ColorRole.Light: "#ffffff",
        }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#6b7275" if dark else "#a2a6a8")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


STYLE = """
QListWidget#sidebar { border: none; background: palette(window); padding: 8px 6px; outline: 0; }
QListWidget#sidebar::item { padding: 7px 8px; margin: 1px 0; border-radius: 7px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
QFrame[card="true"] { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QFrame[gap="true"] { background: transparent; border: 1px dashed palette(dark); border-radius: 10px; }
QLabel[role="page-title"] { font-size: 19pt; font-weight: 600; }
QLabel[role="card-title"] { font-size: 11pt; font-weight: 600; }
QLabel[role="muted"] { color: palette(placeholder-text); }
QLabel[role="big-number"] { font-size: 26pt; font-weight: 600; }
QLabel[role="banner"] { background: #f3d9a4; color: #3b2a06; padding: 6px 10px; border-radius: 6px; }
QLabel[role="error"] { color: #b3261e; }
QPushButton[primary="true"] { background: palette(highlight); color: palette(highlighted-text);
    border: none; border-radius: 6px; padding: 6px 14px; font-weight: 600; }
QPushButton[primary="true"]:disabled { background: palette(mid); }
QTableView, QTreeView, QListView { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QPlainTextEdit, QTextBrowser, QLineEdit { border: 1px solid palette(mid); border-radius: 6px; padding: 3px; }
QTextBrowser#preview { padding: 10px 14px; }
QListView#cardlist { border: none; background: transparent; }
QScrollBar:vertical { width: 10px; background: transparent; margin: 2px; }
QScrollBar:horizontal { height: 10px; background: transparent; margin: 2px; }
QScrollBar::handle:vertical { background: palette(mid); border-radius: 3px; min-height: 28px; }
QScrollBar::handle:horizontal { background: palette(mid); border-radius: 3px; min-width: 28px; }
QScrollBar::handle:hover { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
QSplitter::handle { background: transparent; }
QStatusBar { color: palette(placeholder-text); }
"""


class _Fusion(QProxyStyle):
    """Fusion, with check boxes and radio buttons that show their edge on a dark background.

    Fusion draws their frame a little darker than the window, which on a dark
    window is all but invisible (an unticked "Private" box looked like nothing).
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS or option.palette.window().color().lightness() >= 128:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(edge)
        else:
            painter.drawRoundedRect(edge, 2, 2)
        painter.restore()


_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


def scheme_palette(dark: bool) -> QPalette:
    """The app's light or dark palette, for what is drawn outside a window (chart files)."""
    return _palette(dark)


def apply_theme(app: QApplication, scheme: Scheme) -> None:
    """Fusion everywhere (it looks the same on every system), in the scheme asked for."""
    if not isinstance(app.style(), _Fusion):
        app.setStyle(_Fusion())
    hints = app.styleHints()
    if scheme is Scheme.SYSTEM:
        hints.unsetColorScheme()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
    else:
        dark = scheme is Scheme.DARK
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(_palette(dark))
    app.setStyleSheet(STYLE)


def watch_system_scheme(app: QApplication, current: Callable[[], Scheme]) -> None:
    """Re-apply when the system switches between light and dark (only while following it)."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        if current() is Scheme.SYSTEM:
            apply_theme(app, Scheme.SYSTEM)

    app.styleHints().colorSchemeChanged.connect(changed)
