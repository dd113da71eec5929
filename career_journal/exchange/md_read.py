"""Reading the user's Markdown: markdown-it-py's CommonMark token stream, gathered into blocks.

The one reader of Markdown in the app. markdown-it reads a note exactly as a
CommonMark tool will show it to a coach (GFM tables included); this module
only gathers its block tokens into a small tree the writer (``md_blocks``)
walks. Paragraphs and headings keep their inline tokens, so the writer knows
what is code, a link or emphasis without guessing. Reference links arrive
resolved, their definitions gone. Raw HTML is kept as paragraph text, to be
shown, never run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it itself loads with the first note to read: an export of kept texts reads none
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Deeper than this, markdown-it stops reading and drops the rest: such a note is kept whole as code.
MAX_NESTING = 40
# Reading link brackets and emphasis marks costs more than linear time in markdown-it and python-markdown
# alike (20,000 nested brackets: seconds). A note with more than these is kept whole as code, as typed.
MAX_BRACKETS = 2_000
MAX_MARKS = 10_000


@dataclass(slots=True)
class Paragraph:
    children: list[Token]


@dataclass(slots=True)
class Heading:
    level: int
    children: list[Token]


@dataclass(slots=True)
class Code:
    info: str
    lines: list[str]


@dataclass(slots=True)
class Rule:
    pass


@dataclass(slots=True)
class Table:
    aligns: list[str]  # "", "left", "center" or "right" for each column
    rows: list[list[list[Token]]]  # the header row first; each cell its inline tokens


@dataclass(slots=True)
class Quote:
    children: list[Block]


@dataclass(slots=True)
class ListBlock:
    ordered: bool
    items: list[list[Block]]
    loose: bool


@dataclass(slots=True)
class _Open:
    """A container being read: what it is, and the blocks read into it so far."""

    kind: str
    token: Token
    blocks: list[Block] = field(default_factory=list)
    items: list[list[Block]] = field(default_factory=list)
    loose: bool = False  # a list: markdown-it hides the paragraphs of a tight one


Block = Paragraph | Heading | Code | Rule | Table | Quote | ListBlock

_local = threading.local()


def _parser() -> MarkdownIt:
    """One parser per thread (exports and previews run on workers)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
        _local.parser = parser
    return parser


def too_tangled(text: str) -> bool:
    """Whether ``text`` has more brackets or marks than can be read in good time (see ``MAX_BRACKETS``)."""
    if len(text) < MAX_BRACKETS:
        return False
    return text.count("[") > MAX_BRACKETS or sum(map(text.count, "*_`<\\")) > MAX_MARKS


def parse(text: str) -> list[Block]:
    """The blocks of ``text`` as a CommonMark reader sees them."""
    if too_tangled(text):
        return [Code("text", text.splitlines())]
    tokens = _parser().parse(text)
    if any(token.level >= MAX_NESTING - 2 for token in tokens):
        return [Code("text", text.splitlines())]  # nested too deeply to read: nothing may be dropped
    return _tidy(_gather(tokens))


def _gather(tokens: Sequence[Token]) -> list[Block]:
    from markdown_it.token import Token

    stack = [_Open("root", Token("root", "", 0))]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        top = stack[-1]
        if kind in ("blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"):
            stack.append(_Open(kind, token))
        elif kind == "list_item_close":
            item = stack.pop()
            stack[-1].items.append(item.blocks)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            opened = stack.pop()
            stack[-1].blocks.append(ListBlock(kind == "ordered_list_close", opened.items, opened.loose))
        elif kind == "blockquote_close":
            stack.pop()
            stack[-1].blocks.append(Quote(_tidy(top.blocks)))
        elif kind == "paragraph_open":
            if top.kind == "list_item_open" and not token.hidden:
                stack[-2].loose = True
            top.blocks.append(Paragraph(tokens[index + 1].children or []))
            index += 2
        elif kind == "heading_open":
            top.blocks.append(Heading(int(token.tag[1]), tokens[index + 1].children or []))
            index += 2
        elif kind in ("fence", "code_block"):
            words = token.info.replace("`", "").split()
            top.blocks.append(Code(words[0] if words else "", token.content.splitlines()))
        elif kind == "hr":
            top.blocks.append(Rule())
        elif kind == "html_block":
            top.blocks.append(Paragraph([_html_token(line) for line in _with_breaks(token.content)]))
        elif kind == "table_open":
            index = _table(tokens, index, top.blocks)
        index += 1
    return stack[0].blocks


def _with_breaks(text: str) -> Iterator[str]:
    lines = text.rstrip("\n").split("\n")
    for number, line in enumerate(lines):
        yield line + (" " if number < len(lines) - 1 else "")


def _html_token(content: str) -> Token:
    from markdown_it.token import Token

    token = Token("html_inline", "", 0)
    token.content = content
    return token


def _table(tokens: Sequence[Token], index: int, blocks: list[Block]) -> int:
    aligns: list[str] = []
    rows: list[list[list[Token]]] = []
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            style = str(token.attrGet("style") or "")
            if token.type == "th_open":
                aligns.append(style.removeprefix("text-align:"))
            rows[-1].append(tokens[index + 1].children or [])
        index += 1
    blocks.append(Table(aligns, rows))
    return index


def _tidy(blocks: list[Block]) -> list[Block]:
    """Without empty headings, quotes and list items; neighbours that would run together, merged.

    Written in one house style, two lists of one kind (``*`` then ``+``) with
    only a blank line between them are one list to a renderer, so they become
    one here.
    """
    tidy: list[Block] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            block.items = [item for item in block.items if item]
        if _is_empty(block):
            continue
        previous = tidy[-1] if tidy else None
        if isinstance(block, Quote) and isinstance(previous, Quote):
            previous.children = _tidy(previous.children + block.children)
        elif isinstance(block, ListBlock) and isinstance(previous, ListBlock) and previous.ordered == block.ordered:
            previous.items += block.items
            previous.loose = previous.loose or block.loose
        else:
            tidy.append(block)
    return tidy


def _is_empty(block: Block) -> bool:
    if isinstance(block, Heading):
        return not any(child.content.strip() or child.type == "image" for child in block.children)
    if isinstance(block, Paragraph):
        return not block.children
    if isinstance(block, Quote):
        return not block.children
    if isinstance(block, ListBlock):
        return not block.items
    return False


def walk(blocks: list[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Quote):
            yield from walk(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from walk(item)
