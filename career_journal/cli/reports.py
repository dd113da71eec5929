"""The derived views in the terminal: what is due, who can cover your job, how your team stands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..domain.wording import count_of
from ..exchange.agenda import Agenda
from ..exchange.packets import write_export
from ..language import Language
from .base import cli
from .opening import open_journal
from .output import day, echo_json, say, table
from .params import language_option


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def due(ctx: click.Context, as_json: bool) -> None:
    """What asks for attention today: follow-ups, check-ins, goals near their target, reflection."""
    journal = open_journal(ctx)
    today = date.today()
    found = journal.follow_ups(today)
    if as_json:
        echo_json(
            {
                "people": [
                    {
                        "person_id": d.person.id,
                        "name": d.person.name,
                        "due_on": d.due_on,
                        "overdue_days": d.overdue_days(today),
                    }
                    for d in found.people
                ],
                "advisers": [
                    {
                        "person_id": s.adviser.person_id,
                        "name": s.adviser.person_name,
                        "role": s.adviser.role,
                        "last_check_in": s.last_check_in,
                        "due_on": s.next_due,
                        "overdue_days": s.overdue_days(today),
                    }
                    for s in found.advisers
                ],
                "goals": [
                    {
                        "goal_id": d.goal.id,
                        "title": d.goal.title,
                        "target_date": d.goal.target_date,
                        "days_left": d.days_left,
                    }
                    for d in found.goals
                ],
                "days_since_reflection": found.days_since_reflection,
            }
        )
        return
    if found.people:
        click.secho("People to get back to", bold=True)
        table([[d.person.name, _when(d.due_on, today)] for d in found.people])
    if found.advisers:
        click.secho("Advisers to check in with", bold=True)
        table(
            [
                [
                    s.adviser.person_name,
                    s.adviser.role.label.lower(),
                    f"last {day(s.last_check_in)}",
                    _when(s.next_due, today),
                ]
                for s in found.advisers
            ]
        )
    if found.goals:
        click.secho("Goals near their target", bold=True)
        table([[d.goal.title, _days_left(d.days_left)] for d in found.goals])
    if found.days_since_reflection is None:
        say("You have not written a reflection yet.")
    else:
        say(f"Last reflection: {_ago(found.days_since_reflection)}.")
    if not found.count:
        say("Nothing else is due.")


def _when(due_on: date | None, today: date) -> str:
    if due_on is None:
        return "—"
    late = (today - due_on).days
    return f"due {due_on.isoformat()}" + (
        f" ({count_of(late, 'day')} late)" if late > 0 else " (today)" if late == 0 else ""
    )


def _days_left(days: int) -> str:
    if days < 0:
        return f"target passed {count_of(-days, 'day')} ago"
    return "target today" if days == 0 else f"{count_of(days, 'day')} left"


def _ago(days: int) -> str:
    return "today" if days == 0 else "yesterday" if days == 1 else f"{count_of(days, 'day')} ago"


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def coverage(ctx: click.Context, as_json: bool) -> None:
    """Who else can do each part of your job, and what only you can do."""
    journal = open_journal(ctx)
    found = journal.coverage()
    only = journal.only_you()
    if as_json:
        echo_json(
            {
                "skills": [
                    {
                        "skill_id": c.skill.id,
                        "name": c.skill.name,
                        "criticality": c.skill.criticality,
                        "documented": c.skill.documented,
                        "best_level": c.best_level,
                        "covered": c.covered,
                        "learners": c.learners,
                        "next_step": c.next_step(),
                    }
                    for c in found
                ],
                "only_you": [c.skill.name for c in only],
            }
        )
        return
    if not found:
        say("No skills yet. Add one with: career-journal skill add NAME")
        return
    click.secho("Coverage of your job", bold=True)
    table(
        [
            [
                c.skill.name,
                c.skill.criticality.token,
                c.best_level.label.lower() if c.best_level else "nobody",
                ", ".join(f"{lr.person_name} ({lr.best_level.label.lower()})" for lr in c.learners) or "—",
            ]
            for c in found
        ]
    )
    say("")
    if only:
        click.secho("Only you can do this (teach these next)", bold=True)
        for number, c in enumerate(only, 1):
            say(f"{number}. {c.skill.name} ({c.skill.criticality.token}): {c.next_step()}")
    else:
        say("Someone else can do every part of your job on their own.")


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def team(ctx: click.Context, as_json: bool) -> None:
    """Your personal team by role: who fills each, who is overdue for a check-in, which roles are empty.

    'team agenda PERSON' prepares a check-in with one of them.
    """
    if ctx.invoked_subcommand is not None:
        return
    journal = open_journal(ctx)
    today = date.today()
    roles = journal.team(today)
    if as_json:
        echo_json(
            [
                {
                    "role": r.role,
                    "filled": r.filled,
                    "advisers": [
                        {
                            "name": s.adviser.person_name,
                            "cadence_days": s.adviser.cadence_days,
                            "last_check_in": s.last_check_in,
                            "due_on": s.next_due,
                            "overdue_days": s.overdue_days(today),
                            "open_asks": s.adviser.open_asks,
                        }
                        for s in r.advisers
                    ],
                }
                for r in roles
            ]
        )
        return
    rows = []
    for r in roles:
        if not r.advisers:
            rows.append([r.role.label, "— empty: a gap to fill", ""])
        for s in r.advisers:
            cadence = f"every {count_of(s.adviser.cadence_days, 'day')}" if s.adviser.cadence_days else "no cadence"
            late = s.overdue_days(today)
            state = f"overdue by {count_of(late, 'day')}" if late else f"last {day(s.last_check_in)}"
            asks = " ".join(s.adviser.open_asks.split())
            rows.append(
                [r.role.label, s.adviser.person_name, f"{cadence}, {state}" + (f"; asks: {asks}" if asks else "")]
            )
    table(rows)


@team.command("agenda")
@click.argument("person_ref", metavar="PERSON")
@click.option("--include-private", is_flag=True, help="Include private wins and goals.")
@click.option("-o", "--output", type=click.Path(), help="File to write (default: print).")
@language_option
@click.pass_context
def team_agenda(
    ctx: click.Context, person_ref: str, include_private: bool, output: str | None, language: Language
) -> None:
    """What changed since the last check-in with an adviser, as Markdown: asks, goals, wins, teaching."""
    journal = open_journal(ctx, export=output is not None)
    person = journal.people.resolve(person_ref)
    agenda = Agenda(journal, person.id or 0, today=date.today(), include_private=include_private, language=language)
    if output is None:
        for chunk in agenda.chunks():
            say(chunk, nl=False)
    else:
        write_export(journal, agenda, Path(output))
        say(f"Wrote the agenda for {person.name} to {output}.", err=True)
    if held_back := agenda.left_out():
        say(f"Left out: {'; '.join(held_back)}.", err=True)
