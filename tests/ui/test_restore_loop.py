"""The app end to end: File → Restore closes the window, swaps the backup in and opens it again; so do
locking and File → Encrypt this journal….

``run_app`` runs as the launcher runs it (the single-instance lock, the
event loop, the window); a timer plays the person: it picks a backup in
File → Restore, answers the confirmation, then looks at the window that
opens again and closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from career_journal import app as app_module
from career_journal.domain.errors import WrongPassphrase
from career_journal.domain.queries import SearchQuery
from career_journal.domain.records import Entry
from career_journal.storage.backup import MANUAL
from career_journal.storage.database import looks_encrypted
from career_journal.storage.journal import Journal
from career_journal.ui.dialogs import passphrase as passphrase_dialogs
from career_journal.ui.dialogs.restore import RestoreDialog
from career_journal.ui.main_window import MainWindow

PASSPHRASE = "restore loop ' passphrase"
KEPT, LATER = "keptinthebackupword", "writtenafterthebackupword"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's QSettings() go to this test's folder, never the machine's own."""
    for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(scope_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    told: list[str] = []
    monkeypatch.setattr(app_module, "_tell", lambda message, error=True: told.append(message))


def _journal_with_a_backup(path: Path, passphrase: str | None) -> None:
    with Journal.open(path, create=True, passphrase=passphrase) as journal:
        journal.entries.add(Entry(body=f"Before: {KEPT}", entry_date=date(2026, 11, 1)))
        journal.backups.make(MANUAL, db=journal.db)
        journal.entries.add(Entry(body=f"After: {LATER}", entry_date=date(2026, 11, 2)))


def _play(steps: list[Callable[[MainWindow], None]]) -> list[str]:
    """Run each step on the next main window that appears; returns what each window's journal found.

    A step that fails closes its window (so ``run_app`` returns at once instead of waiting for the timeout),
    and the failure is raised again by ``_raise_what_failed`` after the app has ended.
    """
    seen: list[str] = []
    _failed.clear()

    def tick() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not steps:
            QTimer.singleShot(50, tick)
            return
        window = windows[0]
        journal = window.session.journal
        found = [word for word in (KEPT, LATER) if journal.search.search(SearchQuery(word))]
        seen.append(f"{'encrypted' if journal.encrypted else 'plain'}: {' '.join(found)}")
        try:
            steps.pop(0)(window)
        except BaseException as exc:
            _failed.append(exc)
            steps.clear()
            window.close()
            return
        QTimer.singleShot(50, tick)

    QTimer.singleShot(50, tick)
    return seen


_failed: list[BaseException] = []


@pytest.fixture(autouse=True)
def _raise_what_failed() -> Iterator[None]:
    yield
    if _failed:
        raise _failed[0]


def _restore_the_latest(window: MainWindow) -> None:
    """File → Restore from backup…, the newest backup, Restore…, Yes."""
    window.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.restore_button.isEnabled(), dialog and dialog.details.text()
    dialog.list.setCurrentRow(0)
    dialog.accept()


def _close(window: MainWindow) -> None:
    window.close()


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_file_restore_closes_swaps_the_backup_in_and_reopens(
    qapp,
    tmp_path: Path,
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str | None,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "loop.cjdb"
    _journal_with_a_backup(path, passphrase)
    if passphrase is not None:
        monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", passphrase)
    dialogs.yes()  # "Restore this backup?"
    kind = "encrypted" if passphrase else "plain"
    seen = _play([_restore_the_latest, _close])

    assert app_module.run_app(db_path=path) == 0

    assert seen == [f"{kind}: {KEPT} {LATER}", f"{kind}: {KEPT}"]
    assert looks_encrypted(path) == (passphrase is not None)
    replaced = list(tmp_path.glob("loop-replaced-*.cjdb"))
    assert len(replaced) == 1 and looks_encrypted(replaced[0]) == (passphrase is not None)


def test_locking_closes_the_window_and_unlocking_asks_the_passphrase(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "loop.cjdb"
    _journal_with_a_backup(path, PASSPHRASE)
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", PASSPHRASE)  # opens at start; never unlocks after a lock
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        asked.append(f"{dialog.purpose}: {dialog.message.text()}")
        dialog.passphrase.setText("not the passphrase" if len(asked) == 1 else PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(passphrase_dialogs.PassphraseDialog, "exec", answer)
    seen = _play([lambda window: window.app_lock.lock(), _close])

    assert app_module.run_app(db_path=path) == 0

    assert seen == [f"encrypted: {KEPT} {LATER}", f"encrypted: {KEPT} {LATER}"]
    assert asked == ["locked: ", "locked: Wrong passphrase, or the file is damaged. Try again."]


def _files_holding(folder: Path, word: str) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and word.encode() in path.read_bytes()]


def test_encrypting_from_the_file_menu_reopens_the_journal_encrypted_and_leaves_no_plain_copy(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "journal" / "loop.cjdb"
    path.parent.mkdir()
    _journal_with_a_backup(path, None)
    assert _files_holding(path.parent, KEPT)  # the journal and its backup, in plain text
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        asked.append(dialog.purpose)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeated.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(passphrase_dialogs.PassphraseDialog, "exec", answer)

    def encrypt(window: MainWindow) -> None:
        window.encrypt_action.trigger()

    offered: list[str] = []

    def offered_now(window: MainWindow) -> None:
        offered.append(window.encrypt_action.text())
        window.close()

    seen = _play([encrypt, offered_now])
    assert app_module.run_app(db_path=path) == 0

    assert asked == ["encrypt"]  # the new passphrase, once; the reopened journal needed no second asking
    assert offered == ["Change the &passphrase…"]  # an encrypted journal offers a new passphrase instead
    assert seen == [f"plain: {KEPT} {LATER}", f"encrypted: {KEPT} {LATER}"]
    assert looks_encrypted(path)
    backups = [p for p in path.parent.rglob("*.cjdb") if p != path]
    assert backups and all(looks_encrypted(backup) for backup in backups)
    assert _files_holding(path.parent, KEPT) == [] and _files_holding(path.parent, LATER) == []


def test_cancelling_the_passphrase_changes_nothing(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "loop.cjdb"
    _journal_with_a_backup(path, None)
    monkeypatch.setattr(passphrase_dialogs.PassphraseDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    still_open: list[bool] = []

    def cancel(window: MainWindow) -> None:
        window.encrypt_action.trigger()
        still_open.append(window.isVisible() and window.after_close is None)

    seen = _play([cancel, _close])
    assert app_module.run_app(db_path=path) == 0
    assert still_open == [True] and seen == [f"plain: {KEPT} {LATER}"] * 2  # the same window, still plain
    assert not looks_encrypted(path)


def test_changing_the_passphrase_asks_the_current_one_and_reopens_under_the_new_one(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "journal" / "loop.cjdb"
    path.parent.mkdir()
    _journal_with_a_backup(path, PASSPHRASE)
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", PASSPHRASE)  # opens at start
    new = "a whole new passphrase"
    messages: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert dialog.purpose == "change" and not dialog.current.isHidden()
        dialog.current.setText("not the current one" if not messages else PASSPHRASE)
        dialog.passphrase.setText(new)
        dialog.repeated.setText(new)
        dialog.accept()  # refused while the current passphrase is wrong, with a line saying so
        messages.append(dialog.message.text() if dialog.result() != QDialog.DialogCode.Accepted else "")
        return dialog.result() or answer(dialog)

    monkeypatch.setattr(passphrase_dialogs.PassphraseDialog, "exec", answer)

    def change(window: MainWindow) -> None:
        window.encrypt_action.trigger()

    seen = _play([change, _close])
    assert app_module.run_app(db_path=path) == 0

    assert messages == ["That is not the journal's current passphrase.", ""]
    assert seen == [f"encrypted: {KEPT} {LATER}"] * 2
    with pytest.raises(WrongPassphrase):
        Journal.open(path, passphrase=PASSPHRASE)
    journals = sorted(path.parent.rglob("*.cjdb"))
    assert len(journals) == 2  # the journal and its one backup: no copy under the old passphrase is left
    for journal_file in journals:
        with Journal.open(journal_file, passphrase=new, check=False) as reopened:
            assert reopened.encrypted
