"""The app's sentences about the journal's derived views, in the app's language.

The domain gives the facts (how many days a check-in is overdue); the command
line words them in English there (``check_in_text``). The window words the
same facts here with ``tr()``, so Swedish has its own sentences and plurals.
English reads exactly as the domain's words. (A skill's next step is worded by
the domain itself, through the phrasebook: ``SkillCoverage.next_step``.)
"""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QObject

from ..domain.coverage import AdviserStatus
from ..domain.records import Adviser
from ..domain.wording import count_of
from .labels import counted, fill


class Words(QObject):
    def check_in(self, status: AdviserStatus, today: date) -> str:
        """ "14 days overdue", "Check-in due today" or "Next check-in by 2026-12-01" ("" with no rhythm)."""
        if status.next_due is None:
            return ""
        if late := status.overdue_days(today):
            return counted(self.tr("%n days overdue", "", late), f"{count_of(late, 'day')} overdue")
        if status.is_due(today):
            return self.tr("Check-in due today")
        return fill(self.tr("Next check-in by %1"), status.next_due.isoformat())

    def check_in_state(self, status: AdviserStatus, today: date) -> str:
        """After the next check-in's date in a table: "14 days overdue", "due today" or ""."""
        if status.next_due is not None and status.overdue_days(today):
            return self.check_in(status, today)
        return self.tr("due today") if status.next_due is not None and status.is_due(today) else ""

    def not_met_yet(self) -> str:
        return self.tr("Not met yet")

    def relative_day(self, day: date, today: date) -> str:
        """How far a day is from today, the way a person says it: "today", "yesterday", "in 3 days"."""
        days = (today - day).days
        if days == 0:
            return self.tr("today")
        if abs(days) == 1:
            return self.tr("yesterday") if days > 0 else self.tr("tomorrow")
        if days > 0:
            return counted(self.tr("%n days ago", "", days), f"{count_of(days, 'day')} ago")
        return counted(self.tr("in %n days", "", -days), f"in {count_of(-days, 'day')}")

    def target(self, days: int) -> str:
        """How far a goal's target date is: "24 days left", "due today", "target passed 3 days ago"."""
        if days > 0:
            return counted(self.tr("%n days left", "", days), f"{count_of(days, 'day')} left")
        if days == 0:
            return self.tr("due today")
        if days == -1:
            return self.tr("target passed yesterday")
        return counted(self.tr("target passed %n days ago", "", -days), f"target passed {count_of(-days, 'day')} ago")

    def cadence(self, adviser: Adviser) -> str:
        days = adviser.cadence_days
        if days is None:
            return self.tr("No fixed rhythm")
        if days == 1:
            return self.tr("Every day")
        return counted(self.tr("Every %n days", "", days), f"Every {count_of(days, 'day')}")


@cache
def words() -> Words:
    """One for the app: it holds no state, only the context its sentences are translated in."""
    return Words()


def check_in_text(status: AdviserStatus, today: date) -> str:
    return words().check_in(status, today)


def relative_day(day: date, today: date) -> str:
    return words().relative_day(day, today)


def cadence_text(adviser: Adviser) -> str:
    return words().cadence(adviser)
