"""Spell check on a long note: how long the window waits, and how long until every line is checked. Prints only.

    .venv/bin/python benchmarks/bench_spelling.py [--kib 200] [--language en|sv]

Builds a Markdown note of about ``--kib`` KiB (paragraphs, lists, headings,
code blocks) from the words of the system's Hunspell dictionary with one word
in 30 misspelt, loads it into the entry editor's Markdown editor, and prints:
the time to load the dictionaries (on a worker in the app), the time
``set_text`` holds the window (with and without spell check), the longest
single slice of the background pass, the time until the last line is checked,
a keystroke at the end of the note, and one search for suggestions.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DICTIONARIES = {"en": Path("/usr/share/hunspell/en_US.dic"), "sv": Path("/usr/share/hunspell/sv_SE.dic")}


def vocabulary(language: str, size: int, rng: random.Random) -> list[str]:
    lines = DICTIONARIES[language].read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    stems = [line.split("/")[0] for line in lines]
    stems = [s for s in stems if s.isalpha() and s.islower() and 2 < len(s) < 12]
    return rng.sample(stems, min(size, len(stems)))


def misspell(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word))
    return word[:at] + rng.choice("aeiourstnl") + word[at + 1 :]


def build_note(language: str, kib: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = vocabulary(language, 6000, rng)

    def sentence() -> str:
        chosen = [misspell(w, rng) if rng.random() < 1 / 30 else w for w in rng.choices(words, k=rng.randint(6, 18))]
        return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."

    parts: list[str] = []
    size = 0
    while size < kib * 1024:
        kind = rng.random()
        if kind < 0.1:
            block = f"## {sentence()[:-1]}"
        elif kind < 0.25:
            block = "\n".join(f"- {sentence()}" for _ in range(rng.randint(2, 6)))
        elif kind < 0.3:
            block = "```\n" + "\n".join(f"run --flag={w} `x`" for w in rng.choices(words, k=4)) + "\n```"
        else:
            block = " ".join(sentence() for _ in range(rng.randint(2, 7)))
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kib", type=int, default=200)
    parser.add_argument("--language", choices=("en", "sv"), default="en")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QApplication

    from career_journal.spelling.checker import load_spellers
    from career_journal.ui.spelling import Spelling
    from career_journal.ui.widgets import spelling as highlighting
    from career_journal.ui.widgets.markdown_editor import MarkdownEditor

    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="cj-bench-spelling-"))
    note = build_note(args.language, args.kib)
    print(f"note: {len(note.encode()) / 1024:.0f} KiB, {note.count(chr(10)) + 1} lines, {len(note.split())} words")

    started = time.perf_counter()
    load_spellers(home)
    print(f"dictionaries loaded (on a worker in the app): {time.perf_counter() - started:.3f} s")

    plain = MarkdownEditor(preview=False)
    plain.resize(900, 600)
    plain.show()
    started = time.perf_counter()
    plain.set_text(note)
    print(f"set_text without spell check: {(time.perf_counter() - started) * 1000:.1f} ms")

    spelling = Spelling(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat), home)
    editor = MarkdownEditor(preview=False)
    editor.check_spelling(spelling)
    editor.resize(900, 600)
    editor.show()
    editor.set_text("Warm up.")
    while not spelling.ready:
        app.processEvents()

    slices: list[float] = []
    sweep = highlighting.SpellingHighlighter._sweep

    def timed_sweep(self: highlighting.SpellingHighlighter) -> None:
        began = time.perf_counter()
        sweep(self)
        slices.append(time.perf_counter() - began)

    highlighting.SpellingHighlighter._sweep = timed_sweep  # type: ignore[method-assign]
    started = time.perf_counter()
    editor.set_text(note)
    held = time.perf_counter() - started
    highlighter = editor.spelling
    assert highlighter is not None
    while highlighter._pending:
        app.processEvents()
    done = time.perf_counter() - started
    underlined = 0
    block = editor.editor.document().firstBlock()
    while block.isValid():
        wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
        underlined += sum(1 for span in block.layout().formats() if span.format.underlineStyle() == wavy)
        block = block.next()
    print(f"set_text with spell check holds the window: {held * 1000:.1f} ms (language: {highlighter.language})")
    print(
        f"background pass: {len(slices)} slices, longest {max(slices, default=0) * 1000:.1f} ms, "
        f"every line checked after {done:.3f} s; {underlined} words underlined"
    )

    cursor = editor.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.editor.setTextCursor(cursor)
    started = time.perf_counter()
    for _ in range(100):
        editor.editor.insertPlainText("x")
    print(f"a keystroke at the end of the note: {(time.perf_counter() - started) * 10:.2f} ms")

    speller = spelling.speller(highlighter.language)
    assert speller is not None
    started = time.perf_counter()
    found = speller.suggestions("recieveing" if args.language == "en" else "arbetsplts")
    took = (time.perf_counter() - started) * 1000
    print(f"suggestions for a long word (on a worker in the app): {took:.0f} ms {found}")

    slices.clear()
    started = time.perf_counter()
    spelling.set_enabled(False)
    off = time.perf_counter() - started
    while highlighter._pending:
        app.processEvents()
    print(
        f"switching spell check off: {off * 1000:.1f} ms at once, underlines gone after "
        f"{time.perf_counter() - started:.3f} s in {len(slices)} slices"
    )


if __name__ == "__main__":
    main()
