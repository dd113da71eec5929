"""The create/edit dialogs of the network and the personal team: a person, a conversation, an opportunity, an adviser.

Each function returns an unopened dialog whose ``saved`` signal carries the
record as saved (the session has already been told). A person typed by a new
name is added to the network only when the user chose "Add '…' as a new
person", in the same transaction as the record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import InteractionKind, OpportunityStatus, Relationship, TeamRole
from ...domain.errors import InvalidInput
from ...domain.records import Adviser, Interaction, Opportunity, Person, form_draft_key
from ..session import Session
from ..widgets.check_list import CheckList
from .form_parts import person_id, private_text, saving
from .record_form import RecordDialog


def person_dialog(parent: QWidget, session: Session, person: Person | None = None) -> RecordDialog:
    current = person or Person(name="(new)")

    def write(v: dict[str, Any]) -> Person:
        changed = replace(current, **v)
        return session.journal.people.update(changed) if person else session.journal.people.add(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit person")
        if person
        else QCoreApplication.translate("forms", "New person"),
        saving(session, ("person",), write, parent),
    )
    dialog.add_text("name", QCoreApplication.translate("forms", "Name:"), person.name if person else "")
    dialog.add_text(
        "org",
        QCoreApplication.translate("forms", "Organisation:"),
        current.org,
        placeholder=QCoreApplication.translate("forms", "team or company"),
    )
    dialog.add_text("role", QCoreApplication.translate("forms", "Role:"), current.role)
    dialog.add_choice(
        "relationship",
        QCoreApplication.translate("forms", "Relationship:"),
        Relationship,
        current.relationship,
        none_text="—",
    )
    dialog.add_multiline(
        "needs",
        QCoreApplication.translate("forms", "Trying to achieve:"),
        current.needs,
        placeholder=QCoreApplication.translate("forms", "What are they working towards?"),
    )
    dialog.add_text("how_met", QCoreApplication.translate("forms", "How you met:"), current.how_met)
    dialog.add_text(
        "email",
        QCoreApplication.translate("forms", "Email:"),
        current.email,
        hint=QCoreApplication.translate("forms", "Private: kept out of exports unless you ask"),
    )
    dialog.add_text(
        "phone",
        QCoreApplication.translate("forms", "Phone:"),
        current.phone,
        hint=QCoreApplication.translate("forms", "Private: kept out of exports unless you ask"),
    )
    dialog.add_date("follow_up", QCoreApplication.translate("forms", "Follow up on:"), current.follow_up)
    dialog.add_multiline("notes", QCoreApplication.translate("forms", "Private notes:"), current.notes)
    dialog.keep_drafts(session, form_draft_key("person", person.id if person else None))
    return dialog


def interaction_dialog(
    parent: QWidget, session: Session, interaction: Interaction | None = None, *, with_person: int | None = None
) -> RecordDialog:
    journal = session.journal
    current = interaction or Interaction(
        occurred_on=session.today(), notes="", person_ids=[with_person] if with_person else []
    )

    def write(v: dict[str, Any]) -> Interaction:
        added = [journal.people.add(Person(name=name)).id or 0 for name in people.new_names()]
        v["person_ids"] = v["person_ids"] + added
        if not v["person_ids"]:
            raise InvalidInput(QCoreApplication.translate("forms", "Tick at least one person who was there."))
        changed = replace(current, **v)
        if interaction:
            return journal.people.update_interaction(changed)
        return journal.people.add_interaction(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit conversation")
        if interaction
        else QCoreApplication.translate("forms", "Log a conversation"),
        saving(session, ("interaction", "person"), write, parent),
    )
    people = CheckList(
        placeholder=QCoreApplication.translate(
            "forms", "Filter people, or type a new name (Enter ticks the only match)"
        ),
        new_noun="person",
    )
    people.set_items(((p.id or 0, p.name) for p in journal.people.list()), current.person_ids)
    people.setMinimumHeight(130)
    dialog.add_widget("person_ids", QCoreApplication.translate("forms", "With:"), people, people.checked_ids)
    dialog.add_date("occurred_on", QCoreApplication.translate("forms", "When:"), current.occurred_on, optional=False)
    dialog.add_choice("kind", QCoreApplication.translate("forms", "Kind:"), InteractionKind, current.kind)
    dialog.add_multiline("notes", QCoreApplication.translate("forms", "What happened:"), current.notes)
    dialog.add_multiline("questions", QCoreApplication.translate("forms", "Questions I asked:"), current.questions)
    dialog.add_multiline("learned", QCoreApplication.translate("forms", "What I learned:"), current.learned)
    dialog.add_date("follow_up", QCoreApplication.translate("forms", "Follow up on:"), current.follow_up)
    dialog.keep_drafts(session, form_draft_key("interaction", interaction.id if interaction else None))
    return dialog


def opportunity_dialog(
    parent: QWidget, session: Session, opportunity: Opportunity | None = None, *, with_person: int | None = None
) -> RecordDialog:
    journal = session.journal
    current = opportunity or Opportunity(title="(new)", person_id=with_person)

    def write(v: dict[str, Any]) -> Opportunity:
        found = v.pop("person")
        changed = replace(current, person_id=person_id(journal, found) if found is not None else None, **v)
        if opportunity:
            return journal.people.update_opportunity(changed)
        return journal.people.add_opportunity(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit opportunity")
        if opportunity
        else QCoreApplication.translate("forms", "New leadership opportunity"),
        saving(session, ("opportunity",), write, parent),
        intro=QCoreApplication.translate("forms", "A new way to add value, found with someone you work with."),
    )
    dialog.add_text(
        "title", QCoreApplication.translate("forms", "Opportunity:"), opportunity.title if opportunity else ""
    )
    dialog.add_person("person", QCoreApplication.translate("forms", "With:"), journal.people.list(), current.person_id)
    dialog.add_multiline("value", QCoreApplication.translate("forms", "Value to the business:"), current.value)
    dialog.add_choice("status", QCoreApplication.translate("forms", "Status:"), OpportunityStatus, current.status)
    dialog.add_multiline("notes", QCoreApplication.translate("forms", "Notes:"), current.notes)
    dialog.add_check("private", QCoreApplication.translate("forms", "Privacy:"), current.private, text=private_text())
    dialog.keep_drafts(session, form_draft_key("opportunity", opportunity.id if opportunity else None))
    return dialog


def adviser_dialog(
    parent: QWidget, session: Session, adviser: Adviser | None = None, *, role: TeamRole | None = None
) -> RecordDialog:
    journal = session.journal
    current = adviser or Adviser(person_id=0, role=role or TeamRole.MENTOR)

    def write(v: dict[str, Any]) -> Adviser:
        found = v.pop("person")
        changed = replace(
            current,
            person_id=person_id(
                journal, found, QCoreApplication.translate("forms", "Choose who is on your team, or type a new name.")
            ),
            **v,
        )
        return journal.people.update_adviser(changed) if adviser else journal.people.add_adviser(changed)

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("forms", "Edit team member")
        if adviser
        else QCoreApplication.translate("forms", "Add to your personal team"),
        saving(session, ("adviser", "person"), write, parent),
    )
    dialog.add_person(
        "person", QCoreApplication.translate("forms", "Person:"), journal.people.list(), current.person_id or None
    )
    dialog.add_choice("role", QCoreApplication.translate("forms", "Role:"), TeamRole, current.role)
    dialog.add_text("helps_with", QCoreApplication.translate("forms", "Helps with:"), current.helps_with)
    dialog.add_number(
        "cadence_days",
        QCoreApplication.translate("forms", "Check in every:"),
        current.cadence_days,
        empty=QCoreApplication.translate("forms", "No fixed rhythm"),
    )
    dialog.add_multiline(
        "open_asks",
        QCoreApplication.translate("forms", "Open asks:"),
        current.open_asks,
        placeholder=QCoreApplication.translate("forms", "What to ask or bring next time"),
    )
    dialog.add_multiline("notes", QCoreApplication.translate("forms", "Private notes:"), current.notes)
    dialog.keep_drafts(session, form_draft_key("adviser", adviser.id if adviser else None))
    return dialog
