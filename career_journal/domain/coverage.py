"""Coverage: who else can do each part of your job, and which personal-team roles are filled.

Pure functions: they take records (and today's date) and return plain data, so
the command line, the exports and every page read the same answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..language import Language
from ..phrasebook import label, phrase
from .enums import LearnerLevel, TeamRole
from .records import Adviser, Skill, Teaching
from .wording import count_of


@dataclass(slots=True)
class Learner:
    person_id: int
    person_name: str
    best_level: LearnerLevel
    last_taught_on: date


@dataclass(slots=True)
class SkillCoverage:
    skill: Skill
    learners: list[Learner] = field(default_factory=list)

    @property
    def best_level(self) -> LearnerLevel | None:
        return max((learner.best_level for learner in self.learners), default=None)

    @property
    def covered(self) -> bool:
        """Someone besides you can do it on their own."""
        best = self.best_level
        return best is not None and best.can_cover

    def next_step(self, language: Language | None = None, name: Callable[[str], str] = str) -> str:
        """What would move this skill off the 'only you' list soonest, in ``language`` (default: the app's).

        ``name`` writes the learner's name (the Markdown export escapes it).
        """
        if self.covered:
            return phrase("Covered", language)
        closest = max(self.learners, key=lambda learner: learner.best_level, default=None)
        if closest is not None:
            step = phrase(
                "Take {person} from {level} to {target}",
                language,
                person=name(closest.person_name),
                level=label(closest.best_level, language).lower(),
                target=label(LearnerLevel(closest.best_level + 1), language).lower(),
            )
        else:
            step = phrase("Teach it to someone", language)
        if not self.skill.documented:
            step += phrase("; write it down", language)
        return step


def job_coverage(skills: list[Skill], teachings: list[Teaching]) -> list[SkillCoverage]:
    """For each skill: who has been taught it and the best level each reached."""
    by_skill: dict[int, dict[int, Learner]] = {}
    for teaching in teachings:
        learners = by_skill.setdefault(teaching.skill_id, {})
        known = learners.get(teaching.person_id)
        if known is None:
            learners[teaching.person_id] = Learner(
                teaching.person_id, teaching.person_name, teaching.level, teaching.taught_on
            )
        else:
            known.best_level = max(known.best_level, teaching.level)
            known.last_taught_on = max(known.last_taught_on, teaching.taught_on)
    return coverage_of(skills, {skill_id: list(learners.values()) for skill_id, learners in by_skill.items()})


def coverage_of(skills: list[Skill], learners: dict[int, list[Learner]]) -> list[SkillCoverage]:
    """Each skill with its learners (by skill id, one per person), the best first."""
    return [
        SkillCoverage(
            skill,
            sorted(
                learners.get(skill.id or -1, ()),
                key=lambda learner: (-learner.best_level, learner.person_name.lower()),
            ),
        )
        for skill in skills
    ]


def only_you(coverage: list[SkillCoverage]) -> list[SkillCoverage]:
    """Skills nobody else can do on their own, most critical first.

    Within a criticality, undocumented skills come first (nobody could even
    read how), then those where the closest learner is furthest away.
    """
    uncovered = [c for c in coverage if not c.covered]
    return sorted(
        uncovered,
        key=lambda c: (
            -c.skill.criticality,
            bool(c.skill.documented),
            c.best_level or 0,
            c.skill.name.lower(),
        ),
    )


@dataclass(slots=True)
class AdviserStatus:
    adviser: Adviser
    last_check_in: date | None
    next_due: date | None

    def overdue_days(self, today: date) -> int:
        """Days past the cadence (0 when on time or no cadence is set)."""
        if self.next_due is None:
            return 0
        return max(0, (today - self.next_due).days)

    def is_due(self, today: date) -> bool:
        return self.next_due is not None and self.next_due <= today

    def check_in_text(self, today: date) -> str:
        """What the next check-in asks for, in the same words wherever it is shown ("" with no rhythm).

        "14 days overdue", "Check-in due today" or "Next check-in by 2026-12-01".
        """
        if self.next_due is None:
            return ""
        if late := self.overdue_days(today):
            return f"{count_of(late, 'day')} overdue"
        return "Check-in due today" if self.is_due(today) else f"Next check-in by {self.next_due.isoformat()}"


@dataclass(slots=True)
class RoleCoverage:
    role: TeamRole
    advisers: list[AdviserStatus]

    @property
    def filled(self) -> bool:
        return bool(self.advisers)


def adviser_status(adviser: Adviser, last_check_in: date | None, today: date) -> AdviserStatus:
    if adviser.cadence_days is None:
        next_due = None
    elif last_check_in is None:
        next_due = today  # never met: due now, not overdue for ever
    else:
        next_due = last_check_in + timedelta(days=adviser.cadence_days)
    return AdviserStatus(adviser, last_check_in, next_due)


def team_coverage(advisers: list[Adviser], last_contact: dict[int, date], today: date) -> list[RoleCoverage]:
    """Every team role, filled or empty, with each adviser's check-in state."""
    roles = []
    for role in TeamRole:
        members = [
            adviser_status(a, last_contact.get(a.person_id), today)
            for a in sorted(advisers, key=lambda a: a.person_name.lower())
            if a.role is role
        ]
        if members or role.is_core:
            roles.append(RoleCoverage(role, members))
    return roles
