"""The desktop file and the AppStream metadata pass their validators and agree with the app."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from career_journal import __version__
from career_journal.app import APP_ID

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def validator(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/setup installs it (Debian packages desktop-file-utils, appstream)"
    return found


def test_the_desktop_file_is_valid_and_launches_the_app() -> None:
    result = subprocess.run([validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    text = DESKTOP.read_text(encoding="utf-8")
    assert "\nExec=career-journal\n" in text and f"\nIcon={APP_ID}\n" in text


def test_the_appstream_metadata_is_valid_and_names_this_version() -> None:
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    newest = re.search(r'<release version="([^"]+)"', text)
    assert newest and newest.group(1) == __version__
