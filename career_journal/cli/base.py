"""The command group, how a command opens the journal, and how errors reach the user."""

from __future__ import annotations

import importlib
import os
import signal
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, Protocol

import click

from .. import __version__
from ..domain.errors import JournalCorrupt, JournalError
from ..domain.validation import parse_date, parse_time
from ..paths import is_default, journal_path
from ..storage.database import looks_encrypted
from ..storage.journal import Backups, Journal, note_damage, salvaged
from .output import say


class LaunchApp(Protocol):
    def __call__(
        self, *, db_path: Path, new: bool, encrypt: bool, demo: bool, screenshot_dir: str | None, page: str | None
    ) -> int: ...


@dataclass
class CliState:
    db: str | None
    new: bool
    encrypt: bool = False
    journal: Journal | None = None
    opened_path: Path | None = None
    warned: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return journal_path(self.db)


class DateParam(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class TimeParam(click.ParamType):
    name = "HH:MM"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return parse_time(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()
TIME = TimeParam()


def open_journal(ctx: click.Context, *, write: bool = False, export: bool = False, salvage: bool = False) -> Journal:
    """Open the journal for this command (once), creating the default one on first use.

    Commands that write run SQLite's quick_check first; read-only commands skip
    it to stay fast on a decade of notes (SQLite still reports any damaged page
    they touch). A journal found damaged before is read with a warning; an
    ``export`` refuses it, unless ``salvage`` asks for what can still be read.
    """
    state: CliState = ctx.find_root().obj
    if state.journal is None:
        state.journal = _open(ctx, state, write)
    journal = state.journal
    problem = journal.damage()
    if export and salvage:
        return _salvaged(ctx, journal)
    if problem is not None and export:
        fail(f"The journal at {journal.path} was found damaged ({problem}). {_EXPORT_REFUSED}")
    if problem is not None and not state.warned and ctx.info_name != "check":
        state.warned = True
        say(f"Warning: this journal was found damaged ({problem}); what is shown may be incomplete. "
            "'career-journal check' checks it again.", err=True)  # fmt: skip
    return journal


_EXPORT_REFUSED = (
    "Nothing was written. Restore a backup ('career-journal restore latest'), or add --salvage to write "
    "what can still be read."
)


def _salvaged(ctx: click.Context, journal: Journal) -> Journal:
    copy, report = ctx.with_resource(salvaged(journal.path, connect=journal.connect))
    say(f"Salvaged what can be read of {journal.path}. {report.summary()}", err=True)
    return copy


def _open(ctx: click.Context, state: CliState, write: bool) -> Journal:
    path = state.path
    backups = Backups(path)
    create = state.new or (is_default(path) and not backups.exist())
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create and is_default(path):
        raise JournalError(
            f"Your journal is missing from {path}, but its backups are in {backups.folder}. "
            "Restore the latest with 'career-journal restore latest', or start afresh with --new."
        )
    journal = Journal.open(
        path,
        create=create,
        check=write,
        passphrase=_passphrase(state, path, creating=create and not existed),
        private_dir=is_default(path),
    )
    if not existed:
        protection = "an encrypted" if journal.encrypted else "a new"
        click.echo(f"Created {protection} journal at {path}", err=True)
    if journal.read_only and write:
        journal.close()
        raise JournalError(f"The journal at {path} is read-only here, so nothing was changed.")
    ctx.find_root().call_on_close(journal.close)
    if write:
        # After the command, so its own output is never held up by a day's first backup.
        ctx.find_root().call_on_close(lambda: _daily_backup(journal))
    return journal


def _passphrase(state: CliState, path: Path, *, creating: bool) -> str | None:
    """The passphrase this command opens (or creates) the journal with; None for a plain one."""
    from .passphrases import new_passphrase, passphrase_for

    if state.encrypt and not creating:
        raise JournalError(
            f"--encrypt starts a new journal (with --new); {path} already exists. "
            "To encrypt it, use 'career-journal encrypt'."
        )
    if creating:
        return new_passphrase(path) if state.encrypt else None
    return passphrase_for(path) if looks_encrypted(path) else None


def _daily_backup(journal: Journal) -> None:
    """Today's automatic backup; a failure is a warning, since the command itself has worked."""
    try:
        journal.backups.make_if_due(db=journal.db)
    except (JournalError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        click.echo(f"Warning: your change is saved, but today's automatic backup failed ({reason}).", err=True)


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
        from .output import visible

        return visible(self.message)


def fail(message: str) -> NoReturn:
    raise CommandError(message)


# Which module defines each command: a command's module is imported only when it runs, so
# `career-journal search` and the app do not wait for the exports and imports to load.
COMMAND_MODULES = {
    **dict.fromkeys(["add", "entries", "show", "edit", "delete", "search", "tags"], "entries"),
    **dict.fromkeys(["export", "import"], "exchange"),
    **dict.fromkeys(["backup", "backups", "restore", "check", "salvage"], "backups"),
    **dict.fromkeys(["goal", "goals", "person", "people", "met", "skill", "skills"], "records"),
    **dict.fromkeys(["taught", "handover", "adviser", "opportunity"], "records"),
    **dict.fromkeys(["due", "coverage", "team"], "reports"),
    **dict.fromkeys(["attach", "attachments", "detach", "attachment"], "attachments"),
    **dict.fromkeys(["encrypt", "decrypt", "passphrase", "forget-passphrase"], "crypt"),
}


class JournalGroup(click.Group):
    """Turns every journal error into one line on stderr and a non-zero exit, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            importlib.import_module(f"{__package__}.{COMMAND_MODULES[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
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
        return f"The journal at {state.path} is damaged. {_EXPORT_REFUSED}"
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
) -> None:
    """Career Journal: a private, local journal of your career.

    With no command, opens the desktop app. Dates are YYYY-MM-DD (or today,
    yesterday, tomorrow). A person, skill or goal can be named by id, by full
    name, or by any part of a name that matches only one.
    """
    launch_app: LaunchApp | None = ctx.obj  # given by app.main; the CLI never imports the app itself
    ctx.obj = CliState(db=db, new=new, encrypt=encrypt)
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
        path = journal_path(db)
        sys.exit(launch_app(db_path=path, new=new, encrypt=encrypt, demo=demo, screenshot_dir=screenshot, page=page))
    if demo or screenshot or page:
        fail("--demo, --screenshot and --page open the app; use them without a command.")
