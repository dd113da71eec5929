"""Reading an import file: bytes to JSON to typed fields, with messages that name the line.

Every problem becomes an ``ImportRejected`` whose message says where (the
line, and the record such as ``entries[12]``), what is wrong, and that
nothing was imported. Line numbers of records are found only when something
is wrong, by walking the text again up to the record.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from ..domain.errors import ImportRejected
from ..domain.validation import parse_time
from ..files import SQLITE_MAGIC

NOTHING = "Nothing was imported."
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WITH_SECONDS = re.compile(r"\d\d:\d\d:\d\d")  # jrnl writes HH:MM:SS
_WHITESPACE = re.compile(r"[ \t\n\r]*")
E = TypeVar("E", bound=Enum)


class Problem(ValueError):
    """A bad value in a record; the caller adds where the record is.

    ``inner`` is the path inside the record when the value is nested (a goal's milestone).
    """

    def __init__(self, message: str, inner: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.inner = inner


def load_json(path: Path) -> tuple[Any, str]:
    """The parsed document and its text, or ImportRejected saying why the file cannot be read."""
    path = Path(path)
    text = decode_utf8(path, read_bytes(path))
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise not_json(path, exc.msg, exc.lineno, exc.colno) from None
    except RecursionError:
        raise too_deep(path) from None
    except ValueError as exc:  # an integer literal too long for Python to convert
        raise too_long_number(path, exc) from None


MAX_IMPORT_BYTES = 1 << 30  # a decade of notes exports to well under this


def read_bytes(path: Path, *, max_bytes: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of an import file, or ImportRejected saying why not (missing, a folder, a pipe, too big, empty)."""
    path = Path(path)
    _check_importable(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            # One byte past the limit: a file that grew since it was checked is refused, not read whole.
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise unreadable(path, exc) from None
    if len(raw) > max_bytes:
        raise _too_large(path, max_bytes)
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise empty(path)
    return raw


def decode_utf8(path: Path, raw: bytes) -> str:
    """The text of a UTF-8 file (a byte-order mark is dropped), or ImportRejected naming the first bad line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise not_utf8(path, raw.count(b"\n", 0, exc.start) + 1) from None


def _check_importable(path: Path, max_bytes: int) -> None:
    """Refuse, before reading a byte, what would hang (a pipe), never end (/dev/zero) or is not an export."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportRejected(f"There is no file at {path}. {NOTHING}") from None
    except OSError as exc:
        raise ImportRejected(f"{path} could not be read ({exc.strerror or exc}). {NOTHING}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRejected(f"{path} is a folder, not a file. {NOTHING}")
    if not stat.S_ISREG(info.st_mode):
        raise ImportRejected(f"{path} is not an ordinary file (a device or a pipe). {NOTHING}")
    if info.st_size > max_bytes:
        raise _too_large(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return  # read_bytes says why
    if head == SQLITE_MAGIC:
        raise ImportRejected(
            f"{path} is a journal file (an SQLite database), not an export. To bring back a journal or a "
            f"backup, use 'career-journal restore {path}' (or File → Restore from backup). {NOTHING}"
        )


def _too_large(path: Path, max_bytes: int) -> ImportRejected:
    limit = f"{max_bytes / 2**30:g} GB" if max_bytes >= 2**30 else f"{max_bytes / 2**20:g} MB"
    return ImportRejected(f"{path} is larger than the {limit} an import of this kind takes. {NOTHING}")


def check_importable(path: Path) -> None:
    """What ``read_bytes`` refuses before reading a byte, for a reader that streams the file (a jrnl import)."""
    _check_importable(path, MAX_IMPORT_BYTES)


def unreadable(path: Path, exc: OSError) -> ImportRejected:
    """Why an import file could not be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return ImportRejected(f"There is no file at {path}. {NOTHING}")
    if isinstance(exc, IsADirectoryError):
        return ImportRejected(f"{path} is a folder, not a file. {NOTHING}")
    if isinstance(exc, PermissionError):
        return ImportRejected(f"{path} could not be read: you are not allowed to read it. {NOTHING}")
    return ImportRejected(f"{path} could not be read ({exc.strerror or exc}). {NOTHING}")


def empty(path: Path) -> ImportRejected:
    return ImportRejected(f"{path} is empty. {NOTHING}")


def not_utf8(path: Path, line: int) -> ImportRejected:
    return ImportRejected(
        f"{path} is not UTF-8 text (line {line} has a byte that is not UTF-8); save it as UTF-8 and"
        f" import it again. {NOTHING}"
    )


def not_json(path: Path, message: str, line: int, column: int) -> ImportRejected:
    return ImportRejected(f"{path} is not valid JSON: {message.lower()} at line {line}, column {column}. {NOTHING}")


def too_deep(path: Path) -> ImportRejected:
    return ImportRejected(f"{path} is nested too deeply to be an export. {NOTHING}")


def too_long_number(path: Path, exc: ValueError) -> ImportRejected:
    return ImportRejected(f"{path} holds a number too long to read ({exc}). {NOTHING}")


def rejected(text: str, where: Sequence[str | int], problem: str) -> ImportRejected:
    """The error for ``problem`` in the record at ``where`` (e.g. ('entries', 12))."""
    return rejected_on(line_of(text, where), where, problem)


def rejected_on(line: int | None, where: Sequence[str | int], problem: str) -> ImportRejected:
    """The error for ``problem`` in the record at ``where``, which starts on ``line``."""
    label = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in where).lstrip(".")
    place = f"{label} (line {line})" if line else label
    return ImportRejected(f"{place}: {problem}. {NOTHING}")


def line_of(text: str, where: Sequence[str | int]) -> int | None:
    """The line on which the value at ``where`` starts, or None if the text does not lead there."""
    decoder = json.JSONDecoder()
    try:
        pos = _skip(text, 0)
        if text.startswith("\ufeff"):
            pos = _skip(text, 1)
        for step in where:
            if isinstance(step, str):
                pos = _find_key(text, pos, step, decoder)
            else:
                pos = _find_index(text, pos, step, decoder)
            if pos is None:
                return None
    except (ValueError, IndexError):
        return None
    return text.count("\n", 0, pos) + 1


def _skip(text: str, pos: int) -> int:
    return _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]


def _find_key(text: str, pos: int, wanted: str, decoder: json.JSONDecoder) -> int | None:
    if text[pos] != "{":
        return None
    pos = _skip(text, pos + 1)
    while text[pos] != "}":
        key, pos = json.decoder.scanstring(text, pos + 1)
        pos = _skip(text, _skip(text, pos) + 1)  # past the colon
        if key == wanted:
            return pos
        _value, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return None


def _find_index(text: str, pos: int, wanted: int, decoder: json.JSONDecoder) -> int | None:
    if text[pos] != "[":
        return None
    pos = _skip(text, pos + 1)
    for _ in range(wanted):
        if text[pos] == "]":
            return None
        _value, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return None if text[pos] == "]" else pos


def describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def records(document: dict, key: str, text: str) -> list:
    """The list under ``key`` (missing: empty), or ImportRejected when it is not a list."""
    value = document.get(key, [])
    if not isinstance(value, list):
        raise rejected(text, (key,), f"should be a list, not {describe(value)}")
    return value


class Fields:
    """One record of an import file, read field by field; each problem names its field."""

    def __init__(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise Problem(f"should be an object {{…}}, not {describe(raw)}")
        self.raw = raw

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.raw or self.raw[key] is None:
            if required:
                raise Problem(f"'{key}' is missing")
            return None
        return self.raw[key]

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise Problem(f"'{key}' should be text, not {describe(value)}")
        return value

    def stamp(self, key: str) -> str:
        """A created/updated time stamp (ISO 8601), or "" when the file has none (the import's time is used)."""
        value = self.text(key)
        if not value:
            return ""
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise Problem(
                f"'{key}' is \"{value[:40]}\", which is not a time stamp (like 2026-11-23T09:30:00+01:00)"
            ) from None
        return value

    def optional_flag(self, key: str) -> bool | None:
        return None if self._get(key, False) is None else self.flag(key)

    def flag(self, key: str) -> bool:
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise Problem(f"'{key}' should be true or false, not {describe(value)}")
        return value

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise Problem(f"'{key}' should be a date written as text (YYYY-MM-DD), not {describe(value)}")
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise Problem(f"'{key}' is \"{value[:40]}\", which is not a date (YYYY-MM-DD)") from None

    def required_day(self, key: str) -> date:
        found = self.day(key, required=True)
        assert found is not None
        return found

    def time(self, key: str) -> str | None:
        value = self.text(key)
        if not value:
            return None
        try:
            return parse_time(value[:5] if _WITH_SECONDS.fullmatch(value) else value)
        except ValueError:
            raise Problem(f"'{key}' is \"{value[:40]}\", which is not a time (HH:MM)") from None

    def ident(self, key: str, *, required: bool = True) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise Problem(f"'{key}' should be a whole number above 0, not {_shown(value)}")
        return _within_range(key, value)

    def required_ident(self, key: str) -> int:
        found = self.ident(key)
        assert found is not None
        return found

    def whole(self, key: str) -> int:
        value = self._get(key, False)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise Problem(f"'{key}' should be a whole number, not {_shown(value)}")
        return _within_range(key, value)

    def idents(self, key: str) -> list[int]:
        value = self._get(key, False) or []
        if not isinstance(value, list) or any(isinstance(v, bool) or not isinstance(v, int) or v <= 0 for v in value):
            raise Problem(f"'{key}' should be a list of whole numbers above 0")
        return [_within_range(key, v) for v in value]

    def texts(self, key: str) -> list[str]:
        value = self._get(key, False) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise Problem(f"'{key}' should be a list of text")
        return value

    def choice(self, key: str, kind: type[E], default: E | None = None) -> E:
        value = self._get(key, default is None)
        if value is None:
            assert default is not None
            return default
        return choose(key, value, kind)

    def optional_choice(self, key: str, kind: type[E]) -> E | None:
        value = self._get(key, False)
        return None if value is None else choose(key, value, kind)


LARGEST = 2**63 - 1  # SQLite's largest integer


def _within_range(key: str, value: int) -> int:
    if value > LARGEST:
        raise Problem(f"'{key}' is {_shown(value)}, larger than the journal can store (at most {LARGEST})")
    return value


def choose(key: str, value: object, kind: type[E]) -> E:
    """The member of ``kind`` whose token is ``value``."""
    for member in kind:
        token = getattr(member, "token", member.value)
        if value == token:
            return member
    choices = ", ".join(str(getattr(m, "token", m.value)) for m in kind)
    raise Problem(f"'{key}' is {_shown(value)}, which is not one of: {choices}")


def _shown(value: object) -> str:
    if isinstance(value, str):
        return f'"{value[:40]}"'
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if value.bit_length() < 256 else "a number far too large"
    return describe(value)
