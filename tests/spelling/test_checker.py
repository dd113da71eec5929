"""The system's dictionaries and the person's own: English and Swedish, offline, the note's language guessed."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from career_journal.spelling import checker
from career_journal.spelling.checker import Language, PersonalDictionary, Spellers, SpellingError, load_spellers

INSTALL = "scripts/setup installs them: libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-sv"


@pytest.fixture
def spellers(tmp_path: Path) -> Spellers:
    loaded = load_spellers(tmp_path / "data")
    assert not loaded.notice(), f"The spelling engine or a dictionary is missing ({loaded.notice()}); {INSTALL}"
    return loaded


def test_english_and_swedish_words_are_judged_by_the_system_dictionaries(spellers: Spellers) -> None:
    english, swedish = spellers.by_language[Language.ENGLISH], spellers.by_language[Language.SWEDISH]
    assert english.is_correct("receive") and not english.is_correct("recieve")
    assert english.is_correct("colour") and english.is_correct("color")  # British and American both pass
    assert swedish.is_correct("arbetsplats") and not swedish.is_correct("arbetsplts")
    assert "receive" in english.suggestions("recieve")
    assert "arbetsplats" in swedish.suggestions("arbetsplts")
    assert len(english.suggestions("recieve", limit=2)) <= 2


def test_the_language_of_a_note_is_guessed_from_its_words(spellers: Spellers) -> None:
    english = "Today I taught Dana how the release train works, and she ran it on her own."
    swedish = "Idag lärde jag Dana hur releaseprocessen fungerar, och hon körde den själv."
    assert spellers.guess(english, Language.SWEDISH) is Language.ENGLISH
    assert spellers.guess(swedish, Language.ENGLISH) is Language.SWEDISH
    assert spellers.guess("", Language.SWEDISH) is Language.SWEDISH  # nothing to go on: the app's language
    german = "Heute habe ich mit meiner Kollegin über die Übergabe gesprochen und wir haben einen Plan gemacht. " * 3
    assert spellers.guess(german, Language.ENGLISH) is None  # no dictionary knows it: nothing is underlined


def test_a_word_added_is_kept_in_a_private_file_and_is_right_from_then_on(spellers: Spellers, tmp_path: Path) -> None:
    english = spellers.by_language[Language.ENGLISH]
    assert not english.is_correct("kubectl")
    english.add("kubectl")
    assert english.is_correct("kubectl") and english.is_correct("Kubectl")
    path = tmp_path / "data" / "dictionary-en.txt"
    assert path.read_text(encoding="utf-8") == "kubectl\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = load_spellers(tmp_path / "data")  # the next start knows it too
    assert again.by_language[Language.ENGLISH].is_correct("kubectl")
    assert not again.by_language[Language.SWEDISH].is_correct("kubectl")  # each language has its own


def test_a_word_that_cannot_be_saved_says_why_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    personal = PersonalDictionary(blocker / "dictionary-en.txt")
    with pytest.raises(SpellingError, match=r"“kubectl” could not be added to your dictionary .*dictionary-en\.txt"):
        personal.add("kubectl")
    assert "kubectl" not in personal


def test_without_the_engine_nothing_is_checked_and_it_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)  # `import enchant` now fails as it does without the library
    loaded = load_spellers(tmp_path)
    assert loaded.by_language == {}
    assert loaded.notice() == (
        "Spelling is not checked: the Enchant spelling library is not installed (Debian: libenchant-2-2)."
    )


def test_a_missing_dictionary_leaves_the_other_language_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(checker.VARIANTS, Language.SWEDISH, (("xx_XX",),))
    loaded = load_spellers(tmp_path)
    assert list(loaded.by_language) == [Language.ENGLISH]
    assert loaded.notice() == (
        "Swedish is not checked: no Swedish spelling dictionary is installed (Debian: hunspell-sv)."
    )


def test_an_unreadable_personal_dictionary_is_reported_and_the_language_still_checked(tmp_path: Path) -> None:
    (tmp_path / "dictionary-sv.txt").mkdir()  # something that cannot be read as a file
    loaded = load_spellers(tmp_path)
    assert Language.SWEDISH in loaded.by_language
    assert "dictionary-sv.txt could not be read" in loaded.notice()
