"""Text inside one line of the Markdown export: escaping, spans written from tokens, and wrapping.

Two kinds of text reach a line. *Plain* text (names, titles, tags, a
milestone) was typed into a form, so every Markdown character in it is
escaped and it reads exactly as typed. *Markdown* text (entry bodies, notes)
arrives as markdown-it's inline tokens (see ``md_read``), so what is code, a
link or emphasis is known: each span is written back in one house style
(``*em*``, ``**strong**``, inline links, ``<autolinks>``), literal text is
escaped where Markdown would read it, raw HTML is escaped so it shows as
text, and bare URLs and e-mail addresses become autolinks (markdownlint
MD034).

A written span never breaks across lines: its inner spaces are written as
``KEEP`` (a NUL, which user text never holds once ``clean_controls`` has seen
it), ``wrap`` breaks only at ordinary spaces and ``unkeep`` turns them back.
Every line is kept to ``WIDTH`` characters where it can be; a piece that
would start a block of its own (``- ``, ``1. ``, ``#``…) is escaped so it
stays part of its paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the type only: markdown-it loads with the first note to read (``md_read``)
    from markdown_it.token import Token

WIDTH = 80
KEEP = "\x00"
# markdownlint's MD026 list: a heading may not end with these.
HEADING_PUNCTUATION = ".,;:!。，；：！"
_CONTROL_TABLE = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_URL = r"(?:https?|ftps?)://[^\s<>\x00]+"
# CommonMark's e-mail autolink, which is also what markdownlint calls a bare address.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = rf"[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})+"
_BARE = re.compile(rf"(?:^|(?<=[\s*_(]))(?:(?P<url>{_URL})|(?P<email>{_EMAIL}))", re.IGNORECASE)
_URL_TAIL = ".,:;!?'\")]*_~"
# What Markdown could read in literal text; `[ ]`/`[x]` task markers and intraword `_` are left alone.
_SPECIAL = re.compile(r"[\\`*<~]|\[(?![ xX]\] )|(?<!\w)_|_(?!\w)|&(?=#?\w+;)")
_IN_LINK = re.compile(r"\]")
_IN_CELL = re.compile(r"\|")
_IN_LINK_CELL = re.compile(r"[\]|]")
_BACKTICKS = re.compile(r"`+")
_UNSAFE_IN_TARGET = re.compile(r"[\s()<>]")
_TRAILING_HASHES = re.compile(r"(?<= )#+(?= *$)")
_VAGUE_LINK_TEXT = frozenset({"click here", "here", "link", "more"})
_BLOCK_START = re.compile(
    r"[#>]|[-+*](?= |$)|```|~~~|=+\s*$|-+\s*$|[-*_](?:\s*[-*_]){2,}\s*$|\d{1,9}(?P<num>[.)])(?= |$)"
    r"|\[[^\[\]]+\]:"  # a link reference definition: the whole file would share it
)
# Every start _BLOCK_START knows begins with one of these: a line without one needs no guard.
_BLOCK_FIRST_CHARS = frozenset("#>-+*`~=_[0123456789")
# Text that needs nothing done (most titles and names): starts with a letter, one space between words.
_ORDINARY = re.compile(r"[^\W\d_](?:[^\W_]|[,.'()?!/%-]|[ ](?=[^ ]))*")
# The same in ASCII (most titles and names), without an alternative per character: twice as quick.
_ORDINARY_ASCII = re.compile(r"[A-Za-z][A-Za-z0-9,.'()?!/%-]*(?: [A-Za-z0-9,.'()?!/%-]+)*")


def clean_controls(text: str) -> str:
    """Remove control characters that have no place in a text file."""
    # A line with nothing unprintable (most short notes) has none: that is asked far quicker than translated.
    return text if text.isprintable() else text.translate(_CONTROL_TABLE)


def unkeep(text: str) -> str:
    """The spaces inside spans back as spaces, once the lines are wrapped."""
    return text.replace(KEEP, " ")


def plain(text: str) -> str:
    """Plain text on one line, every Markdown character escaped; URLs and e-mail addresses become autolinks."""
    if not text or (_ORDINARY_ASCII if text.isascii() else _ORDINARY).fullmatch(text):
        return text
    flat = " ".join(clean_controls(text).split())
    return guard_start(_escaped(flat, autolinks=True))


def _escaped(text: str, *, autolinks: bool, extra: re.Pattern[str] | None = None) -> str:
    pieces = []
    last = 0
    if autolinks and (":" in text or "@" in text):
        for match in _BARE.finditer(text):
            found = match.group(0).rstrip(_URL_TAIL) if match.group("url") else match.group(0)
            pieces.append(_escape(text[last : match.start()], extra))
            pieces.append(f"<{found}>")
            last = match.start() + len(found)
    pieces.append(_escape(text[last:], extra))
    return "".join(pieces)


def _escape(text: str, extra: re.Pattern[str] | None) -> str:
    text = _SPECIAL.sub(r"\\\g<0>", text)
    return extra.sub(r"\\\g<0>", text) if extra is not None else text


@dataclass(frozen=True, slots=True)
class SpanStyle:
    """How a body's spans are written: for the exported file (``lint``) or for a preview of the note."""

    lint: bool = True  # mend what markdownlint names (vague link text, images without words)
    in_cell: bool = False  # inside a table cell, where | ends the cell


def inline(children: Sequence[Token], style: SpanStyle) -> str:
    """A paragraph's inline tokens as Markdown on one logical line; a hard line break is a newline."""
    return _Spans(style).write(children)


class _Spans:
    """Writes one run of inline tokens; a link's address is read from its opening token at the close."""

    def __init__(self, style: SpanStyle) -> None:
        self.style = style
        self.out: list[str] = []
        self.links: list[tuple[int, Token]] = []  # (where its text starts in out, the link_open token)

    def write(self, children: Sequence[Token]) -> str:
        for token in children:
            getattr(self, "_" + token.type, self._literal)(token)
        return "".join(self.out)

    def _text(self, token: Token) -> None:
        if self.links and self.links[-1][1].markup == "autolink":
            self.out.append(token.content)  # an autolink's text is its address, as written
            return
        extra = _IN_LINK if self.links else None
        if self.style.in_cell:
            extra = _IN_LINK_CELL if self.links else _IN_CELL
        self.out.append(_escaped(token.content, autolinks=not self.links, extra=extra))

    def _literal(self, token: Token) -> None:
        """Raw HTML and anything unforeseen: shown as the text it is.

        In the file an address inside it becomes an autolink (markdownlint MD034); in the preview
        it stays text, so a tag's ``style="url(…)"`` never turns into something to click.
        """
        extra = _IN_CELL if self.style.in_cell else None
        if self.links:
            extra = _IN_LINK_CELL if self.style.in_cell else _IN_LINK
        self.out.append(_escaped(token.content, autolinks=self.style.lint and not self.links, extra=extra))

    def _softbreak(self, _token: Token) -> None:
        self.out.append(" ")

    def _hardbreak(self, _token: Token) -> None:
        self.out.append("\n")

    def _code_inline(self, token: Token) -> None:
        code = token.content.strip(" ") or token.content  # spaces at its ends are invisible (MD038)
        if self.style.in_cell:
            code = code.replace("|", "\\|")  # a pipe ends a table cell even inside code (GFM)
        longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
        ticks = "`" * (longest + 1)
        edge = code[:1] == "`" or code[-1:] == "`" or (code[:1] == code[-1:] == " " and code.strip())
        pad = " " if edge else ""
        self.out.append((ticks + pad + code + pad + ticks).replace(" ", KEEP))

    def _em_open(self, _token: Token) -> None:
        self.out.append("*")

    def _em_close(self, _token: Token) -> None:
        self.out.append("*")

    def _strong_open(self, _token: Token) -> None:
        self.out.append("**")

    def _strong_close(self, _token: Token) -> None:
        self.out.append("**")

    def _link_open(self, token: Token) -> None:
        self.links.append((len(self.out), token))

    def _link_close(self, _token: Token) -> None:
        start, opening = self.links.pop()
        words = "".join(self.out[start:])
        del self.out[start:]
        if opening.markup == "autolink":
            self.out.append(f"<{words}>")
            return
        href = str(opening.attrGet("href") or "")
        target = _target(href, str(opening.attrGet("title") or ""))
        if not words.strip():
            words = _escape(href, _IN_LINK)  # an empty link text would be invisible (MD042)
        elif self.style.lint and unkeep(words).strip().casefold() in _VAGUE_LINK_TEXT:
            words += f" ({_escape(href, _IN_LINK)})"  # link text that says where it goes (MD059)
        self.out.append(f"[{words}]({target})")

    def _image(self, token: Token) -> None:
        alt = _Spans(self.style)
        alt.links.append((0, token))  # inside the brackets: ] is escaped, no autolinks
        words = alt.write(token.children or []).strip()
        if not words and self.style.lint:
            words = "image"  # an image needs words for those who cannot see it (MD045)
        self.out.append(f"![{words}]({_target(str(token.attrGet('src') or ''), str(token.attrGet('title') or ''))})")


def _target(href: str, title: str) -> str:
    """A link's destination and title, kept on one line."""
    if not href or _UNSAFE_IN_TARGET.search(href):
        href = "<" + href.replace("<", "%3C").replace(">", "%3E") + ">"
    if title:
        href += ' "' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return href.replace(" ", KEEP)


def guard_start(line: str) -> str:
    """Escape a line start that Markdown would read as a heading, list, quote, fence or rule."""
    if not line or line[0] not in _BLOCK_FIRST_CHARS:
        return line
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
    """Heading text without the trailing punctuation markdownlint rejects (MD026), and no closing #s."""
    text = text.rstrip(HEADING_PUNCTUATION + " \\")
    return _TRAILING_HASHES.sub(lambda m: "\\" + m.group(0), text) if "#" in text else text


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    """Break ``text`` at spaces so each line (with its prefix) fits ``width`` where it can.

    The first line gets the prefix ``first`` (a list marker, say) and every
    other line ``rest``; a line that would start a block of its own is escaped.
    """
    if len(first) + len(text) <= width:
        return [first + text]
    if len(first) == len(rest):
        # Every piece fits (or is one word longer than the line); only a guard can add a character.
        pieces = _line_pattern(width - len(first)).findall(text)
        if _BLOCK_FIRST_CHARS.isdisjoint([piece[0] for piece in pieces[1:]]):
            if not first:
                return pieces  # the usual case: a paragraph with nothing to guard
            return [first + pieces[0]] + [rest + piece for piece in pieces[1:]]
        lines = [first + pieces[0]] + [rest + guard_start(piece) for piece in pieces[1:]]
        if all(len(line) <= width or " " not in line for line in lines):
            return lines
    # Room for the backslash of a guard on every line.
    pieces = _greedy(text, width - len(first) - 1, width - len(rest) - 1)
    return [first + pieces[0]] + [rest + guard_start(piece) for piece in pieces[1:]]


def _greedy(text: str, first_room: int, room: int) -> list[str]:
    pieces: list[str] = []
    limit = first_room
    for word in text.split(" "):
        if not word:
            continue
        if pieces and len(pieces[-1]) + 1 + len(word) <= limit:
            pieces[-1] += " " + word
        else:
            if pieces:
                limit = room
            pieces.append(word)
    return pieces or [""]


@functools.cache
def _line_pattern(width: int) -> re.Pattern[str]:
    """Greedy runs of at most ``width`` characters that end at a word (or one long word)."""
    return re.compile(rf" *([^ ](?:.{{0,{max(width - 2, 0)}}}[^ ])?(?= |$)|[^ ]+)")
