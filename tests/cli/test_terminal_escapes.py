"""Text someone stored never drives the terminal: escape sequences are printed visibly (issue 7, item 17)."""

from __future__ import annotations

import pytest

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"
CLEAR = "\x1b[2J\x1b[H"
HOSTILE = f"Plan{OSC_TITLE} with{OSC_CLIPBOARD} more{CLEAR}text\x9b31m"


@pytest.fixture
def hostile(run) -> None:
    assert run("person", "add", f"Ann{CLEAR}", "--needs", HOSTILE).exit_code == 0
    assert run("add", f"Body {HOSTILE} searchable", "--title", f"Title {HOSTILE}", "--person", "Ann").exit_code == 0


@pytest.mark.parametrize(
    "command",
    [
        ["show", "1"],
        ["entries"],
        ["search", "searchable"],
        ["people"],
        ["person", "show", "1"],
        ["person", "show", f"Zed{OSC_TITLE}"],
    ],
)
def test_stored_escape_sequences_are_printed_visibly(run, hostile, command) -> None:
    result = run(*command)
    printed = result.stdout + result.stderr
    for raw in ("\x1b]", "\x07", "\x1b[2J", "\x1b[H", "\x9b"):
        assert raw not in printed, (command, repr(printed))
    assert "\\x1b" in printed, "the text is still there, shown as an escape"
