"""Whatever a user typed, the export stays one well-formed document that a linter accepts."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import pairwise

from markdown_checks import TODAY, headings, lint, raw_html, rendered

from career_journal.domain.records import Entry, Person
from career_journal.exchange.markdown import MarkdownOptions, build_markdown
from career_journal.exchange.md_blocks import Headings, render
from career_journal.storage.journal import Journal

HOSTILE = (
    "# I am a title\n"
    "Some text <script>alert('x')</script> and <b>bold</b>\n"
    '<div onclick="evil()">an HTML block</div>\n'
    "<!-- a comment -->\n\n"
    "Setext heading\n==============\n\n"
    "* star list\n+ plus item\n    * nested by four\n        * deeper\n\n"
    "1. one\n3. three\n10. ten\n\n"
    "Text\n- a list right after text\n\n"
    "> quote one\n\n> quote two\n\n"
    "    indented code\n\n"
    "```\nno language # not a heading\n<div>kept as code</div>\n```\n\n"
    "~~~python\ntilde fence\n```\ninner backticks\n~~~\n\n"
    "| a | b |\n|---|---|\n| <i>x</i> | y |\n\n"
    "***\n___\n\n"
    "**Next week**\n\n"
    "_em_ and __strong__ and snake_case_name and `code_with_underscores`\n\n"
    "trailing spaces   \nnext line\t\n" + "a very long line " * 12 + "\n"
    "#hashtag at the start of a line\n"
    "https://example.org/a_b_c. [here](https://example.org) ![](picture.png)\n\n"
    "```sh\necho " + "word " * 30 + "\n```\n"
    "#### Deep heading that ends with a colon:\n"
)


def export(journal: Journal, **options: object) -> str:
    return "".join(build_markdown(journal, MarkdownOptions(**options), today=TODAY))  # type: ignore[arg-type]


def test_a_hostile_entry_cannot_break_the_document(journal: Journal) -> None:
    journal.entries.add(Entry(title="<script>alert(1)</script> # and #", body=HOSTILE, entry_date=TODAY))
    journal.entries.add(Entry(title="Second", body=HOSTILE, entry_date=TODAY - timedelta(days=1)))

    text = export(journal, sections=("entries",))

    assert lint(text) == []
    found = headings(text)
    assert [level for level, _ in found].count(1) == 1
    assert all(b <= a + 1 for (a, _), (b, _) in pairwise(found))  # no level skipped
    entry_headings = [title for level, title in found if level == 3]
    assert entry_headings == ["2026-11-22 — Second", "2026-11-23 — <script>alert(1)</script> # and #"]
    assert all(level >= 4 for level, title in found if level > 2 and title not in entry_headings)
    assert len({title for _, title in found}) == len(found)  # every heading once (MD024)
    assert raw_html(text) == []
    html = rendered(text)
    assert "<script" not in html and "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    assert all(len(line) <= 80 or " " not in line[80:] for line in text.splitlines())


def test_code_keeps_its_text(journal: Journal) -> None:
    journal.entries.add(Entry(title="Code", body=HOSTILE, entry_date=TODAY))
    text = export(journal, sections=("entries",))

    assert "```text\nno language # not a heading\n<div>kept as code</div>\n```" in text
    assert "````python\ntilde fence\n```\ninner backticks\n````" in text
    assert "```text\nindented code\n```" in text
    assert "echo word word" in text and "\n↪ word word" in text  # a too-long line is folded, not cut


def render_one(text: str, level: int = 3) -> str:
    return "\n\n".join(render(text, level=level, headings=Headings(), context="2026-11-14"))


def test_body_headings_sit_below_the_item_and_repeat_with_their_date() -> None:
    shared = Headings()
    first = render("## What did I teach?\n\nx\n\n#### Detail", level=3, headings=shared, context="2026-11-07")
    second = render("## What did I teach?\n\ny", level=3, headings=shared, context="2026-11-14")

    assert first == ["#### What did I teach?", "x", "##### Detail"]
    assert second == ["#### What did I teach? (2026-11-14)", "y"]
    assert render_one("Title\n=====\n\ntext") == "#### Title\n\ntext"
    assert render_one("# A\n\n###### F", level=5) == "###### A\n\n###### F"  # capped at H6


def test_lists_are_one_style() -> None:
    assert render_one("* a\n+ b\n    * nested\n        * deeper") == "- a\n- b\n  - nested\n    - deeper"
    assert render_one("1. one\n3. three\n10. ten") == "1. one\n2. three\n3. ten"
    assert render_one("Text\n- item") == "Text\n\n- item"


def test_inline_markdown_is_kept_but_html_and_bare_links_are_not() -> None:
    assert render_one("_em_ __strong__ snake_case `a_b`") == "*em* **strong** snake_case `a_b`"
    assert render_one("a <b>tag</b> and <https://kept.example>") == "a \\<b>tag\\</b> and <https://kept.example>"
    assert render_one("see https://example.org/x.") == "see <https://example.org/x>."
    assert render_one("line one  \nline two") == "line one\\\nline two"
    assert render_one("#tag") == "\\#tag"


def test_long_lines_wrap_without_starting_a_new_block() -> None:
    body = "word " * 14 + "- not a list item 1. not a number # not a heading " + "word " * 10
    lines = render_one(body).splitlines()

    assert all(len(line) <= 80 for line in lines)
    assert " ".join(line.lstrip("\\") for line in lines).split() == body.split()
    assert rendered(render_one(body)).count("<p>") == 1 and "<li>" not in rendered(render_one(body))


def test_tables_stay_tables_unless_too_wide() -> None:
    narrow = "| a | b |\n| --- | --- |\n| 1 | 2 |"
    assert render_one(narrow) == narrow
    assert "<table>" in rendered(render_one(narrow), tables=True)
    wide = "| name | note |\n|---|---|\n| Dana | " + "runs the release train " * 5 + "|"
    assert render_one(wide).startswith("- name: Dana; note: runs the release train")


def test_people_and_titles_are_plain_text(journal: Journal) -> None:
    journal.people.add(Person(name="*Not* [a link](http://x)", org="AT&T", needs="fix #42 <now>"))
    text = export(journal, sections=("network",))

    assert "#### \\*Not\\* \\[a link](<http://x>)" in text
    assert "- Trying to achieve: fix #42 \\<now>" in text
    assert lint(text) == []


# Pieces of Markdown a journal really holds, and some it should not; stray backticks
# are left out: a code span broken across lines is the one thing the export cannot mend.
PIECES = [
    *("# Title", "## Sub", "### Deep.", "#tag", "Setext", "===", "---", "***", "* * *", "- - -", "- item", "* star"),
    *("+ plus", "    indented", "  - nested", "1. one", "7) seven", "> quote", ">> deep quote", "> # quoted heading"),
    *("> - quoted item\n>   more", "```", "```python", "~~~", "| a | b |", "|---|---|", "| <b>x</b> | y |", "a | b"),
    *("<div>html</div>", "<script>alert(1)</script>", "<!-- c -->", "**Bold alone**", "_em_ text", "__strong__"),
    *("text with `code_span` and snake_case", "https://example.org/x_y.", "[here](http://x)", "![](a.png)"),
    *("see [d][] and [e]", "[d]: http://d.example", "[ref]: http://example.org", "- [ ] task", "- [x] done"),
    *("trailing   ", "\ttabbed", "", "", "", "plain words " * 12, "a" * 100, "word " * 25 + "- 1. # >"),
    *("1.", "-", ">", "#", "     five spaces", "-     code in item", "Ünïcode ✓ — “quotes”", "Heading!\n---"),
    *("  - deep\n      ```\n      x\n      ```", "| long | " + "cell " * 30 + "|", "#5 is an issue", "3.14 is pi"),
]


def test_random_mixtures_of_markdown_always_lint_clean() -> None:
    rnd = random.Random(20261123)
    shared = Headings()
    parts = ["# Career journal: up to 2026-11-23", "## Journal entries"]
    for number in range(60):
        body = "\n".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 14)))
        parts.append(f"### Entry {number}")
        parts += render(body, level=3, headings=shared, context=f"2026-01-{number % 28 + 1:02d}")
    text = "\n\n".join(parts) + "\n"

    assert lint(text) == []
    assert [level for level, _ in headings(text)].count(1) == 1 and raw_html(text) == []
