"""kill -9 at a random moment while the app's editor saves entries: nothing acknowledged is lost or half-written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from harness import run_saves_under_kill
from processes import ChildResult, Line, sha256_text
from saves_under_kill import check_saves, plan_save, start_child_saves

from career_journal.domain.records import Entry
from career_journal.storage.journal import Journal

QUICK_SAVES = 30


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_kill_during_saves_loses_no_acknowledged_save(tmp_path: Path, seed: int) -> None:
    run = run_saves_under_kill(tmp_path, seed, QUICK_SAVES)
    assert run.acknowledged >= 1
    assert run.integrity_ok, run.problems
    assert run.lost == []
    assert run.partial == []
    assert run.unexplained == []
    assert run.unacknowledged_extra <= 1
    assert run.problems == [] and run.dialogs == []


def _acknowledged_journal(path: Path, seed: int, count: int) -> ChildResult:
    """What a child that finished ``count`` saves leaves behind, written here without a child."""
    lines = []
    with Journal.open(path, create=True) as journal:
        people, goals = start_child_saves(journal)
        for number in range(count):
            plan = plan_save(seed, number, people, goals)
            entry = Entry(
                body=plan.body,
                title=plan.title,
                entry_date=date(2026, 1, 1),
                tags=list(plan.tags),
                person_ids=list(plan.person_ids),
                goal_ids=list(plan.goal_ids),
            )
            saved = journal.save_entry(entry)
            digest = sha256_text(plan.body)
            lines += [Line(0, ["TRY", "new", digest]), Line(0, ["ACK", str(saved.id), digest])]
    return ChildResult(lines, 0, False, "")


def test_the_check_sees_lost_partial_and_unexplained_saves(tmp_path: Path) -> None:
    """The control: the checks above can fail."""
    path = tmp_path / "control.cjdb"
    result = _acknowledged_journal(path, seed=9, count=6)
    assert check_saves(path, result, 9).passed
    with Journal.open(path) as journal:
        journal.db.execute("DELETE FROM entry_tags WHERE entry_id = 2 AND tag = 'bulk'")
        journal.db.execute("DELETE FROM entry_people WHERE entry_id = 3")
        journal.db.execute("UPDATE entries SET body = body || ' changed' WHERE id = 4")
        journal.db.execute("DELETE FROM entries WHERE id = 5")
        journal.entries.add(Entry(body="Nobody saved this", entry_date=date(2026, 1, 1)))
    run = check_saves(path, result, 9)
    assert not run.passed
    assert len(run.lost) == 2  # the changed body and the deleted entry
    assert {p.split(":")[0] for p in run.partial} >= {"entry 2", "entry 3"}
    assert run.unexplained == ["entry 7 was never saved by the child"]
