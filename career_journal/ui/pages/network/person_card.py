"""The Network page's card for the selected person: who they are, and first of all what they are trying to achieve."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from ....domain.records import Opportunity, Person
from ...icons import IconView
from ...labels import fill, label_of
from ...models.people import is_due, relative_day
from ...theme import WARM
from ...widgets.cards import Card
from ...widgets.responsive import icons_only_when_narrow
from ...widgets.text_label import ElidedLabel, text_label

if TYPE_CHECKING:
    from ..base import Page

PRIVATE_NOTE = QT_TRANSLATE_NOOP("PersonCard", "private — never exported unless you ask")
NARROW_CARD = 360


class PersonCard(Card):
    """Who the selected person is, and first of all what they are trying to achieve."""

    def __init__(self, page: Page) -> None:
        super().__init__("")
        self.title_label.hide()
        self.name = text_label(scale=1.45, bold=True)
        self.relationship = ElidedLabel()
        self.relationship.setStyleSheet("background: palette(midlight); border-radius: 8px; padding: 2px 8px;")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.relationship, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self.meta = text_label(role="muted")
        self.needs_title = text_label(self.tr("What they are trying to achieve"), role="card-title")
        self.needs = text_label(scale=1.15)
        self.last_contact = text_label()
        self.follow_up = text_label()
        self.contact_row = QWidget()
        self.contact_row.setAccessibleName(self.tr("Private contact details"))
        lock = IconView("lock", 14)
        self.contact = text_label()
        self.private_note = text_label(self.tr(PRIVATE_NOTE), role="muted")
        contact = QGridLayout(self.contact_row)
        contact.setContentsMargins(0, 2, 0, 2)
        contact.setHorizontalSpacing(6)
        contact.setVerticalSpacing(0)
        contact.addWidget(lock, 0, 0)
        contact.addWidget(self.contact, 0, 1)
        contact.addWidget(self.private_note, 1, 1)
        contact.setColumnStretch(1, 1)
        self.opportunities_title = text_label(role="card-title")
        self.opportunities = text_label()
        self.notes_title = text_label("Private notes", role="card-title")
        self.notes = text_label()
        self.hint = text_label("Choose someone on the list to see what they are trying to achieve.", role="muted")
        self.details: list[QWidget] = [self.name, self.meta, self.needs_title, self.needs, self.last_contact]
        self.details += [self.follow_up, self.contact_row, self.opportunities_title, self.opportunities]
        self.details += [self.notes_title, self.notes]
        for widget in [*self.details[1:], self.hint]:
            self.body.addWidget(widget)
        self.body.insertSpacing(self.body.indexOf(self.opportunities_title), 4)
        self.body.addStretch(1)
        buttons = QHBoxLayout()
        self.log_button = page.button(
            self.tr("Log a conversation…"), "calendar", tip=self.tr("Log a talk with them (Ctrl+Shift+L)")
        )
        self.edit_button = page.button(self.tr("Edit"), "edit", tip=self.tr("Edit this person (Enter in the list)"))
        self.delete_button = page.button(
            self.tr("Delete"), "delete", tip=self.tr("Delete this person (Delete in the list)")
        )
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.body.addLayout(buttons)
        self.details += [self.log_button, self.edit_button, self.delete_button]

    def fit_buttons_to(self, frame: QWidget) -> None:
        """In a narrow ``frame`` (the scroll area the card sits in), Edit and Delete keep only their icons.

        Measured on the frame: the card itself cannot get narrower than its buttons with their words.
        """
        icons_only_when_narrow(frame, [self.edit_button, self.delete_button], NARROW_CARD)

    def show_person(self, person: Person | None, today: date, opportunities: list[Opportunity]) -> None:
        for widget in self.details:
            widget.setVisible(person is not None)
        self.hint.setVisible(person is None)
        self.relationship.setVisible(person is not None and person.relationship is not None)
        if person is None:
            return
        self.name.setText(person.name)
        self.relationship.setText(label_of(person.relationship) if person.relationship else "")
        met = fill(self.tr("met: %1"), person.how_met) if person.how_met else ""
        self.meta.setText(" · ".join(x for x in (person.role, person.org, met) if x))
        self.meta.setVisible(bool(self.meta.text()))
        ask = self.tr("Not written down yet. Next time, ask: what are you trying to achieve?")
        self.needs.setText(person.needs or ask)
        self.needs.setProperty("role", "" if person.needs else "muted")
        self.needs.style().polish(self.needs)
        self.last_contact.setText(
            fill(
                self.tr("Last contact: %1 (%2)"),
                person.last_contact.isoformat(),
                relative_day(person.last_contact, today),
            )
            if person.last_contact
            else self.tr("Last contact: no conversation logged yet")
        )
        if person.follow_up is None:
            self.follow_up.setText(self.tr("Next follow-up: none planned"))
        else:
            late = self.tr(" — overdue") if person.follow_up < today else ""
            when = relative_day(person.follow_up, today)
            self.follow_up.setText(fill(self.tr("Next follow-up: %1 (%2)%3"), person.follow_up.isoformat(), when, late))
        self.follow_up.setStyleSheet(f"color: {WARM}; font-weight: 600;" if is_due(person, today) else "")
        self.contact.setText(" · ".join(x for x in (person.email, person.phone) if x))
        self.contact_row.setVisible(bool(self.contact.text()))
        first_name = person.name.split()[0]
        self.opportunities_title.setText(fill(self.tr("Opportunities with %1"), first_name))
        self.opportunities.setText(
            "\n".join(f"• {o.title} — {label_of(o.status).lower()}" for o in opportunities)
            or self.tr("None yet. What could you help them achieve?")
        )
        self.opportunities.setProperty("role", "" if opportunities else "muted")
        self.opportunities.style().polish(self.opportunities)
        self.notes.setText(person.notes)
        self.notes_title.setVisible(bool(person.notes))
        self.notes.setVisible(bool(person.notes))
