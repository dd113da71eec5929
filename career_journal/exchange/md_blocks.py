"""The user's Markdown, re-laid in one house style: for the export, and for the preview.

A body is read by markdown-it (``md_read``) and written back in one style a
default markdownlint run accepts: ATX headings shifted below the item's own
heading (never above H6, never skipping a level, never repeating a heading
already in the file), ``-`` bullets indented by two, ordered lists numbered
1, 2, 3, fenced code with a language, ``---`` rules, a blank line around
every block, lines wrapped at 80 characters. Raw HTML is escaped, so it
shows as text and never runs.

Code keeps its text. Only a code line that markdownlint would call too long
(a space after column 80) is folded at a space, with ``↪`` starting the
folded part; tabs become spaces and trailing spaces go.

``preview_markdown`` writes the same blocks for python-markdown to render:
nothing wrapped, shifted or mended for the linter, lists nested by four
spaces as python-markdown wants, so the preview shows what a CommonMark
reader shows.

What it cannot mend, and markdownlint will name: a code block in which every
line starts with ``$`` (MD014) and a link to ``#somewhere`` that is no
heading of the file (MD051).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .md_inline import WIDTH, SpanStyle, clean_controls, guard_start, heading_text, inline, unkeep, wrap
from .md_read import Block, Code, Heading, ListBlock, Paragraph, Quote, Rule, Table, parse, walk

if TYPE_CHECKING:  # the type only: markdown-it loads with the first note to read (``md_read``)
    from markdown_it.token import Token

FOLD = "↪ "
# A note none of whose characters Markdown reads (most notes) needs only wrapping: no such character,
# and no line that starts a list with a number or indented code, or ends in a hard break.
_MARKDOWN_CHARS = "\\`*_[]<>&|~#=+@:\t-"  # each looked for with `in`, a scan in C far quicker than a regex
_LINE_STARTS = re.compile(r"^(?: {4}| {0,3}\d+[.)])| {2}$", re.MULTILINE)
_EMPHASIS_PUNCTUATION = ".,;:!?。，；：！？"
_NO_WIDTH = 1_000_000
EXPORT_SPANS = SpanStyle()


class Headings:
    """Every heading text already in the file (markdownlint MD024 wants each one once)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._next_number: dict[str, int] = {}
        self.claims = 0  # headings taken so far: a body that took none reads the same anywhere in the file

    def unique(self, text: str, context: str = "", room: int = WIDTH) -> str:
        """``text``, or ``text`` with the context (then a number) added when it is taken."""
        if text not in self._seen:  # (``_claim`` written out: nearly every heading is new, 100,000 in a big export)
            self._seen.add(text)
            self.claims += 1
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
        # The texts themselves, not digests: a 100,000-entry export holds a few megabytes of them, and
        # hashing each one cost more than the rest of its heading.
        if text in self._seen:
            return False
        self._seen.add(text)
        self.claims += 1
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


def heading_line(level: int, text: str, headings: Headings, context: str = "") -> list[str]:
    """An ATX heading that fits the line; a heading too long for it goes on in the next paragraph.

    ``text`` is Markdown already; the blocks come back as lines with a blank line between them.
    """
    room = WIDTH - level - 1
    full = heading_text(" ".join(text.split())) or "Untitled"
    if len(full) <= room:  # (most headings: nothing to shorten)
        return ["#" * level + " " + headings.unique(full, context, room)]
    shown = shorten(full, room)
    unique = headings.unique(shown, context, room)
    lines = ["#" * level + " " + unique]
    if shown != full:
        rest = full[len(shown) - 1 :].lstrip()  # the words the heading had no room for
        lines += ["", *wrap("…" + rest)]
    return lines


@dataclass(slots=True)
class Layout:
    """Where a body sits: below a heading of ``level``, in ``width`` columns, and how it is written."""

    level: int
    headings: Headings | None  # None: a preview, where headings are neither shifted nor numbered
    context: str = ""
    width: int = WIDTH
    last_level: int = 0
    shift: int = 0
    top: bool = True
    spans: SpanStyle = EXPORT_SPANS
    indent: int = 0  # how far list content is indented; 0: as far as the marker and its space

    @property
    def lint(self) -> bool:
        return self.spans.lint


def render(text: str, *, level: int, headings: Headings, context: str = "", width: int = WIDTH) -> list[str]:
    """The user's Markdown ``text`` as blocks of lines (joined by blank lines) for below a level-``level`` heading."""
    if not text.strip():
        return []
    text = clean_controls(text)
    if not any(map(text.__contains__, _MARKDOWN_CHARS)) and ("\n" not in text or not _LINE_STARTS.search(text)):
        # Nothing but words in paragraphs (most notes): no need to read them into blocks.
        if "\n" not in text and text[:1] not in "0123456789 ":
            return [_wrapped(text.strip(), width)]  # one paragraph on one line
        return [_wrapped(" ".join(rows), width) for rows in _paragraphs(text)]
    if "\t" in text:
        text = text.expandtabs(4)
    blocks = parse(text)
    levels = [b.level for b in walk(blocks) if isinstance(b, Heading)]
    layout = Layout(level, headings, context, width, last_level=level, shift=level + 1 - min(levels, default=1))
    return _emit(blocks, layout)


def preview_markdown(text: str) -> str:
    """``text`` written for the preview: the blocks a CommonMark reader sees, in a form python-markdown agrees on."""
    text = clean_controls(text)
    if "\t" in text:
        text = text.expandtabs(4)
    layout = Layout(0, None, width=_NO_WIDTH, spans=SpanStyle(lint=False), indent=4)
    return "\n\n".join(_emit(parse(text), layout))


def _paragraphs(text: str) -> Iterator[list[str]]:
    rows: list[str] = []
    for line in text.splitlines():
        if line.strip():
            rows.append(line.strip())
        elif rows:
            yield rows
            rows = []
    if rows:
        yield rows


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
        return _emit_heading(block.level + layout.shift, inline(block.children, layout.spans), layout)
    if isinstance(block, Code):
        if layout.headings is None and not layout.top:
            # python-markdown sees fences only at the left margin: code in a list or quote is indented.
            return ["\n".join("    " + line.rstrip() if line.strip() else "" for line in block.lines or [" "])]
        return [_emit_code(block, layout.width)]
    if isinstance(block, Rule):
        return ["---"]
    if isinstance(block, Table):
        return [_emit_table(block, layout)]
    if isinstance(block, Quote):
        return [_emit_quote(block, layout)]
    return [_emit_list(block, layout)]


def _emit_heading(wanted: int, text: str, layout: Layout) -> list[str]:
    text = text.replace("\n", " ")
    if layout.headings is None:
        return ["#" * max(1, min(wanted, 6)) + " " + unkeep(" ".join(text.split()))]
    level = max(layout.level + 1, min(wanted, layout.last_level + 1, 6))
    if level > 6:
        return [_wrapped(text, layout.width)]
    layout.last_level = level
    lines = [unkeep(line) for line in heading_line(level, text, layout.headings, layout.context)]
    return ["\n".join(lines[:1]), *(["\n".join(lines[2:])] if len(lines) > 1 else [])]


def _emit_paragraph(block: Paragraph, layout: Layout) -> list[str]:
    children = block.children
    alone = _emphasis_alone(children)
    if alone is not None and layout.lint:
        # Emphasis standing alone is a heading in disguise (markdownlint MD036).
        if layout.top:
            return _emit_heading(layout.last_level + 1, inline(alone, layout.spans), layout)
        children = alone
    return [_wrapped(inline(children, layout.spans), layout.width)]


def _emphasis_alone(children: list[Token]) -> list[Token] | None:
    """The words of a paragraph that is nothing but one emphasised phrase not ending in punctuation."""
    children = [child for child in children if child.type != "text" or child.content]
    if len(children) < 3 or children[0].type not in ("em_open", "strong_open"):
        return None
    closing = children[0].type.replace("_open", "_close")
    if children[-1].type != closing or any(c.type in ("softbreak", "hardbreak") for c in children):
        return None
    inner = children[1:-1]
    depth = 0
    for child in inner:
        depth += child.type.endswith("_open") - child.type.endswith("_close")
        if depth < 0:
            return None  # the first emphasis closes before the end: not one phrase
    words = "".join(c.content for c in inner).rstrip()
    return inner if words and words[-1] not in _EMPHASIS_PUNCTUATION else None


def _wrapped(text: str, width: int) -> str:
    """One paragraph's Markdown, wrapped; a hard line break stays one (written ``\\``, never trailing spaces)."""
    segments = text.split("\n")
    out: list[str] = []
    for number, segment in enumerate(segments):
        lines = wrap(guard_start(segment.strip()), width)
        if number < len(segments) - 1:
            lines[-1] += "\\"
        out.extend(lines)
    return unkeep("\n".join(out))


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


def _emit_table(block: Table, layout: Layout) -> str:
    cell_style = replace(layout.spans, in_cell=True)
    rows = [[unkeep(inline(cell, cell_style)).replace("\n", " ").strip() for cell in row] for row in block.rows]
    rule = [{"left": ":--", "center": ":-:", "right": "--:"}.get(align, "---") for align in block.aligns]
    lines = ["| " + " | ".join(row) + " |" for row in (rows[0], rule, *rows[1:])]
    if all(len(line) <= layout.width for line in lines):
        return "\n".join(lines)
    # Too wide to keep as a table under the line limit: one list item per row.
    header = rows[0]
    items = []
    for row in rows[1:]:
        pairs = [f"{name}: {cell}" if name else cell for name, cell in zip(header, row, strict=False) if cell]
        items += wrap(guard_start("; ".join(pairs)) or "(empty row)", layout.width, "- ", "  ")
    return "\n".join(items or wrap(guard_start("; ".join(header)), layout.width, "- ", "  "))


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
        pad = " " * max(len(marker) + 1, layout.indent)
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
    return replace(layout, width=max(width, 20), top=False)
