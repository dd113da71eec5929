"""What the child processes share: one flushed line per event, and the app's editor built as the app builds it.

A child never shows a modal dialog (nobody would answer it): a message box
is printed as a ``DIALOG`` line instead, so the parent can read what the
person would have been told.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)
PASSPHRASE_ENV = "CAREER_JOURNAL_PASSPHRASE"


def emit(*words: object) -> None:
    """One line on stdout, flushed: once the parent can read it, it is a fact even if we die next."""
    sys.stdout.write(" ".join(str(word) for word in words) + "\n")
    sys.stdout.flush()


def print_dialogs_instead() -> None:
    """Replace QMessageBox's static helpers and ``exec``: each message becomes a ``DIALOG <kind> <json text>`` line."""
    from PySide6.QtWidgets import QMessageBox

    def shown(kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *_args: object, **_kwargs: object) -> Any:
            emit("DIALOG", kind, json.dumps(text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def run(box: QMessageBox) -> Any:  # the app's own boxes (plain text), built and then run
        kind = {QMessageBox.Icon.Question: "question", QMessageBox.Icon.Warning: "warning"}.get(box.icon(), "other")
        emit("DIALOG", kind, json.dumps(box.text()))
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, kind, shown(kind))
    QMessageBox.exec = run  # type: ignore[method-assign]


def open_editor(journal_path: Path, settings_path: Path | None = None) -> tuple[Any, Any, Any, Any]:
    """A QApplication, the journal, a Session and an EntryEditor on it, shown (the app's real widgets)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from career_journal.storage.journal import Journal
    from career_journal.ui.pages.journal.editor import EntryEditor
    from career_journal.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print_dialogs_instead()
    # The encrypted runs of the harness give the passphrase the way a script would.
    journal = Journal.open(journal_path, create=True, passphrase=os.environ.get(PASSPHRASE_ENV))
    ini = settings_path or journal_path.with_name("settings.ini")
    session = Session(journal, QSettings(str(ini), QSettings.Format.IniFormat), today=lambda: TODAY)
    editor = EntryEditor(session)
    editor.resize(900, 600)
    editor.show()
    app.processEvents()
    return app, journal, session, editor


def choose_links(editor: Any, person_ids: list[int], goal_ids: list[int]) -> None:
    """Link the entry the way a person does: open the Link dialog, tick the boxes, press OK.

    The dialog deletes itself once closed, on the next turn of the event loop;
    a loop that never returns to it deletes the dialog here, at once.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from career_journal.ui.dialogs.links import LinkDialog

    editor.edit_links()
    dialog = editor.findChildren(LinkDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)[-1]
    for checks, wanted in ((dialog.people, person_ids), (dialog.goals, goal_ids), (dialog.skills, [])):
        for row in range(checks.list.count()):
            record_id = checks.list.item(row).data(Qt.ItemDataRole.UserRole)
            checks.set_checked(record_id, record_id in wanted)
    dialog.accept()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete.value)
