"""Reading the user's Markdown into blocks: a small reader shaped after CommonMark.

It knows paragraphs, ATX and setext headings, fenced and indented code,
block quotes, bullet and ordered lists (nested), GFM tables and rules; raw
HTML is read as paragraph text. Where CommonMark would take a corner case
differently (an ordered list starting at 7 right after a paragraph, say) this
reader takes the reading a person most likely meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .md_inline import heading_text

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r" {0,3}> ?")
# After the marker: nothing (an empty item), one to four spaces, or one space before indented code.
_ITEM = re.compile(r"( {0,3})([-+*]|\d{1,9}[.)])(?:[ \t]*$| {1,4}(?! )| )")
_TABLE_RULE = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
# A line matching none of these is paragraph text for sure (the fast path for plain notes).
MAYBE_BLOCK = re.compile(r" {0,3}(?:[#>*+=_~`-]|\d{1,9}[.)])| {4}")
_LINE = re.compile(
    r"(?P<indented> {4})"
    r"| {0,3}(?:(?P<fence>`{3,}|~{3,})"
    r"|(?P<atx>#{1,6})(?=[ \t]|$)"
    r"|(?P<rule>[-*_])(?:[ \t]*(?P=rule)){2,}[ \t]*$"
    r"|(?P<quote>>)"
    r"|(?P<item>[-+*]|\d{1,9}[.)])(?=[ \t]|$))"
)
_INTERRUPTING = frozenset({"fence", "atx", "rule", "quote", "item"})
_DEFINITION = re.compile(r" {0,3}\[([^\[\]]+)\]:[ \t]*(<[^<>]*>|\S+)(?:[ \t]+(\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$")
_REFERENCE = re.compile(r"\[([^\[\]]+)\](?:\[([^\[\]]*)\]|(?![\[(:]))")


@dataclass(slots=True)
class Paragraph:
    lines: list[str]


@dataclass(slots=True)
class Heading:
    level: int
    text: str


@dataclass(slots=True)
class Code:
    info: str
    lines: list[str]


@dataclass(slots=True)
class Rule:
    pass


@dataclass(slots=True)
class Table:
    lines: list[str]


@dataclass(slots=True)
class Quote:
    children: list[Block]


@dataclass(slots=True)
class ListBlock:
    ordered: bool
    items: list[list[Block]]
    loose: bool


Block = Paragraph | Heading | Code | Rule | Table | Quote | ListBlock


def resolve_references(lines: list[str]) -> list[str]:
    """Reference links written out as inline links, their definitions removed.

    A definition belongs to the whole file once bodies are put together: two
    notes that both define [1] would share the first one's link, and one never
    used would trip the linter (MD053). Single-line definitions only.
    """
    if not any("]:" in line for line in lines):
        return lines
    targets: dict[str, str] = {}
    kept: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        # A definition starts where a paragraph could: not inside one.
        after_text = bool(kept) and bool(kept[-1].strip()) and _kind(kept[-1]) not in ("atx", "rule", "fence")
        found = None if fenced or after_text else _DEFINITION.match(line)
        if found:
            title = f" {found.group(3)}" if found.group(3) else ""
            targets.setdefault(_label(found.group(1)), f"{found.group(2)}{title}")
        else:
            kept.append(line)
    if not targets:
        return lines

    def link(match: re.Match[str]) -> str:
        text, label = match.group(1), match.group(2)
        target = targets.get(_label(label or text))
        return match.group(0) if target is None else f"[{text}]({target})"

    fenced = False
    out = []
    for line in kept:
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else _REFERENCE.sub(link, line))
    return out


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if lines[index].strip():
            index = _block(lines, index, blocks)
        else:
            index += 1
    return _tidy(blocks)


def _tidy(blocks: list[Block]) -> list[Block]:
    """Without empty headings, quotes and list items; neighbours that would run together, merged.

    Two lists of one kind, or two quotes, with only an empty block between
    them are one list or one quote to a renderer, so they become one here.
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
            previous.loose = True
        else:
            tidy.append(block)
    return tidy


def _kind(line: str) -> str | None:
    """What block ``line`` would start: one regex call, as this runs for every line."""
    match = _LINE.match(line)
    return match.lastgroup if match else None


def _block(lines: list[str], index: int, blocks: list[Block]) -> int:
    line = lines[index]
    kind = _kind(line)
    if kind == "indented":
        end = index
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith("    ")):
            end += 1
        while not lines[end - 1].strip():
            end -= 1
        blocks.append(Code("", [row[4:] for row in lines[index:end]]))
        return end
    if kind == "fence":
        return _fenced(lines, index, blocks)
    if kind == "atx":
        atx = _ATX.match(line)
        assert atx is not None
        blocks.append(Heading(len(atx.group(1)), (atx.group(2) or "").strip()))
        return index + 1
    if kind == "rule":
        blocks.append(Rule())
        return index + 1
    if kind == "quote":
        return _quote(lines, index, blocks)
    if kind == "item":
        return _list(lines, index, blocks)
    if _starts_table(lines, index):
        end = index + 2
        while end < len(lines) and lines[end].strip() and "|" in lines[end]:
            end += 1
        blocks.append(Table([row.strip() for row in lines[index:end]]))
        return end
    return _paragraph(lines, index, blocks)


def _starts_table(lines: list[str], index: int) -> bool:
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and "|" in lines[index + 1]
        and _TABLE_RULE.match(lines[index + 1]) is not None
    )


def _paragraph(lines: list[str], index: int, blocks: list[Block]) -> int:
    end = index + 1
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            break
        if _SETEXT.match(line):
            text = " ".join(row.strip() for row in lines[index:end])
            blocks.append(Heading(1 if line.strip()[0] == "=" else 2, text))
            return end + 1
        if _interrupts(line) or _starts_table(lines, end):
            break
        end += 1
    blocks.append(Paragraph(lines[index:end]))
    return end


def _interrupts(line: str) -> bool:
    """Whether ``line`` starts a new block even right after paragraph text."""
    return _kind(line) in _INTERRUPTING


def _fenced(lines: list[str], index: int, blocks: list[Block]) -> int:
    fence = _FENCE.match(lines[index])
    assert fence is not None
    indent, marker, info = len(fence.group(1)), fence.group(2), fence.group(3)
    closing = re.compile(rf" {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
    end = index + 1
    while end < len(lines) and not closing.match(lines[end]):
        end += 1
    body = [_dedent(row, indent) for row in lines[index + 1 : end]]
    words = info.replace("`", "").split()
    blocks.append(Code(words[0] if words else "", body))
    return end + 1


def _quote(lines: list[str], index: int, blocks: list[Block]) -> int:
    inner: list[str] = []
    end = index
    while end < len(lines):
        line = lines[end]
        marker = _QUOTE.match(line)
        if marker:
            inner.append(line[marker.end() :])
        elif line.strip() and inner and inner[-1].strip() and not _interrupts(line):
            inner.append(_lazy(line))  # a lazy continuation of the quoted paragraph
        elif not line.strip() and _next_text_is_quote(lines, end):
            inner.append("")  # two quotes a blank line apart read as one (markdownlint MD028)
        else:
            break
        end += 1
    blocks.append(Quote(parse(resolve_references(inner))))
    return end


def _is_empty(block: Block) -> bool:
    if isinstance(block, Heading):
        return not heading_text(block.text)
    if isinstance(block, Quote):
        return not block.children
    if isinstance(block, ListBlock):
        return not block.items
    return False


def _lazy(line: str) -> str:
    """A lazy continuation line is paragraph text, even one that looks like a setext underline."""
    text = line.strip()
    return "\\" + text if _SETEXT.match(text) else text


def _next_text_is_quote(lines: list[str], index: int) -> bool:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and _QUOTE.match(lines[index]) is not None


def _list(lines: list[str], index: int, blocks: list[Block]) -> int:
    ordered = lines[index].lstrip()[0].isdigit()
    items: list[list[Block]] = []
    loose = False
    end = index
    while end < len(lines) and _same_list(lines[end], ordered):
        line = lines[end]
        item = _ITEM.match(line)
        assert item is not None  # _same_list saw a marker followed by a space or the end of the line
        if item.end() < len(line):
            content, body = item.end(), [line[item.end() :]]
        else:
            content, body = len(item.group(1)) + len(item.group(2)) + 1, [""]
        end += 1
        while end < len(lines):
            line = lines[end]
            if not line.strip():
                body.append("")
            elif _indent(line) >= content:
                body.append(line[content:])
            elif body[-1].strip() and not _interrupts(line):
                body.append(_lazy(line))  # a lazy continuation of the item's paragraph
            else:
                break
            end += 1
        items.append(parse(resolve_references(body)))
        sibling = end < len(lines) and _same_list(lines[end], ordered)
        gap_after = len(body) > 1 and not body[-1].strip()
        loose = loose or any(not row.strip() for row in _strip_blank_ends(body)) or (sibling and gap_after)
    blocks.append(ListBlock(ordered, items, loose))
    return end


def _same_list(line: str, ordered: bool) -> bool:
    return _kind(line) == "item" and line.lstrip()[0].isdigit() == ordered


def _strip_blank_ends(rows: list[str]) -> list[str]:
    start, end = 0, len(rows)
    while start < end and not rows[start].strip():
        start += 1
    while end > start and not rows[end - 1].strip():
        end -= 1
    return rows[start:end]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _dedent(line: str, amount: int) -> str:
    return line[min(amount, _indent(line)) :]


def walk(blocks: list[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Quote):
            yield from walk(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from walk(item)
