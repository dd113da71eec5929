"""The fixed vocabularies of the journal.

Each value is the token the command line accepts and the database stores;
``label`` is what a person reads.
"""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("-", " ").capitalize())

    @classmethod
    def parse(cls, text: str) -> _Labelled:
        """Accept the token, its label, or either in any case with spaces or dashes."""
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if wanted in (member.value, member.label.lower().replace(" ", "-")):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")


class EntryKind(_Labelled):
    NOTE = "note"
    REFLECTION = "reflection"
    WIN = "win"
    LESSON = "lesson"
    MEETING = "meeting"


class GoalDirection(_Labelled):
    UP = "up"
    SIDEWAYS = "sideways"
    DEEPER = "deeper"
    EXIT = "exit"
    LEARNING = "learning"


class GoalStatus(_Labelled):
    IDEA = "idea"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class TeachingMethod(_Labelled):
    PAIRING = "pairing"
    DOCUMENT = "document"
    WORKSHOP = "workshop"
    SHADOWING = "shadowing"
    OTHER = "other"


class HandoverStatus(_Labelled):
    PLANNED = "planned"
    IN_TRANSITION = "in-transition"
    HANDED_OVER = "handed-over"


class Relationship(_Labelled):
    INTERNAL_CUSTOMER = "internal-customer"
    PARTNER = "partner"
    PEER = "peer"
    MANAGER = "manager"
    EXTERNAL = "external"


class InteractionKind(_Labelled):
    MEETING = "meeting"
    CALL = "call"
    COFFEE = "coffee"
    MESSAGE = "message"


class OpportunityStatus(_Labelled):
    SPOTTED = "spotted"
    EXPLORED = "explored"
    PROPOSED = "proposed"
    CHAMPIONING = "championing"
    ADOPTED = "adopted"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self not in (OpportunityStatus.ADOPTED, OpportunityStatus.DROPPED)


class TeamRole(_Labelled):
    COACH = "coach"
    MENTOR = "mentor"
    SPONSOR = "sponsor"
    RESUME_WRITER = "resume-writer"
    RECRUITER = "recruiter"
    PROFILE = "profile"
    PEER = "peer"
    OTHER = "other"

    @property
    def is_core(self) -> bool:
        """Roles a complete personal team has; 'other' is never a gap."""
        return self is not TeamRole.OTHER


class LearnerLevel(IntEnum):
    """How far a learner got; ordered, so the best level is the maximum."""

    AWARE = 1
    WITH_HELP = 2
    ON_THEIR_OWN = 3
    CAN_TEACH = 4

    @property
    def token(self) -> str:
        return self.name.lower().replace("_", "-")

    @property
    def label(self) -> str:
        return _LABELS[self.token]

    @property
    def can_cover(self) -> bool:
        """Someone at this level can do the work without you."""
        return self >= LearnerLevel.ON_THEIR_OWN

    @classmethod
    def parse(cls, text: str) -> LearnerLevel:
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if wanted in (member.token, member.label.lower().replace(" ", "-"), str(member.value)):
                return member
        choices = ", ".join(m.token for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")


class Criticality(IntEnum):
    """How badly things go wrong if nobody but you can do a skill."""

    LOW = 1
    NORMAL = 2
    CRITICAL = 3

    @property
    def token(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        return self.name.capitalize()

    @classmethod
    def parse(cls, text: str) -> Criticality:
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.token, str(member.value)):
                return member
        raise ValueError(f"'{text}' is not one of: low, normal, critical")


class RecordKind(_Labelled):
    """Every kind of record; used by search, links and the timeline."""

    ENTRY = "entry"
    GOAL = "goal"
    MILESTONE = "milestone"
    SKILL = "skill"
    TEACHING = "teaching"
    HANDOVER = "handover"
    PERSON = "person"
    INTERACTION = "interaction"
    OPPORTUNITY = "opportunity"
    ADVISER = "adviser"
    ATTACHMENT = "attachment"


_LABELS = {
    "internal-customer": "Internal customer",
    "partner": "Strategic partner",
    "resume-writer": "Résumé writer",
    "profile": "Profile / brand",
    "in-transition": "In transition",
    "handed-over": "Handed over",
    "aware": "Aware",
    "with-help": "With help",
    "on-their-own": "On their own",
    "can-teach": "Can teach others",
    "up": "Upward",
    "deeper": "Deeper expertise",
    "exit": "Exit plan",
    "attachment": "File",
    "interaction": "Conversation",  # what a person calls a meeting, call, coffee or message
}


def tokens(enum_cls: type[Enum]) -> list[str]:
    """The command-line tokens of an enum, in declaration order."""
    return [m.token if isinstance(m, IntEnum) else m.value for m in enum_cls]  # type: ignore[attr-defined]
