"""Remembering an encrypted journal's passphrase in the operating system's keychain.

Only a real keychain is used: the Secret Service (GNOME Keyring, KWallet) on
Linux, the macOS Keychain and the Windows Credential Locker. keyring's
plaintext and file backends (``keyrings.alt``) are never used, so a machine
without a keychain (a server, an SSH session, a bare desktop) simply cannot
remember: the passphrase is asked each time. Nothing here is ever written to
a file of ours.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

PASSPHRASE_ENV = "CAREER_JOURNAL_PASSPHRASE"
SERVICE = "Career Journal"
# The keyring backends that keep secrets in the operating system's own, locked store.
SAFE_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)
NO_KEYCHAIN = "this computer has no keychain Career Journal can use (the passphrase is asked each time)"


def _account(journal: Path) -> str:
    return str(Path(journal).absolute())


def _keychain() -> Any | None:
    """The first safe keychain keyring offers, or None."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        chosen = keyring.get_keyring()
        candidates = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
    except Exception:  # a broken keyring configuration is the same as none
        return None
    for backend in candidates:
        if type(backend).__module__.startswith(SAFE_BACKENDS):
            return backend
    return None


def available() -> bool:
    return _keychain() is not None


def known_passphrase(journal: Path) -> str | None:
    """A passphrase known without asking: ``CAREER_JOURNAL_PASSPHRASE`` (scripts, tests), else the keychain's.

    The environment variable is the less safe of the two: other programs of the
    same user can read a process's environment, and a shell may keep the line
    that set it in its history.
    """
    return os.environ.get(PASSPHRASE_ENV) or recall(journal) or None


def recall(journal: Path) -> str | None:
    """The passphrase remembered for ``journal``, or None (none remembered, no keychain, or it is locked)."""
    backend = _keychain()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _account(journal))
    except Exception:  # a locked or unreachable keychain: ask the person instead
        return None


def remember(journal: Path, passphrase: str) -> str | None:
    """Keep ``passphrase`` for ``journal`` in the keychain; None when done, else why it was not."""
    backend = _keychain()
    if backend is None:
        return NO_KEYCHAIN
    try:
        backend.set_password(SERVICE, _account(journal), passphrase)
    except Exception as exc:
        return f"the keychain refused it ({exc or type(exc).__name__})"
    return None


def forget(journal: Path) -> bool:
    """Remove the remembered passphrase of ``journal``; True when there was one."""
    backend = _keychain()
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, _account(journal))
    except Exception:  # nothing remembered, or the keychain is locked
        return False
    return True
