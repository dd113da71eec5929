"""The command group, how a command opens the journal, and how errors reach the user."""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

import click

from .. import __version__
from ..domain.errors import JournalCorrupt, JournalError
from ..paths import journal_path
from ..storage.journal import Journal, note_damage
from .output import visible
from .params import WindowSize

if TYPE_CHECKING:  # the type only: the exchange's Markdown reader is not needed to start the window
    from ..exchange.md_charts import ChartPainter


class LaunchApp(Protocol):
    def __call__(
        self,
        *,
        db_path: Path,
        new: bool,
        encrypt: bool,
        demo: bool,
        screenshot_dir: str | None,
        page: str | None,
        sizes: tuple[tuple[int, int], ...] = (),
        themes: tuple[str, ...] = (),
    ) -> int: ...


@dataclass(frozen=True)
class AppHooks:
    """What ``app.main`` hands the command line, so that it never imports the app, or Qt, itself."""

    launch_app: LaunchApp | None = None
    paint_charts: ChartPainter | None = None  # the UI's chart painter, for ``export markdown --charts``


@dataclass
class CliState:
    db: str | None
    new: bool
    encrypt: bool = False
    paint_charts: ChartPainter | None = None
    journal: Journal | None = None
    opened_path: Path | None = None
    warned: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return sqlite_path(journal_path(self.db), "The journal's path")


EXPORT_REFUSED = (
    "Nothing was written. Restore a backup ('career-journal restore latest'), or add --salvage to write "
    "what can still be read."
)


def _stop_cleanly_on_terminate() -> None:
    """SIGTERM or SIGHUP (a closed terminal) ends a command like Ctrl+C does: the transaction rolls
    back and a half-written export's temp file is removed, instead of a private copy left behind."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, _exit_for_signal)


def _exit_for_signal(number: int, _frame: object) -> NoReturn:
    raise SystemExit(128 + number)


class CommandError(click.ClickException):
    """One line on stderr and exit 1; stored text quoted in the message cannot drive the terminal."""

    def format_message(self) -> str:
        return visible(self.message)


def fail(message: str) -> NoReturn:
    raise CommandError(message)


class CommandUsageError(click.UsageError):
    """A mistake in how a command was typed: one line on stderr that points to the command's help.

    Click's own display is four lines (usage, a hint, a blank line, the error).
    """

    def show(self, file: Any = None) -> None:
        where = f" (see {self.ctx.command_path} --help)" if self.ctx is not None else ""
        click.echo(f"Error: {visible(self.format_message()).rstrip('.')}{where}", file=file, err=file is None)


def _one_line(exc: click.UsageError) -> click.UsageError:
    if isinstance(exc, click.exceptions.NoArgsIsHelpError | CommandUsageError):
        return exc  # a group typed alone shows its help; that is not a mistake
    return CommandUsageError(exc.format_message(), exc.ctx)


# -- text and paths that are not UTF-8 -----------------------------------------------------
# Python hands bytes that are not UTF-8 (in arguments, environment variables, file names) over as
# lone surrogates; SQLite and the terminal cannot take them, so they are refused or shown in words.
_NOT_UTF8 = re.compile("[\ud800-\udfff]")


def _first_bad_byte(text: str) -> str:
    char = _NOT_UTF8.search(text)
    code = ord(char.group()) if char else 0
    return f"0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"U+{code:04X}"


def sqlite_path(path: Path, what: str) -> Path:
    """``path`` when SQLite can open it (its name is UTF-8), else a one-line refusal naming it."""
    if _NOT_UTF8.search(str(path)):
        fail(
            f"{what} {visible(str(path))} is not UTF-8 (it holds the byte {_first_bad_byte(str(path))}), and "
            "SQLite needs UTF-8 file names. Rename the file or the folder, or choose another path. Nothing was changed."
        )
    return path


def read_stdin() -> str:
    """Standard input as text; input that is not UTF-8 is refused before anything is saved."""
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(
            f"The text on standard input is not UTF-8 (byte 0x{data[exc.start]:02x} at position {exc.start}), "
            "so nothing was saved. Convert it to UTF-8 first (for example with iconv)."
        )


class JournalCommand(click.Command):
    """A command that refuses text which is not UTF-8 before it runs (a path may be any bytes)."""

    def invoke(self, ctx: click.Context) -> Any:
        for param in self.params:
            if isinstance(param.type, click.Path):
                continue
            value = ctx.params.get(param.name or "")
            for text in value if isinstance(value, tuple | list) else [value]:
                if isinstance(text, str) and _NOT_UTF8.search(text):
                    name = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
                    fail(
                        f"The text given for {name} is not UTF-8 (it holds the byte {_first_bad_byte(text)}), "
                        "so nothing was changed. Set your terminal to UTF-8 and type it again."
                    )
        return super().invoke(ctx)


class JournalSubgroup(click.Group):
    """A group of commands (goal, person…) whose commands refuse text that is not UTF-8."""

    command_class = JournalCommand


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``career-journal due | head -1``): stop quietly, as ``yes | head`` does.

    Exit 141, what a shell reports for a command ended by SIGPIPE, so ``set -o pipefail``
    sees the output was cut short; stdout goes to /dev/null so Python's last flush is silent.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(128 + getattr(signal, "SIGPIPE", 13))


# Which module defines each command: a command's module is imported only when it runs, so
# `career-journal search` and the app do not wait for the exports and imports to load.
COMMAND_MODULES = {
    **dict.fromkeys(["add", "entries", "show", "edit", "delete", "search", "tags"], "entries"),
    "export": "exchange",
    "import": "imports",
    **dict.fromkeys(["backup", "backups", "restore", "check", "salvage"], "backups"),
    **dict.fromkeys(["goal", "goals", "person", "people", "met"], "records"),
    **dict.fromkeys(["skill", "skills", "taught", "handover", "handovers"], "teaching"),
    **dict.fromkeys(["adviser", "opportunity", "opportunities"], "network"),
    **dict.fromkeys(["due", "coverage", "team"], "reports"),
    **dict.fromkeys(["attach", "attachments", "detach", "attachment"], "attachments"),
    **dict.fromkeys(["encrypt", "decrypt", "passphrase", "forget-passphrase"], "crypt"),
}


class JournalGroup(click.Group):
    """Turns every journal error into one line on stderr and a non-zero exit, never a traceback."""

    command_class = JournalCommand
    group_class = JournalSubgroup

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            importlib.import_module(f"{__package__}.{COMMAND_MODULES[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            raise _one_line(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise _one_line(exc) from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            _quiet_broken_pipe()
        except JournalError as exc:
            raise CommandError(_with_damage_noted(ctx, exc)) from None
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as exc:
            if os.environ.get("CAREER_JOURNAL_DEBUG"):
                raise
            from ..storage.database import classify
            from ..storage.drivers import DatabaseError

            if isinstance(exc, DatabaseError):
                state = ctx.find_root().obj
                found = classify(exc, state.path if state else "the journal")
                raise CommandError(_with_damage_noted(ctx, found)) from None
            if isinstance(exc, OSError):
                raise CommandError(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None
            raise CommandError(
                f"Career Journal hit an unexpected problem ({type(exc).__name__}: {exc}). "
                "Nothing was changed. Run with CAREER_JOURNAL_DEBUG=1 for details."
            ) from None


def _with_damage_noted(ctx: click.Context, exc: JournalError) -> str:
    """The message for ``exc``; a damaged journal is remembered, so later commands warn and exports refuse."""
    state = ctx.find_root().obj
    if not isinstance(exc, JournalCorrupt) or not isinstance(state, CliState):
        return str(exc)
    if exc.path is not None and Path(str(exc.path)).resolve() != state.path.resolve():
        return str(exc)  # another file (a backup being restored) is damaged, not the journal
    note_damage(state.path, exc.detail or str(exc))
    if ctx.invoked_subcommand == "export":
        return f"The journal at {state.path} is damaged. {EXPORT_REFUSED}"
    return str(exc)


def _desktop_entry(action: str) -> None:
    from .. import desktop_entry

    if action == "install":
        written = desktop_entry.install()
        click.echo(f"Career Journal is in your desktop's menu (it starts {' '.join(desktop_entry.launch_command())}):")
        for path in written:
            click.echo(f"  {path}")
        return
    removed = desktop_entry.uninstall()
    if not removed:
        click.echo(f"Career Journal was not in your desktop's menu (nothing under {desktop_entry.data_home()}).")
        return
    click.echo("Took Career Journal out of your desktop's menu:")
    for path in removed:
        click.echo(f"  {path}")


@click.group(cls=JournalGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH",
    envvar="CAREER_JOURNAL_DB",
    help="The journal file to use (default: journal.cjdb in your data folder; or set CAREER_JOURNAL_DB).",
)
@click.option("--new", is_flag=True, help="Start a new journal at --db if there is none there yet.")
@click.option("--encrypt", is_flag=True, help="With --new: the new journal is encrypted with a passphrase you choose.")
@click.option("--demo", is_flag=True, help="Open the app on a fresh sample journal in a temporary folder.")
@click.option("--screenshot", metavar="DIR", help="Render the app's pages to DIR/<page>.png and exit.")
@click.option("--page", metavar="NAME", help="With --screenshot: only this page.")
@click.option(
    "--install-desktop-entry",
    "desktop_entry",
    flag_value="install",
    help="Add the app to your desktop's menu, with its icon (for you only), and exit.",
)
@click.option(
    "--uninstall-desktop-entry",
    "desktop_entry",
    flag_value="uninstall",
    help="Take the app out of your desktop's menu again, and exit.",
)
@click.option(
    "--size",
    "sizes",
    type=WindowSize(),
    multiple=True,
    help="With --screenshot: the window's size in pixels (repeat it for several sets).",
)
@click.option(
    "--theme",
    "themes",
    type=click.Choice(["light", "dark"]),
    multiple=True,
    help="With --screenshot: light or dark (repeat it for both; several sets go to DIR/<size>-<theme>/).",
)
@click.version_option(__version__, prog_name="Career Journal")
@click.pass_context
def cli(
    ctx: click.Context,
    db: str | None,
    new: bool,
    encrypt: bool,
    demo: bool,
    screenshot: str | None,
    page: str | None,
    desktop_entry: str | None,
    sizes: tuple[tuple[int, int], ...],
    themes: tuple[str, ...],
) -> None:
    """Career Journal: a private, local journal of your career.

    With no command, opens the desktop app. Dates are YYYY-MM-DD, or words:
    today, yesterday, tomorrow, +3d, -1w, +1m, friday, next friday, last monday,
    in 3 days. A person, skill or goal can be named by id, by full name (accents
    and case do not matter), or by any part of a name that matches only one.
    """
    hooks = ctx.obj if isinstance(ctx.obj, AppHooks) else AppHooks(launch_app=ctx.obj)  # given by app.main
    launch_app = hooks.launch_app
    ctx.obj = CliState(db=db, new=new, encrypt=encrypt, paint_charts=hooks.paint_charts)
    if encrypt and not new:
        fail("--encrypt goes with --new; to encrypt the journal you have, use 'career-journal encrypt'.")
    if desktop_entry is not None:
        if ctx.invoked_subcommand is not None:
            fail(f"--{desktop_entry}-desktop-entry takes no command.")
        _desktop_entry(desktop_entry)
        ctx.exit(0)
    if ctx.invoked_subcommand is not None:
        _stop_cleanly_on_terminate()
    if ctx.invoked_subcommand is None:
        if launch_app is None:
            fail("Give a command (see --help); the desktop app starts with 'career-journal' and no command.")
        if (sizes or themes) and not screenshot:
            fail("--size and --theme go with --screenshot DIR.")
        sys.exit(
            launch_app(
                db_path=journal_path(db),
                new=new,
                encrypt=encrypt,
                demo=demo,
                screenshot_dir=screenshot,
                page=page,
                sizes=sizes,
                themes=themes,
            )
        )
    if demo or screenshot or page or sizes or themes:
        fail("--demo, --screenshot, --page, --size and --theme open the app; use them without a command.")
