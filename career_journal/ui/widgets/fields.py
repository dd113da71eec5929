"""Small inputs used on every page: a date typed as words, tags, a choice from a vocabulary."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import date_hint, describe_date, parse_date
from ...domain.validation import clean_tags
from ..icons import icon
from ..labels import fill, label_of
from .text_label import text_label


class DateField(QWidget):
    """A date typed as words or picked from a calendar; optional ones can be left empty.

    Typing is read by ``domain.dates.parse_date``, the reader the command line uses
    (2026-12-11, today, +3d, next friday…): while typing, the day understood is shown
    beside the field, or why the text is not a date. Enter, leaving the field, the
    calendar or Up/Down (a day at a time, from today when empty) set the date, which
    is then shown as "Fri 11 Dec 2026"; in a dialog, Enter on a date already set saves.
    An optional field clears with its clear button, or Delete on the date as shown.
    ``date_changed`` carries the new date (or None) whenever the value changes.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True, empty_text: str = "") -> None:
        super().__init__(parent)
        self.optional = optional
        self._value: date | None = None
        self.edit = QLineEdit()
        placeholder = (empty_text or self.tr("No date")) if optional else self.tr("e.g. today, 2026-12-11, next friday")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(optional)
        # One width whether or not the day understood shows beside it, so nothing moves while typing.
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 36)
        self.edit.setToolTip(fill(self.tr("Type a date: %1"), date_hint()))
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the day on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.hint = text_label(role="muted", wrap=False)  # beside the field: the day understood while typing
        # Only in room to spare (a form's field column), never widening a crowded row (the Journal's filters).
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.hide()
        self.problem = text_label(role="error")  # under it: why the text is not a date
        self.problem.hide()
        self.calendar: QCalendarWidget | None = None  # made the first time it is opened
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addWidget(self.hint, 1)
        row.addStretch(0)  # takes the room only while the hint is hidden: the field stays left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._preview)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.set_value(None if optional else date.today())

    # -- the value -----------------------------------------------------------------
    def value(self) -> date | None:
        """The date set (None when an optional field is empty); text still being typed does not count yet."""
        return self._value

    def checked_value(self) -> date | None:
        """The date the field shows, text being typed included; ValueError when that text is not a date."""
        self.commit()
        if self.error():
            raise ValueError(self.error())
        return self._value

    def error(self) -> str:
        """Why the text in the field is not a date ("" when it is one, or empty)."""
        return "" if self.problem.isHidden() else self.problem.text()

    def set_value(self, value: date | None) -> None:
        if value is None and not self.optional:
            value = date.today()
        self.edit.setText(describe_date(value) if value else "")
        self._say("")
        self._set(value)

    def set_empty_text(self, text: str) -> None:
        """What an empty optional field says ("The beginning", "From: any day")."""
        self.edit.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:  # screen readers read the text field
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def commit(self) -> None:
        """Read what was typed: set the date it names, or say why it is not one (the text stays as typed)."""
        text = self.edit.text().strip()
        shown = describe_date(self._value) if self._value else ""
        if text == shown:
            self._say("")
            return
        if not text:
            if self.optional:
                self._say("")
                self._set(None)
            else:
                self._say(self.tr("Choose a date: a required field cannot be empty."), error=True)
            return
        try:
            chosen = parse_date(text)
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        self.set_value(chosen)

    def _set(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)

    def _preview(self, text: str) -> None:
        """While typing: the day the text names, so a surprise ("next friday") is seen before it is set."""
        if not text.strip():
            self._say("")
            return
        try:
            self._say(f"→ {describe_date(parse_date(text))}")
        except ValueError:
            self._say("")  # half-typed words are not mistakes yet; Enter or leaving the field says why

    def _say(self, text: str, *, error: bool = False) -> None:
        """Show the day understood (beside the field) or why the text is not a date (under it); "" hides both."""
        for label, shown in ((self.hint, not error), (self.problem, error)):
            label.setText(text if shown else "")
            label.setVisible(bool(text) and shown)

    # -- keys and the calendar ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The first Enter sets the day typed (or says why it is not one) and goes no further, so a
            # dialog's default button does not save a day the person has not seen yet; the next one does.
            confirming = self.edit.text().strip() != (describe_date(self._value) if self._value else "")
            self.commit()
            return confirming and not modifiers & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers & Qt.KeyboardModifier.AltModifier:
            self.commit()
            if not self.error():
                step = 1 if key == Qt.Key.Key_Up else -1
                self.set_value(self._value + timedelta(days=step) if self._value else date.today())
            return True
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        shown = describe_date(self._value) if self._value else ""
        if key == Qt.Key.Key_Delete and self.optional and self.edit.text() == shown:
            self.set_value(None)  # Delete on the date as shown clears it; inside typed text it deletes a letter
            return True
        return False

    def open_calendar(self) -> None:
        """A calendar below the field, at the date set, or at today when there is none."""
        self.commit()
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(False)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        chosen = self._value or date.today()
        self.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.set_value(date(day.year(), day.month(), day.day()))
        self.edit.setFocus()


class TagField(QLineEdit):
    """Tags separated by commas, with the journal's existing tags offered as you type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
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
        super().__init__(((label_of(m), m) for m in members), parent, none_text=none_text)
