"""Nothing leaves the machine: hostile Markdown rendered everywhere, and the whole app under strace.

Three walls are measured. ``NetworkGuard`` refuses (and records) every
Python-level connect that is not a local AF_UNIX socket. ``LoopbackCanary``
is a listening socket the hostile corpus points at: any connection to it,
from Python or from Qt's C++ code, is a leak. ``strace -f -e trace=connect``
counts the AF_INET/AF_INET6 connect() calls of the real app drawing every page.
"""

from __future__ import annotations

import contextlib
import errno
import re
import shutil
import socket
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from processes import child_env

REMOTE_FAMILIES = ("AF_INET", "AF_INET6")
_CONNECT = re.compile(r"connect\(\d+, \{sa_family=(AF_\w+)")


class NetworkGuard:
    """Patches socket.socket.connect/connect_ex and socket.create_connection: non-AF_UNIX connects fail."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved: tuple[Any, Any, Any] | None = None

    def _refused(self, family: object, address: object) -> bool:
        if family == getattr(socket, "AF_UNIX", None):
            return False
        self.attempts.append(f"{getattr(family, 'name', family)} {address!r}")
        return True

    def __enter__(self) -> NetworkGuard:
        connect, connect_ex, _create_connection = self._saved = (
            socket.socket.connect,
            socket.socket.connect_ex,
            socket.create_connection,
        )
        guard = self

        def guarded_connect(sock: socket.socket, address: Any) -> None:
            if guard._refused(sock.family, address):
                raise OSError(errno.ENETUNREACH, f"the fault harness refused a connection to {address!r}")
            connect(sock, address)

        def guarded_connect_ex(sock: socket.socket, address: Any) -> int:
            return errno.ENETUNREACH if guard._refused(sock.family, address) else connect_ex(sock, address)

        def guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            guard._refused("create_connection", address)
            raise OSError(errno.ENETUNREACH, f"the fault harness refused a connection to {address!r}")

        socket.socket.connect = guarded_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
        socket.create_connection = guarded_create_connection  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._saved is not None
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection = self._saved  # type: ignore[method-assign]


class LoopbackCanary:
    """A TCP listener on 127.0.0.1 that the hostile corpus points at; ``hits()`` counts who called."""

    def __enter__(self) -> LoopbackCanary:
        self.server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.server.setblocking(False)
        self.port = self.server.getsockname()[1]
        self._hits = 0
        return self

    def hits(self) -> int:
        """Connections made so far (the kernel completes them even before we accept)."""
        with contextlib.suppress(BlockingIOError):
            while True:
                conn, _ = self.server.accept()
                conn.close()
                self._hits += 1
        return self._hits

    def __exit__(self, *exc: object) -> None:
        self.server.close()


def hostile_markdown(port: int) -> list[str]:
    """Every way a note could ask for a remote (or local) resource, aimed at the loopback canary."""
    url = f"http://127.0.0.1:{port}"
    return [
        f"![pixel]({url}/md-image.png) and ![secure](https://127.0.0.1:{port}/md-https.png)",
        f"![by reference][pixel]\n\n[pixel]: {url}/md-reference.png",
        f'<img src="{url}/raw-img.png" onerror="fetch(\'{url}/js\')">',
        f'<div style="background: url({url}/inline-css.png)">styled</div>',
        f"<style>body {{ background-image: url('{url}/style-block.png') }}</style>",
        f'<link rel="stylesheet" href="{url}/sheet.css"><link rel="prefetch" href="{url}/prefetch">',
        f'<table background="{url}/table.png"><tr><td background="{url}/td.png">cell</td></tr></table>',
        f"| a | b |\n|---|---|\n| ![cell]({url}/table-cell.png) | [link]({url}/cell-link) |",
        f'<iframe src="{url}/frame"></iframe><script src="{url}/script.js"></script>',
        f'<svg><image href="{url}/svg.png"/></svg><video poster="{url}/poster.png"></video>',
        f'<object data="{url}/object"></object><embed src="{url}/embed"><audio src="{url}/audio">',
        f"[a link]({url}/link) <{url}/autolink> [mail](mailto:someone@example.org)",
        '![local file](file:///etc/hostname) <img src="/etc/hostname"> ![relative](settings.ini)',
        f"```html\n<img src='{url}/in-code-block.png'>\n```",
    ]


def hostile_html(port: int) -> str:
    """Raw HTML that skips the sanitiser, so only the view's own wall (loadResource) stands in the way."""
    url = f"http://127.0.0.1:{port}"
    return (
        f'<html><head><link rel="stylesheet" href="{url}/head.css"></head><body>'
        f'<img src="{url}/view-img.png"><img src="https://127.0.0.1:{port}/view-https.png">'
        f'<img src="file:///etc/hostname"><table background="{url}/view-table.png">'
        f'<tr><td background="{url}/view-td.png">x</td></tr></table>'
        f'<p style="background-image: url({url}/view-css.png)">styled</p></body></html>'
    )


@dataclass
class RenderReport:
    python_connects: list[str] = field(default_factory=list)
    loopback_hits: int = 0
    refused_resources: list[str] = field(default_factory=list)  # asked for by sanitised notes (set_markdown, pages)
    refused_raw_html: list[str] = field(default_factory=list)  # asked for by raw HTML and setSource, past the sanitiser
    documents_rendered: int = 0
    pages_visited: list[str] = field(default_factory=list)


# -- the whole app under strace ------------------------------------------------------------------


def strace_problem() -> str | None:
    """Why strace cannot trace here (not installed, ptrace refused), or None when it works."""
    if shutil.which("strace") is None:
        return "strace is not installed"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", "/dev/null", "true"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if probe.returncode != 0:
        return f"strace cannot trace here (ptrace refused?): {probe.stderr.strip()[:300]}"
    return None


def connect_families(trace: str) -> Counter[str]:
    """How many connect() calls an strace log holds, per address family."""
    return Counter(match.group(1) for match in _CONNECT.finditer(trace))


def remote_connects(families: Counter[str]) -> int:
    return sum(families[family] for family in REMOTE_FAMILIES)


def trace_connects(command: list[str], folder: Path, timeout: float = 300) -> tuple[Counter[str], int, str]:
    """Run ``command`` under strace with a private HOME and TMPDIR; returns families, exit code, stderr."""
    for name in ("home", "tmp", "runtime"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / "runtime").chmod(0o700)
    env = child_env(
        {"HOME": str(folder / "home"), "TMPDIR": str(folder / "tmp"), "XDG_RUNTIME_DIR": str(folder / "runtime")}
    )
    log = folder / "connect.strace"
    traced = ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log), *command]
    result = subprocess.run(traced, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    return connect_families(log.read_text(errors="replace")), result.returncode, result.stderr


def control_connect_command(port: int) -> list[str]:
    """A process that makes exactly one AF_INET connect(): proves the tracer and the parser can see one."""
    code = f"import socket; s = socket.socket(); s.settimeout(2); s.connect_ex(('127.0.0.1', {port})); s.close()"
    return [sys.executable, "-c", code]


def screenshot_command(shots: Path) -> list[str]:
    """The real app on the demo journal, drawing every page (and the export dialog) to PNG files."""
    return [sys.executable, "-m", "career_journal", "--demo", "--screenshot", str(shots)]
