"""The preview's HTML: hostile Markdown comes out as harmless text, with only allow-listed tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from career_journal.exchange.render import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, PREVIEW_LIMIT, URL_SCHEMES, render_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![pixel](https://tracker.example/p.gif)",
    "![pixel](http://tracker.example/p.gif 'title')",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](file:///etc/passwd)",
    "[x](vbscript:msgbox)",
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    '<div style="background:url(https://evil.example/a)">x</div>',
    "<style>body{background:url(https://evil.example/b)}</style>",
    '<link rel=stylesheet href="https://evil.example/c.css">',
    '<table background="https://evil.example/t.png"><tr><td>x</td></tr></table>',
    "<body onload=alert(1)>",
    "<object data=https://evil.example/o></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<a href=https://ok.example onclick=alert(1)>ok</a>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "```\n<script>alert(1)</script>\n```",
    "[ok](https://ok.example 'fine')",
    "<https://autolink.example>",
    "<!-- a comment with <script> -->",
]


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = TagCollector()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("source", HOSTILE)
def test_only_allow_listed_tags_and_safe_links_survive(source: str) -> None:
    html = render_html(source)
    for tag, attrs in tags_of(html):
        assert tag in ALLOWED_TAGS, f"{tag} in {html}"
        assert tag != "img"
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}, f"{name} on {tag}: {html}"
            assert not name.startswith("on")
            if name == "href":
                scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", value or "")
                assert scheme is None or scheme.group(1).lower() in URL_SCHEMES, html
    assert "evil.example" not in "".join(str(a) for _t, a in tags_of(html))


def test_a_remote_image_is_named_not_fetched() -> None:
    assert "[image not shown: pixel]" in render_html("![pixel](https://tracker.example/p.gif)")


def test_ordinary_markdown_renders() -> None:
    html = render_html(
        "# Week\n\n- **taught** Dana\n- *learned* [more](https://ok.example)\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert [tag for tag, _ in tags_of(html)] == ["h1", "ul", "li", "strong", "li", "em", "a", "table", "thead", "tr",
                                                  "th", "th", "tbody", "tr", "td", "td"]  # fmt: skip


def test_huge_and_deeply_nested_text_renders_without_failing() -> None:
    huge = render_html("word " * (PREVIEW_LIMIT // 2))
    assert "Preview shows the first" in huge
    nested = render_html("> " * 5000 + "deep")
    assert "deep" in nested
    brackets = render_html("[" * 20000 + "x" + "]" * 20000)
    assert "x" in brackets
