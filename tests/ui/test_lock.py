"""The lock of an encrypted journal: drafts first, then no window, no text and no key until the passphrase."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from career_journal import demo
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs.passphrase import LOCKED, NEW, PassphraseDialog
from career_journal.ui.lock import IDLE_SETTING, LockWatch, idle_minutes
from career_journal.ui.main_window import MainWindow
from career_journal.ui.session import Session

PASSPHRASE = "lock test ' passphrase"
CANARY = "unsavedlockcanary"


@pytest.fixture
def encrypted_window(qtbot, tmp_path: Path, settings: QSettings, today: date) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    journal = Journal.open(tmp_path / "locked.cjdb", create=True, passphrase=PASSPHRASE)
    demo.populate(journal, today)
    window = MainWindow(Session(journal, settings, today=lambda: today))
    window.show()
    yield window
    journal.close()


def _texts_on_screen() -> str:
    """Every piece of text any live widget holds: titles, labels, fields, editors."""
    found = []
    for widget in QApplication.allWidgets():
        found.append(widget.windowTitle())
        readers = {QLabel: QLabel.text, QLineEdit: QLineEdit.text, QPlainTextEdit: QPlainTextEdit.toPlainText,
                   QTextEdit: QTextEdit.toPlainText}  # fmt: skip
        found.extend(read(widget) for kind, read in readers.items() if isinstance(widget, kind))
    return "\n".join(found)


def _forget_closed_windows() -> None:
    """What the app does once a window has closed: delete it, with everything in it."""
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_ctrl_l_saves_the_draft_then_leaves_no_text_anywhere(qtbot, encrypted_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = encrypted_window
    page = window.go_to("journal")
    page.new_entry()
    QTest.keyClicks(page.editor.text.editor, f"Half a thought about {CANARY}")  # typed, never saved
    assert CANARY in _texts_on_screen()
    path = window.session.journal.path

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.app_lock.requested and not window.isVisible()
    window.session.journal.close()  # what the app does next: the connection, and SQLCipher's key, go
    _forget_closed_windows()
    assert CANARY not in _texts_on_screen()
    assert CANARY.encode() not in path.read_bytes()
    with Journal.open(path, passphrase=PASSPHRASE) as reopened:  # unlocking: the draft is there
        assert any(CANARY in draft.fields.get("body", "") for draft in reopened.drafts.list())


def test_a_plain_journal_has_nothing_to_lock(qtbot, sample_session: Session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sample_session)
    qtbot.addWidget(window)
    assert not window.app_lock.action.isEnabled()
    window.app_lock.lock()
    assert not window.app_lock.requested
    assert window.app_lock.watch is None


def test_the_idle_time_locks_and_is_a_setting(qtbot, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    assert idle_minutes(settings) == 10
    settings.setValue(IDLE_SETTING, "nonsense")
    assert idle_minutes(settings) == 10
    settings.setValue(IDLE_SETTING, 0)
    assert idle_minutes(settings) == 0
    watch = LockWatch(0)
    watch.set_minutes(0.001)  # 60 ms: the idle timer is what is tested, not the clock
    with qtbot.waitSignal(watch.lock_requested, timeout=5000):
        pass
    watch.stop()


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A D-Bus session bus of the test's own (never the desktop's)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed here")
    process = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    yield address
    process.kill()
    process.wait()


def test_the_session_locking_locks_the_app(qtbot, private_bus: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listener = QDBusConnection.connectToBus(private_bus, "lock-test-listener")
    screen_saver = QDBusConnection.connectToBus(private_bus, "lock-test-screen-saver")
    assert listener.isConnected() and screen_saver.isConnected()
    assert screen_saver.registerService("org.freedesktop.ScreenSaver")
    watch = LockWatch(0, session_bus=listener)
    assert watch.listening
    signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    signal.setArguments([True])
    with qtbot.waitSignal(watch.lock_requested, timeout=5000):
        screen_saver.send(signal)
    watch.stop()


def test_the_passphrase_dialogs_check_what_was_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new = PassphraseDialog(tmp_path / "a <b>name</b>.cjdb", NEW)
    qtbot.addWidget(new)
    new.passphrase.setText("long enough words")
    new.repeated.setText("long enough wordz")
    new.accept()
    assert new.result() != new.DialogCode.Accepted and "not the same" in new.message.text()
    assert new.passphrase.echoMode() == QLineEdit.EchoMode.Password
    locked = PassphraseDialog(tmp_path / "j.cjdb", LOCKED, offer_remember=True)
    qtbot.addWidget(locked)
    assert not locked.remember.isVisibleTo(locked), "unlocking after a lock never offers to remember"
    labels: list[QWidget] = locked.findChildren(QLabel)
    assert all(label.textFormat() != Qt.TextFormat.RichText for label in labels)
