"""The main window: a sidebar of pages beside the page shown, the status bar, and the routes between pages.

Its menus and shortcuts are ``window_menus.WindowMenus``; what it offers to keep the journal safe (backups,
restore, encryption, earlier drafts) is ``window_safety.WindowSafety``; the pages and the sidebar are in
``navigation``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..domain.enums import RecordKind
from .backups import BackgroundBackups
from .icons import app_icon
from .navigation import PAGE_OF_KIND, PAGES, PageShelf, Sidebar
from .pages.base import Page
from .reminders import Reminders
from .session import Session
from .theme import Scheme
from .undo import UndoOffer
from .widgets.text_label import plain_label
from .window_menus import WindowMenus
from .window_safety import WindowSafety

if TYPE_CHECKING:
    from .after_close import EncryptRequest, RestoreRequest
    from .dialogs.quick_search import QuickSearch
    from .pages.journal.page import JournalPage
    from .pages.reflect.page import ReflectPage
    from .pages.today.page import TodayPage

# The smallest window every page is checked at (docs/screenshots/900x600-*): nothing is cut off or unreachable.
MINIMUM_SIZE = (900, 600)
BADGE_DELAY_MS = 150


class MainWindow(WindowMenus, WindowSafety, QMainWindow):
    def __init__(self, session: Session, *, on_scheme: Callable[[Scheme], None] | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = session.settings
        self._on_scheme = on_scheme
        self.setWindowTitle(f"Career Journal — {session.journal.path.name}")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(*MINIMUM_SIZE)

        self.stack = QStackedWidget()
        self.pages = PageShelf(PAGES, self._build_page)
        self.sidebar = Sidebar()
        self.sidebar.currentRowChanged.connect(self._on_page_chosen)

        self.banner = plain_label(role="banner")
        self.banner.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._quick_search: QuickSearch | None = None
        self._build_menus()
        self.statusBar().showMessage(str(session.journal.path))
        self.undo_offer = UndoOffer(session.deletions, self)
        self.statusBar().addPermanentWidget(self.undo_offer)
        session.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        session.open_requested.connect(self.open_record)
        session.changed.connect(lambda _kind, _origin: self._badge_timer.start())
        if session.read_only:
            self.banner.setText(self.tr("This journal is open read-only (its folder or drive cannot be written). "
                                        "You can read, search and export; changes cannot be saved."))  # fmt: skip
            self.banner.show()

        self.after_close: RestoreRequest | EncryptRequest | None = None  # what the app does before reopening
        self.backups = BackgroundBackups(session, self)
        self.backups.backed_up.connect(
            lambda path: self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(path)), 8000)
        )
        self.backups.backup_failed.connect(
            lambda why: self.statusBar().showMessage(
                self.tr("The backup could not be made: %1").replace("%1", why), 12000
            )
        )
        self.backups.damage_found.connect(self._on_damage)
        self._quitting = False  # Quit (not the window's close button) ends the app even when it keeps to the tray
        self.reminders = Reminders(session, self)
        self.reminders.open_today.connect(lambda: self.come_forward("today"))
        self.reminders.show_window.connect(lambda: self.come_forward(None))
        self.reminders.quit_requested.connect(self.quit)
        self.drafts_note = plain_label(role="banner", wrap=False)
        self.drafts_note.setTextFormat(Qt.TextFormat.RichText)  # the app's own words and link; no user text
        self.drafts_note.linkActivated.connect(lambda _link: self.show_drafts())
        self.drafts_note.hide()
        right.insertWidget(1, self.drafts_note)
        self._earlier_drafts = session.journal.drafts.keys()  # the note offers these, until each is opened or gone
        session.changed.connect(self._drafts_may_be_gone)
        self._offer_drafts()
        self._badge_timer = QTimer(self, singleShot=True, interval=BADGE_DELAY_MS)
        self._badge_timer.timeout.connect(self.update_badges)
        self.restore_state()
        self.update_badges()

    def _build_page(self, page_class: type[Page]) -> Page:
        page = page_class(self.session)
        self.stack.addWidget(page)
        page.restore_state(self.settings)
        if page.name == "today":  # its buttons reach the window and the Reflect page
            page.start_reflection.connect(lambda: self.go_to_reflect().start_usual())  # type: ignore[attr-defined]
            page.choose_reflection.connect(lambda: self.go_to_reflect().choose_another())  # type: ignore[attr-defined]
            page.export_requested.connect(self.export_for_coach)  # type: ignore[attr-defined]
            page.search_requested.connect(self.open_search)  # type: ignore[attr-defined]
        return page

    def build_remaining_pages(self) -> None:
        """After the first paint: build the other pages one per turn of the event loop, so each opens at once.

        A window that closed meanwhile (to restore a backup, or to lock) builds nothing more: its journal is closed.
        """
        if not self.isVisible():
            return
        waiting = self.pages.unbuilt()
        if waiting:
            self.pages.build(waiting[0])
            QTimer.singleShot(0, self, self.build_remaining_pages)
        else:
            self.update_badges()  # every page's class is loaded now, so each can count its badge

    @property
    def today_page(self) -> TodayPage:
        return self.pages["today"]  # type: ignore[return-value]

    def go_to_reflect(self) -> ReflectPage:
        """Today's reflection buttons start or choose a session on the Reflect page."""
        return self.go_to("reflect")  # type: ignore[return-value]

    # -- menus and shortcuts -------------------------------------------------------------
    # -- navigation ----------------------------------------------------------------------
    def go_to(self, name: str) -> Page:
        page = self.pages[name]
        self.sidebar.setCurrentRow(list(self.pages).index(name))
        self.stack.setCurrentWidget(page)
        return page

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _on_page_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGES[row].name]
        self.stack.setCurrentWidget(page)
        page.ensure_fresh()
        focus = getattr(page, "focus_first", None)
        if focus:
            focus()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.ATTACHMENT.value:  # a file opens with the entry or goal it belongs to
            journal = self.session.journal
            found = self.session.attempt(
                lambda: journal.attachments.get(record_id), parent=self, doing=self.tr("find the file")
            )
            if found is None:
                return
            kind, record_id = found.owner.kind.value, found.owner.id
        name = PAGE_OF_KIND.get(kind)
        if name is None:
            return
        page = self.go_to(name)
        page.show_record(kind, record_id)

    def update_badges(self) -> None:
        """Each page's count in the sidebar; a page whose module is not loaded yet gets its count when it is."""
        due = self.session.journal.follow_ups(self.session.today())
        for row, spec in enumerate(PAGES):
            page = spec.loaded_class()
            if page is not None:
                self.sidebar.show_badge(row, page.badge_for(self.session, due))

    # -- actions ---------------------------------------------------------------------------
    def new_entry(self) -> None:
        page: JournalPage = self.go_to("journal")  # type: ignore[assignment]
        page.new_entry()

    @property
    def quick_search(self) -> QuickSearch:
        """The Ctrl+K box, made the first time it is opened."""
        if self._quick_search is None:
            from .dialogs.quick_search import QuickSearch

            self._quick_search = QuickSearch(self.session.journal, self)
            self._quick_search.chosen.connect(self.open_record)
        return self._quick_search

    def open_search(self) -> None:
        self.quick_search.start()

    def export_for_coach(self) -> None:
        from .dialogs.export import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.open()

    def come_forward(self, page: str | None) -> None:
        """Show the window again (from the tray or a reminder), on ``page`` if given."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if page is not None:
            self.go_to(page)

    def quit(self) -> None:
        """End the app, even when it keeps running in the tray."""
        self._quitting = True
        if self.close():
            QApplication.quit()  # a window already hidden in the tray does not end the app by closing
        else:
            self._quitting = False

    def import_contacts(self) -> None:
        from .dialogs.import_contacts import ImportContactsDialog

        ImportContactsDialog(self.session, self).open()

    # -- remembered between runs -------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        last = self.settings.value("window/page", "today")
        self.go_to(last if last in self.pages else "today")

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.current_page().name)
        for page in self.pages.built():
            page.save_state(self.settings)
        self.settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sidebar.fit(self.width())

    def _pages_let_go(self) -> bool:
        """Whether every page agrees to close (one with unsaved changes asks Save, Discard or Cancel)."""
        for page in self.pages.built():
            leave = getattr(page, "before_close", None)
            if leave is not None and not leave():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Locking asks nothing: every draft is already saved, and is offered back after unlocking.
        if not self.app_lock.requested and not self._pages_let_go():
            event.ignore()
            return
        self.save_state()
        if not self._quitting and self.reminders.keeps_running():
            event.ignore()  # the window goes; the app stays in the tray for its reminders
            self.hide()
            return
        self.backups.stop()
        self._badge_timer.stop()  # a change just before closing must not read the journal after it is closed
        self.session.opened_copies.remove_all()
        self.app_lock.stop()
        if not self.session.read_only:
            # Deleted text leaves the search index and the write-ahead log only when they are folded in.
            self.session.attempt(self.session.journal.checkpoint, parent=self, doing=self.tr("tidy the journal file"))
        super().closeEvent(event)
