"""What the UI calls the journal's fixed vocabularies and its pages, in the app's language.

The domain names each enum member in English (``member.label``; the command
line shows that). The UI shows it through ``label_of``, which looks the English
label up in the app's translation with the enum's class name as the context, so
one English word can have two Swedish ones ("Peer" as a Relationship is
*Kollega*, as a TeamRole *Bollplank*; "Dropped" is *Avbrutet* for a goal,
*Avbruten* for an opportunity). The table below only marks the labels for
``pyside6-lupdate``; tests check it covers every member.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..language import Language, app_language

LABELS = (
    QT_TRANSLATE_NOOP("EntryKind", "Note"),
    QT_TRANSLATE_NOOP("EntryKind", "Reflection"),
    QT_TRANSLATE_NOOP("EntryKind", "Win"),
    QT_TRANSLATE_NOOP("EntryKind", "Lesson"),
    QT_TRANSLATE_NOOP("EntryKind", "Meeting"),
    QT_TRANSLATE_NOOP("GoalDirection", "Upward"),
    QT_TRANSLATE_NOOP("GoalDirection", "Sideways"),
    QT_TRANSLATE_NOOP("GoalDirection", "Deeper expertise"),
    QT_TRANSLATE_NOOP("GoalDirection", "Exit plan"),
    QT_TRANSLATE_NOOP("GoalDirection", "Learning"),
    QT_TRANSLATE_NOOP("GoalStatus", "Idea"),
    QT_TRANSLATE_NOOP("GoalStatus", "Active"),
    QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
    QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
    QT_TRANSLATE_NOOP("TeachingMethod", "Pairing"),
    QT_TRANSLATE_NOOP("TeachingMethod", "Document"),
    QT_TRANSLATE_NOOP("TeachingMethod", "Workshop"),
    QT_TRANSLATE_NOOP("TeachingMethod", "Shadowing"),
    QT_TRANSLATE_NOOP("TeachingMethod", "Other"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Planned"),
    QT_TRANSLATE_NOOP("HandoverStatus", "In transition"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Handed over"),
    QT_TRANSLATE_NOOP("Relationship", "Internal customer"),
    QT_TRANSLATE_NOOP("Relationship", "Strategic partner"),
    QT_TRANSLATE_NOOP("Relationship", "Peer"),
    QT_TRANSLATE_NOOP("Relationship", "Manager"),
    QT_TRANSLATE_NOOP("Relationship", "External"),
    QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
    QT_TRANSLATE_NOOP("InteractionKind", "Call"),
    QT_TRANSLATE_NOOP("InteractionKind", "Coffee"),
    QT_TRANSLATE_NOOP("InteractionKind", "Message"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Spotted"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Explored"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Proposed"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Championing"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Adopted"),
    QT_TRANSLATE_NOOP("OpportunityStatus", "Dropped"),
    QT_TRANSLATE_NOOP("TeamRole", "Coach"),
    QT_TRANSLATE_NOOP("TeamRole", "Mentor"),
    QT_TRANSLATE_NOOP("TeamRole", "Sponsor"),
    QT_TRANSLATE_NOOP("TeamRole", "Résumé writer"),
    QT_TRANSLATE_NOOP("TeamRole", "Recruiter"),
    QT_TRANSLATE_NOOP("TeamRole", "Profile / brand"),
    QT_TRANSLATE_NOOP("TeamRole", "Peer"),
    QT_TRANSLATE_NOOP("TeamRole", "Other"),
    QT_TRANSLATE_NOOP("LearnerLevel", "Aware"),
    QT_TRANSLATE_NOOP("LearnerLevel", "With help"),
    QT_TRANSLATE_NOOP("LearnerLevel", "On their own"),
    QT_TRANSLATE_NOOP("LearnerLevel", "Can teach others"),
    QT_TRANSLATE_NOOP("Criticality", "Low"),
    QT_TRANSLATE_NOOP("Criticality", "Normal"),
    QT_TRANSLATE_NOOP("Criticality", "Critical"),
    QT_TRANSLATE_NOOP("RecordKind", "Entry"),
    QT_TRANSLATE_NOOP("RecordKind", "Goal"),
    QT_TRANSLATE_NOOP("RecordKind", "Milestone"),
    QT_TRANSLATE_NOOP("RecordKind", "Skill"),
    QT_TRANSLATE_NOOP("RecordKind", "Teaching"),
    QT_TRANSLATE_NOOP("RecordKind", "Handover"),
    QT_TRANSLATE_NOOP("RecordKind", "Person"),
    QT_TRANSLATE_NOOP("RecordKind", "Conversation"),
    QT_TRANSLATE_NOOP("RecordKind", "Opportunity"),
    QT_TRANSLATE_NOOP("RecordKind", "Adviser"),
    QT_TRANSLATE_NOOP("RecordKind", "File"),
)

PAGE_TITLES = {
    "today": QT_TRANSLATE_NOOP("Pages", "Today"),
    "journal": QT_TRANSLATE_NOOP("Pages", "Journal"),
    "goals": QT_TRANSLATE_NOOP("Pages", "Goals"),
    "teaching": QT_TRANSLATE_NOOP("Pages", "Teaching"),
    "network": QT_TRANSLATE_NOOP("Pages", "Network"),
    "team": QT_TRANSLATE_NOOP("Pages", "Team"),
    "reflect": QT_TRANSLATE_NOOP("Pages", "Reflect"),
    "insights": QT_TRANSLATE_NOOP("Pages", "Insights"),
    "timeline": QT_TRANSLATE_NOOP("Pages", "Timeline"),
}


def label_of(member: Enum) -> str:
    """An enum member as the person reads it in the app's language ("Framgång" for EntryKind.WIN)."""
    english: str = member.label  # type: ignore[attr-defined]
    return QCoreApplication.translate(type(member).__name__, english)


def page_title(name: str) -> str:
    """A page's name in the sidebar, the Go menu and its own heading."""
    return QCoreApplication.translate("Pages", PAGE_TITLES[name])


def counted(translated: str, english: str) -> str:
    """A sentence with a count: ``translated`` from ``tr("… %n …", "", n)`` in a translated app, else ``english``.

    Qt's English is the source text, which has one form for every count; the
    English sentence keeps its own singular and plural (``domain.wording``).
    """
    return english if app_language() is Language.ENGLISH else translated


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass, so a value that says "%2" stays as it is.

    The way a translated sentence takes its names and numbers: ``fill(self.tr("Who learned %1"), name)``;
    the translation may put them in another order.
    """
    return re.sub(r"%([1-9])", lambda found: _value(values, int(found.group(1))), text)


def _value(values: tuple[object, ...], number: int) -> str:
    return str(values[number - 1]) if number <= len(values) else f"%{number}"
