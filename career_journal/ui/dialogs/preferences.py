"""Preferences: every setting of ``ui.settings`` in its section, in one small dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ..settings import SECTIONS, Preference, translated
from ..widgets.text_label import plain_label


class PreferencesDialog(QDialog):
    """Every setting in its section; OK keeps them all, Cancel none."""

    saved = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, tuple[Preference, QWidget]] = {}
        layout = QVBoxLayout(self)
        for title, preferences in SECTIONS:
            group = QGroupBox(translated(title))
            form = QFormLayout(group)
            for preference in preferences:
                editor = preference.editor()
                preference.load(editor, settings)
                if isinstance(editor, QCheckBox):
                    form.addRow(editor)
                else:
                    form.addRow(translated(preference.label), editor)
                if preference.note:
                    form.addRow("", plain_label(translated(preference.note), "muted"))
                self.editors[preference.key] = (preference, editor)
            layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def editor(self, preference: Preference) -> QWidget:
        return self.editors[preference.key][1]

    def accept(self) -> None:
        for preference, editor in self.editors.values():
            preference.save(editor, self.settings)
        self.settings.sync()
        self.saved.emit()
        super().accept()
