"""Quiet reminders: what a once-a-day desktop notification says, and whether now is the moment to show it.

Pure functions, so the rules (once a day at most, never in quiet hours,
never when nothing waits, off when switched off) are tested without a clock
or a desktop. The notification names no one: it may appear on a shared screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from ..language import Language, app_language
from ..phrasebook import phrase, phrase_count
from .followups import FollowUps


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


def reminder_for(due: FollowUps, language: Language | None = None) -> Reminder | None:
    """What to say about what is waiting today, in counts only, in ``language`` (default: the app's); None when
    nothing waits."""
    language = language or app_language()
    parts = []
    if due.people:
        parts.append(phrase_count(len(due.people), "{n} person to get back to", "{n} people to get back to", language))
    if due.advisers:
        parts.append(phrase_count(len(due.advisers), "{n} adviser check-in due", "{n} adviser check-ins due", language))
    if due.goals:
        parts.append(phrase_count(len(due.goals), "{n} goal near its target", "{n} goals near their target", language))
    if not parts:
        return None
    said = parts[0] if len(parts) == 1 else phrase("{some} and {last}", language, some=", ".join(parts[:-1]),
                                                      last=parts[-1])  # fmt: skip
    return Reminder(
        phrase("Career Journal: waiting on you today", language),
        phrase("{waiting}. Click to open Today.", language, waiting=f"{said[0].upper()}{said[1:]}"),
    )


def should_remind(now: datetime, last_shown: date | None, settings: ReminderSettings, *, something_due: bool) -> bool:
    """Once a day at most, outside the quiet hours, only when switched on and something is due."""
    return (
        settings.enabled
        and something_due
        and last_shown != now.date()
        and not in_quiet_hours(now.time(), settings.quiet_from, settings.quiet_until)
    )
