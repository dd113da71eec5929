"""Prepare on an adviser's card: the agenda of what changed since the last check-in, to copy or save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from career_journal.ui.dialogs.agenda import AgendaDialog
from career_journal.ui.pages.team.page import TeamPage
from career_journal.ui.session import Session


def open_agenda(qtbot, session: Session, name: str) -> AgendaDialog:  # type: ignore[no-untyped-def]
    page = TeamPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    adviser = next(s for s in page.model.records if s.adviser.person_name == name)
    block = page.block_of(adviser.adviser.id or 0)
    assert block is not None
    qtbot.mouseClick(block.prepare_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AgendaDialog) and w.isVisible())
    dialog.wait_until_built()
    return dialog


def test_prepare_shows_the_agenda_and_copies_and_saves_exactly_it(  # type: ignore[no-untyped-def]
    qtbot, sample_session: Session, dialogs, tmp_path: Path
) -> None:
    dialog = open_agenda(qtbot, sample_session, "Sam Keller")
    assert dialog.text.startswith("# Check-in with Sam Keller")
    assert "Review promotion packet draft" in dialog.text  # the open ask
    assert "Check-in with Sam Keller" in dialog.preview.toPlainText()
    assert "private goal" in dialog.left_out_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text
    dialogs.save_paths.append(str(tmp_path / "sam.md"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "sam.md").read_text(encoding="utf-8") == dialog.text
    dialog.close()


def test_prepare_works_on_a_journal_opened_read_only(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    sample_session.journal.read_only = True  # as a damaged journal is shown
    dialog = open_agenda(qtbot, sample_session, "Priya Raman")
    assert dialog.text.startswith("# Check-in with Priya Raman")
    dialog.close()


def test_the_all_advisers_table_prepares_and_logs_a_check_in_for_the_selected_row(  # type: ignore[no-untyped-def]
    qtbot, sample_session: Session
) -> None:
    page = TeamPage(sample_session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(1)
    prepare, _ = page.table_actions["prepare"]
    log, _ = page.table_actions["log"]
    page.table.clearSelection()
    page.table.setCurrentIndex(page.table.model().index(-1, 0))
    assert not prepare.isEnabled() and not log.isEnabled()  # nothing chosen, nothing to act on

    sam = next(s for s in page.model.records if s.adviser.person_name == "Sam Keller")
    page.show_record("adviser", sam.adviser.id or 0)
    assert prepare.isEnabled() and log.isEnabled()
    qtbot.mouseClick(prepare, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AgendaDialog) and w.isVisible())
    dialog.wait_until_built()
    assert dialog.text.startswith("# Check-in with Sam Keller")
    dialog.close()

    qtbot.mouseClick(log, Qt.MouseButton.LeftButton)
    assert page.dialog.isVisible()
    assert page.dialog.values()["person_ids"] == [sam.adviser.person_id]
    page.dialog.reject()
