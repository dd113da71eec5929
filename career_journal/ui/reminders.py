"""Quiet reminders while the app runs: at most one desktop notification a day, and the tray icon it comes from.

The rules are the domain's (``domain/reminders.py``); this module asks them
every few minutes, shows the notification with ``QSystemTrayIcon`` (the
desktop's own notifications, nothing leaves the machine) and offers the tray
menu. Clicking the notification opens Today. The day it was last shown is
kept in the settings, so a restart never repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..domain.reminders import Reminder, reminder_for, should_remind
from .icons import app_icon
from .session import Session
from .settings import KEEP_IN_TRAY, REMINDERS_ON, reminder_settings

FIRST_CHECK_MS = 30_000  # after the start: the window and the backup come first
CHECK_EVERY_MS = 10 * 60_000
SHOWN_FOR_MS = 20_000
LAST_SHOWN = "reminders/last_shown"


class Reminders(QObject):
    open_today = Signal()  # the notification was clicked
    show_window = Signal()  # the tray icon or its menu asked for the window
    quit_requested = Signal()
    shown = Signal(str, str)  # title and message of a reminder just given

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._now = now
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Begin checking (the app calls this once its window is up)."""
        self.apply_settings()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        self.timer.start()

    def apply_settings(self) -> None:
        """Show the tray icon when reminders are on or the app is to stay in the tray; hide it otherwise."""
        settings = self.session.settings
        wanted = self._tray_available() and (REMINDERS_ON.read(settings) or KEEP_IN_TRAY.read(settings))
        if wanted and self.tray is None:
            self.tray = self._make_tray()
        if self.tray is not None:
            self.tray.setVisible(wanted)

    def keeps_running(self) -> bool:
        """Closing the window leaves the app in the tray (chosen, and the desktop has a tray)."""
        return KEEP_IN_TRAY.read(self.session.settings) and self.tray is not None and self.tray.isVisible()

    def check(self) -> Reminder | None:
        """Give today's reminder if it is time to; returns it when it was given."""
        settings = self.session.settings
        reminder = reminder_for(self.session.journal.follow_ups(self.session.today()))
        if not should_remind(
            self._now(), _last_shown(settings), reminder_settings(settings), something_due=bool(reminder)
        ):
            return None
        assert reminder is not None
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(reminder.title, reminder.message, app_icon(), SHOWN_FOR_MS)
        settings.setValue(LAST_SHOWN, self._now().date().isoformat())
        self.shown.emit(reminder.title, reminder.message)
        return reminder

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("Career Journal"))
        menu = QMenu()
        for text, signal in (
            ("Open Career Journal", self.show_window),
            ("Today", self.open_today),
            ("Quit", self.quit_requested),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, s=signal: s.emit())
            menu.addAction(action)
        tray.setContextMenu(menu)
        self._menu = menu  # the tray does not own its menu
        tray.messageClicked.connect(self.open_today)
        tray.activated.connect(
            lambda reason: self.show_window.emit() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
        )
        return tray


def _last_shown(settings) -> date | None:  # type: ignore[no-untyped-def]
    try:
        return date.fromisoformat(str(settings.value(LAST_SHOWN, "")))
    except ValueError:
        return None
