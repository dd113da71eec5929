"""The Markdown export as a reader (or a coach) gets it: one file, sound structure, the right records."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from markdown_checks import TODAY, headings, lint, raw_html

from career_journal import demo
from career_journal.domain.enums import EntryKind
from career_journal.domain.errors import JournalError
from career_journal.domain.records import Entry, ExportedEntry, GoalChange, Interaction, Person
from career_journal.exchange.markdown import MarkdownOptions, build_markdown, left_out, resolve_range, write_markdown
from career_journal.storage.journal import Journal

SECTION_TITLES = ["Goals", "Journal entries", "Teaching and handovers", "Network", "Personal team"]


def export(journal: Journal, **options: object) -> str:
    return "".join(build_markdown(journal, MarkdownOptions(**options), today=TODAY))  # type: ignore[arg-type]


def test_full_export_of_the_demo_is_clean_markdown_that_reads_as_a_story(sample_journal: Journal) -> None:
    text = export(sample_journal)

    assert lint(text) == []
    found = headings(text)
    assert [h for h in found if h[0] == 1] == [(1, "Career journal: up to 2026-11-23")]
    assert [title for level, title in found if level == 2] == SECTION_TITLES
    entry_days = [title[:10] for level, title in found if level == 3 and title[:4].isdigit()]
    assert len(entry_days) == 11 and entry_days == sorted(entry_days)  # oldest first, the private one left out
    assert all(b <= a + 1 for (a, _), (b, _) in pairwise(found))
    assert raw_html(text) == []
    assert "Dana ran the release on her own" in text and "Thinking about the exit plan" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_coach_packet_covers_the_last_90_days(sample_journal: Journal) -> None:
    for offset, title in ((-90, "First day in the window"), (-91, "Just before the window")):
        sample_journal.entries.add(Entry(title=title, body="x", entry_date=TODAY + timedelta(days=offset)))

    text = export(sample_journal, coach=True)

    assert resolve_range(MarkdownOptions(coach=True), TODAY) == (date(2026, 8, 25), TODAY)
    assert headings(text)[0] == (1, "Coaching notes: 2026-08-25 to 2026-11-23")
    assert "First day in the window" in text and "Just before the window" not in text
    assert lint(text) == []


def test_a_chosen_range_and_chosen_sections(sample_journal: Journal) -> None:
    options = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 20), "sections": ("team", "entries")}
    text = export(sample_journal, **options)

    found = headings(text)
    assert found[0] == (1, "Career journal: 2026-11-01 to 2026-11-20")
    assert [title for level, title in found if level == 2] == ["Journal entries", "Personal team"]
    days = [title[:10] for level, title in found if level == 3 and title[:4].isdigit()]
    assert days == ["2026-11-02", "2026-11-07", "2026-11-14", "2026-11-17", "2026-11-20"]
    assert "### Promotion to staff engineer" not in text  # no goals section
    with pytest.raises(ValueError, match="Unknown section"):
        MarkdownOptions(sections=("goals", "diary"))


def test_goals_show_direction_progress_milestones_and_plan_changes(sample_journal: Journal) -> None:
    exit_plan = sample_journal.goals.resolve("Keep the exit option warm")
    with sample_journal.transaction():
        sample_journal.goals.add_history(
            [GoalChange(exit_plan.id or 0, "2026-11-01T10:00:00+00:00", "status", "idea", "active")]
        )

    text = export(sample_journal, sections=("goals",), include_private=True)  # the exit plan is private

    staff = text.split("### Promotion to staff engineer")[1].split("###")[0]
    assert "- Direction: Upward\n- Status: Active\n- Target date: 2026-12-17\n- Progress: 2 of 4 milestones" in staff
    assert "- [x] Hand the release train to Dana (done 2026-11-22)\n" in staff
    assert "- [ ] Write the Terraform runbook\n" in staff
    assert "**Evidence**: teaching" in staff  # why is Markdown and stays so
    assert "- 2026-11-01: status changed from Idea to Active" in text
    assert lint(text) == []


def test_teaching_network_and_team_sections(sample_journal: Journal) -> None:
    text = export(sample_journal, sections=("teaching", "network", "team"))

    only_you = text.split("### Only you can do this")[1].split("###")[0]
    assert only_you.startswith("\n\n- Terraform state surgery (critical, not written down): Teach it to someone")
    assert "Release train" not in only_you  # Dana can run it on her own now
    assert "- Release train to Dana Whitfield: in transition since 2026-09-24; Shadow two" in text
    assert "#### 2026-11-20 — Coffee with Marcus Obi\n\n- Asked: What would make Q3 a success for you?" in text
    assert "#### Self-service rollback for Payments\n\n- With: Marcus Obi\n- Status: Proposed" in text
    assert "- Relationship: Internal customer" in text
    assert "### Résumé writer\n\nNobody yet: this role is a gap in your team." in text
    assert "Ruth Olsen\n\n- Helps with: Puts my name forward for visible work" in text
    assert "- Next check-in: overdue by 13 days" in text
    assert lint(text) == []


def test_an_empty_journal_gives_a_short_valid_document(journal: Journal) -> None:
    text = export(journal)

    assert lint(text) == []
    assert [title for level, title in headings(text) if level == 2] == SECTION_TITLES
    for sentence in ("No goals yet.", "No journal entries in this period.", "No people recorded yet."):
        assert sentence in text


def test_same_journal_same_day_same_bytes_and_the_file_is_what_was_streamed(
    sample_journal: Journal, tmp_path: Path
) -> None:
    (folder := tmp_path / "exports").mkdir()
    out = folder / "journal.md"
    options = MarkdownOptions(coach=True)

    write_markdown(sample_journal, options, out, today=TODAY)
    first = out.read_bytes()
    write_markdown(sample_journal, options, out, today=TODAY)

    assert out.read_bytes() == first == export(sample_journal, coach=True).encode()
    assert [p.name for p in folder.iterdir()] == ["journal.md"]


def test_a_failed_export_leaves_the_previous_file(
    sample_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder := tmp_path / "exports").mkdir()
    out = folder / "journal.md"
    out.write_text("last week's export\n", encoding="utf-8")
    real = sample_journal.export_cache.entries

    def fails_half_way(*args: object, **kwargs: object) -> Iterator[ExportedEntry]:
        yield next(real(*args, **kwargs))  # type: ignore[arg-type]
        raise OSError("the drive went away")

    monkeypatch.setattr(sample_journal.export_cache, "entries", fails_half_way)
    with pytest.raises(JournalError):
        write_markdown(sample_journal, MarkdownOptions(), out, today=TODAY)

    assert out.read_text(encoding="utf-8") == "last week's export\n"
    assert [p.name for p in folder.iterdir()] == ["journal.md"]
    with pytest.raises(JournalError, match="does not exist"):
        write_markdown(sample_journal, MarkdownOptions(), tmp_path / "missing" / "x.md", today=TODAY)


# -- a decade of notes ------------------------------------------------------------
BIG = 6_000
_WORDS = [
    *("release", "train", "taught", "Dana", "handover", "runbook", "Terraform", "coach", "mentor", "sponsor"),
    *("review", "goal", "plan", "week", "lesson", "learned", "asked", "Marcus", "Payments", "rollback"),
]


def _generated(count: int) -> Iterator[Entry]:
    rnd = random.Random(7)
    start = TODAY - timedelta(days=3650)
    for number in range(count):
        text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(15, 90)))
        if number % 5 == 0:
            text = f"## What did I teach?\n\n{text}\n\n- one *thing*\n- another\n\n## Next week\n\n{text[:120]}"
        yield Entry(
            title=f"Note {number}",
            body=text,
            entry_date=start + timedelta(days=number * 3650 // count),
            kind=EntryKind.REFLECTION if number % 5 == 0 else EntryKind.NOTE,
            tags=["work", "weekly"] if number % 3 else [],
            person_ids=[1] if number % 4 == 0 else [],
        )


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    journal = Journal.open(tmp_path_factory.mktemp("big") / "decade.cjdb", create=True)
    demo.populate(journal, TODAY)
    with journal.transaction(), journal.search.deferred():
        journal.entries.add_many(_generated(BIG))
    yield journal
    journal.close()


def test_a_big_export_streams_in_pieces(big_journal: Journal) -> None:
    """Timings live in benchmarks/; here: the document is written as it is read, never held whole."""
    sizes = [len(chunk) for chunk in build_markdown(big_journal, MarkdownOptions(), today=TODAY)]

    assert len(sizes) > 20 and max(sizes) < 256 * 1024


def test_a_one_year_coach_packet_holds_that_year_only(big_journal: Journal) -> None:
    options = MarkdownOptions(coach=True, date_from=TODAY - timedelta(days=365))
    text = "".join(build_markdown(big_journal, options, today=TODAY))

    dated = re.findall(r"\n### (\d{4}-\d{2}-\d{2})", text)
    assert len(dated) > BIG // 12
    assert min(dated) >= (TODAY - timedelta(days=365)).isoformat() and max(dated) <= TODAY.isoformat()


def test_a_dated_export_lists_only_people_with_something_in_it_and_says_who_was_left_out(
    sample_journal: Journal,
) -> None:
    sample_journal.people.add(Person(name="Quiet Quentin", org="Platform"))
    week = {"date_from": TODAY - timedelta(days=7), "sections": ("network",)}

    text = export(sample_journal, **week)
    everyone = export(sample_journal, **week, everyone=True)

    assert "Quiet Quentin" not in text and "#### Quiet Quentin\n\n- Organisation: Platform" in everyone
    assert "Role: Platform" not in everyone  # an organisation is not a role
    held = left_out(sample_journal, MarkdownOptions(**week), today=TODAY)  # type: ignore[arg-type]
    people = sample_journal.people.list()
    quiet = sum(f"\n#### {person.name}\n" not in text for person in people)
    assert 0 < quiet < len(people)
    assert f"{quiet} people with nothing in this period" in held
    assert not any("nothing in this period" in phrase for phrase in left_out(
        sample_journal, MarkdownOptions(**week, everyone=True), today=TODAY))  # type: ignore[arg-type]  # fmt: skip


def test_a_long_prompt_heading_goes_on_in_the_next_paragraph_not_twice(journal: Journal) -> None:
    prompt = "What did I teach this week, to whom, how far did they get, and what is the next step for each of them?"
    journal.entries.add(Entry(title="Weekly review", body=f"## {prompt}\n\nDana ran the release.", entry_date=TODAY))

    text = export(journal, sections=("entries",))

    heading = next(line for line in text.splitlines() if line.startswith("#### "))
    assert heading.endswith("…") and len(heading) <= 80
    after = text.split(heading + "\n\n")[1].split("\n\n")[0]
    assert after.startswith("…") and " ".join((heading[5:-1] + " " + after[1:]).split()) == prompt
    assert text.count("What did I teach this week") == 1
    assert lint(text) == []


def test_private_goals_and_opportunities_stay_out_unless_asked_and_are_named_to_the_user(
    sample_journal: Journal,
) -> None:
    exit_plan = sample_journal.goals.resolve("Keep the exit option warm")
    assert exit_plan.private  # an exit plan starts private
    opportunity = sample_journal.people.opportunities()[0]
    opportunity.private = True
    sample_journal.people.update_opportunity(opportunity)
    sample_journal.entries.add(
        Entry(title="Shared note about the exit", body="x", entry_date=TODAY, goal_ids=[exit_plan.id or 0])
    )

    coach = export(sample_journal, coach=True)
    asked = export(sample_journal, coach=True, include_private=True)
    held = left_out(sample_journal, MarkdownOptions(coach=True), today=TODAY)

    for private_text in ("Keep the exit option warm", opportunity.title):
        assert private_text not in coach and private_text in asked
    assert "Shared note about the exit" in coach  # the entry is shared; only the goal's name is not
    assert held[0].startswith("1 private goal (“Keep the exit option warm”) with")
    assert f"1 private opportunity (“{opportunity.title}”)" in held


def test_a_conversation_names_its_people_in_the_order_the_app_lists_them(journal: Journal) -> None:
    """By name, case aside, and the same name (in another case, too) in the order they were added."""
    names = ["sam K", "Åsa Ö", "Sam K", "adam N", "Sam k", "Zoe"]
    people = [journal.people.add(Person(name=name)) for name in names]
    journal.people.add_interaction(
        Interaction(occurred_on=TODAY, notes="Planning.", person_ids=[p.id or 0 for p in reversed(people)])
    )
    listed = ", ".join(journal.people.interactions()[0].person_names)

    assert f"with {listed}" in export(journal, sections=("network",))
    assert listed == "adam N, sam K, Sam K, Sam k, Zoe, Åsa Ö"
