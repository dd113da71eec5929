"""Skills, teaching and handovers from the terminal: what you hold, whom you taught, what you hand on."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import click

from ..domain.enums import Criticality, HandoverStatus, LearnerLevel, TeachingMethod, tokens
from ..domain.names import fold_name
from ..domain.records import Handover, Skill, Teaching
from .base import JournalSubgroup, cli, fail
from .opening import open_journal
from .output import day, echo_json, say, table
from .params import DATE
from .people_refs import NEW_PERSON, person_named


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
@NEW_PERSON
@click.pass_context
def taught(
    ctx: click.Context, skill_ref: str, person_ref: str, taught_on: date | None, method: str, level: str, notes: str,
    new_person: bool,
) -> None:  # fmt: skip
    """Record that you taught SKILL to PERSON."""
    journal = open_journal(ctx, write=True)
    found_skill = journal.skills.resolve(skill_ref)
    with journal.transaction():
        found_person = person_named(journal, person_ref, add_new=new_person)
        saved = journal.skills.add_teaching(
            Teaching(
                skill_id=found_skill.id or 0,
                person_id=found_person.id or 0,
                taught_on=taught_on or date.today(),
                method=method,
                level=LearnerLevel.parse(level),
                notes=notes,
            )
        )
    coverage = next(c for c in journal.coverage() if c.skill.id == found_skill.id)
    state = "now covered without you" if coverage.covered else "still only you can do it on your own"
    say(f"Recorded: taught {saved.skill_name} to {saved.person_name} ({saved.level.label.lower()}); {state}.")


# -- handovers ---------------------------------------------------------------------
class HandoverGroup(JournalSubgroup):
    """``handover TITLE PERSON`` is short for ``handover add TITLE PERSON``; ``handover edit ID`` moves one on."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["add", *args]
        return super().parse_args(ctx, args)


@cli.group(cls=HandoverGroup)
def handover() -> None:
    """Record a duty or account you hand to someone, and move it on (planned → in transition → handed over)."""


@handover.command("add")
@click.argument("title")
@click.argument("person_ref", metavar="PERSON")
@click.option("--status", type=click.Choice(tokens(HandoverStatus)), default="planned", show_default=True)
@click.option("--skill", "skill_ref", help="The skill or responsibility handed over.")
@click.option("--notes", default="")
@NEW_PERSON
@click.pass_context
def handover_add(
    ctx: click.Context, title: str, person_ref: str, status: str, skill_ref: str | None, notes: str, new_person: bool
) -> None:
    """Record a duty or account you are handing to PERSON (once: the same duty again is offered back)."""
    journal = open_journal(ctx, write=True)
    same = [h for h in journal.skills.handovers() if fold_name(h.title) == fold_name(title)]
    if same:
        known = same[0]
        fail(
            f"'{known.title}' is already handover #{known.id} to {known.person_name} ({known.status.label.lower()}). "
            f"Move it on with: career-journal handover edit {known.id} --status {_next_status(known.status).value}"
        )
    skill_id = journal.skills.resolve(skill_ref).id if skill_ref else None
    with journal.transaction():
        found_person = person_named(journal, person_ref, add_new=new_person)
        saved = journal.skills.add_handover(
            Handover(
                title=title,
                person_id=found_person.id or 0,
                status=status,
                skill_id=skill_id,
                notes=notes,
                started_on=date.today(),
            )
        )
    say(f"Saved handover #{saved.id} '{saved.title}' to {saved.person_name} ({saved.status.label.lower()}).")


def _next_status(status: HandoverStatus) -> HandoverStatus:
    stages = list(HandoverStatus)
    return stages[min(stages.index(status) + 1, len(stages) - 1)]


@handover.command("edit")
@click.argument("handover_id", type=int, metavar="ID")
@click.option("--status", type=click.Choice(tokens(HandoverStatus)), help="Move it on (or back).")
@click.option("--person", "person_ref", help="Hand it to someone else.")
@NEW_PERSON
@click.option("--title", help="A new name for the duty.")
@click.option("--notes", help="Replace the notes.")
@click.pass_context
def handover_edit(
    ctx: click.Context, handover_id: int, status: str | None, person_ref: str | None, new_person: bool,
    title: str | None, notes: str | None,
) -> None:  # fmt: skip
    """Change a handover; only the parts you name change."""
    journal = open_journal(ctx, write=True)
    found = journal.skills.get_handover(handover_id)
    changes: dict[str, Any] = {k: v for k, v in (("title", title), ("notes", notes)) if v is not None}
    if status is not None:
        changes["status"] = HandoverStatus(status)
    if not changes and person_ref is None:
        fail("Nothing to change: give --status, --person, --title or --notes.")
    with journal.transaction():
        if person_ref is not None:
            changes["person_id"] = person_named(journal, person_ref, add_new=new_person).id
        saved = journal.skills.update_handover(dataclasses.replace(found, **changes))
    say(f"Updated handover #{saved.id} '{saved.title}': {saved.status.label.lower()}, with {saved.person_name}.")


@cli.command()
@click.option("--status", type=click.Choice(tokens(HandoverStatus)), help="Only handovers at this stage.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def handovers(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """List handovers: in transition first, then planned, then handed over."""
    journal = open_journal(ctx)
    found = [h for h in journal.skills.handovers() if status is None or h.status.value == status]
    if as_json:
        echo_json(found)
        return
    if not found:
        say("No handovers match." if status else "No handovers yet. Add one with: career-journal handover TITLE PERSON")
        return
    rows = [[f"#{h.id}", h.status.value, day(h.started_on), h.person_name, h.title, h.skill_name] for h in found]
    table([["id", "status", "started", "to", "duty", "skill"], *rows])
