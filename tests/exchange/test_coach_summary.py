"""The coach packet opens with a summary a coach reads in a minute, and ends it with the user's own topics."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner
from markdown_checks import TODAY, headings, lint, markdownlint

from career_journal.cli import cli
from career_journal.domain.enums import EntryKind
from career_journal.domain.records import Entry
from career_journal.exchange.markdown import MarkdownOptions, build_markdown
from career_journal.storage.journal import Journal

TOPICS = "Am I ready to **ask for the promotion**?\n\n- Which sponsor should hear about the release work?"


def summary_of(text: str) -> str:
    return text.split("## Summary", 1)[1].split("\n## ", 1)[0]


def test_the_summary_comes_first_and_says_what_moved_in_the_period(sample_journal: Journal, tmp_path: Path) -> None:
    sample_journal.entries.add(Entry("CANARY-PRIVATE-WIN", TODAY - timedelta(days=2), kind=EntryKind.WIN, private=True))
    options = MarkdownOptions(coach=True, topics=TOPICS)
    text = "".join(build_markdown(sample_journal, options, today=TODAY))
    titles = headings(text)
    assert titles[1] == (2, "Summary")
    assert titles[2] == (3, "What I want to talk about")
    assert titles[3] == (2, "Goals")
    summary = " ".join(summary_of(text).split())
    assert f"Period: {TODAY - timedelta(days=90)} to {TODAY} (91 days)" in summary
    assert "“Dana ran the release on her own”" in summary
    assert "Dana Whitfield: Release train (on their own)" in summary  # the latest level reached
    assert "Critical skills only I can do:" in summary and "at the start" in summary
    assert "Goals moved: Promotion to staff engineer" in summary
    assert "Overdue:" in summary
    assert "**ask for the promotion**" in summary and "- Which sponsor" in summary
    assert "CANARY-PRIVATE-WIN" not in text
    assert lint(text) == []
    (tmp_path / "coach.md").write_text(text, encoding="utf-8")
    assert markdownlint([tmp_path / "coach.md"]) == []


def test_the_full_export_has_no_summary(sample_journal: Journal) -> None:
    text = "".join(build_markdown(sample_journal, MarkdownOptions(), today=TODAY))
    assert "## Summary" not in text


def test_topics_come_from_the_command_line_and_need_the_coach_packet(sample_journal: Journal) -> None:
    db = str(sample_journal.path)
    result = CliRunner().invoke(cli, ["--db", db, "export", "markdown", "--coach", "--topics", "Next role?"])
    assert result.exit_code == 0, result.output
    assert "### What I want to talk about\n\nNext role?" in result.stdout
    refused = CliRunner().invoke(cli, ["--db", db, "export", "markdown", "--topics", "Next role?"])
    assert refused.exit_code != 0 and "--coach" in refused.stderr


def test_charts_are_png_files_beside_the_packet_linked_from_its_summary(
    sample_journal: Journal, tmp_path: Path
) -> None:
    from career_journal.cli.base import AppHooks
    from career_journal.ui.chart_files import write_chart_files  # the app hands the CLI this painter

    out = tmp_path / "coach.md"
    db = str(sample_journal.path)
    args = ["--db", db, "export", "markdown", "--coach", "--charts", "-o", str(out)]
    result = CliRunner().invoke(cli, args, obj=AppHooks(paint_charts=write_chart_files))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    folder = tmp_path / "coach-charts"
    pngs = sorted(p.name for p in folder.glob("*.png"))
    assert pngs == ["coverage.png", "goals.png", "network.png", "rhythm.png", "teaching.png"]
    for name in pngs:
        assert f"](coach-charts/{name})" in text  # a relative link, so the folder travels with the file
        assert (folder / name).read_bytes().startswith(b"\x89PNG")
    assert headings(text)[2] == (3, "Charts")
    assert markdownlint([out]) == []
    without = CliRunner().invoke(cli, ["--db", db, "export", "markdown", "--charts", "-o", str(tmp_path / "x.md")])
    assert without.exit_code != 0 and "--coach" in without.stderr


def test_the_career_journal_command_draws_the_charts_without_a_display(sample_journal: Journal, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "coach.md"
    command = [sys.executable, "-m", "career_journal", "--db", str(sample_journal.path), "export", "markdown"]
    done = subprocess.run(
        [*command, "--coach", "--charts", "-o", str(out)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "coach-charts").glob("*.png"))) == 5


def test_a_swedish_packets_charts_are_worded_in_swedish(sample_journal: Journal, tmp_path: Path) -> None:
    from career_journal.exchange.markdown import write_markdown
    from career_journal.language import Language

    painted: dict[str, list] = {}
    for language in Language:
        options = MarkdownOptions(coach=True, charts=True, language=language)
        write_markdown(
            sample_journal,
            options,
            tmp_path / f"coach-{language.value}.md",
            today=TODAY,
            paint_charts=lambda charts, _folder, language=language: painted.setdefault(language.value, list(charts)),
        )
    english, swedish = painted["en"], painted["sv"]
    assert [c.key for c in swedish] == [c.key for c in english]
    for en, sv in zip(english, swedish, strict=True):
        assert sv.title != en.title and sv.reading != en.reading  # what the picture and its caption say
    text = (tmp_path / "coach-sv.md").read_text(encoding="utf-8")
    assert all(chart.title in text for chart in swedish)
