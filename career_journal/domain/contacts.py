"""People from a contacts file (LinkedIn, vCard) and the plan for bringing them into the journal.

A reader turns a file into ``Contact`` records and ``Skipped`` lines; ``plan_contacts``
compares them with the people already in the journal and says, before anything is
written, who is new, who is already there (found by profile address, e-mail or
name, in that order) and what a merge would fill in. A merge only fills in what
is empty, and adds the profile address and the file's note to the notes; where
the journal already says something else it keeps what the person wrote and says so.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit

from .names import fold_name
from .records import Person
from .wording import count_of

_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"[,;\s]+")


@dataclass(frozen=True, slots=True)
class Contact:
    """One person as a contacts file describes them; ``line`` is where they start in the file."""

    line: int
    name: str
    org: str = ""
    role: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    note: str = ""
    how_met: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A line of the file that will not be imported, and why, in the person's words."""

    line: int
    reason: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class ContactsFile:
    """What a reader found in one file: the people it could read and the lines it could not."""

    source: str  # the file's name, for messages
    contacts: tuple[Contact, ...]
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a merge: what the file has, and (for a field left alone) what the journal has."""

    label: str
    value: str
    yours: str = ""


@dataclass(frozen=True, slots=True)
class NewPerson:
    contact: Contact
    person: Person


@dataclass(frozen=True, slots=True)
class Match:
    """A contact who is already in the journal, and the person as a merge would leave them."""

    contact: Contact
    person: Person
    matched_by: str  # "profile address", "e-mail" or "name"
    merged: Person
    filled: tuple[FieldChange, ...] = ()
    kept: tuple[FieldChange, ...] = ()

    def describe(self) -> str:
        """'Same e-mail. Fills in organisation “Acme”. Keeps your role “CTO” (the file has “Founder”).'"""
        parts = [f"Same {self.matched_by}."]
        if self.filled:
            parts.append("Fills in " + ", ".join(f"{c.label} “{_short(c.value)}”" for c in self.filled) + ".")
        else:
            parts.append("Nothing to fill in.")
        if self.kept:
            kept = ", ".join(f"{c.label} “{_short(c.yours)}” (the file has “{_short(c.value)}”)" for c in self.kept)
            parts.append(f"Keeps your {kept}.")
        return " ".join(parts)


@dataclass(slots=True)
class ContactPlan:
    found: ContactsFile
    new: list[NewPerson] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def merges(self) -> list[Match]:
        """Matches that would change the person in the journal."""
        return [m for m in self.matches if m.filled]

    @property
    def unchanged(self) -> list[Match]:
        """Matches the journal already knows everything about."""
        return [m for m in self.matches if not m.filled]

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.merges)

    def summary(self) -> str:
        """'12 new people, 3 to merge, 5 already in the journal, 2 lines not imported'."""
        counts = [
            (len(self.new), "new person", "new people"),
            (len(self.merges), "to merge", "to merge"),
            (len(self.unchanged), "already in the journal", "already in the journal"),
            (len(self.skipped), "line not imported", "lines not imported"),
        ]
        said = [count_of(n, one, many) for n, one, many in counts if n]
        return ", ".join(said) if said else "no people"

    def fingerprint(self) -> tuple:
        """What applying the plan would write; two plans with the same fingerprint do the same."""
        return (
            tuple((n.contact.line, n.person) for n in self.new),
            tuple((m.person.id, m.merged) for m in self.merges),
        )


def plan_contacts(found: ContactsFile, people: list[Person]) -> ContactPlan:
    """Who in ``found`` is new, who is already among ``people`` (and what a merge fills in), who is skipped."""
    plan = ContactPlan(found=found, skipped=list(found.skipped))
    index = _Index()
    for person in people:
        index.add(_Target(person), _person_keys(person))
    for contact in found.contacts:
        keys = _contact_keys(contact)
        targets, matched_by = index.find(keys)
        if len(targets) > 1:
            plan.skipped.append(Skipped(contact.line, _ambiguous(targets, matched_by), contact.name))
            continue
        if targets:
            target = targets[0]
            if target.claimed_by is not None:
                reason = f"the same person as line {target.claimed_by} ({target.person.name}), by {matched_by}"
                plan.skipped.append(Skipped(contact.line, reason, contact.name))
                continue
            target.claimed_by = contact.line
            plan.matches.append(_merge(contact, target.person, matched_by))
        else:
            target = _Target(_new_person(contact), claimed_by=contact.line)
            plan.new.append(NewPerson(contact, target.person))
        index.add(target, keys)
    plan.skipped.sort(key=lambda s: s.line)
    return plan


# -- how people are recognised ------------------------------------------------------------
@functools.lru_cache(maxsize=65_536)  # a plan asks for each address's key several times
def profile_key(url: str) -> str:
    """A web address as a comparable key: no scheme, no www., no trailing slash or query, case-blind.

    LinkedIn's country hosts (se.linkedin.com) are the same site, and its
    addresses may be percent-encoded (/in/%C3%A5sa is /in/åsa).
    """
    text = url.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    host = (parts.hostname or "").removeprefix("www.")
    if host.endswith(".linkedin.com"):
        host = "linkedin.com"
    path = unquote(parts.path).rstrip("/").casefold()
    return f"{host}{path}" if host else ""


def split_list(text: str) -> list[str]:
    """The e-mail addresses or phone numbers in a field that may hold several ('a@x.org, b@y.org')."""
    if "@" in text:
        return [part for part in _LIST_SEPARATOR.split(text) if part]
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def _phone_key(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


@dataclass(frozen=True, slots=True)
class _Keys:
    urls: frozenset[str]
    emails: frozenset[str]
    name: str


def _person_keys(person: Person) -> _Keys:
    urls = frozenset(k for k in (profile_key(u) for u in _URL_IN_TEXT.findall(person.notes)) if k)
    emails = frozenset(e.casefold() for e in split_list(person.email) if "@" in e)
    return _Keys(urls, emails, fold_name(person.name))


def _contact_keys(contact: Contact) -> _Keys:
    urls = frozenset(k for k in (profile_key(u) for u in contact.urls) if k)
    return _Keys(urls, frozenset(e.casefold() for e in contact.emails), fold_name(contact.name))


@dataclass(slots=True, eq=False)
class _Target:
    """A person the file's contacts can meet: one in the journal, or one this file adds."""

    person: Person
    claimed_by: int | None = None  # the line of the file already matched to them
    urls: set[str] = field(default_factory=set)


class _Index:
    def __init__(self) -> None:
        self.by_url: dict[str, list[_Target]] = {}
        self.by_email: dict[str, list[_Target]] = {}
        self.by_name: dict[str, list[_Target]] = {}

    def add(self, target: _Target, keys: _Keys) -> None:
        for table, values in ((self.by_url, keys.urls), (self.by_email, keys.emails)):
            for value in values:
                _add_once(table.setdefault(value, []), target)
        target.urls.update(keys.urls)
        if keys.name:
            _add_once(self.by_name.setdefault(keys.name, []), target)

    def find(self, keys: _Keys) -> tuple[list[_Target], str]:
        """The people these keys lead to, by the surest key that leads anywhere, and that key's name."""
        for table, values, by in ((self.by_url, keys.urls, "profile address"), (self.by_email, keys.emails, "e-mail")):
            found: list[_Target] = []
            for value in sorted(values):
                for target in table.get(value, []):
                    _add_once(found, target)
            if found:
                return found, by
        # Two people with one name are different people when each has a profile address and they differ.
        named = [t for t in self.by_name.get(keys.name, []) if not (keys.urls and t.urls and not keys.urls & t.urls)]
        return named, "name"


def _add_once(targets: list[_Target], target: _Target) -> None:
    if not any(t is target for t in targets):
        targets.append(target)


def _ambiguous(targets: list[_Target], matched_by: str) -> str:
    shown = ", ".join(f"#{t.person.id} {t.person.name}" if t.person.id else t.person.name for t in targets[:5])
    more = f" and {len(targets) - 5} more" if len(targets) > 5 else ""
    return f"the {matched_by} matches {len(targets)} people ({shown}{more}); add or merge this one by hand"


# -- what is written ------------------------------------------------------------------------
def _new_person(contact: Contact) -> Person:
    return Person(
        name=contact.name,
        org=contact.org,
        role=contact.role,
        how_met=contact.how_met,
        email=", ".join(contact.emails),
        phone=", ".join(contact.phones),
        notes="\n".join([contact.note.strip(), *(_url_line(u) for u in contact.urls)]).strip(),
    )


def _url_line(url: str) -> str:
    label = "LinkedIn profile" if profile_key(url).startswith("linkedin.com/") else "Web page"
    return f"{label}: {url}"


def _merge(contact: Contact, person: Person, matched_by: str) -> Match:
    filled: list[FieldChange] = []
    kept: list[FieldChange] = []
    changes: dict[str, str] = {}
    for attribute, label, theirs, same in (
        ("org", "organisation", contact.org, _same_text),
        ("role", "role", contact.role, _same_text),
        ("email", "e-mail", ", ".join(contact.emails), _same_emails),
        ("phone", "phone", ", ".join(contact.phones), _same_phones),
        ("how_met", "how you met", contact.how_met, _same_text),
    ):
        yours = getattr(person, attribute)
        if not theirs.strip():
            continue
        if not yours.strip():
            changes[attribute] = theirs
            filled.append(FieldChange(label, theirs))
        elif not same(yours, theirs):
            kept.append(FieldChange(label, theirs, yours))
    added_notes = _notes_to_add(contact, person)
    if added_notes:
        changes["notes"] = f"{person.notes.rstrip()}\n\n{added_notes}" if person.notes.strip() else added_notes
        filled.append(FieldChange("notes", added_notes))
    merged = replace(person, **changes) if changes else person
    return Match(contact, person, matched_by, merged, tuple(filled), tuple(kept))


def _notes_to_add(contact: Contact, person: Person) -> str:
    """The file's note and profile addresses that the person's notes do not hold yet."""
    known_urls = _person_keys(person).urls
    lines = [_url_line(u) for u in contact.urls if (key := profile_key(u)) and key not in known_urls]
    note = contact.note.strip()
    if note and fold_name(note) not in fold_name(person.notes):
        lines.insert(0, note)
    return "\n".join(lines)


def _same_text(yours: str, theirs: str) -> bool:
    return fold_name(yours) == fold_name(theirs)


def _same_emails(yours: str, theirs: str) -> bool:
    """The file's addresses are all among the person's (the person may have more)."""
    known = {e.casefold() for e in split_list(yours)}
    return all(e.casefold() in known for e in split_list(theirs))


def _same_phones(yours: str, theirs: str) -> bool:
    known = {_phone_key(p) for p in split_list(yours)}
    return all(_phone_key(p) in known for p in split_list(theirs))


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
