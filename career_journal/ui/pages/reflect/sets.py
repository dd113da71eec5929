"""The prompt-set files behind the Reflect page's chooser: read them, write a new or edited one, remove one.

A person's own file replaces a shipped set of the same name; removing it
puts the shipped one back ("Restore the original"), and a set of their own
is deleted after asking. The chooser shows what the shelf holds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ....domain.reflection import PromptSet
from ....exchange.prompt_sets import load_prompt_sets, remove_user_set
from ...dialogs.prompt_set_editor import PromptSetEditor
from ...labels import fill
from ...session import Session
from ...widgets.text_label import ask
from .chooser import ChooserView


class PromptSetShelf(QObject):
    def __init__(
        self,
        page: QWidget,
        session: Session,
        chooser: ChooserView,
        builtin_dir: Path,
        user_dir: Path,
        select: Callable[[str | None], None],
    ) -> None:
        super().__init__(page)
        self.page, self.session, self.chooser = page, session, chooser
        self.builtin_dir, self.user_dir = builtin_dir, user_dir
        self.select = select
        self.editor_dialog: PromptSetEditor | None = None

    def load(self) -> list[PromptSet]:
        """Read every set into the chooser (shipped first), and say which files could not be read."""
        sets, problems = load_prompt_sets(self.builtin_dir, self.user_dir)
        folder = self.builtin_dir
        self.chooser.shipped = {p.stem for p in folder.glob("*.toml")} if folder.is_dir() else set()
        self.chooser.model.set_records(sets)
        self.chooser.show_problems(problems, self.user_dir)
        return sets

    def open_editor(self, prompt_set: PromptSet | None) -> None:
        # A new set never takes the file name of another, not even of a file that could not be read.
        on_disk = {p.stem for p in self.user_dir.glob("*.toml")} if self.user_dir.is_dir() else set()
        taken = {s.key for s in self.chooser.model.records} | self.chooser.shipped | on_disk
        dialog = PromptSetEditor(self.page, self.user_dir, prompt_set, taken_keys=taken)
        dialog.saved.connect(self._saved)
        self.editor_dialog = dialog
        dialog.open()

    def _saved(self, prompt_set: PromptSet) -> None:
        self.chooser.model.upsert(prompt_set)
        self.select(prompt_set.key)
        self.session.status.emit(fill(self.tr("Prompt set saved: %1"), prompt_set.name))

    def remove(self, chosen: PromptSet) -> None:
        """Delete a set of the person's own; for an edited shipped set, put the original back."""
        if chosen.builtin:
            return
        restoring = chosen.key in self.chooser.shipped
        question = (
            fill(self.tr("Restore the original “%1”?\n\nYour edited copy of its questions is removed."), chosen.name)
            if restoring
            else fill(
                self.tr("Delete the prompt set “%1”?\n\nIts file is removed; entries written with it stay."),
                chosen.name,
            )
        )
        if not ask(self.page, self.tr("Restore the original?") if restoring else self.tr("Delete?"), question):
            return
        doing = "restore the prompt set" if restoring else "delete the prompt set"
        removed = self.session.attempt(
            lambda: remove_user_set(self.user_dir, chosen.key) or True, parent=self.page, doing=doing
        )
        if not removed:
            return
        model = self.chooser.model
        if restoring:
            sets, _problems = load_prompt_sets(self.builtin_dir, self.user_dir)
            original = next((s for s in sets if s.key == chosen.key), None)
            if original is not None:
                model.upsert(original)
            self.select(chosen.key)
        else:
            model.remove(chosen.key)  # type: ignore[arg-type]
            self.select(model.records[0].key if model.records else None)
