"""Small inputs used on every page: an optional date, tags, a choice from a vocabulary, a person."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QWidget

from ...domain.records import Person
from ...domain.validation import clean_tags

NO_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date picker that can also say "no date" (for follow-ups and targets that are not set)."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True, empty_text: str = "No date") -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(empty_text)
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        chosen = self.date()
        if self.optional and chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: Any) -> None:
        """Delete clears an optional date ("no date"); every other key edits it as usual."""
        if self.optional and event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.set_value(None)
            return
        super().keyPressEvent(event)


class TagField(QLineEdit):
    """Tags separated by commas, with the journal's existing tags offered as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("tags, separated by commas")
        self.setAccessibleName("Tags")
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(self)
        completer.activated.connect(self._complete)
        self._completer = completer
        self.textEdited.connect(self._suggest)

    def set_known(self, tags: Iterable[str]) -> None:
        self._known.setStringList(list(tags))

    def tags(self) -> list[str]:
        """The tags typed, cleaned the way the journal stores them; raises ValueError on a bad one."""
        return clean_tags([part for part in self.text().split(",") if part.strip()])

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _suggest(self) -> None:
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()

    def _complete(self, tag: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{tag}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(tag) + 2)


class ChoiceCombo(QComboBox):
    """A choice among labelled values (a skill by name, say), read back as the value itself.

    The values stay on the Python side: Qt would hand an enum member back as a
    plain str or int.
    """

    def __init__(
        self, choices: Iterable[tuple[str, Any]] = (), parent: QWidget | None = None, *, none_text: str | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        if none_text is not None:
            self.add_choice(none_text, None)
        for label, value in choices:
            self.add_choice(label, value)

    def add_choice(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        matches = [i for i, known in enumerate(self._values) if known == value and type(known) is type(value)]
        if not matches:
            matches = [i for i, known in enumerate(self._values) if known == value]
        self.setCurrentIndex(matches[0] if matches else 0)


class EnumCombo(ChoiceCombo):
    """A choice from one of the journal's vocabularies, shown by label, read back as the enum member."""

    def __init__(self, members: Iterable[Enum], parent: QWidget | None = None, *, none_text: str | None = None) -> None:
        super().__init__(((getattr(m, "label", str(m)), m) for m in members), parent, none_text=none_text)


class PersonCombo(QComboBox):
    """Pick a person by typing part of their name; a name nobody has yet becomes a new person on save."""

    person_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText("Type a name")
        self.setAccessibleName("Person")
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_people(self, people: Iterable[Person]) -> None:
        self.clear()
        for person in people:
            label = f"{person.name} ({person.org})" if person.org else person.name
            self.addItem(label, person.id)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def set_person(self, person_id: int | None) -> None:
        index = self.findData(person_id) if person_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def choice(self) -> int | str | None:
        """The chosen person's id, or a new name to add, or None when empty.

        Like the command line: a full name wins, then a part of a name that
        matches only one person ("Priya" is Priya Raman); a part that matches
        several is refused with their names; anything else is new.
        """
        typed = self.currentText().strip()
        if not typed:
            return None
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        wanted = typed.casefold()
        names = [(i, self.itemText(i).split(" (")[0].casefold()) for i in range(self.count())]
        for matches in ([i for i, name in names if name == wanted], [i for i, name in names if wanted in name]):
            if len(matches) == 1:
                return self.itemData(matches[0])
            if matches:
                names = ", ".join(self.itemText(i) for i in matches[:6])
                raise ValueError(f"'{typed}' matches several people: {names}. Pick one from the list.")
        return typed
