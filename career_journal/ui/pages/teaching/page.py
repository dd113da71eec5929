"""Teaching: what only you can do, who you have taught what, and the duties you are handing over.

"Work your way out of a job" made measurable: the strip at the top lists the
skills nobody else can do on their own yet, most critical first, each with the
step that would take it off the list. Below, every skill with who has learned
it (and the teaching records of the selected one), and the handovers in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLineEdit, QSplitter, QTabWidget, QWidget

from ....domain.coverage import SkillCoverage, job_coverage, only_you
from ....domain.enums import Criticality, HandoverStatus, RecordKind
from ....domain.followups import FollowUps
from ....domain.records import Handover, Skill, Teaching
from ....domain.wording import count_of
from ...dialogs.forms import handover_dialog, skill_dialog, teaching_dialog
from ...dialogs.record_form import RecordDialog
from ...labels import fill, label_of
from ...session import Session
from ...widgets.text_label import ElidedLabel, plain_label
from ..base import Page
from . import parts
from .parts import OnlyYouStrip, PillDelegate
from .record_section import RecordSection

SKILLS_TAB, HANDOVERS_TAB = 0, 1
NOTHING_LOADED = -1  # the teaching records shown belong to no skill yet
SHORT_PAGE = 680  # a page shorter than this (a 600-high window) shows compact tiles


class TeachingPage(Page):
    name = "teaching"
    title = "Teaching"
    icon_name = "teaching"
    watches = frozenset({"skill", "teaching", "handover", "person"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        outer, buttons = self.header(
            self.tr(
                "Work your way out of a job: what only you can do, who you have taught what, and what you hand over."
            )
        )
        tip = "Add a skill or responsibility you hold (Ctrl+Shift+N)"
        self.new_skill_button = self.button(self.tr("New skill"), "add", primary=True, tip=tip)
        self.new_skill_button.clicked.connect(self.new_skill)
        tip = "Log that you taught the selected skill to someone (Ctrl+T)"
        self.log_button = self.button(self.tr("Log teaching…"), "teaching", primary=True, tip=tip)
        self.log_button.clicked.connect(lambda: self.log_teaching())
        buttons.addWidget(self.new_skill_button)
        buttons.addWidget(self.log_button)
        self.strip = OnlyYouStrip()
        self.strip.chosen.connect(self._reveal_skill)
        self.strip.teach.connect(lambda skill_id, person: self.log_teaching(skill_id, person or None))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_skills_tab(), self.tr("Skills and teaching"))
        self.tabs.addTab(self._build_handovers_tab(), self.tr("Handovers"))
        outer.addWidget(self.strip)
        outer.addWidget(self.tabs, 1)
        for keys, slot in (
            ("Ctrl+T", lambda: self.log_teaching()),
            ("Ctrl+Shift+N", self.new_skill),
            ("Ctrl+Shift+H", self.new_handover),
            ("Ctrl+F", self._focus_filter),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.dialog: RecordDialog | None = None  # the dialog opened last (tests fill it in)
        self._teachings_skill_id: int | None = NOTHING_LOADED
        self._after_change()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A short window keeps rows for the tables: smaller tiles, and the page's explanation goes."""
        super().resizeEvent(event)
        short = self.height() < SHORT_PAGE
        self.subtitle.setVisible(not short)
        self.strip.set_compact(short)

    def _build_skills_tab(self) -> QWidget:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter skills, people, levels (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter skills"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        self.filter.textChanged.connect(self._filter_skills)
        self.skills = RecordSection(
            "skill",
            parts.skill_columns(),
            [self.filter, None],
            self.button,
            edit=self.edit_skill,
            delete=self.delete_skill,
            key=lambda c: c.skill.id or 0,
            menu=(("Log teaching…", self.log_teaching),),
            sort=(parts.COL_SKILL_CRITICALITY, Qt.SortOrder.DescendingOrder),
        )
        self.skills.table.setItemDelegateForColumn(parts.COL_SKILL_CRITICALITY, PillDelegate(self))
        self.skills.size_columns(
            {0: 210, 1: 96, 2: 104, 3: 120, parts.COL_SKILL_DOC: 210},
            stretch=parts.COL_SKILL_WHO,
            optional=[parts.COL_SKILL_COVERED, parts.COL_SKILL_CRITICALITY, parts.COL_SKILL_DOC, parts.COL_SKILL_BEST],
        )
        self.skills.selection_changed.connect(self._load_teachings)

        self.teaching_title = ElidedLabel(role="card-title")  # "Who learned <a long skill name>" stays one line
        self.log_here_button = self.button(
            self.tr("Log teaching…"), "teaching", tip=self.tr("Log teaching the selected skill (Ctrl+T)")
        )
        self.log_here_button.clicked.connect(lambda: self.log_teaching())
        self.teachings = RecordSection(
            "teaching record",
            parts.teaching_columns(),
            [self.teaching_title, None, self.log_here_button],
            self.button,
            edit=self.edit_teaching,
            delete=self.delete_teaching,
            sort=(parts.COL_TEACHING_DATE, Qt.SortOrder.DescendingOrder),
        )
        self.teachings.size_columns(
            {0: 100, 1: 170, 2: 110, 3: 140},
            stretch=parts.COL_TEACHING_NOTES,
            optional=[parts.COL_TEACHING_LEVEL, parts.COL_TEACHING_METHOD],
        )
        self.skills_splitter = QSplitter(Qt.Orientation.Vertical)
        self.skills_splitter.setChildrenCollapsible(False)
        self.skills_splitter.addWidget(self.skills)
        self.skills_splitter.addWidget(self.teachings)
        self.skills_splitter.setSizes([300, 160])  # at 1280x820 every demo skill shows, and three records
        return self.skills_splitter

    def _build_handovers_tab(self) -> QWidget:
        note = plain_label(
            self.tr("Duties and accounts you pass on. Stay involved until the handover is smooth."), "muted"
        )
        self.new_handover_button = self.button(
            self.tr("New handover"), "add", tip=self.tr("Record a duty you hand over (Ctrl+Shift+H)")
        )
        self.new_handover_button.clicked.connect(self.new_handover)
        self.handovers = RecordSection(
            "handover",
            parts.handover_columns(),
            [note, None, self.new_handover_button],
            self.button,
            edit=self.edit_handover,
            delete=self.delete_handover,
            sort=(parts.COL_HANDOVER_STATUS, Qt.SortOrder.AscendingOrder),
        )
        steps = PillDelegate(self, steps=parts.handover_steps)
        self.handovers.table.setItemDelegateForColumn(parts.COL_HANDOVER_STATUS, steps)
        self.handovers.size_columns(
            {0: 190, 1: 140, 2: 160, 3: 160, 4: 92, 5: 92},
            stretch=parts.COL_HANDOVER_NOTES,
            optional=[
                parts.COL_HANDOVER_STATUS,
                parts.COL_HANDOVER_PERSON,
                parts.COL_HANDOVER_SKILL,
                parts.COL_HANDOVER_STARTED,
                parts.COL_HANDOVER_COMPLETED,
            ],
        )
        return self.handovers

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        skill_id, teaching_id = self.skills.selected_id(), self.teachings.selected_id()
        handover_id = self.handovers.selected_id()
        self.skills.model.set_records(self.journal.coverage())
        self.handovers.model.set_records(self.journal.skills.handovers())
        self._teachings_skill_id = NOTHING_LOADED
        if not self.skills.select(skill_id):
            self.skills.select_first()
        self._load_teachings()
        self.teachings.select(teaching_id)
        self.handovers.select(handover_id)
        self._after_change()

    def _load_teachings(self) -> None:
        """Show the teaching records of the selected skill (read once each time another skill is chosen)."""
        coverage: SkillCoverage | None = self.skills.selected()
        skill_id = coverage.skill.id if coverage else None
        if skill_id != self._teachings_skill_id:
            self._teachings_skill_id = skill_id
            self.teachings.model.set_records(self.journal.skills.teachings(skill_id=skill_id) if skill_id else [])
        self.teachings.setVisible(self.skills.model.rowCount() > 0)
        if coverage is None:
            self.teaching_title.setText(self.tr("Teaching records"))
            self.teachings.show_table(False, self.tr("Choose a skill above to see who you taught it to."))
        else:
            name = coverage.skill.name
            self.teaching_title.setText(fill(self.tr("Who learned %1"), name))
            hint = fill(
                self.tr("You have not logged teaching %1 yet. Log teaching… records who learned it and how far."), name
            )
            self.teachings.show_table(self.teachings.model.rowCount() > 0, hint)
        self._update_enabled()

    def _after_change(self) -> None:
        """Bring the strip, tab titles, empty sentences and buttons in step with the rows shown."""
        coverage = self.skills.model.records
        self.strip.set_skills(only_you(coverage), has_skills=bool(coverage), writable=not self.session.read_only)
        self.tabs.setTabText(
            SKILLS_TAB, fill(self.tr("Skills and teaching (%1)"), len(coverage)) if coverage else self.tr("Skills")
        )
        handovers = self.handovers.model.records
        still_open = sum(1 for h in handovers if h.status is not HandoverStatus.HANDED_OVER)
        self.tabs.setTabText(
            HANDOVERS_TAB, fill(self.tr("Handovers (%1 open)"), still_open) if still_open else self.tr("Handovers")
        )
        self._filter_skills(self.filter.text())
        self.handovers.show_table(
            bool(handovers),
            self.tr(
                "No handovers yet. When you pass a duty or an account to a colleague, record it with New handover\n"
                "and note how you stay involved until it runs smoothly."
            ),
        )
        self._load_teachings()

    def _filter_skills(self, text: str) -> None:
        self.skills.proxy.set_words(text)
        if self.skills.model.rowCount():
            hint = fill(self.tr("No skill matches “%1”."), text.strip())
        else:
            hint = (
                "No skills yet. Add the first with New skill: something you do or know that the team relies on\n"
                "(a process, a system, an account). Then log who you taught it, and how far they got."
            )
        self.skills.show_table(self.skills.proxy.rowCount() > 0, hint)

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        critical = sum(1 for c in session.journal.only_you() if c.skill.criticality is Criticality.CRITICAL)
        return critical or None

    def _reveal_skill(self, skill_id: int) -> None:
        self.tabs.setCurrentIndex(SKILLS_TAB)
        if not self.skills.select(skill_id) and self.filter.text():
            self.filter.clear()
            self.skills.select(skill_id)
        self._load_teachings()

    def show_record(self, kind: str, record_id: int) -> None:
        self.ensure_fresh()
        if kind == "skill":
            self._reveal_skill(record_id)
            self.skills.table.setFocus()
        elif kind == "teaching":
            found = self.session.attempt(
                lambda: self.journal.skills.get_teaching(record_id),
                parent=self,
                doing=self.tr("show the teaching record"),
            )
            if found is not None:
                self._reveal_skill(found.skill_id)
                self.teachings.select(record_id)
                self.teachings.table.setFocus()
        elif kind == "handover":
            self.tabs.setCurrentIndex(HANDOVERS_TAB)
            self.handovers.select(record_id)
            self.handovers.table.setFocus()

    # -- writing -------------------------------------------------------------------------
    def _open(self, dialog: RecordDialog | None, on_saved: Callable[[Any], None]) -> RecordDialog | None:
        if dialog is None:
            return None
        dialog.saved.connect(on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_skill(self) -> RecordDialog | None:
        if self.read_only_guard():
            return None
        return self._open(skill_dialog(self, self.session), self._skill_saved)

    def edit_skill(self) -> RecordDialog | None:
        coverage: SkillCoverage | None = self.skills.selected()
        if coverage is None or self.read_only_guard():
            return None
        return self._open(skill_dialog(self, self.session, coverage.skill), self._skill_saved)

    def _skill_saved(self, skill: Skill) -> None:
        row = self.skills.model.row_of(skill.id or 0)
        learners = self.skills.model.record_at(row).learners if row is not None else []
        self.skills.model.upsert(SkillCoverage(skill, learners))  # editing a skill never changes who learned it
        for handover in self.handovers.model.records:
            if handover.skill_id == skill.id and handover.skill_name != skill.name:
                self.handovers.model.upsert(replace(handover, skill_name=skill.name))
        self._after_change()
        self._reveal_skill(skill.id or 0)
        self.session.status.emit(f"Saved: {skill.name}")

    def delete_skill(self) -> None:
        coverage: SkillCoverage | None = self.skills.selected()
        if coverage is None or self.read_only_guard():
            return
        skill, taught = coverage.skill, self.teachings.model.rowCount()
        records = fill(self.tr(" and its %1"), count_of(taught, "teaching record")) if taught else ""
        skill_id = skill.id or 0
        if not self.delete_record(
            RecordKind.SKILL,
            skill_id,
            fill(self.tr("the skill “%1”%2"), skill.name, records),
            what=fill(self.tr("the skill “%1”"), skill.name),
        ):
            return
        self.skills.model.remove(skill_id)
        for handover in self.handovers.model.records:
            if handover.skill_id == skill_id:  # the journal keeps the handover, without its skill
                self.handovers.model.upsert(replace(handover, skill_id=None, skill_name=""))
        self._after_change()
        self.session.notify("skill", "teaching", "handover", origin=self)

    def log_teaching(self, skill_id: int | None = None, person: int | None = None) -> RecordDialog | None:
        """One click from a skill to "I taught it to someone": the dialog opens on that skill."""
        if self.read_only_guard():
            return None
        chosen = skill_id or self.skills.selected_id()
        dialog = self.session.attempt(
            lambda: teaching_dialog(self, self.session, skill_id=chosen, person=person),
            parent=self,
            doing=self.tr("log teaching"),
        )
        return self._open(dialog, lambda saved: self._teaching_saved(saved, None))

    def edit_teaching(self) -> RecordDialog | None:
        teaching: Teaching | None = self.teachings.selected()
        if teaching is None or self.read_only_guard():
            return None
        dialog = self.session.attempt(
            lambda: teaching_dialog(self, self.session, teaching),
            parent=self,
            doing=self.tr("edit the teaching record"),
        )
        return self._open(dialog, lambda saved: self._teaching_saved(saved, teaching.skill_id))

    def _teaching_saved(self, saved: Teaching, skill_before: int | None) -> None:
        was_only_yours = {c.skill.id for c in only_you(self.skills.model.records)}
        for skill_id in {saved.skill_id, skill_before or saved.skill_id}:
            self._recount(skill_id)
        if saved.skill_id == self._teachings_skill_id:
            self.teachings.model.upsert(saved)
        elif skill_before is not None and skill_before == self._teachings_skill_id:
            self.teachings.model.remove(saved.id or 0)  # moved to another skill
        self._after_change()
        self._reveal_skill(saved.skill_id)
        self.teachings.select(saved.id)
        if saved.skill_id in was_only_yours and saved.skill_id not in self.strip.skill_ids():
            message = fill(
                self.tr("%1 can do %2 on their own: it is no longer only yours."), saved.person_name, saved.skill_name
            )
        else:
            message = fill(
                self.tr("Logged: %1 taught to %2 (%3)."),
                saved.skill_name,
                saved.person_name,
                label_of(saved.level).lower(),
            )
        self.session.status.emit(message)

    def _recount(self, skill_id: int) -> None:
        """Work out one skill's coverage again after its teaching records changed (one row updated)."""
        row = self.skills.model.row_of(skill_id)
        if row is not None:
            skill = self.skills.model.record_at(row).skill
            self.skills.model.upsert(job_coverage([skill], self.journal.skills.teachings(skill_id=skill_id))[0])

    def delete_teaching(self) -> None:
        teaching: Teaching | None = self.teachings.selected()
        if teaching is None or self.read_only_guard():
            return
        what = fill(
            self.tr("the record of teaching %1 to %2 on %3"),
            teaching.skill_name,
            teaching.person_name,
            teaching.taught_on,
        )
        teaching_id = teaching.id or 0
        if not self.delete_record(RecordKind.TEACHING, teaching_id, what):
            return
        self.teachings.model.remove(teaching_id)
        self._recount(teaching.skill_id)
        self._after_change()
        self.session.notify("teaching", origin=self)

    def new_handover(self) -> RecordDialog | None:
        if self.read_only_guard():
            return None
        return self._open(handover_dialog(self, self.session), self._handover_saved)

    def edit_handover(self) -> RecordDialog | None:
        handover: Handover | None = self.handovers.selected()
        if handover is None or self.read_only_guard():
            return None
        return self._open(handover_dialog(self, self.session, handover), self._handover_saved)

    def _handover_saved(self, handover: Handover) -> None:
        self.handovers.model.upsert(handover)
        self._after_change()
        self.tabs.setCurrentIndex(HANDOVERS_TAB)
        self.handovers.select(handover.id)
        self.session.status.emit(f"Saved: {handover.title} ({label_of(handover.status).lower()})")

    def delete_handover(self) -> None:
        handover: Handover | None = self.handovers.selected()
        if handover is None or self.read_only_guard():
            return
        handover_id = handover.id or 0
        what = fill(self.tr("the handover “%1” to %2"), handover.title, handover.person_name)
        if not self.delete_record(RecordKind.HANDOVER, handover_id, what):
            return
        self.handovers.model.remove(handover_id)
        self._after_change()
        self.session.notify("handover", origin=self)

    # -- state -------------------------------------------------------------------------------
    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        self.new_skill_button.setEnabled(writable)
        self.new_handover_button.setEnabled(writable)
        for button in (self.log_button, self.log_here_button):
            button.setEnabled(writable and self.skills.model.rowCount() > 0)
        for section in (self.skills, self.teachings, self.handovers):
            if section.writable != writable:
                section.set_writable(writable)

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(SKILLS_TAB)
        self.filter.setFocus()
        self.filter.selectAll()

    def focus_first(self) -> None:
        section = self.handovers if self.tabs.currentIndex() == HANDOVERS_TAB else self.skills
        section.table.setFocus()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("teaching/skills-splitter", self.skills_splitter.saveState())
        settings.setValue("teaching/tab", self.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        if state := settings.value("teaching/skills-splitter"):
            self.skills_splitter.restoreState(state)
        self.tabs.setCurrentIndex(int(settings.value("teaching/tab", SKILLS_TAB) or 0))
