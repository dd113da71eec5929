"""Which words of a Markdown note are prose to check, one line at a time.

An editor's highlighter sees one line (a block) at a time and carries one
integer from a line to the next; the ``state`` here is that integer: whether
the line before was blank, part of a list, indented code or inside a fenced
code block. Whatever is not prose is left alone: code spans and blocks, URLs
and link targets, e-mail addresses, @mentions, #tags, HTML, words with digits
or underscores, ALL-CAPS acronyms, words with a capital inside (iPhone,
JavaScript), dotted names (file.py, e.g.), paths, and words in a script the
dictionaries do not cover.
"""

from __future__ import annotations

import io
import re
from typing import NamedTuple

TEXT, BLANK, LIST, LIST_BLANK, CODE = 0, 1, 2, 3, 4
# An open fence is remembered with its length: 1000 + n for ```, 2000 + n for ~~~.
FENCE_BACKTICK, FENCE_TILDE = 1000, 2000
MAX_FENCE = 999

_FENCE = re.compile(r"\s*(`{3,}|~{3,})(.*)")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_NOT_PROSE = re.compile(
    "|".join(
        (
            r"\\[!-/:-@\[-`{-~]",  # a backslash escape: the character after it is plain text
            r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)",  # a code span
            r"<!--.*?(?:-->|$)",  # an HTML comment
            r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>",  # an HTML tag
            r"<[^<>\s]+>",  # an autolink: <https://…> or <name@example.org>
            r"\b(?:https?|ftp|file|mailto):\S*",
            r"\bwww\.\S*",
            r"\]\([^)]*\)?",  # the target of a link or an image
            r"\]\[[^\]]*\]",  # the label of a reference link
            r"^ {0,3}\[[^\]]+\]:.*",  # a link reference definition
            r"&#?\w+;",  # an HTML entity
        )
    )
)
# Then whole runs of non-space characters: an e-mail address or @mention, a Windows path, key=value,
# a dotted name (file.py, example.org, e.g.), a path, a #tag.
_NOT_PROSE_RUN = re.compile(
    "|".join(
        (
            r"\S*[@\\=]\S*",
            r"\S*\w\.\w\S*",
            r"\S*/\S*/\S*",
            r"(?<!\S)\W*[~.]?/(?=\w)\S*",
            r"(?<!\S)[(\[{\"'*_~“‘«>]*#\S*",
        )
    )
)
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # no digit, no underscore
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


class Word(NamedTuple):
    start: int  # in characters from the start of the line
    length: int
    text: str  # as a dictionary wants it (a typographic apostrophe made plain)

    @property
    def end(self) -> int:
        return self.start + self.length


def next_state(line: str, previous: int) -> tuple[int, bool]:
    """The state after ``line`` (given the state after the line before it), and whether ``line`` is prose."""
    if previous >= FENCE_BACKTICK:
        return _in_fence(line, previous)
    if previous < 0:  # the first line of a document
        previous = BLANK
    fence = _FENCE.match(line)
    if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
        base = FENCE_BACKTICK if fence.group(1)[0] == "`" else FENCE_TILDE
        return base + min(len(fence.group(1)), MAX_FENCE), False
    if not line.strip():
        return (LIST_BLANK if previous in (LIST, LIST_BLANK) else BLANK), False
    if line.startswith(("    ", "\t")):
        if previous in (BLANK, CODE):
            return CODE, False  # indented code (a list's indented lines are not code)
        return (LIST if previous in (LIST, LIST_BLANK) else TEXT), True
    if _LIST_ITEM.match(line) or previous == LIST:  # an item, or a lazy continuation of one
        return LIST, True
    return TEXT, True


def _in_fence(line: str, state: int) -> tuple[int, bool]:
    char, length = ("`", state - FENCE_BACKTICK) if state < FENCE_TILDE else ("~", state - FENCE_TILDE)
    fence = _FENCE.match(line)
    closes = fence and fence.group(1)[0] == char and len(fence.group(1)) >= length and not fence.group(2).strip()
    return (BLANK if closes else state), False


def words(line: str) -> list[Word]:
    """The words of one prose line that a dictionary should judge, with where they are."""
    masked = _NOT_PROSE_RUN.sub(_blank, _NOT_PROSE.sub(_blank, line))
    found: list[Word] = []
    for token in _TOKEN.finditer(masked):
        word = token.group()
        start = token.start()
        if word[0] == "_" or word[-1] == "_":  # _emphasis_ keeps its word
            start += len(word) - len(word.lstrip("_"))
            word = word.strip("_")
        # Letters only; lower case after the first (so neither an ACRONYM nor iPhone); a script we check.
        if _LETTERS.fullmatch(word) and word[1:].islower() and _LATIN.search(word):
            found.append(Word(start, len(word), word.replace("’", "'")))
    return found


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def prose_words(text: str, limit: int) -> list[str]:
    """The first ``limit`` words of ``text`` that would be checked (to tell which language it is in)."""
    found: list[str] = []
    state = BLANK
    for line in io.StringIO(text):
        state, prose = next_state(line.rstrip("\r\n"), state)
        if prose:
            found.extend(word.text for word in words(line))
            if len(found) >= limit:
                break
    return found[:limit]
