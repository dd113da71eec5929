"""What the Markdown tests look at: a default markdownlint run and what a CommonMark renderer sees."""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date
from pathlib import Path

from markdown_it import MarkdownIt
from pymarkdown.api import PyMarkdownApi

TODAY = date(2026, 11, 23)  # the day the sample journal's story is dated around
CANARIES = {
    "private": "CANARY-PRIVATE-ENTRY",
    "email": "canary.email@example.org",
    "phone": "+44 7700 900999",
    "person_notes": "CANARY-PERSON-NOTE",
    "adviser_notes": "CANARY-ADVISER-NOTE",
    "old": "CANARY-OLD-ENTRY",
}


def lint(text: str) -> list[str]:
    """Failures of markdownlint's default rules (pymarkdown) on ``text``; [] when it passes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.md"
        path.write_text(text, encoding="utf-8")
        result = PyMarkdownApi().scan_path(str(path))
    return [f"line {f.line_number}: {f.rule_id} {f.extra_error_information}".strip() for f in result.scan_failures]


def headings(text: str) -> list[tuple[int, str]]:
    """(level, text as a reader sees it) of every heading, in order."""
    tokens = MarkdownIt("commonmark").parse(text)
    return [
        (int(token.tag[1]), "".join(child.content for child in tokens[index + 1].children or []))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def raw_html(text: str) -> list[str]:
    """HTML a CommonMark renderer would pass through as live tags (blocks and inline)."""
    found = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "html_block":
            found.append(token.content)
        found += [child.content for child in token.children or [] if child.type == "html_inline"]
    return found


def rendered(text: str, *, tables: bool = False) -> str:
    parser = MarkdownIt("commonmark")
    return (parser.enable("table") if tables else parser).render(text)


MARKDOWNLINT = (
    Path(__file__).resolve().parents[2] / ".venv" / "markdownlint" / "node_modules" / ".bin" / "markdownlint-cli2"
)


def markdownlint(paths: list[Path]) -> list[str]:
    """Failures of the real markdownlint's default rules (markdownlint-cli2) on ``paths``; [] when all pass."""
    assert MARKDOWNLINT.exists(), (
        f"markdownlint-cli2 is missing: run scripts/setup (it needs npm) to put it at {MARKDOWNLINT}"
    )
    folder = paths[0].parent
    result = subprocess.run(
        [str(MARKDOWNLINT), *(str(p.relative_to(folder)) for p in paths)],
        cwd=folder, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    found = [line for line in result.stderr.splitlines() if " MD0" in line]
    assert found or result.returncode == 0, result.stderr
    return found
