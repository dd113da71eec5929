"""One dialog for creating and editing any record: labelled fields, Save, and errors shown in place.

Built field by field by ``forms``. Saving calls the ``save`` function with the
field values; when it raises (a bad date, a name already taken, a busy
journal) the message appears above the buttons and the dialog stays open
with everything typed still there. Opened with ``open()``, not ``exec()``, so
the window stays responsive and tests can drive it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError
from ...domain.records import Draft, Person
from ..autosave import DraftTimer
from ..labels import fill
from ..widgets.fields import DateField, EnumCombo
from ..widgets.person_picker import PersonCombo
from ..widgets.text_label import plain_label

if TYPE_CHECKING:
    from ..session import Session


Save = Callable[[dict[str, Any]], Any]


class RecordDialog(QDialog):
    saved = Signal(object)  # the record as saved

    def __init__(self, parent: QWidget | None, title: str, save: Save, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a page opens a new one each time
        self.setMinimumWidth(480)
        self._save = save
        self._readers: dict[str, Callable[[], Any]] = {}
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            note = plain_label(intro, "muted")
            layout.addWidget(note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = plain_label(role="error")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_record: Any = None
        self._session: Session | None = None
        self.draft_key: str | None = None
        self._typed_before: dict[str, str] = {}
        self.draft_timer = DraftTimer(self.write_draft, self)

    # -- building ----------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget, reader: Callable[[], Any], hint: str = "") -> QWidget:
        widget.setAccessibleName(label.rstrip(":"))
        if hint:
            widget.setToolTip(hint)
        self.form.addRow(label, widget)
        self._readers[key] = reader
        self.widgets[key] = widget
        if len(self._readers) == 1:
            widget.setFocus()
        return widget

    def add_text(self, key: str, label: str, value: str = "", *, placeholder: str = "", hint: str = "") -> QLineEdit:
        field = QLineEdit(value)
        field.setPlaceholderText(placeholder)
        self._add(key, label, field, lambda: field.text().strip(), hint)
        return field

    def add_multiline(
        self, key: str, label: str, value: str = "", *, placeholder: str = "", hint: str = ""
    ) -> QPlainTextEdit:
        field = QPlainTextEdit(value)
        field.setPlaceholderText(placeholder)
        field.setTabChangesFocus(True)
        field.setMinimumHeight(70)
        field.setMaximumHeight(140)
        self._add(key, label, field, lambda: field.toPlainText().strip(), hint)
        return field

    def add_date(self, key: str, label: str, value: date | None, *, optional: bool = True, hint: str = "") -> DateField:
        field = DateField(optional=optional)
        field.set_value(value)
        self._add(key, label, field, field.checked_value, hint)
        return field

    def add_choice(
        self, key: str, label: str, members: Iterable[Enum], value: Any, *, none_text: str | None = None, hint: str = ""
    ) -> EnumCombo:
        field = EnumCombo(members, none_text=none_text)
        field.set_value(value)
        self._add(key, label, field, field.value, hint)
        return field

    def add_number(self, key: str, label: str, value: int | None, *, empty: str = "None", hint: str = "") -> QSpinBox:
        field = QSpinBox()
        field.setRange(0, 3650)
        field.setSpecialValueText(empty)
        field.setSuffix(" days")
        field.setValue(value or 0)
        self._add(key, label, field, lambda: field.value() or None, hint)
        return field

    def add_check(self, key: str, label: str, value: bool, *, text: str = "", hint: str = "") -> QCheckBox:
        field = QCheckBox(text)
        field.setChecked(value)
        self._add(key, label, field, field.isChecked, hint)
        return field

    def add_person(
        self, key: str, label: str, people: Iterable[Person], value: int | None, *, hint: str = ""
    ) -> PersonCombo:
        field = PersonCombo()
        field.set_people(people)
        field.set_person(value)
        column = QWidget()  # the field, and under it what was understood, close names, "Add … as a new person"
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(field)
        stack.addWidget(field.help)
        column.setFocusProxy(field)
        hint = hint or self.tr("Pick someone, or type a new name and choose to add it.")
        self._add(key, label, column, field.choice, hint)
        field.setAccessibleName(label.rstrip(":"))
        self.widgets[key] = field
        return field

    def add_widget(self, key: str, label: str, widget: QWidget, reader: Callable[[], Any]) -> QWidget:
        return self._add(key, label, widget, reader)

    # -- drafts: typed text survives a crash --------------------------------------------
    def _text_fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {k: w for k, w in self.widgets.items() if isinstance(w, QLineEdit | QPlainTextEdit)}

    def _typed(self) -> dict[str, str]:
        return {k: w.text() if isinstance(w, QLineEdit) else w.toPlainText() for k, w in self._text_fields().items()}

    def keep_drafts(self, session: Session, key: str) -> None:
        """Keep the text typed here as a draft under ``key``, and put back one left by a crash."""
        self._session = session
        self.draft_key = key
        self._typed_before = self._typed()
        if session.read_only:
            return
        draft = session.journal.drafts.get(key)
        if draft is not None:
            for name, widget in self._text_fields().items():
                if name in draft.fields:
                    if isinstance(widget, QLineEdit):
                        widget.setText(draft.fields[name])
                    else:
                        widget.setPlainText(draft.fields[name])
            self.show_note(fill(self.tr("Text you had not saved (%1) was put back."), draft.saved_at[11:16]))
        for widget in self._text_fields().values():
            widget.textChanged.connect(self._on_typed)

    def _on_typed(self, *_args: object) -> None:
        self.draft_timer.edited()

    def write_draft(self) -> None:
        self.draft_timer.stop()
        if self._session is None or self.draft_key is None:
            return
        typed = self._typed()
        if typed == self._typed_before:
            return
        label = next((text for text in typed.values() if text.strip()), "")[:60]
        try:
            self._session.journal.drafts.save(Draft(self.draft_key, f"{self.windowTitle()}: {label}", typed))
        except JournalError as exc:
            self.show_error(fill(self.tr("Not yet safe: %1"), exc))

    def _drop_draft(self) -> None:
        self.draft_timer.stop()
        if self._session is not None and self.draft_key is not None and not self._session.read_only:
            self._session.attempt(
                lambda: self._session.journal.drafts.discard(self.draft_key),
                parent=self,
                doing=self.tr("discard the draft"),
            )

    def show_note(self, message: str) -> None:
        self.error.setText(message)
        self.error.setProperty("role", "muted")
        self.error.style().polish(self.error)
        self.error.show()

    # -- saving ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: read() for key, read in self._readers.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setProperty("role", "error")
        self.error.style().polish(self.error)
        self.error.show()

    def accept(self) -> None:
        try:
            values = self.values()
            if self._session is not None and self.draft_key is not None:
                with self._session.journal.transaction():  # the record and the end of its draft, together
                    self.result_record = self._save(values)
                    self._session.journal.drafts.discard(self.draft_key)
            else:
                self.result_record = self._save(values)
        except (JournalError, ValueError) as exc:
            self.show_error(str(exc))
            self.write_draft()
            return
        self.draft_timer.stop()
        super().accept()
        self.saved.emit(self.result_record)

    def reject(self) -> None:
        """Cancel throws away what was typed, drafts included (a crash is what drafts are for)."""
        self._drop_draft()
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        """Ctrl+Enter saves from anywhere, even inside a multi-line field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)
