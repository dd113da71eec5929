"""The handover packet ("work your way out of a job"): is the job covered without me?

One H1 with the day; a line that counts what only the user can do; each
responsibility (skill) an H2, most critical first: how critical it is, where it
is written down (a web address only: a path on this computer means nothing to a
manager, and says too much), who else can do it and how well, its handovers and
the next teaching step. Handovers tied to no skill come last. In the options'
language (the phrasebook's words); dates stay ISO.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.coverage import SkillCoverage
from ..domain.enums import Criticality, HandoverStatus
from ..domain.records import Handover
from ..language import Language
from ..phrasebook import label, number, phrase, phrase_count
from ..storage.journal import Journal
from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import facts, is_web_address, items
from .md_words import learners
from .packet_options import PacketOptions


class HandoverPacket:
    """One handover packet: ``chunks()`` the document, ``left_out()`` what it held back."""

    def __init__(
        self, journal: Journal, options: PacketOptions, *, today: date, progress: ExportProgress | None = None
    ) -> None:
        self.journal = journal
        self.options = options
        self.language = options.language
        self.today = options.date_to or today
        self.progress = progress or ExportProgress()
        self.headings = Headings()

    def coverage(self) -> list[SkillCoverage]:
        """The chosen skills (all when none were chosen), most critical first, then by name."""
        chosen = set(self.options.skill_ids)
        shown = [c for c in self.journal.coverage() if not chosen or c.skill.id in chosen]
        return sorted(shown, key=lambda c: (-c.skill.criticality, c.covered, c.skill.name.lower()))

    def chunks(self) -> Iterator[str]:
        with self.journal.snapshot():
            blocks = [block for block in self._blocks() if block]
        yield "\n\n".join(blocks) + "\n"

    def _heading(self, level: int, text: str, context: str = "") -> str:
        return "\n".join(heading_line(level, text, self.headings, context))

    def _blocks(self) -> Iterator[str]:
        language = self.language
        yield self._heading(1, phrase("Handover packet: {day}", language, day=self.today.isoformat()))
        coverage = self.coverage()
        self.progress.total = len(coverage)
        if not coverage:
            yield phrase("No skills or responsibilities recorded yet.", language)
            return
        alone = [c for c in coverage if not c.covered]
        critical = sum(c.skill.criticality is Criticality.CRITICAL for c in alone)
        intro = phrase(
            "For each responsibility: how critical it is, where it is written down, who else can do it and"
            " how well, the handovers under way and the next teaching step.",
            language,
        )
        only_me = phrase_count(
            len(coverage),
            "Only I can do {alone} of {n} responsibility ({critical} of them critical).",
            "Only I can do {alone} of {n} responsibilities ({critical} of them critical).",
            language,
            alone=number(len(alone), language),
            critical=number(critical, language),
        )
        yield "\n".join(wrap(f"{intro} {only_me}"))
        handovers = self.journal.skills.handovers()
        by_skill: dict[int | None, list[Handover]] = {}
        for handover in handovers:
            by_skill.setdefault(handover.skill_id, []).append(handover)
        for skill_coverage in coverage:
            yield from self._skill(skill_coverage, by_skill.get(skill_coverage.skill.id, []))
            self.progress.done += 1
        loose = by_skill.get(None, [])
        if loose and not self.options.skill_ids:
            yield self._heading(2, phrase("Handovers not tied to a responsibility", language))
            yield items(_handover(h, language) for h in loose)

    def _skill(self, coverage: SkillCoverage, handovers: list[Handover]) -> Iterator[str]:
        skill, language = coverage.skill, self.language
        yield self._heading(2, plain(skill.name))
        cover = (
            phrase("someone else can do it on their own", language)
            if coverage.covered
            else phrase("only I can do it today", language)
        )
        yield facts(
            [
                (phrase("Criticality", language), label(skill.criticality, language)),
                (phrase("Written down", language), _where_written(skill.documented, language)),
                (phrase("Who else can do it", language), learners(coverage, language)),
                (phrase("Cover", language), cover),
                (phrase("Next step", language), "" if coverage.covered else coverage.next_step(language, plain)),
            ]
        )
        yield from render(skill.description, level=2, headings=self.headings, context=plain(skill.name))
        if handovers:
            yield phrase("Handovers:", language)
            yield items(_handover(h, language) for h in handovers)

    def left_out(self) -> list[str]:
        with self.journal.snapshot():
            local = sum(
                bool(c.skill.documented.strip()) and not is_web_address(c.skill.documented) for c in self.coverage()
            )
        if not local:
            return []
        return [
            phrase_count(
                local,
                "where on this computer {n} responsibility is written down",
                "where on this computer {n} responsibilities are written down",
                self.language,
            )
        ]


def _where_written(documented: str, language: Language) -> str:
    if not documented.strip():
        return phrase("not yet", language)
    if is_web_address(documented):
        return plain(documented.strip())
    return phrase("on my computer (not shared)", language)


def _handover(handover: Handover, language: Language) -> str:
    started, completed = handover.started_on, handover.completed_on
    if handover.status is HandoverStatus.HANDED_OVER:
        state = (
            phrase("handed over on {day}", language, day=completed) if completed else phrase("handed over", language)
        )
    elif handover.status is HandoverStatus.IN_TRANSITION:
        state = (
            phrase("in transition since {day}", language, day=started) if started else phrase("in transition", language)
        )
    else:
        state = phrase("planned, starting {day}", language, day=started) if started else phrase("planned", language)
    note = f"; {plain(handover.notes)}" if handover.notes.strip() else ""
    title, person = plain(handover.title), plain(handover.person_name)
    return phrase("{title} to {person}: {state}", language, title=title, person=person, state=state) + note
