"""The choices of a promotion or handover packet, and the words its headings and labels use.

The fixed headings of every packet (the coach packet's summary, promotion, handover, check-in
agenda) and the promotion and handover packets' labels come from ``WORDS``, one table, so a packet in
another language starts from another column here (the sentences around the facts are still English).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PROMOTION = "promotion"
HANDOVER = "handover"
PACKETS = (PROMOTION, HANDOVER)

WORDS = {
    "promotion_title": "Promotion packet",
    "promotion_intro": "Each win is told as a STAR story: situation, task, action, result.",
    "beyond_goals": "Beyond my goals",
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "needs_result": "Needs a result: this win is shown as written.",
    "teaching": "Taught",
    "handovers": "Handed over",
    "championed": "Opportunities championed",
    "no_evidence": "No wins, teaching, handovers or championed opportunities in this period.",
    "handover_title": "Handover packet",
    "handover_intro": (
        "For each responsibility: how critical it is, where it is written down, who else can do it and"
        " how well, the handovers under way and the next teaching step."
    ),
    "no_skills": "No skills or responsibilities recorded yet.",
    "only_you": "only I can do it today",
    "covered": "someone else can do it on their own",
    "summary": "Summary",
    "charts": "Charts",
    "topics": "What I want to talk about",
    "agenda_title": "Check-in with {name}: {day}",
    "agenda_asks": "What I want to ask {name}",
    "agenda_goals": "Goals that moved",
    "agenda_wins": "Wins",
    "agenda_teaching": "Teaching",
}


@dataclass(frozen=True, slots=True)
class PacketOptions:
    """A promotion packet (dates, one goal) or a handover packet (some skills), private parts left out unless asked.

    ``coach``, ``sections`` and ``attachments`` answer what the export dialog asks of any export.
    """

    kind: str = PROMOTION
    date_from: date | None = None
    date_to: date | None = None
    goal_id: int | None = None
    skill_ids: tuple[int, ...] = ()
    include_private: bool = False
    coach: bool = False
    sections: tuple[str, ...] = ()
    attachments: bool = False

    def __post_init__(self) -> None:
        if self.kind not in PACKETS:
            raise ValueError(f"Unknown packet {self.kind}; choose from {', '.join(PACKETS)}.")
