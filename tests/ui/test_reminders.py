"""Quiet reminders: once a day, never in quiet hours, an off switch in Preferences, and the app kept in the tray."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTime

from career_journal.ui.dialogs.preferences import PreferencesDialog
from career_journal.ui.main_window import MainWindow
from career_journal.ui.reminders import LAST_SHOWN, Reminders
from career_journal.ui.session import Session
from career_journal.ui.settings import KEEP_IN_TRAY, QUIET_FROM, REMINDERS_ON

MORNING = datetime(2026, 11, 23, 9, 30)  # the sample session's today


def reminders(session: Session, now: datetime = MORNING, *, tray: bool = False) -> Reminders:
    made = Reminders(session, now=lambda: now, tray_available=lambda: tray)
    made.apply_settings()
    return made


def test_a_reminder_once_a_day_for_what_waits(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    quiet = reminders(sample_session)
    with qtbot.waitSignal(quiet.shown) as shown:
        given = quiet.check()
    assert given is not None
    assert shown.args == [
        "Career Journal: waiting on you today",
        "3 people to get back to, 2 adviser check-ins due and 1 goal near its target. Click to open Today.",
    ]
    assert sample_session.settings.value(LAST_SHOWN) == "2026-11-23"
    assert quiet.check() is None  # not twice on one day
    assert reminders(sample_session).check() is None  # nor after a restart


def test_no_reminder_in_quiet_hours_or_when_switched_off_or_when_nothing_waits(
    qtbot, sample_session: Session, session: Session
) -> None:  # type: ignore[no-untyped-def]
    assert reminders(sample_session, datetime(2026, 11, 23, 22, 15)).check() is None
    assert sample_session.settings.value(LAST_SHOWN) is None  # still to come tomorrow morning… or later today
    sample_session.settings.setValue(REMINDERS_ON.key, False)
    assert reminders(sample_session).check() is None
    assert reminders(session).check() is None  # an empty journal: nothing waits


def test_preferences_switch_reminders_off_and_move_the_quiet_hours(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    settings = sample_session.settings
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    switch = dialog.editor(REMINDERS_ON)
    assert switch.isChecked()  # on by default
    switch.setChecked(False)
    dialog.editor(QUIET_FROM).setTime(QTime(19, 45))
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert REMINDERS_ON.read(settings) is False
    assert settings.value(QUIET_FROM.key) == "19:45"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert not again.editor(REMINDERS_ON).isChecked()
    assert again.editor(QUIET_FROM).time() == QTime(19, 45)
    assert reminders(sample_session).check() is None


def test_a_hand_edited_setting_falls_back_to_its_default(sample_session: Session) -> None:
    sample_session.settings.setValue(QUIET_FROM.key, "half past nine")
    assert QUIET_FROM.read(sample_session.settings) == QUIET_FROM.default


@pytest.fixture
def window(qtbot, sample_session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(sample_session)
    qtbot.addWidget(made)
    made.reminders = reminders(sample_session, tray=True)  # as on a desktop with a tray
    made.reminders.open_today.connect(lambda: made.come_forward("today"))
    made.show()
    return made


def test_closing_the_window_keeps_the_app_in_the_tray_when_chosen(window: MainWindow) -> None:
    window.session.settings.setValue(KEEP_IN_TRAY.key, True)
    window.reminders.apply_settings()
    assert window.reminders.keeps_running()
    window.go_to("journal")
    window.close()
    assert not window.isVisible()
    assert window.session.journal.entries.count() == 12  # the journal is still open for the reminders

    window.reminders.tray.messageClicked.emit()  # type: ignore[union-attr]
    assert window.isVisible()
    assert window.current_page().name == "today"

    window.quit()  # Quit ends it even so
    assert not window.isVisible()


def test_without_the_choice_closing_the_window_closes_it(window: MainWindow) -> None:
    assert not window.reminders.keeps_running()
    assert window.close()


def test_keeping_to_the_tray_cannot_be_chosen_without_a_tray(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(sample_session.settings)
    qtbot.addWidget(dialog)
    box = dialog.editor(KEEP_IN_TRAY)
    assert box.isEnabled() is KEEP_IN_TRAY.available()
    assert reminders(sample_session, tray=False).keeps_running() is False
