"""The preview's HTML: hostile Markdown comes out as harmless text, with only allow-listed tags."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markdown_checks import TODAY, rendered

from career_journal import demo
from career_journal.exchange.md_blocks import Headings, render
from career_journal.exchange.md_inline import HEADING_PUNCTUATION
from career_journal.exchange.render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    PREVIEW_LIMIT,
    TANGLED_NOTE,
    URL_SCHEMES,
    render_html,
)
from career_journal.storage.journal import Journal

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


class Structure(HTMLParser):
    """What a reader notices in rendered HTML: heading texts, list items, link targets."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.items = 0
        self.links: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []
        elif tag == "li":
            self.items += 1
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()).rstrip(HEADING_PUNCTUATION))
            self._heading = None


def structure(html: str) -> tuple[list[str], int, list[str]]:
    parser = Structure()
    parser.feed(html)
    return parser.headings, parser.items, parser.links


def demo_notes(journal: Journal) -> list[str]:
    notes = [entry.body for entry in journal.entries.iter_all()]
    notes += [goal.why for goal in journal.goals.list()]
    notes += [i.notes for i in journal.people.interactions()] + [o.notes for o in journal.people.opportunities()]
    return [note for note in notes if note.strip()]


def test_the_preview_and_the_export_agree_on_the_demos_notes(journal: Journal) -> None:
    demo.populate(journal, TODAY, earlier_months=True)
    notes = demo_notes(journal)
    assert any("\n- " in note for note in notes) and any("#" in note for note in notes)

    for note in notes:
        exported = "\n\n".join(render(note, level=2, headings=Headings()))
        assert structure(render_html(note)) == structure(rendered(exported, tables=True)), note


@pytest.mark.parametrize(
    "note",
    [
        "Monday\n- a list right after a line\n- of text",
        "- nested by two\n  - inside\n    - deeper",
        "1. one\n2. two\n   - mixed in",
        "```python\nx = [1]  # code, not a link\n```\n\n| a | b |\n|---|---|\n| [x](https://a.example) | 2 |",
        "> quoted\n> - item\n\nText with `a [not link](x)` and <https://b.example> and [ref][r]\n\n[r]: https://c.example",
        "## Heading\nText right under it\n* star\n+ plus",
        "- item\n\n  ```py\n  [code](x) in a list\n  ```\n- two\n\n> ```\n> [code](y) in a quote\n> ```",
    ],
)
def test_the_preview_reads_markdown_as_commonmark_does(note: str) -> None:
    exported = "\n\n".join(render(note, level=0, headings=Headings()))
    preview = structure(render_html(note))

    assert preview == structure(rendered(exported, tables=True))
    assert preview[1:] == structure(rendered(note, tables=True))[1:]  # the list items and links of the note itself
    assert render_html(note).count("<pre>") == note.count("```") // 2


def test_hostile_brackets_and_marks_are_shown_as_typed_at_once() -> None:
    for hostile in ("[" * 20000 + "x" + "]" * 20000, "[x" * 15000, "![" * 15000, "*a " * 20000):
        html = render_html(hostile)
        assert TANGLED_NOTE in html and "<pre>" in html
    assert TANGLED_NOTE not in render_html("A note with [a link](https://ok.example) and *some* emphasis.")
