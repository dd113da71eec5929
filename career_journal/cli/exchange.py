"""Exports: Markdown (full, coach, packets) and JSON. The imports are in ``imports.py``."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import click

from ..exchange.json_io import export_json
from ..exchange.markdown import SECTIONS, MarkdownExport, MarkdownOptions, resolve_range, write_markdown
from ..exchange.md_charts import charts_folder
from ..exchange.md_files import files_folder
from ..exchange.packet_options import HANDOVER, PROMOTION, PacketOptions
from ..exchange.packets import open_export, write_packet
from ..exchange.report import count_section
from ..language import Language
from ..storage.journal import Journal
from .base import CliState, cli, fail
from .opening import open_journal
from .output import say
from .params import DATE, language_option


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
@click.option("--everyone", is_flag=True, help="List every person, not only those with something in the dates.")
@click.option(
    "--attachments", is_flag=True, help="Copy the files attached to what is shown into a folder beside -o, linked."
)
@click.option("--charts", is_flag=True, help="With --coach and -o: the Insights charts as PNG files beside it, linked.")
@click.option("--topics", default="", help="With --coach: 'What I want to talk about', in the packet's summary.")
@click.option("-o", "--output", type=click.Path(), help="File to write (default: print).")
@click.option("--salvage", is_flag=True, help="From a damaged journal: write what can still be read.")
@language_option
@click.pass_context
def export_markdown(
    ctx: click.Context, coach: bool, date_from: date | None, date_to: date | None, sections: tuple[str, ...],
    include_private: bool, include_contact_details: bool, everyone: bool, attachments: bool, charts: bool,
    topics: str, output: str | None, salvage: bool, language: Language,
) -> None:  # fmt: skip
    """Write a Markdown document of the sections and dates you choose."""
    if topics.strip() and not coach:
        fail("--topics goes in the coach packet's summary: add --coach.")
    if charts and (not coach or output is None):
        fail("--charts goes with --coach and -o FILE: the charts go in a folder beside it.")
    if attachments and output is None:
        fail("--attachments needs -o FILE: the files go in a folder beside it.")
    journal = open_journal(ctx, export=True, salvage=salvage)
    if date_from and date_to and date_from > date_to:
        fail(f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}.")
    options = MarkdownOptions(
        coach=coach, date_from=date_from, date_to=date_to, sections=tuple(sections) or SECTIONS,
        include_private=include_private, include_contact_details=include_contact_details, everyone=everyone,
        attachments=attachments, topics=topics, charts=charts, language=language,
    )  # fmt: skip
    today = date.today()
    try:
        resolve_range(options, today)
    except ValueError as exc:
        fail(str(exc))
    if output is None:
        export = MarkdownExport(journal, options, today=today)
        with contextlib.closing(export.chunks()) as chunks:
            for chunk in chunks:
                say(chunk, nl=False)
        held_back = export.left_out()
    else:
        state = ctx.find_object(CliState)
        paint_charts = state.paint_charts if state is not None else None
        if charts and paint_charts is None:
            fail("--charts needs the app's chart painter: run it as the career-journal command.")
        held_back = write_markdown(journal, options, output, today=today, paint_charts=paint_charts)
        start, end = resolve_range(options, today)
        span = f"{start.isoformat()} to {end.isoformat()}" if start else f"everything up to {end.isoformat()}"
        say(f"Wrote {output} ({span}).", err=True)
        if attachments and (folder := files_folder(Path(output))).is_dir():
            say(f"Attached files are in {folder}.", err=True)
        if charts:
            say(f"The charts are in {charts_folder(Path(output))}.", err=True)
    if held_back:
        say(f"Left out: {'; '.join(held_back)}.", err=True)
    _say_it_is_plain(journal, output)


def _say_it_is_plain(journal: Journal, output: str | None) -> None:
    """An export of an encrypted journal is plain text by its nature: say where that text went."""
    if journal.encrypted:
        where = Path(output).absolute() if output is not None else "standard output"
        say(f"Note: the journal is encrypted, but this export is plain text, at {where}.", err=True)


@export.command("promotion")
@click.option("--from", "date_from", type=DATE, help="First day to include (default: from the beginning).")
@click.option("--to", "date_to", type=DATE, help="Last day to include (default: today).")
@click.option("--goal", "goal_ref", help="Only the evidence of this goal (id or name).")
@click.option("--include-private", is_flag=True, help="Include private wins, goals and opportunities.")
@click.option("-o", "--output", type=click.Path(), help="File to write (default: print).")
@language_option
@click.pass_context
def export_promotion(
    ctx: click.Context, date_from: date | None, date_to: date | None, goal_ref: str | None, include_private: bool,
    output: str | None, language: Language,
) -> None:  # fmt: skip
    """A promotion packet: wins as STAR stories, teaching, handovers and opportunities championed, by goal."""
    journal = open_journal(ctx, export=True)
    if date_from and date_to and date_from > date_to:
        fail(f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}.")
    goal_id = None
    if goal_ref is not None:
        goal = journal.goals.resolve(goal_ref)
        if goal.private and not include_private:
            fail(f"The goal “{goal.title}” is private: add --include-private to put it in the packet.")
        goal_id = goal.id
    options = PacketOptions(
        PROMOTION, date_from=date_from, date_to=date_to, goal_id=goal_id, include_private=include_private,
        language=language,
    )  # fmt: skip
    _write_packet(journal, options, output, "promotion packet")


@export.command("handover")
@click.option("--skill", "skill_refs", multiple=True, help="Only this responsibility (id or name); repeatable.")
@click.option("-o", "--output", type=click.Path(), help="File to write (default: print).")
@language_option
@click.pass_context
def export_handover(ctx: click.Context, skill_refs: tuple[str, ...], output: str | None, language: Language) -> None:
    """A handover packet: for each responsibility, who else can do it, how well, and what is next."""
    journal = open_journal(ctx, export=True)
    skill_ids = tuple(journal.skills.resolve(ref).id or 0 for ref in skill_refs)
    options = PacketOptions(HANDOVER, skill_ids=skill_ids, language=language)
    _write_packet(journal, options, output, "handover packet")


def _write_packet(journal: Journal, options: PacketOptions, output: str | None, what: str) -> None:
    today = date.today()
    if output is None:
        export = open_export(journal, options, today=today)
        for chunk in export.chunks():
            say(chunk, nl=False)
        held_back = export.left_out()
    else:
        held_back = write_packet(journal, options, Path(output), today=today)
        say(f"Wrote the {what} to {output}.", err=True)
    if held_back:
        say(f"Left out: {'; '.join(held_back)}.", err=True)
    _say_it_is_plain(journal, output)


@export.command("json")
@click.option("-o", "--output", required=True, type=click.Path(), help="File to write.")
@click.option("--salvage", is_flag=True, help="From a damaged journal: write what can still be read.")
@click.pass_context
def export_json_command(ctx: click.Context, output: str, salvage: bool) -> None:
    """Write everything, contact details included, as one JSON document (for backup or moving)."""
    journal = open_journal(ctx, export=True, salvage=salvage)
    counts = export_json(journal, output)
    summary = ", ".join(count_section(n, kind) for kind, n in counts.items() if n)
    say(f"Wrote {output} ({summary or 'an empty journal'}).")
    _say_it_is_plain(journal, output)
