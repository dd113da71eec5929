"""Notes typed in any record's dialog survive a crash and come back in the same dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from career_journal.domain.records import Person
from career_journal.ui.dialogs.forms import dialog_for_draft
from career_journal.ui.dialogs.people_forms import person_dialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.session import Session


def crash(dialog) -> None:  # type: ignore[no-untyped-def]
    """The window goes away without Save or Cancel, the way a killed app's does."""
    dialog.draft_timer.stop()
    dialog.hide()


def test_typed_notes_come_back_in_the_same_dialog_after_a_crash(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    marcus = session.journal.people.add(Person(name="Marcus Obi"))
    first = person_dialog(None, session, marcus)
    qtbot.addWidget(first)
    first.open()
    qtbot.keyClicks(first.widgets["needs"], "Safer deploys before Q3")
    qtbot.waitUntil(lambda: session.journal.drafts.get(f"form:person:{marcus.id}") is not None, timeout=3000)
    crash(first)
    assert session.journal.people.get(marcus.id).needs == ""

    again = dialog_for_draft(None, session, f"form:person:{marcus.id}")
    assert again is not None
    qtbot.addWidget(again)
    again.open()
    assert again.widgets["needs"].toPlainText() == "Safer deploys before Q3"
    assert "was put back" in again.error.text()
    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert session.journal.people.get(marcus.id).needs == "Safer deploys before Q3"
    assert session.journal.drafts.count() == 0


def test_cancel_throws_the_typed_text_away(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = person_dialog(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.widgets["name"], "Ana")
    dialog.write_draft()
    assert session.journal.drafts.get("form:person:new") is not None
    dialog.reject()
    assert session.journal.drafts.count() == 0 and session.journal.people.list() == []


def test_the_window_offers_form_drafts_at_start_and_opens_them(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = person_dialog(None, sample_session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.widgets["name"], "Ana Lima")
    dialog.write_draft()
    crash(dialog)

    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    window.show()
    assert window.drafts_note.isVisible() and "1 unsaved draft" in window.drafts_note.text()
    window.open_draft("form:person:new")
    reopened = window.findChildren(type(dialog))[-1]
    assert reopened.isVisible() and reopened.widgets["name"].text() == "Ana Lima"
