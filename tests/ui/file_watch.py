"""Which files in a folder were opened: Linux inotify, read through ctypes (no package, no polling of atimes).

The kernel reports every open of a watched file whatever the mount options
(atime updates can be off), and the report names the file, so a test can say
which planted canary was read.
"""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path

IN_ACCESS = 0x001
IN_OPEN = 0x020
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000
EVENT_HEADER = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of NUL-padded name


class OpenedFiles:
    """Watch ``folder``: ``names()`` lists the files in it that were opened or read since the watch began."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN | IN_ACCESS) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), f"inotify_add_watch failed on {folder}")
        self._seen: set[str] = set()

    def names(self) -> set[str]:
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except BlockingIOError:
                return set(self._seen)
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = EVENT_HEADER.unpack_from(data, offset)
                start = offset + EVENT_HEADER.size
                self._seen.add(data[start : start + length].rstrip(b"\0").decode("utf-8", "replace"))
                offset = start + length

    def close(self) -> None:
        os.close(self._fd)
