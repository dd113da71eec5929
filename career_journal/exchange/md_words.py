"""How the exports word the journal's facts in a language: a teaching record, a handover's state, a plan change,
who else can do a skill and the next step to teach it.

Shared by the coach packet's sections and the promotion and handover packets and the check-in agenda, so each
fact reads the same in every file. Every word comes from the phrasebook; dates stay ISO.
"""

from __future__ import annotations

from ..domain.coverage import SkillCoverage
from ..domain.enums import GoalDirection, GoalStatus, HandoverStatus
from ..domain.records import GoalChange, Handover, Teaching
from ..language import Language
from ..phrasebook import label, phrase
from .md_inline import plain

_ENUM_FIELDS = {"direction": GoalDirection, "status": GoalStatus}


def describe_change(change: GoalChange, language: Language) -> str:
    day = change.changed_at[:10]
    if change.field_name == "why":
        return phrase("{day}: rewrote why this goal matters", language, day=day)
    labels = _ENUM_FIELDS.get(change.field_name)
    old, new = (
        (label(labels(value), language) if labels else plain(value)) if value else phrase("none", language)
        for value in (change.old_value, change.new_value)
    )
    what = goal_field(change.field_name, language)
    return phrase("{day}: {field} changed from {old} to {new}", language, day=day, field=what, old=old, new=new)


def goal_field(name: str, language: Language) -> str:
    """A goal's field as a plan change names it ("target date"); a field not named here by its own name."""
    names = {
        "title": phrase("title", language),
        "direction": phrase("direction", language),
        "status": phrase("status", language),
        "target_date": phrase("target date", language),
    }
    return names.get(name, name.replace("_", " "))


def taught_line(teaching: Teaching, language: Language) -> str:
    """One teaching record in a list: the day, the skill, the learner, how, and how far they got."""
    return phrase(
        "{day}: {skill} to {person} by {method}, reached {level}",
        language,
        day=teaching.taught_on,
        skill=plain(teaching.skill_name),
        person=plain(teaching.person_name),
        method=label(teaching.method, language).lower(),
        level=label(teaching.level, language).lower(),
    )


def handover_state(handover: Handover, language: Language) -> str:
    started, completed = handover.started_on, handover.completed_on
    if handover.status is HandoverStatus.HANDED_OVER:
        if completed and started:
            return phrase("handed over on {day} (started {started})", language, day=completed, started=started)
        if completed:
            return phrase("handed over on {day}", language, day=completed)
        return (
            phrase("handed over (started {started})", language, started=started)
            if started
            else (phrase("handed over", language))
        )
    if handover.status is HandoverStatus.IN_TRANSITION:
        return (
            phrase("in transition since {day}", language, day=started)
            if started
            else (phrase("in transition", language))
        )
    return phrase("planned, starting {day}", language, day=started) if started else phrase("planned", language)


def note(text: str) -> str:
    return f"; {plain(text)}" if text.strip() else ""


def learners(coverage: SkillCoverage, language: Language) -> str:
    """Who else can do a skill, each with how far they got: "Dana (on their own), Sam (aware)"."""
    if not coverage.learners:
        return phrase("nobody yet", language)
    return ", ".join(f"{plain(x.person_name)} ({label(x.best_level, language).lower()})" for x in coverage.learners)
