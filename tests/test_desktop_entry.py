"""--install-desktop-entry puts the app in the menu (valid files, private new folders) and uninstall undoes it."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from career_journal import APP_ID, desktop_entry
from career_journal.cli import cli


def validator(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/setup installs it (Debian packages desktop-file-utils, appstream)"
    return found


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_install_puts_a_valid_entry_metadata_and_icons_in_the_menu_folders(data_home: Path) -> None:
    output = run("--install-desktop-entry")
    files = desktop_entry.DesktopFiles(data_home)
    for path in files.all():
        assert path.is_file(), path
        assert str(path) in output
    desktop = subprocess.run([validator("desktop-file-validate"), str(files.desktop)], capture_output=True, text=True)
    assert desktop.returncode == 0 and desktop.stdout.strip() == "", desktop.stdout + desktop.stderr
    metainfo = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(files.metainfo)], capture_output=True, text=True
    )
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    text = files.desktop.read_text(encoding="utf-8")
    # Started from this environment: the menu runs this environment's own script, not one on PATH.
    script = Path(sys.executable).parent / "career-journal"
    assert f"\nExec={script}\n" in text and f"\nIcon={APP_ID}\n" in text
    assert files.scalable_icon.read_text(encoding="utf-8").lstrip().startswith("<svg")
    for size in desktop_entry.PNG_SIZES:
        assert png_size(files.png_icon(size)) == (size, size)


def test_new_folders_are_private_and_an_existing_applications_folder_keeps_its_mode(data_home: Path) -> None:
    applications = data_home / "applications"
    applications.mkdir(parents=True)
    os.chmod(applications, 0o755)
    run("--install-desktop-entry")
    assert mode(applications) == 0o755
    for folder in (data_home / "metainfo", data_home / "icons", data_home / "icons" / "hicolor" / "48x48" / "apps"):
        assert mode(folder) == 0o700, folder


def test_uninstall_removes_exactly_the_installed_files(data_home: Path) -> None:
    neighbour = data_home / "applications" / "org.example.Other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    run("--install-desktop-entry")
    before = {p for p in data_home.rglob("*") if p.is_file()}
    output = run("--uninstall-desktop-entry")
    after = {p for p in data_home.rglob("*") if p.is_file()}
    assert before - after == set(desktop_entry.DesktopFiles(data_home).all())
    assert neighbour in after
    assert "Took Career Journal out" in output
    assert "was not in your desktop's menu" in run("--uninstall-desktop-entry")


def test_a_bundle_puts_its_own_executable_in_the_menu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    executable = tmp_path / "Career Journal" / "career-journal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert desktop_entry.launch_command() == [str(executable)]


def test_an_exec_line_with_spaces_quotes_and_percent_signs_passes_the_validator(tmp_path: Path) -> None:
    command = ["/opt/My Apps/career-journal", "--db", '/home/ana/100% "mine".cjdb']
    value = desktop_entry.exec_value(command)
    assert value == '"/opt/My Apps/career-journal" --db "/home/ana/100%% \\\\"mine\\\\".cjdb"'
    entry = desktop_entry.install(tmp_path / "share", command)[0]
    result = subprocess.run([validator("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_a_desktop_entry_option_with_a_command_is_refused(data_home: Path) -> None:
    result = CliRunner().invoke(cli, ["--install-desktop-entry", "tags"])
    assert result.exit_code != 0 and "takes no command" in result.output
    assert not (data_home / "applications").exists()
