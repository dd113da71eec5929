"""Only prose is spell-checked: code, links, addresses, mentions, tags and acronyms are left alone."""

from __future__ import annotations

import pytest

from career_journal.spelling.words import BLANK, next_state, prose_words, words


def checked(line: str) -> list[str]:
    return [word.text for word in words(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I recieve it", ["recieve", "it"]),
        ("Run `recieve --now` today", ["Run", "today"]),
        ("A ``code with ` inside`` span", ["span"]),
        ("See https://exmple.org/recieve and www.exmple.org now", ["See", "and", "now"]),
        ("[the recieve doc](https://exmple.org/recieve)", ["the", "recieve", "doc"]),
        ("![a diagrm](images/diagrm.png)", ["diagrm"]),
        ("Mail dana@exmple.org or <marcus@exmple.org>", ["Mail", "or"]),
        ("Ask @danaw about #relese", ["Ask", "about"]),
        ("Q3 went well for 2nd time", ["went", "well", "for", "time"]),
        ("The NASA and HTTPS stuff", ["The", "and", "stuff"]),
        ("My iPhone and JavaScript", ["My", "and"]),
        ("Edit config.yaml, e.g. now", ["Edit", "now"]),
        ("key=value and snake_case", ["and"]),
        ("Look in ~/notes or /usr/share and C:\\Users", ["Look", "in", "or", "and"]),
        ("**Bold** and _emph_ text", ["Bold", "and", "emph", "text"]),
        ("We don’t know", ["We", "don't", "know"]),
        ("IT-avdelningen i Göteborg", ["avdelningen", "Göteborg"]),
        ("Привет, мир and more", ["and", "more"]),
        ("<span class='x'>wrod</span> &amp; done", ["wrod", "done"]),
        (r"\*not emphasis\*", ["not", "emphasis"]),
    ],
)
def test_only_prose_words_are_checked(line: str, expected: list[str]) -> None:
    assert checked(line) == expected


def test_a_word_knows_where_it_is_in_the_line() -> None:
    line = "A `x` big **misteak**"
    (big, misteak) = words(line)
    assert line[big.start : big.end] == "big" and line[misteak.start : misteak.end] == "misteak"


def lines_checked(text: str) -> list[bool]:
    state, prose = BLANK, []
    for line in text.split("\n"):
        state, is_prose = next_state(line, state)
        prose.append(is_prose)
    return prose


def test_fenced_and_indented_code_blocks_are_not_prose() -> None:
    text = "Intro\n```python\nrecieve = 1\n~~~\n```\nAfter\n\n    indented code\n\nEnd\n~~~~\ncode\n```\n~~~~\nDone"
    assert lines_checked(text) == [
        True, False, False, False, False, True, False, False, False, True, False, False, False, False, True,
    ]  # fmt: skip


def test_the_indented_lines_of_a_list_are_prose_and_a_fence_needs_its_own_length_to_close() -> None:
    assert lines_checked("- item\n\n    more about the item\ncontinued") == [True, False, True, True]
    assert lines_checked("````\n```\nstill code\n````\nprose") == [False, False, False, False, True]
    assert lines_checked("```not a fence``` text") == [True]


def test_the_words_to_guess_a_language_from_skip_code() -> None:
    assert prose_words("Hello there\n```\nfoo bar baz\n```\nfriend", 10) == ["Hello", "there", "friend"]
    assert prose_words("one two three four", 2) == ["one", "two"]
