"""Write Markdown on the left, read it on the right (below, when narrow); the preview follows after a short pause.

The preview renders a long note on a worker thread (see ``SafeMarkdownView``), so no
paste or keystroke waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from ..spelling import Spelling
from .markdown_view import SafeMarkdownView
from .spelling import SpellingHighlighter, check_spelling

PREVIEW_DELAY_MS = 200
SIDE_BY_SIDE_MIN = 560  # narrower than this, the preview goes under the text rather than beside it


class MarkdownEditor(QWidget):
    edited = Signal()  # every change the person makes (not set_text)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", preview: bool = True) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName(self.tr("Text (Markdown)"))
        self.editor.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.editor.setFont(font)
        self.editor.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.preview = SafeMarkdownView()
        self.preview.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(lambda: self.refresh_preview(replacing=False))
        self._loading = False
        self.spelling: SpellingHighlighter | None = None
        self.editor.textChanged.connect(self._on_text_changed)
        toggle = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(lambda: self.set_preview_visible(not self.preview.isVisible()))
        self.set_preview_visible(preview)

    def text(self) -> str:
        return self.editor.toPlainText()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wanted = Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE_MIN else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([1, 1])

    def set_text(self, text: str) -> None:
        """Load text (a record opened, a draft restored): not an edit, and the preview shows it at once."""
        self._loading = True
        try:
            if self.spelling is not None:
                self.spelling.prepare(text)
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self.refresh_preview()

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self.refresh_preview()

    def check_spelling(self, spelling: Spelling, note: Callable[[], str] | None = None) -> None:
        """Underline misspelt words; ``note`` names the note shown (its language and ignored words are its own)."""
        own = f"editor-{id(self)}"
        self.spelling = check_spelling(self.editor, spelling, note or (lambda: own))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    def refresh_preview(self, *, replacing: bool = True) -> None:
        """Show the text in the preview now; ``replacing=False`` for an edit (the older render may stay a moment)."""
        self._timer.stop()
        if self.preview.isVisible() or not self.isVisible():
            self.preview.set_markdown(self.text(), replacing=replacing)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_changed(self) -> None:
        if self._loading or (self.spelling is not None and self.spelling.busy):  # underlines redrawn: no edit
            return
        self._timer.start()
        self.edited.emit()


def monospace() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
