"""The Markdown export and every packet in Swedish: no English heading or label, the same structure, lint-clean.

The oracle for "no English heading" is the English export of the same journal:
a heading both files share must be the person's own text (a title, a name, a
heading inside a note), never one the export wrote. The oracle for structure is
the record count of ``test_markdown_structure`` and the English file itself:
the words change, the list items and headings do not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_checks import TODAY, headings, lint, markdownlint
from test_markdown_structure import EVERYTHING, expected_items, populate, read_back

from career_journal import demo
from career_journal.cli import cli
from career_journal.domain.queries import EntryFilter
from career_journal.domain.records import Interaction
from career_journal.exchange.agenda import Agenda
from career_journal.exchange.markdown import MarkdownOptions, build_markdown
from career_journal.exchange.md_cache import writer_version
from career_journal.exchange.packet_options import HANDOVER, PROMOTION, PacketOptions
from career_journal.exchange.packets import AnyOptions, open_export
from career_journal.language import Language
from career_journal.phrasebook_sv import SWEDISH
from career_journal.storage.journal import Journal

SV, EN = Language.SWEDISH, Language.ENGLISH
EXPORTS = {
    "coach": MarkdownOptions(coach=True),
    "full": MarkdownOptions(include_private=True, include_contact_details=True),
    "promotion": PacketOptions(PROMOTION),
    "handover": PacketOptions(HANDOVER),
}
# The labels the export writes in front of a fact, in English: none may open a list item of a Swedish file.
ENGLISH_LABELS = (
    "Direction:", "Target date:", "Progress:", "Kind:", "Tags:", "People:", "Goals:", "Skills:",
    "Asked:", "Learned:", "Follow up by:", "With:", "Value:", "Role:", "Relationship:", "Trying to achieve:",
    "Met:", "Last contact:", "Helps with:", "Check in:", "Last check-in:", "Next check-in:", "Open asks:",
    "Wins:", "Taught:", "Goals moved:", "Overdue:", "Criticality:", "Written down:", "Cover:",
    "Next step:", "Who else can do it:",
)  # fmt: skip


# The export's own words that Swedish writes as English does (the team roles Coach, Mentor, Sponsor).
SAME_IN_SWEDISH = {
    english.split(": ")[-1] for english, swedish in SWEDISH.items() if english.split(": ")[-1] == swedish
}


@pytest.fixture
def swedish_demo(journal: Journal) -> Journal:
    """The demo story as a Swedish person wrote it, with a check-in with the coach ten days ago."""
    demo.populate(journal, TODAY, earlier_months=True, language=SV)
    coach = journal.people.resolve("Sam Keller")
    journal.people.add_interaction(Interaction(TODAY - timedelta(days=10), "Avstämning", [coach.id or 0]))
    return journal


def write(journal: Journal, options: AnyOptions, language: Language) -> tuple[str, list[str]]:
    export = open_export(journal, replace(options, language=language), today=TODAY)
    return "".join(export.chunks()), export.left_out()


def agenda(journal: Journal, language: Language) -> tuple[str, list[str]]:
    built = Agenda(journal, journal.people.resolve("Sam Keller").id or 0, today=TODAY, language=language)
    return "".join(built.chunks()), built.left_out()


def the_persons_own_headings(journal: Journal) -> set[str]:
    """Every heading text that comes from what the person wrote: titles and names, and headings inside notes."""
    own = {g.title for g in journal.goals.list()} | {p.name for p in journal.people.list()}
    own |= {s.name for s in journal.skills.list()} | {o.title for o in journal.people.opportunities()}
    notes = [e.body for e in journal.entries.iter_all()] + [g.why for g in journal.goals.list()]
    notes += [i.notes for i in journal.people.interactions()] + [s.description for s in journal.skills.list()]
    notes += [a.open_asks for a in journal.people.advisers()]
    return own | {text for note in notes for _level, text in headings(note)}


def is_the_persons(heading: str, own: set[str], titles: set[str]) -> bool:
    """A heading is the person's text, maybe made unique (" (2026-11-14)") or dated ("2026-11-14 — title")."""
    for text in (heading, re.sub(r" \([^)]*\)$", "", heading)):  # a title may end in brackets of its own
        dated = re.match(r"\d{4}-\d{2}-\d{2}(?: \d\d:\d\d)? — (.*)$", text)
        if text in own or text in SAME_IN_SWEDISH or (dated is not None and dated.group(1) in titles):
            return True
    return False


def shape(text: str) -> tuple[list[int], int]:
    """What the words do not change: the level of each heading, and how many top-level list items there are."""
    _tokens, items = read_back(text)
    return [level for level, _text in headings(text)], len(items)


@pytest.mark.parametrize("name", [*EXPORTS, "agenda"])
def test_a_swedish_export_has_no_english_heading_or_label_and_the_english_shape(
    swedish_demo: Journal, name: str
) -> None:
    if name == "agenda":
        (swedish, held_sv), (english, _held_en) = agenda(swedish_demo, SV), agenda(swedish_demo, EN)
    else:
        (swedish, held_sv), (english, _held_en) = (write(swedish_demo, EXPORTS[name], lang) for lang in (SV, EN))

    own = the_persons_own_headings(swedish_demo)
    titles = {e.display_title for e in swedish_demo.entries.iter_all()}
    shared = {text for _level, text in headings(swedish)} & {text for _level, text in headings(english)}
    assert sorted(h for h in shared if not is_the_persons(h, own, titles)) == []
    assert headings(swedish)[0] != headings(english)[0]  # the title is the export's own words, in Swedish
    _tokens, items = read_back(swedish)
    assert [item for item in items if item.startswith(ENGLISH_LABELS)] == []
    assert shape(swedish) == shape(english)  # one list item per record and fact, headings intact
    assert lint(swedish) == []
    assert not any(re.search(r"\b(private|people|entries|attached|written down)\b", h) for h in held_sv)


def test_the_swedish_coach_packet_reads_in_the_apps_words(swedish_demo: Journal) -> None:
    text, held_back = write(swedish_demo, MarkdownOptions(coach=True, everyone=True), SV)
    flat = " ".join(text.split())

    assert text.startswith(f"# Underlag till coachen: {TODAY - timedelta(days=90)} till {TODAY}\n")
    for heading in ("## Sammanfattning", "## Mål", "## Anteckningar", "## Upplärning och överlämningar"):
        assert f"\n{heading}\n" in text
    assert "\n## Karriärteam\n" in text and "\n### Bollplank\n" in text  # a team role, in the app's word
    assert "- Riktning: Uppåt\n- Status: Aktivt\n" in text  # "Active" agrees with *mål*
    assert "- Relation: Kollega" in text and "- Relation: Intern kund" in text
    assert "Period: 2026-08-25 till 2026-11-23 (91 dagar)" in flat
    assert "Nästa avstämning: försenad med 13 dagar" in flat
    assert held_back == [
        "1 privat mål (”Hålla dörren öppen för en exit”) med 2 delmål",
        "1 privat anteckning",
        "2 bilagor",
        "var på den här datorn 3 kunskaper är nedskrivna",
        "e-post och telefon för 9 personer",
    ]


def test_the_hostile_journal_in_swedish_is_still_one_item_per_record_and_fact(journal: Journal) -> None:
    populate(journal)
    for options in (replace(EVERYTHING, language=SV), MarkdownOptions(coach=True, everyone=True, language=SV)):
        text = "".join(build_markdown(journal, options, today=TODAY))
        _tokens, items = read_back(text)
        assert len([i for i in items if not i.startswith("BODYITEM-")]) == expected_items(journal, options)
        assert lint(text) == []


def test_markdownlint_passes_every_swedish_export(swedish_demo: Journal, tmp_path: Path) -> None:
    files = []
    for name, options in EXPORTS.items():
        files.append(tmp_path / f"{name}.md")
        files[-1].write_text(write(swedish_demo, options, SV)[0], encoding="utf-8")
    files.append(tmp_path / "agenda.md")
    files[-1].write_text(agenda(swedish_demo, SV)[0], encoding="utf-8")

    assert markdownlint(files) == []


def test_texts_kept_by_an_english_export_make_the_same_swedish_export(swedish_demo: Journal) -> None:
    """A note's text is the person's in every language: the Swedish file reads the same from texts an English
    export kept as it does written afresh, and switching language does not write every note again."""
    options = MarkdownOptions(language=SV)
    with swedish_demo.reader() as reader:  # read-only: it keeps nothing
        fresh = "".join(build_markdown(reader, options, today=TODAY))
    assert not any(e.markdown for e in swedish_demo.export_cache.entries(EntryFilter(), writer_version()))

    "".join(build_markdown(swedish_demo, MarkdownOptions(), today=TODAY))  # English, keeping the texts
    kept = list(swedish_demo.export_cache.entries(EntryFilter(), writer_version()))
    assert sum(e.markdown is not None for e in kept) > len(kept) // 2

    assert "".join(build_markdown(swedish_demo, options, today=TODAY)) == fresh


@pytest.mark.parametrize(
    "command",
    [
        ["export", "markdown", "--coach"],
        ["export", "promotion"],
        ["export", "handover"],
        ["team", "agenda", "Sam Keller"],
    ],
    ids=["coach", "promotion", "handover", "agenda"],
)
def test_the_command_line_writes_swedish_with_lang_sv_and_refuses_another_language_in_one_line(
    swedish_demo: Journal, tmp_path: Path, command: list[str]
) -> None:
    db = str(swedish_demo.path)
    out = tmp_path / "packet.md"
    result = CliRunner().invoke(cli, ["--db", db, *command, "--lang", "sv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    title = headings(out.read_text(encoding="utf-8"))[0][1]
    assert title.startswith(("Underlag till coachen:", "Befordringsunderlag:", "Överlämningsunderlag:", "Avstämning"))

    english = CliRunner().invoke(cli, ["--db", db, *command])
    assert english.exit_code == 0 and not english.stdout.startswith(title[:10])  # English stays the default

    refused = CliRunner().invoke(cli, ["--db", db, *command, "--lang", "xx"])
    assert refused.exit_code == 2
    assert refused.stderr.splitlines() == [refused.stderr.strip()]
    assert "'xx' is not one of 'en', 'sv'" in refused.stderr
