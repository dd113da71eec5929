"""Link an entry (or a reflection) to the people, goals and skills it is about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from ...storage.journal import Journal
from ..widgets.check_list import CheckList


class LinkDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        journal: Journal,
        *,
        person_ids: list[int],
        goal_ids: list[int],
        skill_ids: list[int],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link people, goals and skills"))
        self.setMinimumSize(420, 420)
        self.people = CheckList(placeholder=self.tr("Filter people (Enter ticks the only match)"))
        self.people.set_items(((p.id or 0, _person_label(p.name, p.org)) for p in journal.people.list()), person_ids)
        self.goals = CheckList(placeholder=self.tr("Filter goals"))
        self.goals.set_items(((g.id or 0, g.title) for g in journal.goals.list()), goal_ids)
        self.skills = CheckList(placeholder=self.tr("Filter skills"))
        self.skills.set_items(((s.id or 0, s.name) for s in journal.skills.list()), skill_ids)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.goals, self.tr("Goals"))
        self.tabs.addTab(self.skills, self.tr("Skills"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.people.filter.setFocus()

    def chosen(self) -> tuple[list[int], list[int], list[int]]:
        return self.people.checked_ids(), self.goals.checked_ids(), self.skills.checked_ids()


def _person_label(name: str, org: str) -> str:
    return f"{name} ({org})" if org else name


def describe_links(journal: Journal, person_ids: list[int], goal_ids: list[int], skill_ids: list[int]) -> str:
    """'Dana Whitfield, Marcus Obi · goal: Staff engineer · skill: Release train', or '' when nothing is linked."""
    parts = []
    if person_ids:
        names = {p.id: p.name for p in journal.people.list()}
        parts.append(", ".join(names.get(i, f"#{i}") for i in person_ids))
    if goal_ids:
        titles = {g.id: g.title for g in journal.goals.list()}
        label = (
            QCoreApplication.translate("LinkDialog", "goal")
            if len(goal_ids) == 1
            else QCoreApplication.translate("LinkDialog", "goals")
        )
        parts.append(f"{label}: " + ", ".join(titles.get(i, "?") for i in goal_ids))
    if skill_ids:
        names = {s.id: s.name for s in journal.skills.list()}
        label = (
            QCoreApplication.translate("LinkDialog", "skill")
            if len(skill_ids) == 1
            else QCoreApplication.translate("LinkDialog", "skills")
        )
        parts.append(f"{label}: " + ", ".join(names.get(i, "?") for i in skill_ids))
    return " · ".join(parts)
