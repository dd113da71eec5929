"""Log teaching in one line: "taught Sam the month-end close", then how far Sam got (that click saves it).

The line fills the Skill and Taught-to fields as it is typed (``domain.taught``
reads it); either field can be changed by hand, and then the line no longer
overwrites it. A skill or a person the journal does not know yet is added in
the same transaction as the teaching record, and the dialog says so before
anything is saved. The four levels are the dialog's Save buttons: answering
"how far did they get?" is the last step, not one more field and a click.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from ...domain.enums import LearnerLevel, TeachingMethod
from ...domain.errors import InvalidInput
from ...domain.names import fold_name
from ...domain.records import TEACHING_LINE_DRAFT, Skill, Teaching
from ...domain.taught import read_taught
from ..labels import fill, label_of
from ..session import Session
from ..widgets.person_picker import PersonCombo, new_person_note
from ..widgets.text_label import plain_label
from .form_parts import person_id
from .record_form import RecordDialog


class SkillCombo(QComboBox):
    """Pick a skill by typing part of its name; a name the journal does not know becomes a new skill on save."""

    def __init__(self, skills: list[Skill], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("A skill you hold, or a new one"))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for skill in skills:
            self.addItem(skill.name, skill.id)
        self.set_skill(None)

    def set_skill(self, skill_id: int | None) -> None:
        index = self.findData(skill_id) if skill_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def choice(self) -> int | str | None:
        """The skill's id, a new name to add, or None when empty.

        As for people: a whole name wins (blind to case and accents), then the
        only name containing what was typed; a part of several is refused.
        """
        typed = " ".join(self.currentText().split())
        if not typed:
            return None
        wanted = fold_name(typed)
        names = [(i, fold_name(self.itemText(i))) for i in range(self.count())]
        for matches in ([i for i, name in names if name == wanted], [i for i, name in names if wanted in name]):
            if len(matches) == 1:
                return self.itemData(matches[0])
            if matches:
                several = ", ".join(self.itemText(i) for i in matches[:6])
                raise ValueError(
                    fill(self.tr("'%1' is part of several skills: %2. Pick one from the list."), typed, several)
                )
        return typed


class LevelButtons(QWidget):
    """How far the learner got, one button per level; a click picks the level and saves."""

    chosen = Signal(object)  # LearnerLevel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.picked: LearnerLevel | None = None
        self.buttons: dict[LearnerLevel, QPushButton] = {}
        for number, level in enumerate(LearnerLevel, 1):
            button = QPushButton(f"&{number} {label_of(level)}")
            button.setAccessibleName(label_of(level))
            button.setToolTip(fill(self.tr("They got to “%1”: save (Alt+%2)"), label_of(level).lower(), number))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(False)  # Enter in a field must never pick a level by itself
            button.clicked.connect(partial(self._pick, level))
            row.addWidget(button)
            self.buttons[level] = button
        row.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks the level whose button has the keyboard (as Space does)."""
        focused = next((level for level, b in self.buttons.items() if b.hasFocus()), None)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused is not None:
            self.buttons[focused].click()
            return
        super().keyPressEvent(event)

    def _pick(self, level: LearnerLevel) -> None:
        self.picked = level
        self.chosen.emit(level)

    def value(self) -> LearnerLevel | None:
        return self.picked

    def suggest(self, level: LearnerLevel | None) -> None:
        """Mark the level they reached last time (and give it the keyboard when asked to move on)."""
        for each, button in self.buttons.items():
            button.setProperty("primary", each is level)
            button.style().unpolish(button)
            button.style().polish(button)

    def focus(self) -> None:
        marked = [b for b in self.buttons.values() if b.property("primary")]
        (marked or list(self.buttons.values()))[0].setFocus()


class SentenceReader:
    """Keeps the Skill and Taught-to fields in step with the line, until either is changed by hand."""

    def __init__(self, dialog: RecordDialog, session: Session, skill: SkillCombo, person: PersonCombo) -> None:
        journal = session.journal
        self.skills = [(s.id or 0, s.name) for s in journal.skills.list()]
        self.people = [(p.id or 0, p.name) for p in journal.people.list()]
        self.journal, self.skill, self.person = journal, skill, person
        self.levels: LevelButtons | None = None
        self.by_hand: set[str] = set()
        self.note = plain_label(role="muted")
        self.note.setObjectName("understood")  # what the line was read as, and what saving will add
        dialog.form.insertRow(1, "", self.note)
        skill.lineEdit().textEdited.connect(lambda _text: self._typed_in("skill"))
        person.lineEdit().textEdited.connect(lambda _text: self._typed_in("person"))
        skill.currentIndexChanged.connect(lambda _index: self.explain())
        person.currentIndexChanged.connect(lambda _index: self.explain())
        person.takes_unlike_names = True  # a name close to nobody known is someone new
        person.understood.connect(self.explain)

    def _typed_in(self, field: str) -> None:
        self.by_hand.add(field)
        self.explain()

    def read(self, text: str) -> None:
        found = read_taught(text, self.skills, self.people)
        if "skill" not in self.by_hand:
            self.skill.setEditText(found.skill)
        if "person" not in self.by_hand:
            self.person.setEditText(found.person)
        self.explain()

    def explain(self) -> None:
        """Say what saving will add, and where the learner was last time; nothing is written yet."""
        said: list[str] = []
        try:
            skill = self.skill.choice()
        except ValueError as exc:
            skill = None
            said.append(str(exc))
        if isinstance(skill, str):
            said.append(
                fill(
                    QCoreApplication.translate(
                        "SentenceReader", "“%1” is a new skill: it will be added to what you hold."
                    ),
                    skill,
                )
            )
        try:
            person = self.person.choice()
        except ValueError as exc:
            person = None
            said.append(str(exc))
        if isinstance(person, str):
            said.append(new_person_note(person, (name for _id, name in self.people)))
        last = self._last_level(skill, person)
        if last is not None:
            said.append(
                fill(
                    QCoreApplication.translate("SentenceReader", "Last time they were at “%1”."), label_of(last).lower()
                )
            )
        if self.levels is not None:
            self.levels.suggest(last)
        self.note.setText(" ".join(said))
        self.note.setVisible(bool(said))

    def _last_level(self, skill: int | str | None, person: int | str | None) -> LearnerLevel | None:
        if not isinstance(skill, int) or not isinstance(person, int):
            return None
        levels = [t.level for t in self.journal.skills.teachings(skill_id=skill, person_id=person)]
        return max(levels, default=None)


def log_teaching_dialog(
    parent: QWidget, session: Session, *, skill_id: int | None = None, person: int | None = None
) -> RecordDialog:
    """Who learned what from you, and how far they got; the skill and the person may be new."""
    journal = session.journal

    def write(v: dict[str, Any]) -> Teaching:
        if v["skill"] is None:
            raise InvalidInput(
                QCoreApplication.translate("log_teaching", "Say what you taught: pick a skill, or type a new one.")
            )
        if v["level"] is None:
            raise InvalidInput(QCoreApplication.translate("log_teaching", "Choose how far they got."))
        with journal.transaction():
            chosen = v["skill"]
            skill = chosen if isinstance(chosen, int) else journal.skills.add(Skill(name=chosen)).id or 0
            teaching = Teaching(
                skill_id=skill,
                person_id=person_id(
                    journal,
                    v["person"],
                    QCoreApplication.translate("forms", "Choose who you taught, or type a new name."),
                ),
                taught_on=v["taught_on"],
                method=v["method"],
                level=v["level"],
                notes=v["notes"],
            )
            saved = journal.skills.add_teaching(teaching)
        session.notify("teaching", "skill", "person", origin=parent)
        return saved

    dialog = RecordDialog(
        parent,
        QCoreApplication.translate("log_teaching", "Log teaching"),
        write,
        intro=QCoreApplication.translate("log_teaching", "Who learned what from you, and how far they got."),
    )
    dialog.setMinimumWidth(640)  # the four levels side by side, with their question beside them
    sentence = dialog.add_text(
        "sentence",
        QCoreApplication.translate("log_teaching", "In a line:"),
        placeholder=QCoreApplication.translate("log_teaching", "e.g. taught Sam the month-end close"),
        hint=QCoreApplication.translate("log_teaching", "Who learned what"),
    )
    skill_box = SkillCombo(journal.skills.list())
    skill_box.set_skill(skill_id)
    dialog.add_widget("skill", QCoreApplication.translate("log_teaching", "Skill:"), skill_box, skill_box.choice)
    person_box = dialog.add_person(
        "person", QCoreApplication.translate("log_teaching", "Taught to:"), journal.people.list(), person
    )
    reader = SentenceReader(dialog, session, skill_box, person_box)
    dialog.add_date("taught_on", QCoreApplication.translate("log_teaching", "When:"), session.today(), optional=False)
    dialog.add_choice(
        "method", QCoreApplication.translate("log_teaching", "How:"), TeachingMethod, TeachingMethod.PAIRING
    )
    dialog.add_multiline(
        "notes",
        QCoreApplication.translate("log_teaching", "Notes:"),
        placeholder=QCoreApplication.translate("log_teaching", "What you covered, what comes next (optional)"),
    )
    levels = LevelButtons()
    reader.levels = levels
    dialog.add_widget("level", QCoreApplication.translate("log_teaching", "How far they got:"), levels, levels.value)
    levels.chosen.connect(lambda _level: dialog.accept())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).hide()  # each level saves
    sentence.textEdited.connect(reader.read)
    sentence.returnPressed.connect(levels.focus)
    if skill_id is not None or person is not None:
        reader.by_hand.update({"skill"} if skill_id is not None else set())
        reader.by_hand.update({"person"} if person is not None else set())
    reader.explain()
    dialog.keep_drafts(session, TEACHING_LINE_DRAFT)
    return dialog
