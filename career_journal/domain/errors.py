"""Errors a person can act on; each message is written for them, not for a developer.

The messages the app can show are in the app's language (``phrasebook``); the
command line never changes the language, so there they stay English.
"""

from __future__ import annotations

from ..phrasebook import phrase


class JournalError(Exception):
    """Base for every error the command line and the app show as a message."""


class JournalNotFound(JournalError):
    def __init__(self, path: object) -> None:
        super().__init__(
            phrase(
                "There is no journal at {path}. If the drive holding it is not mounted, "
                "mount it and try again; to start a new journal there, use --new.",
                None,
                path=path,
            )
        )
        self.path = path


class NotAJournal(JournalError):
    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            phrase("{path} is not a Career Journal file ({reason}). It was left untouched.", None, path=path,
                   reason=reason)
        )  # fmt: skip
        self.path = path
        self.reason = reason


class JournalCorrupt(JournalError):
    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        if path is None:  # found inside a save, where the path is not known
            message = phrase(
                "The journal is damaged{extra}. It was left untouched; "
                "restore it from a backup with 'career-journal restore'.",
                None,
                extra=extra,
            )
        else:
            message = phrase(
                "The journal at {path} is damaged{extra}. It was left untouched; "
                "restore it from a backup with 'career-journal restore'.",
                None,
                path=path,
                extra=extra,
            )
        super().__init__(message)
        self.path = path
        self.detail = detail


class JournalTooNew(JournalError):
    def __init__(self, path: object, unknown: list[str]) -> None:
        super().__init__(
            phrase(
                "The journal at {path} was written by a newer version of Career Journal "
                "(it has changes this version does not know: {changes}). "
                "Update the app to open it; the file was left untouched.",
                None,
                path=path,
                changes=", ".join(unknown),
            )
        )
        self.path = path


class JournalBusy(JournalError):
    def __init__(self) -> None:
        super().__init__(
            phrase("The journal is busy: another program is writing to it. Nothing was lost; try again in a moment.")
        )


class DiskFull(JournalError):
    def __init__(self, what: str = "") -> None:
        """``what`` could not be saved (a file's name, "the backup"); by default the journal."""
        super().__init__(
            phrase(
                "The disk is full, so {what} could not be saved. Everything saved before is safe; "
                "free some space and save again.",
                None,
                what=what or phrase("the journal"),
            )
        )


class ReadOnlyJournal(JournalError):
    def __init__(self, path: object, advice: str = "") -> None:
        if path is None:
            message = phrase("The journal is read-only here, so changes cannot be saved.")
        else:
            message = phrase("The journal at {path} is read-only here, so changes cannot be saved.", None, path=path)
        super().__init__(f"{message} {advice}" if advice else message)
        self.path = path


class RecordNotFound(JournalError):
    def __init__(self, kind: str, ref: object, suggestions: list[str] | None = None) -> None:
        """``suggestions``: names close to ``ref`` ("Did you mean Sam Berg?")."""
        hint = ""
        if suggestions:
            quoted = [f"'{name}'" for name in suggestions]
            hint = " Did you mean " + (", ".join(quoted[:-1]) + " or " if len(quoted) > 1 else "") + quoted[-1] + "?"
        super().__init__(f"No {kind} matches '{ref}'.{hint}")
        self.kind = kind
        self.ref = ref
        self.suggestions = suggestions or []


class AmbiguousName(JournalError):
    def __init__(self, kind: str, ref: str, candidates: list[str]) -> None:
        listed = "; ".join(candidates[:10])
        more = f" and {len(candidates) - 10} more" if len(candidates) > 10 else ""
        super().__init__(f"'{ref}' matches several {kind} records: {listed}{more}. Use more of the name or the id.")
        self.kind = kind
        self.ref = ref
        self.candidates = candidates


class InvalidInput(JournalError):
    """A value that fails validation (a bad date, an empty title, an unknown choice)."""


class ImportRejected(JournalError):
    """An import file that cannot be read; nothing from it was written."""


class ImportCancelled(JournalError):
    def __init__(self) -> None:
        super().__init__(phrase("The import was cancelled. Nothing was imported."))


class Cancelled(JournalError):
    """The person stopped a long task (attaching, copying a file out) before it finished."""

    def __init__(self, what: str = "") -> None:
        """``what`` says what was left as it was ("Nothing was attached"); by default nothing was changed."""
        super().__init__(phrase("Stopped. {what}.", None, what=what or phrase("Nothing was changed")))


class PassphraseNeeded(NotAJournal):
    """A file that is not plain SQLite and may be an encrypted journal: it opens only with its passphrase."""

    def __init__(self, path: object) -> None:
        JournalError.__init__(
            self,
            phrase(
                "The journal at {path} is encrypted and needs its passphrase (or, if it was never encrypted, "
                "its first page is damaged). It was left untouched.",
                None,
                path=path,
            ),
        )
        self.path = path


class WrongPassphrase(JournalError):
    """The passphrase does not open the file; SQLCipher cannot tell that apart from a damaged first page."""

    def __init__(self, path: object) -> None:
        super().__init__(
            phrase(
                "The journal at {path} did not open: wrong passphrase, or the file is damaged. It was left untouched.",
                None,
                path=path,
            )
        )
        self.path = path
