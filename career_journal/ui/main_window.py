"""The main window: a sidebar of pages, the menus and shortcuts, and the routes between pages."""

from __future__ import annotations

import html
import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.enums import RecordKind
from ..domain.wording import count_of, plural
from .after_close import EncryptRequest, RestoreRequest, ask_to_encrypt
from .backups import BackgroundBackups
from .icons import app_icon, icon
from .labels import counted, page_title
from .lock import AppLock
from .pages.base import Page
from .reminders import Reminders
from .session import Session
from .spelling import SpellingAction
from .theme import Scheme, apply_theme
from .undo import UndoOffer
from .widgets.text_label import plain_label, warn

if TYPE_CHECKING:
    from .dialogs.quick_search import QuickSearch
    from .pages.journal.page import JournalPage
    from .pages.reflect.page import ReflectPage
    from .pages.today.page import TodayPage


@dataclass(frozen=True)
class PageSpec:
    """What the sidebar and the menus show of a page. Its module is imported when the page is first built.

    The window opens on one page; importing the others (their widgets,
    models, the Markdown renderer) before the first paint was most of the
    start-up time.
    """

    name: str
    title: str
    icon_name: str
    module: str  # under ui.pages
    class_name: str

    @property
    def _module_name(self) -> str:
        return f"{__package__}.pages.{self.module}"

    def page_class(self) -> type[Page]:
        return getattr(importlib.import_module(self._module_name), self.class_name)

    def loaded_class(self) -> type[Page] | None:
        """The page's class if its module is imported already (None: it is not needed yet)."""
        module = sys.modules.get(self._module_name)
        return getattr(module, self.class_name, None) if module is not None else None


PAGES = (
    PageSpec("today", "Today", "today", "today.page", "TodayPage"),
    PageSpec("journal", "Journal", "journal", "journal.page", "JournalPage"),
    PageSpec("goals", "Goals", "goals", "goals.page", "GoalsPage"),
    PageSpec("teaching", "Teaching", "teaching", "teaching.page", "TeachingPage"),
    PageSpec("network", "Network", "network", "network.page", "NetworkPage"),
    PageSpec("team", "Team", "team", "team.page", "TeamPage"),
    PageSpec("reflect", "Reflect", "reflect", "reflect.page", "ReflectPage"),
    PageSpec("insights", "Insights", "insights", "insights.page", "InsightsPage"),
    PageSpec("timeline", "Timeline", "timeline", "timeline.page", "TimelinePage"),
)
# Which page shows a record of each kind.
PAGE_OF_KIND = {
    "entry": "journal",
    "goal": "goals",
    "milestone": "goals",
    "skill": "teaching",
    "teaching": "teaching",
    "handover": "teaching",
    "person": "network",
    "interaction": "network",
    "opportunity": "network",
    "adviser": "team",
}
# The smallest window every page is checked at (docs/screenshots/900x600-*): nothing is cut off or unreachable.
MINIMUM_SIZE = (900, 600)
SIDEBAR_WIDE, SIDEBAR_NARROW = 200, 156  # the sidebar gives up width below NARROW_WINDOW
NARROW_WINDOW = 1100
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_DELAY_MS = 150


class SidebarDelegate(QStyledItemDelegate):
    """A page's name with its count in a small pill on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        badge = index.data(BADGE_ROLE)
        if not badge:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(badge)
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 12, 22)
        height = metrics.height() + 2
        rect = QRect(option.rect.right() - width - 8, option.rect.center().y() - height // 2, width, height)
        selected = bool(option.state & option.state.State_Selected)
        background = option.palette.highlightedText() if selected else option.palette.highlight()
        painter.setBrush(background)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen((option.palette.highlight() if selected else option.palette.highlightedText()).color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 30, max(hint.height(), 34))


class PageShelf(Mapping[str, Page]):
    """The pages by name, each built the first time it is asked for: the window opens on one page."""

    def __init__(self, specs: tuple[PageSpec, ...], build: Callable[[type[Page]], Page]) -> None:
        self._specs = {spec.name: spec for spec in specs}
        self._built: dict[str, Page] = {}
        self._build = build

    def __getitem__(self, name: str) -> Page:
        if name not in self._built:
            self._built[name] = self._build(self._specs[name].page_class())
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def build(self, name: str) -> Page:
        return self[name]

    def built(self) -> list[Page]:
        return list(self._built.values())

    def unbuilt(self) -> list[str]:
        return [name for name in self._specs if name not in self._built]


class MainWindow(QMainWindow):
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
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setItemDelegate(SidebarDelegate(self.sidebar))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long name is cut instead
        self.sidebar.setFixedWidth(SIDEBAR_WIDE)
        for number, page_class in enumerate(PAGES, 1):
            item = QListWidgetItem(icon(page_class.icon_name), page_title(page_class.name))
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", page_title(page_class.name)).replace("%2", str(number))
            )
            self.sidebar.addItem(item)
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
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence = "", icon_name: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_entry_action = self._action(self.tr("&New entry"), self.new_entry, "Ctrl+N", "add")
        file_menu.addAction(self.new_entry_action)
        self.export_action = self._action(self.tr("&Export for your coach…"), self.export_for_coach, "Ctrl+E", "export")
        file_menu.addAction(self.export_action)
        self.import_contacts_action = self._action(self.tr("&Import contacts…"), self.import_contacts, "", "person")
        file_menu.addAction(self.import_contacts_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now, "", "backup")
        file_menu.addAction(self.backup_action)
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.choose_backup, "", "restore")
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self._action(self.tr("Unsaved &drafts…"), self.show_drafts))
        if self.session.journal.can_be_encrypted or self.session.journal.encrypted:
            self.encrypt_action = self._action(
                self.tr("Change the &passphrase…")
                if self.session.journal.encrypted
                else self.tr("En&crypt this journal…"),
                self.encrypt_journal,
                "",
                "lock",
            )
            self.encrypt_action.setEnabled(not self.session.read_only)
            file_menu.addAction(self.encrypt_action)
        file_menu.addSeparator()
        self.app_lock = AppLock(self, self.session, quit_app=self.quit)
        file_menu.addAction(self.app_lock.action)
        file_menu.addAction(self.app_lock.idle_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit))
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.session.deletions.stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)  # a text field's own Ctrl+Z comes first there
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.search_action = self._action(self.tr("&Search everything…"), self.open_search, "Ctrl+K", "search")
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        self.spelling_action = SpellingAction(self.session.spelling, self)
        self.addAction(self.spelling_action)
        edit_menu.addAction(self.spelling_action)
        edit_menu.addAction(
            self._action(self.tr("&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences)
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for number, page in enumerate(PAGES, 1):
            go_menu.addAction(
                self._action(
                    page_title(page.name), lambda name=page.name: self.go_to(name), f"Ctrl+{number}", page.icon_name
                )
            )
        view_menu = bar.addMenu(self.tr("&View"))
        appearance = view_menu.addMenu(self.tr("&Appearance"))
        group = QActionGroup(self)
        current = Scheme(self.settings.value("appearance", Scheme.SYSTEM.value))
        schemes = (
            (Scheme.SYSTEM, self.tr("Follow the system")),
            (Scheme.LIGHT, self.tr("Light")),
            (Scheme.DARK, self.tr("Dark")),
        )
        for scheme, label in schemes:
            action = QAction(label, self, checkable=True)
            action.setChecked(scheme is current)
            action.triggered.connect(lambda _checked=False, s=scheme: self.set_scheme(s))
            group.addAction(action)
            appearance.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"))
        help_menu.addAction(self._action(self.tr("&About Career Journal"), self.show_about))

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
            if page is None:
                continue
            badge = page.badge_for(self.session, due)
            item = self.sidebar.item(row)
            item.setData(BADGE_ROLE, badge)
            tip = self.tr("%1 (Ctrl+%2)").replace("%1", page_title(spec.name)).replace("%2", str(row + 1))
            if badge:
                tip = counted(self.tr("%1 · %n waiting", "", badge), f"%1 · {badge} waiting").replace("%1", tip)
            item.setToolTip(tip)

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

    def show_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reminders.apply_settings)
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

    def set_scheme(self, scheme: Scheme) -> None:
        self.settings.setValue("appearance", scheme.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, scheme)
        if self._on_scheme:
            self._on_scheme(scheme)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Career Journal"),
            f"<h3>Career Journal {__version__}</h3><p>"
            + self.tr(
                "A private, local journal of your career: goals and plan, what you taught, "
                "your network and your personal team."
            )
            + "</p><p>"
            + self.tr("Your journal: %1").replace("%1", f"<code>{html.escape(str(self.session.journal.path))}</code>")
            + "<br>"
            + self.tr("It never leaves this computer: no account, no network, no telemetry.")
            + "</p>",
        )

    def show_shortcuts(self) -> None:
        lines = [
            ("Ctrl+K", self.tr("Search everything")),
            ("Ctrl+N", self.tr("New entry")),
            ("Ctrl+S", self.tr("Save the entry")),
            ("Ctrl+Shift+A", self.tr("Link an entry to people, goals, skills (what it is About)")),
            ("Ctrl+L", self.tr("Lock an encrypted journal")),
            ("Ctrl+E", self.tr("Export for your coach")),
            ("Ctrl+Z", self.tr("Undo the last delete (outside a text field)")),
            ("Ctrl+T", self.tr("Log teaching (Today, Teaching)")),
            ("Ctrl+Shift+L", self.tr("Log a conversation (Today, Network)")),
            ("Alt+N, W, L, M", self.tr("Today's box: a note, win, lesson or meeting")),
            ("Alt+P", self.tr("Today's box: private")),
            ("Ctrl+1 … Ctrl+9", self.tr("Go to a page")),
            ("Ctrl+Shift+P", self.tr("Show or hide the preview")),
            ("Shift+F7", self.tr("Check spelling while typing: on or off")),
            ("Ctrl+Enter", self.tr("Save a form; next prompt in a reflection")),
            ("Delete", self.tr("Delete the selected record (asks first)")),
        ]
        rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in lines)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    # -- backups, the check and drafts ------------------------------------------------------
    def back_up_now(self) -> None:
        self.backups.back_up_now()

    def back_up_if_due(self) -> None:
        self.backups.back_up_if_due()

    def _on_damage(self, problem: str) -> None:
        self.banner.setText(
            self.tr(
                "SQLite found damage in this journal (%1). It now takes no more changes, so nothing is "
                "written over the damage. File → Restore from backup… puts your latest good backup in its place; "
                "the damaged file is kept beside it."
            ).replace("%1", problem)
        )
        self.banner.show()
        warn(self, self.tr("The journal is damaged"), self.banner.text())

    def choose_backup(self) -> None:
        from .dialogs.restore import RestoreDialog

        journal = self.session.journal
        dialog = RestoreDialog(self.backups.backups(), journal.path, self, passphrase=journal.connect.passphrase)
        dialog.chosen.connect(self.request_restore)
        dialog.open()

    def request_restore(self, backup: Path, passphrase: str | None = None) -> None:
        """Close (saving what is open), then the app swaps the backup in and opens the window again."""
        self._close_for(RestoreRequest(backup, passphrase))

    def encrypt_journal(self) -> None:
        """Ask a new passphrase, close (saving what is open); the app encrypts the journal and opens it again.

        An encrypted journal is encrypted again under the new passphrase, once the current one is typed.
        """
        journal = self.session.journal
        request = ask_to_encrypt(journal.path, self, journal.connect.passphrase if journal.encrypted else None)
        if request is not None:
            self._close_for(request)

    def _close_for(self, request: RestoreRequest | EncryptRequest) -> None:
        self.after_close = request
        self._quitting = True
        if not self.close():  # closing was refused (an entry could not be saved): nothing happens
            self.after_close = None
            self._quitting = False

    def show_drafts(self) -> None:
        from .dialogs.drafts import DraftsDialog

        dialog = DraftsDialog(self.session, self)
        dialog.open_draft.connect(self.open_draft)
        dialog.finished.connect(lambda _result: self._offer_drafts())
        dialog.open()

    def open_draft(self, key: str) -> None:
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

    def _drafts_may_be_gone(self, _kind: str, _origin: object) -> None:
        if self._earlier_drafts:  # a save elsewhere drops its draft
            self._offer_drafts()

    def _offer_drafts(self) -> None:
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
        self.sidebar.setFixedWidth(SIDEBAR_WIDE if self.width() >= NARROW_WINDOW else SIDEBAR_NARROW)

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
