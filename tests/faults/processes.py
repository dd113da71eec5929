"""Running a child process that reports what it did, line by line, and killing it with SIGKILL.

A child prints one line per event (``READY``, ``ACK 12 <sha>``…) and flushes
after each, so a line the parent has read is a promise the child kept before
it died. A line cut short by the kill is not counted.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

FAULTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = FAULTS_DIR.parent.parent
START_TIMEOUT_S = 60.0


# The passphrase of the harness's encrypted runs: quotes, SQL comment and statement marks, and Unicode.
PASSPHRASE = "fault 'harness'; -- pässphrase ✓"


def passphrase_env(passphrase: str | None) -> dict[str, str]:
    """What a child needs to open (or create) the journal: the passphrase, as a script would give it."""
    return {} if passphrase is None else {"CAREER_JOURNAL_PASSPHRASE": passphrase}


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The parent's environment, with Qt drawing off screen and the project importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


@dataclass
class Line:
    at: float  # time.monotonic() when the parent read it
    words: list[str]

    @property
    def kind(self) -> str:
        return self.words[0] if self.words else ""


@dataclass
class ChildResult:
    lines: list[Line]
    returncode: int | None
    killed: bool  # we sent SIGKILL while it was running
    stderr: str
    cut_short: int = 0  # bytes of a last line the kill interrupted

    @property
    def crashed(self) -> str:
        """How the child died by itself before the kill (a fatal error, a traceback), or ""."""
        if self.killed or self.returncode == 0:
            return ""
        lines = [line for line in self.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
        return f"exit code {self.returncode}: " + (lines[0] if lines else "no message")

    def of(self, kind: str) -> list[Line]:
        return [line for line in self.lines if line.kind == kind]


@dataclass
class Child:
    """A running child script (``tests/faults/<script>``) and everything it has said so far."""

    script: str
    args: Iterable[object] = ()
    env: Mapping[str, str] | None = None
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = threading.Condition()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115  (lives as long as the child; closed in finish)
        self._cut_short = 0
        self._done = False
        self._result: ChildResult | None = None
        command = [sys.executable, str(FAULTS_DIR / self.script), *map(str, self.args)]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=self._stderr, stdin=subprocess.DEVNULL, env=child_env(self.env)
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if not raw.endswith(b"\n"):
                self._cut_short = len(raw)
                break
            line = Line(time.monotonic(), raw.decode("utf-8", "replace").split())
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._done = True
            self._changed.notify_all()

    def wait_for(self, kind: str, count: int = 1, timeout: float = START_TIMEOUT_S) -> Line:
        """Block until the child has said ``kind`` ``count`` times; fail loudly if it dies or hangs first."""
        line = self.wait_until(kind, count, timeout)
        if line is not None:
            return line
        result = self.kill()
        said = f"{self.script} never said {kind} #{count} (exit code {result.returncode})"
        raise AssertionError(f"{said}; its stderr ends:\n{result.stderr[-3000:]}")

    def wait_until(self, kind: str, count: int = 1, timeout: float = START_TIMEOUT_S) -> Line | None:
        """The ``count``-th ``kind`` line, or None if the child ended (or the time ran out) before saying it."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                seen = [line for line in self.lines if line.kind == kind]
                if len(seen) >= count:
                    return seen[count - 1]
                left = deadline - time.monotonic()
                if self._done or left <= 0:
                    return None
                self._changed.wait(left)

    def kill(self) -> ChildResult:
        """SIGKILL (no clean-up of any kind runs in the child), then collect what it said."""
        killed = self.process.poll() is None
        if killed:
            os.kill(self.process.pid, signal.SIGKILL)
        return self.finish(killed=killed)

    def finish(self, *, killed: bool = False, timeout: float = START_TIMEOUT_S) -> ChildResult:
        """Wait for the child to end and collect what it said (once; later calls return the same result)."""
        if self._result is None:
            returncode = self.process.wait(timeout=timeout)
            self._reader.join(timeout)
            self._stderr.seek(0)
            stderr = self._stderr.read().decode("utf-8", "replace")
            self._stderr.close()
            self._result = ChildResult(list(self.lines), returncode, killed, stderr, self._cut_short)
        return self._result


def kill_after_event(child: Child, kind: str, target: int, rng: random.Random) -> ChildResult:
    """Kill at a random moment: after the child's ``target``-th ``kind`` line plus a random part of one interval.

    The clock starts at the child's first ``kind`` line, so its start-up time
    never decides where the kill lands.
    """
    first = child.wait_for(kind, 1)
    reached = child.wait_until(kind, max(1, target), timeout=START_TIMEOUT_S + 0.1 * target)
    if reached is None:  # it died (or hung) on its own first: report that rather than a kill
        return child.kill()
    interval = (reached.at - first.at) / (target - 1) if target > 1 else 0.01
    time.sleep(rng.uniform(0.0, max(interval, 0.001)))
    return child.kill()
