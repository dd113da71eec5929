"""The handover packet ("work your way out of a job"): is the job covered without me?

One H1 with the day; a line that counts what only the user can do; each
responsibility (skill) an H2, most critical first: how critical it is, where it
is written down (a web address only: a path on this computer means nothing to a
manager, and says too much), who else can do it and how well, its handovers and
the next teaching step. Handovers tied to no skill come last.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.coverage import SkillCoverage
from ..domain.enums import Criticality, HandoverStatus
from ..domain.records import Handover
from ..domain.wording import count_of, plural
from ..storage.journal import Journal
from .markdown import ExportProgress
from .md_blocks import Headings, heading_line, render
from .md_inline import plain, wrap
from .md_sections import facts, is_web_address, items
from .packet_options import WORDS, PacketOptions


class HandoverPacket:
    """One handover packet: ``chunks()`` the document, ``left_out()`` what it held back."""

    def __init__(
        self, journal: Journal, options: PacketOptions, *, today: date, progress: ExportProgress | None = None
    ) -> None:
        self.journal = journal
        self.options = options
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
        yield self._heading(1, f"{WORDS['handover_title']}: {self.today.isoformat()}")
        coverage = self.coverage()
        self.progress.total = len(coverage)
        if not coverage:
            yield WORDS["no_skills"]
            return
        alone = [c for c in coverage if not c.covered]
        critical = sum(c.skill.criticality is Criticality.CRITICAL for c in alone)
        summary = (
            f"{WORDS['handover_intro']} Only I can do {len(alone)} of {count_of(len(coverage), 'responsibility')}"
            f" ({critical} of them critical)."
        )
        yield "\n".join(wrap(summary))
        handovers = self.journal.skills.handovers()
        by_skill: dict[int | None, list[Handover]] = {}
        for handover in handovers:
            by_skill.setdefault(handover.skill_id, []).append(handover)
        for skill_coverage in coverage:
            yield from self._skill(skill_coverage, by_skill.get(skill_coverage.skill.id, []))
            self.progress.done += 1
        loose = by_skill.get(None, [])
        if loose and not self.options.skill_ids:
            yield self._heading(2, "Handovers not tied to a responsibility")
            yield items(_handover(h) for h in loose)

    def _skill(self, coverage: SkillCoverage, handovers: list[Handover]) -> Iterator[str]:
        skill = coverage.skill
        yield self._heading(2, plain(skill.name))
        learners = ", ".join(f"{plain(x.person_name)} ({x.best_level.label.lower()})" for x in coverage.learners)
        yield facts(
            [
                ("Criticality", skill.criticality.label),
                ("Written down", _where_written(skill.documented)),
                ("Who else can do it", learners or "nobody yet"),
                ("Cover", WORDS["covered"] if coverage.covered else WORDS["only_you"]),
                ("Next step", "" if coverage.covered else plain(coverage.next_step)),
            ]
        )
        yield from render(skill.description, level=2, headings=self.headings, context=plain(skill.name))
        if handovers:
            yield "Handovers:"
            yield items(_handover(h) for h in handovers)

    def left_out(self) -> list[str]:
        with self.journal.snapshot():
            local = sum(
                bool(c.skill.documented.strip()) and not is_web_address(c.skill.documented) for c in self.coverage()
            )
        if not local:
            return []
        return [
            f"where on this computer {local} {plural(local, 'responsibility is', 'responsibilities are')} written down"
        ]


def _where_written(documented: str) -> str:
    if not documented.strip():
        return "not yet"
    if is_web_address(documented):
        return plain(documented.strip())
    return "on my computer (not shared)"


def _handover(handover: Handover) -> str:
    state = {
        HandoverStatus.PLANNED: "planned",
        HandoverStatus.IN_TRANSITION: "in transition",
        HandoverStatus.HANDED_OVER: "handed over",
    }[handover.status]
    if handover.status is HandoverStatus.HANDED_OVER and handover.completed_on:
        state += f" on {handover.completed_on}"
    elif handover.started_on:
        state += (
            f", starting {handover.started_on}"
            if handover.status is HandoverStatus.PLANNED
            else f" since {handover.started_on}"
        )
    note = f"; {plain(handover.notes)}" if handover.notes.strip() else ""
    return f"{plain(handover.title)} to {plain(handover.person_name)}: {state}{note}"
