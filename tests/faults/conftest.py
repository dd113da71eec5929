"""Fixtures of the fault-injection suite: the network guard, and whether a real tmpfs can be mounted here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from disk_full import tmpfs_available
from network_silence import NetworkGuard


@pytest.fixture
def network_guard() -> Iterator[NetworkGuard]:
    """Every non-AF_UNIX connect made while the test runs is recorded and fails (``guard.attempts``)."""
    with NetworkGuard() as guard:
        yield guard


@pytest.fixture(scope="session")
def can_mount_tmpfs(tmp_path_factory: pytest.TempPathFactory) -> bool:
    """True where a real 4 MB tmpfs can be mounted (root on Linux); elsewhere the faults are injected."""
    return tmpfs_available(Path(tmp_path_factory.mktemp("tmpfs-probe")))
