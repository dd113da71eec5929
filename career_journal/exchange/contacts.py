"""Importing people from LinkedIn's Connections.csv or a vCard file: read, plan, then apply all or nothing.

The command line and the app do the same three steps: ``read_contacts`` reads the
file (nothing is written; a file that is not one refuses here),
``plan_contacts`` (domain) says who is new, who merges and who is skipped, and
``apply_plan`` writes exactly that plan in one transaction. If the people in the
journal changed between the preview and the import, the import refuses and
nothing is written, so what was shown is what happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.contacts import ContactPlan, ContactsFile, plan_contacts
from ..domain.errors import ImportCancelled, ImportRejected, InvalidInput
from ..domain.wording import count_of
from ..storage.journal import Journal
from .linkedin import read_linkedin
from .reading import NOTHING
from .vcard import read_vcard

_CHUNK = 500
READERS: dict[str, Callable[[Path], ContactsFile]] = {"linkedin": read_linkedin, "vcard": read_vcard}
KIND_LABELS = {"linkedin": "LinkedIn connections", "vcard": "vCard contacts"}


def kind_of(path: Path) -> str:
    """'vcard' for a .vcf/.vcard file or one that starts like a vCard, else 'linkedin'."""
    if Path(path).suffix.lower() in (".vcf", ".vcard"):
        return "vcard"
    try:
        with open(path, "rb") as handle:
            start = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return "linkedin"  # reading it again says what is wrong
    return "vcard" if start.upper().startswith(b"BEGIN:VCARD") else "linkedin"


def read_contacts(kind: str, path: Path) -> ContactsFile:
    """The people in the file and the lines that cannot be imported; ImportRejected for a file that is not one."""
    return READERS[kind](Path(path))


def plan_import(journal: Journal, found: ContactsFile) -> ContactPlan:
    return plan_contacts(found, journal.people.list())


@dataclass(frozen=True, slots=True)
class ContactImportResult:
    added: int
    merged: int
    unchanged: int = 0  # people in the file the journal already knew everything about

    def summary(self) -> str:
        if not self.added and not self.merged:
            if self.unchanged:
                return "Nothing to import: everyone in the file is already in the journal."
            return "Nothing to import: the file has nobody who could be read."
        added = count_of(self.added, "new person")
        merged = f"merged {self.merged:,} already in the journal"
        return f"Imported {added}; {merged}." if self.merged else f"Imported {added}."


def apply_plan(
    journal: Journal, plan: ContactPlan, *, cancelled: Callable[[], bool] = lambda: False
) -> ContactImportResult:
    """Write the plan: every new person and every merge, or, on any problem or ``cancelled()``, nothing."""
    try:
        with journal.transaction():
            current = plan_contacts(plan.found, journal.people.list())
            if current.fingerprint() != plan.fingerprint():
                raise ImportRejected(
                    "People in the journal changed after the preview was made, so it no longer says what the"
                    f" import would do; look at the new preview and import again. {NOTHING}"
                )
            # In chunks, so a cancel is noticed within a moment on a big file; it rolls everything back.
            for start in range(0, len(current.new), _CHUNK):
                _stop_if(cancelled)
                journal.people.add_many([n.person for n in current.new[start : start + _CHUNK]])
            for start in range(0, len(current.merges), _CHUNK):
                _stop_if(cancelled)
                journal.people.update_many([m.merged for m in current.merges[start : start + _CHUNK]])
            _stop_if(cancelled)
    except InvalidInput as exc:
        raise ImportRejected(f"{plan.found.source} could not be imported: {exc} {NOTHING}") from None
    return ContactImportResult(len(current.new), len(current.merges), len(current.unchanged))


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise ImportCancelled()
