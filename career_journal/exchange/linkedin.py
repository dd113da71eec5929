"""LinkedIn's Connections.csv, from "Get a copy of your data" in LinkedIn's settings.

The file starts with a few lines of notes, then the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` (older
exports have no URL column; the columns are found by name). It is UTF-8 with a
byte-order mark; dates are written like ``12 Mar 2024``; most e-mail addresses
are empty (members choose whether to share them), and members who hide
themselves come with no name at all: those lines are skipped and said so.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from ..domain.contacts import Contact, ContactsFile, Skipped
from ..domain.errors import ImportRejected
from .contact_files import MAX_CONTACTS, ContactProblem, one_line, read_contact_text, too_many
from .reading import NOTHING

HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
_REQUIRED = ("first name", "last name", "connected on")
_HEADER_WITHIN_LINES = 30
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})")


def read_linkedin(path: Path) -> ContactsFile:
    """The connections in a LinkedIn export, and the lines that cannot be imported; ImportRejected if it is not one."""
    path = Path(path)
    text = read_contact_text(path, "LinkedIn connections")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    contacts: list[Contact] = []
    skipped: list[Skipped] = []
    columns: dict[str, int] | None = None
    width = 0  # how many values the header has
    line = 1  # where the next row starts
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if columns is None:
                columns, width = _header(row), len(row)
                if columns is None and start >= _HEADER_WITHIN_LINES:
                    break
                continue
            if not any(cell.strip() for cell in row):
                continue
            try:
                contacts.append(_contact(row, columns, width, start))
            except ContactProblem as exc:
                skipped.append(Skipped(start, str(exc), _name_in(row, columns)))
            if len(contacts) > MAX_CONTACTS:
                raise too_many(path, MAX_CONTACTS)
    except csv.Error as exc:
        raise ImportRejected(
            f"{path} could not be read as CSV at line {reader.line_num} ({exc}); the file may be cut short"
            f" or not be LinkedIn's export. {NOTHING}"
        ) from None
    if columns is None:
        looks_like_vcard = text.lstrip().upper().startswith("BEGIN:VCARD")
        hint = " It looks like a vCard file: import it as vCard." if looks_like_vcard else ""
        raise ImportRejected(
            f"{path} is not LinkedIn's Connections.csv: none of its first lines is the header"
            f' "{",".join(HEADER)}".{hint} {NOTHING}'
        )
    return ContactsFile(path.name, tuple(contacts), tuple(skipped))


def _delimiter(text: str) -> str:
    """LinkedIn writes commas; a spreadsheet that saved the file again may have written semicolons or tabs.

    Told by the header line: the first of the first lines that names the first-name column.
    """
    for line in text.splitlines()[:_HEADER_WITHIN_LINES]:
        if "first name" in line.casefold():
            return max(",;\t", key=line.count)
    return ","


def parse_connected_on(text: str) -> date:
    """'12 Mar 2024' (LinkedIn's way) or 2024-03-12, as a date; ContactProblem for anything else."""
    cleaned = text.strip()
    match = _DAY_MONTH_YEAR.fullmatch(cleaned)
    try:
        if match:
            month = _MONTHS[match.group(2)[:3].lower()]
            return date(int(match.group(3)), month, int(match.group(1)))
        return date.fromisoformat(cleaned)
    except (KeyError, ValueError):
        raise ContactProblem(f'"{cleaned[:40]}" under Connected On is not a date like 12 Mar 2024') from None


def _header(row: list[str]) -> dict[str, int] | None:
    """Column positions by lower-case name, when ``row`` is the header."""
    names = [cell.strip().casefold() for cell in row]
    if not all(name in names for name in _REQUIRED):
        return None
    return {name: names.index(name) for name in names if name}


def _contact(row: list[str], columns: dict[str, int], width: int, line: int) -> Contact:
    if len(row) < width or any(cell.strip() for cell in row[width:]):
        raise ContactProblem(
            f"it has {len(row)} values where the header has {width} (a comma outside quotes, or a line cut short)"
        )

    def cell(name: str, label: str) -> str:
        return one_line(row[columns[name]], label) if name in columns else ""

    name = " ".join(part for part in (cell("first name", "first name"), cell("last name", "last name")) if part)
    if not name:
        raise ContactProblem("it has no name (LinkedIn leaves out the names of members who hide their profile)")
    email = cell("email address", "e-mail address")
    if email and ("@" not in email or " " in email):
        raise ContactProblem(f'"{email[:60]}" under Email Address is not an e-mail address')
    connected = cell("connected on", "date")
    how_met = f"LinkedIn connection since {parse_connected_on(connected).isoformat()}" if connected else ""
    url = cell("url", "profile address")
    return Contact(
        line=line,
        name=name,
        org=cell("company", "company"),
        role=cell("position", "position"),
        emails=(email,) if email else (),
        urls=(url,) if url else (),
        how_met=how_met or "LinkedIn connection",
    )


def _name_in(row: list[str], columns: dict[str, int]) -> str:
    """The name on a row that cannot be imported, to show beside the reason (empty when it has none)."""
    parts = [row[columns[key]] for key in ("first name", "last name") if key in columns and columns[key] < len(row)]
    return " ".join(" ".join(parts).split())[:80]
