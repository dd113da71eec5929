"""The Reflect page's chooser: the prompt sets, the chosen one's questions beside them, and a resume card above."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.records import Draft
from ....domain.reflection import PromptSet
from ....domain.wording import count_of
from ...icons import IconView
from ...labels import counted, fill
from ...models.table import Column, RecordFilterProxy, RecordTableModel
from ...widgets.record_table import show_cut_text_on_hover
from ...widgets.text_label import saved_at_text
from .views import make_button, plain_label


def whole_name(prompt_set: PromptSet) -> str:
    """The tooltip of a set's row: its whole name (a narrow window cuts it with "…") and what it is for."""
    return "\n".join(part for part in (prompt_set.name, prompt_set.description) if part)


class ChooserView(QWidget):
    """The prompt sets on the left, the chosen one's questions on the right, and a resume card above."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(10)
        row = QHBoxLayout()
        heading = plain_label("page-title", wrap=False)
        heading.setText(title)
        row.addWidget(heading)
        row.addStretch(1)
        self.new_button = make_button(
            self.tr("New prompt set…"), "add", tip=self.tr("Write your own set of questions (Ctrl+Shift+N)")
        )
        row.addWidget(self.new_button)
        layout.addLayout(row)
        intro = plain_label("muted")
        intro.setText(
            self.tr(
                "Ten quiet minutes, one question at a time. Your answers are kept as you type "
                "and become one entry in your journal, linked to the people, goals and skills you pick."
            )
        )
        layout.addWidget(intro)

        self.resume_card = QFrame()
        self.resume_card.setProperty("card", True)
        resume = QHBoxLayout(self.resume_card)
        resume.setContentsMargins(16, 12, 16, 12)
        resume.setSpacing(10)
        clock = IconView("clock", 22)
        self.resume_text = plain_label()
        self.resume_button = make_button(
            self.tr("Resume"), primary=True, tip=self.tr("Carry on where you left off (Ctrl+R)")
        )
        self.discard_button = make_button(
            self.tr("Discard"), tip=self.tr("Throw the unfinished answers away (asks first)")
        )
        resume.addWidget(clock)
        resume.addWidget(self.resume_text, 1)
        resume.addWidget(self.discard_button)
        resume.addWidget(self.resume_button)
        self.resume_card.hide()
        layout.addWidget(self.resume_card)
        self.problems = plain_label("muted")
        self.problems.hide()
        layout.addWidget(self.problems)

        self.shipped: set[str] = set()  # keys of the sets that ship with the app
        self.model: RecordTableModel[PromptSet] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Column", "Prompt set"), lambda s: s.name, tooltip=whole_name),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Prompts"),
                    lambda s: str(len(s.prompts)),
                    sort_key=lambda s: len(s.prompts),
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("Column", "Source"), self.source),
            ],
            key=lambda s: s.key,  # type: ignore[arg-type,return-value]  # a set is known by its file name
            parent=self,
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Prompt sets"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        show_cut_text_on_hover(self.table)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the shipped order until a header is clicked
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        detail = QFrame()
        detail.setProperty("card", True)
        body = QVBoxLayout(detail)
        body.setContentsMargins(22, 18, 22, 18)
        body.setSpacing(8)
        self.name = plain_label(size=5, weight=600)
        self.meta = plain_label("muted")
        self.description = plain_label()
        self.questions = plain_label()
        self.questions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        questions = QScrollArea()
        questions.setWidgetResizable(True)
        questions.setFrameShape(QFrame.Shape.NoFrame)
        questions.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        questions.setWidget(self.questions)
        self.start_button = make_button(
            self.tr("Start"), "reflect", primary=True, tip=self.tr("Start this session (Enter)")
        )
        self.edit_button = make_button(self.tr("Edit…"), "edit", tip=self.tr("Change its questions (F2)"))
        self.restore_button = make_button(
            self.tr("Restore the original"), "restore", tip=self.tr("Put back the set as shipped (Delete)")
        )
        self.delete_button = make_button(self.tr("Delete"), "delete", tip=self.tr("Delete this prompt set (Delete)"))
        actions = QHBoxLayout()
        for button in (self.start_button, self.edit_button, self.restore_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        asked = plain_label("card-title")
        asked.setText(self.tr("What you will be asked"))
        for widget in (self.name, self.meta, self.description):
            body.addWidget(widget)
        body.addSpacing(4)
        body.addLayout(actions)
        body.addSpacing(14)
        body.addWidget(asked)
        body.addWidget(questions, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([440, 600])
        layout.addWidget(self.splitter, 1)

    def show_draft(self, draft: Draft | None) -> None:
        """The card offering to resume an unfinished session (hidden when there is none)."""
        self.resume_card.setVisible(draft is not None)
        if draft is None:
            return
        fields = draft.fields
        answered = sum(bool(str(a).strip()) for a in fields.get("answers", []))
        total = len(fields.get("snapshot", {}).get("prompts", [])) or len(fields.get("answers", []))
        self.resume_text.setText(
            fill(
                self.tr("You have an unfinished %1 from %2 — prompt %3 of %4, %5 answered."),
                draft.label,
                saved_at_text(draft.saved_at),
                int(fields.get("current", 0)) + 1,
                total,
                answered,
            )
        )

    def show_problems(self, problems: list[str], folder: Path) -> None:
        """Prompt-set files that could not be read: said quietly, with where to fix them."""
        self.problems.setText(
            fill(self.tr("Some of your prompt sets could not be read; fix or remove the file in %1:\n"), folder)
            + "\n".join(f"• {p}" for p in problems)
        )
        self.problems.setVisible(bool(problems))

    def show_actions(self, *, writable: bool) -> None:
        """The buttons that fit the chosen set: Restore for an edited shipped set, Delete for one of your own."""
        chosen = self.selected()
        self.start_button.setEnabled(chosen is not None and writable)
        self.edit_button.setEnabled(chosen is not None)
        edited = chosen is not None and not chosen.builtin and chosen.key in self.shipped
        self.restore_button.setVisible(edited)
        self.delete_button.setVisible(chosen is not None and not chosen.builtin and not edited)
        self.resume_button.setEnabled(writable)
        self.discard_button.setEnabled(writable)

    def source(self, prompt_set: PromptSet) -> str:
        if prompt_set.builtin:
            return self.tr("Shipped")
        return self.tr("Yours (edited)") if prompt_set.key in self.shipped else self.tr("Yours")

    def selected(self) -> PromptSet | None:
        index = self.table.currentIndex()
        return self.proxy.record(index.row()) if index.isValid() else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key is not None else None  # type: ignore[arg-type]
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, 0))
        else:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.show_set(self.selected())

    def show_set(self, prompt_set: PromptSet | None) -> None:
        """The chosen set's name, size, description and every question, or a sentence when none is chosen."""
        any_sets = bool(self.model.rowCount())
        if prompt_set is None:
            self.name.setText(self.tr("No prompt set chosen") if any_sets else self.tr("No prompt sets yet"))
            self.meta.setText("")
            self.description.setText(
                self.tr("Pick a set on the left, or write your own with New prompt set…")
                if any_sets
                else self.tr("No prompt sets were found. Write your own with New prompt set…")
            )
            self.description.show()
            self.questions.setText("")
            return
        count = len(prompt_set.prompts)
        if prompt_set.builtin:
            where = self.tr("ships with the app")
        else:
            where = self.tr("your edited copy") if prompt_set.key in self.shipped else self.tr("yours")
        self.name.setText(prompt_set.name)
        starts = self.tr(" · starts private") if prompt_set.private else ""
        prompts = counted(self.tr("%n prompt(s)", "", count), count_of(count, "prompt"))
        self.meta.setText(f"{prompts} · {where}{starts}")
        self.description.setText(prompt_set.description)
        self.description.setVisible(bool(prompt_set.description))
        self.questions.setText("\n\n".join(f"{n}.  {p.question}" for n, p in enumerate(prompt_set.prompts, 1)))
