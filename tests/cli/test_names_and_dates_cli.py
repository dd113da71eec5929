"""People named the way Ctrl+K finds them, typos met with a suggestion, and dates typed as words."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from career_journal.domain.dates import parse_date
from career_journal.storage.journal import Journal


def _people(db_path: Path) -> list[str]:
    with Journal.open(db_path) as journal:
        return [p.name for p in journal.people.list()]


def test_a_name_is_found_blind_to_accents_and_case(run) -> None:
    run("person", "add", "Åsa Öberg", "--org", "Finance")
    run("person", "add", "Émilie Dubois")
    assert run("person", "show", "oberg").stdout.startswith("#1  Åsa Öberg")
    assert run("person", "show", "ASA OBERG").stdout.startswith("#1  Åsa Öberg")
    assert run("person", "show", "emilie").stdout.startswith("#2  Émilie Dubois")
    run("skill", "add", "Månadsbokslut")
    taught = run("taught", "manadsbokslut", "asa")
    assert taught.exit_code == 0 and "taught Månadsbokslut to Åsa Öberg" in taught.stdout


def test_a_typo_is_refused_with_the_close_name_and_nothing_is_saved(run, db_path: Path) -> None:
    run("person", "add", "Sam Berg")
    run("skill", "add", "Month-end close")
    shown = run("person", "show", "Sam Brg")
    assert shown.exit_code == 1
    assert shown.stderr == "Error: No person matches 'Sam Brg'. Did you mean 'Sam Berg'?\n"
    refusals = [
        ("taught", "month-end", "Sam Brg"),
        ("met", "Sam Brg", "--notes", "coffee"),
        ("handover", "Month-end close", "Sam Brg"),
        ("adviser", "add", "Sam Brg", "--role", "mentor"),
        ("opportunity", "add", "Self-service close", "Sam Brg"),
        ("add", "We closed the month", "--person", "Sam Brg"),
    ]
    for args in refusals:
        result = run(*args)
        assert result.exit_code == 1, args
        assert result.stderr == (
            "Error: No person matches 'Sam Brg'. Did you mean 'Sam Berg'? "
            "To add 'Sam Brg' as a new person, give --new-person.\n"
        ), args
    assert _people(db_path) == ["Sam Berg"]
    with Journal.open(db_path) as journal:
        assert journal.counts() == {**dict.fromkeys(journal.counts(), 0), "person": 1, "skill": 1}


def test_new_person_adds_the_name_with_the_record_and_says_so(run, db_path: Path) -> None:
    run("person", "add", "Sam Berg")
    run("skill", "add", "Month-end close")
    result = run("taught", "month-end", "Sam Brg", "--new-person", "--level", "with-help")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Added to your network: Sam Brg.",
        "Recorded: taught Month-end close to Sam Brg (with help); still only you can do it on your own.",
    ]
    met = run("met", "sam berg", "Dana Whitfield", "--notes", "coffee", "--new-person")
    assert "Added to your network: Dana Whitfield." in met.stdout
    assert "with Sam Berg, Dana Whitfield" in met.stdout
    assert sorted(_people(db_path)) == ["Dana Whitfield", "Sam Berg", "Sam Brg"]


def test_a_refusal_after_a_new_person_adds_nobody(run, db_path: Path) -> None:
    run("person", "add", "Sam Berg")
    run("person", "add", "Sam Okafor")
    result = run("met", "Ruth Olsen", "sam", "--notes", "coffee", "--new-person")
    assert result.exit_code == 1 and "'sam' matches several person records" in result.stderr
    assert "Added to your network" not in result.stdout
    assert _people(db_path) == ["Sam Berg", "Sam Okafor"]


def test_goals_and_skills_get_suggestions_too(run) -> None:
    run("goal", "add", "Promotion to staff engineer")
    run("skill", "add", "Terraform")
    assert run("goal", "show", "Promtion to staff engineer").stderr == (
        "Error: No goal matches 'Promtion to staff engineer'. Did you mean 'Promotion to staff engineer'?\n"
    )
    assert "Did you mean 'Terraform'?" in run("taught", "terafrom", "x").stderr


@pytest.mark.parametrize(
    ("typed", "days"),
    [("today", 0), ("tomorrow", 1), ("+3d", 3), ("-1w", -7), ("in 2 weeks", 14), ("yesterday", -1)],
)
def test_every_date_option_takes_words(run, typed: str, days: int) -> None:
    run("person", "add", "Dana")
    expected = date.today() + timedelta(days=days)
    run("add", "Note", "--date", typed)
    assert json.loads(run("entries", "--json").stdout)[0]["entry_date"] == expected.isoformat()
    run("person", "edit", "dana", "--follow-up", typed)
    assert json.loads(run("people", "--json").stdout)[0]["follow_up"] == expected.isoformat()
    run("goal", "add", "Ship it", "--target", typed)
    assert json.loads(run("goals", "--json").stdout)[0]["target_date"] == expected.isoformat()


def test_weekday_words_mean_the_same_as_in_the_app(run) -> None:
    run("goal", "add", "Review", "--target", "next friday")
    target = json.loads(run("goals", "--json").stdout)[0]["target_date"]
    assert target == parse_date("next friday").isoformat()
    assert date.fromisoformat(target).weekday() == 4
