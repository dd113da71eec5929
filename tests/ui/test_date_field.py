"""The app's date field reads typed words as the command line does, opens at today and can be cleared."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from career_journal.domain.dates import describe_date, parse_date
from career_journal.ui.dialogs.people_forms import person_dialog
from career_journal.ui.session import Session
from career_journal.ui.widgets.fields import DateField


def type_in(qtbot, field: DateField, text: str, *, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    if enter:
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_typed_words_set_the_date_the_command_line_would(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    for typed in ("2026-12-16", "tomorrow", "+3d", "+2w", "next friday", "last monday", "in 3 days", "Fri 11 Dec 2026"):
        type_in(qtbot, field, typed)
        assert field.value() == parse_date(typed), typed
        assert field.edit.text() == describe_date(parse_date(typed)), typed
        assert not field.error()


def test_while_typing_the_field_shows_what_it_understood(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_in(qtbot, field, "next friday", enter=False)
    assert field.hint.isVisible() and field.hint.text() == f"→ {describe_date(parse_date('next friday'))}"
    assert field.value() is None  # not set until Enter or leaving the field
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == parse_date("next friday") and not field.hint.isVisible()


def test_text_that_is_not_a_date_is_kept_and_explained_in_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value(date(2026, 12, 1))
    changes: list[object] = []
    field.date_changed.connect(changes.append)
    type_in(qtbot, field, "20261216x")
    assert field.edit.text() == "20261216x"  # nothing typed is thrown away
    assert field.problem.isVisible() and field.error().startswith("'20261216x' is not a date; write it as YYYY-MM-DD")
    assert not field.hint.isVisible()
    assert field.value() == date(2026, 12, 1) and changes == []
    try:
        field.checked_value()
    except ValueError as exc:
        assert str(exc) == field.error()
    else:
        raise AssertionError("a date that is not one must not be saved")


def test_an_empty_field_opens_its_calendar_at_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.edit.text() == "" and field.edit.placeholderText() == "No date"
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    today = date.today()
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    picked = today + timedelta(days=2)
    calendar.clicked.emit(QDate(picked.year, picked.month, picked.day))
    assert field.value() == picked and not calendar.isVisible()


def test_up_and_down_step_a_day_from_today_when_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == date.today()  # not 1901-01-01
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == date.today() + timedelta(days=1)


def test_an_optional_date_can_be_cleared_and_a_required_one_cannot(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(date(2026, 12, 1))
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)  # on the date as shown
    assert field.value() is None and field.edit.text() == ""
    field.set_value(date(2026, 12, 1))
    assert field.edit.isClearButtonEnabled()
    field.edit.clear()
    field.commit()
    assert field.value() is None

    required = DateField(optional=False)
    qtbot.addWidget(required)
    assert required.value() == date.today() and not required.edit.isClearButtonEnabled()
    required.edit.clear()
    required.commit()
    assert required.error() == "Choose a date: a required field cannot be empty."
    assert required.value() == date.today()


def test_a_dialog_saves_the_date_typed_even_without_leaving_the_field(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = person_dialog(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.widgets["name"], "Marcus Obi")
    follow_up = dialog.widgets["follow_up"]
    follow_up.edit.setFocus()
    qtbot.keyClicks(follow_up.edit, "+2w")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (marcus,) = session.journal.people.list()
    assert marcus.follow_up == date.today() + timedelta(weeks=2)


def test_a_dialog_with_a_bad_date_stays_open_and_saves_nothing(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = person_dialog(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.widgets["name"], "Marcus Obi")
    qtbot.keyClicks(dialog.widgets["follow_up"].edit, "someday")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text().startswith("'someday' is not a date")
    assert session.journal.people.list() == []
    assert dialog.widgets["name"].text() == "Marcus Obi"


def test_the_first_enter_sets_the_date_and_the_next_one_saves(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = person_dialog(None, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.widgets["name"], "Marcus Obi")
    follow_up = dialog.widgets["follow_up"]
    follow_up.edit.setFocus()
    qtbot.keyClicks(follow_up.edit, "next friday")
    qtbot.keyClick(follow_up.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and follow_up.edit.text() == describe_date(parse_date("next friday"))
    assert session.journal.people.list() == []
    qtbot.keyClick(follow_up.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [p.follow_up for p in session.journal.people.list()] == [parse_date("next friday")]
