"""The small inputs every page uses behave the way a person expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import EntryKind, Relationship
from career_journal.domain.records import Person
from career_journal.ui.dialogs.people_forms import interaction_dialog
from career_journal.ui.session import Session
from career_journal.ui.widgets.cards import RecordList, Row
from career_journal.ui.widgets.fields import EnumCombo
from career_journal.ui.widgets.person_picker import PersonCombo


def test_enter_in_a_people_filter_ticks_the_match_and_does_not_save_the_dialog(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.people.add(Person(name="Dana Whitfield"))
    session.journal.people.add(Person(name="Marcus Obi"))
    dialog = interaction_dialog(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    people = dialog.widgets["person_ids"]
    qtbot.keyClicks(people.filter, "marc")
    qtbot.keyClick(people.filter, Qt.Key.Key_Return)
    assert dialog.isVisible() and people.checked_labels() == ["Marcus Obi"]
    assert session.journal.people.interactions() == []


def test_a_person_is_found_by_part_of_a_name_that_matches_only_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = PersonCombo()
    qtbot.addWidget(combo)
    combo.set_people(
        [Person(name="Priya Raman", id=1), Person(name="Dana Whitfield", id=2), Person(name="Dan Ho", id=3)]
    )
    for typed, expected in (
        ("priya", 1),
        ("Dana Whitfield", 2),
        ("dan ho", 3),
        ("", None),
    ):
        combo.setEditText(typed)
        assert combo.choice() == expected, typed
    combo.setEditText("Dan")
    with pytest.raises(ValueError, match="'Dan' matches several people: Dana Whitfield, Dan Ho"):
        combo.choice()


def test_a_choice_comes_back_as_the_vocabulary_member_not_a_string(qtbot) -> None:  # type: ignore[no-untyped-def]
    kinds = EnumCombo(EntryKind)
    relationships = EnumCombo(Relationship, none_text="—")
    qtbot.addWidget(kinds)
    qtbot.addWidget(relationships)
    kinds.set_value(EntryKind.WIN)
    assert kinds.value() is EntryKind.WIN and kinds.currentText() == "Win"
    assert relationships.value() is None
    relationships.set_value(Relationship.INTERNAL_CUSTOMER)
    assert (
        relationships.value() is Relationship.INTERNAL_CUSTOMER and relationships.currentText() == "Internal customer"
    )


def test_tooltips_show_typed_text_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    listing = RecordList("nothing")
    qtbot.addWidget(listing)
    listing.set_rows([Row("Marcus", "due", "person", 1, "Ask about <project> & <b>budget</b>")])
    tip = listing.item(0).toolTip()
    assert "&lt;project&gt;" in tip and "<b>" not in tip
