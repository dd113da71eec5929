"""The composition root of the desktop app: paths, the journal, the QApplication and the window."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_ID, APP_NAME, __version__
from .files import make_scratch_dir
from .paths import journal_path

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from .domain.charts import Chart
    from .startup import Choice, Problem
    from .storage.journal import Journal
    from .ui.after_close import EncryptRequest, RestoreRequest

DAILY_BACKUP_DELAY_MS = 4000
PAGES_LATER_MS = 300  # the other pages are built once the first one is on screen
SETTLE_MS = 3000  # by then every page is built: what exists lives as long as the window
LOCKED = "locked"  # what a window that closed to lock the app returns


@dataclass(frozen=True)
class _Shots:
    """What ``--screenshot`` asked for: the folder, one page or all, and the sizes and themes to draw."""

    folder: str
    page: str | None
    sizes: tuple[tuple[int, int], ...]
    themes: tuple[str, ...]


def main() -> None:
    """Entry point of ``career-journal``: a command, or without one the desktop app."""
    journal = everyday_start(sys.argv[1:])
    if journal is not None:
        # Starting builds a few hundred thousand objects that live as long as the window, and next to no
        # garbage: the collector, which would walk them over and over, waits until the window is shown.
        gc.disable()
        sys.exit(run_app(db_path=journal))
    from .cli import main as cli_main

    cli_main(launch_app=run_app, paint_charts=paint_charts)


def everyday_start(args: Sequence[str]) -> Path | None:
    """The journal to open when the command line says no more than which one (nothing, or ``--db PATH``).

    That is how the app is started from the desktop's menu; the command line
    (click) reads every other case, the commands, ``--demo``, ``--help``…, and
    opens the app the same way. Loading click for the everyday start cost a
    tenth of its time.
    """
    if not args:
        return journal_path()
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return journal_path(args[1])
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return journal_path(args[0].removeprefix("--db="))
    return None


def paint_charts(charts: Sequence[Chart], folder: Path) -> None:
    """The UI's chart painter, imported (with Qt) only when a command asks for charts."""
    from .ui.chart_files import write_chart_files

    write_chart_files(charts, folder)


def run_app(
    *,
    db_path: Path,
    new: bool = False,
    encrypt: bool = False,
    demo: bool = False,
    screenshot_dir: str | None = None,
    page: str | None = None,
    sizes: tuple[tuple[int, int], ...] = (),
    themes: tuple[str, ...] = (),
) -> int:
    if screenshot_dir and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # screenshots need no display

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translations
    from .ui.icons import app_icon
    from .ui.labels import fill
    from .ui.single_instance import SingleInstance
    from .ui.theme import Scheme, apply_theme, watch_system_scheme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CareerJournal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    shots = _Shots(screenshot_dir, page, sizes, themes) if screenshot_dir else None
    scratch = make_scratch_dir() if demo or screenshot_dir else None
    if scratch is not None:
        # A demo or a screenshot run keeps its window settings to itself.
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    install_translations(app, settings)  # before anything shows a word: dates, numbers and the demo follow it
    apply_theme(app, Scheme(settings.value("appearance", Scheme.SYSTEM.value)))
    watch_system_scheme(app, lambda: Scheme(settings.value("appearance", Scheme.SYSTEM.value)))

    if scratch is not None:
        try:
            if demo:
                journal = _demo_journal(scratch / "demo.cjdb")
                return _run_window(app, journal, settings, shots)  # type: ignore[return-value]
            return _screenshots_of(db_path, new, settings, shots, app)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)  # the demo journal is gone with the window

    instance = SingleInstance(db_path)
    if not instance.acquire():
        if instance.hand_over():
            return 0  # the running app came forward; this launch never opened the journal
        _tell(
            fill(
                QCoreApplication.translate(
                    "app", "Career Journal already has %1 open, but it does not answer. Close it and try again."
                ),
                db_path,
            )
        )
        return 1
    try:
        journal = _open_interactively(db_path, new, encrypt)
        while journal is not None:
            outcome = _run_window(app, journal, settings, None, instance=instance)
            from .ui.after_close import EncryptRequest, RestoreRequest  # what a closed window can ask for

            if outcome == LOCKED:  # the window, the journal and its key are gone: ask before showing anything
                journal = _open_after_lock(db_path)
            elif isinstance(outcome, RestoreRequest):
                journal = _restore_and_reopen(outcome.backup, db_path, outcome.passphrase)
            elif isinstance(outcome, EncryptRequest):
                journal = _encrypt_and_reopen(db_path, outcome)
            else:
                return outcome  # type: ignore[return-value]
        return 0
    finally:
        instance.release()


def _open_interactively(path: Path, new: bool, encrypt: bool) -> Journal | None:
    from PySide6.QtCore import QCoreApplication

    from . import keychain
    from .domain.errors import JournalError
    from .startup import open_at_start
    from .storage.journal import Journal
    from .ui.labels import fill
    from .ui.unlock import ENCRYPTED, NEW, AskPassphrase

    if new:
        passphrase = (keychain.known_passphrase(path) or AskPassphrase(NEW)(path, "")) if encrypt else None
        if encrypt and passphrase is None:
            return None
        try:
            return Journal.open(path, create=True, passphrase=passphrase)
        except JournalError as exc:
            _tell(str(exc))
            return None
    unlock = AskPassphrase(ENCRYPTED, offer_remember=keychain.available)
    journal = open_at_start(path, _ask, unlock)
    if journal is not None and journal.encrypted and unlock.remember:
        why_not = keychain.remember(path, journal.connect.passphrase or "")
        if why_not is not None:
            _tell(fill(QCoreApplication.translate("app", "The passphrase was not remembered: %1."), why_not))
    return journal


def _open_after_lock(path: Path) -> Journal | None:
    from .startup import open_at_start
    from .ui.unlock import LOCKED as LOCKED_DIALOG
    from .ui.unlock import AskPassphrase

    # Never the keychain's or the environment's passphrase here: unlocking means typing it.
    return open_at_start(path, _ask, AskPassphrase(LOCKED_DIALOG), use_known=False)


def _restore_and_reopen(backup: Path, path: Path, passphrase: str | None) -> Journal | None:
    from PySide6.QtCore import QCoreApplication

    from .domain.errors import JournalError
    from .startup import open_at_start
    from .storage.backup import restore_backup
    from .ui.labels import fill
    from .ui.unlock import ENCRYPTED, AskPassphrase

    try:
        restored = restore_backup(backup, path, passphrase=passphrase)
    except JournalError as exc:
        _tell(
            fill(
                QCoreApplication.translate(
                    "app", "The backup could not be restored; your journal was left as it was.\n\n%1"
                ),
                exc,
            )
        )
    else:
        if restored.set_aside is not None:
            _tell(
                fill(
                    QCoreApplication.translate("app", "The backup is restored. The journal it replaced is kept at %1."),
                    restored.set_aside,
                ),
                error=False,
            )
    return open_at_start(path, _ask, AskPassphrase(ENCRYPTED))


def _encrypt_and_reopen(path: Path, request: EncryptRequest) -> Journal | None:
    """Encrypt the closed journal and its backups (again, for a new passphrase), open it, then wipe the old copies.

    The old copies (plain, or under the old passphrase) are wiped only once the journal has opened with the
    passphrase just chosen.
    """
    from PySide6.QtCore import QCoreApplication

    from . import keychain
    from .domain.errors import JournalError
    from .startup import open_at_start
    from .storage.cipher import convert_journal, wipe
    from .storage.journal import Journal
    from .ui.after_close import with_progress
    from .ui.labels import fill
    from .ui.unlock import ENCRYPTED, AskPassphrase

    changing = request.old_passphrase is not None
    try:
        converted = with_progress(
            QCoreApplication.translate("app", "Changing the passphrase of the journal and its backups…")
            if changing
            else QCoreApplication.translate("app", "Encrypting the journal and its backups…"),
            lambda: convert_journal(path, old_passphrase=request.old_passphrase, new_passphrase=request.passphrase),
        )
    except JournalError as exc:
        nothing_done = (
            QCoreApplication.translate("app", "The passphrase was not changed; the journal is as it was.")
            if changing
            else QCoreApplication.translate("app", "The journal was not encrypted; it is as it was.")
        )
        _tell(f"{nothing_done}\n\n{exc}")
        return open_at_start(path, _ask, AskPassphrase(ENCRYPTED))
    try:
        journal = Journal.open(path, passphrase=request.passphrase)
    except JournalError as exc:  # the check after converting makes this unlikely; the old copies stay
        kept = QCoreApplication.translate(
            "app", "The journal did not open with the new passphrase, so the old copies are kept:"
        )
        leftovers = "\n".join(str(left) for left in converted.leftovers)
        _tell(f"{kept}\n{leftovers}\n\n{exc}")
        return open_at_start(path, _ask, AskPassphrase(ENCRYPTED))
    wipe(converted.leftovers)
    not_converted = "\n".join(str(left) for left in converted.backups_left)
    if not_converted:
        left_as_they_were = QCoreApplication.translate(
            "app", "These backups could not be converted (damaged, or another passphrase) and are as they were:"
        )
        _tell(f"{left_as_they_were}\n{not_converted}")
    if request.remember:
        if (why_not := keychain.remember(path, request.passphrase)) is not None:
            _tell(fill(QCoreApplication.translate("app", "The passphrase was not remembered: %1."), why_not))
    elif changing:
        keychain.forget(path)  # the old passphrase no longer opens the journal
    return journal


def _run_window(
    app,  # type: ignore[no-untyped-def]
    journal: Journal,
    settings: QSettings,
    shots: _Shots | None,
    *,
    instance=None,  # type: ignore[no-untyped-def]
) -> int | str | RestoreRequest | EncryptRequest:
    """Show the window until it closes: the exit code, LOCKED, or what to do before opening the journal again."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from .ui.main_window import MainWindow
    from .ui.session import Session

    session = Session(journal, settings)
    window = MainWindow(session)
    try:
        if shots is not None:
            from .ui.screenshots import take_screenshots

            return take_screenshots(window, Path(shots.folder), shots.page, sizes=shots.sizes, themes=shots.themes)
        if instance is not None:
            instance.activated.connect(lambda: _bring_forward(window))
        window.show()
        # What start-up built lives as long as the window: collections leave it out from now on (and
        # settle_start_up_objects adds the pages built next). main() held the collector back until here.
        gc.freeze()
        gc.enable()
        # The window is each timer's context: one that closed early (a restore, the lock) cancels them.
        # Once Today is painted: SQLite's page-by-page check (on a worker) and the tray icon.
        QTimer.singleShot(PAGES_LATER_MS, window, window.backups.check_integrity)
        QTimer.singleShot(PAGES_LATER_MS, window, window.reminders.start)
        QTimer.singleShot(PAGES_LATER_MS, window, window.build_remaining_pages)
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, window.back_up_if_due)
        # Files a crashed app handed to a viewer.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda: session.opened_copies.remove_stale())
        QTimer.singleShot(SETTLE_MS, window, settle_start_up_objects)
        code = app.exec()
        if window.app_lock.requested:
            return LOCKED
        return window.after_close or code
    finally:
        session.opened_copies.remove_all()
        gc.unfreeze()  # the window and its pages can be collected again once it is gone
        window.deleteLater()
        app.processEvents()
        # Deleted now, not at the next event loop: a window closed for a restore or the lock must not
        # keep timers (reminders, badges) that would read its journal after it is closed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        journal.close()


def settle_start_up_objects() -> None:
    """Tell Python's garbage collector to stop re-reading what start-up built (modules, Qt wrappers, pages).

    A full collection walks every object it tracks, and the running app holds
    a few hundred thousand that live as long as the window; each such
    collection paused scrolling for tens of milliseconds. Frozen once, after
    a collection, they are left out of every later one (``gc.unfreeze`` when
    the window closes).
    """
    gc.collect()
    gc.freeze()


def _screenshots_of(path: Path, new: bool, settings, shots: _Shots, app) -> int:  # type: ignore[no-untyped-def]
    from .domain.errors import JournalError
    from .keychain import known_passphrase
    from .storage.journal import Journal

    try:  # an encrypted journal: the passphrase from CAREER_JOURNAL_PASSPHRASE or the keychain (no dialog here)
        journal = Journal.open(path, create=new, passphrase=None if new else known_passphrase(path))
    except JournalError as exc:
        print(f"career-journal: {exc}", file=sys.stderr)
        return 1
    return _run_window(app, journal, settings, shots)  # type: ignore[return-value]


def _bring_forward(window) -> None:  # type: ignore[no-untyped-def]
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _ask(problem: Problem) -> Choice:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, "")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the journal's path, which is never HTML
    box.setText(problem.message)
    buttons = {box.addButton(choice.label, QMessageBox.ButtonRole.ActionRole): choice for choice in problem.choices}
    box.exec()
    return buttons.get(box.clickedButton(), problem.choices[-1])


def _tell(text: str, *, error: bool = True) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .ui.widgets.text_label import message

    message(None, QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, APP_NAME, text)


def _demo_journal(path: Path) -> Journal:
    from . import demo
    from .language import app_language
    from .storage.journal import Journal

    journal = Journal.open(path, create=True)
    demo.populate(journal, date.today(), earlier_months=True, language=app_language())
    return journal
