"""How the command line prints: aligned plain text for people, --json for programs."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Any

import click

from ..domain.queries import MATCH_END, MATCH_START

if TYPE_CHECKING:  # types only: the contacts matcher is imported by the command that uses it
    from ..domain.contacts import ContactPlan, Match

# Our own styling (click.style) is SGR: ESC [ digits m. Any other escape sequence, and every other
# control character, in text a person stored would reach their terminal: set its title, write to
# the clipboard (OSC 52), clear the screen. They are printed visibly instead.
_SGR = re.compile(r"\x1b\[[0-9;]*m")
# Bytes that were not UTF-8 (in a file name, say) reach Python as lone surrogates, which no
# terminal can be sent: they are shown as the byte they stand for.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), newlines and tabs kept."""
    return _CONTROL.sub(lambda m: _escape(m.group()), text)


def _visible_keeping_style(text: str) -> str:
    parts, last = [], 0
    for match in _SGR.finditer(text):
        parts.append(visible(text[last : match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append(visible(text[last:]))
    return "".join(parts)


def say(message: object = "", *, nl: bool = True, err: bool = False) -> None:
    """click.echo for everything the command line prints: stored text cannot drive the terminal."""
    click.echo(_visible_keeping_style(str(message)), nl=nl, err=err)


def plain(value: Any) -> Any:
    """Domain objects as JSON-ready values: dates in ISO form, enums as their tokens."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for prop in ("display_title", "progress"):
            if hasattr(type(value), prop):
                result[prop] = plain(getattr(value, prop))
        return result
    if isinstance(value, IntEnum):
        return getattr(value, "token", value.name.lower())
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def echo_json(value: Any) -> None:
    say(json.dumps(plain(value), ensure_ascii=False, indent=2))  # json escapes control characters itself


def table(rows: list[list[str]]) -> None:
    """Print rows with every column but the last padded to its widest cell."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        say("  ".join(cells).rstrip())


def highlight(snippet: str) -> str:
    """Bold the matched words; click strips the styling when the output is not a terminal."""
    text, spans = matched_spans(snippet)
    parts, last = [], 0
    for start, end in spans:
        parts += [visible(text[last:start]), click.style(visible(text[start:end]), bold=True, fg="yellow")]
        last = end
    parts.append(visible(text[last:]))
    return "".join(parts)


def matched_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A search snippet as plain text and the [start, end) character offsets of its matched words."""
    text, spans = [], []
    length = 0
    rest = snippet
    while MATCH_START in rest:
        before, _, after = rest.partition(MATCH_START)
        matched, _, rest = after.partition(MATCH_END)
        text.extend((before, matched))
        length += len(before)
        spans.append((length, length + len(matched)))
        length += len(matched)
    text.append(rest.replace(MATCH_END, ""))
    return "".join(text), spans


def shorten(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def print_plan(plan: ContactPlan, *, only_skipped: bool = False) -> None:
    """A contacts import's plan, one line per person, grouped: new, merge, already there, not imported."""
    groups: list[tuple[str, list[tuple[int, str]]]] = []
    if not only_skipped:
        groups += [
            ("New", [(n.contact.line, _who(n.person.name, n.person.role, n.person.org)) for n in plan.new]),
            ("Will merge", [(m.contact.line, f"{_into(m)}. {m.describe()}") for m in plan.merges]),
            ("Already in the journal", [(m.contact.line, _into(m)) for m in plan.unchanged]),
        ]
    groups.append(("Not imported", [(s.line, f"{s.name}: {s.reason}" if s.name else s.reason) for s in plan.skipped]))
    for title, rows in groups:
        if rows:
            say(f"{title} ({len(rows):,}):")
            table([["", f"line {line}", text] for line, text in rows])


def _who(name: str, role: str, org: str) -> str:
    details = ", ".join(part for part in (role, org) if part)
    return f"{name} ({details})" if details else name


def _into(match: Match) -> str:
    """'Asa Oberg → #3 Åsa Öberg'; just the name when both are spelt the same."""
    person = match.person
    if match.contact.name == person.name:
        return f"{person.name} (#{person.id})"
    return f"{match.contact.name} → {person.name} (#{person.id})"
