"""Reflect: a quiet review, one prompt at a time, that ends as one journal entry.

Three views on one page: choosing a prompt set, the session itself, and a
short "done". Every change in a session is kept as the "reflection" draft (a
short pause, or at most ``autosave.DRAFT_MAX_WAIT_MS`` of continuous typing), so
leaving, a crash or closing the app loses nothing, and opening the page again
offers to resume exactly where it was (``draft.py``). Finishing writes
the entry and drops the draft in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ....domain.errors import InvalidInput, JournalError
from ....domain.reflection import DRAFT_KEY, WEEKLY_REVIEW, PromptSet, ReflectionSession
from ....paths import resource_dir, user_prompts_dir
from ...dialogs.links import LinkDialog, describe_links
from ...dialogs.prompt_set_editor import PromptSetEditor
from ...labels import fill, page_title
from ...session import Session
from ...widgets.text_label import ask, saved_at_text
from ..base import Page
from .chooser import ChooserView
from .draft import DraftKeeper, resumed_session
from .sets import PromptSetShelf
from .views import DoneView, SessionView, add_shortcut


class ReflectPage(Page):
    name = "reflect"
    title = "Reflect"
    icon_name = "reflect"
    # Linked names are shown during a session; an entry saved elsewhere changes nothing here but is harmless.
    watches = frozenset({"entry", "person", "goal", "skill"})

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        builtin_dir: Path | None = None,
        user_dir: Path | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.builtin_dir = builtin_dir if builtin_dir is not None else resource_dir() / "prompts"
        self.user_dir = user_dir if user_dir is not None else user_prompts_dir()
        self.reflection: ReflectionSession | None = None
        self.saved_entry_id: int | None = None
        self.link_dialog: LinkDialog | None = None
        self.draft = DraftKeeper(self.journal, self.write_draft, self)
        self.views = QStackedWidget()
        self.chooser = ChooserView(page_title(self.name))
        self.writing = SessionView()
        self.writing.answer.check_spelling(session.spelling, note=lambda: DRAFT_KEY)  # the answers make one entry
        self.done = DoneView()
        for view in (self.chooser, self.writing, self.done):
            self.views.addWidget(view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        self.shelf = PromptSetShelf(self, session, self.chooser, self.builtin_dir, self.user_dir, self._select)
        self._wire_chooser()
        self._wire_session()

    def _wire_chooser(self) -> None:
        view = self.chooser
        self.model, self.proxy, self.table = view.model, view.proxy, view.table
        self.table.activated.connect(lambda _index: self.start_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        for button, slot in (
            (view.new_button, self.new_set),
            (view.resume_button, self.resume),
            (view.discard_button, self.discard_draft),
            (view.start_button, self.start_selected),
            (view.edit_button, self.edit_selected),
            (view.restore_button, self.remove_selected),
            (view.delete_button, self.remove_selected),
        ):
            button.clicked.connect(slot)
        add_shortcut(self.table, "Delete", self.remove_selected)
        for keys, slot in (("F2", self.edit_selected), ("Ctrl+Shift+N", self.new_set), ("Ctrl+R", self.resume)):
            add_shortcut(view, keys, slot)
        self.done.open_button.clicked.connect(self.open_saved)
        self.done.back_button.clicked.connect(self.show_chooser)

    def _wire_session(self) -> None:
        view = self.writing
        view.answer.edited.connect(self._on_answer_edited)
        view.back_button.clicked.connect(lambda: self.go_to_prompt(-1))
        view.next_button.clicked.connect(lambda: self.go_to_prompt(+1))
        view.finish_button.clicked.connect(self.finish)
        view.leave_button.clicked.connect(self.leave)
        view.link_button.clicked.connect(self.edit_links)
        view.private_box.toggled.connect(self._on_private_toggled)
        view.earlier.open_record.connect(self.session.open_requested)
        for keys, slot in (
            ("Ctrl+Return", self.next_or_finish),
            ("Ctrl+Enter", self.next_or_finish),
            ("Ctrl+Shift+Return", self.finish),
            ("Ctrl+Shift+Enter", self.finish),
            ("Alt+Left", lambda: self.go_to_prompt(-1)),
            ("Alt+Right", lambda: self.go_to_prompt(+1)),
            ("Ctrl+Shift+A", self.edit_links),
            ("Escape", self.leave),
        ):
            add_shortcut(view, keys, slot)

    # -- choosing ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self.reflection is not None:
            self._show_links()  # a linked person or goal may have been renamed
            return
        chosen = self.selected_set()
        sets = self.shelf.load()
        self._select(chosen.key if chosen else sets[0].key if sets else None)
        self._show_resume_card()
        self._update_enabled()

    def selected_set(self) -> PromptSet | None:
        return self.chooser.selected()

    def _select(self, key: str | None) -> None:
        self.chooser.select(key)
        self._update_enabled()

    def _show_detail(self) -> None:
        self.chooser.show_set(self.selected_set())
        self._update_enabled()

    def _show_resume_card(self) -> None:
        draft = self.draft.get()
        self.draft.exists = draft is not None
        self.chooser.show_draft(draft)

    def _update_enabled(self) -> None:
        self.chooser.show_actions(writable=not self.session.read_only)

    # -- prompt sets: their files are the shelf's ---------------------------------------
    def new_set(self) -> None:
        self.shelf.open_editor(None)

    def edit_selected(self) -> None:
        if (chosen := self.selected_set()) is not None:
            self.shelf.open_editor(chosen)

    def remove_selected(self) -> None:
        if (chosen := self.selected_set()) is not None:
            self.shelf.remove(chosen)

    @property
    def editor_dialog(self) -> PromptSetEditor | None:
        return self.shelf.editor_dialog

    # -- the session ------------------------------------------------------------------
    def start_selected(self) -> None:
        chosen = self.selected_set()
        if chosen is None or self.read_only_guard():
            return
        draft = self.draft.get()
        if draft is not None:
            question = fill(
                self.tr(
                    "You have an unfinished %1 from %2.\n\n"
                    "Starting a new session throws its answers away. Start anyway?"
                ),
                draft.label,
                saved_at_text(draft.saved_at),
            )
            if not self._ask(self.tr("Start a new reflection?"), question) or not self._discard():
                return
        self._begin(ReflectionSession(chosen))

    def start_usual(self) -> None:
        """Today's button: carry on with an unfinished session, or start the usual set (the chooser is a click away)."""
        if self.reflection is not None:
            self.views.setCurrentWidget(self.writing)  # a session is open: that is where the person was
            self.writing.answer.focus_editor()
            return
        self.ensure_fresh()
        if self.draft.get() is not None:
            self.resume()
            return
        usual, _name = self.session.usual_reflection()
        known = {s.key for s in self.model.records}
        key = usual if usual in known else WEEKLY_REVIEW if WEEKLY_REVIEW in known else None
        if key is None:
            self.show_chooser()  # no usual set any more: let the person choose
            return
        self._select(key)
        self.start_selected()

    def choose_another(self) -> None:
        """Today's "Choose another…": every prompt set; a session in progress is kept as a draft first."""
        if self.reflection is not None:
            self.leave()
        else:
            self.show_chooser()

    def resume(self) -> None:
        draft = self.draft.get()
        if draft is None or self.read_only_guard():
            return
        try:
            reflection = resumed_session(draft, self.model.records)
        except (StopIteration, KeyError, TypeError, ValueError):
            QMessageBox.warning(
                self,
                self.tr("Could not resume"),
                self.tr("This unfinished reflection cannot be put back: its prompt set is gone."),
            )
            return
        self._begin(reflection)
        self.draft.exists = True
        self.writing.say(
            fill(self.tr("Resumed from %1. Your answers are kept as you type."), saved_at_text(draft.saved_at))
        )

    def _begin(self, reflection: ReflectionSession) -> None:
        self.reflection = reflection
        self._keep_existing_links()
        self.writing.show_prompt(reflection)
        self.writing.earlier.show_for(
            self.journal, self.session.today() if reflection.prompt_set.is_weekly_review else None
        )
        self.writing.say(self.tr("Your answers are kept as you type."))
        self._show_links()
        self.views.setCurrentWidget(self.writing)
        self.writing.answer.focus_editor()

    def go_to_prompt(self, step: int) -> None:
        reflection = self.reflection
        if reflection is None:
            return
        target = reflection.current + step
        if not 0 <= target < len(reflection.prompt_set.prompts):
            return
        reflection.current = target
        self.writing.show_prompt(reflection)
        self.writing.answer.focus_editor()
        self.write_draft()  # where the person is matters as much as what they wrote

    def next_or_finish(self) -> None:
        reflection = self.reflection
        if reflection is not None and reflection.current == len(reflection.prompt_set.prompts) - 1:
            self.finish()
        else:
            self.go_to_prompt(+1)

    def _on_answer_edited(self) -> None:
        reflection = self.reflection
        if reflection is None:
            return
        reflection.answers[reflection.current] = self.writing.answer.text()
        self.writing.show_count(reflection)
        self.writing.error.hide()
        self.draft.edited()

    def _on_private_toggled(self, private: bool) -> None:
        reflection = self.reflection
        if reflection is None:
            return
        reflection.private = private
        self.write_draft()  # the choice is part of what a crash must not lose

    def write_draft(self) -> None:
        """Keep the session as the "reflection" draft; a failure is said quietly and the text stays put."""
        self.draft.stop()
        reflection = self.reflection
        if reflection is None or self.session.read_only:
            return
        try:
            kept = self.draft.save(reflection)
        except JournalError as exc:
            self.writing.say(fill(self.tr("Not yet safe: %1 Your text is still here."), exc), error=True)
            return
        if kept:
            self.writing.say(fill(self.tr("Kept safe at %1."), f"{datetime.now():%H:%M}"))

    def _flush(self) -> None:
        if self.draft.pending():
            self.write_draft()

    def leave(self) -> None:
        if self.reflection is None:
            return
        self.write_draft()
        if self.writing.state.property("role") == "error":
            return  # the draft is not safe yet: stay with the text
        self.show_chooser()

    def finish(self) -> None:
        reflection = self.reflection
        if reflection is None or self.read_only_guard():
            return
        self._keep_existing_links()
        try:
            entry = reflection.to_entry(self.session.today())
        except InvalidInput as exc:
            self.writing.error.setText(str(exc))
            self.writing.error.show()
            return
        self.draft.stop()
        saved = self.session.attempt(
            lambda: self.journal.save_entry(entry, draft_key=DRAFT_KEY),
            parent=self,
            doing=self.tr("save the reflection"),
        )
        if saved is None:
            self.write_draft()  # nothing is lost: the answers stay here and in the draft
            return
        self.reflection = None
        self.draft.exists = False
        self.saved_entry_id = saved.id
        self.session.remember_reflection(reflection.prompt_set.key, reflection.prompt_set.name)
        self.session.notify("entry", origin=self)
        self.session.status.emit(fill(self.tr("Saved to your journal: %1"), saved.title))
        links = describe_links(self.journal, saved.person_ids, saved.goal_ids, saved.skill_ids)
        self.done.show_saved(saved.title, reflection.answered, links, private=saved.private)
        self.views.setCurrentWidget(self.done)
        self.done.open_button.setFocus()

    # -- links ------------------------------------------------------------------------
    def edit_links(self) -> None:
        reflection = self.reflection
        if reflection is None:
            return
        dialog = LinkDialog(
            self, self.journal,
            person_ids=reflection.person_ids, goal_ids=reflection.goal_ids, skill_ids=reflection.skill_ids,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._links_chosen(dialog))
        self.link_dialog = dialog
        dialog.open()

    def _links_chosen(self, dialog: LinkDialog) -> None:
        if self.reflection is None:
            return
        self.reflection.person_ids, self.reflection.goal_ids, self.reflection.skill_ids = dialog.chosen()
        self._show_links()
        self.write_draft()

    def _keep_existing_links(self) -> None:
        """Drop links to records deleted since they were picked (a draft can be days old)."""
        if (reflection := self.reflection) is not None:
            people, goals, skills = (self.journal.people.list(), self.journal.goals.list(), self.journal.skills.list())
            reflection.person_ids = [i for i in reflection.person_ids if i in {p.id for p in people}]
            reflection.goal_ids = [i for i in reflection.goal_ids if i in {g.id for g in goals}]
            reflection.skill_ids = [i for i in reflection.skill_ids if i in {s.id for s in skills}]

    def _show_links(self) -> None:
        if (reflection := self.reflection) is not None:
            text = describe_links(self.journal, reflection.person_ids, reflection.goal_ids, reflection.skill_ids)
            self.writing.links.setText(
                fill(self.tr("About: %1"), text) if text else self.tr("Not linked to anyone or anything yet.")
            )

    # -- the other views --------------------------------------------------------------
    def show_chooser(self) -> None:
        self.reflection = None
        self.views.setCurrentWidget(self.chooser)
        if self._stale:
            self.ensure_fresh()
        else:
            self._show_resume_card()  # the list itself has not changed
            self._update_enabled()
        self.table.setFocus()

    def open_saved(self) -> None:
        if self.saved_entry_id is not None:
            self.session.open_requested.emit("entry", self.saved_entry_id)

    def discard_draft(self) -> None:
        draft = self.draft.get()
        if draft is None or self.read_only_guard():
            return
        question = fill(
            self.tr("Throw away your unfinished %1 from %2?\n\n"), draft.label, saved_at_text(draft.saved_at)
        )
        if self._ask(
            self.tr("Discard the unfinished reflection?"), question + "Its answers are not saved anywhere else."
        ):
            self._discard()
            self._show_resume_card()

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question)

    def _discard(self) -> bool:
        done = self.session.attempt(
            lambda: self.draft.discard() or True, parent=self, doing=self.tr("discard the draft")
        )
        return bool(done)

    # -- the page's part in the window ------------------------------------------------
    def focus_first(self) -> None:
        if self.views.currentWidget() is self.writing:
            self.writing.answer.focus_editor()
        elif self.views.currentWidget() is self.done:
            self.done.open_button.setFocus()
        else:
            self.table.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._flush()  # another page is shown: keep what was typed now, not in a moment
        super().hideEvent(event)

    def before_close(self) -> bool:
        self._flush()
        return True

    def save_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        settings.setValue("reflect/splitter", self.chooser.splitter.saveState())
        settings.setValue("reflect/preview", self.writing.answer.preview.isVisibleTo(self.writing.answer))

    def restore_state(self, settings) -> None:  # type: ignore[no-untyped-def]
        if state := settings.value("reflect/splitter"):
            self.chooser.splitter.restoreState(state)
        preview = settings.value("reflect/preview", False)
        self.writing.answer.set_preview_visible(preview in (True, "true"))
