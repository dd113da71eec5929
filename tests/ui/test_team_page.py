"""The Team page: fill a role, edit it, remove it, log a check-in, by clicking and typing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView

from career_journal.domain.enums import TeamRole
from career_journal.domain.records import Adviser, Person
from career_journal.ui.dialogs.record_form import RecordDialog
from career_journal.ui.models.table import ID_ROLE
from career_journal.ui.pages.team.cards import AdviserBlock
from career_journal.ui.pages.team.page import TeamPage
from career_journal.ui.session import Session
from career_journal.ui.theme import WARM

COL_PERSON, COL_NEXT_DUE = 0, 5


def make_page(qtbot, session: Session) -> TeamPage:  # type: ignore[no-untyped-def]
    made = TeamPage(session)
    qtbot.addWidget(made)
    made.resize(1080, 760)
    made.show()
    return made


@pytest.fixture
def page(qtbot, session: Session) -> TeamPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, session)


@pytest.fixture
def demo_page(qtbot, sample_session: Session) -> TeamPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, sample_session)


def adviser_named(page: TeamPage, name: str) -> Adviser:
    return next(a for a in page.journal.people.advisers() if a.person_name == name)


def block(page: TeamPage, name: str) -> AdviserBlock:
    found = page.block_of(adviser_named(page, name).id or 0)
    assert found is not None, f"no card shows {name}"
    return found


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, page: TeamPage, button) -> RecordDialog:  # type: ignore[no-untyped-def]
    click(qtbot, button)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.error.isVisible(), dialog.error.text()


def type_cadence(qtbot, dialog: RecordDialog, days: str) -> None:  # type: ignore[no-untyped-def]
    spin = dialog.widgets["cadence_days"]
    spin.lineEdit().selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, days)


def table_names(page: TeamPage) -> list[str]:
    return [page.proxy.index(row, COL_PERSON).data() for row in range(page.proxy.rowCount())]


def test_an_empty_journal_shows_every_core_role_as_a_gap_to_fill(page: TeamPage) -> None:
    assert list(page.cards) == [role for role in TeamRole if role.is_core]
    for card in page.cards.values():
        assert card.property("gap") is True and card.property("card") is None
        assert card.add_button is not None and card.add_button.isEnabled()
    assert page.cards[TeamRole.SPONSOR].add_button.text() == "Add a sponsor…"
    assert page.cards[TeamRole.RESUME_WRITER].add_button.text() == "Add a résumé writer…"
    assert page.summary.text().startswith("Nobody on your team yet.")
    assert page.badge() is None
    assert page.model.rowCount() == 0


def test_a_gap_filled_with_someone_from_the_network_becomes_their_card(qtbot, page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    priya = page.journal.people.add(Person(name="Priya Raman", org="Architecture"))
    dialog = open_dialog(qtbot, page, page.cards[TeamRole.MENTOR].add_button)
    assert dialog.widgets["role"].value() is TeamRole.MENTOR  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Priya Raman")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["helps_with"], "Architecture judgement")
    type_cadence(qtbot, dialog, "14")
    save(qtbot, dialog)

    card = page.cards[TeamRole.MENTOR]
    assert card.property("card") is True and card.add_button is None
    shown = block(page, "Priya Raman")
    assert shown.rhythm_label.text() == "Every 14 days · not met yet"
    assert shown.due_label.text() == "Check-in due today"
    (saved,) = page.journal.people.advisers()
    assert (saved.person_id, saved.role, saved.cadence_days, saved.helps_with) == (
        priya.id,
        TeamRole.MENTOR,
        14,
        "Architecture judgement",
    )
    assert [p.name for p in page.journal.people.list()] == ["Priya Raman"]  # chosen, not added twice
    assert table_names(page) == ["Priya Raman"]
    assert page.summary.text().startswith("1 of 7 roles filled")
    assert page.badge() == 1  # never met, with a rhythm: due today


def test_a_new_name_typed_in_a_gap_is_added_to_the_network_and_the_team(qtbot, page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, page, page.cards[TeamRole.SPONSOR].add_button)
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Ruth Olsen")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.widgets["person"].help.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["open_asks"], "Intro to the CTO staff")
    save(qtbot, dialog)

    (ruth,) = page.journal.people.list()
    assert ruth.name == "Ruth Olsen"
    (saved,) = page.journal.people.advisers()
    assert (saved.person_id, saved.role, saved.cadence_days) == (ruth.id, TeamRole.SPONSOR, None)
    shown = block(page, "Ruth Olsen")
    assert shown.asks_label.text() == "Open asks: Intro to the CTO staff"
    assert shown.rhythm_label.text() == "No fixed rhythm · not met yet"
    assert shown.due_label.isHidden()
    assert page.cards[TeamRole.SPONSOR].property("card") is True
    assert page.cards[TeamRole.MENTOR].property("gap") is True


def test_editing_the_cadence_changes_the_card_and_the_row_in_place(qtbot, demo_page: TeamPage, today) -> None:  # type: ignore[no-untyped-def]
    priya = adviser_named(demo_page, "Priya Raman")
    last = demo_page.journal.people.get(priya.person_id).last_contact
    assert last is not None
    assert block(demo_page, "Priya Raman").due_label.text() == f"{(today - last).days - 14} days overdue"
    resets: list[bool] = []
    demo_page.model.modelReset.connect(lambda: resets.append(True))

    dialog = open_dialog(qtbot, demo_page, block(demo_page, "Priya Raman").edit_button)
    assert dialog.windowTitle() == "Edit team member"
    type_cadence(qtbot, dialog, "60")
    save(qtbot, dialog)

    shown = block(demo_page, "Priya Raman")
    assert shown.rhythm_label.text() == f"Every 60 days · last {last.isoformat()}"
    assert shown.due_label.text() == f"Next check-in by {(last + timedelta(days=60)).isoformat()}"
    assert demo_page.journal.people.get_adviser(priya.id or 0).cadence_days == 60
    row = demo_page.model.row_of(priya.id or 0)
    assert demo_page.model.index(row, 3).data() == "Every 60 days"
    assert resets == [] and demo_page.model.rowCount() == 5
    assert shown.property("current") is True  # the card just saved is marked


def test_removing_an_adviser_asks_first_and_keeps_the_person(qtbot, demo_page: TeamPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    ruth = adviser_named(demo_page, "Ruth Olsen")
    click(qtbot, block(demo_page, "Ruth Olsen").remove_button)  # answered No
    assert "Ruth Olsen as your sponsor (the person stays in your network)" in dialogs.texts("question")[-1]
    assert demo_page.journal.people.get_adviser(ruth.id or 0).person_name == "Ruth Olsen"
    assert demo_page.cards[TeamRole.SPONSOR].property("card") is True

    dialogs.yes()
    click(qtbot, block(demo_page, "Ruth Olsen").remove_button)

    assert "Ruth Olsen" not in [a.person_name for a in demo_page.journal.people.advisers()]
    assert "Ruth Olsen" in [p.name for p in demo_page.journal.people.list()]
    sponsor = demo_page.cards[TeamRole.SPONSOR]
    assert sponsor.property("gap") is True and sponsor.add_button is not None
    assert "Ruth Olsen" not in table_names(demo_page)
    assert demo_page.badge() == 1  # only Priya is overdue now


def test_logging_a_check_in_sets_the_last_check_in_and_clears_overdue(qtbot, demo_page: TeamPage, today) -> None:  # type: ignore[no-untyped-def]
    priya = adviser_named(demo_page, "Priya Raman")
    assert demo_page.badge() == 2 == len(demo_page.journal.follow_ups(today).advisers)
    assert "overdue" in block(demo_page, "Priya Raman").due_label.text()
    assert WARM in block(demo_page, "Priya Raman").due_label.styleSheet()  # marked in the warm colour

    dialog = open_dialog(qtbot, demo_page, block(demo_page, "Priya Raman").check_in_button)
    assert dialog.widgets["person_ids"].checked_ids() == [priya.person_id]  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.widgets["notes"], "Walked through the review plan")
    save(qtbot, dialog)

    shown = block(demo_page, "Priya Raman")
    assert shown.rhythm_label.text() == f"Every 14 days · last {today.isoformat()}"
    assert shown.due_label.text() == f"Next check-in by {(today + timedelta(days=14)).isoformat()}"
    assert "overdue" not in shown.due_label.text() and WARM not in shown.due_label.styleSheet()
    row = demo_page.model.row_of(priya.id or 0)
    assert demo_page.model.index(row, 4).data() == today.isoformat()
    assert demo_page.journal.people.last_contact()[priya.person_id] == today
    (logged,) = demo_page.journal.people.interactions(person_id=priya.person_id, limit=1)
    assert logged.notes == "Walked through the review plan"
    assert demo_page.badge() == 1


def test_the_table_passes_the_model_tester_and_sorts_by_next_due(qtbot, qtmodeltester, demo_page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(demo_page.model)
    qtmodeltester.check(demo_page.proxy)
    demo_page.tabs.setCurrentIndex(1)
    assert table_names(demo_page) == ["Aisha Bello", "Dana Whitfield", "Priya Raman", "Ruth Olsen", "Sam Keller"]
    header: QHeaderView = demo_page.table.horizontalHeader()
    position = header.sectionViewportPosition(COL_NEXT_DUE) + header.sectionSize(COL_NEXT_DUE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    # Soonest first; no rhythm, no due date: last.
    assert table_names(demo_page) == ["Priya Raman", "Ruth Olsen", "Sam Keller", "Aisha Bello", "Dana Whitfield"]
    assert "overdue" in demo_page.proxy.index(0, COL_NEXT_DUE).data()


def test_the_keyboard_edits_with_enter_and_removes_with_delete(qtbot, demo_page: TeamPage, dialogs) -> None:  # type: ignore[no-untyped-def]
    demo_page.tabs.setCurrentIndex(1)
    table = demo_page.table
    index = demo_page.proxy.index(table_names(demo_page).index("Sam Keller"), COL_PERSON)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = demo_page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Edit team member"
    assert dialog.widgets["person"].currentText().startswith("Sam Keller")  # type: ignore[attr-defined]
    dialog.reject()

    qtbot.keyClick(table, Qt.Key.Key_Delete)  # answered No
    assert "Sam Keller" in table_names(demo_page)
    dialogs.yes()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Sam Keller" not in table_names(demo_page)
    assert "Sam Keller" not in [a.person_name for a in demo_page.journal.people.advisers()]
    assert demo_page.cards[TeamRole.COACH].property("gap") is True


def test_show_record_selects_the_row_and_marks_the_card(demo_page: TeamPage) -> None:
    ruth = adviser_named(demo_page, "Ruth Olsen")
    demo_page.show_record("adviser", ruth.id or 0)
    assert demo_page.table.currentIndex().data(ID_ROLE) == ruth.id
    assert block(demo_page, "Ruth Olsen").property("current") is True
    assert block(demo_page, "Sam Keller").property("current") is not True
    assert block(demo_page, "Ruth Olsen").check_in_button.hasFocus()


def test_other_roles_show_only_when_filled_and_user_text_stays_plain(demo_page: TeamPage) -> None:
    assert TeamRole.OTHER not in demo_page.cards
    tom = next(p for p in demo_page.journal.people.list() if p.name == "Tom Alvarez")
    demo_page.journal.people.add_adviser(Adviser(person_id=tom.id or 0, role=TeamRole.OTHER, open_asks="<b>x</b>"))
    demo_page.session.notify("adviser", origin=None)  # another page's change: shown at once
    assert list(demo_page.cards)[-1] is TeamRole.OTHER and len(demo_page.cards) == 8
    asks = block(demo_page, "Tom Alvarez").asks_label
    assert asks.textFormat() == Qt.TextFormat.PlainText and asks.text() == "Open asks: <b>x</b>"


def test_a_read_only_journal_offers_no_changes(qtbot, sample_session: Session, dialogs) -> None:  # type: ignore[no-untyped-def]
    sample_session.journal.read_only = True
    page = make_page(qtbot, sample_session)
    assert not page.add_button.isEnabled()
    assert not page.cards[TeamRole.PROFILE].add_button.isEnabled()
    assert not block(page, "Sam Keller").remove_button.isEnabled()
    page.remove_adviser(page.model.record_at(0))
    assert dialogs.texts("information") and len(page.journal.people.advisers()) == 5


def test_the_open_tab_and_columns_are_remembered_under_team_keys(qtbot, session: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "team.ini"), QSettings.Format.IniFormat)
    first = make_page(qtbot, session)
    first.tabs.setCurrentIndex(1)
    first.save_state(settings)
    assert settings.allKeys() and all(key.startswith("team/") for key in settings.allKeys())
    second = make_page(qtbot, session)
    second.restore_state(settings)
    assert second.tabs.currentIndex() == 1


def test_add_to_team_starts_on_the_first_empty_role(qtbot, demo_page: TeamPage) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, demo_page, demo_page.add_button)
    assert dialog.windowTitle() == "Add to your personal team"
    assert dialog.widgets["role"].value() is TeamRole.RESUME_WRITER  # type: ignore[attr-defined]
    dialog.reject()
    assert len(demo_page.journal.people.advisers()) == 5
