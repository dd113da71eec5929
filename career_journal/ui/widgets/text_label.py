"""Labels, tooltips and message boxes that show a person's words as typed, and small text helpers.

Qt reads text that looks like HTML as HTML (``Qt.AutoText``, and always in
tooltips and message boxes), so a name such as ``Ann <img src="/dev/zero">``
would make it read that file. Every label here is plain text; a label that
mixes the app's formatting with the person's words escapes their part and
says ``Qt.TextFormat.RichText`` itself.

``text_label`` is for a person's own words: selectable, optionally larger or
bold. ``note_label`` and ``plain_label`` are for the app's own words, which
often quote theirs (names, titles, error messages).
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget


def text_label(text: str = "", *, role: str = "", wrap: bool = True, scale: float = 1.0, bold: bool = False) -> QLabel:
    made = plain_label(text, role, wrap=wrap)
    if scale != 1.0 or bold:
        font = QFont(made.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        made.setFont(font)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return made


def plain_label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (muted, card-title, error…) whose text is never read as HTML."""
    made = QLabel()
    made.setTextFormat(Qt.TextFormat.PlainText)  # before the text: HTML is read (and its links loaded) on setText
    made.setText(text)
    made.setWordWrap(wrap)
    if role:
        made.setProperty("role", role)
    return made


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it is given, with the whole text in its tooltip.

    For a name that must not push its neighbours aside (or wrap mid-word): ``text()`` is the whole text,
    ``shown()`` what fits.
    """

    def __init__(self, text: str = "", role: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # down to a few letters
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.setAccessibleName(text)
        self._fit()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def shown(self) -> str:
        return super().text()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("Mmm…"), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # a bolder font needs more room

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width())
        super().setText(shown)
        self.setToolTip(tooltip_text(self._full) if shown != self._full else "")


def note_label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A label for the app's own words, styled by ``role``; plain text, as they often quote the person's."""
    return plain_label(text, role, wrap=wrap)


def tooltip_text(text: str) -> str:
    """A tooltip that shows the text as typed, line breaks kept (Qt reads "<project>" in a tooltip as markup)."""
    return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>" if text else ""


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A message box whose text is plain (QMessageBox's static helpers would read a name's "<img>" as HTML)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Warning, title, text)


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes or No, with No the default (Escape and Enter both mean No unless Yes is chosen)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = message(parent, QMessageBox.Icon.Question, title, question, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_to_save(parent: QWidget | None, title: str, question: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: Save is the default, Escape (or any other answer) is Cancel."""
    save, discard, cancel = (
        QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel,
    )
    answer = message(parent, QMessageBox.Icon.Question, title, question, save | discard | cancel, save)
    return answer if answer in (save, discard) else cancel


def elided_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as it wraps at ``width``, cut after ``lines`` lines and ended with "…" when more would follow."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last = starts[lines - 1]
    rest = " ".join(text[last:].split())
    return text[:last] + QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)


def one_line(text: str) -> str:
    """The text with its line breaks and runs of spaces folded to single spaces."""
    return " ".join(text.split())


def saved_at_text(saved_at: str) -> str:
    """When something was kept, the way a person says it: "14:02", or the day as well when it was not today."""
    try:
        stamp = datetime.fromisoformat(saved_at)
    except ValueError:
        return "earlier"
    return f"{stamp:%H:%M}" if stamp.date() == datetime.now(stamp.tzinfo).date() else f"{stamp:%A %d %B, %H:%M}"
