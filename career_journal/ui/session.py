"""What every page shares: the open journal, today's date, and word of changes.

Pages never call each other. A page that saves tells the session which kind
of record changed; pages that show that kind refresh themselves, and the
main window updates the sidebar's counts. ``attempt`` runs one call into the
journal and turns a failure into a message in the person's words.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from ..domain.errors import JournalError
from ..domain.reflection import WEEKLY_REVIEW
from ..paths import data_dir, opened_dir
from ..storage.journal import Journal
from .spelling import Spelling
from .undo import Deletions
from .widgets.text_label import warn

if TYPE_CHECKING:
    from ..exchange.attachment_files import OpenedCopies

T = TypeVar("T")
# The prompt set Today's button starts: the one last finished (the weekly review until then).
USUAL_SET_KEY, USUAL_SET_NAME = "reflect/usual-set", "reflect/usual-set-name"


class Session(QObject):
    # The kind of record that changed ("entry", "goal", "person"…) and the widget
    # that changed it, which has already shown the change itself.
    changed = Signal(str, object)
    open_requested = Signal(str, int)  # show this record on its page
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        journal: Journal,
        settings: QSettings,
        *,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self._today = today
        self.spelling = Spelling(settings, data_dir(), parent=self)
        self.spelling.notice.connect(self.status)
        self.deletions = Deletions(self)  # every delete goes through it, so Edit → Undo can put it back

    @functools.cached_property
    def opened_copies(self) -> OpenedCopies:
        """Files handed to the system's viewer; removed when the app closes. Made when first needed."""
        from ..exchange.attachment_files import OpenedCopies

        return OpenedCopies(opened_dir())

    def today(self) -> date:
        return self._today()

    @property
    def read_only(self) -> bool:
        return self.journal.read_only

    def attempt(self, action: Callable[[], T], *, parent: QWidget | None, doing: str) -> T | None:
        """Run ``action``; on a journal or input error show it and return None (nothing was changed)."""
        try:
            return action()
        except (JournalError, ValueError) as exc:
            warn(parent, self.tr("Could not %1").replace("%1", doing), str(exc))
            return None

    def usual_reflection(self) -> tuple[str, str]:
        """(key, name) of the prompt set a person usually reflects with: the last one finished."""
        key = str(self.settings.value(USUAL_SET_KEY, "") or "")
        name = str(self.settings.value(USUAL_SET_NAME, "") or "")
        return (key, name) if key and name else (WEEKLY_REVIEW, "Weekly review")

    def remember_reflection(self, key: str, name: str) -> None:
        self.settings.setValue(USUAL_SET_KEY, key)
        self.settings.setValue(USUAL_SET_NAME, name)

    def notify(self, *kinds: str, origin: object = None) -> None:
        for kind in kinds:
            self.changed.emit(kind, origin)
