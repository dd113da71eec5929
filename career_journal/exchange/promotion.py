"""The promotion packet: wins, teaching, handovers and opportunities championed, grouped by goal.

One H1 names the dates; each goal is an H2 (what belongs to no goal shown comes
last); under it the teaching, handovers and opportunities as lists, then each win
as an H3 told as a STAR story. A win without a story, or without a result, is
shown as written and says it needs a result. Private entries, goals and
opportunities stay out unless asked for. Written with the Markdown export's own
blocks, so it passes markdownlint's default rules as the coach packet does. In the
options' language (the phrasebook's words); dates stay ISO.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.enums import EntryKind, HandoverStatus
from ..domain.packets import CHAMPIONED, GoalEvidence, group_by_goal
from ..domain.queries import EntryFilter
from ..domain.records import Entry, Goal, WinStory
from ..phrasebook import label, phrase, phrase_count
from ..storage.journal import Journal
from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import facts, in_range, items
from .md_words import taught_line
from .packet_options import PacketOptions


class PromotionPacket:
    """One promotion packet: ``chunks()`` the document, ``left_out()`` what it held back."""

    def __init__(
        self, journal: Journal, options: PacketOptions, *, today: date, progress: ExportProgress | None = None
    ) -> None:
        self.journal = journal
        self.options = options
        self.language = options.language
        self.start = options.date_from
        self.end = options.date_to or today
        if self.start is not None and self.start > self.end:
            raise ValueError(f"The first day, {self.start.isoformat()}, is after the last, {self.end.isoformat()}.")
        self.progress = progress or ExportProgress()
        self.headings = Headings()

    def chunks(self) -> Iterator[str]:
        with self.journal.snapshot():
            blocks = [block for block in self._blocks() if block]
        yield "\n\n".join(blocks) + "\n"

    def _blocks(self) -> Iterator[str]:
        language, end = self.language, self.end.isoformat()
        if self.start:
            title = phrase("Promotion packet: {start} to {end}", language, start=self.start.isoformat(), end=end)
        else:
            title = phrase("Promotion packet: up to {end}", language, end=end)
        yield self._heading(1, title)
        groups = self.groups()
        wins = sum(len(g.wins) for g in groups)
        self.progress.total = wins
        if not groups:
            yield phrase("No wins, teaching, handovers or championed opportunities in this period.", language)
            return
        counts = phrase(
            "{wins}, {teaching}, {handovers} and {opportunities}.",
            language,
            wins=phrase_count(wins, "{n} win", "{n} wins", language),
            teaching=phrase_count(
                sum(len(g.teaching) for g in groups), "{n} teaching record", "{n} teaching records", language
            ),
            handovers=phrase_count(sum(len(g.handovers) for g in groups), "{n} handover", "{n} handovers", language),
            opportunities=phrase_count(
                sum(len(g.opportunities) for g in groups),
                "{n} opportunity championed",
                "{n} opportunities championed",
                language,
            ),
        )
        intro = phrase("Each win is told as a STAR story: situation, task, action, result.", language)
        yield "\n".join(wrap(f"{counts} {intro}"))
        for group in groups:
            yield from self._group(group)

    # -- what is shown ---------------------------------------------------------------
    def shown_goals(self) -> list[Goal]:
        goals = [g for g in self.journal.goals.list() if self.options.include_private or not g.private]
        if self.options.goal_id is not None:
            goals = [g for g in goals if g.id == self.options.goal_id]
        return goals

    def chosen(self, kind: EntryKind | None = None) -> EntryFilter:
        private = None if self.options.include_private else False
        return EntryFilter(date_from=self.start, date_to=self.end, private=private, kind=kind)

    def groups(self) -> list[GoalEvidence]:
        skills = self.journal.skills
        teaching = [t for t in skills.teachings() if in_range(t.taught_on, self.start, self.end)]
        teaching.sort(key=lambda t: (t.taught_on, t.id or 0))
        handovers = [
            h
            for h in skills.handovers()
            if h.status is not HandoverStatus.PLANNED
            and (h.status is not HandoverStatus.HANDED_OVER or in_range(h.completed_on, self.start, self.end))
        ]
        opportunities = [
            o for o in self.journal.people.opportunities() if self.options.include_private or not o.private
        ]
        entries = self.journal.entries
        wins = entries.iter_all(self.chosen(EntryKind.WIN), oldest_first=True)
        links = entries.goal_links(self.chosen())  # read without the entries' text: a decade stays quick
        groups = group_by_goal(self.shown_goals(), wins, links, teaching, handovers, opportunities)
        if self.options.goal_id is not None:
            groups = [g for g in groups if g.goal is not None]
        return groups

    # -- writing -----------------------------------------------------------------------
    def _heading(self, level: int, text: str, context: str = "") -> str:
        return "\n".join(heading_line(level, text, self.headings, context))

    def _group(self, group: GoalEvidence) -> Iterator[str]:
        goal, language = group.goal, self.language
        if goal is None:
            yield self._heading(2, phrase("Beyond my goals", language))
        else:
            yield self._heading(2, plain(goal.title))
            yield facts(
                [
                    (phrase("Direction", language), label(goal.direction, language)),
                    (phrase("Status", language), label(goal.status, language)),
                    (phrase("Target date", language), goal.target_date.isoformat() if goal.target_date else ""),
                ]
            )
        if group.teaching:
            yield phrase("Taught:", language)
            yield items(taught_line(t, language) for t in group.teaching)
        if group.handovers:
            yield phrase("Handed over:", language)
            yield items(
                phrase("{title} to {person}: {state}", language, title=plain(h.title), person=plain(h.person_name),
                       state=self._state(h.status, h.completed_on))
                for h in group.handovers
            )  # fmt: skip
        if group.opportunities:
            yield phrase("Opportunities championed:", language)
            yield items(
                phrase("{title} with {person} ({status})", language, title=plain(o.title),
                       person=plain(o.person_name) or phrase("nobody named", language),
                       status=label(o.status, language).lower())
                + (f": {plain(o.value)}" if o.value.strip() else "")
                for o in group.opportunities
            )  # fmt: skip
        for win in group.wins:
            yield from self._win(win)
            self.progress.done += 1

    def _win(self, win: Entry) -> Iterator[str]:
        day = win.entry_date.isoformat()
        yield self._heading(3, f"{day} — {plain(win.display_title)}", day)
        story = win.story or WinStory()
        names = {
            "situation": phrase("Situation", self.language),
            "task": phrase("Task", self.language),
            "action": phrase("Action", self.language),
            "result": phrase("Result", self.language),
        }
        for part in WinStory.PARTS:
            text = getattr(story, part).strip()
            if text:
                yield from render(f"**{names[part]}:** {text}", level=3, headings=self.headings, context=day)
        if story.needs_result:
            yield "\n".join(wrap(phrase("Needs a result: this win is shown as written.", self.language)))
        if story.empty and win.body.strip() != win.display_title:
            yield from render(win.body, level=3, headings=self.headings, context=day)

    # -- "Left out" ----------------------------------------------------------------------
    def left_out(self) -> list[str]:
        if self.options.include_private:
            return []
        held = []
        with self.journal.snapshot():
            chosen = EntryFilter(date_from=self.start, date_to=self.end, kind=EntryKind.WIN, private=True)
            wins = self.journal.entries.count(chosen)
            goals = sum(g.private for g in self.journal.goals.list())
            chances = sum(o.private and o.status in CHAMPIONED for o in self.journal.people.opportunities())
        language = self.language
        for count, words in (
            (wins, phrase_count(wins, "{n} private win", "{n} private wins", language)),
            (goals, phrase_count(goals, "{n} private goal", "{n} private goals", language)),
            (chances, phrase_count(chances, "{n} private opportunity", "{n} private opportunities", language)),
        ):
            if count:
                held.append(words)
        return held

    def _state(self, status: HandoverStatus, completed_on: date | None) -> str:
        if status is HandoverStatus.HANDED_OVER:
            if completed_on:
                return phrase("handed over on {day}", self.language, day=completed_on)
            return phrase("handed over", self.language)
        return phrase("in transition", self.language)
