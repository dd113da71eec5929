"""Goals, people and meetings from the terminal."""

from __future__ import annotations

import dataclasses
from datetime import date

import click

from ..domain.attachments import Owner
from ..domain.enums import (
    GoalDirection,
    GoalStatus,
    InteractionKind,
    Relationship,
    tokens,
)
from ..domain.queries import EntryFilter
from ..domain.records import Goal, Interaction, Person
from .base import cli, fail
from .opening import open_journal
from .output import day, echo_json, plain, say, shorten, table, visible
from .params import DATE
from .people_refs import NEW_PERSON, people_named


# -- goals ---------------------------------------------------------------------
@cli.group()
def goal() -> None:
    """Add and change goals and their milestones."""


@goal.command("add")
@click.argument("title")
@click.option("--direction", type=click.Choice(tokens(GoalDirection)), default="up", show_default=True)
@click.option("--status", type=click.Choice(tokens(GoalStatus)), default="active", show_default=True)
@click.option("--target", type=DATE, help="Target date.")
@click.option("--why", default="", help="Why it matters (Markdown).")
@click.option(
    "--private/--public", default=None, help="Keep it out of exports unless asked (an exit plan starts private)."
)
@click.pass_context
def goal_add(
    ctx: click.Context, title: str, direction: str, status: str, target: date | None, why: str, private: bool | None
) -> None:
    """Add a goal to your career plan."""
    journal = open_journal(ctx, write=True)
    goal = Goal(title=title, direction=direction, status=status, target_date=target, why=why, private=private)
    saved = journal.goals.add(goal)
    privacy = ", private" if saved.private else ""
    say(f"Saved goal #{saved.id} '{saved.title}' ({saved.direction.label.lower()}{privacy}).")


@goal.command("milestone")
@click.argument("goal_ref", metavar="GOAL")
@click.argument("text")
@click.option("--done", type=DATE, help="The day it was done (leave out while still open).")
@click.pass_context
def goal_milestone(ctx: click.Context, goal_ref: str, text: str, done: date | None) -> None:
    """Add a milestone to GOAL."""
    journal = open_journal(ctx, write=True)
    found = journal.goals.resolve(goal_ref)
    milestone = journal.goals.add_milestone(found.id, text, done)
    progress = journal.goals.get(found.id)
    done_count = sum(m.done for m in progress.milestones)
    say(f"Added milestone #{milestone.id} to '{found.title}' ({done_count} of {len(progress.milestones)} done).")


@goal.command("done")
@click.argument("goal_ref", metavar="GOAL")
@click.argument("milestone_ref", metavar="MILESTONE")
@click.option("--date", "done_on", type=DATE, help="When it was done (default: today).")
@click.pass_context
def goal_done(ctx: click.Context, goal_ref: str, milestone_ref: str, done_on: date | None) -> None:
    """Tick off a milestone of GOAL (by its number in the list, or part of its text)."""
    journal = open_journal(ctx, write=True)
    found = journal.goals.resolve(goal_ref)
    if milestone_ref.isdigit() and 1 <= int(milestone_ref) <= len(found.milestones):
        chosen = [found.milestones[int(milestone_ref) - 1]]
    else:
        chosen = [m for m in found.milestones if milestone_ref.lower() in m.text.lower()]
    if len(chosen) != 1:
        listing = "; ".join(f"{i}. {m.text}" for i, m in enumerate(found.milestones, 1)) or "none"
        fail(f"Name one milestone of '{found.title}' by number or text. Its milestones: {listing}.")
    chosen[0].done_on = done_on or date.today()
    journal.goals.update_milestone(chosen[0])
    say(f"Done: '{chosen[0].text}' ({chosen[0].done_on.isoformat()}).")


@goal.command("edit")
@click.argument("goal_ref", metavar="GOAL")
@click.option("--title")
@click.option("--direction", type=click.Choice(tokens(GoalDirection)))
@click.option("--status", type=click.Choice(tokens(GoalStatus)))
@click.option("--target", type=DATE)
@click.option("--why")
@click.option("--private/--public", default=None, help="Keep it out of exports unless asked, or share it.")
@click.pass_context
def goal_edit(ctx: click.Context, goal_ref: str, **changes: object) -> None:
    """Change a goal; the journal keeps the history of its plan."""
    journal = open_journal(ctx, write=True)
    found = journal.goals.resolve(goal_ref)
    given = {k: v for k, v in changes.items() if v is not None}
    if not given:
        fail("Nothing to change: give --title, --direction, --status, --target, --why, --private or --public.")
    mapped = {"target_date" if name == "target" else name: value for name, value in given.items()}
    journal.goals.update(dataclasses.replace(found, **mapped))
    say(f"Updated goal #{found.id} ({', '.join(given)}).")


@goal.command("show")
@click.argument("goal_ref", metavar="GOAL")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def goal_show(ctx: click.Context, goal_ref: str, as_json: bool) -> None:
    """Show a goal with its milestones, linked entries and how the plan changed."""
    journal = open_journal(ctx)
    found = journal.goals.resolve(goal_ref)
    if as_json:
        linked = journal.entries.list(EntryFilter(goal_id=found.id), limit=None)
        entries = [{"id": e.id, "entry_date": e.entry_date, "title": e.display_title} for e in linked]
        files = [
            {"id": f.id, "file_name": f.file_name, "size": f.size, "media_type": f.media_type}
            for f in journal.attachments.list_for(Owner.goal(found.id))
        ]
        history = journal.goals.history(found.id or 0)
        echo_json({**plain(found), "linked_entries": entries, "files": files, "history": history})
        return
    say(click.style(visible(f"#{found.id}  {found.title}"), bold=True))
    privacy = " · private: left out of exports unless asked" if found.private else ""
    say(f"{found.direction.label} · {found.status.label} · target {day(found.target_date)}{privacy}")
    if found.why:
        say(f"\n{found.why}")
    if found.milestones:
        say("")
        for number, milestone in enumerate(found.milestones, 1):
            mark = f"[x] (done {milestone.done_on.isoformat()})" if milestone.done_on else "[ ]"
            say(f"{number}. {mark} {milestone.text}")
    linked = journal.entries.list(EntryFilter(goal_id=found.id), limit=10)
    if linked:
        say("\nLinked entries:")
        for entry in linked:
            say(f"  #{entry.id}  {entry.entry_date.isoformat()}  {shorten(entry.display_title, 60)}")
    if files := journal.attachments.list_for(Owner.goal(found.id)):
        say("\nFiles:")
        for attached in files:
            say(f"  #{attached.id}  {attached.file_name} ({attached.size_text})")
    history = journal.goals.history(found.id)
    if history:
        say("\nPlan history:")
        for change in history:
            say(f"  {change.changed_at[:10]}  {change.field_name}: {change.old_value!r} → {change.new_value!r}")


@cli.command()
@click.option("--status", type=click.Choice(tokens(GoalStatus)), help="Only goals with this status.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def goals(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List goals: active first, then ideas, achieved and dropped."""
    journal = open_journal(ctx)
    found = journal.goals.list(status=GoalStatus(status) if status else None)
    if as_json:
        echo_json(found)
        return
    if not found:
        say("No goals yet. Add one with: career-journal goal add TITLE")
        return
    rows = []
    for g in found:
        done = sum(m.done for m in g.milestones)
        progress = f"{done}/{len(g.milestones)}" if g.milestones else "—"
        rows.append([f"#{g.id}", g.status.value, g.direction.value, day(g.target_date), progress, g.title])
    table([["id", "status", "direction", "target", "done", "title"], *rows])


# -- people and meetings ----------------------------------------------------------
@cli.group()
def person() -> None:
    """Add and change people in your network."""


_PERSON_OPTIONS = [
    click.option("--org", help="Organisation or team."),
    click.option("--role", help="Their role."),
    click.option("--relationship", type=click.Choice(tokens(Relationship))),
    click.option("--needs", help="What they are trying to achieve."),
    click.option("--how-met", help="How you met."),
    click.option("--email", help="Kept out of exports unless you ask."),
    click.option("--phone", help="Kept out of exports unless you ask."),
    click.option("--follow-up", type=DATE, help="When to get back to them."),
    click.option("--notes", help="Private notes."),
]


def _person_options(func):  # type: ignore[no-untyped-def]
    for option in reversed(_PERSON_OPTIONS):
        func = option(func)
    return func


@person.command("add")
@click.argument("name")
@_person_options
@click.pass_context
def person_add(ctx: click.Context, name: str, **fields: object) -> None:
    """Add a person."""
    journal = open_journal(ctx, write=True)
    given = {k: v for k, v in fields.items() if v is not None}
    saved = journal.people.add(Person(name=name, **given))  # type: ignore[arg-type]
    say(f"Saved person #{saved.id} {saved.name}.")


@person.command("edit")
@click.argument("person_ref", metavar="PERSON")
@click.option("--name", help="New name.")
@_person_options
@click.pass_context
def person_edit(ctx: click.Context, person_ref: str, **fields: object) -> None:
    """Change a person; only the fields you name change."""
    journal = open_journal(ctx, write=True)
    found = journal.people.resolve(person_ref)
    given = {k: v for k, v in fields.items() if v is not None}
    if not given:
        fail("Nothing to change.")
    journal.people.update(dataclasses.replace(found, **given))
    say(f"Updated {found.name} ({', '.join(given)}).")


@person.command("show")
@click.argument("person_ref", metavar="PERSON")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def person_show(ctx: click.Context, person_ref: str, as_json: bool) -> None:
    """Show a person with what they need, your meetings and opportunities with them."""
    journal = open_journal(ctx)
    found = journal.people.resolve(person_ref)
    if as_json:
        echo_json(
            {
                **plain(found),
                "conversations": journal.people.interactions(person_id=found.id),
                "opportunities": journal.people.opportunities(person_id=found.id),
                "taught": journal.skills.teachings(person_id=found.id),
            }
        )
        return
    say(click.style(visible(f"#{found.id}  {found.name}"), bold=True))
    facts = [found.role, found.org, found.relationship.label if found.relationship else ""]
    say(" · ".join(f for f in facts if f) or "—")
    for label, value in (("Needs", found.needs), ("How met", found.how_met), ("Email", found.email),
                         ("Phone", found.phone), ("Notes", found.notes)):  # fmt: skip
        if value:
            say(f"{label}: {value}")
    say(f"Last contact: {day(found.last_contact)} · next follow-up: {day(found.follow_up)}")
    meetings = journal.people.interactions(person_id=found.id, limit=10)
    if meetings:
        say("\nMeetings:")
        for m in meetings:
            say(f"  {m.occurred_on.isoformat()}  {m.kind.value:<8} {shorten(m.notes, 70)}")
    opportunities = journal.people.opportunities(person_id=found.id)
    if opportunities:
        say("\nOpportunities:")
        for o in opportunities:
            say(f"  #{o.id}  {o.status.value:<11} {o.title}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def people(ctx: click.Context, as_json: bool) -> None:
    """List people with their relationship, last contact and next follow-up."""
    journal = open_journal(ctx)
    found = journal.people.list()
    if as_json:
        echo_json(found)
        return
    if not found:
        say("No people yet. Add one with: career-journal person add NAME")
        return
    rows = [
        [
            f"#{p.id}",
            p.name,
            p.relationship.value if p.relationship else "—",
            p.org or "—",
            day(p.last_contact),
            day(p.follow_up),
        ]
        for p in found
    ]
    table([["id", "name", "relationship", "organisation", "last contact", "follow up"], *rows])


@cli.command()
@click.argument("person_refs", nargs=-1, required=True, metavar="PERSON...")
@click.option("--notes", required=True, help="What happened.")
@click.option("--date", "occurred_on", type=DATE, help="When (default: today).")
@click.option("--kind", type=click.Choice(tokens(InteractionKind)), default="meeting", show_default=True)
@click.option("--questions", default="", help="Questions you asked.")
@click.option("--learned", default="", help="What you learned.")
@click.option("--follow-up", type=DATE, help="When to get back to them.")
@NEW_PERSON
@click.pass_context
def met(
    ctx: click.Context, person_refs: tuple[str, ...], notes: str, occurred_on: date | None, kind: str,
    questions: str, learned: str, follow_up: date | None, new_person: bool,
) -> None:  # fmt: skip
    """Log a meeting, call, coffee or message with one or more people."""
    journal = open_journal(ctx, write=True)
    with journal.transaction():
        found = people_named(journal, person_refs, add_new=new_person)
        saved = journal.people.add_interaction(
            Interaction(
                occurred_on=occurred_on or date.today(),
                notes=notes,
                person_ids=[p.id or 0 for p in found],
                kind=kind,
                questions=questions,
                learned=learned,
                follow_up=follow_up,
            )
        )
    names = ", ".join(p.name for p in found)
    suffix = f"; follow up on {follow_up.isoformat()}" if follow_up else ""
    say(f"Logged {saved.kind.value} #{saved.id} with {names} on {saved.occurred_on.isoformat()}{suffix}.")
