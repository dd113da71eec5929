"""Reading a large JSON import file a piece at a time, so memory stays flat however big the file is.

A jrnl export of a decade of notes is hundreds of megabytes; read whole, its
bytes, its text and its parsed records would each be as large. ``ObjectStream``
walks the top-level object key by key and hands out the items of a list one at
a time, each decoded by the standard library's decoder from a window of the
file. Problems are reported in the same words as ``reading.load_json``, with
the line and column in the whole file.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from ..domain.errors import ImportRejected
from .reading import check_importable, empty, not_json, not_utf8, too_deep, too_long_number, unreadable

CHUNK = 1 << 20  # bytes read at a time
_SPACE = re.compile(r"[ \t\n\r]*")
# How close to the end of the window a decoding error may be and still mean "the window cut the value".
_NEAR_END = 16


class ObjectStream:
    """The top-level value of a JSON file, read forwards through a moving window of its text."""

    def __init__(self, path: Path, handle: BinaryIO) -> None:
        self.path = path
        self._handle = handle
        self._bytes = codecs.getincrementaldecoder("utf-8-sig")()
        self._decoder = json.JSONDecoder()
        self._text = ""  # the window
        self._pos = 0  # where reading is, in the window
        self._line = 1  # the line of the window's first character
        self._column = 0  # how many characters of that line came before the window
        self._newlines_read = 0  # in the bytes read so far (for a UTF-8 error's line)
        self._eof = False
        self._dropped = 0  # characters of the file before the window
        self._item_start = 0

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path) -> Iterator[ObjectStream]:
        check_importable(path)
        try:
            handle = open(path, "rb")  # noqa: SIM115 (closed below; the stream lives in a with block)
        except OSError as exc:
            raise unreadable(path, exc) from None
        with handle:
            yield cls(path, handle)

    # -- the shape of the file ------------------------------------------------
    def first_character(self) -> str:
        """The first character of the value: "{" for an object. An empty file is refused here."""
        found = self._peek()
        if not found:
            raise empty(self.path)
        return found

    def members(self) -> Iterator[str]:
        """The keys of the top-level object, in file order; read each one's value before asking for the next.

        Ends after checking that nothing but white space follows the object.
        """
        self._expect("{", "Expecting value")
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                if self._peek() != '"':
                    self._fail("Expecting property name enclosed in double quotes")
                key = self._decode()
                self._expect(":", "Expecting ':' delimiter")
                self._peek()
                value_at = self._absolute()
                yield key
                self._peek()
                if self._absolute() == value_at:  # the caller left the value unread
                    self.value()
                following = self._peek()
                self._pos += 1
                if following == "}":
                    break
                if following != ",":
                    self._pos -= 1
                    self._fail("Expecting ',' delimiter")
        if self._peek():
            self._fail("Extra data")

    def next_character(self) -> str:
        """The first character of the value about to be read ("[" for a list)."""
        return self._peek()

    def value(self) -> Any:
        """The whole value at the reading position."""
        self._peek()
        return self._decode()

    def items(self) -> Iterator[Any]:
        """The items of the list at the reading position, one at a time."""
        self._expect("[", "Expecting value")
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            self._peek()
            self._item_start = self._absolute()
            yield self._decode()
            following = self._peek()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                self._pos -= 1
                self._fail("Expecting ',' delimiter")

    def item_line(self) -> int:
        """The line on which the item last handed out by ``items`` starts."""
        return self._line + self._text.count("\n", 0, self._item_start - self._dropped)

    # -- reading ---------------------------------------------------------------
    def _peek(self) -> str:
        """The next character that is not white space ("" at the end of the file), without taking it."""
        while True:
            self._pos = _SPACE.match(self._text, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._text):
                return self._text[self._pos]
            if self._eof:
                return ""
            self._read()

    def _expect(self, character: str, message: str) -> None:
        if self._peek() != character:
            self._fail(message)
        self._pos += 1

    def _decode(self) -> Any:
        while True:
            try:
                value, end = self._decoder.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self._text) - _NEAR_END or exc.msg.startswith("Unterminated string")
                if self._eof or not cut:
                    raise self._invalid(exc.msg, exc.pos) from None
            except RecursionError:
                raise too_deep(self.path) from None
            except ValueError as exc:  # an integer literal too long for Python to convert
                raise too_long_number(self.path, exc) from None
            else:
                # A number that ends where the window ends may go on in the next piece.
                if end < len(self._text) or self._eof:
                    self._pos = end
                    return value
            self._read(at_least=len(self._text) - self._pos)

    def _read(self, at_least: int = 0) -> None:
        """Move the window past what has been read and add the next piece of the file to it."""
        self._drop_read_text()
        raw = self._handle.read(max(CHUNK, at_least))
        self._eof = not raw
        try:
            self._text += self._bytes.decode(raw, final=self._eof)
        except UnicodeDecodeError as exc:
            line = self._newlines_read + exc.object.count(b"\n", 0, exc.start) + 1
            raise not_utf8(self.path, line) from None
        self._newlines_read += raw.count(b"\n")

    def _drop_read_text(self) -> None:
        done = self._pos  # characters read; counted in place rather than copied out
        newlines = self._text.count("\n", 0, done)
        if newlines:
            self._line += newlines
            self._column = done - self._text.rfind("\n", 0, done) - 1
        else:
            self._column += done
        self._dropped += done
        self._text = self._text[done:]
        self._pos = 0

    def _absolute(self) -> int:
        return self._dropped + self._pos

    def _fail(self, message: str) -> NoReturn:
        raise self._invalid(message, self._pos)

    def _invalid(self, message: str, pos: int) -> ImportRejected:
        before = self._text.count("\n", 0, pos)
        line = self._line + before
        column = pos - self._text.rfind("\n", 0, pos) if before else self._column + pos + 1
        return not_json(self.path, message, line, column)
