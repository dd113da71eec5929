"""Today's "Write it down" box: Enter saves from any of its fields, the kind is picked with Alt and a letter.

After a save the kind and the private box both go back to Note and not
private, so the next thing written is never saved as a private "Win" by
accident; what was saved is said in the status bar, kind and privacy included.
What is typed is kept as the "capture" draft (like every editor's), and put
back in the box when the app starts again after a crash.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from ....domain.enums import EntryKind
from ....domain.errors import JournalError
from ....domain.records import CAPTURE_DRAFT, Draft, Entry
from ...autosave import DraftTimer
from ...icons import icon
from ...labels import label_of
from ...session import Session
from ...widgets.cards import Card
from ...widgets.segments import Segments, toggle

# The kinds a quick note is, each with the letter that picks it (Alt+N, Alt+W, Alt+L, Alt+M).
CAPTURE_KINDS = ((EntryKind.NOTE, QT_TRANSLATE_NOOP("CaptureCard", "&Note")),
                 (EntryKind.WIN, QT_TRANSLATE_NOOP("CaptureCard", "&Win")),
                 (EntryKind.LESSON, QT_TRANSLATE_NOOP("CaptureCard", "&Lesson")),
                 (EntryKind.MEETING, QT_TRANSLATE_NOOP("CaptureCard", "&Meeting")))  # fmt: skip
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaptureBox(QPlainTextEdit):
    """Enter saves; Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class CaptureCard(Card):
    """A box for what just happened, its kind, whether it is private, and Save."""

    saved = Signal(object)  # the Entry as saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Write it down"), parent)
        self.session = session
        self.box = CaptureBox()
        self.box.setPlaceholderText(
            self.tr("What happened? A win, a lesson, a meeting… Enter saves it; Shift+Enter starts a new line.")
        )
        self.box.setAccessibleName(self.tr("Quick capture"))
        self.box.setFixedHeight(64)
        self.box.setTabChangesFocus(True)
        self.box.submitted.connect(self.save)
        self.body.addWidget(self.box)
        row = QHBoxLayout()
        row.setSpacing(8)
        # Picking a kind or privacy leaves the cursor in the box: a click or Alt+letter, then typing goes on.
        kinds = [(kind, self.tr(label)) for kind, label in CAPTURE_KINDS]
        self.kind = Segments(((label, kind) for kind, label in kinds), keep_focus=True)
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        for button, (kind, label) in zip(self.kind.buttons, kinds, strict=True):
            letter = label[label.index("&") + 1]
            tip = self.tr("Save it as a %1 (Alt+%2)").replace("%1", label_of(kind).lower()).replace("%2", letter)
            button.setToolTip(tip)
        self.private = toggle(self.tr("&Private"), "lock", keep_focus=True)
        self.private.setToolTip(self.tr("Private entries are never exported unless you ask (Alt+P)"))
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setIcon(icon("save", self.palette().highlightedText().color()))
        self.save_button.setToolTip(self.tr("Save it to your journal (Enter)"))
        self.save_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.kind)
        row.addSpacing(6)
        row.addWidget(self.private)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.draft_timer = DraftTimer(self.keep_draft, self)
        self._put_back_draft()
        self.box.textChanged.connect(self.draft_timer.edited)
        self.kind.changed.connect(lambda _kind: self.draft_timer.edited())
        self.private.toggled.connect(lambda _on: self.draft_timer.edited())

    # -- drafts: what is typed survives a crash ---------------------------------------------
    def _put_back_draft(self) -> None:
        draft = self.session.journal.drafts.get(CAPTURE_DRAFT)
        if draft is None:
            return
        self.box.setPlainText(str(draft.fields.get("text", "")))
        self.kind.set_value(EntryKind(draft.fields.get("kind", EntryKind.NOTE.value)))
        self.private.setChecked(bool(draft.fields.get("private", False)))

    def hideEvent(self, event: QHideEvent) -> None:
        if self.draft_timer.pending():
            self.keep_draft()  # another page is shown or the window closes: keep the typing now, not in a moment
        super().hideEvent(event)

    def keep_draft(self) -> None:
        """Keep the box as it is (text, kind, privacy); an empty box keeps nothing."""
        self.draft_timer.stop()
        if self.session.read_only:
            return
        drafts, text = self.session.journal.drafts, self.box.toPlainText()
        fields = {"text": text, "kind": self.kind.value().value, "private": self.private.isChecked()}
        try:
            if text.strip():
                drafts.save(Draft(CAPTURE_DRAFT, self.tr("Today's box"), fields))
            elif drafts.get(CAPTURE_DRAFT) is not None:
                drafts.discard(CAPTURE_DRAFT)
        except JournalError as exc:
            self.session.status.emit(self.tr("Not yet safe: %1 Your text is still in the box.").replace("%1", str(exc)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field of the box (the private box, a kind, Save), not only from the text."""
        if event.key() in ENTER_KEYS:
            self.save()
            return
        super().keyPressEvent(event)

    def set_read_only(self, read_only: bool) -> None:
        self.box.setReadOnly(read_only)
        self.save_button.setEnabled(not read_only)

    def reset(self) -> None:
        """Back to a public note, so what comes next is never saved as the last one's kind or privacy."""
        self.kind.set_value(EntryKind.NOTE)
        self.private.setChecked(False)

    def save(self) -> None:
        text = self.box.toPlainText().strip()
        if not text:
            self.box.setFocus()
            return
        if self.session.read_only:
            return
        kind, private = self.kind.value(), self.private.isChecked()
        entry = Entry(body=text, entry_date=self.session.today(), kind=kind, private=private)
        journal = self.session.journal
        self.draft_timer.stop()
        saved = self.session.attempt(
            lambda: journal.save_entry(entry, draft_key=CAPTURE_DRAFT), parent=self, doing=self.tr("save the entry")
        )
        if saved is None:
            self.keep_draft()
            return  # the text, its kind and its privacy stay as they were
        self.box.clear()
        self.reset()
        self.draft_timer.stop()  # the box is empty and its draft went with the save
        self.box.setFocus()
        how = label_of(saved.kind).lower() + (self.tr(", private") if saved.private else "")
        said = self.tr("Saved to your journal (%1): %2").replace("%1", how)
        self.session.status.emit(said.replace("%2", saved.display_title))
        self.saved.emit(saved)
