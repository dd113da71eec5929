"""The Reflect page: choose a prompt set, answer one prompt at a time, finish with one reflection entry.

Real journal files, real widgets, real prompt-set files (shipped ones from the
source tree, the person's own in a temporary folder); typing and clicking go
through qtbot, and what was saved is read back through the Journal facade.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from career_journal.domain.enums import EntryKind
from career_journal.domain.errors import JournalError
from career_journal.domain.queries import EntryFilter
from career_journal.exchange.prompt_sets import load_prompt_sets
from career_journal.paths import resource_dir
from career_journal.ui.dialogs.prompt_set_editor import PromptSetEditor
from career_journal.ui.pages.reflect.page import ReflectPage
from career_journal.ui.session import Session

SHIPPED = resource_dir() / "prompts"
WEEKLY = load_prompt_sets(SHIPPED, Path("/nonexistent"))[0][0]


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "my-prompts"


def make_page(qtbot, session: Session, user_dir: Path) -> ReflectPage:  # type: ignore[no-untyped-def]
    page = ReflectPage(session, builtin_dir=SHIPPED, user_dir=user_dir)
    qtbot.addWidget(page)
    page.resize(1080, 760)
    with qtbot.waitActive(page):  # shortcuts (Ctrl+Enter…) only reach the active window
        page.show()
        page.activateWindow()
    return page


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A dialog opened with open() becomes the active window on a desktop; offscreen it needs asking."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def rows(page: ReflectPage) -> list[tuple[str, str, str]]:
    model = page.table.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def select(page: ReflectPage, name: str) -> None:
    row = next(r for r, (shown, _n, _s) in enumerate(rows(page)) if shown == name)
    page.table.setFocus()
    page.table.selectRow(row)


def start_weekly(qtbot, page: ReflectPage) -> None:  # type: ignore[no-untyped-def]
    select(page, "Weekly review")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.writing


def answer(qtbot, page: ReflectPage, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.writing.answer.editor, text)


def next_prompt(qtbot, page: ReflectPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.writing.answer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def reflections(session: Session) -> list:
    return session.journal.entries.list(EntryFilter(kind=EntryKind.REFLECTION))


# -- a whole session ------------------------------------------------------------------
def test_a_weekly_review_ends_as_one_linked_reflection_entry(qtbot, sample_session: Session, user_dir: Path) -> None:
    journal = sample_session.journal
    before = {e.id for e in reflections(sample_session)}
    page = make_page(qtbot, sample_session, user_dir)
    start_weekly(qtbot, page)
    assert page.writing.question.text() == WEEKLY.prompts[0].question
    assert page.writing.hint.text() == WEEKLY.prompts[0].hint
    assert page.writing.step.text() == "Prompt 1 of 6"
    assert not page.writing.answer.preview.isVisibleTo(page.writing.answer)  # distraction-free by default

    answer(qtbot, page, "Shipped the **release train** handover.")
    next_prompt(qtbot, page)
    assert page.writing.step.text() == "Prompt 2 of 6 · 1 answered"
    assert page.writing.question.text() == WEEKLY.prompts[1].question
    assert page.writing.answer.text() == ""
    answer(qtbot, page, "Paired with Dana on the deploy runbook.")

    qtbot.mouseClick(page.writing.link_button, Qt.MouseButton.LeftButton)
    dialog = page.link_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.people.filter, "Dana")
    qtbot.keyClick(dialog.people.filter, Qt.Key.Key_Return)  # ticks the only match
    dialog.tabs.setCurrentWidget(dialog.goals)
    qtbot.keyClicks(dialog.goals.filter, "staff")
    qtbot.keyClick(dialog.goals.filter, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    dana = next(p for p in journal.people.list() if p.name.startswith("Dana"))
    staff = next(g for g in journal.goals.list() if "staff" in g.title.lower())
    assert dana.name in page.writing.links.text() and staff.title in page.writing.links.text()

    qtbot.mouseClick(page.writing.finish_button, Qt.MouseButton.LeftButton)  # finishing early is allowed
    new = [e for e in reflections(sample_session) if e.id not in before]
    assert len(new) == 1
    entry = journal.entries.get(new[0].id)
    assert entry.kind is EntryKind.REFLECTION and entry.entry_date == sample_session.today()
    assert entry.title.startswith("Weekly review")
    assert f"## {WEEKLY.prompts[0].question}\n\nShipped the **release train** handover." in entry.body
    assert f"## {WEEKLY.prompts[1].question}\n\nPaired with Dana on the deploy runbook." in entry.body
    assert entry.body.count("## ") == 2  # unanswered prompts are left out
    assert (entry.person_ids, entry.goal_ids) == ([dana.id], [staff.id])
    assert set(entry.tags) == {"reflection", "weekly-review"}
    assert journal.drafts.get("reflection") is None

    assert page.views.currentWidget() is page.done
    assert "2 answers" in page.done.summary.text() and dana.name in page.done.summary.text()
    with qtbot.waitSignal(sample_session.open_requested) as opened:
        qtbot.mouseClick(page.done.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["entry", entry.id]
    qtbot.mouseClick(page.done.back_button, Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.chooser
    assert not page.chooser.resume_card.isVisible()


def test_ctrl_enter_on_the_last_prompt_finishes(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    for _ in range(5):
        next_prompt(qtbot, page)
    assert page.writing.step.text() == "Prompt 6 of 6"
    assert not page.writing.next_button.isVisible() and page.writing.finish_button.property("primary")
    answer(qtbot, page, "Write the Terraform runbook.")
    next_prompt(qtbot, page)
    (entry,) = reflections(session)
    assert (
        session.journal.entries.get(entry.id).body == f"## {WEEKLY.prompts[5].question}\n\nWrite the Terraform runbook."
    )


def test_finishing_with_no_answers_says_why_and_keeps_the_session(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    next_prompt(qtbot, page)
    qtbot.mouseClick(page.writing.finish_button, Qt.MouseButton.LeftButton)
    assert page.writing.error.isVisible()
    assert "Answer at least one prompt" in page.writing.error.text()
    assert page.views.currentWidget() is page.writing and page.writing.step.text() == "Prompt 2 of 6"
    assert reflections(session) == []
    answer(qtbot, page, "Now something.")
    assert not page.writing.error.isVisible()


def test_back_returns_to_the_earlier_answer(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "First")
    next_prompt(qtbot, page)
    assert page.writing.back_button.isEnabled()
    qtbot.mouseClick(page.writing.back_button, Qt.MouseButton.LeftButton)
    assert (page.writing.step.text(), page.writing.answer.text()) == ("Prompt 1 of 6 · 1 answered", "First")
    assert not page.writing.back_button.isEnabled()


def test_the_preview_can_be_shown(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "**bold** move")
    qtbot.mouseClick(page.writing.preview_button, Qt.MouseButton.LeftButton)
    assert page.writing.answer.preview.isVisible()
    assert "bold move" in page.writing.answer.preview.toPlainText()
    qtbot.keyClick(page.writing.answer.editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.ShiftModifier)
    assert not page.writing.answer.preview.isVisible() and not page.writing.preview_button.isChecked()


# -- saved continuously, resumed exactly -------------------------------------------------
def test_typing_is_kept_as_a_draft_and_a_new_page_resumes_it(qtbot, sample_session: Session, user_dir: Path) -> None:
    journal = sample_session.journal
    page = make_page(qtbot, sample_session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Proud of the incident review.")
    next_prompt(qtbot, page)
    page.reflection.person_ids = [journal.people.list()[0].id]  # type: ignore[union-attr]
    answer(qtbot, page, "Taught the on-call rota")
    qtbot.waitUntil(
        lambda: (
            (d := journal.drafts.get("reflection")) is not None and d.fields["answers"][1] == "Taught the on-call rota"
        )
    )
    draft = journal.drafts.get("reflection")
    assert draft is not None and draft.label == "Weekly review"
    assert (draft.fields["prompt_set"], draft.fields["current"]) == ("weekly-review", 1)
    assert "Kept safe" in page.writing.state.text()

    later = make_page(qtbot, sample_session, user_dir)
    assert later.chooser.resume_card.isVisible()
    assert "unfinished Weekly review" in later.chooser.resume_text.text()
    assert "prompt 2 of 6, 2 answered" in later.chooser.resume_text.text()
    qtbot.mouseClick(later.chooser.resume_button, Qt.MouseButton.LeftButton)
    assert later.views.currentWidget() is later.writing
    assert later.writing.step.text() == "Prompt 2 of 6 · 2 answered"
    assert later.writing.question.text() == WEEKLY.prompts[1].question
    assert later.writing.answer.text() == "Taught the on-call rota"
    assert later.reflection.person_ids == [journal.people.list()[0].id]  # type: ignore[union-attr]
    assert journal.people.list()[0].name in later.writing.links.text()
    qtbot.mouseClick(later.writing.back_button, Qt.MouseButton.LeftButton)
    assert later.writing.answer.text() == "Proud of the incident review."


def test_switching_pages_keeps_the_draft_at_once(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Typed just now")
    page.hide()  # another page is shown, or the window closes
    assert session.journal.drafts.get("reflection").fields["answers"][0] == "Typed just now"  # type: ignore[union-attr]


def test_leave_keeps_the_draft_and_offers_to_resume(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Left halfway")
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)  # written at once, no waiting
    assert session.journal.drafts.get("reflection").fields["answers"][0] == "Left halfway"  # type: ignore[union-attr]
    assert page.views.currentWidget() is page.chooser and page.chooser.resume_card.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.writing.answer.text() == "Left halfway"


def test_a_draft_resumes_the_questions_it_was_answering_after_the_set_changed(
    qtbot, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Answer to the first question")
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)
    user_dir.mkdir()
    (user_dir / "weekly-review.toml").write_text('name = "Weekly"\n[[prompts]]\nquestion = "Other?"\n', "utf-8")
    later = make_page(qtbot, session, user_dir)
    qtbot.mouseClick(later.chooser.resume_button, Qt.MouseButton.LeftButton)
    assert later.writing.question.text() == WEEKLY.prompts[0].question
    assert later.writing.step.text() == "Prompt 1 of 6 · 1 answered"


def test_discarding_the_draft_asks_and_removes_it(qtbot, dialogs, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Not worth keeping")
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.chooser.discard_button, Qt.MouseButton.LeftButton)  # answered No
    assert session.journal.drafts.get("reflection") is not None and page.chooser.resume_card.isVisible()
    dialogs.yes()
    qtbot.mouseClick(page.chooser.discard_button, Qt.MouseButton.LeftButton)
    assert "Throw away your unfinished Weekly review" in dialogs.texts("question")[-1]
    assert session.journal.drafts.get("reflection") is None
    assert not page.chooser.resume_card.isVisible()


def test_starting_another_session_over_a_draft_asks_first(qtbot, dialogs, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Keep me")
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)
    select(page, "Preparing for a coach session")
    qtbot.mouseClick(page.chooser.start_button, Qt.MouseButton.LeftButton)  # answered No: nothing happens
    assert page.views.currentWidget() is page.chooser
    assert session.journal.drafts.get("reflection").fields["answers"][0] == "Keep me"  # type: ignore[union-attr]
    dialogs.yes()
    qtbot.mouseClick(page.chooser.start_button, Qt.MouseButton.LeftButton)
    assert page.writing.set_name.text() == "Preparing for a coach session"
    assert session.journal.drafts.get("reflection") is None


def test_a_draft_that_cannot_be_saved_says_so_and_keeps_the_text(
    qtbot, monkeypatch: pytest.MonkeyPatch, session: Session, user_dir: Path
) -> None:
    def refuse(_draft):  # type: ignore[no-untyped-def]
        raise JournalError("The disk is full.")

    monkeypatch.setattr(session.journal.drafts, "save", refuse)
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Still here")
    qtbot.waitUntil(lambda: "Not yet safe" in page.writing.state.text())
    assert "The disk is full." in page.writing.state.text()
    assert page.writing.answer.text() == "Still here"
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.writing  # not safe yet: the text stays on screen


# -- privacy -----------------------------------------------------------------------------
def test_a_candid_set_starts_private_the_toggle_is_on_every_prompt_and_the_entry_keeps_it(
    qtbot, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    select(page, "Am I indispensable? audit")
    assert "starts private" in page.chooser.meta.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    toggle = page.writing.private_box
    for _prompt in range(3):
        assert toggle.isVisible() and toggle.isChecked()
        answer(qtbot, page, "Only I can run payroll.")
        next_prompt(qtbot, page)
    qtbot.mouseClick(page.writing.finish_button, Qt.MouseButton.LeftButton)
    [entry] = reflections(session)
    assert entry.private is True
    assert "Private: left out of exports unless you ask." in page.done.summary.text()


def test_a_weekly_review_can_be_made_private_and_the_draft_keeps_the_choice(
    qtbot, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    assert not page.writing.private_box.isChecked()
    answer(qtbot, page, "Thinking about the reorg")
    qtbot.mouseClick(page.writing.private_box, Qt.MouseButton.LeftButton)
    assert session.journal.drafts.get("reflection").fields["private"] is True  # type: ignore[union-attr]
    assert page.writing.answer.editor.hasFocus()  # the toggle leaves the cursor in the answer

    later = make_page(qtbot, session, user_dir)
    qtbot.mouseClick(later.chooser.resume_button, Qt.MouseButton.LeftButton)
    assert later.writing.private_box.isChecked()
    qtbot.mouseClick(later.writing.finish_button, Qt.MouseButton.LeftButton)
    assert [e.private for e in reflections(session)] == [True]


def test_the_editor_keeps_whether_a_set_starts_private(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    qtbot.mouseClick(page.chooser.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor_dialog
    editor.name.setText("Before my one-to-one")
    editor.blocks[0].question.setText("What do I need from my manager?")
    editor.private.setChecked(True)
    editor.accept()
    assert "private = true" in (user_dir / "before-my-one-to-one.toml").read_text(encoding="utf-8")
    select(page, "Before my one-to-one")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.writing.private_box.isChecked()


def test_a_set_name_cut_to_fit_is_whole_in_its_tooltip(qtbot, session: Session, user_dir: Path) -> None:
    page = make_page(qtbot, session, user_dir)
    page.resize(700, 600)
    model = page.table.model()
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        assert name in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


# -- from Today: the usual set, or the chooser ----------------------------------------------
def test_todays_button_starts_the_set_last_finished_and_resumes_an_unfinished_one(
    qtbot, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    page.start_usual()
    assert page.reflection.prompt_set.key == "weekly-review"  # type: ignore[union-attr]
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)  # nothing typed: no draft
    select(page, "Preparing for a coach session")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    answer(qtbot, page, "Ask about the staff role")
    qtbot.mouseClick(page.writing.finish_button, Qt.MouseButton.LeftButton)
    assert session.usual_reflection() == ("coach-session", "Preparing for a coach session")

    page.start_usual()
    assert page.writing.set_name.text() == "Preparing for a coach session"
    answer(qtbot, page, "Half an answer")
    page.choose_another()  # the chooser: what was typed is kept
    assert page.views.currentWidget() is page.chooser and page.chooser.resume_card.isVisible()
    page.start_usual()
    assert page.writing.answer.text() == "Half an answer"  # carried on, nothing thrown away


# -- prompt sets -------------------------------------------------------------------------
def test_the_list_shows_every_shipped_set_and_passes_the_model_tester(
    qtbot, qtmodeltester, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    assert rows(page)[0] == ("Weekly review", "6", "Shipped")
    assert len(rows(page)) == 7
    assert page.chooser.name.text() == "Weekly review"
    assert WEEKLY.prompts[2].question in page.chooser.questions.text()
    assert not page.chooser.resume_card.isVisible() and not page.chooser.problems.isVisible()
    assert page.badge() is None
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in rows(page)] == ["5", "5", "6", "6", "6", "6", "6"]


def test_a_new_prompt_set_written_in_the_editor_appears_and_can_be_deleted(
    qtbot, dialogs, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    qtbot.mouseClick(page.chooser.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor_dialog
    assert isinstance(editor, PromptSetEditor) and editor.isVisible()
    activate(qtbot, editor)
    qtbot.keyClicks(editor.name, "Before my one-to-one")
    qtbot.keyClicks(editor.description, "Five minutes before meeting Helen.")
    first = editor.blocks[0]
    qtbot.keyClicks(first.question, "What do I want from it?")
    qtbot.keyClick(first.question, Qt.Key.Key_Return)  # Enter moves on to the hint
    assert first.hint.hasFocus()
    qtbot.keyClicks(first.hint, "One decision")
    qtbot.keyClick(first.hint, Qt.Key.Key_Return)  # and from the last hint to a new prompt
    assert len(editor.blocks) == 2 and editor.blocks[1].question.hasFocus()
    qtbot.keyClicks(editor.blocks[1].question, "What did I promise last time?")
    qtbot.keyClick(editor.blocks[1].question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()

    assert ("Before my one-to-one", "2", "Yours") in rows(page)
    assert (user_dir / "before-my-one-to-one.toml").exists()
    saved = next(s for s in load_prompt_sets(SHIPPED, user_dir)[0] if s.key == "before-my-one-to-one")
    assert [(p.question, p.hint) for p in saved.prompts] == [
        ("What do I want from it?", "One decision"),
        ("What did I promise last time?", ""),
    ]
    assert page.chooser.name.text() == "Before my one-to-one"  # selected and shown
    assert page.chooser.delete_button.isVisible() and not page.chooser.restore_button.isVisible()

    activate(qtbot, page)  # the dialog closed: the window manager gives the page back its focus
    page.table.setFocus()
    dialogs.yes()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Delete the prompt set “Before my one-to-one”" in dialogs.texts("question")[-1]
    assert not (user_dir / "before-my-one-to-one.toml").exists()
    assert [r[0] for r in rows(page)].count("Before my one-to-one") == 0


def test_the_editor_says_what_is_missing_and_never_replaces_a_shipped_set(
    qtbot, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    page.new_set()
    editor = page.editor_dialog
    assert editor is not None
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.error.text() == "Give the prompt set a name."
    qtbot.keyClicks(editor.name, "Weekly review")
    qtbot.keyClicks(editor.blocks[0].hint, "a hint alone")
    editor.accept()
    assert editor.error.text() == "Prompt 1 has a hint but no question."
    qtbot.keyClicks(editor.blocks[0].question, "Mine?")
    editor.add_block()
    qtbot.mouseClick(editor.blocks[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.blocks) == 1
    editor.accept()
    assert not editor.isVisible()
    assert (user_dir / "weekly-review-2.toml").exists()  # its own file, next to the shipped one
    assert ("Weekly review", "6", "Shipped") in rows(page) and ("Weekly review", "1", "Yours") in rows(page)


def test_editing_a_shipped_set_writes_a_copy_that_can_be_restored(
    qtbot, dialogs, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    select(page, "Weekly review")
    assert not page.chooser.restore_button.isVisible() and not page.chooser.delete_button.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.editor_dialog
    assert editor is not None and "ships with the app" in editor.intro.text()
    activate(qtbot, editor)
    assert editor.name.text() == "Weekly review" and len(editor.blocks) == 6
    assert editor.blocks[0].question.text() == WEEKLY.prompts[0].question
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Weekly review (short)")
    last = editor.blocks[5]
    last.question.setFocus()  # the person is in the last prompt
    qtbot.keyClick(last.question, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # move it to fifth place
    assert editor.blocks[4] is last
    qtbot.mouseClick(editor.blocks[5].remove_button, Qt.MouseButton.LeftButton)
    editor.accept()

    copy = user_dir / "weekly-review.toml"
    assert copy.exists()
    assert rows(page)[0] == ("Weekly review (short)", "5", "Yours (edited)")
    edited = load_prompt_sets(SHIPPED, user_dir)[0][0]
    assert edited.prompts[4].question == WEEKLY.prompts[5].question and edited.tags == WEEKLY.tags
    assert page.chooser.restore_button.isVisible() and not page.chooser.delete_button.isVisible()
    assert (SHIPPED / "weekly-review.toml").read_text(encoding="utf-8").startswith('name = "Weekly review"\n')

    dialogs.yes()
    qtbot.mouseClick(page.chooser.restore_button, Qt.MouseButton.LeftButton)
    assert "Restore the original" in dialogs.texts("question")[-1]
    assert not copy.exists()
    assert rows(page)[0] == ("Weekly review", "6", "Shipped")
    assert page.chooser.name.text() == "Weekly review"


def test_a_broken_user_file_is_reported_not_fatal(qtbot, session: Session, user_dir: Path) -> None:
    user_dir.mkdir()
    (user_dir / "broken.toml").write_text("name = [", encoding="utf-8")
    (user_dir / "mine.toml").write_text('name = "Mine"\n[[prompts]]\nquestion = "Q?"\n', encoding="utf-8")
    page = make_page(qtbot, session, user_dir)
    assert page.chooser.problems.isVisible()
    assert "broken" in page.chooser.problems.text() and str(user_dir) in page.chooser.problems.text()
    assert len(rows(page)) == 8 and ("Mine", "1", "Yours") in rows(page)
    page.new_set()  # a new set called "Broken" must not overwrite the file the person still has to fix
    editor = page.editor_dialog
    assert editor is not None
    qtbot.keyClicks(editor.name, "Broken")
    qtbot.keyClicks(editor.blocks[0].question, "Fixed?")
    editor.accept()
    assert (user_dir / "broken.toml").read_text(encoding="utf-8") == "name = ["
    assert (user_dir / "broken-2.toml").exists() and ("Broken", "1", "Yours") in rows(page)


def test_the_page_works_without_any_prompt_sets(qtbot, session: Session, tmp_path: Path, user_dir: Path) -> None:
    page = ReflectPage(session, builtin_dir=tmp_path / "none", user_dir=user_dir)
    qtbot.addWidget(page)
    page.show()
    assert rows(page) == []
    assert "New prompt set" in page.chooser.description.text()
    assert not page.chooser.start_button.isEnabled()
    page.start_selected()  # nothing to start, nothing breaks
    assert page.views.currentWidget() is page.chooser


def test_a_read_only_journal_shows_the_sets_but_starts_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, session: Session, user_dir: Path
) -> None:
    page = make_page(qtbot, session, user_dir)
    start_weekly(qtbot, page)
    answer(qtbot, page, "Before the drive went read-only")
    qtbot.mouseClick(page.writing.leave_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(session.journal, "read_only", True)
    later = make_page(qtbot, session, user_dir)
    assert len(rows(later)) == 7 and later.chooser.resume_card.isVisible()
    assert not later.chooser.start_button.isEnabled() and not later.chooser.resume_button.isEnabled()
    assert not later.chooser.discard_button.isEnabled()
