"""Pick a person by typing their name; a name nobody has is added only when the person says so.

``PersonCombo`` finds people the way Ctrl+K and the command line do (accent- and
case-blind, a part of a name that matches only one). Under it, ``NameHelp``
says what was understood: the person a part of a name stands for, the people a
typo probably meant ("Did you mean: Sam Berg", one click picks them), and an
explicit "Add 'Sam Brg' as a new person". Without that click, saving says the
name is unknown instead of quietly adding a second Sam.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QPushButton, QVBoxLayout, QWidget

from ...domain.names import close_matches, fold_name
from ...domain.records import Person
from ..labels import fill
from ..workers import run_task
from .chips import FlowLayout, button_text
from .text_label import text_label

SUGGESTIONS = 3
# Up to this many names the close ones are found at once (under ~40 ms); a longer list is searched on a
# worker, so typing in a network of thousands never waits for it (about 0.6 s for 5,000 names).
AT_ONCE = 300
Option = tuple[str, Any]  # what a button says, and what choosing it picks


def new_person_note(name: str, known: Iterable[str]) -> str:
    """What saving will do with a name nobody has: "Sam Brg is new: … Did you mean Sam Berg?"."""
    near = [n for n in close_matches(name, known) if n != name]
    maybe = fill(QCoreApplication.translate("PersonCombo", " Did you mean %1?"), " or ".join(near)) if near else ""
    return fill(
        QCoreApplication.translate("PersonCombo", "%1 is new: they will be added to your network.%2"), name, maybe
    )


class CloseNames(QObject):
    """The names a typed text probably meant, for ``deliver(typed, names)``; only the newest answer arrives."""

    def __init__(self, deliver: Callable[[str, list[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._generation = 0

    def ask(self, typed: str, names: list[str]) -> None:
        self._generation += 1
        if len(names) <= AT_ONCE:
            self._deliver(typed, close_matches(typed, names, limit=SUGGESTIONS))
            return
        generation, snapshot = self._generation, list(names)
        run_task(
            lambda: close_matches(typed, snapshot, limit=SUGGESTIONS),
            done=lambda found: self._arrived(generation, typed, found),
        )

    def cancel(self) -> None:
        """Drop any answer still coming (the text changed, or something matches after all)."""
        self._generation += 1

    def _arrived(self, generation: int, typed: str, found: list[str]) -> None:
        if generation == self._generation and shiboken6.isValid(self):
            self._deliver(typed, found)


class NameHelp(QWidget):
    """A line under a name field: what was understood, names it probably meant, and the explicit "Add … as new"."""

    picked = Signal(object)  # the key of the option clicked
    add_new = Signal()  # "Add '…' as a new person" was clicked

    def __init__(self, parent: QWidget | None = None, *, noun: str = "person") -> None:
        super().__init__(parent)
        self.noun = noun
        self.note = text_label(role="muted")
        self.buttons: list[QPushButton] = []
        self.add_button = QPushButton()
        self.add_button.setCheckable(True)
        self.add_button.clicked.connect(lambda _checked=False: self.add_new.emit())
        self._choices = FlowLayout(spacing=6)
        self._choices.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.note)
        layout.addLayout(self._choices)
        self.hide()

    def show_understood(self, name: str) -> None:
        self._show(f"→ {name}", [], None)

    def show_unknown(self, typed: str, suggestions: list[Option], *, accepted: bool, can_add: bool = True) -> None:
        """``typed`` names nobody: the close names as buttons, and (when ``can_add``) the explicit add."""
        if accepted:
            note = ""
        elif suggestions:
            note = "Not found. Did you mean:"
        else:
            note = fill(self.tr("Nobody here is called '%1'."), typed)
        self._show(note, [] if accepted else suggestions, typed if can_add else None)
        self.add_button.setChecked(accepted)
        if accepted:
            self.add_button.setText(button_text(fill(self.tr("✓ New %1: '%2', added when you save"), self.noun, typed)))
            self.add_button.setToolTip(self.tr("Click again to take it back"))

    def show_several(self, typed: str, options: list[Option]) -> None:
        self._show(fill(self.tr("'%1' matches several; pick one:"), typed), options, None)

    def clear(self) -> None:
        self._show("", [], None)

    def _show(self, note: str, options: list[Option], new_name: str | None) -> None:
        self.note.setText(note)
        for button in self.buttons:
            self._choices.removeWidget(button)
            button.hide()  # at once: it is deleted only when the event loop next runs
            button.deleteLater()
        self._choices.removeWidget(self.add_button)
        self.buttons = []
        for label, key in options:
            button = QPushButton(button_text(label))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(fill(self.tr("Choose %1"), label))
            button.clicked.connect(lambda _checked=False, chosen=key: self.picked.emit(chosen))
            self._choices.addWidget(button)
            self.buttons.append(button)
        self._choices.addWidget(self.add_button)  # last: the close names come first
        self.add_button.setVisible(new_name is not None)
        if new_name is not None:
            self.add_button.setText(button_text(f"Add '{new_name}' as a new {self.noun}"))
            self.add_button.setToolTip("")
        self.note.setVisible(bool(note))
        self.setVisible(bool(note) or new_name is not None)


class PersonCombo(QComboBox):
    """Pick a person by typing part of their name; a new name becomes a person only when "Add … as new" is chosen."""

    understood = Signal()  # what ``choice()`` answers changed after the text did: close names arrived, or Add

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Type a name"))
        self.setAccessibleName(self.tr("Person"))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._names: list[str] = []
        self._folded: list[str] = []  # fold_name of each name, once: folding thousands on each key would lag
        self._close: tuple[str, list[str]] = ("", [])  # the close names last found, and for what text
        self._new_name: str | None = None  # the typed name the person chose to add
        # Where meeting someone new is the point (Log a conversation, Log teaching), a name close to
        # nobody known is taken as new without asking; a near miss still asks "Did you mean".
        self.takes_unlike_names = False
        self._declined: str | None = None  # a name taken as new that the person took back
        self._close_names = CloseNames(self._suggest, self)
        self.help = NameHelp()
        self.help.picked.connect(self._pick)
        self.help.add_new.connect(self._accept_new)
        self.editTextChanged.connect(self._explain)

    def set_people(self, people: Iterable[Person]) -> None:
        self.clear()
        self._names = []
        for person in people:
            label = f"{person.name} ({person.org})" if person.org else person.name
            self.addItem(label, person.id)
            self._names.append(person.name)
        self._folded = [fold_name(name) for name in self._names]
        self.setCurrentIndex(-1)
        self.setEditText("")

    def set_person(self, person_id: int | None) -> None:
        index = self.findData(person_id) if person_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def choice(self) -> int | str | None:
        """The chosen person's id, a new name the person chose to add, or None when empty.

        Like the command line: a full name wins (accents and case aside), then a part
        of a name that matches only one person ("Priya" is Priya Raman). A part that
        matches several, or a name that matches nobody and was not explicitly added,
        is refused with what would help.
        """
        typed = self.currentText().strip()
        if not typed:
            return None
        matches = self._matches(typed)
        if len(matches) == 1:
            return self.itemData(matches[0])
        if matches:
            listed = ", ".join(self.itemText(i) for i in matches[:6])
            raise ValueError(fill(self.tr("'%1' matches several people: %2. Pick one from the list."), typed, listed))
        if self._accepted_as_new(typed):
            return typed
        close = self._close[1] if self._close[0] == typed else []
        quoted = [f"'{name}'" for name in close]
        guess = " " + fill(self.tr("Did you mean %1?"), self.tr(" or ").join(quoted)) if close else ""
        raise ValueError(
            fill(
                self.tr("'%1' is not in your network.%2 Pick someone, or choose \"Add '%1' as a new person\"."),
                typed,
                guess,
            )
        )

    def _accepted_as_new(self, typed: str) -> bool:
        if self._new_name == typed:
            return True
        return self.takes_unlike_names and self._close == (typed, []) and self._declined != typed

    def _matches(self, typed: str) -> list[int]:
        """Rows whose label is what was typed, else whose name folds to it, else whose name contains it."""
        exact = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return [exact]
        wanted = fold_name(typed)
        same = [row for row, name in enumerate(self._folded) if name == wanted]
        return same or [row for row, name in enumerate(self._folded) if wanted and wanted in name]

    def _explain(self, text: str) -> None:
        typed = text.strip()
        if self._new_name is not None and typed != self._new_name:
            self._new_name = None  # a changed name must be chosen again
        matches = self._matches(typed) if typed else []
        self._close_names.cancel()
        if not typed or (len(matches) == 1 and self.itemText(matches[0]) == typed):
            self.help.clear()
        elif len(matches) == 1:
            self.help.show_understood(self.itemText(matches[0]))
        elif matches:
            self.help.show_several(typed, [(self.itemText(row), row) for row in matches[:SUGGESTIONS]])
        elif self._accepted_as_new(typed):
            self.help.show_unknown(typed, [], accepted=True)
        elif self._close[0] == typed:
            self._suggest(typed, self._close[1])
        else:
            self.help.show_unknown(typed, [], accepted=False)  # the close names follow, from a worker if many
            self._close_names.ask(typed, self._names)

    def _suggest(self, typed: str, close: list[str]) -> None:
        self._close = (typed, close)
        if typed != self.currentText().strip() or self._new_name == typed:
            return
        if self._accepted_as_new(typed):
            self.help.show_unknown(typed, [], accepted=True)
            self.understood.emit()
            return
        options = [(self.itemText(self._names.index(name)), self._names.index(name)) for name in close]
        self.help.show_unknown(typed, options, accepted=False)
        self.understood.emit()

    def _pick(self, row: int) -> None:
        self.setCurrentIndex(row)
        self.setFocus()

    def _accept_new(self) -> None:
        typed = self.currentText().strip()
        if self._accepted_as_new(typed):  # a second click takes it back
            self._new_name, self._declined = None, typed
        else:
            self._new_name, self._declined = typed, None
        self._explain(typed)
        self.understood.emit()
