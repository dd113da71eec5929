"""The promotion packet: wins, teaching, handovers and opportunities championed, grouped by goal.

One H1 names the dates; each goal is an H2 (what belongs to no goal shown comes
last); under it the teaching, handovers and opportunities as lists, then each win
as an H3 told as a STAR story. A win without a story, or without a result, is
shown as written and says it needs a result. Private entries, goals and
opportunities stay out unless asked for. Written with the Markdown export's own
blocks, so it passes markdownlint's default rules as the coach packet does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.enums import EntryKind, HandoverStatus
from ..domain.packets import CHAMPIONED, GoalEvidence, group_by_goal
from ..domain.queries import EntryFilter
from ..domain.records import Entry, Goal, WinStory
from ..domain.wording import count_of, plural
from ..storage.journal import Journal
from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import facts, in_range, items
from .packet_options import WORDS, PacketOptions


class PromotionPacket:
    """One promotion packet: ``chunks()`` the document, ``left_out()`` what it held back."""

    def __init__(
        self, journal: Journal, options: PacketOptions, *, today: date, progress: ExportProgress | None = None
    ) -> None:
        self.journal = journal
        self.options = options
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
        span = f"{self.start.isoformat()} to {self.end.isoformat()}" if self.start else f"up to {self.end.isoformat()}"
        yield self._heading(1, f"{WORDS['promotion_title']}: {span}")
        groups = self.groups()
        wins = sum(len(g.wins) for g in groups)
        self.progress.total = wins
        counts = [
            count_of(wins, "win"),
            count_of(sum(len(g.teaching) for g in groups), "teaching record"),
            count_of(sum(len(g.handovers) for g in groups), "handover"),
            f"{count_of(sum(len(g.opportunities) for g in groups), 'opportunity')} championed",
        ]
        if not groups:
            yield WORDS["no_evidence"]
            return
        yield "\n".join(wrap(f"{', '.join(counts[:-1])} and {counts[-1]}. {WORDS['promotion_intro']}"))
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
        goal = group.goal
        if goal is None:
            yield self._heading(2, WORDS["beyond_goals"])
        else:
            yield self._heading(2, plain(goal.title))
            yield facts(
                [
                    ("Direction", goal.direction.label),
                    ("Status", goal.status.label),
                    ("Target date", goal.target_date.isoformat() if goal.target_date else ""),
                ]
            )
        if group.teaching:
            yield f"{WORDS['teaching']}:"
            yield items(
                f"{t.taught_on}: {plain(t.skill_name)} to {plain(t.person_name)} by {t.method.label.lower()},"
                f" reached {t.level.label.lower()}"
                for t in group.teaching
            )
        if group.handovers:
            yield f"{WORDS['handovers']}:"
            yield items(
                f"{plain(h.title)} to {plain(h.person_name)}: {_state(h.status, h.completed_on)}"
                for h in group.handovers
            )
        if group.opportunities:
            yield f"{WORDS['championed']}:"
            yield items(
                f"{plain(o.title)} with {plain(o.person_name) or 'nobody named'} ({o.status.label.lower()})"
                + (f": {plain(o.value)}" if o.value.strip() else "")
                for o in group.opportunities
            )
        for win in group.wins:
            yield from self._win(win)
            self.progress.done += 1

    def _win(self, win: Entry) -> Iterator[str]:
        day = win.entry_date.isoformat()
        yield self._heading(3, f"{day} — {plain(win.display_title)}", day)
        story = win.story or WinStory()
        for part in WinStory.PARTS:
            text = getattr(story, part).strip()
            if text:
                yield from render(f"**{WORDS[part]}:** {text}", level=3, headings=self.headings, context=day)
        if story.needs_result:
            yield "\n".join(wrap(WORDS["needs_result"]))
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
        for count, one, many in (
            (wins, "private win", "private wins"),
            (goals, "private goal", "private goals"),
            (chances, "private opportunity", "private opportunities"),
        ):
            if count:
                held.append(f"{count} {plural(count, one, many)}")
        return held


def _state(status: HandoverStatus, completed_on: date | None) -> str:
    if status is HandoverStatus.HANDED_OVER:
        return "handed over" + (f" on {completed_on}" if completed_on else "")
    return "in transition"
