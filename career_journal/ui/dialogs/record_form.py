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
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import JournalError
from ...domain.records import Person
from ..widgets.fields import DateField, EnumCombo, PersonCombo

Save = Callable[[dict[str, Any]], Any]


class RecordDialog(QDialog):
    saved = Signal(object)  # the record as saved

    def __init__(self, parent: QWidget | None, title: str, save: Save, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        self._save = save
        self._readers: dict[str, Callable[[], Any]] = {}
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            layout.addWidget(note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_record: Any = None

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
        self._add(key, label, field, field.value, hint)
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
        self._add(key, label, field, field.choice, hint or "Pick someone, or type a new name to add them.")
        return field

    def add_widget(self, key: str, label: str, widget: QWidget, reader: Callable[[], Any]) -> QWidget:
        return self._add(key, label, widget, reader)

    # -- saving ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: read() for key, read in self._readers.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        try:
            self.result_record = self._save(self.values())
        except (JournalError, ValueError) as exc:
            self.show_error(str(exc))
            return
        super().accept()
        self.saved.emit(self.result_record)

    def keyPressEvent(self, event: Any) -> None:
        """Ctrl+Enter saves from anywhere, even inside a multi-line field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)
