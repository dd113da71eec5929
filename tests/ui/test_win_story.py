"""A win's STAR story in the entry editor: shown for wins only, saved with the entry, kept in its draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Entry, WinStory
from career_journal.ui.pages.journal.page import JournalPage
from career_journal.ui.session import Session


@pytest.fixture
def page(qtbot, session: Session) -> JournalPage:  # type: ignore[no-untyped-def]
    made = JournalPage(session)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made


def test_a_win_gets_its_story_fields_and_saves_them(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not editor.story.isVisible()  # a note has no story
    qtbot.keyClicks(editor.title, "Release handed over")
    editor.kind.set_value(EntryKind.WIN)
    assert editor.story.isVisible() and not editor.story.parts["result"].isVisible()
    qtbot.mouseClick(editor.story.toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.story.parts["task"], "Make releases run without me")
    qtbot.keyClicks(editor.story.parts["result"], "Dana runs them")
    qtbot.keyClick(editor.text.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (saved,) = page.journal.entries.list()
    assert saved.story == WinStory(task="Make releases run without me", result="Dana runs them")


def test_a_story_typed_but_not_saved_comes_back_from_the_draft(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    win = page.journal.entries.add(Entry("Shipped the runbook", page.session.today(), kind=EntryKind.WIN))
    page.refresh()
    page.editor.load(page.journal.entries.get(win.id or 0))
    editor = page.editor
    qtbot.mouseClick(editor.story.toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.story.parts["situation"], "Nobody could release")
    editor.write_draft()

    editor.load(page.journal.entries.get(win.id or 0))  # as after a crash: the draft is put back
    assert editor.story.parts["situation"].toPlainText() == "Nobody could release"
    assert editor.story.toggle.text() == "Story (STAR): the result is missing"
    assert page.journal.entries.get(win.id or 0).story is None  # nothing saved behind the person's back
