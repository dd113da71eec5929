"""Evidence files: a PDF of a review, a screenshot, a slide deck, attached to an entry or a goal.

The file itself lives inside the journal; these records say what it is and
where it belongs. Sizes are shown in decimal units (1 MB = 1,000,000 bytes),
as file managers on the desktop show them, and the limit is stated the same way.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass

from ..language import Language, app_language
from ..phrasebook import phrase, phrase_count
from .enums import RecordKind

MAX_BYTES = 50_000_000  # "50 MB" to the person who reads the message
NAME_LIMIT = 255
# Path separators, control characters and characters Windows refuses in a file name.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


@dataclass(slots=True, frozen=True)
class Owner:
    """The record a file is attached to: an entry (wins are entries) or a goal."""

    kind: RecordKind
    id: int

    def __post_init__(self) -> None:
        if self.kind not in (RecordKind.ENTRY, RecordKind.GOAL):
            raise ValueError("Files can be attached to entries and goals only.")

    @classmethod
    def entry(cls, entry_id: int) -> Owner:
        return cls(RecordKind.ENTRY, entry_id)

    @classmethod
    def goal(cls, goal_id: int) -> Owner:
        return cls(RecordKind.GOAL, goal_id)


@dataclass(slots=True)
class Attachment:
    owner: Owner
    file_name: str
    size: int = 0
    sha256: str = ""
    media_type: str = ""
    added_at: str = ""
    id: int | None = None

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def clean_file_name(name: str) -> str:
    """The name a file is kept under: its last path part, without characters no file system takes."""
    base = re.split(r"[/\\]", name.strip())[-1]
    cleaned = _UNSAFE.sub("_", base).strip().strip(".")
    if not cleaned or not cleaned.strip("_"):
        raise ValueError(phrase("'{name}' cannot be used as a file name.", None, name=name))
    if len(cleaned) > NAME_LIMIT:
        _stem, dot, suffix = cleaned.rpartition(".")
        keep = suffix if dot and len(suffix) <= 16 else ""
        cleaned = cleaned[: NAME_LIMIT - len(keep) - 1].rstrip() + ("." + keep if keep else "")
    return cleaned


def media_type_of(name: str) -> str:
    """The file's type from its name (what a viewer is chosen by), or '' when the name does not say."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or ""


def too_large(name: str, size: int) -> str | None:
    """Why a file of ``size`` bytes cannot be attached, or None when it can."""
    if size > MAX_BYTES:
        return phrase(
            "{name} is {size}; a file can be at most {most}. Nothing was attached.",
            None,
            name=name,
            size=size_text(size),
            most=size_text(MAX_BYTES),
        )
    return None


def size_text(size: int, language: Language | None = None) -> str:
    """A size as a person reads it, in decimal units and the language's way: "4.2 MB", "4,2 MB", "1 byte"."""
    if size < 1000:
        return phrase_count(size, "{n} byte", "{n} bytes", language)
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        value = size / scale
        if value < 999.95 or unit == "GB":
            shown = f"{value:.0f}" if value >= 100 else f"{value:.1f}".removesuffix(".0")
            if (language or app_language()) is Language.SWEDISH:
                shown = shown.replace(".", ",")
            return f"{shown} {unit}"
    raise AssertionError("unreachable")


def total_text(attachments: list[Attachment]) -> str:
    """'3 files, 4.2 MB' for a list of attachments; '' for none."""
    if not attachments:
        return ""
    files = phrase_count(len(attachments), "{n} file", "{n} files")
    return f"{files}, {size_text(sum(a.size for a in attachments))}"


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or 'name (2).ext'… when the folder already has it (case-blind, as some disks are); claims it."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, dot, suffix = name, "", ""
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){dot}{suffix}"
    taken.add(candidate.casefold())
    return candidate
