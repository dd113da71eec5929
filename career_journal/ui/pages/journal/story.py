"""A win's STAR story under the entry's text: situation, task, action, result, folded away until opened.

The promotion packet tells each win by these four parts; a win without a result
is shown there as written and marked as needing one. The section shows only
for a win (the editor decides) and starts folded, so the entry's text keeps its
room on a small screen; its title says whether the story is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.records import WinStory

_LINES = 2  # each part is a sentence or two; the box grows a scroll bar beyond that


class StorySection(QWidget):
    """The four STAR parts of a win; ``edited`` fires on every keystroke in any of them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Story (STAR)"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Tell this win as situation, task, action and result, for the promotion packet"))
        self.toggle.toggled.connect(self._fold)
        labels = {
            "situation": (self.tr("Situation:"), self.tr("Where things stood before")),
            "task": (self.tr("Task:"), self.tr("What had to be done, and why it was yours")),
            "action": (self.tr("Action:"), self.tr("What you did")),
            "result": (self.tr("Result:"), self.tr("What changed: numbers, people, time saved")),
        }
        self.parts: dict[str, QPlainTextEdit] = {}
        panel = QWidget()
        grid = QGridLayout(panel)  # two parts a row: a small window keeps room for the entry's text
        grid.setContentsMargins(18, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for number, part in enumerate(WinStory.PARTS):
            label, hint = labels[part]
            box = QPlainTextEdit()
            box.setPlaceholderText(hint)
            box.setAccessibleName(label.rstrip(":"))
            box.setTabChangesFocus(True)
            height = box.fontMetrics().lineSpacing() * _LINES + 14
            box.setFixedHeight(height)
            box.textChanged.connect(self._changed)
            title = QLabel(label)
            title.setBuddy(box)
            row, column = divmod(number, 2)
            grid.addWidget(title, 2 * row, column)
            grid.addWidget(box, 2 * row + 1, column)
            self.parts[part] = box
        # In a window too small for all four, the parts scroll rather than squeeze into each other.
        self.form_panel = QScrollArea()
        self.form_panel.setWidget(panel)
        self.form_panel.setWidgetResizable(True)
        self.form_panel.setFrameShape(QFrame.Shape.NoFrame)
        self.form_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_panel.setMaximumHeight(panel.sizeHint().height())
        self.form_panel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form_panel)
        self._loading = False

    def _fold(self, open_: bool) -> None:
        self.form_panel.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _changed(self) -> None:
        self._show_state()
        if not self._loading:
            self.edited.emit()

    def _show_state(self) -> None:
        story = self.story()
        if story is None:
            state = self.tr("Story (STAR)")
        elif story.needs_result:
            state = self.tr("Story (STAR): the result is missing")
        else:
            state = self.tr("Story (STAR): written")
        self.toggle.setText(state)

    def set_story(self, story: WinStory | None) -> None:
        """Show ``story`` (None: empty parts), folded."""
        self.set_fields({part: getattr(story, part) for part in WinStory.PARTS} if story else {})
        self.toggle.setChecked(False)

    def set_fields(self, fields: dict) -> None:
        """The parts from a draft's fields (missing ones are empty), without saying they were edited."""
        self._loading = True
        try:
            for part, box in self.parts.items():
                box.setPlainText(str(fields.get(part, "")))
        finally:
            self._loading = False
        self._show_state()

    def fields(self) -> dict[str, str]:
        return {part: box.toPlainText() for part, box in self.parts.items()}

    def story(self) -> WinStory | None:
        """The story as typed, or None when every part is empty."""
        story = WinStory(**{part: text.strip() for part, text in self.fields().items()})
        return None if story.empty else story

    def set_read_only(self, read_only: bool) -> None:
        for box in self.parts.values():
            box.setReadOnly(read_only)
