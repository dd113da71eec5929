"""Journal entries from the terminal: add, list, show, edit, delete, search, tags."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date

import click

from ..domain.attachments import Owner
from ..domain.enums import EntryKind, RecordKind, tokens
from ..domain.queries import EntryFilter, SearchQuery
from ..domain.records import Entry, WinStory
from ..domain.validation import clean_tags
from .base import cli, fail, read_stdin
from .opening import open_journal
from .output import day, echo_json, highlight, matched_spans, plain, say, shorten, table, visible
from .params import DATE, TIME
from .people_refs import NEW_PERSON, people_named


@cli.command()
@click.argument("text")
@click.option("--title", default="", help="A short title (default: none; lists show the first line).")
@click.option("--date", "entry_date", type=DATE, help="The day it happened (default: today).")
@click.option("--time", "entry_time", type=TIME, help="The time, HH:MM.")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for more (@ and # are dropped).")
@click.option("--private", is_flag=True, help="Never exported unless you ask for private entries.")
@click.option("--kind", type=click.Choice(tokens(EntryKind)), default="note", show_default=True)
@click.option("--person", "people", multiple=True, help="Link a person (id or name); repeat for more.")
@NEW_PERSON
@click.option("--goal", "goals", multiple=True, help="Link a goal (id or title); repeat for more.")
@click.option("--skill", "skills", multiple=True, help="Link a skill (id or name); repeat for more.")
@click.pass_context
def add(
    ctx: click.Context, text: str, title: str, entry_date: date | None, entry_time: str | None,
    tags: tuple[str, ...], private: bool, kind: str, people: tuple[str, ...], goals: tuple[str, ...],
    skills: tuple[str, ...], new_person: bool,
) -> None:  # fmt: skip
    """Add a journal entry (Markdown). Use - as TEXT to read it from standard input."""
    journal = open_journal(ctx, write=True)
    if text == "-":
        text = read_stdin()
    goal_ids = [journal.goals.resolve(g).id or 0 for g in goals]
    skill_ids = [journal.skills.resolve(s).id or 0 for s in skills]
    with journal.transaction():
        person_ids = [p.id or 0 for p in people_named(journal, people, add_new=new_person)]
        entry = Entry(
            body=text,
            title=title,
            entry_date=entry_date or date.today(),
            entry_time=entry_time,
            kind=EntryKind(kind),
            tags=list(tags),
            private=private,
            person_ids=person_ids,
            goal_ids=goal_ids,
            skill_ids=skill_ids,
        )
        journal.entries.add(entry)
    say(f"Saved entry #{entry.id} ({entry.entry_date.isoformat()}{', private' if private else ''}).")


@cli.command()
@click.option("--from", "date_from", type=DATE, help="First day to include.")
@click.option("--to", "date_to", type=DATE, help="Last day to include.")
@click.option("--tag", help="Only entries with this tag.")
@click.option("--kind", type=click.Choice(tokens(EntryKind)), help="Only entries of this kind.")
@click.option("--private/--public", "private", default=None, help="Only private, or only shareable, entries.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="How many; 0 for all.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def entries(
    ctx: click.Context, date_from: date | None, date_to: date | None, tag: str | None, kind: str | None,
    private: bool | None, limit: int, as_json: bool,
) -> None:  # fmt: skip
    """List entries, newest first."""
    journal = open_journal(ctx)
    filters = EntryFilter(
        date_from=date_from, date_to=date_to, tag=tag, kind=EntryKind(kind) if kind else None, private=private
    )
    found = journal.entries.list(filters, limit=limit or None)
    if as_json:
        echo_json(found)
        return
    if not found:
        say("No entries match.")
        return
    table(
        [
            [
                f"#{e.id}",
                e.entry_date.isoformat(),
                e.kind.value,
                shorten(e.display_title, 60)
                + (f"  [{', '.join(e.tags)}]" if e.tags else "")
                + ("  (private)" if e.private else ""),
            ]
            for e in found
        ]
    )
    total = journal.entries.count(filters)
    if total > len(found):
        say(f"… {total - len(found)} more; use --limit 0 to see all.")


@cli.command()
@click.argument("entry_id", type=int, metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show(ctx: click.Context, entry_id: int, as_json: bool) -> None:
    """Show one entry in full."""
    journal = open_journal(ctx)
    entry = journal.entries.get(entry_id)
    if as_json:
        echo_json(entry)
        return
    names = {p.id: p.name for p in journal.people.list()} if entry.person_ids else {}
    say(click.style(visible(f"#{entry.id}  {entry.display_title}"), bold=True))
    when = entry.entry_date.isoformat() + (f" {entry.entry_time}" if entry.entry_time else "")
    details = [when, entry.kind.label] + (["private"] if entry.private else []) + (["starred"] if entry.starred else [])
    say(" · ".join(details))
    if entry.tags:
        say("Tags: " + ", ".join(entry.tags))
    if entry.person_ids:
        say("People: " + ", ".join(names.get(i, f"#{i}") for i in entry.person_ids))
    if entry.goal_ids:
        say("Goals: " + ", ".join(journal.goals.get(i).title for i in entry.goal_ids))
    if entry.skill_ids:
        say("Skills: " + ", ".join(journal.skills.get(i).name for i in entry.skill_ids))
    if files := journal.attachments.list_for(Owner.entry(entry_id)):
        say("Files: " + "; ".join(f"{a.file_name} ({a.size_text}, #{a.id})" for a in files))
    say("")
    say(entry.body)
    if entry.story is not None:
        say("")
        for part in WinStory.PARTS:
            if told := getattr(entry.story, part):
                say(f"{part.capitalize()}: {told}")
        if entry.story.needs_result:
            say("Result: not written yet")


@cli.command()
@click.argument("entry_id", type=int, metavar="ID")
@click.option("--text", help="New text (replaces the old; - reads standard input).")
@click.option("--title", help="New title.")
@click.option("--date", "entry_date", type=DATE, help="New date.")
@click.option("--kind", type=click.Choice(tokens(EntryKind)), help="New kind.")
@click.option("--tag", "tags", multiple=True, help="Replace the tags; repeat for more.")
@click.option("--no-tags", is_flag=True, help="Remove every tag.")
@click.option("--private/--public", "private", default=None, help="Change whether the entry is private.")
@click.option("--situation", help="A win's STAR story: the situation ('' clears it).")
@click.option("--task", help="A win's STAR story: the task.")
@click.option("--action", help="A win's STAR story: the action you took.")
@click.option("--result", help="A win's STAR story: the result (a win without one is marked as needing it).")
@click.pass_context
def edit(
    ctx: click.Context, entry_id: int, text: str | None, title: str | None, entry_date: date | None,
    kind: str | None, tags: tuple[str, ...], no_tags: bool, private: bool | None, situation: str | None,
    task: str | None, action: str | None, result: str | None,
) -> None:  # fmt: skip
    """Change an entry; only the parts you name change."""
    journal = open_journal(ctx, write=True)
    entry = journal.entries.get(entry_id)
    if text == "-":
        text = read_stdin()
    changed = []
    for name, value in (("body", text), ("title", title), ("entry_date", entry_date)):
        if value is not None:
            setattr(entry, name, value.strip() if name == "title" else value)
            changed.append("text" if name == "body" else name.replace("entry_", ""))
    if kind is not None:
        entry.kind = EntryKind(kind)
        changed.append("kind")
    if tags or no_tags:
        entry.tags = [] if no_tags else clean_tags(list(tags))
        changed.append("tags")
    if private is not None:
        entry.private = private
        changed.append("private" if private else "public")
    parts = {"situation": situation, "task": task, "action": action, "result": result}
    if any(value is not None for value in parts.values()):
        if entry.kind is not EntryKind.WIN:
            fail(f"Entry #{entry_id} is a {entry.kind.label.lower()}: a STAR story goes with a win (add --kind win).")
        told = {part: value.strip() for part, value in parts.items() if value is not None}
        entry.story = replace(entry.story or WinStory(), **told)
        entry.story = None if entry.story.empty else entry.story
        changed.append("story")
    if not changed:
        fail(
            "Nothing to change: give --text, --title, --date, --kind, --tag, --no-tags, --private, --public,"
            " or a part of the story (--situation, --task, --action, --result)."
        )
    if not entry.body.strip() and not entry.title:
        fail("An entry needs some text.")
    journal.entries.update(entry)
    say(f"Updated entry #{entry_id} ({', '.join(changed)}).")


@cli.command()
@click.argument("entry_id", type=int, metavar="ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def delete(ctx: click.Context, entry_id: int, yes: bool) -> None:
    """Delete an entry for good (its text is wiped from the file and the search index)."""
    journal = open_journal(ctx, write=True)
    entry = journal.entries.get(entry_id)
    if not yes and sys.stdin.isatty():
        click.confirm(f"Delete entry #{entry_id} '{shorten(entry.display_title, 50)}'?", abort=True)
    journal.entries.delete(entry_id)
    journal.checkpoint()
    say(f"Deleted entry #{entry_id}.")


@cli.command()
@click.argument("query")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(tokens(RecordKind)), help="Only this kind.")
@click.option("--tag", help="Only entries with this tag.")
@click.option("--from", "date_from", type=DATE, help="First day to include.")
@click.option("--to", "date_to", type=DATE, help="Last day to include.")
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each snippet as plain text, with the character "
              "offsets [start, end) of the matched words in 'matches'.")  # fmt: skip
@click.pass_context
def search(
    ctx: click.Context, query: str, kinds: tuple[str, ...], tag: str | None, date_from: date | None,
    date_to: date | None, limit: int, as_json: bool,
) -> None:  # fmt: skip
    """Search everything: entries, goals, milestones, people, meetings, skills, opportunities…

    Words must all match; "quoted words" match as a phrase; word* matches a
    prefix; OR between two words matches either; -word leaves it out.
    """
    journal = open_journal(ctx)
    hits = journal.search.search(
        SearchQuery(
            text=query,
            kinds=tuple(RecordKind(k) for k in kinds),
            tag=tag,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
    )
    if as_json:
        found = []
        for hit in hits:
            snippet, spans = matched_spans(hit.snippet)
            found.append({**plain(hit), "snippet": snippet, "matches": spans})
        echo_json(found)
        return
    if not hits:
        say("Nothing found.")
        return
    for hit in hits:
        say(f"{hit.kind.value} #{hit.record_id}  {day(hit.day)}  " + click.style(visible(hit.title), bold=True))
        say(f"    {highlight(hit.snippet)}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def tags(ctx: click.Context, as_json: bool) -> None:
    """List tags with how many entries carry each."""
    journal = open_journal(ctx)
    found = journal.entries.tags()
    if as_json:
        echo_json([{"tag": t, "entries": n} for t, n in found])
        return
    if not found:
        say("No tags yet.")
        return
    table([[t, str(n)] for t, n in found])
