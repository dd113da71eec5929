"""Swedish: every message translated, none of the source's strings missing, the .qm built, and the app speaking it.

The checks read the committed ``resources/translations/career_journal_sv.ts``
and run the same ``scripts/translations`` a person runs (into a temporary
folder), so a new visible string without Swedish fails here with what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGroupBox, QLabel

from career_journal.language import Language, app_language, use_language
from career_journal.paths import resource_dir
from career_journal.ui.dialogs.preferences import PreferencesDialog
from career_journal.ui.i18n import AppLanguage, chosen_language, install_translations, locale_for
from career_journal.ui.settings import LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TS = resource_dir() / "translations" / "career_journal_sv.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease come with PySide6, beside this Python
RUN_SCRIPT = "run scripts/translations, translate what it lists (docs/GLOSSARY-sv.md), and commit the .ts and .qm"

Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""), message.findtext("comment", ""))] = message
    return found


def unfinished(ts: Path) -> list[str]:
    """Each message of ``ts`` without a finished, non-empty translation (every plural form counts)."""
    problems = []
    for (context, source, _comment), message in messages(ts).items():
        translation = message.find("translation")
        forms = [translation] if translation is None else translation.findall("numerusform") or [translation]
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not translated")
        elif any(not (form.text or "").strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
    return problems


def plural_problems(ts: Path) -> list[str]:
    """Plurals that will read wrongly: a count not passed to tr(), a source without %n, a Swedish form missing."""
    problems = []
    for (context, source, _comment), message in messages(ts).items():
        plural = message.get("numerus") == "yes"
        if not plural and "%n" in source:
            problems.append(f"{context}: {source!r} says %n but tr() was given no count")
        if plural:
            forms = message.findall("translation/numerusform")
            if "%n" not in source:
                problems.append(f"{context}: {source!r} is a plural without %n")
            if len(forms) != 2 or not all((form.text or "").strip() for form in forms):
                problems.append(f"{context}: {source!r} needs both Swedish forms (en/ett …, flera …)")
    return problems


def write_ts(path: Path, body: str) -> Path:
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="sv_SE">{body}</TS>\n')
    return path


def update_into(folder: Path, root: Path = ROOT) -> Path:
    """``scripts/translations --into folder``: the .ts as the source of ``root`` makes it, beside the committed one."""
    env = {**os.environ, "PYSIDE_TOOLS": str(TOOLS)}
    subprocess.run([str(root / "scripts" / "translations"), "--into", str(folder)], check=True, env=env)
    return folder / TS.name


# -- (a) every message is translated -------------------------------------------------------------------


def test_every_message_in_the_swedish_translation_is_finished() -> None:
    assert messages(TS), "the .ts has no messages"
    assert unfinished(TS) == [], RUN_SCRIPT


def test_an_unfinished_or_empty_message_is_found(tmp_path: Path) -> None:
    ts = write_ts(
        tmp_path / "sample.ts",
        "<context><name>Page</name>"
        "<message><source>Save</source><translation>Spara</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        "<message><source>Open</source><translation> </translation></message>"
        '<message numerus="yes"><source>%n entries</source><translation>'
        "<numerusform>%n anteckning</numerusform><numerusform></numerusform></translation></message>"
        "</context>",
    )
    assert unfinished(ts) == [
        "Page: 'New' is not translated",
        "Page: 'Open' has an empty translation",
        "Page: '%n entries' has an empty translation",
    ]


# -- (b) no string of the source is missing ---------------------------------------------------------------


def test_no_string_of_the_source_is_missing_from_the_committed_translation(tmp_path: Path) -> None:
    fresh = messages(update_into(tmp_path))
    committed = messages(TS)
    missing = sorted(set(fresh) - set(committed))
    vanished = sorted(set(committed) - set(fresh))
    assert not missing, f"New strings with no Swedish: {missing}; {RUN_SCRIPT}."
    assert not vanished, f"Strings no longer in the source: {vanished}; {RUN_SCRIPT}."


def test_a_new_visible_string_is_found_by_the_check(tmp_path: Path) -> None:
    """The check above on a copy of the source with one new string: it is found, unfinished."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "career_journal" / "ui", copy / "career_journal" / "ui")
    shutil.copy(ROOT / "career_journal" / "app.py", copy / "career_journal" / "app.py")
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    (copy / "resources" / "translations").mkdir(parents=True)
    shutil.copy(TS, copy / "resources" / "translations")
    (copy / "career_journal" / "ui" / "new_page.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass NewPage(QWidget):\n"
        "    def title(self) -> str:\n        return self.tr('A brand new page')\n"
    )
    (tmp_path / "out").mkdir()
    fresh = messages(update_into(tmp_path / "out", copy))
    assert set(fresh) - set(messages(TS)) == {("NewPage", "A brand new page", "")}
    assert unfinished(tmp_path / "out" / TS.name) == ["NewPage: 'A brand new page' is not translated"]


def test_the_qm_the_app_loads_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    built = tmp_path / QM.name
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(built)], check=True)
    assert built.read_bytes() == QM.read_bytes(), f"{QM.name} is older than {TS.name}; {RUN_SCRIPT}."


# -- (c) plurals -------------------------------------------------------------------------------------------


def test_plurals_use_a_count_and_have_both_swedish_forms() -> None:
    assert ET.parse(TS).getroot().get("language", "").startswith("sv"), "lrelease reads the plural rules from this"
    assert plural_problems(TS) == []


def test_a_plural_without_a_count_or_a_swedish_form_is_found(tmp_path: Path) -> None:
    ts = write_ts(
        tmp_path / "sample.ts",
        "<context><name>Page</name>"
        '<message numerus="yes"><source>%n people</source><translation>'
        "<numerusform>%n person</numerusform><numerusform>%n personer</numerusform></translation></message>"
        "<message><source>%n waiting</source><translation>%n väntar</translation></message>"
        '<message numerus="yes"><source>drafts</source><translation>'
        "<numerusform>utkast</numerusform><numerusform>utkast</numerusform></translation></message>"
        '<message numerus="yes"><source>%n goals</source><translation>'
        "<numerusform>%n mål</numerusform></translation></message>"
        "</context>",
    )
    assert plural_problems(ts) == [
        "Page: '%n waiting' says %n but tr() was given no count",
        "Page: 'drafts' is a plural without %n",
        "Page: '%n goals' needs both Swedish forms (en/ett …, flera …)",
    ]


# -- (d) the app in Swedish ---------------------------------------------------------------------------------


@pytest.fixture
def started(qapp, settings: QSettings) -> Iterator[Callable[[str], AppLanguage]]:  # type: ignore[no-untyped-def]
    """Start the app's language as app.py does, on a given system locale; undone afterwards for the other tests."""
    before = QLocale()
    installed: list[AppLanguage] = []

    def start(system: str = "en_US") -> AppLanguage:
        installed.append(install_translations(qapp, settings, system=QLocale(system)))
        return installed[-1]

    yield start
    for chosen in installed:
        for translator in chosen.translators:
            qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    use_language(Language.ENGLISH)


def test_the_app_started_with_the_swedish_setting_shows_swedish(qtbot, started, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(LANGUAGE.key, "sv")
    chosen = started("en_GB")  # the setting wins over the system
    assert (chosen.language, app_language(), QLocale().name()) == (Language.SWEDISH, Language.SWEDISH, "sv_SE")

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Inställningar"
    assert [group.title() for group in dialog.findChildren(QGroupBox)] == ["Allmänt", "Påminnelser"]
    assert dialog.findChildren(QCheckBox)[0].text() == "Påminn mig på skrivbordet, en gång om dagen"
    language = dialog.findChild(QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "Automatiskt (systemets språk)",
        "English",
        "Svenska",  # each language named in itself
    ]
    assert language.currentText() == "Svenska"
    assert "Ett nytt språk gäller från nästa gång du startar Career Journal." in [
        label.text() for label in dialog.findChildren(QLabel)
    ]
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"  # Qt's own words, from qtbase_sv
    assert QLocale().toString(QDate(2026, 11, 23), "d MMMM yyyy") == "23 november 2026"
    assert QLocale().toString(1234.5, "f", 1) == "1\N{NO-BREAK SPACE}234,5"


def test_the_app_started_in_english_installs_nothing_and_speaks_english(qtbot, started, settings) -> None:  # type: ignore[no-untyped-def]
    chosen = started("en_GB")
    assert (chosen.language, chosen.translators, QLocale().name()) == (Language.ENGLISH, (), "en_GB")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferences"
    assert dialog.findChild(QComboBox).currentText() == "Automatic (the system's language)"


def test_a_missing_translation_file_leaves_the_whole_app_in_english(qapp, settings, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(LANGUAGE.key, "sv")
    before = QLocale()
    try:
        chosen = install_translations(qapp, settings, system=QLocale("sv_SE"), folder=tmp_path)
        assert (chosen.language, chosen.translators, app_language()) == (Language.ENGLISH, (), Language.ENGLISH)
    finally:
        QLocale.setDefault(before)
    assert "career_journal_sv.qm is missing; using English" in capsys.readouterr().err


def test_choosing_a_language_and_its_locale() -> None:
    assert chosen_language("auto", QLocale("sv_SE")) is Language.SWEDISH
    assert chosen_language("auto", QLocale("sv_FI")) is Language.SWEDISH
    assert chosen_language("auto", QLocale("de_DE")) is Language.ENGLISH  # a language the app does not speak
    assert chosen_language("en", QLocale("sv_SE")) is Language.ENGLISH
    assert chosen_language("klingon", QLocale("sv_SE")) is Language.SWEDISH  # a hand-edited value: automatic
    assert locale_for(Language.SWEDISH, QLocale("sv_FI")).name() == "sv_FI"  # the region's formats are kept
    assert locale_for(Language.SWEDISH, QLocale("de_DE")).name() == "sv_SE"
    assert locale_for(Language.ENGLISH, QLocale("sv_SE")).name() == "en_US"


PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from career_journal.ui.i18n import install_translations

app = QApplication([])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
chosen = install_translations(app, settings)
print(chosen.language.value, QLocale().name(), QCoreApplication.translate("PreferencesDialog", "Preferences"))
"""


@pytest.mark.parametrize(
    ("env", "setting", "speaks"),
    [
        ({"LANG": "sv_SE.UTF-8"}, None, "sv sv_SE Inställningar"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:sv"}, None, "sv sv_SE Inställningar"),
        ({"LANG": "sv_SE.UTF-8"}, "en", "en en_US Preferences"),
        ({"LANG": "de_DE.UTF-8"}, None, "en en_US Preferences"),
    ],
)
def test_the_system_language_chooses_and_the_setting_overrides(tmp_path: Path, env, setting, speaks) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "settings.ini"
    if setting:
        ini.write_text(f"[General]\nlanguage={setting}\n")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(ini)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == speaks


def test_the_demo_started_on_a_swedish_system_tells_its_story_in_swedish(tmp_path: Path) -> None:
    """``LANG=sv_SE.UTF-8 career-journal --demo``: the window opens on the Swedish demo journal."""
    look = (
        "import sys\n"
        "import career_journal.ui.screenshots as shots\n"
        "def look(window, folder, page, **_sizes_and_themes):\n"
        "    print('\\n'.join(goal.title for goal in window.session.journal.goals.list()))\n"
        "    return 0\n"
        "shots.take_screenshots = look\n"
        "from career_journal.app import main\n"
        "sys.argv = ['career-journal', '--demo', '--screenshot', sys.argv[1]]\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", look, str(tmp_path)],
        env={**os.environ, "LANG": "sv_SE.UTF-8", "CAREER_JOURNAL_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Befordran till staff engineer" in result.stdout.splitlines()
    assert "Promotion to staff engineer" not in result.stdout
