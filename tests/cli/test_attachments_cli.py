"""attach, attachments, attachment save, detach: each with a one-line answer, and a clear one when it cannot."""

from __future__ import annotations

import json
from pathlib import Path


def test_attach_list_save_and_detach_from_the_command_line(run, tmp_path: Path) -> None:
    review = tmp_path / "review.pdf"
    review.write_bytes(b"%PDF-1.4 the review")
    assert run("add", "Promotion case made", "--kind", "win").exit_code == 0
    assert run("goal", "add", "Staff engineer", "--direction", "up").exit_code == 0

    attached = run("attach", "1", str(review))
    assert attached.output.strip() == "Attached review.pdf (19 bytes) to entry #1 as file #1."
    assert run("attach", "--goal", "staff", str(review)).exit_code == 0
    listed = run("attachments", "1").output
    assert "#1  review.pdf  19 bytes" in listed and "1 file, 19 bytes attached to entry #1." in listed
    as_json = json.loads(run("attachments", "--goal", "staff", "--json").output)
    assert [(f["id"], f["goal_id"], f["file_name"]) for f in as_json] == [(2, 1, "review.pdf")]
    assert "Files: review.pdf (19 bytes, #1)" in run("show", "1").output
    assert "#2  review.pdf (19 bytes)" in run("goal", "show", "staff").output
    assert "attachment #1" in run("search", "review", "--kind", "attachment").output

    copy = tmp_path / "copy.pdf"
    assert run("attachment", "save", "1", "-o", str(copy)).exit_code == 0
    assert copy.read_bytes() == review.read_bytes()
    assert run("detach", "1", "--yes").output.strip() == "Removed review.pdf (file #1) from entry #1."
    assert run("attachments", "1").output.strip() == "No files attached to entry #1."


def test_what_cannot_be_done_is_said_in_one_line(run, db_path: Path, tmp_path: Path) -> None:
    run("add", "An entry")
    cases = [
        (["attach", "1", str(tmp_path / "nothing.pdf")], "There is no file at"),
        (["attach", "9", str(db_path)], "No entry matches '9'"),
        (["attach", "1", str(db_path)], "is part of your journal; it cannot be attached to itself"),
        (["attach", str(tmp_path)], "Usage: career-journal attach ENTRY_ID FILE"),
        (["attachments", "one"], "'one' is not an entry id"),
        (["attachment", "save", "5", "-o", str(tmp_path / "x")], "No attached file matches '5'"),
        (["detach", "5", "--yes"], "No attached file matches '5'"),
        (["export", "markdown", "--attachments"], "--attachments needs -o FILE"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code != 0, args
        assert message in result.output and result.output.count("\n") == 1, (args, result.output)
