"""Exports, imports, backups and the health check."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..exchange.jrnl import import_jrnl
from ..exchange.json_io import export_json, import_json
from ..exchange.markdown import SECTIONS, MarkdownOptions, build_markdown, left_out, resolve_range, write_markdown
from ..paths import companion_dir, running_app_pid
from ..storage.backup import MANUAL, backup_to, list_backups, make_backup, restore_backup
from ..storage.journal import inspect_journal_file
from .base import DATE, cli, fail, open_journal
from .output import echo_json, table


@cli.group()
def export() -> None:
    """Export the journal as Markdown (for reading or a coach) or JSON (everything)."""


@export.command("markdown")
@click.option("--coach", is_flag=True, help="A packet for your coach (default range: the last 90 days).")
@click.option("--from", "date_from", type=DATE, help="First day to include.")
@click.option("--to", "date_to", type=DATE, help="Last day to include (default: today).")
@click.option("--section", "sections", multiple=True, type=click.Choice(SECTIONS), help="Only these; repeatable.")
@click.option("--include-private", is_flag=True, help="Include entries marked private.")
@click.option("--include-contact-details", is_flag=True, help="Include people's email and phone.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: print).")
@click.pass_context
def export_markdown(
    ctx: click.Context, coach: bool, date_from: date | None, date_to: date | None, sections: tuple[str, ...],
    include_private: bool, include_contact_details: bool, output: Path | None,
) -> None:  # fmt: skip
    """Write a Markdown document of the sections and dates you choose."""
    journal = open_journal(ctx)
    if date_from and date_to and date_from > date_to:
        fail(f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}.")
    options = MarkdownOptions(
        coach=coach, date_from=date_from, date_to=date_to, sections=tuple(sections) or SECTIONS,
        include_private=include_private, include_contact_details=include_contact_details,
    )  # fmt: skip
    today = date.today()
    if output is None:
        for chunk in build_markdown(journal, options, today=today):
            click.echo(chunk, nl=False)
        held_back = left_out(journal, options, today=today)
    else:
        held_back = write_markdown(journal, options, output, today=today)
        start, end = resolve_range(options, today)
        span = f"{start.isoformat()} to {end.isoformat()}" if start else f"everything up to {end.isoformat()}"
        click.echo(f"Wrote {output} ({span}).", err=True)
    if held_back:
        click.echo(f"Left out: {'; '.join(held_back)}.", err=True)


@export.command("json")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@click.pass_context
def export_json_command(ctx: click.Context, output: Path) -> None:
    """Write everything, contact details included, as one JSON document (for backup or moving)."""
    journal = open_journal(ctx)
    counts = export_json(journal, output)
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    click.echo(f"Wrote {output} ({summary or 'an empty journal'}).")


@cli.group("import")
def import_group() -> None:
    """Import a JSON export or a jrnl journal. All or nothing: a bad file changes nothing."""


@import_group.command("json")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def import_json_command(ctx: click.Context, file: Path) -> None:
    """Import a file written by 'career-journal export json'."""
    journal = open_journal(ctx, write=True)
    click.echo(import_json(journal, file).summary())


@import_group.command("jrnl")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def import_jrnl_command(ctx: click.Context, file: Path) -> None:
    """Import a journal written by 'jrnl --export json'."""
    journal = open_journal(ctx, write=True)
    click.echo(import_jrnl(journal, file).summary())


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Where to write it.")
@click.pass_context
def backup(ctx: click.Context, output: Path | None) -> None:
    """Write a verified copy of the journal (default: your backups folder, kept until you delete it)."""
    journal = open_journal(ctx)
    if output is not None:
        written = backup_to(journal.db, output)
    else:
        written = make_backup(journal.db, companion_dir(journal.path, "backups"), MANUAL)
    click.echo(f"Backed up to {written}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def backups(ctx: click.Context, as_json: bool) -> None:
    """List the journal's backups, newest first (daily ones rotate: 7 days, then 4 weeks)."""
    state = ctx.find_root().obj
    found = list_backups(companion_dir(state.path, "backups"))
    if as_json:
        echo_json([{"file": str(b.path), "made_at": b.made_at.isoformat(), "reason": b.reason, "bytes": b.size}
                   for b in found])  # fmt: skip
        return
    if not found:
        click.echo(f"No backups yet for {state.path}. Make one with: career-journal backup")
        return
    table([[b.label, f"{b.size / 1_048_576:.1f} MB", str(b.path)] for b in found])


@cli.command()
@click.argument("backup_ref", metavar="FILE|latest")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def restore(ctx: click.Context, backup_ref: str, yes: bool) -> None:
    """Put a backup in the journal's place; the journal it replaces is kept beside it, renamed."""
    state = ctx.find_root().obj
    path = state.path
    if (pid := running_app_pid(path)) is not None:
        fail(f"Career Journal has {path} open (process {pid}). Close it, or use File → Restore from backup there.")
    if backup_ref == "latest":
        found = list_backups(companion_dir(path, "backups"))
        if not found:
            fail(f"There are no backups of {path} to restore.")
        source = found[0].path
    else:
        source = Path(backup_ref).expanduser()
        if not source.is_file():
            fail(f"There is no backup file at {source}.")
    counts = inspect_journal_file(source)
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "an empty journal"
    if not yes and sys.stdin.isatty():
        click.confirm(f"Replace the journal at {path} with the backup {source.name} ({summary})?", abort=True)
    restored = restore_backup(source, path)
    click.echo(f"Restored {source.name} to {path} ({summary}).")
    if restored.set_aside is not None:
        click.echo(f"The journal it replaced is kept at {restored.set_aside}")


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check the journal file: SQLite integrity, links between records, the search index."""
    journal = open_journal(ctx, write=True)
    problems = journal.check()
    if problems:
        for problem in problems:
            click.echo(f"Problem: {problem}", err=True)
        raise click.ClickException(f"The journal at {journal.path} has {len(problems)} problem(s).")
    counts = ", ".join(f"{n} {kind}" for kind, n in journal.counts().items() if n)
    click.echo(f"The journal at {journal.path} is healthy ({counts or 'empty'}).")
