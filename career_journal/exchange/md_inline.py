"""Text inside one line of the Markdown export: escaping, hygiene and wrapping.

Two kinds of text reach a line. *Plain* text (names, titles, tags, a
milestone) was typed into a form, so every Markdown character in it is
escaped and it reads exactly as typed. *Markdown* text (entry bodies, notes)
keeps its emphasis, links and code, but loses what a default markdownlint run
rejects or what would be live HTML: ``<tag`` is escaped, bare URLs become
autolinks, ``_em_`` becomes ``*em*`` (one emphasis style per file).

Every line is kept to ``WIDTH`` characters by breaking at spaces outside code
spans; a piece that would start a block of its own (``- ``, ``1. ``, ``#``…)
is escaped so it stays part of its paragraph.
"""

from __future__ import annotations

import functools
import re

WIDTH = 80
# markdownlint's MD026 list: a heading may not end with these.
HEADING_PUNCTUATION = ".,;:!。，；：！"
# Code spans, autolinks and link destinations are never touched: while the rest of
# the line is cleaned they are swapped for placeholders (NUL, number, NUL; user
# text never holds a NUL, clean_controls saw to that).
_PROTECTED = re.compile(
    r"(?<![`\\])(?P<ticks>`+)(?!`)(?:(?!(?P=ticks)).)+?(?<!`)(?P=ticks)(?!`)"
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>"
    r"|<[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*>"
    r"|(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
)
_PLACEHOLDER = re.compile("\x00([0-9]+)\x00")
# Control characters other than tab and line ends (splitlines reads those).
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")
_BARE_URL = re.compile(r"(?:^|(?<=[\s*_(]))(?:https?|ftps?)://[^\s<>\x00]+", re.IGNORECASE)
_URL_TAIL = ".,:;!?'\")]*_~"
_STRONG_UNDERSCORE = re.compile(r"(?<![\w\\_])__(?=[^\s_])(.+?)(?<=[^\s_\\])__(?![\w_])")
_EM_UNDERSCORE = re.compile(r"(?<![\w\\_])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])")
_NO_ALT = re.compile(r"!\[\](?=\x00)")
_VAGUE_LINK = re.compile(r"\[(click here|here|link|more)\]\(([^()\s]+)\)", re.IGNORECASE)
_PLAIN_SPECIAL = re.compile(r"([\\`*\[<~]|(?<!\w)_|_(?!\w)|(?<= )#+(?= *$))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(
    r"[#>]|[-+*](?= |$)|```|~~~|=+\s*$|-+\s*$|[-*_](?:\s*[-*_]){2,}\s*$|\d{1,9}(?P<num>[.)])(?= |$)"
    r"|\[[^\[\]]+\]:"  # a link reference definition: the whole file would share it
)
# Every start _BLOCK_START knows begins with one of these: a line without one needs no guard.
_BLOCK_FIRST_CHARS = frozenset("#>-+*`~=_[0123456789")
_BACKTICKS = re.compile(r"`+")
# Text that needs nothing done (most titles and names): starts with a letter, one space between words.
_ORDINARY = re.compile(r"[^\W\d_](?:[^\W_]|[,.'()?!/@%-]|[ ](?=[^ ]))*")


_CONTROL_TABLE = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def clean_controls(text: str) -> str:
    """Remove control characters that have no place in a text file."""
    return text.translate(_CONTROL_TABLE)


def plain(text: str) -> str:
    """Plain text on one line, every Markdown character escaped; URLs become autolinks."""
    if _ORDINARY.fullmatch(text):
        return text
    flat = " ".join(clean_controls(text).split())
    pieces = []
    last = 0
    for match in _BARE_URL.finditer(flat):
        url = match.group(0).rstrip(_URL_TAIL)
        pieces.append(_escape_plain(flat[last : match.start()]))
        pieces.append(f"<{url}>")
        last = match.start() + len(url)
    pieces.append(_escape_plain(flat[last:]))
    return guard_start("".join(pieces))


def _escape_plain(text: str) -> str:
    return _ENTITY.sub("\\&", _PLAIN_SPECIAL.sub(r"\\\1", text))


def inline(line: str) -> str:
    """One line of the user's Markdown, made safe for the export."""
    if not ("<" in line or "_" in line or "[" in line or "`" in line or "://" in line):
        return line
    line = _VAGUE_LINK.sub(_describe_link, line)
    kept: list[str] = []

    def hide(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    line = _PROTECTED.sub(hide, line)
    line = _HTML_START.sub(r"\\<", line)
    line = _BARE_URL.sub(lambda m: _autolink(m, line), line)
    line = _STRONG_UNDERSCORE.sub(r"**\1**", line)
    line = _EM_UNDERSCORE.sub(r"*\1*", line)
    line = _NO_ALT.sub("![image]", line)
    if kept:
        line = _PLACEHOLDER.sub(lambda m: kept[int(m.group(1))], line)
    return line


def _autolink(match: re.Match[str], line: str) -> str:
    before = line[: match.start()]
    if before.count("[") - before.count("\\[") > before.count("]") - before.count("\\]"):
        return match.group(0)  # inside a link's text: an autolink there would break the link
    url = match.group(0).rstrip(_URL_TAIL)
    return f"<{url}>{match.group(0)[len(url) :]}"


def _describe_link(match: re.Match[str]) -> str:
    # markdownlint (MD059) wants link text that says where it goes.
    text, url = match.group(1), match.group(2)
    return f"[{text} ({_escape_plain(url)})]({url})"


def guard_start(line: str) -> str:
    """Escape a line start that Markdown would read as a heading, list, quote, fence or rule."""
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    if match.group("num"):
        cut = match.start("num")
        return f"{line[:cut]}\\{line[cut:]}"
    if line.startswith("\\"):
        return line
    return "\\" + line


def heading_text(text: str) -> str:
    """Heading text without the trailing punctuation markdownlint rejects (MD026)."""
    return text.rstrip(HEADING_PUNCTUATION + " \\")


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    """Break ``text`` at spaces so each line (with its prefix) fits ``width`` where it can."""
    if len(first) + len(text) <= width:
        return [first + text]
    if len(first) == len(rest) and "`" not in text and "\\ " not in text:
        pieces = _line_pattern(width - len(first)).findall(text)
        if _BLOCK_FIRST_CHARS.isdisjoint([piece[0] for piece in pieces[1:]]):
            # No piece would start a block (the usual case): nothing to escape, every piece fits.
            return [first + piece for piece in pieces] if first else pieces
        guarded = [first + pieces[0]] + [rest + guard_start(piece) for piece in pieces[1:]]
        if all(len(line) <= width or " " not in line[len(rest) :] for line in guarded[1:]):
            return guarded
    lines = []
    prefix = first
    while len(prefix) + len(text) > width:
        cut = _break_at(text, width - len(prefix))
        if cut is None:
            break
        lines.append(prefix + text[:cut].rstrip(" "))
        text = guard_start(text[cut:].lstrip(" "))
        prefix = rest
    lines.append(prefix + text)
    return lines


@functools.cache
def _line_pattern(width: int) -> re.Pattern[str]:
    """Greedy runs of at most ``width`` characters that end at a word (or one long word)."""
    return re.compile(rf" *([^ ](?:.{{0,{max(width - 2, 0)}}}[^ ])?(?= |$)|[^ ]+)")


def _break_at(text: str, limit: int) -> int | None:
    """The last usable space at or before ``limit``, else the first after it, else None."""
    if "`" not in text and "\\ " not in text:
        cut = text.rfind(" ", 1, limit + 1)
        if cut <= 0:
            cut = text.find(" ", limit + 1)
        return cut if cut > 0 and text[cut + 1 :].strip() else None
    in_code = _code_ranges(text)
    best = None
    for index, char in enumerate(text):
        if char != " " or index == 0 or text[index - 1] == "\\" or any(a < index < b for a, b in in_code):
            continue
        if not text[index + 1 :].strip():
            break
        if index <= limit or best is None:
            best = index
        if index > limit:
            break
    return best


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Where the code spans of a line are: a backtick run opens one, the next run of the same length closes it."""
    ranges = []
    runs = [m for m in _BACKTICKS.finditer(text) if m.start() == 0 or text[m.start() - 1] != "\\"]
    index = 0
    while index < len(runs):
        opening = runs[index]
        closing = next((j for j in range(index + 1, len(runs)) if len(runs[j].group(0)) == len(opening.group(0))), None)
        if closing is None:
            index += 1
            continue
        ranges.append((opening.start(), runs[closing].end()))
        index = closing + 1
    return ranges
