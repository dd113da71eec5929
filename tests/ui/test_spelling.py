"""Spell check while writing: wavy underlines in the note's language, corrections on a right-click, one switch.

Real system dictionaries (Enchant over Hunspell, installed by scripts/setup),
real editors, a real personal dictionary file in the test's data folder.
"""

from __future__ import annotations

import contextlib
import stat
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from career_journal.domain.records import Entry
from career_journal.paths import resource_dir
from career_journal.spelling.checker import Language
from career_journal.ui.main_window import MainWindow
from career_journal.ui.pages.journal.page import JournalPage
from career_journal.ui.pages.reflect.page import ReflectPage
from career_journal.ui.session import Session
from career_journal.ui.spelling import ENABLED_KEY, Spelling
from career_journal.ui.widgets.markdown_editor import MarkdownEditor
from career_journal.ui.widgets.spelling import UNDERLINE_DARK, UNDERLINE_LIGHT
from career_journal.ui.widgets.spelling_menu import LOOKING, SpellingMenu

INSTALL = "scripts/setup installs them: libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-sv"


def underlined(editor: MarkdownEditor) -> list[str]:
    """The words drawn with a wavy underline, top to bottom."""
    found = []
    block = editor.editor.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return found


def wait_for_dictionaries(qtbot, spelling: Spelling) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: spelling.ready, timeout=10_000)
    assert not spelling.problems(), f"{spelling.problems()} {INSTALL}"


def shows(qtbot, editor: MarkdownEditor, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Wait until exactly ``expected`` is underlined (the background pass may take a moment)."""
    with contextlib.suppress(WaitTimedOut):
        qtbot.waitUntil(lambda: underlined(editor) == expected, timeout=5_000)
    assert underlined(editor) == expected


@pytest.fixture
def make_editor(qtbot, session: Session) -> Callable[[str], MarkdownEditor]:  # type: ignore[no-untyped-def]
    def make(note: str = "note-1") -> MarkdownEditor:
        editor = MarkdownEditor(preview=False)
        editor.check_spelling(session.spelling, note=lambda: note)
        qtbot.addWidget(editor)
        editor.resize(700, 400)
        editor.show()
        return editor

    return make


@pytest.fixture
def editor(qtbot, session: Session, make_editor) -> MarkdownEditor:  # type: ignore[no-untyped-def]
    made = make_editor()
    made.set_text("Warm up.")
    wait_for_dictionaries(qtbot, session.spelling)
    return made


def position_of(editor: MarkdownEditor, word: str) -> QPoint:
    """Where a right-click on ``word`` lands (in the editor's viewport)."""
    found = editor.editor.document().find(word)
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    return editor.editor.cursorRect(cursor).center()


def context_menu(qtbot, editor: MarkdownEditor, word: str) -> QMenu:  # type: ignore[no-untyped-def]
    """The menu a right-click on ``word`` opens."""
    assert editor.spelling is not None
    menu = editor.spelling.findChild(SpellingMenu).build(position_of(editor, word))
    qtbot.addWidget(menu)
    return menu


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    for candidate in menu.actions():
        if candidate.text() == text:
            return candidate
        if candidate.menu() is not None:
            inner = action(candidate.menu(), text)
            if inner is not None:
                return inner
    return None


def texts(menu: QMenu) -> list[str]:
    return [candidate.text() for candidate in menu.actions() if not candidate.isSeparator()]


def test_a_misspelt_english_word_is_underlined_in_an_english_note(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("Today I taught Dana the release train.\nShe will recieve the checklist on Monday.")
    shows(qtbot, editor, ["recieve"])
    assert editor.spelling is not None and editor.spelling.language is Language.ENGLISH


def test_a_misspelt_swedish_word_is_underlined_in_a_swedish_note(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("Idag lärde jag Dana hur releaseprocessen fungerar.\nHon körde den själv på fredagn.")
    shows(qtbot, editor, ["fredagn"])
    assert editor.spelling is not None and editor.spelling.language is Language.SWEDISH


def test_code_spans_code_blocks_urls_and_addresses_are_not_underlined(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text(
        "Run `recieve --fixx` first, see https://exmple.org/recieve or mail dana@exmple.org.\n"
        "Ask @danaw about #relese and the NASA API.\n"
        "```\nrecieve = fetch(misteak)\n```\n"
        "One real misteak here."
    )
    shows(qtbot, editor, ["misteak"])


def test_suggestions_appear_in_the_context_menu_and_one_corrects_the_word(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("She will recieve the checklist.")
    shows(qtbot, editor, ["recieve"])
    edits: list[None] = []
    editor.edited.connect(lambda: edits.append(None))
    editor.editor.customContextMenuRequested.emit(position_of(editor, "recieve"))  # a right-click on the word
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert texts(menu)[:3] == [LOOKING, "Add “recieve” to my dictionary", "Ignore “recieve” in this note"]
    qtbot.waitUntil(lambda: action(menu, "receive") is not None)
    suggestions = texts(menu)[: texts(menu).index("Add “recieve” to my dictionary")]
    assert 1 <= len(suggestions) <= 5 and LOOKING not in suggestions
    action(menu, "receive").trigger()
    menu.close()
    assert editor.text() == "She will receive the checklist."
    assert edits  # a correction is an edit like typing: it is saved, and Ctrl+Z takes it back
    shows(qtbot, editor, [])
    editor.editor.undo()
    assert editor.text() == "She will recieve the checklist."


def test_add_to_my_dictionary_writes_the_file_and_the_underline_goes_everywhere(  # type: ignore[no-untyped-def]
    qtbot, editor: MarkdownEditor, make_editor, private_home: Path
) -> None:
    other = make_editor("note-2")
    other.set_text("We use kubectl daily.")
    editor.set_text("Fixed the kubectl settings.")
    shows(qtbot, editor, ["kubectl"])
    shows(qtbot, other, ["kubectl"])
    action(context_menu(qtbot, editor, "kubectl"), "Add “kubectl” to my dictionary").trigger()
    shows(qtbot, editor, [])
    shows(qtbot, other, [])
    path = private_home / "dictionary-en.txt"
    assert path.read_text(encoding="utf-8") == "kubectl\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(private_home.stat().st_mode) == 0o700


def test_ignore_in_this_note_hides_the_word_in_that_note_only(qtbot, editor: MarkdownEditor, make_editor) -> None:  # type: ignore[no-untyped-def]
    other = make_editor("note-2")
    other.set_text("Met Ngozika about the roadmap.")
    editor.set_text("Ngozika asked about the roadmap.")
    shows(qtbot, editor, ["Ngozika"])
    action(context_menu(qtbot, editor, "Ngozika"), "Ignore “Ngozika” in this note").trigger()
    shows(qtbot, editor, [])
    shows(qtbot, other, ["Ngozika"])


def test_the_spelling_language_of_a_note_can_be_chosen_in_the_context_menu(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("Hon körde den själv.")
    shows(qtbot, editor, [])
    menu = context_menu(qtbot, editor, "körde")
    assert action(menu, "Automatic (Svenska)").isChecked()
    action(menu, "English").trigger()
    shows(qtbot, editor, ["körde", "själv"])  # "hon" and "den" are English words too
    assert action(context_menu(qtbot, editor, "körde"), "English").isChecked()
    action(context_menu(qtbot, editor, "körde"), "Automatic (Svenska)").trigger()
    shows(qtbot, editor, [])


def test_the_word_being_typed_is_underlined_once_it_is_finished(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("")
    editor.focus_editor()
    qtbot.keyClicks(editor.editor, "I will recieve")
    qtbot.wait(50)
    assert underlined(editor) == []  # still being written
    qtbot.keyClicks(editor.editor, " it")
    shows(qtbot, editor, ["recieve"])


def test_drawing_underlines_is_not_an_edit(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    written = Entry(title="Week", body="The releese went well.", entry_date=date(2026, 11, 20))
    entry = session.journal.entries.add(written)
    page = JournalPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_record("entry", entry.id)
    shows(qtbot, page.editor.text, ["releese"])
    session.spelling.set_enabled(False)
    shows(qtbot, page.editor.text, [])
    assert not page.editor.dirty
    assert session.journal.drafts.count() == 0


def test_the_edit_menu_switch_turns_underlines_off_and_on_and_is_remembered(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    page: JournalPage = window.go_to("journal")  # type: ignore[assignment]
    page.new_entry()
    page.editor.text.set_text("A note with a misteak.")
    wait_for_dictionaries(qtbot, session.spelling)
    shows(qtbot, page.editor.text, ["misteak"])
    switch = window.spelling_action
    assert switch.isChecked() and switch in window.menuBar().actions()[1].menu().actions()
    assert "English and Swedish" in switch.toolTip()
    switch.trigger()
    shows(qtbot, page.editor.text, [])
    assert session.settings.value(ENABLED_KEY, type=bool) is False
    assert not action(context_menu(qtbot, page.editor.text, "misteak"), "Check spelling while typing").isChecked()
    switch.trigger()
    shows(qtbot, page.editor.text, ["misteak"])


def test_a_reflection_answer_is_checked_too(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ReflectPage(session, builtin_dir=resource_dir() / "prompts", user_dir=tmp_path / "prompts")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.start_selected()
    assert page.views.currentWidget() is page.writing
    qtbot.keyClicks(page.writing.answer.editor, "I taught Dana the releese process. ")
    wait_for_dictionaries(qtbot, session.spelling)
    shows(qtbot, page.writing.answer, ["releese"])


def test_the_underline_colour_follows_a_dark_background(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("A misteak.")
    shows(qtbot, editor, ["misteak"])

    def colour() -> str:
        span = editor.editor.document().firstBlock().layout().formats()[0]
        return span.format.underlineColor().name()

    assert colour() == UNDERLINE_LIGHT
    dark = QPalette(editor.editor.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#171a1c"))
    editor.editor.setPalette(dark)
    qtbot.waitUntil(lambda: colour() == UNDERLINE_DARK)


def test_a_long_note_is_checked_to_its_last_line(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    paragraph = "The team shipped the release on time and the customers were happy with it. " * 4
    editor.set_text("\n\n".join([paragraph] * 1500 + ["The very last line has a misteak."]))
    qtbot.waitUntil(lambda: underlined(editor) == ["misteak"], timeout=20_000)


def test_without_the_engine_the_editor_works_and_says_so_once(  # type: ignore[no-untyped-def]
    qtbot, session: Session, make_editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)  # as if the Enchant library were not installed
    said: list[str] = []
    session.status.connect(said.append)
    editor = make_editor()
    editor.set_text("A misteak.")
    qtbot.waitUntil(lambda: session.spelling.ready)
    qtbot.keyClicks(editor.editor, "More text ")
    assert underlined(editor) == [] and "More text" in editor.text()
    assert said == ["Spelling is not checked: the Enchant spelling library is not installed (Debian: libenchant-2-2)."]
    assert "Enchant spelling library is not installed" in session.spelling.status_text()
    menu = context_menu(qtbot, editor, "misteak")  # the usual menu, and the switch
    assert "Add “misteak” to my dictionary" not in texts(menu) and action(menu, "Check spelling while typing")


def test_a_paragraph_in_the_other_language_is_checked_in_that_language(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text(
        "I taught Dana the relese process and she ran it on her own this week.\n\n"
        "Hon körde den själv på fredagn och allt gick bra."
    )
    shows(qtbot, editor, ["relese", "fredagn"])
    menu = context_menu(qtbot, editor, "fredagn")
    qtbot.waitUntil(lambda: action(menu, "fredagen") is not None)  # a Swedish correction for a Swedish line
    action(menu, "Add “fredagn” to my dictionary").trigger()
    shows(qtbot, editor, ["relese"])
    assert (editor.spelling.spelling.folder / "dictionary-sv.txt").read_text(encoding="utf-8") == "fredagn\n"


def test_a_read_only_editor_offers_no_corrections(qtbot, editor: MarkdownEditor) -> None:  # type: ignore[no-untyped-def]
    editor.set_text("She will recieve the checklist.")
    editor.set_read_only(True)
    shows(qtbot, editor, ["recieve"])
    menu = context_menu(qtbot, editor, "recieve")
    qtbot.waitUntil(lambda: action(menu, "receive") is not None)
    action(menu, "receive").trigger()  # a disabled item does nothing
    assert not action(menu, "receive").isEnabled() and editor.text() == "She will recieve the checklist."
