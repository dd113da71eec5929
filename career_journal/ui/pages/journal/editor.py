"""The entry editor: title, date, kind, tags, links, the private flag and the Markdown text.

Typing is kept as a draft in the journal within about two seconds (a short
pause, or at most ``autosave.DRAFT_MAX_WAIT_MS`` of continuous typing), so a crash
loses almost nothing. Opening an entry that has a draft puts the unsaved
text back in place and says so. Saving writes the entry and drops its draft
in one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.attachments import Owner
from ....domain.enums import EntryKind
from ....domain.errors import JournalError
from ....domain.records import Draft, Entry, entry_draft_key
from ...autosave import DraftTimer
from ...dialogs.links import LinkDialog, describe_links
from ...icons import icon
from ...labels import fill
from ...session import Session
from ...widgets.evidence import EvidenceStrip
from ...widgets.fields import DateField, EnumCombo, TagField
from ...widgets.markdown_editor import MarkdownEditor
from ...widgets.text_label import ask_to_save, plain_label, saved_at_text
from .story import StorySection


class EntryEditor(QWidget):
    saved = Signal(object)  # the Entry as saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = session.journal
        self._entry: Entry | None = None
        self._links: tuple[list[int], list[int], list[int]] = ([], [], [])
        self._dirty = False
        self._loading = False

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (optional: the first line is used)"))
        self.title.setAccessibleName(self.tr("Title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.date = DateField(optional=False)
        self.date.setAccessibleName(self.tr("Date"))
        self.kind = EnumCombo(EntryKind)
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.private = QCheckBox(self.tr("Private"))
        self.private.setToolTip(self.tr("Private entries are never exported unless you ask"))
        self.starred = QCheckBox(self.tr("Starred"))
        self.tags = TagField()
        self.links_label = plain_label(role="muted")
        self.link_button = QPushButton(icon("link"), self.tr("Link…"))
        self.link_button.setToolTip(self.tr("Link people, goals and skills (Ctrl+Shift+A)"))
        self.link_button.clicked.connect(self.edit_links)
        self.text = MarkdownEditor(placeholder=self.tr("Write in Markdown: **bold**, *italic*, - lists, ## headings"))
        self.text.check_spelling(session.spelling, note=lambda: self.key)
        self.story = StorySection()  # a win's STAR parts, for the promotion packet
        self.evidence = EvidenceStrip(session)
        self.banner = plain_label(role="banner")
        self.banner.hide()
        self.discard_button = QPushButton(self.tr("Discard unsaved changes"))
        self.discard_button.hide()
        self.discard_button.clicked.connect(self.discard_changes)
        self.state = plain_label(role="muted", wrap=False)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.date, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.private, 0, 2)
        grid.addWidget(self.starred, 0, 3)
        grid.setColumnStretch(4, 1)
        links = QHBoxLayout()
        links.addWidget(self.tags, 2)
        links.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addLayout(links)
        layout.addWidget(self.links_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.story)
        layout.addWidget(self.evidence)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.draft_timer = DraftTimer(self.write_draft, self)
        for signal in (
            self.title.textEdited,
            self.tags.textEdited,
            self.text.edited,
            self.date.date_changed,
            self.kind.currentIndexChanged,
            self.private.toggled,
            self.starred.toggled,
            self.story.edited,
        ):
            signal.connect(self._on_edited)
        self.kind.currentIndexChanged.connect(self._show_story)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+A", self.edit_links)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load(None)

    # -- what is being edited --------------------------------------------------------
    @property
    def entry(self) -> Entry | None:
        return self._entry

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def key(self) -> str:
        return entry_draft_key(self._entry.id if self._entry else None)

    def load(self, entry: Entry | None, *, day: date | None = None) -> None:
        """Show ``entry`` (None: a new one for ``day``), with its unsaved draft if there is one."""
        self.draft_timer.stop()
        self._entry = entry
        self._show(entry, day or self.session.today())
        self.evidence.show_owner(Owner.entry(entry.id) if entry and entry.id else None)
        self._set_dirty(False)
        self.banner.hide()
        self.discard_button.hide()
        draft = self.journal.drafts.get(self.key)
        if draft is not None:
            self.apply_draft(draft)
        self._update_enabled()

    def _show(self, entry: Entry | None, day: date) -> None:
        self._loading = True
        try:
            self.title.setText(entry.title if entry else "")
            self.date.set_value(entry.entry_date if entry else day)
            self.kind.set_value(entry.kind if entry else EntryKind.NOTE)
            self.private.setChecked(entry.private if entry else False)
            self.starred.setChecked(entry.starred if entry else False)
            self.tags.set_tags(entry.tags if entry else [])
            self.text.set_text(entry.body if entry else "")
            self.story.set_story(entry.story if entry else None)
            self._links = (
                (list(entry.person_ids), list(entry.goal_ids), list(entry.skill_ids)) if entry else ([], [], [])
            )
            self._show_links()
            self.tags.set_known(tag for tag, _n in self.journal.entries.tags())
        finally:
            self._loading = False
        self._show_story()

    def apply_draft(self, draft: Draft) -> None:
        """Put a draft's text back in the editor, and say so."""
        fields = draft.fields
        self._loading = True
        try:
            self.title.setText(fields.get("title", ""))
            self.date.set_value(date.fromisoformat(fields["entry_date"]) if fields.get("entry_date") else None)
            self.kind.set_value(EntryKind(fields.get("kind", EntryKind.NOTE.value)))
            self.private.setChecked(bool(fields.get("private")))
            self.starred.setChecked(bool(fields.get("starred")))
            self.tags.setText(fields.get("tags", ""))
            self.text.set_text(fields.get("body", ""))
            self.story.set_fields(fields.get("story") or {})
            existing = {
                "person_ids": {p.id for p in self.journal.people.list()},
                "goal_ids": {g.id for g in self.journal.goals.list()},
                "skill_ids": {s.id for s in self.journal.skills.list()},
            }
            self._links = tuple(  # type: ignore[assignment]
                [i for i in fields.get(name, []) if i in existing[name]] for name in existing
            )
            self._show_links()
        finally:
            self._loading = False
        self._show_story()
        self._set_dirty(True)
        when = saved_at_text(draft.saved_at)
        self.banner.setText(fill(self.tr("Unsaved changes from %1 were put back. Save them, or discard them."), when))
        self.banner.show()
        self.discard_button.show()

    def current(self) -> Entry:
        """The entry as the fields now describe it (raises ValueError when it cannot be saved)."""
        people, goals, skills = self._links
        fields = dict(
            title=self.title.text(),
            body=self.text.text(),
            entry_date=self.date.checked_value() or self.session.today(),
            kind=self.kind.value(),
            private=self.private.isChecked(),
            starred=self.starred.isChecked(),
            tags=self.tags.tags(),
            person_ids=people,
            goal_ids=goals,
            skill_ids=skills,
            story=self.story.story(),
        )
        if self._entry is None:
            return Entry(**fields)
        return replace(self._entry, **fields)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> Entry | None:
        """Save the entry; on failure the text stays here (and in its draft) and the reason is shown."""
        if self.session.read_only:
            return None
        key = self.key
        try:
            entry = self.current()
        except ValueError as exc:
            self._say(str(exc), error=True)
            return None
        saved = self.session.attempt(
            lambda: self.journal.save_entry(entry, draft_key=key), parent=self, doing=self.tr("save the entry")
        )
        if saved is None:
            self.write_draft()
            return None
        self.draft_timer.stop()
        self._entry = saved
        if self.evidence.owner is None:  # a new entry can have files from now on
            self.evidence.show_owner(Owner.entry(saved.id or 0))
        self._set_dirty(False)
        self.banner.hide()
        self.discard_button.hide()
        self._say(fill(self.tr("Saved at %1"), f"{datetime.now():%H:%M}"))
        self.saved.emit(saved)
        return saved

    def may_leave(self) -> bool:
        """Before the editor shows something else: unsaved changes are saved or discarded as the person chooses.

        Nothing is saved without asking (a draft put back said "save or discard", and means it). False:
        stay here (Cancel, or the save failed); the changes stay, kept as a draft.
        """
        if not self._dirty:
            return True
        if not self.text.text().strip() and not self.title.text().strip():
            self.discard_changes()
            return True
        name = self.title.text().strip() or (self._entry.display_title if self._entry else "") or "your new entry"
        answer = ask_to_save(self, self.tr("Unsaved changes"), fill(self.tr("Save your changes to “%1” first?"), name))
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_changes()
            return True
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        self.write_draft()  # staying: what was typed is kept safe meanwhile
        return False

    def discard_changes(self) -> None:
        self.session.attempt(
            lambda: self.journal.drafts.discard(self.key), parent=self, doing=self.tr("discard the draft")
        )
        self.load(self._entry)

    def write_draft(self) -> None:
        self.draft_timer.stop()
        if not self._dirty or self.session.read_only:
            return
        people, goals, skills = self._links
        fields = {
            "record_id": self._entry.id if self._entry else None,
            "title": self.title.text(),
            "body": self.text.text(),
            "entry_date": (self.date.value() or self.session.today()).isoformat(),
            "kind": self.kind.value().value,
            "private": self.private.isChecked(),
            "starred": self.starred.isChecked(),
            "tags": self.tags.text(),
            "person_ids": people,
            "goal_ids": goals,
            "skill_ids": skills,
            "story": self.story.fields(),
        }
        first_line = self.text.text().strip().split("\n", 1)[0][:60]
        label = self.title.text().strip() or first_line or self.tr("Untitled entry")
        try:
            self.journal.drafts.save(Draft(self.key, label, fields))
        except JournalError as exc:
            self._say(fill(self.tr("Not yet safe: %1"), exc), error=True)
            return
        self._say(self.tr("Unsaved changes (kept safe as a draft)"))

    # -- links ---------------------------------------------------------------------------
    def edit_links(self) -> None:
        people, goals, skills = self._links
        dialog = LinkDialog(self, self.journal, person_ids=people, goal_ids=goals, skill_ids=skills)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._links_chosen(dialog))
        dialog.open()

    def _links_chosen(self, dialog: LinkDialog) -> None:
        self._links = dialog.chosen()
        self._show_links()
        self._on_edited()

    def _show_links(self) -> None:
        text = describe_links(self.journal, *self._links)
        self.links_label.setText(
            fill(self.tr("About: %1"), text) if text else self.tr("Not linked to anyone or anything yet.")
        )

    # -- state -------------------------------------------------------------------------
    def _show_story(self, *_args: object) -> None:
        self.story.setVisible(self.kind.value() is EntryKind.WIN)

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self.draft_timer.edited()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if dirty:
            self._say(self.tr("Unsaved changes"))
        elif self._entry is None:
            self._say(self.tr("New entry: it is kept as a draft while you type"))
        else:
            self._say(
                fill(self.tr("Saved %1"), saved_at_text(self._entry.updated_at))
                if self._entry.updated_at
                else self.tr("Saved")
            )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.state.setText(text)
        self.state.setProperty("role", "error" if error else "muted")
        self.state.style().polish(self.state)

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        for widget in (self.title, self.tags, self.save_button, self.link_button, self.date, self.kind):
            widget.setEnabled(writable)
        self.text.set_read_only(not writable)
        self.story.set_read_only(not writable)

    def focus_text(self) -> None:
        self.text.focus_editor()
