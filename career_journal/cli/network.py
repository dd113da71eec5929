"""Your personal team and the leadership opportunities found with people, from the terminal."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from ..domain.enums import OpportunityStatus, TeamRole, tokens
from ..domain.records import Adviser, Opportunity
from ..domain.wording import count_of
from .base import cli, fail
from .opening import open_journal
from .output import echo_json, say, shorten, table
from .people_refs import NEW_PERSON, person_named


@cli.group()
def adviser() -> None:
    """Add people to your personal team."""


@adviser.command("add")
@click.argument("person_ref", metavar="PERSON")
@click.option("--role", required=True, type=click.Choice(tokens(TeamRole)))
@click.option("--cadence-days", type=click.IntRange(min=1), help="Check in at least every N days.")
@click.option("--helps-with", default="", help="What they help you with.")
@click.option("--asks", default="", help="What you want to ask them next.")
@NEW_PERSON
@click.pass_context
def adviser_add(
    ctx: click.Context, person_ref: str, role: str, cadence_days: int | None, helps_with: str, asks: str,
    new_person: bool,
) -> None:  # fmt: skip
    """Give PERSON a role on your personal team."""
    journal = open_journal(ctx, write=True)
    with journal.transaction():
        found = person_named(journal, person_ref, add_new=new_person)
        saved = journal.people.add_adviser(
            Adviser(
                person_id=found.id or 0,
                role=TeamRole(role),
                cadence_days=cadence_days,
                helps_with=helps_with,
                open_asks=asks,
            )
        )
    cadence = f", check in every {count_of(cadence_days, 'day')}" if cadence_days else ""
    say(f"{saved.person_name} is your {saved.role.label.lower()}{cadence}.")


@cli.group()
def opportunity() -> None:
    """Record leadership opportunities found with people, and move them along."""


@opportunity.command("add")
@click.argument("title")
@click.argument("person_ref", metavar="PERSON")
@click.option("--value", default="", help="The value to the business.")
@click.option("--status", type=click.Choice(tokens(OpportunityStatus)), default="spotted", show_default=True)
@NEW_PERSON
@click.pass_context
def opportunity_add(ctx: click.Context, title: str, person_ref: str, value: str, status: str, new_person: bool) -> None:
    """Record an opportunity found with PERSON."""
    journal = open_journal(ctx, write=True)
    with journal.transaction():
        found = person_named(journal, person_ref, add_new=new_person)
        saved = journal.people.add_opportunity(
            Opportunity(title=title, person_id=found.id, value=value, status=OpportunityStatus(status))
        )
    say(f"Saved opportunity #{saved.id} '{saved.title}' with {saved.person_name} ({saved.status.value}).")


@opportunity.command("edit")
@click.argument("opportunity_id", type=int, metavar="ID")
@click.option("--status", type=click.Choice(tokens(OpportunityStatus)), help="Move it along the pipeline.")
@click.option("--title", help="A new title.")
@click.option("--value", help="Replace the value to the business.")
@click.option("--notes", help="Replace the notes.")
@click.option("--person", "person_ref", help="Found with someone else.")
@NEW_PERSON
@click.pass_context
def opportunity_edit(
    ctx: click.Context, opportunity_id: int, status: str | None, title: str | None, value: str | None,
    notes: str | None, person_ref: str | None, new_person: bool,
) -> None:  # fmt: skip
    """Change an opportunity; only the parts you name change."""
    journal = open_journal(ctx, write=True)
    found = journal.people.get_opportunity(opportunity_id)
    changes: dict[str, Any] = {k: v for k, v in (("title", title), ("value", value), ("notes", notes)) if v is not None}
    if status is not None:
        changes["status"] = OpportunityStatus(status)
    if not changes and person_ref is None:
        fail("Nothing to change: give --status, --title, --value, --notes or --person.")
    with journal.transaction():
        if person_ref is not None:
            changes["person_id"] = person_named(journal, person_ref, add_new=new_person).id
        journal.people.update_opportunity(dataclasses.replace(found, **changes))
    saved = journal.people.get_opportunity(opportunity_id)
    with_whom = f" with {saved.person_name}" if saved.person_name else ""
    say(f"Updated opportunity #{saved.id} '{saved.title}'{with_whom}: {saved.status.value}.")


@cli.command()
@click.option("--status", type=click.Choice(tokens(OpportunityStatus)), help="Only opportunities at this stage.")
@click.option("--person", "person_ref", help="Only those found with this person.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def opportunities(ctx: click.Context, status: str | None, person_ref: str | None, as_json: bool) -> None:
    """List leadership opportunities along the pipeline: spotted → explored → proposed → championing → adopted."""
    journal = open_journal(ctx)
    person_id = journal.people.resolve(person_ref).id if person_ref else None
    found = [o for o in journal.people.opportunities(person_id=person_id) if status is None or o.status.value == status]
    if as_json:
        echo_json(found)
        return
    if not found:
        hint = "Add one with: career-journal opportunity add TITLE PERSON"
        say("No opportunities match." if status or person_ref else f"No opportunities yet. {hint}")
        return
    rows = [[f"#{o.id}", o.status.value, o.person_name or "—", o.title, shorten(o.value, 50)] for o in found]
    table([["id", "status", "with", "opportunity", "value"], *rows])
