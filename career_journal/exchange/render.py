"""Markdown to safe HTML for previews.

The note is read once, by the app's one Markdown reader (markdown-it, see
``md_read``), and written back in the house style (``md_blocks.preview_markdown``):
a blank line around every block, lists nested by four spaces, fenced code,
every literal mark escaped. python-markdown then renders that, so it never
has to guess where CommonMark and it disagree (a list right after a line of
text, a nested list indented by two), and the preview shows what a coach's
CommonMark reader will. Its escapes are widened to all ASCII punctuation, as
CommonMark's are.

python-markdown does not sanitise, so raw HTML is switched off at the source and
the result passes through nh3 with a short allow-list: no images, no styles, no
event handlers, links only to http, https and mailto. The Qt view adds its own
wall (it loads no resource at all), so a hostile note can neither run nor call
home. Rendering takes time on a long note: the app renders on a worker (see
``ui/widgets/markdown_view.py``).
"""

from __future__ import annotations

import html as html_text
import re
import string
import threading
from collections.abc import Callable

import markdown
import nh3

from .md_blocks import preview_markdown
from .md_read import too_tangled

ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote",
    "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"align"},
    "td": {"align"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Beyond this a preview shows the start only: a 10 MB paste must not keep a worker busy for minutes.
PREVIEW_LIMIT = 200_000
TANGLED_NOTE = "This text has too many brackets and marks to lay out quickly, so it is shown as typed."
_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
# python-markdown writes an image as <img alt="…" src="…" />; the preview shows its words instead.
_IMAGE = re.compile(r'<img\b[^>]*?\balt="([^"]*)"[^>]*>')

_local = threading.local()


def _converter() -> markdown.Markdown:
    """One converter per thread, reset between texts (building one costs more than most previews)."""
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        converter.ESCAPED_CHARS = list(string.punctuation)  # as CommonMark: `\<` and `\|` are escapes too
        _local.converter = converter
    return converter.reset()


class RenderCancelled(Exception):
    """A newer text made this render stale before it finished."""


def render_html(text: str, *, cancelled: Callable[[], bool] | None = None) -> str:
    """Sanitised HTML for ``text``; never raises on hostile or huge input.

    ``cancelled`` is asked between reading the text and rendering it; when it
    says yes, ``RenderCancelled`` ends the work early.
    """
    truncated = len(text) > PREVIEW_LIMIT
    source = text[:PREVIEW_LIMIT] if truncated else text
    notes = []
    if too_tangled(source):
        notes.append(TANGLED_NOTE)
    try:
        house_style = preview_markdown(source)
        if cancelled is not None and cancelled():
            raise RenderCancelled
        html = _converter().convert(house_style)
    except RecursionError:
        html = "<pre>" + html_text.escape(source) + "</pre>"
    html = _IMAGE.sub(lambda m: f"<em>[image not shown: {m.group(1) or 'no description'}]</em>", html)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    if truncated:
        notes.append(f"Preview shows the first {PREVIEW_LIMIT:,} characters.")
    return (
        "".join(f"<p><em>{note}</em></p>" for note in notes[:1])
        + clean
        + "".join(f"<p><em>{note}</em></p>" for note in notes[1:])
    )
