"""The app in the person's language: Qt's own words and ours, and dates and numbers to match.

At start, before any window is built, ``install_translations`` picks the language
(the Language setting in Preferences; on Automatic, the first of the system's
languages the app speaks; else English), then:

- makes a locale of that language QLocale's default, so dates and numbers the
  UI formats through QLocale follow it (and the spell checker's first guess);
- records it for the code below the UI that has words in more than one
  language (the shipped prompt sets, the demo story): ``language.use_language``;
- installs two QTranslators: Qt's own (``qtbase_<lang>.qm`` from PySide6's
  translations folder: standard buttons, the context menu of a text field…)
  and ours (``resources/translations/career_journal_<lang>.qm``, built from the
  ``.ts`` by ``scripts/translations``). English needs neither: it is the source.

Widgets take their words when they are built, so a change of the setting is
used from the next start; the Preferences dialog says so.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..language import Language, use_language
from ..paths import resource_dir
from .settings import AUTOMATIC, LANGUAGE

CATALOGUE = "career_journal"  # our .qm files are career_journal_<lang>.qm


@dataclass(frozen=True)
class AppLanguage:
    """What ``install_translations`` chose and installed."""

    language: Language
    locale: QLocale
    translators: tuple[QTranslator, ...]


def translations_dir() -> Path:
    return resource_dir() / "translations"


def chosen_language(choice: str, system: QLocale) -> Language:
    """The language for the setting ``choice`` ("auto", "en", "sv") on a system whose locale is ``system``."""
    if choice != AUTOMATIC:
        try:
            return Language(choice)
        except ValueError:
            pass  # a hand-edited settings file: as Automatic
    for tag in system.uiLanguages():  # in the person's order of preference, e.g. LANGUAGE=de:sv
        found = Language.from_tag(tag)
        if found is not None:
            return found
    return Language.ENGLISH


def locale_for(language: Language, system: QLocale) -> QLocale:
    """The system's locale when it is in ``language`` (keeping its region: en_GB, sv_FI), else the language's own."""
    if Language.from_tag(system.name()) is language:
        return system
    return QLocale(language.value)


def install_translations(
    app: QCoreApplication,
    settings: QSettings,
    *,
    system: QLocale | None = None,
    folder: Path | None = None,
) -> AppLanguage:
    """Choose the app's language and install its translations; call once, before any widget is built."""
    system = system if system is not None else QLocale.system()
    language = chosen_language(LANGUAGE.read(settings), system)
    translators: tuple[QTranslator, ...] = ()
    if language is not Language.ENGLISH:
        folder = folder if folder is not None else translations_dir()
        ours = _load(app, f"{CATALOGUE}_{language.value}", folder)
        if ours is None:
            # A broken install: English throughout reads better than Qt's buttons in one language, ours in another.
            missing = folder / f"{CATALOGUE}_{language.value}.qm"
            print(f"career-journal: {missing} is missing; using English.", file=sys.stderr)
            language = Language.ENGLISH
        else:
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            qt = _load(app, f"qtbase_{language.value}", qt_folder)  # missing in some bundles: Qt's words stay English
            translators = tuple(t for t in (qt, ours) if t is not None)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    use_language(language)
    for translator in translators:  # the last installed is asked first: ours before Qt's
        app.installTranslator(translator)
    return AppLanguage(language, locale, translators)


def _load(app: QCoreApplication, name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, str(folder)):
        return translator
    translator.deleteLater()
    return None
