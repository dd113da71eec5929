"""Contact imports at LinkedIn's limit: read, plan and apply. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_contacts.py [--connections N] [--people N] [--cards N]

Writes a Connections.csv of N connections (30,000 by default, LinkedIn's
limit) and a vCard file of N cards into a temporary folder, starts a journal
with 5,000 people of whom a fifth are also in the files (by name, e-mail or
profile address), and times each step with the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from career_journal.domain.contacts import plan_contacts
from career_journal.domain.records import Person
from career_journal.exchange.contacts import apply_plan, read_contacts
from career_journal.storage.journal import Journal

T = TypeVar("T")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIRST = ("Åsa", "Sam", "Zoë", "İlkay", "Marcus", "Łukasz", "Dana", "Anna", "Kim", "Jean-Luc")
LAST = ("Öberg", "Berg", "Ñúñez", "Yıldırım", "Obi", "Đorđević", "Whitfield", "Svensson", "Park", "O'Neill")


def timed(label: str, action: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    shown = f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.2f} s "
    print(f"{label:<52} {shown}", flush=True)
    return result


def name(i: int) -> tuple[str, str]:
    return FIRST[i % len(FIRST)], f"{LAST[(i // len(FIRST)) % len(LAST)]} {i}"


def write_linkedin(path: Path, count: int) -> None:
    lines = [
        'Notes:\n"When exporting your connection data, you may notice that some email addresses are missing."\n',
        "\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    ]
    for i in range(count):
        first, last = name(i)
        email = f"person{i}@example.org" if i % 4 == 0 else ""
        when = f"{1 + i % 28:02d} {MONTHS[i % 12]} {2010 + i % 15}"
        url = f"https://www.linkedin.com/in/p{i}"
        lines.append(f'{first},{last},{url},{email},"Company {i % 300}, Inc.",Engineer,{when}\n')
    path.write_bytes(b"\xef\xbb\xbf" + "".join(lines).encode())


def write_vcard(path: Path, count: int) -> None:
    cards = []
    for i in range(count):
        first, last = name(i)
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\nORG:Company {i % 300};Unit\r\n"
            f"TITLE:Engineer\r\nEMAIL;TYPE=INTERNET,pref:person{i}@example.org\r\nEMAIL;TYPE=HOME:home{i}@example.com\r\n"
            f"TEL;TYPE=CELL:+46 70 {i:07d}\r\nNOTE:Met at a meetup\\, talked about releases and how the\r\n"
            " team ships.\r\nEND:VCARD\r\n"
        )
    path.write_text("".join(cards), encoding="utf-8")


def journal_with_people(path: Path, count: int) -> Journal:
    journal = Journal.open(path, create=True)
    with journal.transaction():
        people = []
        for i in range(count):
            first, last = name(i * 5)  # every fifth file row is someone the journal knows
            email = f"person{i * 5}@example.org" if i % 2 else ""
            people.append(Person(name=f"{first} {last}", org="Known", email=email))
        journal.people.add_many(people)
    return journal


def run(kind: str, source: Path, folder: Path, people: int) -> None:
    journal = journal_with_people(folder / f"{kind}.cjdb", people)
    found = timed(f"{kind}: read {source.stat().st_size / 1_048_576:.1f} MB", lambda: read_contacts(kind, source))
    existing = timed(f"{kind}: read the journal's {people:,} people", journal.people.list)
    plan = timed(f"{kind}: plan {len(found.contacts):,} contacts", lambda: plan_contacts(found, existing))
    print(f"    {plan.summary()}")
    timed(f"{kind}: apply (re-plan, {len(plan.new):,} inserts, {len(plan.merges):,} merges)",
          lambda: apply_plan(journal, plan))  # fmt: skip
    again = plan_contacts(found, journal.people.list())
    print(f"    again: {again.summary()}")
    journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--cards", type=int, default=5_000)
    parser.add_argument("--people", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        csv_file, vcf_file = folder / "Connections.csv", folder / "contacts.vcf"
        write_linkedin(csv_file, args.connections)
        write_vcard(vcf_file, args.cards)
        run("linkedin", csv_file, folder, args.people)
        run("vcard", vcf_file, folder, args.people)
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
