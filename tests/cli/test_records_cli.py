"""Goals, people, meetings, skills, teaching, handovers, advisers and opportunities from the terminal."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from career_journal.domain.enums import HandoverStatus, LearnerLevel, TeamRole
from career_journal.storage.journal import Journal


def test_goal_with_milestones_and_history(run, db_path: Path) -> None:
    added = run("goal", "add", "Staff engineer", "--direction", "up", "--target", "2026-12-01", "--why", "Lead more")
    assert "Saved goal #1 'Staff engineer' (upward)" in added.stdout
    assert "1 of 1 done" in run("goal", "milestone", "staff", "Lead a review", "--done", "2026-05-01").stdout
    assert "1 of 2 done" in run("goal", "milestone", "1", "Write the runbook").stdout
    assert "Done: 'Write the runbook'" in run("goal", "done", "staff", "2", "--date", "2026-06-01").stdout
    run("goal", "edit", "staff", "--direction", "exit", "--status", "achieved")

    listed = json.loads(run("goals", "--json").stdout)
    assert listed[0]["title"] == "Staff engineer"
    assert listed[0]["progress"] == 1.0
    assert [m["done_on"] for m in listed[0]["milestones"]] == ["2026-05-01", "2026-06-01"]
    shown = run("goal", "show", "Staff")
    assert "[x] (done 2026-06-01) Write the runbook" in shown.stdout
    assert "direction: 'up' → 'exit'" in shown.stdout
    table = run("goals").stdout
    assert "achieved" in table and "2/2" in table


def test_a_goal_can_be_private_and_an_exit_plan_starts_private(run, db_path: Path) -> None:
    assert "(upward, private)" in run("goal", "add", "Quiet promotion bid", "--private").stdout
    assert "(exit plan, private)" in run("goal", "add", "Leave by summer", "--direction", "exit").stdout
    assert "(exit plan)." in run("goal", "add", "Open exit", "--direction", "exit", "--public").stdout
    assert "(upward)." in run("goal", "add", "Staff engineer").stdout
    assert "private: left out of exports" in run("goal", "show", "Leave by summer").stdout

    run("goal", "edit", "Leave by summer", "--public")
    run("goal", "edit", "Staff engineer", "--private")
    private = {g["title"] for g in json.loads(run("goals", "--json").stdout) if g["private"]}
    assert private == {"Quiet promotion bid", "Staff engineer"}
    coach = run("export", "markdown", "--coach", "--section", "goals", "--from", "2000-01-01").stdout
    assert "Staff engineer" not in coach and "Leave by summer" in coach  # a private goal stays out unless asked
    assert "private" not in run("goal", "show", "Leave by summer").stdout


def test_people_meetings_and_follow_ups(run, db_path: Path) -> None:
    added = run(
        "person", "add", "Marcus Obi", "--org", "Payments", "--relationship", "internal-customer",
        "--needs", "deploys he can trust", "--email", "m@example.org", "--follow-up", "2026-01-10",
    )  # fmt: skip
    assert "Saved person #1 Marcus Obi" in added.stdout
    run("person", "add", "Tom Alvarez")
    met = run("met", "marcus", "Tom", "--notes", "Q3 goals", "--date", "2026-01-12", "--kind", "coffee",
              "--follow-up", "2026-02-01")  # fmt: skip
    assert "Logged coffee #1 with Marcus Obi, Tom Alvarez on 2026-01-12; follow up on 2026-02-01" in met.stdout

    people = json.loads(run("people", "--json").stdout)
    marcus = next(p for p in people if p["name"] == "Marcus Obi")
    assert marcus["last_contact"] == "2026-01-12" and marcus["follow_up"] == "2026-02-01"
    shown = run("person", "show", "Marcus").stdout
    assert "Needs: deploys he can trust" in shown and "coffee" in shown and "Q3 goals" in shown

    run("person", "edit", "Marcus", "--role", "Director")
    with Journal.open(db_path) as journal:
        assert journal.people.get(1).role == "Director"
        assert journal.people.get(1).email == "m@example.org"


def test_ambiguous_and_unknown_names_list_the_candidates(run) -> None:
    run("person", "add", "Dana Whitfield")
    run("person", "add", "Dana Scully", "--org", "FBI")
    ambiguous = run("met", "dana", "--notes", "hi")
    assert ambiguous.exit_code == 1
    assert "'dana' matches several person records: #2 Dana Scully (FBI); #1 Dana Whitfield" in ambiguous.stderr
    unknown = run("met", "nobody", "--notes", "hi")
    assert unknown.exit_code == 1 and "No person matches 'nobody'" in unknown.stderr
    exact = run("person", "add", "Dana")
    assert exact.exit_code == 0
    assert "with Dana on" in run("met", "Dana", "--notes", "exact name wins").stdout


def test_skills_teaching_handovers(run, db_path: Path) -> None:
    assert "(critical)" in run("skill", "add", "Release train", "--critical", "--documented", "wiki/release").stdout
    run("person", "add", "Dana")
    first = run("taught", "release", "dana", "--level", "with-help", "--method", "pairing", "--date", "2026-02-01")
    assert "still only you can do it on your own" in first.stdout
    second = run("taught", "Release train", "Dana", "--level", "on-their-own")
    assert "now covered without you" in second.stdout
    handed = run("handover", "Release train", "Dana", "--status", "in-transition", "--skill", "release")
    assert "to Dana (in transition)" in handed.stdout
    with Journal.open(db_path) as journal:
        assert [t.level for t in journal.skills.teachings()] == [LearnerLevel.ON_THEIR_OWN, LearnerLevel.WITH_HELP]
        assert journal.skills.handovers()[0].status is HandoverStatus.IN_TRANSITION
    listed = run("skills").stdout
    assert "critical" in listed and "documented" in listed and "Release train" in listed
    duplicate = run("skill", "add", "release TRAIN")
    assert duplicate.exit_code == 1 and "There is already a skill with that name." in duplicate.stderr


def test_advisers_opportunities_and_team(run, db_path: Path) -> None:
    run("person", "add", "Sam Keller")
    run("person", "add", "Marcus")
    assert (
        "Sam Keller is your coach, check in every 30 days"
        in run("adviser", "add", "Sam", "--role", "coach", "--cadence-days", "30", "--helps-with", "plan").stdout
    )
    again = run("adviser", "add", "Sam", "--role", "coach")
    assert again.exit_code == 1 and "already has that role" in again.stderr
    added = run("opportunity", "add", "Rollback button", "Marcus", "--value", "safer deploys", "--status", "proposed")
    assert "with Marcus (proposed)" in added.stdout
    team = json.loads(run("team", "--json").stdout)
    coach = next(r for r in team if r["role"] == "coach")
    assert coach["filled"] and coach["advisers"][0]["name"] == "Sam Keller"
    assert not next(r for r in team if r["role"] == "sponsor")["filled"]
    assert "— empty: a gap to fill" in run("team").stdout
    with Journal.open(db_path) as journal:
        assert journal.people.advisers()[0].role is TeamRole.COACH
        assert journal.people.opportunities()[0].value == "safer deploys"


def test_due_and_coverage(run) -> None:
    today = date.today()
    run("person", "add", "Helen", "--follow-up", (today - timedelta(days=2)).isoformat())
    run("goal", "add", "Promotion", "--target", (today + timedelta(days=10)).isoformat())
    run("add", "Weekly review", "--kind", "reflection", "--date", (today - timedelta(days=5)).isoformat())
    run("skill", "add", "Terraform", "--critical")
    run("skill", "add", "Cost report", "--criticality", "low", "--documented", "docs/cost.md")

    due = run("due").stdout
    assert "People to get back to" in due and "Helen" in due and "2 days late" in due
    assert "Promotion" in due and "10 days left" in due
    assert "Last reflection: 5 days ago." in due
    as_json = json.loads(run("due", "--json").stdout)
    assert as_json["days_since_reflection"] == 5 and as_json["people"][0]["overdue_days"] == 2

    coverage = run("coverage").stdout
    assert "1. Terraform (critical): Teach it to someone; write it down" in coverage
    assert "2. Cost report (low): Teach it to someone" in coverage
    assert json.loads(run("coverage", "--json").stdout)["only_you"] == ["Terraform", "Cost report"]
