"""A decade of notes for the benchmarks: 100,000 entries, 5,000 people, 20,000 conversations, 500 skills.

Entries come from a jrnl export file (so building the journal is also the
jrnl-import benchmark). Words follow a Zipf-like spread over a vocabulary, so
a search for a common word matches most entries and a rare one a handful.
Nothing here touches your own journal: files live in ``benchmarks/out``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from career_journal.domain.enums import InteractionKind, LearnerLevel, TeachingMethod
from career_journal.domain.records import Interaction, Person, Skill, Teaching
from career_journal.storage.journal import Journal

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 11, 23)
RARE_WORD = "quixotically"  # planted in exactly RARE_COUNT entries
RARE_COUNT = 7
COMMON_WORD = "release"
_STEMS = [
    "release",
    "train",
    "runbook",
    "handover",
    "coach",
    "mentor",
    "sponsor",
    "review",
    "goal",
    "plan",
    "week",
    "lesson",
    "learned",
    "rollback",
    "deploy",
    "incident",
    "postgres",
    "terraform",
    "capacity",
    "budget",
    "roadmap",
    "customer",
    "partner",
    "payments",
    "platform",
    "team",
    "pairing",
    "workshop",
    "document",
    "shadowing",
    "promotion",
    "staff",
    "architecture",
    "migration",
    "schema",
    "pipeline",
    "metrics",
    "latency",
    "oncall",
    "alert",
    "dashboard",
    "hiring",
    "interview",
    "feedback",
    "retro",
    "standup",
    "estimate",
    "backlog",
    "quarter",
    "strategy",
]


def vocabulary(size: int = 3000) -> list[str]:
    rnd = random.Random(3)
    words = list(_STEMS)
    while len(words) < size:
        words.append("".join(rnd.choice("abcdefghijklmnoprstuvwy") for _ in range(rnd.randint(4, 10))))
    return words


def jrnl_entries(count: int) -> Iterator[dict]:
    """``count`` entries over ten years, as `jrnl --export json` writes them (tags not in the text)."""
    rnd = random.Random(1)
    words = vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(words))]
    start = TODAY - timedelta(days=3650)
    rare_at = {count * (n + 1) // (RARE_COUNT + 1) for n in range(RARE_COUNT)}
    for number in range(count):
        body = rnd.choices(words, weights, k=rnd.randint(50, 800))
        if number in rare_at:
            body[len(body) // 2] = RARE_WORD
        day = number * 3650 // count
        # jrnl keeps its journal in time order: the day's notes 17 minutes apart from 08:00.
        minutes = 8 * 60 + 17 * (number - -(-day * count // 3650))
        yield {
            "title": f"Note {number}.",
            "body": " ".join(body),
            "date": (start + timedelta(days=day)).isoformat(),
            "time": f"{minutes // 60:02d}:{minutes % 60:02d}",
            "tags": ["@work"] if number % 3 else ["@weekly-review"],
            "starred": number % 97 == 0,
        }


def write_jrnl_export(path: Path, count: int) -> None:
    """A file like `jrnl --export json` writes, with ``count`` entries over ten years."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"tags": {"@work": 0}, "entries": [\n')
        for number, entry in enumerate(jrnl_entries(count)):
            handle.write(("" if number == 0 else ",\n") + json.dumps(entry))
        handle.write("\n]}\n")


def write_jrnl_text(path: Path, count: int) -> None:
    """The same entries as a jrnl journal file (jrnl's own plain-text format; tags written in the text)."""
    with open(path, "w", encoding="utf-8") as handle:
        for entry in jrnl_entries(count):
            star = " *" if entry["starred"] else ""
            tags = " ".join(entry["tags"])
            handle.write(f"[{entry['date']} {entry['time']}] {entry['title']}{star}\n{entry['body']}\n{tags}\n\n")


def add_network(journal: Journal, people: int = 5000, interactions: int = 20000, skills: int = 500) -> None:
    """People, conversations, skills and teaching records around the entries, in one transaction."""
    rnd = random.Random(2)
    with journal.transaction():
        person_ids = [
            journal.people.add(Person(name=f"Person {n:04d}", org=f"Team {n % 40}", needs="wants fewer pages")).id or 0
            for n in range(people)
        ]
        for n in range(interactions):
            journal.people.add_interactions(
                [
                    Interaction(
                        occurred_on=TODAY - timedelta(days=rnd.randint(0, 3650)),
                        notes=f"Talked about the roadmap, item {n}",
                        person_ids=rnd.sample(person_ids, rnd.randint(1, 3)),
                        kind=rnd.choice(list(InteractionKind)),
                    )
                ]
            )
        for n in range(skills):
            skill = journal.skills.add(Skill(name=f"Skill {n:03d}", documented="" if n % 3 else "wiki/x"))
            for _ in range(rnd.randint(0, 4)):
                journal.skills.add_teaching(
                    Teaching(
                        skill_id=skill.id or 0,
                        person_id=rnd.choice(person_ids),
                        taught_on=TODAY - timedelta(days=rnd.randint(0, 900)),
                        method=rnd.choice(list(TeachingMethod)),
                        level=rnd.choice(list(LearnerLevel)),
                    )
                )
