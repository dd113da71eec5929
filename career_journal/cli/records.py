"""Goals, people, meetings, skills, teaching, handovers, advisers and opportunities from the terminal."""

from __future__ import annotations

import dataclasses
from datetime import date

import click

from ..domain.attachments import Owner
from ..domain.enums import (
    Criticality,
    GoalDirection,
    GoalStatus,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    Relationship,
    TeachingMethod,
    TeamRole,
    tokens,
)
from ..domain.queries import EntryFilter
from ..domain.records import Adviser, Goal, Handover, Interaction, Opportunity, Person, Skill, Teaching
from .base import DATE, cli, fail, open_journal
from .output import day, echo_json, say, shorten, table, visible


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
@click.pass_context
def goal_show(ctx: click.Context, goal_ref: str) -> None:
    """Show a goal with its milestones, linked entries and how the plan changed."""
    journal = open_journal(ctx)
    found = journal.goals.resolve(goal_ref)
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
@click.pass_context
def person_show(ctx: click.Context, person_ref: str) -> None:
    """Show a person with what they need, your meetings and opportunities with them."""
    journal = open_journal(ctx)
    found = journal.people.resolve(person_ref)
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
@click.pass_context
def met(
    ctx: click.Context, person_refs: tuple[str, ...], notes: str, occurred_on: date | None, kind: str,
    questions: str, learned: str, follow_up: date | None,
) -> None:  # fmt: skip
    """Log a meeting, call, coffee or message with one or more people."""
    journal = open_journal(ctx, write=True)
    found = [journal.people.resolve(ref) for ref in person_refs]
    saved = journal.people.add_interaction(
        Interaction(
            occurred_on=occurred_on or date.today(),
            notes=notes,
            person_ids=[p.id for p in found],
            kind=kind,
            questions=questions,
            learned=learned,
            follow_up=follow_up,
        )
    )
    names = ", ".join(p.name for p in found)
    suffix = f"; follow up on {follow_up.isoformat()}" if follow_up else ""
    say(f"Logged {saved.kind.value} #{saved.id} with {names} on {saved.occurred_on.isoformat()}{suffix}.")


# -- skills, teaching, handovers -------------------------------------------------
@cli.group()
def skill() -> None:
    """Add skills and responsibilities."""


@skill.command("add")
@click.argument("name")
@click.option("--critical", is_flag=True, help="Things go badly wrong if only you can do it.")
@click.option("--criticality", type=click.Choice(["low", "normal", "critical"]), help="Instead of --critical.")
@click.option("--documented", default="", metavar="URL-or-PATH", help="Where it is written down.")
@click.option("--responsibility", is_flag=True, help="A duty you hold rather than a skill.")
@click.option("--description", default="")
@click.pass_context
def skill_add(
    ctx: click.Context, name: str, critical: bool, criticality: str | None, documented: str, responsibility: bool,
    description: str,
) -> None:  # fmt: skip
    """Add a skill or responsibility you hold."""
    journal = open_journal(ctx, write=True)
    level = Criticality.CRITICAL if critical else Criticality.parse(criticality or "normal")
    saved = journal.skills.add(
        Skill(
            name=name,
            criticality=level,
            documented=documented,
            is_responsibility=responsibility,
            description=description,
        )
    )
    say(f"Saved skill #{saved.id} '{saved.name}' ({saved.criticality.label.lower()}).")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def skills(ctx: click.Context, as_json: bool) -> None:
    """List skills and responsibilities, most critical first."""
    journal = open_journal(ctx)
    found = journal.skills.list()
    if as_json:
        echo_json(found)
        return
    if not found:
        say("No skills yet. Add one with: career-journal skill add NAME")
        return
    table([[f"#{s.id}", s.criticality.token, "documented" if s.documented else "—", s.name] for s in found])


@cli.command()
@click.argument("skill_ref", metavar="SKILL")
@click.argument("person_ref", metavar="PERSON")
@click.option("--date", "taught_on", type=DATE, help="When (default: today).")
@click.option("--method", type=click.Choice(tokens(TeachingMethod)), default="pairing", show_default=True)
@click.option("--level", type=click.Choice(tokens(LearnerLevel)), default="aware", show_default=True,
              help="How far they got.")  # fmt: skip
@click.option("--notes", default="")
@click.pass_context
def taught(
    ctx: click.Context, skill_ref: str, person_ref: str, taught_on: date | None, method: str, level: str, notes: str
) -> None:
    """Record that you taught SKILL to PERSON."""
    journal = open_journal(ctx, write=True)
    found_skill = journal.skills.resolve(skill_ref)
    found_person = journal.people.resolve(person_ref)
    saved = journal.skills.add_teaching(
        Teaching(
            skill_id=found_skill.id,
            person_id=found_person.id,
            taught_on=taught_on or date.today(),
            method=method,
            level=LearnerLevel.parse(level),
            notes=notes,
        )
    )
    coverage = next(c for c in journal.coverage() if c.skill.id == found_skill.id)
    state = "now covered without you" if coverage.covered else "still only you can do it on your own"
    say(f"Recorded: taught {saved.skill_name} to {saved.person_name} ({saved.level.label.lower()}); {state}.")


@cli.command()
@click.argument("title")
@click.argument("person_ref", metavar="PERSON")
@click.option("--status", type=click.Choice(tokens(HandoverStatus)), default="planned", show_default=True)
@click.option("--skill", "skill_ref", help="The skill or responsibility handed over.")
@click.option("--notes", default="")
@click.pass_context
def handover(ctx: click.Context, title: str, person_ref: str, status: str, skill_ref: str | None, notes: str) -> None:
    """Record a duty or account you are handing to PERSON."""
    journal = open_journal(ctx, write=True)
    found_person = journal.people.resolve(person_ref)
    skill_id = journal.skills.resolve(skill_ref).id if skill_ref else None
    saved = journal.skills.add_handover(
        Handover(
            title=title,
            person_id=found_person.id,
            status=status,
            skill_id=skill_id,
            notes=notes,
            started_on=date.today(),
        )
    )
    say(f"Saved handover #{saved.id} '{saved.title}' to {saved.person_name} ({saved.status.label.lower()}).")


# -- the personal team and opportunities -----------------------------------------
@cli.group()
def adviser() -> None:
    """Add people to your personal team."""


@adviser.command("add")
@click.argument("person_ref", metavar="PERSON")
@click.option("--role", required=True, type=click.Choice(tokens(TeamRole)))
@click.option("--cadence-days", type=click.IntRange(min=1), help="Check in at least every N days.")
@click.option("--helps-with", default="", help="What they help you with.")
@click.option("--asks", default="", help="What you want to ask them next.")
@click.pass_context
def adviser_add(
    ctx: click.Context, person_ref: str, role: str, cadence_days: int | None, helps_with: str, asks: str
) -> None:
    """Give PERSON a role on your personal team."""
    journal = open_journal(ctx, write=True)
    found = journal.people.resolve(person_ref)
    saved = journal.people.add_adviser(
        Adviser(
            person_id=found.id, role=TeamRole(role), cadence_days=cadence_days, helps_with=helps_with, open_asks=asks
        )
    )
    cadence = f", check in every {cadence_days} days" if cadence_days else ""
    say(f"{saved.person_name} is your {saved.role.label.lower()}{cadence}.")


@cli.group()
def opportunity() -> None:
    """Record leadership opportunities found with people."""


@opportunity.command("add")
@click.argument("title")
@click.argument("person_ref", metavar="PERSON")
@click.option("--value", default="", help="The value to the business.")
@click.option("--status", type=click.Choice(tokens(OpportunityStatus)), default="spotted", show_default=True)
@click.pass_context
def opportunity_add(ctx: click.Context, title: str, person_ref: str, value: str, status: str) -> None:
    """Record an opportunity found with PERSON."""
    journal = open_journal(ctx, write=True)
    found = journal.people.resolve(person_ref)
    saved = journal.people.add_opportunity(
        Opportunity(title=title, person_id=found.id, value=value, status=OpportunityStatus(status))
    )
    say(f"Saved opportunity #{saved.id} '{saved.title}' with {saved.person_name} ({saved.status.value}).")
