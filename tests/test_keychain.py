"""'Remember on this computer': only a real OS keychain, never a plaintext file, and none is fine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from career_journal import keychain


class _MemoryKeychain(KeyringBackend):
    """Stands in for the OS keychain (the tests must never touch the real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.secrets[(service, username)]


class SecretServiceLike(_MemoryKeychain):
    __module__ = "keyring.backends.SecretService"


class PlaintextFileLike(_MemoryKeychain):
    __module__ = "keyrings.alt.file"


@pytest.fixture
def use_backend() -> Iterator:
    before = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(before)


def test_a_machine_without_a_keychain_simply_asks_each_time(use_backend, tmp_path: Path) -> None:
    use_backend(fail.Keyring())
    assert not keychain.available()
    assert keychain.remember(tmp_path / "j.cjdb", "secret words") == keychain.NO_KEYCHAIN
    assert keychain.recall(tmp_path / "j.cjdb") is None
    assert keychain.forget(tmp_path / "j.cjdb") is False


def test_a_plaintext_keyring_is_never_used(use_backend, tmp_path: Path) -> None:
    backend = use_backend(PlaintextFileLike())
    assert keychain.remember(tmp_path / "j.cjdb", "secret words") == keychain.NO_KEYCHAIN
    assert backend.secrets == {}


def test_the_os_keychain_remembers_and_forgets_per_journal(use_backend, tmp_path: Path) -> None:
    backend = use_backend(SecretServiceLike())
    assert keychain.remember(tmp_path / "a.cjdb", "for a") is None
    assert keychain.recall(tmp_path / "a.cjdb") == "for a"
    assert keychain.recall(tmp_path / "b.cjdb") is None
    assert keychain.forget(tmp_path / "a.cjdb") is True
    assert backend.secrets == {}
