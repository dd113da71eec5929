"""The app lock of an encrypted journal: when to lock, and the screen that unlocks it.

The app locks after the idle time the person chose (default 10 minutes), on
Ctrl+L, and when the desktop session locks (the freedesktop and GNOME screen
savers and logind say so over D-Bus; where there is no D-Bus, only the first
two apply). Locking saves every draft, closes the window (so no widget holds
decrypted text any more) and closes the journal, which drops SQLCipher's key;
the app then asks for the passphrase again (``dialogs.passphrase``). The
composition root (``app.py``) runs that loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QWidget

from .labels import fill
from .session import Session

IDLE_SETTING = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# (service, path, interface, signal, signature) of "the session is locking now" on the session bus.
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


def idle_minutes(settings: QSettings) -> int:
    """The idle time before the app locks, in minutes; 0 means never by itself."""
    try:
        return max(0, int(settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def save_every_draft(window: QWidget) -> None:
    """Everything typed and not yet saved goes into the journal's drafts now, in every editor and form of ``window``."""
    for widget in [window, *window.findChildren(QWidget)]:
        write_draft = getattr(widget, "write_draft", None)
        if callable(write_draft):
            write_draft()


class LockWatch(QObject):
    """Says ``lock_requested`` after the idle time, or when the desktop session locks."""

    lock_requested = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, *, session_bus: object | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.lock_requested.emit)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.listening = self._listen(session_bus)

    def set_minutes(self, minutes: float) -> None:
        self._minutes = minutes
        if minutes > 0:
            self._idle.start(round(minutes * 60_000))
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self._minutes > 0:
            self._idle.start()  # restarts the countdown; cheap enough for every mouse move
        return False

    def stop(self) -> None:
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _listen(self, bus: object | None) -> bool:
        """Subscribe to the screen savers' and logind's lock signals; False where there is no D-Bus."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        session = bus if bus is not None else QDBusConnection.sessionBus()
        listening = False
        if session.isConnected():  # type: ignore[attr-defined]
            for service, path, interface, name in SCREEN_SAVERS:
                listening |= session.connect(service, path, interface, name, self, SLOT("_on_screen_saver(bool)"))  # type: ignore[attr-defined]
        if bus is None:
            system = QDBusConnection.systemBus()
            if system.isConnected():
                listening |= system.connect(
                    "org.freedesktop.login1",
                    "",
                    "org.freedesktop.login1.Session",
                    "Lock",
                    self,
                    SLOT("_on_session_lock()"),
                )
        return listening

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.lock_requested.emit()


class AppLock(QObject):
    """The main window's part of the lock: File → Lock (Ctrl+L), the idle-time setting, and the watch."""

    def __init__(self, window: QMainWindow, session: Session, *, quit_app: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._quit_app = quit_app  # closes the window for good (not to the tray), so the app can ask to unlock
        self.requested = False  # the window closed to lock: the app asks for the passphrase, then reopens
        encrypted = session.journal.encrypted
        self.action = QAction(self.tr("&Lock"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setEnabled(encrypted)
        why = "forget the key until the passphrase is typed again" if encrypted else "only an encrypted journal locks"
        self.action.setToolTip(fill(self.tr("Lock: %1"), why))
        self.action.triggered.connect(lambda _checked=False: self.lock())
        window.addAction(self.action)
        self.idle_action = QAction(self.tr("Lock after &idle time…"), window)
        self.idle_action.setEnabled(encrypted)
        self.idle_action.triggered.connect(lambda _checked=False: self.choose_minutes())
        self.watch = LockWatch(idle_minutes(session.settings), self) if encrypted else None
        if self.watch is not None:
            self.watch.lock_requested.connect(self.lock)

    def lock(self) -> None:
        """Save every draft, hide every dialog, close the window (and with it the journal and its key)."""
        if not self.session.journal.encrypted or self.requested:
            return
        save_every_draft(self.window)
        self.requested = True
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()  # a dialog's own loop ends; it is deleted with the window, its draft kept
        self._quit_app()
        if self.window.isVisible():  # closing was refused: nothing is locked
            self.requested = False

    def choose_minutes(self) -> None:
        current = idle_minutes(self.session.settings)
        minutes, chosen = QInputDialog.getInt(
            self.window,
            "Lock after idle time",
            "Lock the journal after this many minutes without a key or a click\n"
            "(0: only with Ctrl+L and when the computer's session locks):",
            current,
            0,
            24 * 60,
        )
        if chosen:
            self.session.settings.setValue(IDLE_SETTING, minutes)
            if self.watch is not None:
                self.watch.set_minutes(minutes)

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
