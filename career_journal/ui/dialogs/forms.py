"""The create/edit dialogs of goals, skills, teaching and handovers, and reopening any form from its draft.

The network's and the team's dialogs are in ``people_forms.py``; what they share in ``form_parts.py``.

Each function returns an unopened dialog whose ``saved`` signal carries the
record as saved (the session has already been told). A person typed by a new
name is added to the network only when the user chose "Add '…' as a new
person", in the same transaction as the record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from ...domain.enums import Criticality, GoalDirection, GoalStatus, HandoverStatus, LearnerLevel, TeachingMethod
from ...domain.errors import InvalidInput, JournalError
from ...domain.records import Goal, Handover, Skill, Teaching, form_draft_key
from ..session import Session
from ..widgets.fields import ChoiceCombo, EnumCombo
from .form_parts import person_id, private_text, saving
from .people_forms import adviser_dialog, interaction_dialog, opportunity_dialog, person_dialog
from .record_form import RecordDialog


def _missing_learner() -> str:
    return QCoreApplication.translate("forms", "Choose who you taught, or type a new name.")


def dialog_for_draft(parent: QWidget, session: Session, key: str) -> RecordDialog | None:
    """The dialog a form draft was typed in, opened again on the same record (None: it is gone)."""
    _form, kind, which = [*key.split(":"), "", "", ""][:3]
    record_id = int(which) if which.isdigit() else None
    journal = session.journal
    loaders = {
        "goal": (goal_dialog, journal.goals.get),
        "skill": (skill_dialog, journal.skills.get),
        "teaching": (teaching_dialog, journal.skills.get_teaching),
        "handover": (handover_dialog, journal.skills.get_handover),
        "person": (person_dialog, journal.people.get),
        "interaction": (interaction_dialog, journal.people.get_interaction),
        "opportunity": (opportunity_dialog, journal.people.get_opportunity),
        "adviser": (adviser_dialog, journal.people.get_adviser),
    }
    if kind not in loaders:
        return None
    build, load = loaders[kind]
    try:
        record = load(record_id) if record_id is not None else None
        return build(parent, session, record)  # type: ignore[operator]
    except JournalError:
        return None


def goal_dialog(parent: QWidget, session: Session, goal: Goal | None = None) -> RecordDialog:
    current = goal or Goal(title="(new)")

    def write(v: dict[str, Any]) -> Goal:
        changed = replace(
            current,
            title=v["title"],
            direction=v["direction"],
            status=v["status"],
            target_date=v["target_date"],
            why=v["why"],
            private=v["private"],
        )
        journal = session.journal
        return journal.goals.update(changed) if goal else journal.goals.add(replace(changed, milestones=[]))

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit goal") if goal else QCoreApplication.translate("forms", "New goal"),
        saving(session, ("goal",), write, parent),
    )
    dialog.add_text(
        "title",
        QCoreApplication.translate("forms", "Goal:"),
        goal.title if goal else "",
        placeholder=QCoreApplication.translate("forms", "e.g. Staff engineer by next summer"),
    )
    direction = dialog.add_choice(
        "direction",
        QCoreApplication.translate("forms", "Direction:"),
        GoalDirection,
        current.direction,
        hint=QCoreApplication.translate("forms", "Where this takes your career"),
    )
    dialog.add_choice("status", QCoreApplication.translate("forms", "Status:"), GoalStatus, current.status)
    dialog.add_date("target_date", QCoreApplication.translate("forms", "Target date:"), current.target_date)
    dialog.add_multiline(
        "why",
        QCoreApplication.translate("forms", "Why it matters:"),
        current.why,
        placeholder=QCoreApplication.translate("forms", "Markdown welcome"),
    )
    private = dialog.add_check(
        "private", QCoreApplication.translate("forms", "Privacy:"), bool(current.private), text=private_text()
    )
    follow_direction(direction, private)
    dialog.keep_drafts(session, form_draft_key("goal", goal.id if goal else None))
    return dialog


def follow_direction(direction: EnumCombo, private: QCheckBox) -> None:
    """An exit plan starts private: choosing that direction ticks the box, until the person sets it themselves."""
    ticked_for_exit = by_hand = False

    def clicked() -> None:
        nonlocal by_hand
        by_hand = True

    def changed(_index: int) -> None:
        nonlocal ticked_for_exit
        if by_hand:
            return
        if direction.value() is GoalDirection.EXIT and not private.isChecked():
            private.setChecked(True)
            ticked_for_exit = True
        elif direction.value() is not GoalDirection.EXIT and ticked_for_exit:
            private.setChecked(False)  # only what the direction ticked is unticked again
            ticked_for_exit = False

    direction.currentIndexChanged.connect(changed)
    private.clicked.connect(clicked)


def skill_dialog(parent: QWidget, session: Session, skill: Skill | None = None) -> RecordDialog:
    current = skill or Skill(name="(new)")

    def write(v: dict[str, Any]) -> Skill:
        changed = replace(
            current,
            name=v["name"],
            criticality=v["criticality"],
            documented=v["documented"],
            is_responsibility=v["is_responsibility"],
            description=v["description"],
        )
        return session.journal.skills.update(changed) if skill else session.journal.skills.add(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit skill")
        if skill
        else QCoreApplication.translate("forms", "New skill or responsibility"),
        saving(session, ("skill",), write, parent),
    )
    dialog.add_text(
        "name",
        QCoreApplication.translate("forms", "Name:"),
        skill.name if skill else "",
        placeholder=QCoreApplication.translate("forms", "e.g. Running the release train"),
    )
    dialog.add_choice(
        "criticality", QCoreApplication.translate("forms", "If only you can do it:"), Criticality, current.criticality
    )
    dialog.add_check(
        "is_responsibility",
        QCoreApplication.translate("forms", "Kind:"),
        current.is_responsibility,
        text=QCoreApplication.translate("forms", "A duty or account I hold"),
    )
    dialog.add_text(
        "documented",
        QCoreApplication.translate("forms", "Written down at:"),
        current.documented,
        placeholder=QCoreApplication.translate("forms", "a link or a file path"),
    )
    dialog.add_multiline("description", QCoreApplication.translate("forms", "Notes:"), current.description)
    dialog.keep_drafts(session, form_draft_key("skill", skill.id if skill else None))
    return dialog


def teaching_dialog(
    parent: QWidget,
    session: Session,
    teaching: Teaching | None = None,
    *,
    skill_id: int | None = None,
    person: int | None = None,
) -> RecordDialog:
    journal = session.journal
    skills = journal.skills.list()
    if not skills:
        raise InvalidInput(QCoreApplication.translate("forms", "Add a skill first: what did you teach?"))
    current = teaching or Teaching(
        skill_id=skill_id or skills[0].id or 0, person_id=person or 0, taught_on=session.today()
    )

    def write(v: dict[str, Any]) -> Teaching:
        changed = replace(
            current,
            skill_id=v["skill_id"],
            person_id=person_id(journal, v["person"], _missing_learner()),
            taught_on=v["taught_on"],
            method=v["method"],
            level=v["level"],
            notes=v["notes"],
        )
        return journal.skills.update_teaching(changed) if teaching else journal.skills.add_teaching(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit teaching record")
        if teaching
        else QCoreApplication.translate("forms", "Log teaching"),
        saving(session, ("teaching", "person"), write, parent),
        intro=QCoreApplication.translate("forms", "Who learned what from you, and how far they got."),
    )
    skill_box = ChoiceCombo((found.name, found.id) for found in skills)
    skill_box.set_value(current.skill_id)
    dialog.add_widget("skill_id", QCoreApplication.translate("forms", "Skill:"), skill_box, skill_box.value)
    dialog.add_person(
        "person", QCoreApplication.translate("forms", "Taught to:"), journal.people.list(), current.person_id or None
    )
    dialog.add_date("taught_on", QCoreApplication.translate("forms", "When:"), current.taught_on, optional=False)
    dialog.add_choice("method", QCoreApplication.translate("forms", "How:"), TeachingMethod, current.method)
    dialog.add_choice("level", QCoreApplication.translate("forms", "How far they got:"), LearnerLevel, current.level)
    dialog.add_multiline("notes", QCoreApplication.translate("forms", "Notes:"), current.notes)
    dialog.keep_drafts(session, form_draft_key("teaching", teaching.id if teaching else None))
    return dialog


def handover_dialog(parent: QWidget, session: Session, handover: Handover | None = None) -> RecordDialog:
    journal = session.journal
    current = handover or Handover(title="(new)", person_id=0, started_on=session.today())

    def write(v: dict[str, Any]) -> Handover:
        changed = replace(
            current,
            title=v["title"],
            person_id=person_id(
                journal,
                v["person"],
                QCoreApplication.translate("forms", "Choose who takes it over, or type a new name."),
            ),
            skill_id=v["skill_id"],
            status=v["status"],
            started_on=v["started_on"],
            notes=v["notes"],
        )
        return journal.skills.update_handover(changed) if handover else journal.skills.add_handover(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit handover")
        if handover
        else QCoreApplication.translate("forms", "New handover"),
        saving(session, ("handover", "person"), write, parent),
    )
    dialog.add_text(
        "title",
        QCoreApplication.translate("forms", "Duty or account:"),
        handover.title if handover else "",
        placeholder=QCoreApplication.translate("forms", "e.g. Payments on-call"),
    )
    dialog.add_person(
        "person", QCoreApplication.translate("forms", "Handed to:"), journal.people.list(), current.person_id or None
    )
    skill_box = ChoiceCombo(
        ((found.name, found.id) for found in journal.skills.list()),
        none_text=QCoreApplication.translate("forms", "(no particular skill)"),
    )
    skill_box.set_value(current.skill_id)
    dialog.add_widget("skill_id", QCoreApplication.translate("forms", "Skill:"), skill_box, skill_box.value)
    dialog.add_choice("status", QCoreApplication.translate("forms", "Status:"), HandoverStatus, current.status)
    dialog.add_date("started_on", QCoreApplication.translate("forms", "Started:"), current.started_on)
    dialog.add_multiline(
        "notes",
        QCoreApplication.translate("forms", "Notes:"),
        current.notes,
        placeholder=QCoreApplication.translate("forms", "How you stay involved until it is smooth"),
    )
    dialog.keep_drafts(session, form_draft_key("handover", handover.id if handover else None))
    return dialog
