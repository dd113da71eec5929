"""The fixed vocabularies: what a person may type, and what they read back."""

from __future__ import annotations

from enum import Enum

import pytest

from career_journal.domain.enums import (
    Criticality,
    EntryKind,
    GoalDirection,
    GoalStatus,
    HandoverStatus,
    InteractionKind,
    LearnerLevel,
    OpportunityStatus,
    RecordKind,
    Relationship,
    TeachingMethod,
    TeamRole,
    tokens,
)

LABELLED = [
    EntryKind,
    GoalDirection,
    GoalStatus,
    TeachingMethod,
    HandoverStatus,
    Relationship,
    InteractionKind,
    OpportunityStatus,
    TeamRole,
    RecordKind,
]


@pytest.mark.parametrize("enum_cls", LABELLED, ids=lambda cls: cls.__name__)
def test_every_token_and_label_parses_back(enum_cls: type) -> None:
    for member in enum_cls:
        assert enum_cls.parse(member.value) is member
        assert enum_cls.parse(member.label) is member
        assert enum_cls.parse(f"  {member.label.upper()}  ") is member
        assert member.label and member.label[0].isupper()


@pytest.mark.parametrize(
    ("enum_cls", "text", "expected"),
    [
        (HandoverStatus, "in transition", HandoverStatus.IN_TRANSITION),
        (HandoverStatus, "Handed_Over", HandoverStatus.HANDED_OVER),
        (Relationship, "Strategic partner", Relationship.PARTNER),
        (Relationship, "internal customer", Relationship.INTERNAL_CUSTOMER),
        (TeamRole, "Résumé writer", TeamRole.RESUME_WRITER),
        (TeamRole, "resume writer", TeamRole.RESUME_WRITER),
        (TeamRole, "Profile / brand", TeamRole.PROFILE),
        (GoalDirection, "Upward", GoalDirection.UP),
        (GoalDirection, "exit plan", GoalDirection.EXIT),
        (GoalDirection, "Deeper expertise", GoalDirection.DEEPER),
    ],
)
def test_labels_and_spellings_people_use(enum_cls: type, text: str, expected: Enum) -> None:
    assert enum_cls.parse(text) is expected


def test_an_unknown_word_lists_the_choices() -> None:
    with pytest.raises(ValueError) as raised:
        GoalStatus.parse("paused")
    assert str(raised.value) == "'paused' is not one of: idea, active, achieved, dropped"


def test_labels_read_well() -> None:
    assert TeamRole.RESUME_WRITER.label == "Résumé writer"
    assert Relationship.PARTNER.label == "Strategic partner"
    assert HandoverStatus.IN_TRANSITION.label == "In transition"
    assert GoalDirection.SIDEWAYS.label == "Sideways"
    assert EntryKind.REFLECTION.label == "Reflection"


def test_learner_levels_are_ordered_and_parse() -> None:
    assert LearnerLevel.AWARE < LearnerLevel.WITH_HELP < LearnerLevel.ON_THEIR_OWN < LearnerLevel.CAN_TEACH
    assert [level.token for level in LearnerLevel] == ["aware", "with-help", "on-their-own", "can-teach"]
    assert LearnerLevel.CAN_TEACH.label == "Can teach others"
    for level in LearnerLevel:
        assert LearnerLevel.parse(level.token) is level
        assert LearnerLevel.parse(level.label) is level
        assert LearnerLevel.parse(str(level.value)) is level
    assert LearnerLevel.parse("On Their Own") is LearnerLevel.ON_THEIR_OWN
    assert not LearnerLevel.WITH_HELP.can_cover
    assert LearnerLevel.ON_THEIR_OWN.can_cover
    with pytest.raises(ValueError, match="aware, with-help, on-their-own, can-teach"):
        LearnerLevel.parse("expert")


def test_criticality_parses_words_and_numbers() -> None:
    assert Criticality.parse("Critical") is Criticality.CRITICAL
    assert Criticality.parse(" 1 ") is Criticality.LOW
    assert Criticality.NORMAL.label == "Normal"
    with pytest.raises(ValueError, match="low, normal, critical"):
        Criticality.parse("urgent")


def test_open_opportunities_and_core_team_roles() -> None:
    assert [s for s in OpportunityStatus if s.is_open] == [
        OpportunityStatus.SPOTTED,
        OpportunityStatus.EXPLORED,
        OpportunityStatus.PROPOSED,
        OpportunityStatus.CHAMPIONING,
    ]
    assert [r for r in TeamRole if not r.is_core] == [TeamRole.OTHER]


def test_tokens_for_the_command_line() -> None:
    assert tokens(GoalStatus) == ["idea", "active", "achieved", "dropped"]
    assert tokens(LearnerLevel) == ["aware", "with-help", "on-their-own", "can-teach"]
    assert tokens(Criticality) == ["low", "normal", "critical"]
