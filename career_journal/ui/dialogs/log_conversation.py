"""Log a conversation and the opportunity found in it, in one dialog, with someone new or someone known.

A coffee with a colleague is where leadership opportunities are found (idea
4), so the opportunity has its own few fields at the bottom; left empty, only
the conversation is saved. A name the journal does not know becomes a person
(with the relationship and what they are trying to achieve, shown only then),
and the person, the conversation and the opportunity, which remembers the
conversation it came from, are written in one transaction: all or nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import InteractionKind, OpportunityStatus, Relationship
from ...domain.errors import InvalidInput
from ...domain.records import CONVERSATION_DRAFT, Interaction, Opportunity, Person
from ..session import Session
from ..widgets.person_picker import new_person_note
from ..widgets.text_label import plain_label
from .form_parts import private_text
from .record_form import RecordDialog


def log_conversation_dialog(parent: QWidget, session: Session, *, with_person: int | None = None) -> RecordDialog:
    """A conversation with one person (new or known) and, optionally, the opportunity found in it."""
    journal = session.journal
    people = journal.people.list()

    def write(v: dict[str, Any]) -> Interaction:
        chosen = v["person"]
        if chosen is None:
            raise InvalidInput(
                QCoreApplication.translate("log_conversation", "Who was it with? Pick someone, or type a new name.")
            )
        with journal.transaction():
            if isinstance(chosen, str):
                chosen = journal.people.add(Person(name=chosen, relationship=v["relationship"], needs=v["needs"])).id
            saved = journal.people.add_interaction(
                Interaction(
                    occurred_on=v["occurred_on"],
                    notes=v["notes"],
                    person_ids=[chosen or 0],
                    kind=v["kind"],
                    learned=v["learned"],
                    follow_up=v["follow_up"],
                )
            )
            if v["opportunity"]:
                journal.people.add_opportunity(
                    Opportunity(
                        title=v["opportunity"],
                        person_id=chosen,
                        value=v["value"],
                        status=OpportunityStatus.SPOTTED,
                        private=v["opportunity_private"],
                        interaction_id=saved.id,
                    )
                )
        session.notify("interaction", "person", "opportunity", origin=parent)
        return saved

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("log_conversation", "Log a conversation"),
        write,
        intro=QCoreApplication.translate(
            "log_conversation", "A coffee, a call, a meeting: who it was with and what you found."
        ),
    )
    person = dialog.add_person("person", QCoreApplication.translate("log_conversation", "With:"), people, with_person)
    new_note = plain_label(role="muted")
    new_note.setObjectName("understood")  # who is new, and whom they may have meant
    dialog.form.addRow("", new_note)
    relationship = dialog.add_choice(
        "relationship",
        QCoreApplication.translate("log_conversation", "They are:"),
        Relationship,
        Relationship.INTERNAL_CUSTOMER,
        none_text="—",
        hint=QCoreApplication.translate("log_conversation", "Only for someone new: how they relate to you"),
    )
    needs = dialog.add_text(
        "needs",
        QCoreApplication.translate("log_conversation", "Trying to achieve:"),
        placeholder=QCoreApplication.translate("log_conversation", "What are they working towards? (optional)"),
    )
    dialog.add_choice(
        "kind", QCoreApplication.translate("log_conversation", "Kind:"), InteractionKind, InteractionKind.COFFEE
    )
    dialog.add_date(
        "occurred_on", QCoreApplication.translate("log_conversation", "When:"), session.today(), optional=False
    )
    dialog.add_multiline(
        "notes",
        QCoreApplication.translate("log_conversation", "What you talked about:"),
        placeholder=QCoreApplication.translate("log_conversation", "What you asked, what they need (optional)"),
    )
    dialog.add_multiline(
        "learned",
        QCoreApplication.translate("log_conversation", "What you learned:"),
        placeholder=QCoreApplication.translate("log_conversation", "(optional)"),
    )
    dialog.add_date("follow_up", QCoreApplication.translate("log_conversation", "Follow up on:"), None)
    heading = plain_label(
        QCoreApplication.translate("log_conversation", "Leadership opportunity found"), "card-title", wrap=False
    )
    dialog.form.addRow(heading)
    dialog.add_text(
        "opportunity",
        QCoreApplication.translate("log_conversation", "Opportunity:"),
        placeholder=QCoreApplication.translate(
            "log_conversation", "A new way to add value, e.g. a shared deploy checklist (optional)"
        ),
    )
    dialog.add_text(
        "value",
        QCoreApplication.translate("log_conversation", "Value to the business:"),
        placeholder=QCoreApplication.translate("log_conversation", "(optional)"),
    )
    dialog.add_check("opportunity_private", "", False, text=private_text())

    def show_new_person_fields() -> None:
        """Relationship and needs are asked only of someone new; known people keep theirs."""
        try:
            chosen = person.choice()
        except ValueError as exc:
            new_note.setText(str(exc))
            new_note.show()
            chosen = None
        else:
            new_note.hide()
        new = isinstance(chosen, str)
        for widget in (relationship, needs):
            dialog.form.setRowVisible(widget, new)
        if new:
            new_note.setText(new_person_note(str(chosen), (p.name for p in people)))
            new_note.show()

    person.takes_unlike_names = True  # the coffee may well be with someone new
    person.editTextChanged.connect(lambda _text: show_new_person_fields())
    person.understood.connect(show_new_person_fields)
    show_new_person_fields()
    dialog.keep_drafts(session, CONVERSATION_DRAFT)
    return dialog
