"""What keeps the journal safe, as the window offers it: backups, damage found by the check, restoring a
backup, encrypting, and drafts kept from an earlier session.

``WindowSafety`` is a part of ``MainWindow``. Restoring and encrypting
replace the journal's file, so the window closes first and the app does the
work between this window and the next (``app.run_app``, ``ui.after_close``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.wording import count_of, plural
from .labels import counted
from .widgets.text_label import warn

if TYPE_CHECKING:
    from .after_close import EncryptRequest, RestoreRequest
    from .main_window import MainWindow


class WindowSafety:
    """Backups, damage, restore, encryption and earlier drafts."""

    def back_up_now(self: MainWindow) -> None:
        self.backups.back_up_now()

    def back_up_if_due(self: MainWindow) -> None:
        self.backups.back_up_if_due()

    def _on_damage(self: MainWindow, problem: str) -> None:
        self.banner.setText(
            self.tr(
                "SQLite found damage in this journal (%1). It now takes no more changes, so nothing is "
                "written over the damage. File → Restore from backup… puts your latest good backup in its place; "
                "the damaged file is kept beside it."
            ).replace("%1", problem)
        )
        self.banner.show()
        warn(self, self.tr("The journal is damaged"), self.banner.text())

    def choose_backup(self: MainWindow) -> None:
        from .dialogs.restore import RestoreDialog

        journal = self.session.journal
        dialog = RestoreDialog(self.backups.backups(), journal.path, self, passphrase=journal.connect.passphrase)
        dialog.chosen.connect(self.request_restore)
        dialog.open()

    def request_restore(self: MainWindow, backup: Path, passphrase: str | None = None) -> None:
        """Close (saving what is open), then the app swaps the backup in and opens the window again."""
        from .after_close import RestoreRequest

        self._close_for(RestoreRequest(backup, passphrase))

    def encrypt_journal(self: MainWindow) -> None:
        """Ask a new passphrase, close (saving what is open); the app encrypts the journal and opens it again.

        An encrypted journal is encrypted again under the new passphrase, once the current one is typed.
        """
        from .after_close import ask_to_encrypt

        journal = self.session.journal
        request = ask_to_encrypt(journal.path, self, journal.connect.passphrase if journal.encrypted else None)
        if request is not None:
            self._close_for(request)

    def _close_for(self: MainWindow, request: RestoreRequest | EncryptRequest) -> None:
        self.after_close = request
        self._quitting = True
        if not self.close():  # closing was refused (an entry could not be saved): nothing happens
            self.after_close = None
            self._quitting = False

    def show_drafts(self: MainWindow) -> None:
        from .dialogs.drafts import DraftsDialog

        dialog = DraftsDialog(self.session, self)
        dialog.open_draft.connect(self.open_draft)
        dialog.finished.connect(lambda _result: self._offer_drafts())
        dialog.open()

    def open_draft(self: MainWindow, key: str) -> None:
        self._earlier_drafts.discard(key)  # it is back where it was typed, with its own "put back" note
        self._offer_drafts()
        if key == "reflection":
            self.go_to("reflect")
        elif key == "entry:new":
            self.new_entry()
        elif key.startswith("entry:") and key[6:].isdigit():
            self.open_record("entry", int(key[6:]))
        elif self.today_page.owns_draft(key):  # the box and the everyday dialogs are Today's
            self.go_to("today")
            self.today_page.open_draft(key)
        elif key.startswith("form:"):
            from .dialogs.forms import dialog_for_draft

            dialog = dialog_for_draft(self, self.session, key)
            if dialog is not None:
                dialog.open()

    def _drafts_may_be_gone(self: MainWindow, _kind: str, _origin: object) -> None:
        if self._earlier_drafts:  # a save elsewhere drops its draft
            self._offer_drafts()

    def _offer_drafts(self: MainWindow) -> None:
        self._earlier_drafts &= self.session.journal.drafts.keys()  # saved or discarded since: not waiting
        count = len(self._earlier_drafts)
        if not count:
            self.drafts_note.hide()
            return
        self.drafts_note.setText(
            counted(
                self.tr("%n unsaved draft(s) from an earlier session kept safe.", "", count),
                f"{count_of(count, 'unsaved draft')} from an earlier session {plural(count, 'is', 'are')} kept safe.",
            )
            + " <a href='#drafts'>"
            + counted(self.tr("Open them (%n)", "", count), f"Open {plural(count, 'it', 'them')}")
            + "</a>"
        )
        self.drafts_note.show()
