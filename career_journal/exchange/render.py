"""Markdown to safe HTML for previews.

python-markdown does not sanitise, so raw HTML is switched off at the source and
the result passes through nh3 with a short allow-list: no images, no styles, no
event handlers, links only to http, https and mailto. The Qt view adds its own
wall (it loads no resource at all), so a hostile note can neither run nor call
home.
"""

from __future__ import annotations

import re
import threading

import markdown
import nh3

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
# Beyond this a preview shows the start only: a 10 MB paste must not freeze the window.
PREVIEW_LIMIT = 200_000
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
        _local.converter = converter
    return converter.reset()


def render_html(text: str) -> str:
    """Sanitised HTML for ``text``; never raises on hostile or huge input."""
    truncated = len(text) > PREVIEW_LIMIT
    source = text[:PREVIEW_LIMIT] if truncated else text
    try:
        html = _converter().convert(source)
    except RecursionError:
        html = "<pre>" + nh3.clean_text(source) + "</pre>"
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
        clean += f"<p><em>Preview shows the first {PREVIEW_LIMIT:,} characters.</em></p>"
    return clean
