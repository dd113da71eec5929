"""Write or change a reflection prompt set: a name, a line about it, and one block per prompt.

Each prompt is a block with its question and an optional hint, which can be
moved up or down and removed. Enter walks forward (question → hint → next
question, a new block after the last one), Ctrl+Enter saves. Saving writes
the person's own file with ``save_user_set``: editing a shipped set saves a
copy in their folder that replaces it, so the app's own file is never touched.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError
from ...domain.reflection import MAX_PROMPTS, Prompt, PromptSet
from ...exchange.prompt_sets import key_for, save_user_set
from ..icons import icon
from ..labels import fill
from ..widgets.fields import TagField
from ..widgets.text_label import plain_label


class PromptBlock(QFrame):
    """One prompt: its number, the question, the hint, and buttons to move or remove it."""

    move_up = Signal(object)
    move_down = Signal(object)
    remove = Signal(object)
    hint_done = Signal(object)  # Enter in the hint: go on to the next prompt

    def __init__(self, prompt: Prompt | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.number = plain_label(role="muted", wrap=False)
        self.number.setMinimumWidth(22)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.question = QLineEdit(prompt.question if prompt else "")
        self.question.setPlaceholderText(self.tr("A question, e.g. What did I teach someone this week?"))
        self.hint = QLineEdit(prompt.hint if prompt else "")
        self.hint.setPlaceholderText(self.tr("A hint shown in small type below it (optional)"))
        for field in (self.question, self.hint):
            field.setCursorPosition(0)  # a long question shows its beginning, not its end
        self.question.returnPressed.connect(self.hint.setFocus)
        self.hint.returnPressed.connect(lambda: self.hint_done.emit(self))
        self.up_button = self._tool("↑", "Move this prompt up (Alt+Up)", self.move_up)
        self.down_button = self._tool("↓", "Move this prompt down (Alt+Down)", self.move_down)
        self.remove_button = self._tool("", "Remove this prompt (Alt+Delete)", self.remove)
        self.remove_button.setIcon(icon("delete"))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 8, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.question, 0, 1)
        grid.addWidget(self.up_button, 0, 2)
        grid.addWidget(self.down_button, 0, 3)
        grid.addWidget(self.remove_button, 0, 4)
        grid.addWidget(self.hint, 1, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        for keys, signal in (("Alt+Up", self.move_up), ("Alt+Down", self.move_down), ("Alt+Delete", self.remove)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=signal: s.emit(self))

    def _tool(self, text: str, tip: str, signal: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(lambda: signal.emit(self))
        return button

    def set_number(self, number: int, total: int) -> None:
        self.number.setText(str(number))
        self.question.setAccessibleName(fill(self.tr("Question %1"), number))
        self.hint.setAccessibleName(fill(self.tr("Hint for question %1"), number))
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < total)

    def is_blank(self) -> bool:
        return not self.question.text().strip() and not self.hint.text().strip()


class PromptSetEditor(QDialog):
    saved = Signal(object)  # the PromptSet as written to the person's folder

    def __init__(
        self,
        parent: QWidget | None,
        user_dir: Path,
        prompt_set: PromptSet | None = None,
        *,
        taken_keys: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.user_dir = user_dir
        self.original = prompt_set
        self._taken = set(taken_keys)
        self.setWindowTitle(self.tr("Edit prompt set") if prompt_set else self.tr("New prompt set"))
        self.setModal(True)
        self.resize(680, 720)
        self.blocks: list[PromptBlock] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = plain_label(self._intro(), "muted")
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(prompt_set.name if prompt_set else "")
        self.name.setPlaceholderText(self.tr("e.g. Before my one-to-one"))
        self.name.setAccessibleName(self.tr("Name"))
        self.description = QPlainTextEdit(prompt_set.description if prompt_set else "")
        self.description.setPlaceholderText(self.tr("When to use it, in a sentence"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(58)
        self.tags = TagField()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setToolTip(self.tr("Every entry written with this set gets these tags (and 'reflection')"))
        self.tags.set_tags(prompt_set.tags if prompt_set else [])
        self.private = QCheckBox(self.tr("Sessions start private (left out of exports unless you ask)"))
        self.private.setAccessibleName(self.tr("Sessions start private"))
        self.private.setChecked(bool(prompt_set and prompt_set.private))
        self.name.returnPressed.connect(self.description.setFocus)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Privacy:"), self.private)
        layout.addLayout(form)

        heading = plain_label(self.tr("Prompts"), "card-title", wrap=False)
        note = plain_label(
            self.tr("One question per block, asked one at a time. Enter moves on; Ctrl+Enter saves."), "muted"
        )
        layout.addWidget(heading)
        layout.addWidget(note)
        holder = QWidget()
        self.block_layout = QVBoxLayout(holder)
        self.block_layout.setContentsMargins(0, 0, 6, 0)
        self.block_layout.setSpacing(8)
        self.add_button = QPushButton(icon("add"), self.tr("Add a prompt"))
        self.add_button.setToolTip(self.tr("Add a prompt at the end (Ctrl+Shift+Enter)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_block(focus=True))
        self.block_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.block_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)

        self.error = plain_label(role="error")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Shortcuts rather than key presses: a line edit would act on the Enter first.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda: self.add_block(focus=True))

        for prompt in prompt_set.prompts if prompt_set else ():
            self.add_block(prompt)
        if not self.blocks:
            self.add_block()
        self.name.setFocus()

    def _intro(self) -> str:
        if self.original is None:
            return "Your own set of questions for a reflection session. It is kept in your prompts folder."
        if self.original.builtin:
            return (
                "This set ships with the app. Your changes are saved as your own copy, which replaces it; "
                "you can restore the original at any time."
            )
        return "Your own prompt set, kept in your prompts folder."

    # -- the blocks -----------------------------------------------------------------
    def add_block(self, prompt: Prompt | None = None, *, focus: bool = False) -> PromptBlock | None:
        if len(self.blocks) >= MAX_PROMPTS:
            self.show_error(fill(self.tr("A prompt set holds at most %1 prompts."), MAX_PROMPTS))
            return None
        block = PromptBlock(prompt)
        block.move_up.connect(lambda b: self._move(b, -1))
        block.move_down.connect(lambda b: self._move(b, +1))
        block.remove.connect(self._remove)
        block.hint_done.connect(self._after_hint)
        self.blocks.append(block)
        self._place_blocks()
        if focus:
            block.question.setFocus()
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(block))
        return block

    def _place_blocks(self) -> None:
        for block in self.blocks:
            self.block_layout.removeWidget(block)
        for position, block in enumerate(self.blocks):
            self.block_layout.insertWidget(position, block)
            block.set_number(position + 1, len(self.blocks))
        self.add_button.setEnabled(len(self.blocks) < MAX_PROMPTS)

    def _move(self, block: PromptBlock, step: int) -> None:
        position = self.blocks.index(block)
        target = position + step
        if not 0 <= target < len(self.blocks):
            return
        self.blocks[position], self.blocks[target] = self.blocks[target], self.blocks[position]
        self._place_blocks()
        block.question.setFocus()

    def _remove(self, block: PromptBlock) -> None:
        position = self.blocks.index(block)
        self.blocks.remove(block)
        self.block_layout.removeWidget(block)
        block.hide()
        block.deleteLater()
        if not self.blocks:
            self.add_block()
        self._place_blocks()
        self.blocks[min(position, len(self.blocks) - 1)].question.setFocus()

    def _after_hint(self, block: PromptBlock) -> None:
        position = self.blocks.index(block)
        if position + 1 < len(self.blocks):
            self.blocks[position + 1].question.setFocus()
        elif not block.is_blank():
            self.add_block(focus=True)

    # -- saving ---------------------------------------------------------------------
    def prompt_set(self) -> PromptSet:
        """The set as the fields describe it; raises ValueError saying what to fix."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the prompt set a name."))
        prompts = []
        for number, block in enumerate(self.blocks, 1):
            if block.is_blank():
                continue  # an empty block left at the end is not a prompt
            question = block.question.text().strip()
            if not question:
                raise ValueError(fill(self.tr("Prompt %1 has a hint but no question."), number))
            prompts.append(Prompt(question, block.hint.text().strip()))
        if not prompts:
            raise ValueError(self.tr("Write at least one question."))
        return PromptSet(
            key=self.original.key if self.original else self._new_key(name),
            name=name,
            description=" ".join(self.description.toPlainText().split()),
            prompts=tuple(prompts),
            tags=tuple(self.tags.tags()),
            builtin=False,
            private=self.private.isChecked(),
        )

    def _new_key(self, name: str) -> str:
        """A file name of its own: a new set never silently replaces a shipped set or another of yours."""
        base = key_for(name)
        key, number = base, 2
        while key in self._taken:
            key, number = f"{base}-{number}", number + 1
        return key

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        try:
            prompt_set = self.prompt_set()
            save_user_set(self.user_dir, prompt_set)
        except (JournalError, ValueError) as exc:
            self.show_error(str(exc))
            return
        except OSError as exc:
            self.show_error(
                fill(self.tr("The prompt set could not be saved in %1 (%2)."), self.user_dir, exc.strerror or exc)
            )
            return
        super().accept()
        self.saved.emit(prompt_set)

    def keyPressEvent(self, event: Any) -> None:
        """Enter walks through the fields (see the blocks) and never saves half a set; Ctrl+Enter saves."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)
