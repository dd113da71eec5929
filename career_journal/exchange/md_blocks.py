"""The user's Markdown, re-laid so it sits safely inside the export.

A body is read into blocks (paragraphs, headings, code, quotes, lists, tables,
rules) by a small CommonMark-shaped reader, then written back in one house
style that a default markdownlint run accepts: ATX headings shifted below the
item's own heading (never above H6, never skipping a level, never repeating a
heading already in the file), ``-`` bullets indented by two, ordered lists
numbered 1, 2, 3, fenced code with a language, ``---`` rules, lines wrapped
at 80 characters. Raw HTML is escaped, so it shows as text and never runs.

Code keeps its text. Only a code line that markdownlint would call too long
(a space after column 80) is folded at a space, with ``↪`` starting the
folded part; tabs become spaces and trailing spaces go.

What it cannot mend, and markdownlint will name: a code block in which every
line starts with ``$`` (MD014), a link to ``#somewhere`` that is no heading of
the file (MD051), and a code span broken across lines.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .md_inline import WIDTH, clean_controls, guard_start, heading_text, inline, wrap
from .md_read import (
    MAYBE_BLOCK,
    Block,
    Code,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    parse,
    resolve_references,
    walk,
)

FOLD = "↪ "
_EMPHASIS_ONLY = re.compile(r"(\*\*|__|\*|_)(?=\S)([^*_]+?)(?<=\S)\1")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_EMPHASIS_PUNCTUATION = ".,;:!?。，；：！？"


class Headings:
    """Every heading text already in the file (markdownlint MD024 wants each one once).

    Kept as short digests so a 100,000-entry export does not hold every title.
    """

    def __init__(self) -> None:
        self._seen: set[bytes] = set()
        self._next_number: dict[str, int] = {}

    def unique(self, text: str, context: str = "", room: int = WIDTH) -> str:
        """``text``, or ``text`` with the context (then a number) added when it is taken."""
        if self._claim(text):
            return text
        base = f"{text}\0{context}"
        # Remember where counting stopped, so a heading repeated a thousand times stays cheap.
        number = self._next_number.get(base, 1)
        while True:
            suffix = _suffix(context, number)
            candidate = shorten(text, room - len(suffix)) + suffix
            number += 1
            if self._claim(candidate):
                self._next_number[base] = number
                return candidate

    def _claim(self, text: str) -> bool:
        key = hashlib.blake2b(text.encode(), digest_size=8).digest()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def _suffix(context: str, number: int) -> str:
    """' (2026-11-14)', ' (2026-11-14, 2)'…, or ' (2)', ' (3)'… without a context."""
    if not context:
        return f" ({number + 1})"
    return f" ({context})" if number == 1 else f" ({context}, {number})"


def shorten(text: str, room: int) -> str:
    """``text`` cut at a word to fit ``room`` characters, with an ellipsis when cut."""
    if len(text) <= room:
        return text
    cut = text[: max(room - 1, 1)]
    if " " in cut.strip():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" \\") + "…"


@dataclass(slots=True)
class Layout:
    """Where a body sits: below a heading of ``level``, in ``width`` columns."""

    level: int
    headings: Headings
    context: str = ""
    width: int = WIDTH
    last_level: int = 0
    shift: int = 0
    top: bool = True


def heading_line(level: int, text: str, headings: Headings, context: str = "") -> list[str]:
    """An ATX heading that fits the line; a cut heading is followed by its full text."""
    room = WIDTH - level - 1
    full = heading_text(text) or "Untitled"
    shown = shorten(full, room)
    unique = headings.unique(shown, context, room)
    lines = ["#" * level + " " + unique]
    if shown != full:
        lines += ["", *wrap(guard_start(full))]
    return lines


def render(text: str, *, level: int, headings: Headings, context: str = "", width: int = WIDTH) -> list[str]:
    """The user's Markdown ``text`` as blocks of lines (joined by blank lines) for below a level-``level`` heading."""
    if not text.strip():
        return []
    text = clean_controls(text)
    lines = (text.expandtabs(4) if "\t" in text else text).splitlines()
    if "]:" in text:
        lines = resolve_references(lines)
    if "|" not in text and not any(map(MAYBE_BLOCK.match, lines)):
        # Nothing but paragraphs (most notes): skip reading them into blocks.
        return [_lines(rows, width) for rows in _split_on_blank(lines)]
    blocks = parse(lines)
    levels = [b.level for b in walk(blocks) if isinstance(b, Heading)]
    layout = Layout(level, headings, context, width, last_level=level, shift=level + 1 - min(levels, default=1))
    return _emit(blocks, layout)


# -- writing ---------------------------------------------------------------------
def _emit(blocks: list[Block], layout: Layout) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out.extend(_emit_one(block, layout))
    return out


def _emit_one(block: Block, layout: Layout) -> list[str]:
    if isinstance(block, Paragraph):
        return _emit_paragraph(block, layout)
    if isinstance(block, Heading):
        return _emit_heading(block.level + layout.shift, block.text, layout)
    if isinstance(block, Code):
        return [_emit_code(block, layout.width)]
    if isinstance(block, Rule):
        return ["---"]
    if isinstance(block, Table):
        return [_emit_table(block, layout.width)]
    if isinstance(block, Quote):
        return [_emit_quote(block, layout)]
    return [_emit_list(block, layout)]


def _emit_heading(wanted: int, text: str, layout: Layout) -> list[str]:
    level = max(layout.level + 1, min(wanted, layout.last_level + 1, 6))
    if level > 6:
        return ["\n".join(wrap(guard_start(inline(text)), layout.width))]
    layout.last_level = level
    lines = heading_line(level, inline(" ".join(text.split())), layout.headings, layout.context)
    return ["\n".join(lines[:1]), *(["\n".join(lines[2:])] if len(lines) > 1 else [])]


def _emit_paragraph(block: Paragraph, layout: Layout) -> list[str]:
    rows = block.lines
    if len(rows) == 1:
        alone = _EMPHASIS_ONLY.fullmatch(rows[0].strip())
        if alone and alone.group(2)[-1] not in _EMPHASIS_PUNCTUATION:
            # Emphasis standing alone is a heading in disguise (markdownlint MD036).
            if layout.top:
                return _emit_heading(layout.last_level + 1, alone.group(2), layout)
            rows = [alone.group(2)]
    return [_lines(rows, layout.width)]


def _lines(rows: list[str], width: int) -> str:
    """A paragraph's lines, cleaned and wrapped."""
    out: list[str] = []
    last = len(rows) - 1
    for number, raw in enumerate(rows):
        text = guard_start(inline(raw.strip()))
        pieces = wrap(text, width)
        if number < last and raw.endswith("  ") and not text.endswith("\\"):
            pieces[-1] += "\\"  # keep the hard line break without trailing spaces (MD009)
        out.extend(pieces)
    return "\n".join(out)


def _split_on_blank(lines: list[str]) -> Iterator[list[str]]:
    rows: list[str] = []
    for line in lines:
        if line.strip():
            rows.append(line)
        elif rows:
            yield rows
            rows = []
    if rows:
        yield rows


def _emit_code(block: Code, width: int) -> str:
    longest = max((len(m.group(0)) for row in block.lines if (m := re.match(r" *(`+)", row))), default=0)
    fence = "`" * max(3, longest + 1)
    body = [folded for row in block.lines for folded in _fold(row.rstrip(), width)]
    language = re.sub(r"[^\w+#.-]", "", block.info) or "text"
    return "\n".join([fence + language, *body, fence])


def _fold(row: str, width: int) -> list[str]:
    pieces = []
    floor = len(row) - len(row.lstrip(" "))
    while len(row) > width and " " in row[width:]:
        cut = row.rfind(" ", floor + 1, width)
        if cut == -1:
            cut = row.find(" ", width)
        pieces.append(row[:cut].rstrip())
        row = FOLD + row[cut:].lstrip()
        floor = len(FOLD)
    pieces.append(row)
    return pieces


def _emit_table(block: Table, width: int) -> str:
    rows = [inline(row) for row in block.lines]
    if all(len(row) <= width for row in rows):
        return "\n".join(rows)
    # Too wide to keep as a table under the line limit: one list item per row.
    header = _cells(rows[0])
    lines = []
    for row in rows[2:]:
        pairs = [f"{name}: {cell}" if name else cell for name, cell in zip(header, _cells(row), strict=False) if cell]
        lines += wrap(guard_start("; ".join(pairs)) or "(empty row)", width, "- ", "  ")
    return "\n".join(lines or wrap(guard_start("; ".join(header)), width, "- ", "  "))


def _cells(row: str) -> list[str]:
    cells = [cell.strip() for cell in _CELL_SPLIT.split(row.strip())]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _emit_quote(block: Quote, layout: Layout) -> str:
    inner = _child_layout(layout, layout.width - 2)
    parts = _emit(block.children, inner)
    layout.last_level = inner.last_level
    return "\n".join(f"> {row}" if row else ">" for row in "\n\n".join(parts).split("\n"))


def _emit_list(block: ListBlock, layout: Layout) -> str:
    items: list[str] = []
    loose = block.loose
    for children in block.items:
        marker = f"{len(items) + 1}." if block.ordered else "-"
        pad = " " * (len(marker) + 1)
        inner = _child_layout(layout, layout.width - len(pad))
        parts = _emit(children, inner)
        layout.last_level = inner.last_level
        # Code, headings, quotes and tables need blank lines around them, which makes the list loose.
        loose = loose or any(not isinstance(child, Paragraph | ListBlock) for child in children)
        rows = ("\n\n" if loose else "\n").join(parts).split("\n")
        if isinstance(children[0], Code):
            rows.insert(0, "")  # a fence on the marker's line lacks the blank line before it (MD031)
        lines = [f"{marker} {rows[0]}".rstrip()] + [pad + row if row else "" for row in rows[1:]]
        items.append("\n".join(lines))
    # A blank line inside an item (a fence in a nested item, say) needs blank lines between items too (MD031).
    loose = loose or any("\n\n" in item for item in items)
    return ("\n\n" if loose else "\n").join(items)


def _child_layout(layout: Layout, width: int) -> Layout:
    return Layout(
        layout.level, layout.headings, layout.context, max(width, 20), layout.last_level, layout.shift, top=False
    )
