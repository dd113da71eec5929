"""One app per journal: a second launch brings the first window forward and exits.

The first app holds a ``QLockFile`` in the data folder and listens on a local
socket beside it. A second launch cannot take the lock, so it connects to the
socket, asks the first app to come forward, and exits without ever opening
the database. After a crash the lock's process is gone, and Qt treats the
lock as stale at once (it checks the process id), so the next start takes it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..files import ensure_private_dir
from ..paths import lock_path

HANDOVER_WAIT_MS = 2000
MESSAGE = b"show\n"
# A Unix socket's path must be short; beyond this the socket takes a name in Qt's own folder.
MAX_SOCKET_PATH = 100


class SingleInstance(QObject):
    activated = Signal()  # another launch asked this app to come forward

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path = lock_path(journal)
        ensure_private_dir(path.parent, tighten=True)
        self.lock_file = path
        self.lock = QLockFile(str(path))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however long the app runs
        socket = path.with_suffix(".sock")
        self.server_name = str(socket) if len(str(socket)) <= MAX_SOCKET_PATH else f"career-journal-{path.stem}"
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another app holds this journal."""
        if not self.lock.tryLock(0):
            return False
        with contextlib.suppress(OSError):
            os.chmod(self.lock_file, 0o600)
        QLocalServer.removeServer(self.server_name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._on_connection)
            self.server = server
        return True

    def hand_over(self) -> bool:
        """Ask the app holding the lock to come forward; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(HANDOVER_WAIT_MS):
            return False
        socket.write(MESSAGE)
        socket.flush()  # usually writes it all at once, leaving nothing to wait for
        if socket.bytesToWrite():
            socket.waitForBytesWritten(HANDOVER_WAIT_MS)
        sent = socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        for client in self._clients:
            client.abort()
        self._clients.clear()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        self.lock.unlock()

    def _on_connection(self) -> None:
        if self.server is None:
            return
        while (client := self.server.nextPendingConnection()) is not None:
            self._clients.append(client)
            client.readyRead.connect(self._on_ready_read)

    def _on_ready_read(self) -> None:
        for client in list(self._clients):
            if client.bytesAvailable() and bytes(client.readAll().data()).startswith(MESSAGE.strip()):
                self.activated.emit()
            if client.state() != QLocalSocket.LocalSocketState.ConnectedState and not client.bytesAvailable():
                self._clients.remove(client)
