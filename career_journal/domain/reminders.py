"""Quiet reminders: what a once-a-day desktop notification says, and whether now is the moment to show it.

Pure functions, so the rules (once a day at most, never in quiet hours,
never when nothing waits, off when switched off) are tested without a clock
or a desktop. The notification names no one: it may appear on a shared screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from .followups import FollowUps
from .wording import count_of, plural


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    enabled: bool = True
    quiet_from: time = time(21, 0)
    quiet_until: time = time(8, 0)


@dataclass(frozen=True, slots=True)
class Reminder:
    title: str
    message: str


def in_quiet_hours(now: time, quiet_from: time, quiet_until: time) -> bool:
    """Whether ``now`` falls in the quiet hours; they may run past midnight (21:00–08:00). Equal ends: none."""
    if quiet_from == quiet_until:
        return False
    if quiet_from < quiet_until:
        return quiet_from <= now < quiet_until
    return now >= quiet_from or now < quiet_until


def reminder_for(due: FollowUps) -> Reminder | None:
    """What to say about what is waiting today, in counts only; None when nothing waits."""
    parts = []
    if due.people:
        parts.append(f"{count_of(len(due.people), 'person', 'people')} to get back to")
    if due.advisers:
        parts.append(f"{count_of(len(due.advisers), 'adviser check-in')} due")
    if due.goals:
        parts.append(f"{count_of(len(due.goals), 'goal')} near {plural(len(due.goals), 'its', 'their')} target")
    if not parts:
        return None
    said = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return Reminder("Career Journal: waiting on you today", f"{said[0].upper()}{said[1:]}. Click to open Today.")


def should_remind(now: datetime, last_shown: date | None, settings: ReminderSettings, *, something_due: bool) -> bool:
    """Once a day at most, outside the quiet hours, only when switched on and something is due."""
    return (
        settings.enabled
        and something_due
        and last_shown != now.date()
        and not in_quiet_hours(now.time(), settings.quiet_from, settings.quiet_until)
    )
