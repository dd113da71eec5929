"""Naming people in a large network: the command line's lookup and the app's person field. Prints only.

    .venv/bin/python benchmarks/bench_names.py [--people 5000] [--accented 0.6]

Builds a journal of ``--people`` people (a share ``--accented`` of them with
Swedish, French or German letters) and prints: ``people.resolve`` for a name as
stored, the same name without accents, and a typo (the close names found);
opening Log teaching; the longest a keystroke holds the window in its person
field (for a known name, a part of one, and a typo, whose close names are found
on a worker above a few hundred people) and how long until they show.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLAIN_FIRST = ["Sam", "Dana", "Marcus", "Priya", "Ola", "Nils", "Kofi", "Mei", "Ravi", "Ana", "Tom", "Ruth"]
PLAIN_LAST = ["Berg", "Whitfield", "Obi", "Raman", "Nkosi", "Okafor", "Tanaka", "Olsen", "Keller", "Hughes"]
ACCENTED_FIRST = ["Åsa", "Émilie", "Jürgen", "Zoë", "Chloé", "Björn", "Søren", "Inès"]
ACCENTED_LAST = ["Öberg", "Dubois-Lefèvre", "Müller", "Ødegaard", "Lindqvist-Åkesson", "Núñez"]


def people(count: int, accented: float, rng: random.Random) -> list[str]:
    names = []
    for number in range(count):
        fancy = rng.random() < accented
        first = rng.choice(ACCENTED_FIRST if fancy else PLAIN_FIRST)
        last = rng.choice(ACCENTED_LAST if fancy else PLAIN_LAST)
        names.append(f"{first} {last} {number}")
    return names


def timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--accented", type=float, default=0.6)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from career_journal.domain.errors import RecordNotFound
    from career_journal.domain.records import Person, Skill
    from career_journal.storage.journal import Journal
    from career_journal.ui.dialogs.forms import teaching_dialog
    from career_journal.ui.session import Session

    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp())
    journal = Journal.open(folder / "names.cjdb", create=True)
    names = people(args.people, args.accented, rng)
    with journal.transaction():
        for name in names:
            journal.people.add(Person(name=name))
        journal.skills.add(Skill(name="Month-end close"))
    known = next(name for name in names if name.startswith("Åsa Öberg"))
    print(f"{args.people:,} people, {args.accented:.0%} with accented names")

    def resolve(ref: str) -> None:
        with contextlib.suppress(RecordNotFound):
            journal.people.resolve(ref)

    for label, ref in (("as stored", known), ("without accents", known.replace("Å", "A").replace("Ö", "O")),
                       ("a typo (close names found)", "Sam Brg")):  # fmt: skip
        print(f"command line, resolve {label}: {min(timed(lambda r=ref: resolve(r)) for _ in range(3)):.1f} ms")

    app = QApplication([])
    session = Session(journal, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    dialogs = []
    print(f"app, open Log teaching: {timed(lambda: dialogs.append(teaching_dialog(None, session))):.0f} ms")
    dialog = dialogs[0]
    dialog.show()
    combo = dialog.widgets["person"]
    for label, text in (("a name as stored", known), ("part of a name", "oberg 1"), ("a typo", "Sam Brg")):
        combo.lineEdit().clear()
        app.processEvents()
        longest = 0.0
        for char in text:
            longest = max(longest, timed(lambda c=char: QTest.keyClicks(combo.lineEdit(), c)))
        started = time.perf_counter()
        while combo.help.note.text().startswith("Nobody") and time.perf_counter() - started < 10:
            app.processEvents()  # the close names are on their way from a worker
            time.sleep(0.005)
        shown = (time.perf_counter() - started) * 1000
        print(f"app, typing {label}: longest keystroke {longest:.0f} ms; help shown {shown:.0f} ms after the last key")
    dialog.reject()
    journal.close()


if __name__ == "__main__":
    main()
