"""Career Journal side by side with jrnl 4.6 on the same journal, as whole processes. Prints, asserts nothing.

    .venv/bin/python benchmarks/vs_jrnl.py [--large] [--runs N]

Installs jrnl 4.6 into a scratch virtual environment (benchmarks/out/jrnl-venv,
with pip, once), writes the same 10,000 entries (100,000 with --large) as a
jrnl journal file, and gives Career Journal the entries jrnl itself exports
(`jrnl --export json`). Then each operation runs as a fresh process, jrnl and
Career Journal taking turns, once untimed (it warms the file cache, and makes
the day's automatic backup) and then --runs times (median shown). Both see a
copy of the journal made at the start, so repeated runs compare the same
journals. Everything lives in benchmarks/out/vs-<count>; delete it to start again.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_journal import OUT, RARE_WORD, write_jrnl_text

JRNL_VERSION = "4.6"
VENV = OUT / "jrnl-venv"
JRNL = VENV / "bin" / "jrnl"
CAREER_JOURNAL = Path(sys.executable).with_name("career-journal")
NOTE = "A quick note about the release."
CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v{version}
"""


@dataclass
class Operation:
    name: str
    jrnl: list[str]
    ours: list[str]
    before: tuple[Path, ...] = ()  # files removed before each run (an import starts from nothing)


def install_jrnl() -> None:
    if JRNL.exists():
        return
    print(f"installing jrnl {JRNL_VERSION} into {VENV}…", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, f"jrnl=={JRNL_VERSION}"], check=True)


def run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def prepare(folder: Path, count: int, env: dict[str, str]) -> tuple[Path, Path]:
    """The pristine jrnl journal file and Career Journal file holding the same ``count`` entries."""
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / "journal.txt"
    if not text.exists():
        print(f"writing a jrnl journal of {count:,} entries…", flush=True)
        write_jrnl_text(folder / "journal.part.txt", count)
        (folder / "journal.part.txt").rename(text)
    # Each file takes its name only when complete, so an interrupted run is not taken for a finished one.
    export = folder / "jrnl-export.json"
    if not export.exists():
        config = write_config(folder / "export.yaml", text)
        print("exporting it with `jrnl --export json`…", flush=True)
        part = folder / "jrnl-export.part.json"
        run([str(JRNL), "--config-file", str(config), "--export", "json", "--file", str(part)], env)
        part.rename(export)
    journal = folder / "journal.cjdb"
    if not journal.exists():
        print("importing that export into Career Journal…", flush=True)
        part = folder / "journal.part.cjdb"
        for stale in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            stale.unlink(missing_ok=True)
        run([str(CAREER_JOURNAL), "--db", str(part), "--new", "import", "jrnl", str(export)], env)
        part.rename(journal)
    return text, journal


def write_config(path: Path, journal: Path) -> Path:
    path.write_text(CONFIG.format(journal=journal, version=JRNL_VERSION), encoding="utf-8")
    return path


def operations(work: Path, text: Path, journal: Path) -> list[Operation]:
    jrnl = [str(JRNL), "--config-file", str(write_config(work / "jrnl.yaml", work / "journal.txt"))]
    imported_text = work / "imported.txt"
    jrnl_import = [str(JRNL), "--config-file", str(write_config(work / "import.yaml", imported_text))]
    ours = [str(CAREER_JOURNAL), "--db", str(work / "journal.cjdb")]
    imported = work / "imported.cjdb"
    fresh = (imported, Path(f"{imported}-wal"), Path(f"{imported}-shm"), imported_text)
    return [
        Operation("rare-word search", [*jrnl, "-contains", RARE_WORD], [*ours, "search", RARE_WORD]),
        Operation("latest 20", [*jrnl, "-n", "20"], [*ours, "entries", "--limit", "20"]),
        Operation(
            "tag filter (newest 20)",
            [*jrnl, "-n", "20", "@weekly-review"],
            [*ours, "entries", "--tag", "weekly-review", "--limit", "20"],
        ),
        Operation(
            "full Markdown export",
            [*jrnl, "--export", "markdown", "--file", str(work / "jrnl.md")],
            [*ours, "export", "markdown", "-o", str(work / "ours.md")],
        ),
        Operation("one add", [*jrnl, NOTE], [*ours, "add", NOTE]),
        Operation(
            "import (into an empty journal)",
            [*jrnl_import, "--import", "--file", str(text)],
            [
                str(CAREER_JOURNAL),
                "--db",
                str(imported),
                "--new",
                "import",
                "jrnl",
                str(journal.parent / "jrnl-export.json"),
            ],
            before=fresh,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="100,000 entries instead of 10,000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    count = 100_000 if args.large else 10_000
    target = 10 if args.large else 4
    install_jrnl()
    folder = OUT / f"vs-{count}"
    home = folder / "home"  # both programs' config and data folders: nothing of the user's is touched
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "CAREER_JOURNAL_HOME": str(home / "career-journal"),
        "LANG": "C.UTF-8",
    }
    text, journal = prepare(folder, count, env)
    work = folder / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    shutil.copyfile(text, work / "journal.txt")
    shutil.copyfile(journal, work / "journal.cjdb")
    print(f"jrnl {JRNL_VERSION} and Career Journal, the same {count:,} entries; whole processes, median of {args.runs}")
    print(f"{'operation':<32} {'jrnl':>9} {'ours':>9} {'ratio':>7}   target ≥ {target}×")
    ratios = []
    for operation in operations(work, text, journal):
        times: dict[str, list[float]] = {"jrnl": [], "ours": []}
        for attempt in range(args.runs + 1):
            for who, command in (("jrnl", operation.jrnl), ("ours", operation.ours)):
                for path in operation.before:
                    path.unlink(missing_ok=True)
                elapsed = run(command, env)
                if attempt:  # the first round is the warm-up
                    times[who].append(elapsed)
        theirs, ours = statistics.median(times["jrnl"]), statistics.median(times["ours"])
        ratio = theirs / ours
        ratios.append(ratio)
        verdict = "" if ratio >= target else "   below target"
        print(f"{operation.name:<32} {theirs:8.2f}s {ours:8.2f}s {ratio:6.1f}×{verdict}", flush=True)
    print(f"{'slowest ratio':<32} {'':>9} {'':>9} {min(ratios):6.1f}×")


if __name__ == "__main__":
    main()
