"""The app's settings, kept in QSettings: each described once, read at start without the Preferences dialog.

Each setting is described once (``Switch``, ``TimeOfDay``…): its key, its
label, its default, how to read it back typed, and the editor the dialog
shows. The code that uses a setting reads it through the same description,
so a default lives in one place. To add a setting, describe it and add it to
a section of ``SECTIONS``; ``dialogs.preferences`` shows them all.

Labels, tips and notes are English source text marked with
``QT_TRANSLATE_NOOP`` in the ``Preferences`` context; the dialog shows them
translated, so the Swedish comes from the same ``.ts`` as the rest of the UI.
The editors' widget classes are loaded when the dialog first makes one: the
app reads its settings at start, before anything is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTime

from ..domain.reminders import ReminderSettings
from ..language import Language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def translated(text: str) -> str:
    """A label, tip or note of this module in the app's language."""
    return QCoreApplication.translate("Preferences", text) if text else ""


class Preference(Protocol):
    key: str
    label: str
    note: str  # shown under the setting, e.g. when a change waits for the next start

    def read(self, settings: QSettings) -> Any: ...

    def editor(self) -> QWidget: ...

    def load(self, editor: QWidget, settings: QSettings) -> None: ...

    def save(self, editor: QWidget, settings: QSettings) -> None: ...


@dataclass(frozen=True)
class Switch:
    """On or off: a check box."""

    key: str
    label: str
    default: bool
    tip: str = ""
    available: Callable[[], bool] = field(default=lambda: True)  # False: shown, but cannot be turned on here
    unavailable_tip: str = ""
    note: str = ""

    def read(self, settings: QSettings) -> bool:
        value = settings.value(self.key, self.default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")

    def editor(self) -> QWidget:
        from PySide6.QtWidgets import QCheckBox

        box = QCheckBox(translated(self.label))
        box.setToolTip(translated(self.tip))
        if not self.available():
            box.setEnabled(False)
            box.setToolTip(translated(self.unavailable_tip or self.tip))
        return box

    def load(self, editor: QWidget, settings: QSettings) -> None:
        editor.setChecked(self.read(settings) and editor.isEnabled())  # type: ignore[attr-defined]

    def save(self, editor: QWidget, settings: QSettings) -> None:
        settings.setValue(self.key, editor.isChecked())  # type: ignore[attr-defined]


@dataclass(frozen=True)
class TimeOfDay:
    """A time of day, HH:MM."""

    key: str
    label: str
    default: time
    tip: str = ""
    note: str = ""

    def read(self, settings: QSettings) -> time:
        try:
            return time.fromisoformat(str(settings.value(self.key, self.default.isoformat("minutes"))))
        except ValueError:
            return self.default  # a hand-edited settings file: fall back rather than fail

    def editor(self) -> QWidget:
        from PySide6.QtWidgets import QTimeEdit

        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setToolTip(translated(self.tip))
        edit.setAccessibleName(translated(self.label))
        return edit

    def load(self, editor: QWidget, settings: QSettings) -> None:
        chosen = self.read(settings)
        editor.setTime(QTime(chosen.hour, chosen.minute))  # type: ignore[attr-defined]

    def save(self, editor: QWidget, settings: QSettings) -> None:
        chosen = editor.time()  # type: ignore[attr-defined]
        settings.setValue(self.key, time(chosen.hour(), chosen.minute()).isoformat("minutes"))


@dataclass(frozen=True)
class OneOf:
    """One of a few values: a drop-down list of (value, label) choices."""

    key: str
    label: str
    default: str
    choices: tuple[tuple[str, str], ...]  # labels marked for translation are shown translated
    tip: str = ""
    note: str = ""

    def read(self, settings: QSettings) -> str:
        value = str(settings.value(self.key, self.default))
        return value if value in dict(self.choices) else self.default  # a hand-edited settings file

    def editor(self) -> QWidget:
        from PySide6.QtWidgets import QComboBox

        box = QComboBox()
        for value, label in self.choices:
            box.addItem(translated(label), value)
        box.setToolTip(translated(self.tip))
        box.setAccessibleName(translated(self.label))
        return box

    def load(self, editor: QWidget, settings: QSettings) -> None:
        editor.setCurrentIndex(editor.findData(self.read(settings)))  # type: ignore[attr-defined]

    def save(self, editor: QWidget, settings: QSettings) -> None:
        settings.setValue(self.key, editor.currentData())  # type: ignore[attr-defined]


def _tray() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


AUTOMATIC = "auto"
LANGUAGE = OneOf(
    "language",
    QT_TRANSLATE_NOOP("Preferences", "Language"),
    AUTOMATIC,
    # Each language is named in itself, so anyone can find their own; only "Automatic" is translated.
    (
        (AUTOMATIC, QT_TRANSLATE_NOOP("Preferences", "Automatic (the system's language)")),
        *((language.value, language.native_name) for language in Language),
    ),
    QT_TRANSLATE_NOOP("Preferences", "The language of menus, pages and messages, and of dates and numbers"),
    QT_TRANSLATE_NOOP("Preferences", "A new language is used from the next start of Career Journal."),
)
REMINDERS_ON = Switch(
    "reminders/enabled",
    QT_TRANSLATE_NOOP("Preferences", "Remind me on the desktop, once a day"),
    True,
    QT_TRANSLATE_NOOP(
        "Preferences",
        "People to get back to, adviser check-ins and goals near their target, as a notification that names no one",
    ),
)
QUIET_FROM = TimeOfDay(
    "reminders/quiet_from",
    QT_TRANSLATE_NOOP("Preferences", "Quiet from"),
    time(21, 0),
    QT_TRANSLATE_NOOP("Preferences", "No reminder from this time…"),
)
QUIET_UNTIL = TimeOfDay(
    "reminders/quiet_until",
    QT_TRANSLATE_NOOP("Preferences", "Quiet until"),
    time(8, 0),
    QT_TRANSLATE_NOOP("Preferences", "…until this time"),
)
KEEP_IN_TRAY = Switch(
    "reminders/keep_in_tray",
    QT_TRANSLATE_NOOP("Preferences", "Keep running in the tray when the window is closed"),
    False,
    QT_TRANSLATE_NOOP(
        "Preferences", "Closing the window leaves Career Journal in the tray, so reminders still come; Quit ends it"
    ),
    available=_tray,
    unavailable_tip=QT_TRANSLATE_NOOP(
        "Preferences", "Your desktop shows no tray icons, so Career Journal ends when its window closes"
    ),
)
SECTIONS: tuple[tuple[str, tuple[Preference, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Preferences", "General"), (LANGUAGE,)),
    (QT_TRANSLATE_NOOP("Preferences", "Reminders"), (REMINDERS_ON, QUIET_FROM, QUIET_UNTIL, KEEP_IN_TRAY)),
)


def reminder_settings(settings: QSettings) -> ReminderSettings:
    return ReminderSettings(REMINDERS_ON.read(settings), QUIET_FROM.read(settings), QUIET_UNTIL.read(settings))
