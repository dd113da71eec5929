"""A check-in agenda for one adviser: what changed since the last check-in with them, and nothing older.

The last check-in is the day of the latest conversation with them; the agenda
holds what is dated after that day (a first check-in: the last 90 days): the
open asks to them, goals that moved (milestones done, plan changes), wins and
teaching. Private entries and goals stay out unless asked for; the rest is as
the coach packet shows it, so it passes markdownlint's default rules too. In the
language asked for (the phrasebook's words); dates stay ISO.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..domain.enums import EntryKind, GoalStatus
from ..domain.queries import EntryFilter
from ..domain.records import Adviser
from ..language import Language
from ..phrasebook import label, number, phrase, phrase_count
from ..storage.journal import Journal
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import items
from .md_words import goal_field

FIRST_CHECK_IN_DAYS = 90
_STATUSES = {status.value for status in GoalStatus}  # a plan change's status, worded; a target date stays ISO


class Agenda:
    """The agenda for the adviser ``person_id``: ``chunks()`` the document, ``left_out()`` what it held back.

    ValueError says in words when the person is not on the personal team.
    """

    def __init__(
        self,
        journal: Journal,
        person_id: int,
        *,
        today: date,
        include_private: bool = False,
        language: Language = Language.ENGLISH,
    ) -> None:
        self.journal = journal
        self.language = language
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
        name, language = plain(self.person.name), self.language
        yield self._heading(1, phrase("Check-in with {name}: {day}", language, name=name, day=self.today.isoformat()))
        roles = ", ".join(label(a.role, language).lower() for a in self.roles)
        if self.last_check_in:
            days = (self.today - self.last_check_in).days
            since = phrase_count(
                days,
                "What changed since our last check-in on {day} ({n} day ago).",
                "What changed since our last check-in on {day} ({n} days ago).",
                language,
                day=self.last_check_in,
            )
        else:
            since = phrase(
                "We have not had a check-in yet: what happened in the last {days} days.",
                language,
                days=number(FIRST_CHECK_IN_DAYS, language),
            )
        yield "\n".join(wrap(phrase("{name}, my {roles}.", language, name=name, roles=roles) + " " + since))
        yield self._heading(2, phrase("What I want to ask {name}", language, name=name))
        asks = [a.open_asks for a in self.roles if a.open_asks.strip()]
        if not asks:
            yield phrase("No open asks.", language)
        for ask in asks:
            yield from render(ask, level=2, headings=self.headings)
        yield self._heading(2, phrase("Goals that moved", language))
        # each starts with its day
        yield items(sorted(self._goal_moves())) or phrase("No goal moved since then.", language)
        yield self._heading(2, phrase("Wins", language))
        wins = (f"{w.entry_date}: {plain(w.display_title)}" for w in self.wins())
        yield items(wins) or phrase("No wins since then.", language)
        yield self._heading(2, phrase("Teaching", language))
        yield items(sorted(self._teaching())) or phrase("No teaching since then.", language)

    # -- what is shown -------------------------------------------------------------------
    def wins(self) -> list:
        private = None if self.include_private else False
        chosen = EntryFilter(date_from=self.first_day, date_to=self.today, kind=EntryKind.WIN, private=private)
        return self.journal.entries.list(chosen, oldest_first=True)

    def _goal_moves(self) -> Iterator[str]:
        language = self.language
        goals = {g.id: g for g in self.journal.goals.list() if self.include_private or not g.private}
        for goal in goals.values():
            for milestone in goal.milestones:
                if self._since(milestone.done_on):
                    yield phrase("{day}: {goal}: done “{milestone}”", language, day=milestone.done_on,
                                 goal=plain(goal.title), milestone=plain(milestone.text))  # fmt: skip
        for change in self.journal.goals.all_history():
            day = date.fromisoformat(change.changed_at[:10])
            if change.goal_id in goals and self._since(day) and change.field_name in ("status", "target_date"):
                old, new = (
                    (label(GoalStatus(value), language).lower() if value in _STATUSES else plain(value))
                    if value
                    else phrase("none", language)
                    for value in (change.old_value, change.new_value)
                )
                yield phrase("{day}: {goal}: {field} from {old} to {new}", language, day=day,
                             goal=plain(goals[change.goal_id].title), field=goal_field(change.field_name, language),
                             old=old, new=new)  # fmt: skip

    def _teaching(self) -> Iterator[str]:
        for t in self.journal.skills.teachings():
            if self._since(t.taught_on):
                yield phrase("{day}: {skill} to {person}, reached {level}", self.language, day=t.taught_on,
                             skill=plain(t.skill_name), person=plain(t.person_name),
                             level=label(t.level, self.language).lower())  # fmt: skip
        for h in self.journal.skills.handovers():
            if self._since(h.completed_on):
                yield phrase("{day}: handed {title} over to {person}", self.language, day=h.completed_on,
                             title=plain(h.title), person=plain(h.person_name))  # fmt: skip

    def left_out(self) -> list[str]:
        if self.include_private:
            return []
        with self.journal.snapshot():
            chosen = EntryFilter(date_from=self.first_day, date_to=self.today, kind=EntryKind.WIN, private=True)
            wins = self.journal.entries.count(chosen)
            goals = sum(g.private for g in self.journal.goals.list())
        held = []
        if wins:
            held.append(phrase_count(wins, "{n} private win", "{n} private wins", self.language))
        if goals:
            held.append(phrase_count(goals, "{n} private goal", "{n} private goals", self.language))
        return held
