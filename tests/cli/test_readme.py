"""The README is a promise: every command it shows runs as written, and every command is shown."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from career_journal.app import paint_charts
from career_journal.cli import cli
from career_journal.cli.base import AppHooks

README = Path(__file__).resolve().parents[2] / "README.md"
CONTACTS = Path(__file__).resolve().parents[1] / "exchange" / "data"


HOOKS = AppHooks(paint_charts=paint_charts)  # what the career-journal command hands the command line


def readme_commands() -> list[tuple[str | None, list[str]]]:
    """(standard input, arguments) of each `career-journal` line in the README's shell blocks."""
    commands = []
    in_shell = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_shell = line.strip() == "```sh"
            continue
        if not in_shell or "career-journal " not in line or line.lstrip().startswith("#"):
            continue
        stdin = None
        if "|" in line and line.startswith("echo "):
            piped, line = line.split("|", 1)
            stdin = shlex.split(piped)[1] + "\n"
        words = shlex.split(line, comments=True)
        if words and words[0] == "career-journal" and len(words) > 1 and not words[1].startswith("--demo"):
            commands.append((stdin, words[1:]))
    return commands


def test_every_command_in_the_readme_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    # The encryption examples, as a script would run them (the README says why a terminal is safer).
    monkeypatch.setenv("CAREER_JOURNAL_PASSPHRASE", "readme passphrase")
    monkeypatch.setenv("CAREER_JOURNAL_NEW_PASSPHRASE", "readme passphrase, changed")
    (tmp_path / "my-jrnl.json").write_text(
        json.dumps({"tags": {}, "entries": [{"date": "2026-01-05", "time": "09:00", "title": "From jrnl.",
                                              "body": "", "tags": [], "starred": False}]}),
        encoding="utf-8",
    )  # fmt: skip
    for contacts in ("Connections.csv", "contacts.vcf"):
        shutil.copy(CONTACTS / contacts, tmp_path / contacts)
    (tmp_path / "review.pdf").write_bytes(b"%PDF-1.4 a review")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4 some slides")
    runner = CliRunner()
    commands = readme_commands()
    assert len(commands) > 30
    for stdin, args in commands:
        prefix = [] if "--db" in args else ["--db", str(tmp_path / "readme.cjdb"), "--new"]
        result = runner.invoke(cli, [*prefix, *args], input=stdin, obj=HOOKS)  # as app.main runs it
        assert result.exit_code == 0, f"career-journal {shlex.join(args)}\n{result.output}"
    assert (tmp_path / "coach.md").exists() and (tmp_path / "everything.json").exists()
    assert (tmp_path / "review-copy.pdf").read_bytes() == b"%PDF-1.4 a review"
    assert (tmp_path / "packet-files" / "review.pdf").read_bytes() == b"%PDF-1.4 a review"


def _leaf_commands(group: click.Group, prefix: str = "") -> list[str]:
    context = click.Context(group)
    names = []
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            names += _leaf_commands(command, f"{prefix}{name} ")
        else:
            names.append(f"{prefix}{name}")
    return names


def _command_path(args: list[str]) -> str:
    """'goal milestone' from ['--db', 'x', 'goal', 'milestone', 'staff', …]."""
    words = list(args)
    while words and words[0].startswith("--"):
        option = words.pop(0)
        if option == "--db":
            words.pop(0)
    path: list[str] = []
    command: click.Command = cli
    while isinstance(command, click.Group) and words and words[0] in command.list_commands(click.Context(command)):
        path.append(words[0])
        command = command.get_command(click.Context(command), words.pop(0))
    return " ".join(path)


def test_every_command_is_shown_in_the_readme() -> None:
    shown = {_command_path(args) for _stdin, args in readme_commands()}
    assert sorted(set(_leaf_commands(cli)) - shown) == []


def test_every_command_is_found_in_the_module_that_defines_it() -> None:
    import importlib

    from career_journal.cli.base import COMMAND_MODULES

    for module in set(COMMAND_MODULES.values()):
        importlib.import_module(f"career_journal.cli.{module}")
    defined = {name: command.callback.__module__.rsplit(".", 1)[-1] for name, command in cli.commands.items()}
    assert defined == COMMAND_MODULES
