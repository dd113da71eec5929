"""A label for a person's own words: plain text (never read as HTML), selectable, optionally larger or bold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def text_label(text: str = "", *, role: str = "", wrap: bool = True, scale: float = 1.0, bold: bool = False) -> QLabel:
    made = QLabel(text)
    if scale != 1.0 or bold:
        font = QFont(made.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        made.setFont(font)
    made.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never read as HTML
    made.setWordWrap(wrap)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        made.setProperty("role", role)
    return made
