"""The window's menus and shortcuts: every action a person can find, and the few small dialogs they open.

``WindowMenus`` is a part of ``MainWindow``: each action calls one of the
window's methods, so the menus, the buttons on the pages and the tests all
reach the same code.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from .icons import icon
from .labels import page_title
from .lock import AppLock
from .navigation import PAGES
from .spelling import SpellingAction
from .theme import Scheme, apply_theme

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowMenus:
    """File, Edit, Go, View and Help, built once with the window."""

    def _action(
        self: MainWindow, text: str, slot: Callable[[], object], shortcut: str | QKeySequence = "", icon_name: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QAction().icon(), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self: MainWindow) -> None:
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

    def show_preferences(self: MainWindow) -> None:
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reminders.apply_settings)
        dialog.open()

    def set_scheme(self: MainWindow, scheme: Scheme) -> None:
        self.settings.setValue("appearance", scheme.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, scheme)
        if self._on_scheme:
            self._on_scheme(scheme)

    def show_about(self: MainWindow) -> None:
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

    def show_shortcuts(self: MainWindow) -> None:
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
