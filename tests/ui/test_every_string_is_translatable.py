"""Every string the UI shows goes through Qt's translation, so none stays English in the Swedish app.

``test_translations.py`` checks that every string marked with ``tr()`` has its
Swedish. This checks the other half: a label, button, tooltip, title or message
written as a bare literal (or an f-string) is not marked at all, so lupdate never
sees it. The scan reads the UI's source for the calls that put text on screen.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "career_journal" / "ui"
# Calls whose arguments are shown to the person, and keyword arguments that are.
SHOWN_BY = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction", "QListWidgetItem",
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName", "setTitle", "setTabText",
    "setStatusTip", "setLabelText", "addTab", "insertTab", "addMenu", "addItem", "addRow", "setHeaderLabels",
    "showMessage", "information", "question", "warning", "critical", "warn", "ask", "plain_label", "button",
    "make_button", "tool_button", "header", "set_title", "Card", "CardList", "show_error", "show_note", "say", "_say",
    "_tell", "toggle", "RecordDialog", "note_label", "Column", "group",
}  # fmt: skip
SHOWN_KEYWORDS = {"tip", "doing", "placeholder", "none_text", "empty_text", "hint", "intro", "tooltip"}
# Shown as they are in every language: the product's name with the file's name, sizes in MB.
ALLOWED = {("main_window.py", "Career Journal — "), ("restore.py", "   ·    MB")}


def _is_words(text: str) -> bool:
    """Text a person reads: words, not a token ("entry"), an icon name, a style sheet or a symbol."""
    stripped = text.strip()
    if not re.search(r"[A-Za-z]{2,}", stripped) or "{" in stripped:
        return False
    return " " in stripped or stripped != stripped.lower() or stripped.endswith(("…", "."))


def _values(node: ast.expr) -> list[ast.expr]:
    """What an argument can show: both sides of ``a if c else b``, each part of ``x or "…"``, a lambda's result."""
    if isinstance(node, ast.IfExp):
        return _values(node.body) + _values(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [found for value in node.values for found in _values(value)]
    if isinstance(node, ast.Lambda):
        return _values(node.body)
    return [node]


def untranslated(source: str, name: str) -> list[str]:
    """Each literal or f-string of ``source`` shown on screen without ``tr()``, as "name:line: text"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        call = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        shown = list(node.args) if call in SHOWN_BY else []
        shown += [keyword.value for keyword in node.keywords if keyword.arg in SHOWN_KEYWORDS]
        for argument in shown:
            for value in _values(argument):
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and _is_words(value.value):
                    found.append(f"{name}:{value.lineno}: {value.value!r}")
                elif isinstance(value, ast.JoinedStr):
                    words = "".join(part.value for part in value.values if isinstance(part, ast.Constant))
                    if _is_words(words) and (name.rsplit("/", 1)[-1], words) not in ALLOWED:
                        found.append(f"{name}:{value.lineno}: f-string {words!r}")
    return found


def test_every_string_the_ui_shows_goes_through_tr() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += untranslated(path.read_text(), str(path.relative_to(UI)))
    assert found == [], "Wrap these in self.tr() / QCoreApplication.translate() (fill() for names and numbers)"


def test_a_bare_label_or_f_string_is_found() -> None:
    source = (
        "def build(self, name):\n"
        "    self.button.setText('Save the entry')\n"
        "    self.note.setToolTip(f'Remove {name} from your team')\n"
        "    self.save.setText(self.tr('Save'))\n"
        "    self.icon.setObjectName('save-button')\n"
    )
    assert untranslated(source, "page.py") == [
        "page.py:2: 'Save the entry'",
        "page.py:3: f-string 'Remove  from your team'",
    ]
