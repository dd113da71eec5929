"""A check-in agenda for one adviser: what changed since the last check-in with them, and nothing older.

The last check-in is the day of the latest conversation with them; the agenda
holds what is dated after that day (a first check-in: the last 90 days): the
open asks to them, goals that moved (milestones done, plan changes), wins and
teaching. Private entries and goals stay out unless asked for; the rest is as
the coach packet shows it, so it passes markdownlint's default rules too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..domain.enums import EntryKind
from ..domain.queries import EntryFilter
from ..domain.records import Adviser
from ..domain.wording import count_of, plural
from ..storage.journal import Journal
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import items
from .packet_options import WORDS

FIRST_CHECK_IN_DAYS = 90


class Agenda:
    """The agenda for the adviser ``person_id``: ``chunks()`` the document, ``left_out()`` what it held back.

    ValueError says in words when the person is not on the personal team.
    """

    def __init__(self, journal: Journal, person_id: int, *, today: date, include_private: bool = False) -> None:
        self.journal = journal
        self.today = today
        self.include_private = include_private
        self.person = journal.people.get(person_id)
        self.roles: list[Adviser] = [a for a in journal.people.advisers() if a.person_id == person_id]
        if not self.roles:
            raise ValueError(
                f"{self.person.name} is not on your personal team: add them with 'career-journal adviser add'."
            )
        self.last_check_in = journal.people.last_contact([person_id]).get(person_id)
        # The first day the agenda covers: the day after the last check-in (it was talked about then).
        self.first_day = (
            self.last_check_in + timedelta(days=1)
            if self.last_check_in
            else today - timedelta(days=FIRST_CHECK_IN_DAYS)
        )
        self.headings = Headings()

    def _heading(self, level: int, text: str) -> str:
        return "\n".join(heading_line(level, text, self.headings))

    def _since(self, day: date | None) -> bool:
        return day is not None and self.first_day <= day <= self.today

    def chunks(self) -> Iterator[str]:
        with self.journal.snapshot():
            blocks = [block for block in self._blocks() if block]
        yield "\n\n".join(blocks) + "\n"

    def _blocks(self) -> Iterator[str]:
        name = plain(self.person.name)
        yield self._heading(1, WORDS["agenda_title"].format(name=name, day=self.today.isoformat()))
        roles = ", ".join(a.role.label.lower() for a in self.roles)
        if self.last_check_in:
            days = (self.today - self.last_check_in).days
            since = f"What changed since our last check-in on {self.last_check_in} ({count_of(days, 'day')} ago)."
        else:
            since = f"We have not had a check-in yet: what happened in the last {FIRST_CHECK_IN_DAYS} days."
        yield "\n".join(wrap(f"{name}, my {roles}. {since}"))
        yield self._heading(2, WORDS["agenda_asks"].format(name=name))
        asks = [a.open_asks for a in self.roles if a.open_asks.strip()]
        if not asks:
            yield "No open asks."
        for ask in asks:
            yield from render(ask, level=2, headings=self.headings)
        yield self._heading(2, WORDS["agenda_goals"])
        yield items(sorted(self._goal_moves())) or "No goal moved since then."  # each starts with its day
        yield self._heading(2, WORDS["agenda_wins"])
        yield items(f"{w.entry_date}: {plain(w.display_title)}" for w in self.wins()) or "No wins since then."
        yield self._heading(2, WORDS["agenda_teaching"])
        yield items(sorted(self._teaching())) or "No teaching since then."

    # -- what is shown -------------------------------------------------------------------
    def wins(self) -> list:
        private = None if self.include_private else False
        chosen = EntryFilter(date_from=self.first_day, date_to=self.today, kind=EntryKind.WIN, private=private)
        return self.journal.entries.list(chosen, oldest_first=True)

    def _goal_moves(self) -> Iterator[str]:
        goals = {g.id: g for g in self.journal.goals.list() if self.include_private or not g.private}
        for goal in goals.values():
            for milestone in goal.milestones:
                if self._since(milestone.done_on):
                    yield f"{milestone.done_on}: {plain(goal.title)}: done “{plain(milestone.text)}”"
        for change in self.journal.goals.all_history():
            day = date.fromisoformat(change.changed_at[:10])
            if change.goal_id in goals and self._since(day) and change.field_name in ("status", "target_date"):
                what = change.field_name.replace("_", " ")
                old, new = plain(change.old_value) or "none", plain(change.new_value) or "none"
                yield f"{day}: {plain(goals[change.goal_id].title)}: {what} from {old} to {new}"

    def _teaching(self) -> Iterator[str]:
        for t in self.journal.skills.teachings():
            if self._since(t.taught_on):
                yield (
                    f"{t.taught_on}: {plain(t.skill_name)} to {plain(t.person_name)}, reached {t.level.label.lower()}"
                )
        for h in self.journal.skills.handovers():
            if self._since(h.completed_on):
                yield f"{h.completed_on}: handed {plain(h.title)} over to {plain(h.person_name)}"

    def left_out(self) -> list[str]:
        if self.include_private:
            return []
        with self.journal.snapshot():
            chosen = EntryFilter(date_from=self.first_day, date_to=self.today, kind=EntryKind.WIN, private=True)
            wins = self.journal.entries.count(chosen)
            goals = sum(g.private for g in self.journal.goals.list())
        held = []
        if wins:
            held.append(f"{wins} private {plural(wins, 'win', 'wins')}")
        if goals:
            held.append(f"{goals} private {plural(goals, 'goal', 'goals')}")
        return held
