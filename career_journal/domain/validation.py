"""Checks and conversions on what a person types, with messages in their words."""

from __future__ import annotations

import re
from datetime import datetime

from ..phrasebook import phrase

_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")  # ASCII digits only: the column CHECK wants them
MAX_TAG_LENGTH = 60
_SPACES = re.compile(r"\s+")


def parse_time(text: str) -> str:
    """Read HH:MM and return it zero-padded."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(phrase("'{text}' is not a time; write it as HH:MM, e.g. 09:30.", None, text=text))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def require_text(text: str, what: str) -> str:
    """``text`` trimmed; ValueError when nothing is left. ``what``: "A goal", "A person"… (English, the key)."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise ValueError(phrase("{what} needs a name or title.", None, what=_what(what)))
    return cleaned


def _what(english: str) -> str:
    """The record that needs a name, in the app's language (looked up only when the message is needed)."""
    return {
        "A milestone": phrase("A milestone"),
        "A goal": phrase("A goal"),
        "A skill": phrase("A skill"),
        "A handover": phrase("A handover"),
        "A person": phrase("A person"),
        "An opportunity": phrase("An opportunity"),
    }.get(english, english)


def clean_tag(tag: str) -> str:
    """A tag without a leading @ or #, inner spaces as dashes, lower case."""
    cleaned = tag.strip().lstrip("@#").strip()
    cleaned = _SPACES.sub("-", cleaned).lower()
    if not cleaned:
        raise ValueError(phrase("'{tag}' is not a usable tag.", None, tag=tag))
    if len(cleaned) > MAX_TAG_LENGTH:
        raise ValueError(
            phrase("The tag '{tag}…' is longer than {limit} characters.", None, tag=cleaned[:20], limit=MAX_TAG_LENGTH)
        )
    return cleaned


def clean_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    """Cleaned, without duplicates, in the order first given."""
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(clean_tag(tag), None)
    return list(seen)


def timestamp_now() -> str:
    """A sortable local timestamp with its UTC offset, for created/updated columns."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """A passphrase someone chooses: long enough, typed the same twice, and storable (no NUL).

    Spaces are kept as typed: a passphrase is never trimmed, or it would not open the file later.
    """
    if "\x00" in passphrase:
        raise ValueError(phrase("A passphrase cannot contain a NUL character."))
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValueError(
            phrase("Choose a passphrase of at least {n} characters; a few words are best.", n=MIN_PASSPHRASE_LENGTH)
        )
    if repeated is not None and repeated != passphrase:
        raise ValueError(phrase("The two passphrases are not the same; nothing was changed."))
    return passphrase
