"""Putting the app in the desktop's menu: its .desktop file, AppStream metadata and icon, for this user only.

The files go in the user's data folders (``XDG_DATA_HOME``, else ~/.local/share),
where every freedesktop menu looks: ``applications/``, ``metainfo/`` and
``icons/hicolor/``. The menu entry starts the app the way it was started now:
the bundle's own executable, or the ``career-journal`` script of the Python
environment it runs in. Uninstalling removes exactly the files installing
writes, nothing else. No Qt here: the command line does this before any window.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_ID
from .files import ensure_private_dir, write_atomic
from .paths import packaging_dir, resource_dir

PNG_SIZES = (48, 128, 256)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# Characters that make a desktop entry's Exec argument need quotes, and those escaped inside them.
_NEEDS_QUOTES = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


def data_home() -> Path:
    """XDG_DATA_HOME when it is set to an absolute path (the spec ignores a relative one), else ~/.local/share."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen and Path(chosen).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How to start the app again as it was started now: the bundle, this environment's script, or ``-m``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    # The script beside this environment's Python (a venv's bin/), not whatever comes first on PATH.
    script = Path(sys.executable).parent / ("career-journal.exe" if os.name == "nt" else "career-journal")
    if script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "career_journal"]


def exec_value(arguments: list[str]) -> str:
    """The Exec= value that runs ``arguments``, quoted and escaped as the Desktop Entry spec asks."""
    quoted = []
    for argument in arguments:
        if any(char in _NEEDS_QUOTES for char in argument) or not argument:
            inner = "".join(f"\\{char}" if char in _ESCAPED_IN_QUOTES else char for char in argument)
            argument = f'"{inner}"'
        quoted.append(argument.replace("%", "%%"))
    # The value is itself a string where a backslash is written twice.
    return " ".join(quoted).replace("\\", "\\\\")


@dataclass(frozen=True, slots=True)
class DesktopFiles:
    """Where each installed file goes under one data folder."""

    root: Path

    @property
    def desktop(self) -> Path:
        return self.root / "applications" / DESKTOP_FILE

    @property
    def metainfo(self) -> Path:
        return self.root / "metainfo" / METAINFO_FILE

    @property
    def scalable_icon(self) -> Path:
        return self.root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    def png_icon(self, size: int) -> Path:
        return self.root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all(self) -> list[Path]:
        return [self.desktop, self.metainfo, self.scalable_icon, *(self.png_icon(size) for size in PNG_SIZES)]


def desktop_entry_text(command: list[str]) -> str:
    """The shipped .desktop file with its Exec line pointing at ``command``."""
    template = (packaging_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    lines = [f"Exec={exec_value(command)}" if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def install(root: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the menu entry, the metadata and the icons; returns the files written."""
    files = DesktopFiles(root or data_home())
    icons = resource_dir() / "icons"
    sources: list[tuple[Path, bytes]] = [
        (files.desktop, desktop_entry_text(command or launch_command()).encode("utf-8")),
        (files.metainfo, (packaging_dir() / METAINFO_FILE).read_bytes()),
        (files.scalable_icon, (icons / "career-journal.svg").read_bytes()),
        *((files.png_icon(size), (icons / f"career-journal-{size}.png").read_bytes()) for size in PNG_SIZES),
    ]
    for target, content in sources:
        # New folders readable by the user only; one that exists (applications/, say) keeps its mode.
        ensure_private_dir(target.parent, tighten=False)
        write_atomic(target, [content])
    return [target for target, _content in sources]


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove the files ``install`` writes (folders stay: other apps share them); returns those removed."""
    removed = []
    for path in DesktopFiles(root or data_home()).all():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed
