"""Undo after a delete (the status bar's offer, Edit → Undo, Ctrl+Z, Redo) and the note on drafts from earlier."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import TeamRole
from career_journal.domain.records import Draft, Entry
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.goals.page import GoalsPage
from career_journal.ui.pages.team.page import TeamPage
from career_journal.ui.session import Session


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.show()
    return made


def test_removing_an_adviser_offers_undo_in_the_status_bar(qtbot, window: MainWindow, dialogs) -> None:  # type: ignore[no-untyped-def]
    journal = window.session.journal
    mentor = next(a for a in journal.people.advisers() if a.role is TeamRole.MENTOR)
    team: TeamPage = window.go_to("team")  # type: ignore[assignment]
    dialogs.yes()
    team.remove_adviser(team.block_of(mentor.id).status)
    assert "cannot be undone" not in dialogs.texts("question")[-1]
    assert mentor.id not in [a.id for a in journal.people.advisers()]

    offer = window.undo_offer
    assert offer.isVisible() and offer.label.text() == f"Removed {mentor.person_name} as your mentor."
    assert window.undo_action.isEnabled() and window.undo_action.text() == (
        f"&Undo remove {mentor.person_name} as your mentor"
    )
    window.go_to("journal")
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)

    assert [a.id for a in journal.people.advisers() if a.role is TeamRole.MENTOR] == [mentor.id]
    assert window.current_page() is team  # shown where it lives
    assert team.block_of(mentor.id) is not None
    assert not offer.isVisible() and not window.undo_action.isEnabled()


def test_ctrl_z_puts_a_deleted_goal_back_with_its_milestones_and_redo_deletes_it_again(
    qtbot, window: MainWindow, dialogs
) -> None:  # type: ignore[no-untyped-def]
    journal = window.session.journal
    goal = max(journal.goals.list(), key=lambda g: len(g.milestones))
    history = journal.goals.history(goal.id)
    goals: GoalsPage = window.go_to("goals")  # type: ignore[assignment]
    goals.select_goal(goal.id)
    dialogs.yes()
    qtbot.mouseClick(goals.delete_button, Qt.MouseButton.LeftButton)
    assert goal.id not in [g.id for g in journal.goals.list()]

    window.go_to("timeline")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = journal.goals.get(goal.id)
    assert (back.title, [m.text for m in back.milestones]) == (goal.title, [m.text for m in goal.milestones])
    assert journal.goals.history(goal.id) == history
    assert window.current_page() is goals and goals.detail.goal.id == goal.id

    window.redo_action.trigger()
    assert goal.id not in [g.id for g in journal.goals.list()]
    assert window.undo_offer.isVisible() and goal.title in window.undo_offer.label.text()


def test_the_note_on_earlier_drafts_goes_once_they_are_opened_or_saved(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = sample_session.journal
    entry = journal.entries.add(Entry(title="Plan", body="The plan.", entry_date=date(2026, 11, 1)))
    fields = {"title": "Plan", "body": "The plan, finished.", "entry_date": "2026-11-01", "kind": "note"}
    journal.drafts.save(Draft(f"entry:{entry.id}", "Plan", fields))
    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    window.show()
    assert window.drafts_note.isVisible() and "1 unsaved draft" in window.drafts_note.text()

    journal.drafts.save(Draft("form:person:new", "Ana", {"name": "Ana"}))  # typed in this session: not offered
    window.go_to("journal").show_record("entry", entry.id)  # opened by hand: its own note says it was put back
    editor = window.pages["journal"].editor  # type: ignore[attr-defined]
    assert editor.text.text() == "The plan, finished."
    assert editor.banner.isVisible()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert journal.entries.get(entry.id).body == "The plan, finished."
    assert not window.drafts_note.isVisible()
