"""What the command line's options read: a day, a time of day, a window's size, an export's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from ..domain.dates import parse_date
from ..domain.validation import parse_time
from ..language import Language


class DateParam(click.ParamType):
    """A day as ``domain.dates`` reads it: 2026-12-11, today, +3d, next friday…"""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class WindowSize(click.ParamType):
    """A window's size in pixels: ``1280x800``."""

    name = "WxH"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        width, _x, height = str(value).strip().lower().partition("x")
        if not (width.isdigit() and height.isdigit() and 200 <= int(width) <= 8000 and 200 <= int(height) <= 8000):
            self.fail(f"'{value}' is not a window size such as 1280x800.", param, ctx)
        return int(width), int(height)


class TimeParam(click.ParamType):
    name = "HH:MM"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return parse_time(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()
TIME = TimeParam()


class LanguageParam(click.Choice):
    """An export's language, ``en`` or ``sv``: the words of a document; the command line's messages stay English."""

    def __init__(self) -> None:
        super().__init__([language.value for language in Language])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Language:
        return value if isinstance(value, Language) else Language(super().convert(value, param, ctx))


Command = TypeVar("Command", bound=Callable[..., Any])


def language_option(command: Command) -> Command:
    """``--lang en|sv``: the language of a Markdown export's headings, labels and sentences (default English)."""
    return click.option(
        "--lang",
        "language",
        type=LanguageParam(),
        default=Language.ENGLISH.value,
        show_default=True,
        help="Language of the document's headings and labels (your own text stays as written).",
    )(command)
