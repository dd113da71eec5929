"""People from typos: every person field offers the close name and adds someone new only when asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from career_journal.domain.records import Person, Skill
from career_journal.ui.dialogs.forms import handover_dialog, teaching_dialog
from career_journal.ui.dialogs.people_forms import adviser_dialog, interaction_dialog, opportunity_dialog
from career_journal.ui.dialogs.record_form import RecordDialog
from career_journal.ui.session import Session
from career_journal.ui.widgets.person_picker import AT_ONCE, PersonCombo

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def network(session: Session) -> Session:
    session.journal.people.add(Person(name="Sam Berg", org="Finance"))
    session.journal.people.add(Person(name="Åsa Öberg"))
    session.journal.people.add(Person(name="Dana Whitfield"))
    session.journal.skills.add(Skill(name="Month-end close"))
    return session


def names(session: Session) -> list[str]:
    return sorted(p.name for p in session.journal.people.list())


def opened(qtbot, build: Callable[..., RecordDialog], session: Session) -> RecordDialog:  # type: ignore[no-untyped-def]
    dialog = build(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def type_person(qtbot, dialog: RecordDialog, text: str) -> PersonCombo:  # type: ignore[no-untyped-def]
    combo = dialog.widgets["person"]
    assert isinstance(combo, PersonCombo)
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)
    return combo


def test_a_typo_in_log_teaching_offers_the_close_name_instead_of_a_second_person(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, teaching_dialog, network)
    combo = type_person(qtbot, dialog, "Sam Brg")
    help_line = combo.help
    assert not help_line.isHidden() and help_line.note.text() == "Not found. Did you mean:"
    assert [b.text() for b in help_line.buttons] == ["Sam Berg (Finance)"]
    assert help_line.add_button.text() == "Add 'Sam Brg' as a new person" and not help_line.add_button.isChecked()

    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "'Sam Brg' is not in your network. Did you mean 'Sam Berg'? "
        "Pick someone, or choose \"Add 'Sam Brg' as a new person\"."
    )
    assert names(network) == ["Dana Whitfield", "Sam Berg", "Åsa Öberg"]
    assert network.journal.skills.teachings() == []

    qtbot.mouseClick(help_line.buttons[0], LEFT)
    assert combo.currentText() == "Sam Berg (Finance)" and help_line.isHidden()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    (taught,) = network.journal.skills.teachings()
    assert taught.person_name == "Sam Berg"
    assert names(network) == ["Dana Whitfield", "Sam Berg", "Åsa Öberg"]


def test_a_new_person_is_added_only_after_choosing_to_add_them(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, teaching_dialog, network)
    combo = type_person(qtbot, dialog, "Sam Brg")
    qtbot.mouseClick(combo.help.add_button, LEFT)
    assert combo.help.add_button.isChecked()
    assert combo.help.add_button.text() == "✓ New person: 'Sam Brg', added when you save"
    assert combo.help.note.isHidden() and combo.help.buttons == []
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert names(network) == ["Dana Whitfield", "Sam Berg", "Sam Brg", "Åsa Öberg"]


def test_changing_the_name_after_choosing_to_add_it_asks_again(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, teaching_dialog, network)
    combo = type_person(qtbot, dialog, "Ruth Olsen")
    assert combo.help.note.text() == "Nobody here is called 'Ruth Olsen'." and combo.help.buttons == []
    qtbot.mouseClick(combo.help.add_button, LEFT)
    qtbot.keyClicks(combo.lineEdit(), "n")
    assert not combo.help.add_button.isChecked()
    save(qtbot, dialog)
    assert dialog.isVisible() and "'Ruth Olsenn' is not in your network." in dialog.error.text()
    assert names(network) == ["Dana Whitfield", "Sam Berg", "Åsa Öberg"]


def test_a_name_is_found_blind_to_accents_and_case_and_says_whom(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, teaching_dialog, network)
    combo = type_person(qtbot, dialog, "OBERG")
    assert combo.help.note.text() == "→ Åsa Öberg"
    save(qtbot, dialog)
    assert [t.person_name for t in network.journal.skills.teachings()] == ["Åsa Öberg"]


@pytest.mark.parametrize("build", [handover_dialog, adviser_dialog, opportunity_dialog])
def test_every_person_field_refuses_an_unknown_name_until_added(qtbot, network: Session, build) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, build, network)
    if "title" in dialog.widgets:
        qtbot.keyClicks(dialog.widgets["title"], "Payments on-call")
    combo = type_person(qtbot, dialog, "dana whitfeld")
    assert [b.text() for b in combo.help.buttons] == ["Dana Whitfield"]
    save(qtbot, dialog)
    assert dialog.isVisible() and "Did you mean 'Dana Whitfield'?" in dialog.error.text()
    qtbot.mouseClick(combo.help.add_button, LEFT)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert "dana whitfeld" in names(network)


def test_a_name_with_an_ampersand_shows_on_its_button_as_typed(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.people.add(Person(name="Tom & Jerry"))
    session.journal.skills.add(Skill(name="Release"))
    dialog = opened(qtbot, teaching_dialog, session)
    combo = type_person(qtbot, dialog, "Tom & Jery")
    assert combo.help.buttons[0].text() == "Tom && Jerry"  # "&&" is how a button shows one "&"


# -- Log a conversation --------------------------------------------------------------------
def test_log_a_conversation_can_add_a_new_person(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, interaction_dialog, network)
    people = dialog.widgets["person_ids"]
    qtbot.keyClicks(people.filter, "Ruth Olsen")
    assert people.help.note.text() == "Nobody here is called 'Ruth Olsen'."
    qtbot.keyClick(people.filter, Qt.Key.Key_Return)  # Enter alone never adds anyone
    assert people.new_names() == [] and people.checked_labels() == []
    qtbot.mouseClick(people.help.add_button, LEFT)
    assert people.new_names() == ["Ruth Olsen"] and people.filter.text() == ""
    assert [chip.text() for chip in people.chips.chips] == ["Ruth Olsen  ✕"]
    qtbot.keyClicks(dialog.widgets["notes"], "Coffee at the guild")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    (coffee,) = network.journal.people.interactions()
    ruth = network.journal.people.resolve("Ruth Olsen")
    assert coffee.person_ids == [ruth.id]


def test_a_typo_in_the_people_filter_offers_the_close_name(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, interaction_dialog, network)
    people = dialog.widgets["person_ids"]
    qtbot.keyClicks(people.filter, "Sam Brg")
    assert [b.text() for b in people.help.buttons] == ["Sam Berg"]
    qtbot.mouseClick(people.help.buttons[0], LEFT)
    assert people.checked_labels() == ["Sam Berg"] and people.filter.text() == ""
    qtbot.keyClicks(people.filter, "asa")  # accent-blind: Åsa Öberg shows
    shown = [people.list.item(r).text() for r in range(people.list.count()) if not people.list.item(r).isHidden()]
    assert shown == ["Åsa Öberg"]


def test_a_ticked_person_hidden_by_the_filter_stays_visible_as_a_chip(qtbot, network: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, interaction_dialog, network)
    people = dialog.widgets["person_ids"]
    qtbot.keyClicks(people.filter, "dana")
    qtbot.keyClick(people.filter, Qt.Key.Key_Return)
    qtbot.keyClicks(people.filter, "sam")
    dana_row = next(r for r in range(people.list.count()) if people.list.item(r).text() == "Dana Whitfield")
    assert people.list.item(dana_row).isHidden()
    assert [chip.text() for chip in people.chips.chips] == ["Dana Whitfield  ✕"]
    assert not people.chips.isHidden()
    qtbot.mouseClick(people.chips.chips[0], LEFT)
    assert people.checked_ids() == [] and people.chips.isHidden()


def test_in_a_large_network_the_close_names_come_from_a_worker_and_only_for_the_newest_text(
    qtbot, session: Session
) -> None:  # type: ignore[no-untyped-def]
    with session.journal.transaction():
        for number in range(AT_ONCE + 100):
            session.journal.people.add(Person(name=f"Colleague {number:04d}"))
        session.journal.people.add(Person(name="Sam Berg"))
        session.journal.skills.add(Skill(name="Month-end close"))
    dialog = opened(qtbot, teaching_dialog, session)
    combo = type_person(qtbot, dialog, "Sam Brg")
    assert combo.help.note.text() == "Nobody here is called 'Sam Brg'."  # at once; the close names follow
    qtbot.waitUntil(lambda: [b.text() for b in combo.help.buttons] == ["Sam Berg"], timeout=10_000)
    assert combo.help.note.text() == "Not found. Did you mean:"

    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Smm Berg")
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Colleague 0007")  # known before the first answer is back
    qtbot.wait(300)
    assert combo.help.isHidden() and combo.choice() == session.journal.people.resolve("Colleague 0007").id
