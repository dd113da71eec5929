"""The everyday dialogs opened from Today: log teaching in one line, a conversation with its opportunity.

Real journal files and real widgets; what was saved (or, after Cancel or an
error, that nothing was) is read back through the Journal facade.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from career_journal.domain.enums import GoalDirection, InteractionKind, LearnerLevel, Relationship
from career_journal.domain.records import CONVERSATION_DRAFT, Person, Skill, Teaching
from career_journal.ui.dialogs.forms import goal_dialog
from career_journal.ui.dialogs.log_conversation import log_conversation_dialog
from career_journal.ui.dialogs.log_teaching import log_teaching_dialog
from career_journal.ui.dialogs.people_forms import opportunity_dialog
from career_journal.ui.dialogs.record_form import RecordDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.session import Session


@pytest.fixture
def opened(qtbot):  # type: ignore[no-untyped-def]
    def show(dialog: RecordDialog) -> RecordDialog:
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return show


def understood(dialog: RecordDialog) -> str:
    return dialog.findChild(QLabel, "understood").text()


def counts(session: Session) -> dict[str, int]:
    journal = session.journal
    return {
        "skills": len(journal.skills.list()),
        "people": len(journal.people.list()),
        "teaching": len(journal.skills.teachings()),
        "conversations": len(journal.people.interactions()),
        "opportunities": len(journal.people.opportunities()),
    }


# -- log teaching -------------------------------------------------------------------------
def test_one_line_names_a_new_skill_and_a_new_person_and_a_level_saves_them_together(  # type: ignore[no-untyped-def]
    qtbot, opened, session: Session
) -> None:
    dialog = opened(log_teaching_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["sentence"], "taught Sam the month-end close")
    assert dialog.widgets["skill"].currentText() == "Month-end close"
    assert dialog.widgets["person"].currentText() == "Sam"
    said = understood(dialog)  # the line under the sentence says what saving will add
    assert "“Month-end close” is a new skill" in said and "Sam is new" in said
    assert counts(session)["skills"] == 0  # nothing is written before a level is picked

    qtbot.mouseClick(dialog.widgets["level"].buttons[LearnerLevel.ON_THEIR_OWN], Qt.MouseButton.LeftButton)
    [taught] = session.journal.skills.teachings()
    assert (taught.skill_name, taught.person_name) == ("Month-end close", "Sam")
    assert taught.level is LearnerLevel.ON_THEIR_OWN
    assert session.journal.drafts.get(dialog.draft_key) is None


def test_known_names_are_found_in_the_line_and_the_last_level_is_offered(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = session.journal
    skill = journal.skills.add(Skill(name="Release train"))
    sam = journal.people.add(Person(name="Sam Berg"))
    journal.skills.add_teaching(Teaching(skill.id, sam.id, session.today(), level=LearnerLevel.WITH_HELP))
    dialog = opened(log_teaching_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["sentence"], "showed sam how to run the release train")
    assert (dialog.widgets["skill"].choice(), dialog.widgets["person"].choice()) == (skill.id, sam.id)
    levels = dialog.widgets["level"]
    assert levels.buttons[LearnerLevel.WITH_HELP].property("primary")  # where Sam was last time

    qtbot.keyClick(dialog.widgets["sentence"], Qt.Key.Key_Return)  # Enter goes to the levels, it saves nothing
    assert dialog.isVisible() and levels.buttons[LearnerLevel.WITH_HELP].hasFocus()
    assert len(journal.skills.teachings()) == 1
    levels.buttons[LearnerLevel.ON_THEIR_OWN].setFocus()  # Tab or an arrow key moves along the levels
    qtbot.keyClick(levels.buttons[LearnerLevel.ON_THEIR_OWN], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    levels_logged = sorted(t.level for t in journal.skills.teachings(person_id=sam.id))
    assert levels_logged == [LearnerLevel.WITH_HELP, LearnerLevel.ON_THEIR_OWN]
    assert len(journal.skills.list()) == 1 and len(journal.people.list()) == 1  # nobody and nothing new


def test_a_close_misspelling_asks_did_you_mean(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.people.add(Person(name="Sam Berg"))
    dialog = opened(log_teaching_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["sentence"], "the month-end close to Sam Brg")
    said = understood(dialog)
    assert "Did you mean 'Sam Berg'?" in said and "Sam Brg is new" not in said
    qtbot.mouseClick(dialog.widgets["level"].buttons[LearnerLevel.AWARE], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Did you mean 'Sam Berg'?" in dialog.error.text()
    assert [p.name for p in session.journal.people.list()] == ["Sam Berg"]  # a typo makes nobody new
    dialog.widgets["person"].help.add_button.click()  # unless it was meant
    assert "Sam Brg is new" in understood(dialog)


def test_without_a_level_or_a_skill_nothing_is_saved_and_the_dialog_says_why(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(log_teaching_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["sentence"], "taught Sam the close")
    qtbot.keyClick(dialog.widgets["notes"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.text() == "Choose how far they got."
    dialog.widgets["skill"].setEditText("")
    qtbot.mouseClick(dialog.widgets["level"].buttons[LearnerLevel.AWARE], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say what you taught" in dialog.error.text()
    assert counts(session) == dict.fromkeys(counts(session), 0)


def test_a_part_of_several_skills_is_refused_and_nothing_is_added(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    for name in ("Month-end close", "Quarter-end close"):
        session.journal.skills.add(Skill(name=name))
    dialog = opened(log_teaching_dialog(None, session))
    dialog.widgets["skill"].setEditText("close")
    dialog.widgets["person"].setEditText("Jo")
    qtbot.mouseClick(dialog.widgets["level"].buttons[LearnerLevel.AWARE], Qt.MouseButton.LeftButton)
    assert "part of several skills: Month-end close, Quarter-end close" in dialog.error.text()
    assert counts(session)["skills"] == 2 and counts(session)["people"] == 0


def test_cancel_leaves_the_journal_as_it_was(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(log_teaching_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["sentence"], "taught Sam the close")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert counts(session) == dict.fromkeys(counts(session), 0)


# -- log a conversation -----------------------------------------------------------------------
def test_a_coffee_with_someone_new_and_the_opportunity_found_are_one_save(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = session.journal
    dialog = opened(log_conversation_dialog(None, session))
    assert not dialog.form.isRowVisible(dialog.widgets["relationship"])  # asked only of someone new
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Marta Lind")
    assert dialog.form.isRowVisible(dialog.widgets["relationship"])
    dialog.widgets["relationship"].set_value(Relationship.PARTNER)
    qtbot.keyClicks(dialog.widgets["needs"], "A close calendar every team trusts")
    qtbot.keyClicks(dialog.widgets["notes"], "Asked what would make Q3 calm.")
    qtbot.keyClicks(dialog.widgets["opportunity"], "One close calendar")
    qtbot.keyClicks(dialog.widgets["value"], "Fewer late adjustments")
    dialog.widgets["opportunity_private"].setChecked(True)
    qtbot.keyClick(dialog.widgets["value"], Qt.Key.Key_Return)  # Enter saves from a one-line field

    assert not dialog.isVisible()
    marta = journal.people.resolve("Marta Lind")
    assert (marta.relationship, marta.needs) == (Relationship.PARTNER, "A close calendar every team trusts")
    [coffee] = journal.people.interactions(person_id=marta.id)
    assert (coffee.kind, coffee.notes) == (InteractionKind.COFFEE, "Asked what would make Q3 calm.")
    [found] = journal.people.opportunities(person_id=marta.id)
    assert (found.title, found.value, found.private, found.interaction_id) == (
        "One close calendar",
        "Fewer late adjustments",
        True,
        coffee.id,
    )


def test_with_someone_known_and_no_opportunity_only_the_conversation_is_added(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = session.journal
    dana = journal.people.add(Person(name="Dana Whitfield", relationship=Relationship.PEER))
    dialog = opened(log_conversation_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["person"].lineEdit(), "Dana")
    assert not dialog.form.isRowVisible(dialog.widgets["relationship"])
    dialog.accept()
    assert counts(session) == {**dict.fromkeys(counts(session), 0), "people": 1, "conversations": 1}
    assert journal.people.get(dana.id).relationship is Relationship.PEER  # a known person keeps theirs


def test_nobody_named_is_refused_in_words(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(log_conversation_dialog(None, session))
    qtbot.keyClicks(dialog.widgets["opportunity"], "An idea")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "Who was it with? Pick someone, or type a new name."
    assert counts(session) == dict.fromkeys(counts(session), 0)


def test_typing_in_the_conversation_survives_a_crash_and_opens_again_from_drafts(  # type: ignore[no-untyped-def]
    qtbot, sample_session: Session
) -> None:
    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    window.show()
    dialog = window.today_page.log_conversation()
    qtbot.keyClicks(dialog.widgets["opportunity"], "Shared on-call rota")
    dialog.write_draft()  # what the timer does after a pause in the typing
    assert sample_session.journal.drafts.get(CONVERSATION_DRAFT) is not None
    dialog.deleteLater()  # gone without Save or Cancel, as in a crash
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))

    window.open_draft(CONVERSATION_DRAFT)
    again = window.today_page.dialog
    assert again is not dialog and again.widgets["opportunity"].text() == "Shared on-call rota"


# -- privacy in the goal and opportunity dialogs --------------------------------------------------
def test_an_exit_plan_starts_private_in_the_goal_dialog(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(goal_dialog(None, session))
    private = dialog.widgets["private"]
    assert not private.isChecked()
    dialog.widgets["title"].setText("Leave by summer")
    dialog.widgets["direction"].set_value(GoalDirection.EXIT)
    assert private.isChecked()
    dialog.widgets["direction"].set_value(GoalDirection.SIDEWAYS)
    assert not private.isChecked()  # only what the direction ticked is unticked again
    dialog.widgets["direction"].set_value(GoalDirection.EXIT)
    dialog.accept()
    assert session.journal.goals.list()[0].private is True


def test_a_privacy_set_by_hand_is_kept_whatever_the_direction(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(goal_dialog(None, session))
    dialog.widgets["title"].setText("Open about leaving")
    private = dialog.widgets["private"]
    for _twice in range(2):  # ticked and unticked again by hand: the person has decided
        qtbot.mouseClick(private, Qt.MouseButton.LeftButton, pos=private.rect().center())
    dialog.widgets["direction"].set_value(GoalDirection.EXIT)
    assert not dialog.widgets["private"].isChecked()
    dialog.accept()
    goal = session.journal.goals.list()[0]
    assert (goal.direction, goal.private) == (GoalDirection.EXIT, False)

    edit = opened(goal_dialog(None, session, goal))
    assert not edit.widgets["private"].isChecked()
    edit.widgets["private"].setChecked(True)
    edit.accept()
    assert session.journal.goals.get(goal.id).private is True


def test_an_opportunity_can_be_private(qtbot, opened, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(opportunity_dialog(None, session))
    dialog.widgets["title"].setText("Quiet reorg idea")
    dialog.widgets["private"].setChecked(True)
    dialog.accept()
    [saved] = session.journal.people.opportunities()
    assert saved.private is True
    edit = opened(opportunity_dialog(None, session, saved))
    assert edit.widgets["private"].isChecked()
    edit.widgets["private"].setChecked(False)
    edit.accept()
    assert session.journal.people.get_opportunity(saved.id).private is False
