"""The choices of a promotion or handover packet.

Every packet's words (headings, labels, sentences) come from the phrasebook in the options' ``language``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..language import Language

PROMOTION = "promotion"
HANDOVER = "handover"
PACKETS = (PROMOTION, HANDOVER)


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
    language: Language = Language.ENGLISH  # of the headings, labels and sentences (a person's text stays as written)

    def __post_init__(self) -> None:
        if self.kind not in PACKETS:
            raise ValueError(f"Unknown packet {self.kind}; choose from {', '.join(PACKETS)}.")
