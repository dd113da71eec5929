"""The selected goal in full beside the Goals tree: where it stands, why it matters, milestones, evidence, history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ....domain.attachments import Owner
from ....domain.enums import GoalDirection, RecordKind
from ....domain.queries import EntryFilter
from ....domain.records import Goal, Milestone
from ...labels import fill, label_of
from ...models.goals import CLOSED, DIRECTION_NOTES, days_left_text, describe_change, status_summary
from ...models.milestones import MilestoneListModel
from ...models.table import RECORD_ROLE
from ...session import Session
from ...widgets.cards import Card, RecordList
from ...widgets.evidence import EvidenceStrip
from ...widgets.markdown_view import SafeMarkdownView
from ...widgets.record_table import show_cut_text_on_hover
from ...widgets.text_label import note_label, plain_label

LINKED_SHOWN = 20  # entries listed under a goal; the Journal has them all


class FittedMarkdownView(SafeMarkdownView):
    """A preview exactly as tall as its text, so the detail pane scrolls as one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_args: Any) -> None:
        chrome = self.height() - self.viewport().height()
        self.setFixedHeight(int(self.document().size().height()) + chrome + 2)


DeleteRecord = Callable[[RecordKind, int, str], bool]  # asks, deletes, and lets Edit → Undo put it back


class GoalDetail(QStackedWidget):
    """The selected goal in full, its milestones ticked here; or what a direction means when a group is chosen."""

    goal_changed = Signal(object)  # the goal after a milestone change made here (already saved)

    def __init__(self, session: Session, delete: DeleteRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = session.journal
        self._delete = delete  # the page's: asks first, and Edit → Undo can put it back
        self.goal: Goal | None = None
        self.writable = True
        self.addWidget(self._overview_page())
        self.addWidget(self._goal_page())

    # -- building ----------------------------------------------------------------------
    def _overview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 8, 4)
        self.overview_title = plain_label(wrap=False)
        self.overview_title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.overview_note = plain_label()
        self.overview_count = note_label("", "muted")
        for widget in (self.overview_title, self.overview_note, self.overview_count):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _goal_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.setSpacing(10)
        self.heading = plain_label()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.facts = note_label("", "muted")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_note = note_label("", "muted")
        self.progress_note.setWordWrap(False)
        self.progress_row = QWidget()
        progress_row = QHBoxLayout(self.progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_note)
        for widget in (self.heading, self.facts, self.progress_row):
            layout.addWidget(widget)

        why_card = Card(self.tr("Why it matters"))
        self.why = FittedMarkdownView()
        self.why.setAccessibleName(self.tr("Why it matters"))
        self.why.document().setDocumentMargin(0)
        self.why.setStyleSheet("QTextBrowser { border: none; background: transparent; padding: 0; }")
        self.no_why = note_label(self.tr("Not written yet. Edit the goal to say why it matters to you."), "muted")
        why_card.body.addWidget(self.why)
        why_card.body.addWidget(self.no_why)
        layout.addWidget(why_card)
        layout.addWidget(self._milestones_card())

        self.entries_card = Card(self.tr("Linked entries"))
        self.entries = RecordList("")
        self.entries.setAccessibleName(self.tr("Linked entries"))
        self.entries.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.entries.setMaximumHeight(260)
        self.entries.open_record.connect(self.session.open_requested)
        self.entries_more = note_label("", "muted")
        self.no_entries = note_label(
            self.tr("None yet. In the Journal, Link… (Ctrl+Shift+A) ties an entry to this goal as evidence."), "muted"
        )
        self.entries_card.body.addWidget(self.no_entries)
        self.entries_card.body.addWidget(self.entries)
        self.entries_card.body.addWidget(self.entries_more)
        layout.addWidget(self.entries_card)
        evidence_card = Card(self.tr("Evidence files"))
        self.evidence = EvidenceStrip(self.session, titled=False)
        evidence_card.body.addWidget(self.evidence)
        layout.addWidget(evidence_card)

        history_card = Card(self.tr("How the plan changed"))
        self.history = plain_label()
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAccessibleName(self.tr("Plan history"))
        self.history_hint = note_label(
            self.tr("When you move the target date or change the status, the change is kept here."), "muted"
        )
        history_card.body.addWidget(self.history)
        history_card.body.addWidget(self.history_hint)
        layout.addWidget(history_card)
        layout.addStretch(1)
        return scroll

    def _milestones_card(self) -> Card:
        card = Card(self.tr("Milestones"))
        self.milestone_model = MilestoneListModel(self._save_milestone, self.session.today, self)
        self.milestones = QTreeView()
        self.milestones.setModel(self.milestone_model)
        self.milestones.setAccessibleName(self.tr("Milestones"))
        self.milestones.setToolTip(
            self.tr("Tick a milestone when it is done. F2 or a double-click renames it; Delete removes it.")
        )
        self.milestones.setHeaderHidden(True)
        show_cut_text_on_hover(self.milestones)
        self.milestones.setRootIsDecorated(False)
        self.milestones.setUniformRowHeights(True)
        self.milestones.setFrameShape(QFrame.Shape.NoFrame)
        self.milestones.setStyleSheet("QTreeView { border: none; } QTreeView::item { padding: 3px 0; }")
        self.milestones.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.milestones.setMaximumHeight(300)
        header = self.milestones.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.milestones.selectionModel().currentChanged.connect(self._on_milestone_current)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.milestones)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_milestone)
        self.no_milestones = note_label(
            self.tr("No milestones yet. Small, concrete steps make progress visible."), "muted"
        )

        row = QHBoxLayout()
        self.new_milestone = QLineEdit()
        self.new_milestone.setPlaceholderText(self.tr("Add a milestone…"))
        self.new_milestone.setAccessibleName(self.tr("New milestone"))
        self.new_milestone.setToolTip(self.tr("Type the next step and press Enter"))
        self.new_milestone.returnPressed.connect(self.add_milestone)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the milestone (Enter)"))
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected milestone (Delete); asks first"))
        self.remove_button.clicked.connect(self.remove_milestone)
        row.addWidget(self.new_milestone, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        card.body.addWidget(self.milestones)
        card.body.addWidget(self.no_milestones)
        card.body.addLayout(row)
        return card

    # -- showing -------------------------------------------------------------------------
    def show_nothing(self, message: str = "Choose a goal to see it in full.") -> None:
        self.goal = None
        self.overview_title.setText("")
        self.overview_note.setText(message)
        self.overview_count.setText("")
        self.setCurrentIndex(0)

    def show_group(self, direction: GoalDirection, goals: list[Goal]) -> None:
        self.goal = None
        self.overview_title.setText(label_of(direction))
        self.overview_note.setText(QCoreApplication.translate("GoalDirection", DIRECTION_NOTES[direction]))
        counted = status_summary(goals)
        self.overview_count.setText(
            fill(self.tr("Here: %1. New goal adds one in this direction."), counted) if counted else ""
        )
        self.setCurrentIndex(0)

    def show_goal(self, goal: Goal) -> None:
        self.goal = goal
        self.heading.setText(goal.title)
        self.why.setVisible(bool(goal.why.strip()))
        self.no_why.setVisible(not goal.why.strip())
        self.why.set_markdown(goal.why)
        self._show_standing()
        self._fill_milestones()
        self._fill_entries()
        if self.evidence.owner != Owner.goal(goal.id or 0):
            self.evidence.show_owner(Owner.goal(goal.id or 0))
        self._fill_history()
        self.setCurrentIndex(1)

    def _show_standing(self) -> None:
        goal = self.goal
        assert goal is not None
        facts = [label_of(goal.direction), label_of(goal.status)]
        if goal.target_date is None:
            facts.append(self.tr("no target date"))
        else:
            facts.append(fill(self.tr("target %1"), goal.target_date.isoformat()))
            if goal.status not in CLOSED:
                facts.append(days_left_text(goal, self.session.today()))
        self.facts.setText(" · ".join(facts))
        total, done = len(goal.milestones), sum(m.done for m in goal.milestones)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_note.setText(fill(self.tr("%1 of %2 milestones done"), done, total))
        self.progress_row.setVisible(total > 0)  # without milestones the card below says what to do

    def _fill_milestones(self) -> None:
        self.milestone_model.set_milestones(self.goal.milestones if self.goal else [])
        self._milestones_shown()

    def _fill_entries(self) -> None:
        goal_id = self.goal.id if self.goal else None
        linked = EntryFilter(goal_id=goal_id)
        entries = self.journal.entries.list(linked, limit=LINKED_SHOWN)
        total = len(entries) if len(entries) < LINKED_SHOWN else self.journal.entries.count(linked)
        self.entries.set_rows(
            (
                f"{e.entry_date.isoformat()} · {e.display_title}",
                "entry",
                e.id or 0,
                fill(self.tr("%1: open in Journal"), label_of(e.kind)),
            )
            for e in entries
        )
        self.entries_card.set_title(fill(self.tr("Linked entries (%1)"), total) if total else self.tr("Linked entries"))
        self.entries_more.setText(fill(self.tr("The latest %1 of %2; the Journal has them all."), LINKED_SHOWN, total))
        self.entries_more.setVisible(total > LINKED_SHOWN)
        self.entries.setVisible(total > 0)
        self.no_entries.setVisible(total == 0)

    def _fill_history(self) -> None:
        goal = self.goal
        assert goal is not None and goal.id is not None
        lines = [describe_change(change) for change in reversed(self.journal.goals.history(goal.id))]
        lines.append(fill(self.tr("%1 written down"), goal.created_at[:10]))
        self.history.setText("\n".join(lines))
        self.history_hint.setVisible(len(lines) == 1)

    def select_milestone(self, milestone_id: int) -> None:
        row = self.milestone_model.row_of(milestone_id)
        if row is not None:
            self.milestones.setCurrentIndex(self.milestone_model.index(row, 0))

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self.milestone_model.set_writable(writable)
        for widget in (self.new_milestone, self.add_button):
            widget.setEnabled(writable)
        self._enable_remove()

    # -- milestones ---------------------------------------------------------------------
    def _current_milestone(self) -> Milestone | None:
        return self.milestones.currentIndex().data(RECORD_ROLE)

    def _on_milestone_current(self, index: QModelIndex) -> None:
        if index.column() != 0:  # F2 renames the current cell: keep it on the text, not the date
            self.milestones.setCurrentIndex(index.siblingAtColumn(0))
        self._enable_remove()

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(self.writable and self._current_milestone() is not None)

    def _save_milestone(self, changed: Milestone) -> bool:
        """Ticked, unticked or renamed in the list (the model already dated it)."""
        return self._write(lambda: self.journal.goals.update_milestone(changed), "save the milestone") is not None

    def add_milestone(self) -> None:
        text = self.new_milestone.text().strip()
        if not text or self.goal is None or not self.writable:
            return
        goal_id = self.goal.id or 0
        made = self._write(lambda: self.journal.goals.add_milestone(goal_id, text), "add the milestone")
        if isinstance(made, Milestone):
            self.new_milestone.clear()
            self.milestone_model.append(made)
            self._milestones_shown()

    def remove_milestone(self) -> None:
        milestone = self._current_milestone()
        if milestone is None or not self.writable or self.goal is None:
            return
        if self._delete(RecordKind.MILESTONE, milestone.id or 0, fill(self.tr("the milestone “%1”"), milestone.text)):
            self.milestone_model.remove(milestone.id or 0)
            self._milestones_shown()
            self._show_goal_again()

    def _milestones_shown(self) -> None:
        shown = self.milestone_model.rowCount() > 0
        self.milestones.setVisible(shown)
        self.no_milestones.setVisible(not shown)
        self._enable_remove()

    def _write(self, action: Callable[[], object], doing: str) -> object | None:
        """Run one milestone change, then show the goal's new standing and tell the rest of the app.

        Returns what the journal returned (True when that was nothing), or None when it refused.
        """
        done = self.session.attempt(lambda: action() or True, parent=self, doing=doing)
        if done is None or self.goal is None:
            return None
        self._show_goal_again()
        return done

    def _show_goal_again(self) -> None:
        """After a milestone change: the goal's new standing here, and word to the rest of the app."""
        goal_id = (self.goal.id or 0) if self.goal else 0
        fresh = self.session.attempt(
            lambda: self.journal.goals.get(goal_id), parent=self, doing=self.tr("read the goal")
        )
        if fresh is not None:
            self.goal = fresh
            self._show_standing()
            self.goal_changed.emit(fresh)
        self.session.notify("goal", origin=self)
