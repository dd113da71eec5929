"""What every page has: a title, an icon, a count for the sidebar, and a refresh when its data changed.

A page refreshes lazily: a change to a kind it shows marks it stale, and it
reloads the next time it is shown (at once if it is on screen). A change the
page made itself is already on screen and is not reloaded.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import RecordKind
from ...domain.followups import FollowUps
from ...domain.wording import count_of
from ..icons import icon
from ..labels import counted, page_title
from ..session import Session
from ..widgets.text_label import ask, plain_label


class Page(QWidget):
    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""
    watches: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = session.journal
        self._stale = True
        session.changed.connect(self._on_changed)

    # -- what subclasses provide ---------------------------------------------------
    def refresh(self) -> None:
        """Reload what the page shows from the journal."""

    @classmethod
    def badge_for(cls, session: Session, due: FollowUps) -> int | None:
        """The page's count for the sidebar, from what is due today (None: no badge).

        A class method: the sidebar shows counts before a page is first built.
        """
        return None

    def badge(self) -> int | None:
        return self.badge_for(self.session, self.journal.follow_ups(self.session.today()))

    def show_record(self, kind: str, record_id: int) -> None:
        """Bring one record into view (from quick search or another page's link)."""

    def save_state(self, settings: QSettings) -> None:
        """Remember splitter positions and the like."""

    def restore_state(self, settings: QSettings) -> None:
        """Put back what ``save_state`` remembered."""

    # -- shared behaviour ----------------------------------------------------------
    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.ensure_fresh()

    def _on_changed(self, kind: str, origin: object) -> None:
        if kind not in self.watches or self._made_by_me(origin):
            return
        self._stale = True
        if self.isVisible():
            self.ensure_fresh()

    def _made_by_me(self, origin: object) -> bool:
        return isinstance(origin, QWidget) and (origin is self or self.isAncestorOf(origin))

    def confirm_delete(self, description: str, *, verb: str = "Delete", files: int = 0) -> bool:
        """Ask before a delete (No is the default), saying that Undo can put it back (but not attached files)."""
        undo_note = self.tr(
            "Its text is wiped from the journal file at once. Edit → Undo (Ctrl+Z) puts it back while the app is open."
        )
        gone = ""
        if files:
            english = f"Its {count_of(files, 'attached file')} cannot be put back."
            gone = "\n\n" + counted(self.tr("Its %n attached file(s) cannot be put back.", "", files), english)
        verb = {"Delete": self.tr("Delete"), "Remove": self.tr("Remove")}.get(verb, verb)
        question = self.tr("%1 %2?").replace("%1", verb).replace("%2", description)
        return ask(self, self.tr("%1?").replace("%1", verb), f"{question}\n\n{undo_note}{gone}")

    def delete_record(
        self,
        kind: RecordKind,
        record_id: int,
        description: str,
        *,
        what: str = "",
        verb: str = "Delete",
        files: int = 0,
    ) -> bool:
        """Ask, then delete so that Edit → Undo can put it back; True when it is gone.

        ``what`` names it in "Deleted … Undo" when the question says more (what goes with it);
        ``files`` counts its attached files, which go for good.
        """
        if not self.confirm_delete(description, verb=verb, files=files):
            return False
        return self.session.deletions.delete(kind, record_id, what or description, parent=self, verb=verb)

    def header(self, subtitle: str = "") -> tuple[QVBoxLayout, QHBoxLayout]:
        """The page's title row (with room for buttons on the right) and its subtitle; returns (page, buttons)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 16, 22, 16)
        outer.setSpacing(10)
        row = QHBoxLayout()
        heading = plain_label(page_title(self.name), "page-title", wrap=False)
        row.addWidget(heading)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        row.addLayout(buttons)
        outer.addLayout(row)
        self.subtitle = plain_label(subtitle, "muted")
        self.subtitle.setVisible(bool(subtitle))
        outer.addWidget(self.subtitle)
        return outer, buttons

    def button(self, text: str, icon_name: str = "", *, primary: bool = False, tip: str = "") -> QPushButton:
        made = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        if primary:
            made.setProperty("primary", True)
            made.setIcon(icon(icon_name, QPalette.ColorRole.HighlightedText) if icon_name else made.icon())
        if tip:
            made.setToolTip(tip)
        made.setCursor(Qt.CursorShape.PointingHandCursor)
        return made

    def read_only_guard(self) -> bool:
        """True (and a message) when the journal cannot be changed here."""
        if self.session.read_only:
            QMessageBox.information(
                self, self.tr("Read-only"), self.tr("This journal is open read-only, so it cannot be changed here.")
            )
            return True
        return False
