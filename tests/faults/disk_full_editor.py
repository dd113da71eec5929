"""The disk fills up while the person saves in the entry editor: they are told, and their text stays put.

Needs a QApplication (the test's ``qapp``, or the benchmark's own). Message
boxes are recorded instead of shown, so nothing waits for a click.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from child_common import TODAY
from disk_full import (
    COMMITTED_BEFORE,
    DiskFullCase,
    big_text,
    full_disk,
    note_error,
    reopened_whole,
    rows_lost,
    save_committed,
    temps_in,
)
from processes import sha256_text
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from career_journal.domain.errors import DiskFull
from career_journal.storage.journal import Journal
from career_journal.ui.pages.journal.editor import EntryEditor
from career_journal.ui.session import Session


@contextlib.contextmanager
def recorded_message_boxes() -> Iterator[list[str]]:
    """QMessageBox.warning/critical/information, and the app's own boxes, record their text and return at once."""
    shown: list[str] = []
    originals = {kind: QMessageBox.__dict__[kind] for kind in ("warning", "critical", "information")}

    def record(_parent: object, _title: str, text: str, *_args: object, **_kwargs: object) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def run(box: QMessageBox) -> Any:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "critical", "information"):
        setattr(QMessageBox, kind, staticmethod(record))
    QMessageBox.exec = run  # type: ignore[method-assign]
    try:
        yield shown
    finally:
        for kind, original in originals.items():
            setattr(QMessageBox, kind, original)
        del QMessageBox.exec  # QDialog's again


def editor_save_case(where: Path, method: str, scratch: Path) -> DiskFullCase:
    case = DiskFullCase("editor save", method)
    scratch.mkdir(parents=True, exist_ok=True)
    path = where / "journal.cjdb"
    typed = big_text(0)
    with Journal.open(path, create=True) as journal:
        committed = save_committed(journal, COMMITTED_BEFORE)
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        session = Session(journal, settings, today=lambda: TODAY)
        editor = EntryEditor(session)
        try:
            editor.load(None)
            editor.title.setText("Typed while the disk was full")
            editor.text.editor.setPlainText(typed)
            with full_disk(method, where, journal) as free, recorded_message_boxes() as shown:
                failed = editor.save()
                told = next((text for text in shown if "disk" in text.lower()), shown[0] if shown else "")
                note_error(case, DiskFull() if failed is None and "disk is full" in told else None)
                case.error = told or ("saved anyway" if failed is not None else "nothing shown")
                case.text_kept = failed is None and editor.text.text() == typed
                draft = journal.drafts.get(editor.key)
                case.draft_kept = draft is not None and draft.fields.get("body") == typed
                case.rows_lost = rows_lost(journal, committed)
                case.integrity_ok = journal.check() == []
                free()
                saved = editor.save()
            if saved is not None:
                committed[saved.id or 0] = sha256_text(journal.entries.get(saved.id or 0).body)
                case.retry_ok = journal.entries.get(saved.id or 0).body == typed and journal.drafts.count() == 0
        finally:
            editor.deleteLater()
            session.deleteLater()
    lost_after, whole = reopened_whole(path, committed)
    case.rows_lost = max(case.rows_lost or 0, lost_after)
    case.integrity_ok = case.integrity_ok and whole
    case.temps_left = temps_in(where)
    return case
