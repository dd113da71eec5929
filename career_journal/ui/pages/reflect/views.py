"""The Reflect page's views: the session itself and "done" (choosing a prompt set is in ``reflect_chooser.py``).

Widgets only: they show what the page gives them and the page wires their
buttons. The session view is meant to read like a sheet of paper, not a
form: one question in large type, its hint below it, room to write, and the
controls quiet at the edges.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ....domain.reflection import ReflectionSession
from ....domain.wording import count_of
from ...icons import IconView, icon
from ...labels import fill
from ...widgets.markdown_editor import MarkdownEditor
from ...widgets.segments import toggle
from .earlier_weeks import EarlierWeeks

COLUMN_WIDTH = 760  # the session's text column: a line length that reads easily
DONE_WIDTH = 520
# The answer reads like a sheet of paper: a soft edge, no inner padding band, the same type in the preview.
SHEET_STYLE = (
    "QPlainTextEdit, QTextBrowser { border: 1px solid palette(mid); border-radius: 10px;"
    " padding: 0px; background: palette(base); }"
)
PROGRESS_STYLE = (
    "QProgressBar { border: none; background: palette(midlight); border-radius: 2px; }"
    "QProgressBar::chunk { background: palette(highlight); border-radius: 2px; }"
)


def plain_label(role: str = "", *, wrap: bool = True, size: float = 0, weight: int = 0) -> QLabel:
    """A label for text that may come from a file or the person: always plain text, never HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    if size or weight:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() + size)
        if weight:
            font.setWeight(QFont.Weight(weight))
        label.setFont(font)
    return label


def add_shortcut(parent: QWidget, keys: str, slot: Callable[[], object]) -> None:
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)


def make_button(text: str, icon_name: str = "", *, primary: bool = False, tip: str = "") -> QPushButton:
    """A button as ``Page.button`` makes them, for views that are not pages themselves."""
    button = QPushButton(text)
    if icon_name:
        button.setIcon(icon(icon_name, button.palette().highlightedText().color() if primary else None))
    if primary:
        button.setProperty("primary", True)
    button.setToolTip(tip)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def set_primary(button: QPushButton, primary: bool) -> None:
    button.setProperty("primary", primary)
    button.style().unpolish(button)
    button.style().polish(button)


class SessionView(QWidget):
    """One question at a time, large and quiet, with room to answer below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_name = plain_label("muted", wrap=False)
        self.step = plain_label("muted", wrap=False)
        # On every prompt: a candid answer is often written before the person thinks of who may read it.
        self.private_box = toggle(self.tr("Private"), "lock")
        self.private_box.setToolTip(self.tr("A private reflection is left out of exports unless you ask"))
        self.private_box.setAccessibleName(self.tr("Private reflection"))
        self.leave_button = QPushButton(self.tr("Leave"))
        self.leave_button.setFlat(True)
        self.leave_button.setToolTip(self.tr("Leave for now; your answers stay as a draft to resume later (Esc)"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.setStyleSheet(PROGRESS_STYLE)
        self.progress.setAccessibleName(self.tr("Progress through the prompts"))
        self.earlier = EarlierWeeks()  # the weekly review looks back at this week in earlier years
        self.question = plain_label(size=8, weight=500)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = plain_label("muted", size=1)
        self.answer = MarkdownEditor(placeholder=self.tr("Write as much or as little as you like."), preview=False)
        self.answer.editor.setAccessibleName(self.tr("Your answer (Markdown)"))
        self.answer.setStyleSheet(SHEET_STYLE)
        font = self.answer.editor.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        for text in (self.answer.editor, self.answer.preview):
            text.setFont(font)
            text.document().setDocumentMargin(16)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setFlat(True)
        self.preview_button.setToolTip(self.tr("Show the formatted answer beside the text (Ctrl+Shift+P)"))
        self.preview_button.toggled.connect(self.answer.set_preview_visible)
        self.answer.preview.installEventFilter(self)  # keep the button in step with Ctrl+Shift+P
        self.link_button = QPushButton(icon("link"), self.tr("Link people, goals, skills…"))
        self.link_button.setFlat(True)
        self.link_button.setToolTip(self.tr("Link what this reflection is about (Ctrl+Shift+A)"))
        self.links = plain_label("muted")
        self.state = plain_label("muted")
        self.error = plain_label("error")
        self.error.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("The previous prompt (Alt+Left)"))
        self.finish_button = QPushButton(icon("check"), self.tr("Finish"))
        self.finish_button.setToolTip(self.tr("Finish and save the entry (Ctrl+Shift+Enter)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setToolTip(self.tr("The next prompt (Ctrl+Enter or Alt+Right)"))
        set_primary(self.next_button, True)
        for button in (
            self.private_box, self.leave_button, self.preview_button, self.link_button,
            self.back_button, self.finish_button, self.next_button,
        ):  # fmt: skip
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the cursor in the answer

        column = QVBoxLayout()
        column.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.set_name)
        top.addSpacing(12)
        top.addWidget(self.private_box)
        top.addStretch(1)
        top.addWidget(self.step)
        top.addSpacing(12)
        top.addWidget(self.leave_button)
        column.addLayout(top)
        column.addWidget(self.progress)
        column.addSpacing(14)
        column.addWidget(self.earlier)
        column.addSpacing(16)
        column.addWidget(self.question)
        column.addWidget(self.hint)
        column.addSpacing(12)
        column.addWidget(self.answer, 1)
        links = QHBoxLayout()
        links.addWidget(self.link_button)
        links.addWidget(self.links, 1)
        links.addWidget(self.preview_button)
        column.addLayout(links)
        column.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        for button in (self.back_button, self.finish_button, self.next_button):
            button.setMinimumWidth(96)
            bottom.addWidget(button)
        column.addSpacing(6)
        column.addLayout(bottom)
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_WIDTH)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.answer.preview and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.preview_button.blockSignals(True)
            self.preview_button.setChecked(self.answer.preview.isVisibleTo(self.answer))
            self.preview_button.blockSignals(False)
        return super().eventFilter(watched, event)

    def show_prompt(self, reflection: ReflectionSession) -> None:
        total = len(reflection.prompt_set.prompts)
        number = reflection.current + 1
        prompt = reflection.prompt_set.prompts[reflection.current]
        self.set_name.setText(reflection.prompt_set.name)
        self.show_private(bool(reflection.private))
        self.progress.setRange(0, total)
        self.progress.setValue(number)
        self.question.setText(prompt.question)
        self.hint.setText(prompt.hint)
        self.hint.setVisible(bool(prompt.hint))
        self.answer.set_text(reflection.answers[reflection.current])
        self.answer.editor.moveCursor(self.answer.editor.textCursor().MoveOperation.End)
        self.back_button.setEnabled(number > 1)
        self.next_button.setVisible(number < total)
        set_primary(self.finish_button, number == total)
        self.finish_button.setToolTip(
            self.tr("Finish and save the entry (Ctrl+Enter)")
            if number == total
            else self.tr("Finish now and save the entry (Ctrl+Shift+Enter)")
        )
        self.show_count(reflection)
        self.error.hide()

    def show_private(self, private: bool) -> None:
        self.private_box.blockSignals(True)  # showing the choice is not making it
        self.private_box.setChecked(private)
        self.private_box.blockSignals(False)

    def show_count(self, reflection: ReflectionSession) -> None:
        total = len(reflection.prompt_set.prompts)
        answered = reflection.answered
        self.step.setText(
            fill(self.tr("Prompt %1 of %2"), reflection.current + 1, total)
            + (f" · {answered} answered" if answered else "")
        )

    def say(self, text: str, *, error: bool = False) -> None:
        self.state.setText(text)
        self.state.setProperty("role", "error" if error else "muted")
        self.state.style().polish(self.state)


class DoneView(QWidget):
    """A calm ending: the entry is saved, and two ways on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark = IconView("check", 48, QPalette.ColorRole.Highlight)
        heading = plain_label(size=9, weight=600)
        heading.setText(self.tr("Saved to your journal"))
        self.summary = plain_label("muted")
        self.open_button = make_button(
            self.tr("Open it in the Journal"), "journal", primary=True, tip=self.tr("Read or edit the entry")
        )
        self.back_button = make_button(self.tr("Back to prompt sets"), tip=self.tr("Choose another session"))
        column = QWidget()
        column.setFixedWidth(DONE_WIDTH)  # wrapped lines need a width to wrap to
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (heading, self.summary):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(10)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)  # a little above the middle, where the eye rests

    def show_saved(self, title: str, answered: int, links: str, *, private: bool = False) -> None:
        """What was saved: the entry's title, how many answers it holds, what it is about and who may read it."""
        self.summary.setText(
            f"“{title}”: {count_of(answered, 'answer')}"
            + (f", about {links}." if links else ".")
            + ("\nPrivate: left out of exports unless you ask." if private else "")
        )
