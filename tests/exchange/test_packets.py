"""The promotion and handover packets, built from the demo story with private canaries planted in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from markdown_checks import TODAY, headings, lint, markdownlint

from career_journal.cli import cli
from career_journal.domain.enums import EntryKind, OpportunityStatus, RecordKind
from career_journal.domain.records import Entry, Goal, Opportunity, WinStory
from career_journal.exchange.packet_options import HANDOVER, PROMOTION, PacketOptions
from career_journal.exchange.packets import open_export
from career_journal.storage.journal import Journal

PRIVATE_WIN = "CANARY-PRIVATE-WIN"
PRIVATE_STORY = "CANARY-PRIVATE-STORY"
PRIVATE_GOAL = "CANARY-PRIVATE-GOAL"
PRIVATE_CHANCE = "CANARY-PRIVATE-OPPORTUNITY"
LOCAL_PATH = "/home/me/CANARY-LOCAL-PATH/runbook.md"


@pytest.fixture
def planted(sample_journal: Journal) -> Journal:
    journal = sample_journal
    secret = journal.goals.add(Goal(PRIVATE_GOAL, private=True))
    journal.entries.add(
        Entry(
            title="A win I keep to myself",
            body=PRIVATE_WIN,
            entry_date=TODAY - timedelta(days=4),
            kind=EntryKind.WIN,
            private=True,
            goal_ids=[secret.id or 0],
            story=WinStory(situation=PRIVATE_STORY, result=PRIVATE_STORY),
        )
    )
    sam = journal.people.resolve("Sam Keller")
    journal.people.add_opportunity(
        Opportunity(PRIVATE_CHANCE, person_id=sam.id, status=OpportunityStatus.CHAMPIONING, private=True)
    )
    skill = journal.skills.resolve("Postgres failover")
    skill.documented = LOCAL_PATH
    journal.skills.update(skill)
    return journal


def build(journal: Journal, options: PacketOptions) -> tuple[str, list[str]]:
    export = open_export(journal, options, today=TODAY)
    return "".join(export.chunks()), export.left_out()


def test_each_packet_passes_markdownlint_and_leaves_out_every_canary(planted: Journal, tmp_path: Path) -> None:
    files = []
    for kind in (PROMOTION, HANDOVER):
        text, held_back = build(planted, PacketOptions(kind))
        for canary in (PRIVATE_WIN, PRIVATE_STORY, PRIVATE_GOAL, PRIVATE_CHANCE, "CANARY-LOCAL-PATH"):
            assert canary not in text, f"{canary} in the {kind} packet"
        assert lint(text) == []
        path = tmp_path / f"{kind}.md"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        assert held_back, f"the {kind} packet says nothing of what it left out"
    assert markdownlint(files) == []


def test_the_promotion_packet_tells_wins_as_star_stories_grouped_by_goal(planted: Journal) -> None:
    text, held_back = build(planted, PacketOptions(PROMOTION))
    titles = [title for _level, title in headings(text)]
    assert titles[0].startswith("Promotion packet")
    assert "Promotion to staff engineer" in titles
    story_win = next(t for t in titles if t.endswith("Dana ran the release on her own"))
    assert titles.index("Promotion to staff engineer") < titles.index(story_win)
    section = text.split(story_win, 1)[1].split("\n#", 1)[0]
    for part in ("Situation:", "Task:", "Action:", "Result:"):
        assert f"**{part}**" in section
    assert "Releases no longer wait for me." in " ".join(section.split())
    assert "Needs a result" not in section
    # A win written without a story is shown as written, and says it needs a result.
    plain_win = next(t for t in titles if t.endswith("Incident comms template adopted"))
    section = text.split(plain_win, 1)[1].split("\n#", 1)[0]
    assert "Needs a result" in section and "no escalations" in section
    assert "Customer incident template" in text  # an adopted opportunity counts as championed
    # Teaching has no goal of its own: it goes under the goal whose entries name its skill.
    staff_part = text.split("## Promotion to staff engineer", 1)[1].split("\n## ", 1)[0]
    assert "Release train to Dana Whitfield by shadowing, reached on their own" in " ".join(staff_part.split())
    assert held_back == ["1 private win", "2 private goals", "1 private opportunity"]  # the demo has an exit plan


def test_private_parts_come_back_only_when_asked(planted: Journal) -> None:
    text, held_back = build(planted, PacketOptions(PROMOTION, include_private=True))
    for canary in ("A win I keep to myself", PRIVATE_STORY, PRIVATE_GOAL, PRIVATE_CHANCE):
        assert canary in text
    assert PRIVATE_WIN not in text  # a win with a story is told by its story
    assert held_back == []


def test_one_goal_and_a_date_range_narrow_the_promotion_packet(planted: Journal) -> None:
    staff = planted.goals.resolve("staff")
    text, _ = build(planted, PacketOptions(PROMOTION, goal_id=staff.id, date_from=TODAY - timedelta(days=10)))
    titles = [title for _level, title in headings(text)]
    assert "Beyond my goals" not in titles
    assert any(t.endswith("Dana ran the release on her own") for t in titles)
    assert not any(t.endswith("Incident comms template adopted") for t in titles)  # older than ten days


def test_a_story_is_kept_edited_and_emptied_with_its_entry(journal: Journal) -> None:
    win = journal.entries.add(Entry("Shipped it", TODAY, kind=EntryKind.WIN, story=WinStory(task="Ship it")))
    assert journal.entries.get(win.id or 0).story == WinStory(task="Ship it")
    journal.entries.update(replace(win, story=WinStory(task="Ship it", result="Shipped")))
    assert journal.entries.get(win.id or 0).story == WinStory(task="Ship it", result="Shipped")
    journal.entries.update(replace(win, story=WinStory()))  # every part emptied in the editor
    assert journal.entries.get(win.id or 0).story is None


def test_the_handover_packet_shows_who_covers_each_responsibility(planted: Journal) -> None:
    text, held_back = build(planted, PacketOptions(HANDOVER))
    titles = [title for level, title in headings(text) if level == 2]
    assert titles[0] in {"On-call incident command", "Postgres failover", "Terraform state surgery"}  # critical first
    release = text.split("## Release train", 1)[1].split("\n## ", 1)[0]
    assert "Dana Whitfield (on their own)" in release
    assert "someone else can do it on their own" in release
    assert "in transition" in release
    postgres = text.split("## Postgres failover", 1)[1].split("\n## ", 1)[0]
    assert "Next step: Take Jo Martins from with help to on their own" in postgres
    assert "on my computer (not shared)" in postgres
    assert any("written down" in phrase for phrase in held_back)
    only, _ = build(planted, PacketOptions(HANDOVER, skill_ids=(planted.skills.resolve("Release train").id or 0,)))
    assert [title for level, title in headings(only) if level == 2] == ["Release train"]


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_the_command_line_writes_each_packet_and_says_what_it_left_out(planted: Journal, tmp_path: Path) -> None:
    db = planted.path
    promotion = tmp_path / "promotion.md"
    result = run(db, "export", "promotion", "--goal", "staff", "-o", str(promotion))
    assert result.exit_code == 0, result.output
    assert "Left out: 1 private win" in result.stderr
    assert promotion.read_text(encoding="utf-8").startswith("# Promotion packet")
    refused = run(db, "export", "promotion", "--goal", PRIVATE_GOAL, "-o", str(tmp_path / "no.md"))
    assert refused.exit_code != 0 and "--include-private" in refused.stderr
    assert not (tmp_path / "no.md").exists()
    result = run(db, "export", "handover", "--skill", "release train")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Handover packet") and "## Release train" in result.stdout
    assert run(db, "export", "handover", "--skill", "juggling").exit_code != 0


def test_the_command_line_writes_a_wins_story_part_by_part(planted: Journal) -> None:
    db = planted.path
    win = next(e for e in planted.entries.list() if e.title == "Incident comms template adopted")
    result = run(db, "edit", str(win.id), "--situation", "Outages confused customers", "--result", "No escalations")
    assert result.exit_code == 0, result.output
    assert planted.entries.get(win.id or 0).story == WinStory(
        situation="Outages confused customers", result="No escalations"
    )
    shown = run(db, "show", str(win.id)).stdout
    assert "Situation: Outages confused customers" in shown and "Result: No escalations" in shown
    text, _ = build(planted, PacketOptions(PROMOTION))
    section = text.split("Incident comms template adopted", 1)[1].split("\n#", 1)[0]
    assert "Needs a result" not in section and "**Result:** No escalations" in section
    meeting = next(e for e in planted.entries.list() if e.kind is EntryKind.MEETING)
    refused = run(db, "edit", str(meeting.id), "--result", "x")
    assert refused.exit_code != 0 and "goes with a win" in refused.stderr


def test_search_finds_a_win_by_its_story_and_forgets_it_with_the_story(journal: Journal) -> None:
    from career_journal.domain.queries import SearchQuery

    def found(word: str) -> list[int]:
        return [hit.record_id for hit in journal.search.search(SearchQuery(word))]

    win = journal.entries.add(Entry("Shipped", TODAY, kind=EntryKind.WIN, story=WinStory(result="Zyzzyva saved")))
    assert found("zyzzyva") == [win.id]
    journal.entries.update(replace(win, story=WinStory(result="Quokka saved")))
    assert found("zyzzyva") == [] and found("quokka") == [win.id]
    journal.entries.update(replace(win, story=None, body="Shipped it"))
    assert found("quokka") == []
    again = journal.entries.add(Entry("Again", TODAY, kind=EntryKind.WIN, story=WinStory(task="Wombat")))
    copy = journal.delete(RecordKind.ENTRY, again.id or 0)
    assert found("wombat") == []
    journal.undelete(copy)  # Edit → Undo puts the story back, and search finds it again
    assert journal.entries.get(again.id or 0).story == WinStory(task="Wombat") and found("wombat") == [again.id]
    assert journal.search.problems() == []
