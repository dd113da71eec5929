"""Imports: a JSON export, a jrnl journal, LinkedIn connections, vCard contacts.

Kept apart from the exports, and each command loads only its own format's reader, so an
import of a decade of jrnl notes starts without the Markdown, JSON or contacts code.
"""

from __future__ import annotations

from pathlib import Path

import click

from .base import cli
from .opening import open_journal
from .output import print_plan, say


@cli.group("import")
def import_group() -> None:
    """Import a JSON export, a jrnl journal or contacts. All or nothing: a bad file changes nothing."""


@import_group.command("json")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-merge", is_flag=True, help="Add people as new even when the journal knows the name or e-mail.")
@click.pass_context
def import_json_command(ctx: click.Context, file: Path, no_merge: bool) -> None:
    """Import a file written by 'career-journal export json'.

    What the journal already holds is skipped (a file from this journal, or imported before),
    and a person it already knows by e-mail or by name (accent- and case-blind) is merged:
    their empty fields are filled in, nothing they hold is overwritten, and each merge is named.
    """
    from ..exchange.json_io import import_json

    journal = open_journal(ctx, write=True)
    say(import_json(journal, file, merge_people=not no_merge).summary())


@import_group.command("jrnl")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def import_jrnl_command(ctx: click.Context, file: Path) -> None:
    """Import a journal written by 'jrnl --export json'."""
    from ..exchange.jrnl import import_jrnl

    journal = open_journal(ctx, write=True)
    say(import_jrnl(journal, file).summary())


@import_group.command("linkedin")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only show what the import would do.")
@click.pass_context
def import_linkedin_command(ctx: click.Context, file: Path, dry_run: bool) -> None:
    """Import your LinkedIn connections from Connections.csv (LinkedIn: Settings → Get a copy of your data)."""
    _import_contacts(ctx, "linkedin", file, dry_run)


@import_group.command("vcard")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only show what the import would do.")
@click.pass_context
def import_vcard_command(ctx: click.Context, file: Path, dry_run: bool) -> None:
    """Import people from a vCard file (.vcf) exported from an address book."""
    _import_contacts(ctx, "vcard", file, dry_run)


def _import_contacts(ctx: click.Context, kind: str, file: Path, dry_run: bool) -> None:
    """Show the plan (all of it for a dry run, the summary and what is left out otherwise), then apply it."""
    from ..exchange.contacts import apply_plan, plan_import, read_contacts

    found = read_contacts(kind, file)
    journal = open_journal(ctx, write=not dry_run)
    plan = plan_import(journal, found)
    say(f"{found.source}: {plan.summary()}.")
    if dry_run:
        print_plan(plan)
        say("Dry run: nothing was changed.")
        return
    print_plan(plan, only_skipped=True)
    say(apply_plan(journal, plan).summary())
