"""vCard files (.vcf) from an address book: versions 2.1, 3.0 and 4.0.

The file is cut into cards and logical lines here (folded lines joined, 2.1's
quoted-printable soft line breaks joined), so every problem is reported with
its own line number and one bad card is skipped while the others are read.
Each content line is split into name, parameters and value by vobject's line
parser. Values are decoded here and not by vobject's text handling, which keeps
only what comes before the first comma that is not escaped: address books that
write "Berg, Sam" or a note with commas unescaped would lose text silently.
Photos, logos, sounds and keys are left out (they are not imported, and they
are most of a big file). A file that ends inside a card is cut short and refused.
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from vobject.base import ParseError, parseLine

from ..domain.contacts import Contact, ContactsFile, Skipped
from ..domain.errors import ImportRejected
from .contact_files import MAX_CONTACTS, ContactProblem, note_text, one_line, read_contact_text, too_many
from .reading import NOTHING

_LEFT_OUT = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_WANTED = frozenset({"FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "NOTE"})
_BEGIN, _END = "BEGIN:VCARD", "END:VCARD"
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")
_PROPERTY_START = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


@dataclass(frozen=True, slots=True)
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str


@dataclass(slots=True)
class _Card:
    start: int  # the line of BEGIN:VCARD
    lines: list[tuple[int, str]] = field(default_factory=list)  # logical lines inside it, with their numbers


def read_vcard(path: Path) -> ContactsFile:
    """The people in a vCard file, and the cards that cannot be imported; ImportRejected if it is not one."""
    path = Path(path)
    text = read_contact_text(path, "vCard")
    cards, skipped = _cards(text, path)
    if len(cards) > MAX_CONTACTS:
        raise too_many(path, MAX_CONTACTS)
    contacts: list[Contact] = []
    how_met = f"Imported from {path.name}"
    for card in cards:
        try:
            contacts.append(_contact(_properties(card), card.start, how_met))
        except ContactProblem as exc:
            skipped.append(Skipped(exc.line or card.start, str(exc), _name_in(card)))
    skipped.sort(key=lambda s: s.line)
    return ContactsFile(path.name, tuple(contacts), tuple(skipped))


# -- cards and lines ---------------------------------------------------------------------------
def _cards(text: str, path: Path) -> tuple[list[_Card], list[Skipped]]:
    """The cards, each with its logical lines, and the text found outside any card."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cards: list[_Card] = []
    stray: list[int] = []
    card: _Card | None = None
    depth = 0  # cards inside a card (2.1's AGENT) are skipped over
    index = 0
    while index < len(physical):
        number, line = index + 1, physical[index]
        index += 1
        marker = line.strip().upper()
        if card is None:
            if marker == _BEGIN:
                card, depth = _Card(number), 1
            elif marker:
                stray.append(number)
            continue
        if marker in (_BEGIN, _END):
            depth += 1 if marker == _BEGIN else -1
            if depth == 0:
                cards.append(card)
                card = None
            continue
        while index < len(physical) and (
            physical[index][:1] in (" ", "\t") or (_soft_break(line) and physical[index].strip())
        ):
            following = physical[index]
            line = line + following[1:] if following[:1] in (" ", "\t") else line[:-1] + following
            index += 1
        if _property_name(line) in _LEFT_OUT:
            index = _past_binary(physical, index)  # 2.1 writes base64 lines without folding them
        elif depth == 1 and line.strip():
            card.lines.append((number, line))
    if card is not None:
        raise ImportRejected(
            f"{path} ends inside the card that starts on line {card.start}: the file looks cut short. {NOTHING}"
        )
    if not cards:
        hint = " If it is LinkedIn's Connections.csv, import it as LinkedIn connections." if "," in text[:2000] else ""
        raise ImportRejected(f"{path} is not a vCard file: it has no {_BEGIN} line.{hint} {NOTHING}")
    skipped = [
        Skipped(first, "text outside any card" + (f" (lines {first}–{first + count - 1})" if count > 1 else ""))
        for first, count in _runs(stray)
    ]
    return cards, skipped


def _property_name(line: str) -> str:
    """'PHOTO' for 'item1.PHOTO;ENCODING=b:…', or '' for a line that does not start a property."""
    match = _PROPERTY_START.match(line)
    return match.group(1).upper() if match else ""


def _past_binary(lines: list[str], index: int) -> int:
    """The index of the first line after a left-out value: the next property, a card's end, or a blank line."""
    while index < len(lines) and lines[index].strip() and not _PROPERTY_START.match(lines[index]):
        index += 1
    return index


def _soft_break(line: str) -> bool:
    """A quoted-printable value that goes on on the next line (version 2.1)."""
    return line.endswith("=") and "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive line numbers as (first, how many)."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][0] + runs[-1][1] == number:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs


def _properties(card: _Card) -> list[_Property]:
    """The card's properties that are imported, with their values decoded from any transfer encoding."""
    found: list[_Property] = []
    for number, line in card.lines:
        try:
            name, raw_params, value, _group = parseLine(line, number)
        except ParseError:
            raise ContactProblem(f"this line of the card cannot be read: {_short(line)}", number) from None
        name = name.upper()
        if name in _LEFT_OUT or name not in _WANTED:
            continue
        params: dict[str, list[str]] = {}
        for param in raw_params:
            if len(param) == 1:  # 2.1's bare parameters: EMAIL;INTERNET;PREF
                params.setdefault("TYPE", []).append(param[0])
            else:
                params.setdefault(param[0].upper(), []).extend(param[1:])
        found.append(_Property(name, params, _decoded(value, params, number)))
    return found


def _decoded(value: str, params: dict[str, list[str]], number: int) -> str:
    """The value without its transfer encoding (2.1's quoted-printable with its CHARSET, base64)."""
    encodings = {e.upper() for e in params.get("ENCODING", []) + params.get("TYPE", [])}
    charset = (params.get("CHARSET") or ["utf-8"])[0]
    try:
        if "QUOTED-PRINTABLE" in encodings:
            return codecs.decode(value.encode("utf-8"), "quoted-printable").decode(charset)
        if encodings & {"B", "BASE64"}:
            return codecs.decode(value.encode("ascii"), "base64").decode(charset)
    except LookupError:
        raise ContactProblem(f"this line is in the character set {charset!r}, which is not known", number) from None
    except (UnicodeError, binascii.Error, ValueError):
        raise ContactProblem(f"this line is encoded in a way that cannot be read ({charset})", number) from None
    return value


# -- one card --------------------------------------------------------------------------------
def _contact(properties: list[_Property], line: int, how_met: str) -> Contact:
    name = one_line(_first(properties, "FN"), "name") or _from_parts(properties)
    if not name:
        raise ContactProblem("the card has no name (no FN or N)")
    notes = [note_text(_unescape(p.value)) for p in properties if p.name == "NOTE"]
    return Contact(
        line=line,
        name=name,
        org=one_line(_organisation(properties), "organisation"),
        role=one_line(_first(properties, "TITLE") or _first(properties, "ROLE"), "role"),
        emails=tuple(one_line(v, "e-mail address") for v in _preferred_first(properties, "EMAIL")),
        phones=tuple(one_line(v.removeprefix("tel:"), "phone") for v in _preferred_first(properties, "TEL")),
        urls=tuple(one_line(v, "web address") for v in _preferred_first(properties, "URL")),
        note="\n\n".join(n for n in notes if n),
        how_met=how_met,
    )


def _first(properties: list[_Property], name: str) -> str:
    for prop in properties:
        if prop.name == name and _unescape(prop.value).strip():
            return _unescape(prop.value)
    return ""


def _from_parts(properties: list[_Property]) -> str:
    """'Given Additional Family' from N (family;given;additional;prefix;suffix), for a card without FN."""
    for prop in properties:
        if prop.name == "N":
            parts = [*_components(prop.value), "", "", ""]
            name = one_line(" ".join((parts[1], parts[2], parts[0])), "name")
            if name:
                return name
    return ""


def _organisation(properties: list[_Property]) -> str:
    """ORG's name and units ('Acme, Platform'), from the first ORG that has any."""
    for prop in properties:
        if prop.name == "ORG":
            named = [part.strip() for part in _components(prop.value) if part.strip()]
            if named:
                return ", ".join(named)
    return ""


def _preferred_first(properties: list[_Property], name: str) -> list[str]:
    """The values of ``name`` without duplicates, those marked preferred first, in file order otherwise."""
    ranked = sorted(
        (_preference(prop), position, _unescape(prop.value).strip())
        for position, prop in enumerate(p for p in properties if p.name == name)
    )
    return list(dict.fromkeys(value for _rank, _position, value in ranked if value))


def _preference(prop: _Property) -> int:
    """Lower is more preferred: 4.0's PREF=1..100; 3.0's TYPE=pref and 2.1's bare PREF count as 1."""
    for value in prop.params.get("PREF", []):
        if value.strip().isdigit():
            return int(value)
    types = {kind.strip().lower() for value in prop.params.get("TYPE", []) for kind in value.split(",")}
    return 1 if "pref" in types else 101


def _components(value: str) -> list[str]:
    """The parts of a structured value (N, ORG), split at semicolons that are not escaped."""
    return [_unescape(part) for part in _UNESCAPED_SEMICOLON.split(value)]


def _unescape(value: str) -> str:
    r"""vCard's backslash escapes (\n \, \; \\, and Apple's \:) as the characters they stand for."""
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def _name_in(card: _Card) -> str:
    """The FN of a card that cannot be imported, as written, to show beside the reason."""
    for _number, line in card.lines:
        match = re.match(r"(?:[\w-]+\.)?FN(?:;[^:]*)?:(.*)", line, re.IGNORECASE)
        if match:
            return " ".join(_unescape(match.group(1)).split())[:80]
    return ""


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return f'"{flat}"' if len(flat) <= width else f'"{flat[: width - 1]}…"'
