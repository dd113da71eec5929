"""Evidence files: attach one to an entry or a goal, list them, save one out, detach one."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..domain.attachments import Attachment, Owner, total_text
from ..exchange.attachment_files import attach_file, save_attachment
from ..storage.journal import Journal
from .base import cli, fail
from .opening import open_journal
from .output import echo_json, say, table


def _owner(journal: Journal, entry_id: str | None, goal_ref: str | None) -> Owner:
    if goal_ref is not None:
        if entry_id is not None:
            fail("Give an entry id or --goal, not both.")
        return Owner.goal(journal.goals.resolve(goal_ref).id or 0)
    if entry_id is None:
        fail("Give the entry's id, or --goal GOAL.")
    if not entry_id.isascii() or not entry_id.isdigit():
        fail(f"'{entry_id}' is not an entry id (a number, as 'career-journal entries' shows).")
    owner = Owner.entry(int(entry_id))
    journal.entries.get(owner.id)  # a clear "No entry matches" before anything else
    return owner


def describe(journal: Journal, owner: Owner) -> str:
    if owner.kind.value == "goal":
        return f"goal '{journal.goals.get(owner.id).title}'"
    return f"entry #{owner.id}"


@cli.command()
@click.argument("arguments", nargs=-1, required=True, metavar="ENTRY_ID FILE")
@click.option("--goal", "goal_ref", metavar="GOAL", help="Attach to this goal instead: attach --goal GOAL FILE.")
@click.pass_context
def attach(ctx: click.Context, arguments: tuple[str, ...], goal_ref: str | None) -> None:
    """Keep a copy of FILE (a review, a screenshot, slides; up to 50 MB) in the journal, attached to an entry."""
    wanted = 1 if goal_ref is not None else 2
    if len(arguments) != wanted:
        fail("Usage: career-journal attach ENTRY_ID FILE, or career-journal attach --goal GOAL FILE.")
    journal = open_journal(ctx, write=True)
    owner = _owner(journal, arguments[0] if wanted == 2 else None, goal_ref)
    attachment = attach_file(journal, owner, Path(arguments[-1]))
    say(
        f"Attached {attachment.file_name} ({attachment.size_text}) to {describe(journal, owner)}"
        f" as file #{attachment.id}."
    )


@cli.command()
@click.argument("entry_id", required=False, metavar="ENTRY_ID")
@click.option("--goal", "goal_ref", metavar="GOAL", help="The files of this goal instead of an entry.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def attachments(ctx: click.Context, entry_id: str | None, goal_ref: str | None, as_json: bool) -> None:
    """List the files attached to an entry (or to a goal with --goal), each with its id."""
    journal = open_journal(ctx)
    owner = _owner(journal, entry_id, goal_ref)
    found = journal.attachments.list_for(owner)
    if as_json:
        echo_json([_json(a) for a in found])
        return
    if not found:
        say(f"No files attached to {describe(journal, owner)}.")
        return
    table([[f"#{a.id}", a.file_name, a.size_text, a.added_at[:10]] for a in found])
    say(f"{total_text(found)} attached to {describe(journal, owner)}.")


def _json(attachment: Attachment) -> dict:
    return {
        "id": attachment.id,
        "entry_id": attachment.owner.id if attachment.owner.kind.value == "entry" else None,
        "goal_id": attachment.owner.id if attachment.owner.kind.value == "goal" else None,
        "file_name": attachment.file_name,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "added_at": attachment.added_at,
    }


@cli.command()
@click.argument("attachment_id", type=int, metavar="ATTACHMENT_ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def detach(ctx: click.Context, attachment_id: int, yes: bool) -> None:
    """Remove an attached file from the journal for good (its bytes are wiped from the file)."""
    journal = open_journal(ctx, write=True)
    found = journal.attachments.get(attachment_id)
    if not yes and sys.stdin.isatty():
        click.confirm(f"Remove {found.file_name} from {describe(journal, found.owner)}?", abort=True)
    journal.detach(attachment_id)
    say(f"Removed {found.file_name} (file #{attachment_id}) from {describe(journal, found.owner)}.")


@cli.group()
def attachment() -> None:
    """One attached file: save a copy of it."""


@attachment.command("save")
@click.argument("attachment_id", type=int, metavar="ATTACHMENT_ID")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="The file to write.")
@click.pass_context
def attachment_save(ctx: click.Context, attachment_id: int, output: Path) -> None:
    """Write a copy of an attached file (never over the journal or any SQLite database)."""
    journal = open_journal(ctx)
    saved = save_attachment(journal, attachment_id, output)
    say(f"Saved {saved.file_name} ({saved.size_text}) to {output}.")
