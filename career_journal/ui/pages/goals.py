"""Goals: the career plan, written down, grouped by direction; the selected goal in full beside it.

The detail pane shows where a goal stands (target, progress from its
milestones), why it matters, its milestones to tick off, the journal entries
that are its evidence, and how the plan changed over time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import GoalDirection
from ...domain.queries import EntryFilter
from ...domain.records import Goal, Milestone
from ..dialogs.forms import goal_dialog
from ..dialogs.record_form import RecordDialog
from ..models.goals import (
    CLOSED,
    COL_PROGRESS,
    COL_STATUS,
    COL_TARGET,
    COL_TITLE,
    DIRECTION_NOTES,
    DIRECTION_ROLE,
    GoalTreeModel,
    GoalTreeProxy,
    MilestoneListModel,
    days_left_text,
    describe_change,
    status_summary,
)
from ..models.table import RECORD_ROLE
from ..session import Session
from ..widgets.cards import Card, RecordList
from ..widgets.markdown_view import SafeMarkdownView
from .base import Page

LINKED_SHOWN = 20  # entries listed under a goal; the Journal has them all
INTRO = (
    "A goal here is a direction for your career, written down so you can see it and change it on purpose. "
    "It can point upward (a promotion, more scope), sideways (a new team or field), deeper (expertise in your "
    "craft), out of the company (an exit plan is a healthy plan B), or be learning for its own sake.\n\n"
    "Give it a target date and a few milestones, tick them off as you go, and link journal entries to it as "
    "evidence. When the plan changes, the app keeps the history."
)


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


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


class GoalDetail(QStackedWidget):
    """The selected goal in full, its milestones ticked here; or what a direction means when a group is chosen."""

    goal_changed = Signal(object)  # the goal after a milestone change made here (already saved)

    def __init__(self, session: Session, confirm: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = session.journal
        self._confirm = confirm
        self.goal: Goal | None = None
        self.writable = True
        self.addWidget(self._overview_page())
        self.addWidget(self._goal_page())

    # -- building ----------------------------------------------------------------------
    def _overview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 8, 4)
        self.overview_title = QLabel()
        self.overview_title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.overview_note = QLabel()
        self.overview_note.setWordWrap(True)
        self.overview_count = _muted()
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
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = _muted()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_note = _muted()
        self.progress_note.setWordWrap(False)
        self.progress_row = QWidget()
        progress_row = QHBoxLayout(self.progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_note)
        for widget in (self.heading, self.facts, self.progress_row):
            layout.addWidget(widget)

        why_card = Card("Why it matters")
        self.why = FittedMarkdownView()
        self.why.setAccessibleName("Why it matters")
        self.why.document().setDocumentMargin(0)
        self.why.setStyleSheet("QTextBrowser { border: none; background: transparent; padding: 0; }")
        self.no_why = _muted("Not written yet. Edit the goal to say why it matters to you.")
        why_card.body.addWidget(self.why)
        why_card.body.addWidget(self.no_why)
        layout.addWidget(why_card)
        layout.addWidget(self._milestones_card())

        self.entries_card = Card("Linked entries")
        self.entries = RecordList("")
        self.entries.setAccessibleName("Linked entries")
        self.entries.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.entries.setMaximumHeight(260)
        self.entries.open_record.connect(self.session.open_requested)
        self.entries_more = _muted()
        self.no_entries = _muted("None yet. In the Journal, Link… (Ctrl+L) ties an entry to this goal as evidence.")
        self.entries_card.body.addWidget(self.no_entries)
        self.entries_card.body.addWidget(self.entries)
        self.entries_card.body.addWidget(self.entries_more)
        layout.addWidget(self.entries_card)

        history_card = Card("How the plan changed")
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAccessibleName("Plan history")
        self.history_hint = _muted("When you move the target date or change the status, the change is kept here.")
        history_card.body.addWidget(self.history)
        history_card.body.addWidget(self.history_hint)
        layout.addWidget(history_card)
        layout.addStretch(1)
        return scroll

    def _milestones_card(self) -> Card:
        card = Card("Milestones")
        self.milestone_model = MilestoneListModel(self._save_milestone, self.session.today, self)
        self.milestones = QTreeView()
        self.milestones.setModel(self.milestone_model)
        self.milestones.setAccessibleName("Milestones")
        self.milestones.setToolTip(
            "Tick a milestone when it is done. F2 or a double-click renames it; Delete removes it."
        )
        self.milestones.setHeaderHidden(True)
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
        self.no_milestones = _muted("No milestones yet. Small, concrete steps make progress visible.")

        row = QHBoxLayout()
        self.new_milestone = QLineEdit()
        self.new_milestone.setPlaceholderText("Add a milestone…")
        self.new_milestone.setAccessibleName("New milestone")
        self.new_milestone.setToolTip("Type the next step and press Enter")
        self.new_milestone.returnPressed.connect(self.add_milestone)
        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add the milestone (Enter)")
        self.add_button.clicked.connect(self.add_milestone)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the selected milestone (Delete); asks first")
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
        self.overview_title.setText(direction.label)
        self.overview_note.setText(DIRECTION_NOTES[direction])
        counted = status_summary(goals)
        self.overview_count.setText(f"Here: {counted}. New goal adds one in this direction." if counted else "")
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
        self._fill_history()
        self.setCurrentIndex(1)

    def _show_standing(self) -> None:
        goal = self.goal
        assert goal is not None
        facts = [goal.direction.label, goal.status.label]
        if goal.target_date is None:
            facts.append("no target date")
        else:
            facts.append(f"target {goal.target_date.isoformat()}")
            if goal.status not in CLOSED:
                facts.append(days_left_text(goal, self.session.today()))
        self.facts.setText(" · ".join(facts))
        total, done = len(goal.milestones), sum(m.done for m in goal.milestones)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_note.setText(f"{done} of {total} milestones done")
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
            (f"{e.entry_date.isoformat()} · {e.display_title}", "entry", e.id or 0, f"{e.kind.label}: open in Journal")
            for e in entries
        )
        self.entries_card.set_title(f"Linked entries ({total})" if total else "Linked entries")
        self.entries_more.setText(f"The latest {LINKED_SHOWN} of {total}; the Journal has them all.")
        self.entries_more.setVisible(total > LINKED_SHOWN)
        self.entries.setVisible(total > 0)
        self.no_entries.setVisible(total == 0)

    def _fill_history(self) -> None:
        goal = self.goal
        assert goal is not None and goal.id is not None
        lines = [describe_change(change) for change in reversed(self.journal.goals.history(goal.id))]
        lines.append(f"{goal.created_at[:10]} written down")
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
        if milestone is None or not self.writable or not self._confirm(f"the milestone “{milestone.text}”"):
            return
        if self._write(lambda: self.journal.goals.delete_milestone(milestone.id or 0), "remove the milestone"):
            self.milestone_model.remove(milestone.id or 0)
            self._milestones_shown()

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
        goal_id = self.goal.id or 0
        fresh = self.session.attempt(lambda: self.journal.goals.get(goal_id), parent=self, doing="read the goal")
        if fresh is not None:
            self.goal = fresh
            self._show_standing()
            self.goal_changed.emit(fresh)
        self.session.notify("goal", origin=self)
        return done


class GoalsPage(Page):
    name = "goals"
    title = "Goals"
    icon_name = "goals"
    watches = frozenset({"goal", "entry"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header(
            "Your career plan, written down: where you are heading, the milestones on the way, how the plan changed."
        )
        self.delete_button = self.button("Delete", "delete", tip="Delete the selected goal (Delete); asks first")
        self.edit_button = self.button("Edit", "edit", tip="Edit the selected goal (Enter or double-click)")
        self.new_button = self.button("New goal", "add", primary=True, tip="New goal (Ctrl+Shift+N)")
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.delete_button, self.edit_button, self.new_button):
            buttons.addWidget(button)
        self.dialog: RecordDialog | None = None  # the goal dialog last opened (tests fill it in)
        self._collapsed: set[str] = set()  # directions the person folded away

        self.model = GoalTreeModel(session.today, self)
        self.proxy = GoalTreeProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName("Goals")
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 0; }")
        self.tree.header().setSortIndicator(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_STATUS, 84), (COL_TARGET, 92), (COL_PROGRESS, 66)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.detail = GoalDetail(session, self.confirm_delete)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)  # the tree keeps room for titles in a small window
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([560, 480])

        filters = QHBoxLayout()
        self.show_closed = QCheckBox("Show achieved and dropped")
        self.show_closed.setChecked(True)
        self.show_closed.setToolTip("Achieved and dropped goals stay in your plan's history, shown dimmed")
        self.count_label = _muted()
        self.count_label.setWordWrap(False)
        filters.addWidget(self.show_closed)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self._empty_state())
        outer.addWidget(self.stack, 1)

        self.tree.selectionModel().currentChanged.connect(lambda _now, _before: self._show_current())
        self.tree.doubleClicked.connect(lambda index: self.edit_selected() if index.data(RECORD_ROLE) else None)
        self.tree.expanded.connect(lambda index: self._collapsed.discard(index.data(DIRECTION_ROLE)))
        self.tree.collapsed.connect(lambda index: self._collapsed.add(index.data(DIRECTION_ROLE)))
        self.proxy.rowsInserted.connect(lambda parent, *_: None if parent.isValid() else self._expand_groups())
        self.proxy.layoutChanged.connect(self._expand_groups)
        self.show_closed.toggled.connect(self._on_show_closed)
        self.detail.goal_changed.connect(self.model.upsert)
        shortcuts = (
            (QKeySequence.StandardKey.Delete, self.tree, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.tree, self._activate_current),
            (QKeySequence(Qt.Key.Key_Enter), self.tree, self._activate_current),
        )
        for keys, widget, slot in shortcuts:
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        new = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_goal)

    def _empty_state(self) -> QWidget:
        card = Card("No goals yet", gap=True)
        card.setMaximumWidth(640)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        card.body.addWidget(intro)
        card.body.addWidget(_muted("Add the first with New goal; you can change everything later."))
        self.empty_new_button = self.button("New goal", "add", primary=True, tip="New goal (Ctrl+Shift+N)")
        self.empty_new_button.clicked.connect(self.new_goal)
        card.body.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        middle = QHBoxLayout()  # stretches, not an alignment: a wrapped label then gets the height it needs
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        return holder

    # -- loading and choosing -----------------------------------------------------------
    def refresh(self) -> None:
        keep = self._current_goal() or self.detail.goal
        self.model.set_goals(self.journal.goals.list())
        self._expand_groups()
        self._show_counts()
        if not (keep and self.select_goal(keep.id or 0, reveal=False)):
            self._select_first()
        self._update_enabled()

    def _show_counts(self) -> None:
        goals = self.model.goals()
        self.count_label.setText(status_summary(goals))
        self.stack.setCurrentIndex(0 if goals else 1)

    def _expand_groups(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(DIRECTION_ROLE) not in self._collapsed:
                self.tree.expand(index)

    def _current_goal(self) -> Goal | None:
        return self.tree.currentIndex().data(RECORD_ROLE)

    def _show_current(self) -> None:
        index = self.tree.currentIndex()
        goal = index.data(RECORD_ROLE)
        if goal is not None:
            self.detail.show_goal(goal)
        elif index.isValid():
            direction = GoalDirection(index.data(DIRECTION_ROLE))  # Qt hands the member back as a plain str
            self.detail.show_group(direction, self.model.goals_in(direction))
        else:
            self.detail.show_nothing()
        self._update_enabled()

    def _select(self, index: QModelIndex) -> None:
        if index == self.tree.currentIndex():
            self._show_current()  # already current: show it again as it is now
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def select_goal(self, goal_id: int, *, reveal: bool = True) -> bool:
        """Make a goal current; ``reveal`` shows achieved and dropped goals when it is one of them."""
        source = self.model.index_of(goal_id)
        if not source.isValid():
            return False
        if not self.proxy.accepts(source.data(RECORD_ROLE)):
            if not reveal:
                return False
            self.show_closed.setChecked(True)
        self._select(self.proxy.mapFromSource(source))
        return True

    def _select_first(self) -> None:
        first_group = self.proxy.index(0, 0)
        self._select(self.proxy.index(0, 0, first_group) if first_group.isValid() else QModelIndex())

    def _activate_current(self) -> None:
        index = self.tree.currentIndex()
        if index.data(RECORD_ROLE) is not None:
            self.edit_selected()
        elif index.isValid():
            self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))

    def _on_show_closed(self, show: bool) -> None:
        self.proxy.set_show_closed(show)
        self._expand_groups()
        if not self.tree.currentIndex().isValid():
            self._select_first()

    def show_record(self, kind: str, record_id: int) -> None:
        self.ensure_fresh()
        goal_id: int | None = record_id if kind == "goal" else None
        if kind == "milestone":
            owner = next((g for g in self.journal.goals.list() if any(m.id == record_id for m in g.milestones)), None)
            goal_id = owner.id if owner else None
        if goal_id is None:
            return
        if not self.model.index_of(goal_id).isValid():
            self.refresh()  # made elsewhere a moment ago
        if self.select_goal(goal_id) and kind == "milestone":
            self.detail.select_milestone(record_id)
        self.tree.setFocus()

    def badge(self) -> int | None:
        return len(self.journal.follow_ups(self.session.today()).goals) or None

    # -- writing ------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(self._on_saved)
        self.dialog = dialog
        dialog.open()

    def new_goal(self) -> None:
        if self.read_only_guard():
            return
        dialog = goal_dialog(self, self.session)
        current = self.tree.currentIndex()
        if current.isValid() and current.data(RECORD_ROLE) is None:  # a direction's group is chosen
            dialog.widgets["direction"].set_value(GoalDirection(current.data(DIRECTION_ROLE)))  # type: ignore[attr-defined]
        self._open(dialog)

    def edit_selected(self) -> None:
        goal = self._current_goal()
        if goal is None or self.read_only_guard():
            return
        goal_id = goal.id or 0
        fresh = self.session.attempt(lambda: self.journal.goals.get(goal_id), parent=self, doing="open the goal")
        if fresh is not None:
            self._open(goal_dialog(self, self.session, fresh))

    def _on_saved(self, goal: Goal) -> None:
        self.model.upsert(goal)
        self._show_counts()
        self.select_goal(goal.id or 0)
        self.session.status.emit(f"Goal saved: {goal.title}")

    def delete_selected(self) -> None:
        goal = self._current_goal()
        if goal is None or self.read_only_guard():
            return
        steps = len(goal.milestones)
        with_steps = f" and its {steps} milestone{'s' if steps != 1 else ''}" if steps else ""
        if not self.confirm_delete(f"the goal “{goal.title}”{with_steps} (linked entries stay in your journal)"):
            return
        goal_id = goal.id or 0
        if not self.session.attempt(lambda: self.journal.goals.delete(goal_id) or True, parent=self, doing="delete"):
            return
        self.model.remove(goal_id)
        self._show_counts()
        if self._current_goal() is None:  # the tree moved to a direction's row: show a goal instead
            self._select_first()
        self._show_current()
        self.session.notify("goal", origin=self)
        self.session.status.emit("Goal deleted.")

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        chosen = self._current_goal() is not None
        self.new_button.setEnabled(writable)
        self.empty_new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        for button in (self.edit_button, self.delete_button):  # nothing to edit on the empty page
            button.setVisible(self.model.goal_count() > 0)
        if writable != self.detail.writable:
            self.detail.set_writable(writable)

    # -- remembered between runs --------------------------------------------------------
    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("goals/splitter", self.splitter.saveState())
        settings.setValue("goals/columns", self.tree.header().saveState())
        settings.setValue("goals/show-closed", self.show_closed.isChecked())

    def restore_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        if state := settings.value("goals/splitter"):
            self.splitter.restoreState(state)
        if state := settings.value("goals/columns"):
            self.tree.header().restoreState(state)
        self.show_closed.setChecked(settings.value("goals/show-closed", True) not in (False, "false"))

    def focus_first(self) -> None:
        (self.tree if self.model.goal_count() else self.empty_new_button).setFocus()
